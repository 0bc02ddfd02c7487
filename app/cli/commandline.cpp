// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "command.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <cstring>

namespace ks::cli {
namespace {

// Options whose value is the next argument, so it is not taken for a subcommand.
const QSet<QByteArray> OptionsWithValue = {"--db", "--screenshots", "--format", "--preset", "--layer", "--path", "--forum", "--repo", "--since", "--github-api", "--max-requests", "--token-env", "--ca-bundle", "--lang", "--limit", "--as-of", "--region", "--country", "--company", "--exclude-company", "--list", "--set-country", "--set-company", "--requisition", "--stage", "--next", "--note", "--pr", "--screenshot", "--line", "--template", "--evidence", "--id", "--out", "--months", "--today"};

QString helpText()
{
    return QCoreApplication::translate("ks::cli",
        "Subcommands:\n"
        "  init [--preset ml-compilers|none]        create a workspace (the preset is the default)\n"
        "  layers list                              the role layers\n"
        "  layers show ID                           one layer with skills, weights and repo map\n"
        "  layers export FILE                       write layers to a JSON file ('-' for stdout)\n"
        "  layers import FILE                       add or replace layers from a JSON file\n"
        "  repos list [--layer ID]                  the repo map: repositories, path prefixes, forums\n"
        "  repos add OWNER/NAME --layer ID [--path PREFIX]... [--forum URL]...\n"
        "  repos remove OWNER/NAME [--layer ID]     from one layer, or from all\n"
        "  sync [--layer ID] [--repo OWNER/NAME] [--since DATE] [--github-api URL] [--max-requests N] [--token-env VAR] [--ca-bundle FILE]\n"
        "                                           mirror the repo map from GitHub (token: $GITHUB_TOKEN)\n"
        "  signals FILE... [--lang L] [--diff]      kernel-code signals in files, with plain-English explanations\n"
        "  candidates --layer ID [--limit N] [--since DATE] [--format table|json|csv]\n"
        "                                           contributors ranked for a layer, with score parts and evidence\n"
        "  candidates ... [--region R] [--country CC] [--company C] [--exclude-company C] [--reachable] [--include-excluded]\n"
        "                                           filter by where people are, who employs them, whether they can be reached\n"
        "  why LOGIN --layer ID                     the evidence behind one person's score\n"
        "  person LOGIN                             what is known about a person, each fact with its source\n"
        "  person LOGIN [--set-country CC] [--set-company NAME] [--clear-overrides]\n"
        "                                           correct a person's country or employer by hand\n"
        "  exclusions import FILE --list staff|do-not-poach|ats\n"
        "                                           import a CSV of own staff, do-not-poach companies or people in the ATS\n"
        "  exclusions list | exclusions clear --list L\n"
        "  requisitions [list] | requisitions add TITLE --layer ID | requisitions close|reopen ID\n"
        "                                           open roles, each tied to a layer\n"
        "  triage LOGIN --requisition ID [--stage NAME] [--next DATE] [--note TEXT]\n"
        "                                           move a person through a requisition's stages; show their history and notes\n"
        "  stages [list] | stages rename OLD NEW | stages add NAME AFTER\n"
        "                                           the pipeline's stages; each keeps its fixed role\n"
        "  view FILE | view --pr OWNER/REPO#N [--line N] [--screenshot PNG]\n"
        "                                           open a file or a PR's diff in the code viewer, kernel-code signals marked\n"
        "  draft LOGIN --requisition ID [--template NAME] [--evidence URL] [--format text|eml|json] [--strict]\n"
        "                                           an outreach draft citing the person's work, with its checklist\n"
        "  forget LOGIN | forget --id N [--yes]     erase a person: their rows, mentions of them, and any re-import\n"
        "  subject-report LOGIN [--out FILE]        everything held about a person, each fact with its source\n"
        "  retention [--months N] [--forget --yes] [--today DATE]\n"
        "                                           people never contacted and untouched for N months (default: the setting)\n"
        "\n"
        "Without a subcommand, kernelscout opens the workbench window.\n");
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (OptionsWithValue.contains(arg)) {
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
    parser.setApplicationDescription(QCoreApplication::translate("ks::cli", "Kernel Scout: find ML compiler and GPU-kernel engineers through their public work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("ks::cli", "Workspace file (default: $KERNELSCOUT_DB, else %1).").arg(store::workspace::defaultPath()), QStringLiteral("FILE")},
        {QStringLiteral("format"), QCoreApplication::translate("ks::cli", "Output format: table or json."), QStringLiteral("FORMAT"), QStringLiteral("table")},
        {QStringLiteral("preset"), QCoreApplication::translate("ks::cli", "init: the preset to start from."), QStringLiteral("NAME")},
        {QStringLiteral("layer"), QCoreApplication::translate("ks::cli", "repos: the layer (id or number)."), QStringLiteral("ID")},
        {QStringLiteral("path"), QCoreApplication::translate("ks::cli", "repos add: a path prefix; repeat for more."), QStringLiteral("PREFIX")},
        {QStringLiteral("forum"), QCoreApplication::translate("ks::cli", "repos add: a Discourse forum address; repeat for more."), QStringLiteral("URL")},
        {QStringLiteral("repo"), QCoreApplication::translate("ks::cli", "sync: only this repository."), QStringLiteral("OWNER/NAME")},
        {QStringLiteral("since"), QCoreApplication::translate("ks::cli", "sync: how far back a first sync reaches (default: 12 months)."), QStringLiteral("DATE")},
        {QStringLiteral("github-api"), QCoreApplication::translate("ks::cli", "sync: API root (https://api.github.com, or https://HOST/api/v3)."), QStringLiteral("URL")},
        {QStringLiteral("max-requests"), QCoreApplication::translate("ks::cli", "sync: stop after this many requests; the next sync resumes."), QStringLiteral("N")},
        {QStringLiteral("token-env"), QCoreApplication::translate("ks::cli", "sync: the environment variable holding the token (default GITHUB_TOKEN; else the keychain)."), QStringLiteral("VAR")},
        {QStringLiteral("lang"), QCoreApplication::translate("ks::cli", "signals: the language (CUDA, Triton, MLIR, C++, prose, ...) instead of detecting it."), QStringLiteral("LANGUAGE")},
        {QStringLiteral("diff"), QCoreApplication::translate("ks::cli", "signals: the files are unified diffs (FILE.cu.patch); only added lines count.")},
        {QStringLiteral("limit"), QCoreApplication::translate("ks::cli", "candidates: how many (default 50)."), QStringLiteral("N")},
        {QStringLiteral("as-of"), QCoreApplication::translate("ks::cli", "candidates, why: measure recency against this date instead of today."), QStringLiteral("DATE")},
        {QStringLiteral("ca-bundle"), QCoreApplication::translate("ks::cli", "sync: extra CA certificates (PEM) for a GitHub Enterprise server."), QStringLiteral("FILE")},
        {QStringLiteral("region"), QCoreApplication::translate("ks::cli", "candidates: only people in these regions (comma-separated: UK, EU, ...)."), QStringLiteral("REGIONS")},
        {QStringLiteral("country"), QCoreApplication::translate("ks::cli", "candidates: only people in these countries (ISO codes, comma-separated)."), QStringLiteral("CODES")},
        {QStringLiteral("company"), QCoreApplication::translate("ks::cli", "candidates: only people at these companies (comma-separated)."), QStringLiteral("NAMES")},
        {QStringLiteral("exclude-company"), QCoreApplication::translate("ks::cli", "candidates: leave out people at these companies."), QStringLiteral("NAMES")},
        {QStringLiteral("reachable"), QCoreApplication::translate("ks::cli", "candidates: only people with an e-mail address or handle to write to.")},
        {QStringLiteral("include-excluded"), QCoreApplication::translate("ks::cli", "candidates: also show people on an exclusion list, marked.")},
        {QStringLiteral("list"), QCoreApplication::translate("ks::cli", "exclusions: staff, do-not-poach or ats."), QStringLiteral("LIST")},
        {QStringLiteral("set-country"), QCoreApplication::translate("ks::cli", "person: set the country by hand (ISO code; empty clears)."), QStringLiteral("CC")},
        {QStringLiteral("set-company"), QCoreApplication::translate("ks::cli", "person: set the employer by hand (empty clears)."), QStringLiteral("NAME")},
        {QStringLiteral("clear-overrides"), QCoreApplication::translate("ks::cli", "person: drop the hand corrections.")},
        {QStringLiteral("requisition"), QCoreApplication::translate("ks::cli", "triage: the requisition (its id)."), QStringLiteral("ID")},
        {QStringLiteral("stage"), QCoreApplication::translate("ks::cli", "triage: move to this stage (name or role)."), QStringLiteral("NAME")},
        {QStringLiteral("next"), QCoreApplication::translate("ks::cli", "triage: the date of the next action (a snooze, a follow-up)."), QStringLiteral("DATE")},
        {QStringLiteral("note"), QCoreApplication::translate("ks::cli", "triage: add this note."), QStringLiteral("TEXT")},
        {QStringLiteral("pr"), QCoreApplication::translate("ks::cli", "view: a pull request, as OWNER/REPO#N."), QStringLiteral("PR")},
        {QStringLiteral("screenshot"), QCoreApplication::translate("ks::cli", "view: write a picture of the viewer to this PNG and exit."), QStringLiteral("PNG")},
        {QStringLiteral("line"), QCoreApplication::translate("ks::cli", "view: scroll to this line."), QStringLiteral("N")},
        {QStringLiteral("template"), QCoreApplication::translate("ks::cli", "draft: the template's name."), QStringLiteral("NAME")},
        {QStringLiteral("evidence"), QCoreApplication::translate("ks::cli", "draft: the contribution to cite (one of the person's evidence URLs)."), QStringLiteral("URL")},
        {QStringLiteral("strict"), QCoreApplication::translate("ks::cli", "draft: exit non-zero when a required check fails.")},
        {QStringLiteral("id"), QCoreApplication::translate("ks::cli", "forget: the person's GitHub user id instead of a login."), QStringLiteral("N")},
        {QStringLiteral("yes"), QCoreApplication::translate("ks::cli", "forget, retention: do it without asking.")},
        {QStringLiteral("out"), QCoreApplication::translate("ks::cli", "subject-report: write to this file instead of stdout."), QStringLiteral("FILE")},
        {QStringLiteral("months"), QCoreApplication::translate("ks::cli", "retention: untouched for this many months (saved as the setting)."), QStringLiteral("N")},
        {QStringLiteral("forget"), QCoreApplication::translate("ks::cli", "retention: forget the people listed.")},
        {QStringLiteral("today"), QCoreApplication::translate("ks::cli", "retention: measure from this date instead of today."), QStringLiteral("DATE")},
    });
    parser.addPositionalArgument(QStringLiteral("subcommand"), helpText(), QStringLiteral("SUBCOMMAND [ARGS...]"));

    const bool parsed = parser.parse(arguments);
    const QString format = parser.value(QStringLiteral("format"));
    Output out(format == QLatin1String("json"));
    if (!parsed) {
        out.error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(parser.helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out.line(QStringLiteral("kernelscout %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (format != QLatin1String("json") && format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("text")
        && format != QLatin1String("eml")) {
        out.error(QCoreApplication::translate("ks::cli", "--format is 'table' (or 'text'), 'json', 'csv' or 'eml', not '%1'.").arg(format));
        return UsageError;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out.error(QCoreApplication::translate("ks::cli", "no subcommand; see 'kernelscout --help'."));
        return UsageError;
    }
    const QString name = positional.takeFirst();
    const Command command{parser, positional, out, store::workspace::resolvePath(parser.value(QStringLiteral("db")))};
    if (name == QLatin1String("init"))
        return runInit(command);
    if (name == QLatin1String("layers"))
        return runLayers(command);
    if (name == QLatin1String("repos"))
        return runRepos(command);
    if (name == QLatin1String("sync"))
        return runSync(command);
    if (name == QLatin1String("signals"))
        return runSignals(command);
    if (name == QLatin1String("candidates"))
        return runCandidates(command);
    if (name == QLatin1String("why"))
        return runWhy(command);
    if (name == QLatin1String("person"))
        return runPerson(command);
    if (name == QLatin1String("exclusions"))
        return runExclusions(command);
    if (name == QLatin1String("requisitions"))
        return runRequisitions(command);
    if (name == QLatin1String("triage"))
        return runTriage(command);
    if (name == QLatin1String("stages"))
        return runStages(command);
    if (name == QLatin1String("view"))
        return runView(command);
    if (name == QLatin1String("draft"))
        return runDraft(command);
    if (name == QLatin1String("forget"))
        return runForget(command);
    if (name == QLatin1String("subject-report"))
        return runSubjectReport(command);
    if (name == QLatin1String("retention"))
        return runRetention(command);
    return command.usage(QCoreApplication::translate("ks::cli", "unknown subcommand '%1'; see 'kernelscout --help'.").arg(name.left(80)));
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
    out = QDateTime::fromString(text, Qt::ISODate);
    if (!out.isValid())
        out = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
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
