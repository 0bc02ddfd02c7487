// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks::cli {

struct Command;

// One option of the command line. `value` names what it takes (DATE, N,
// URL, FILE, ...); empty for a flag.
struct OptionSpec
{
    const char *name;
    const char *value;
    const char *help;
};

// One subcommand: what parsing, help and (later) the man page and shell
// completions all read, so none of them can drift from another.
struct CommandSpec
{
    const char *name;
    const char *synopsis; // what follows "kernelscout "
    const char *summary; // one line
    QList<const char *> options; // besides the global ones
    QList<const char *> formats; // what --format may be; the first is the default
    QList<const char *> examples; // each a whole command line after "kernelscout "
    int (*run)(const Command &) = nullptr;
};

class CommandRegistry final
{
public:
    CommandRegistry() = delete;

    static const QList<CommandSpec> &commands();
    static const QList<OptionSpec> &options();
    // --db, --demo, --format, --help, --version: every subcommand takes them.
    static const QList<const char *> &globalOptions();

    static const CommandSpec *command(const QString &name);
    static const OptionSpec *option(const QString &name);
    // "--db", "--layer", ...: options whose value is the next argument.
    static QSet<QByteArray> optionsWithValue();

    // The first word that is not an option or an option's value.
    static QString subcommandIn(const QStringList &arguments);

    // `kernelscout --help`: the subcommands, one line each.
    static QString overview();
    // `kernelscout help NAME` and `kernelscout NAME --help`.
    static QString help(const CommandSpec &command);
    // "--layer ID, --repo OWNER/NAME, ..." for messages.
    static QString optionList(const CommandSpec &command);
    // Whether `option` (a name without dashes) belongs to `command`.
    static bool accepts(const CommandSpec &command, const QString &option);
};

} // namespace ks::cli
