// SPDX-License-Identifier: MIT
#pragma once

#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace ks::store {
class Database;
class LayerStore;
} // namespace ks::store

namespace ks::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// The CLI's messages, translatable in one context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("ks::cli", text);
}

// What a subcommand gets: the parsed command line (positional arguments
// after the subcommand's name in `args`), where to print, and the workspace.
struct Command
{
    const QCommandLineParser &parser;
    QStringList args;
    Output &out;
    QString databasePath;

    // Opens the workspace, which must exist; prints the error and returns
    // false when it cannot.
    bool openDatabase(store::Database &db) const;
    int usage(const QString &message) const;
    // A date option (YYYY-MM-DD or ISO 8601, UTC). False, with the usage
    // error printed, when it is set but not a date; `out` stays invalid
    // when the option is absent.
    bool dateOption(const QString &name, QDateTime &out) const;
    int fail(const QString &message) const;
};

// `kernelscout NOUN ACTION ...` over the layer store: checks ACTION is one of
// `actions`, opens the workspace, and runs the action's handler.
using LayerAction = int (*)(const Command &, store::LayerStore &);
int runLayerAction(const Command &c, const QList<QPair<QLatin1StringView, LayerAction>> &actions, const QString &usage);

int runInit(const Command &c);
int runLayers(const Command &c);
int runRepos(const Command &c);
int runSync(const Command &c);
int runSignals(const Command &c);
int runCandidates(const Command &c);
int runWhy(const Command &c);
int runPerson(const Command &c);
int runExclusions(const Command &c);
int runRequisitions(const Command &c);
int runTriage(const Command &c);
int runStages(const Command &c);
int runView(const Command &c);
int runDraft(const Command &c);
int runForget(const Command &c);
int runSubjectReport(const Command &c);
int runRetention(const Command &c);
int runCompact(const Command &c);
int runWorkspace(const Command &c);

} // namespace ks::cli
