// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "command.h"
#include "commandregistry.h"
#include "domain/clock.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace ks::cli {

bool wantsCommandLine(int argc, char **argv)
{
    const QSet<QByteArray> withValue = CommandRegistry::optionsWithValue();
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
        if (!arg.startsWith('-'))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ks::cli", "Kernel Scout: find ML compiler and GPU-kernel engineers through their public work."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &o : CommandRegistry::options()) {
        QCommandLineOption option(
            QString::fromLatin1(o.name), QCoreApplication::translate("ks::cli", o.help), QString::fromLatin1(o.value));
        if (QLatin1StringView(o.name) == "format"_L1)
            option.setDefaultValue(QStringLiteral("table"));
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("subcommand"), QString(), QStringLiteral("SUBCOMMAND [ARGS...]"));

    const bool parsed = parser.parse(arguments);
    const QString format = parser.value(QStringLiteral("format"));
    Output out(format == QLatin1String("json"));
    // `help NAME`, `NAME --help`, or the subcommand an error is about.
    QString name = CommandRegistry::subcommandIn(arguments);
    const bool helpCommand = name == "help"_L1;
    if (helpCommand)
        name = parsed ? parser.positionalArguments().value(1) : QString();
    const CommandSpec *spec = CommandRegistry::command(name);
    if (!parsed) {
        QString message = parser.errorText();
        if (spec)
            message += QCoreApplication::translate("ks::cli", " '%1' takes: %2.").arg(name, CommandRegistry::optionList(*spec));
        out.error(message);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out.line(QStringLiteral("kernelscout %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (helpCommand || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        if (!name.isEmpty() && !spec) {
            out.error(QCoreApplication::translate("ks::cli", "no subcommand '%1'; see 'kernelscout --help'.").arg(name.left(80)));
            return UsageError;
        }
        out.text(spec ? CommandRegistry::help(*spec) : CommandRegistry::overview());
        return Success;
    }
    if (name.isEmpty()) {
        out.error(QCoreApplication::translate("ks::cli", "no subcommand; see 'kernelscout --help'."));
        return UsageError;
    }
    if (!spec) {
        out.error(QCoreApplication::translate("ks::cli", "unknown subcommand '%1'; see 'kernelscout --help'.").arg(name.left(80)));
        return UsageError;
    }
    for (const QString &option : parser.optionNames()) {
        if (!CommandRegistry::accepts(*spec, option)) {
            out.error(QCoreApplication::translate("ks::cli", "'%1' does not take --%2; it takes: %3.")
                    .arg(name, option, CommandRegistry::optionList(*spec)));
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("format"))) {
        QStringList formats;
        for (const char *f : spec->formats)
            formats.append(QString::fromLatin1(f));
        // "text" and "table" are the same human-readable output
        const bool known = formats.contains(format) || (format == "text"_L1 && formats.contains("table"_L1))
            || (format == "table"_L1 && formats.contains("text"_L1));
        if (!known) {
            out.error(formats.isEmpty() ? QCoreApplication::translate("ks::cli", "'%1' prints nothing to format; drop --format.").arg(name)
                                        : QCoreApplication::translate("ks::cli", "'%1' prints %2, not '%3'.")
                                              .arg(name, formats.join(QStringLiteral(", ")), format.left(40)));
            return UsageError;
        }
    }
    QStringList positional = parser.positionalArguments();
    positional.takeFirst();
    QString databasePath = store::workspace::resolvePath(parser.value(QStringLiteral("db")));
    // --demo: a throwaway copy of the bundled demo, removed on exit.
    std::optional<QTemporaryDir> demoDirectory;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (parser.isSet(QStringLiteral("db"))) {
            out.error(QCoreApplication::translate("ks::cli", "--demo and --db name two workspaces; give one."));
            return UsageError;
        }
        demoDirectory.emplace(QDir::tempPath() + QStringLiteral("/kernelscout-demo-XXXXXX"));
        const auto copy = demoDirectory->isValid() ? store::workspace::copyDemo(store::workspace::bundledDemo(), demoDirectory->path())
                                                   : Result<QString>::failure(demoDirectory->errorString());
        if (!copy) {
            out.error(copy.error());
            return Failure;
        }
        databasePath = copy.value();
        out.error(QCoreApplication::translate("ks::cli", "working on a throwaway copy of the demo workspace; nothing is kept."));
    }
    return spec->run(Command { parser, positional, out, databasePath });
}

bool Command::openDatabase(store::Database &db) const
{
    db.setChangePollInterval(0);
    if (Status s = db.open(databasePath, store::Database::OpenMode::MustExist); !s) {
        out.error(s.error());
        return false;
    }
    return true;
}

int runLayerAction(const Command &c, const QList<QPair<QLatin1StringView, LayerAction>> &actions, const QString &usage)
{
    const QString action = c.args.value(0);
    const auto found = std::find_if(actions.begin(), actions.end(), [&](const auto &a) { return a.first == action; });
    if (found == actions.end())
        return c.usage(usage);
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    store::LayerStore store(db);
    return found->second(c, store);
}

bool Command::dateOption(const QString &name, QDateTime &out) const
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    out = Clock::parse(text); // UTC unless the text names its zone, whatever TZ says
    if (out.isValid())
        return true;
    usage(QCoreApplication::translate("ks::cli", "--%1: '%2' is not a date (YYYY-MM-DD).").arg(name, text.left(40)));
    return false;
}

int Command::usage(const QString &message) const
{
    out.error(message);
    return UsageError;
}

int Command::fail(const QString &message) const
{
    out.error(message);
    return Failure;
}

} // namespace ks::cli
