// SPDX-License-Identifier: MIT
#include "commandregistry.h"

#include "command.h"

#include <QCoreApplication>

namespace ks::cli {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("ks::cli", text);
}

QString optionText(const OptionSpec &o)
{
    return *o.value ? QStringLiteral("--%1 %2").arg(QLatin1StringView(o.name), QLatin1StringView(o.value))
                    : QStringLiteral("--%1").arg(QLatin1StringView(o.name));
}

} // namespace

const QList<OptionSpec> &CommandRegistry::options()
{
    static const QList<OptionSpec> all = {
        { "db", "FILE",
            QT_TRANSLATE_NOOP("ks::cli", "the workspace file (default: $KERNELSCOUT_DB, else the one in the application-data folder)") },
        { "demo", "", QT_TRANSLATE_NOOP("ks::cli", "work on a throwaway copy of the bundled demo workspace") },
        { "format", "FORMAT", QT_TRANSLATE_NOOP("ks::cli", "what to print: table, json, csv, text or eml (see each subcommand)") },
        { "preset", "NAME", QT_TRANSLATE_NOOP("ks::cli", "the preset to start from: ml-compilers (default) or none") },
        { "layer", "ID", QT_TRANSLATE_NOOP("ks::cli", "the role layer (its id, e.g. kernel, or its number)") },
        { "path", "PREFIX", QT_TRANSLATE_NOOP("ks::cli", "a path prefix inside the repository; repeat for more") },
        { "forum", "URL", QT_TRANSLATE_NOOP("ks::cli", "a Discourse forum or category address; repeat for more") },
        { "repo", "OWNER/NAME", QT_TRANSLATE_NOOP("ks::cli", "only this repository") },
        { "since", "DATE",
            QT_TRANSLATE_NOOP("ks::cli", "sync: how far back a first sync reaches (default 12 months); candidates: active since") },
        { "github-api", "URL", QT_TRANSLATE_NOOP("ks::cli", "the API root (https://api.github.com, or https://HOST/api/v3)") },
        { "max-requests", "N", QT_TRANSLATE_NOOP("ks::cli", "stop after this many requests; the next sync resumes") },
        { "token-env", "VAR",
            QT_TRANSLATE_NOOP("ks::cli", "the environment variable holding the token (default GITHUB_TOKEN, else the keychain)") },
        { "ca-bundle", "FILE", QT_TRANSLATE_NOOP("ks::cli", "extra CA certificates (PEM) for a GitHub Enterprise server") },
        { "lang", "LANGUAGE", QT_TRANSLATE_NOOP("ks::cli", "the language (CUDA, Triton, MLIR, C++, prose, ...) instead of detecting it") },
        { "diff", "", QT_TRANSLATE_NOOP("ks::cli", "the files are unified diffs (FILE.cu.patch); only added lines count") },
        { "limit", "N", QT_TRANSLATE_NOOP("ks::cli", "how many (default 50)") },
        { "as-of", "DATE",
            QT_TRANSLATE_NOOP("ks::cli", "measure recency against this date instead of today (computed for this call only)") },
        { "region", "REGIONS", QT_TRANSLATE_NOOP("ks::cli", "only people in these regions (comma-separated: UK, EU, North America, ...)") },
        { "country", "CODES", QT_TRANSLATE_NOOP("ks::cli", "only people in these countries (ISO codes, comma-separated)") },
        { "company", "NAMES", QT_TRANSLATE_NOOP("ks::cli", "only people at these companies (comma-separated)") },
        { "exclude-company", "NAMES", QT_TRANSLATE_NOOP("ks::cli", "leave out people at these companies") },
        { "reachable", "", QT_TRANSLATE_NOOP("ks::cli", "only people with an e-mail address or handle to write to") },
        { "include-excluded", "", QT_TRANSLATE_NOOP("ks::cli", "also show people on an exclusion list, marked") },
        { "list", "LIST", QT_TRANSLATE_NOOP("ks::cli", "the exclusion list: staff, do-not-poach or ats") },
        { "set-country", "CC", QT_TRANSLATE_NOOP("ks::cli", "set the country by hand (ISO code; empty clears)") },
        { "set-company", "NAME", QT_TRANSLATE_NOOP("ks::cli", "set the employer by hand (empty clears)") },
        { "clear-overrides", "", QT_TRANSLATE_NOOP("ks::cli", "drop the hand corrections") },
        { "requisition", "ID", QT_TRANSLATE_NOOP("ks::cli", "the requisition (its id, see 'requisitions')") },
        { "stage", "NAME", QT_TRANSLATE_NOOP("ks::cli", "move to this stage (its name or role)") },
        { "next", "DATE", QT_TRANSLATE_NOOP("ks::cli", "the date of the next action (a snooze, a follow-up)") },
        { "note", "TEXT", QT_TRANSLATE_NOOP("ks::cli", "add this note") },
        { "pr", "OWNER/REPO#N", QT_TRANSLATE_NOOP("ks::cli", "a stored pull request") },
        { "screenshot", "PNG", QT_TRANSLATE_NOOP("ks::cli", "write a picture of the viewer to this PNG and exit") },
        { "line", "N", QT_TRANSLATE_NOOP("ks::cli", "scroll to this line") },
        { "template", "NAME", QT_TRANSLATE_NOOP("ks::cli", "the template's name") },
        { "evidence", "URL", QT_TRANSLATE_NOOP("ks::cli", "the contribution to cite (one of the person's evidence URLs)") },
        { "strict", "", QT_TRANSLATE_NOOP("ks::cli", "exit 1 when a required check fails") },
        { "id", "N", QT_TRANSLATE_NOOP("ks::cli", "the person's numeric GitHub id instead of a login") },
        { "yes", "", QT_TRANSLATE_NOOP("ks::cli", "do it without asking") },
        { "out", "FILE", QT_TRANSLATE_NOOP("ks::cli", "write to this file instead of standard output") },
        { "months", "N", QT_TRANSLATE_NOOP("ks::cli", "untouched for this many months (saved as the setting)") },
        { "forget", "", QT_TRANSLATE_NOOP("ks::cli", "forget the people listed") },
        { "today", "DATE", QT_TRANSLATE_NOOP("ks::cli", "measure from this date instead of today") },
        { "keep-backups", "",
            QT_TRANSLATE_NOOP("ks::cli", "keep the migration backups beside the workspace (they still hold the person)") },
    };
    return all;
}

const QList<const char *> &CommandRegistry::globalOptions()
{
    static const QList<const char *> all = { "db", "demo", "format", "help", "help-all", "version" };
    return all;
}

const QList<CommandSpec> &CommandRegistry::commands()
{
    static const QList<const char *> tableJson = { "table", "json" };
    static const QList<CommandSpec> all = {
        { "init", "init [--preset ml-compilers|none]",
            QT_TRANSLATE_NOOP("ks::cli", "create a workspace (the ML-compiler preset is the default)"), { "preset" }, tableJson,
            { "--db team.sqlite init", "--db empty.sqlite init --preset none" }, runInit },
        { "layers", "layers list | show ID | export FILE | import FILE",
            QT_TRANSLATE_NOOP("ks::cli", "role layers: skills, signal weights, repo map; export and import as JSON"), {}, tableJson,
            { "--demo layers list", "--demo layers show kernel --format json", "--demo layers export -" }, runLayers },
        { "repos",
            "repos list [--layer ID] | add OWNER/NAME --layer ID [--path PREFIX]... [--forum URL]... | remove OWNER/NAME [--layer ID]",
            QT_TRANSLATE_NOOP("ks::cli", "the repo map: repositories with path prefixes, and forums, per layer"),
            { "layer", "path", "forum" }, tableJson,
            { "--demo repos list --layer backend", "--demo repos add NVIDIA/cccl --layer kernel --path cub",
                "--demo repos remove modular/mojo --layer backend" },
            runRepos },
        { "sync",
            "sync [--layer ID] [--repo OWNER/NAME] [--since DATE] [--github-api URL] [--max-requests N] [--token-env VAR] [--ca-bundle "
            "FILE]",
            QT_TRANSLATE_NOOP(
                "ks::cli", "mirror the repo map from GitHub, then find signals and re-rank; Ctrl-C cancels, the next run resumes"),
            { "layer", "repo", "since", "github-api", "max-requests", "token-env", "ca-bundle" }, tableJson,
            { "sync --layer kernel", "sync --repo triton-lang/triton --max-requests 200",
                "sync --github-api https://github.example.com/api/v3 --token-env GHE_TOKEN" },
            runSync },
        { "signals", "signals FILE... [--lang LANGUAGE] [--diff]",
            QT_TRANSLATE_NOOP("ks::cli", "kernel-code signals in files or patches, each with a plain-English explanation"),
            { "lang", "diff" }, tableJson, { "signals softmax_kernel.py", "signals fix.cu.patch --diff --format json" }, runSignals },
        { "candidates",
            "candidates --layer ID [--limit N] [--since DATE] [--as-of DATE] [--region R] [--country CC] [--company C] [--exclude-company "
            "C] [--reachable] [--include-excluded]",
            QT_TRANSLATE_NOOP("ks::cli", "people ranked for a layer, with score parts, evidence, location and employer"),
            { "layer", "limit", "since", "as-of", "region", "country", "company", "exclude-company", "reachable", "include-excluded" },
            { "table", "json", "csv" },
            { "--demo candidates --layer kernel", "--demo candidates --layer backend --region UK,EU --reachable --limit 10",
                "--demo candidates --layer frontend --format csv" },
            runCandidates },
        { "why", "why LOGIN --layer ID [--as-of DATE]",
            QT_TRANSLATE_NOOP("ks::cli", "every part of one person's score with the PRs, reviews and signal lines behind it"),
            { "layer", "as-of" }, tableJson,
            { "--demo why mkovalenko --layer kernel", "--demo why mkovalenko --layer kernel --format json" }, runWhy },
        { "person", "person LOGIN [--set-country CC] [--set-company NAME] [--clear-overrides]",
            QT_TRANSLATE_NOOP("ks::cli", "what is known about a person, each fact with its source; correct country or employer"),
            { "set-country", "set-company", "clear-overrides" }, tableJson,
            { "--demo person mkovalenko", "--demo person twendt --set-country DE" }, runPerson },
        { "exclusions", "exclusions import FILE --list staff|do-not-poach|ats | list | clear --list LIST",
            QT_TRANSLATE_NOOP("ks::cli", "own staff, do-not-poach companies and people already in the ATS"), { "list" }, tableJson,
            { "--demo exclusions list", "exclusions import staff.csv --list staff" }, runExclusions },
        { "requisitions", "requisitions [list] | add TITLE --layer ID | close ID | reopen ID",
            QT_TRANSLATE_NOOP("ks::cli", "open roles, each tied to the layer it hires for"), { "layer" }, tableJson,
            { "--demo requisitions", "--demo requisitions add \"Senior MLIR engineer\" --layer backend" }, runRequisitions },
        { "triage", "triage LOGIN --requisition ID [--stage NAME] [--next DATE] [--note TEXT]",
            QT_TRANSLATE_NOOP("ks::cli", "move a person through a requisition's stages, set the next action, add a note"),
            { "requisition", "stage", "next", "note" }, tableJson,
            { "--demo triage mkovalenko --requisition 1",
                "--demo triage twendt --requisition 1 --stage shortlisted --note \"Strong fused-attention work\"" },
            runTriage },
        { "stages", "stages [list] | rename OLD NEW | add NAME AFTER",
            QT_TRANSLATE_NOOP("ks::cli", "the pipeline's stages; renamed or added ones keep a fixed role"), {}, tableJson,
            { "--demo stages", "--demo stages rename Shortlisted \"Long list\"" }, runStages },
        { "view", "view FILE [--line N] | view --pr OWNER/REPO#N [--screenshot PNG]",
            QT_TRANSLATE_NOOP("ks::cli", "the code viewer on a file or a stored PR's diff, kernel-code signals marked"),
            { "pr", "screenshot", "line" }, {},
            { "view softmax_kernel.py --line 40", "--demo view --pr triton-lang/triton#5801 --screenshot pr.png" }, runView },
        { "draft", "draft LOGIN --requisition ID [--template NAME] [--evidence URL] [--strict]",
            QT_TRANSLATE_NOOP("ks::cli", "an outreach draft citing the person's own work, with its checklist"),
            { "requisition", "template", "evidence", "strict" }, { "text", "eml", "json" },
            { "--demo draft dpatel-gpu --requisition 1", "--demo draft dpatel-gpu --requisition 1 --strict --format eml" }, runDraft },
        { "forget", "forget LOGIN | forget --id N [--yes] [--keep-backups]",
            QT_TRANSLATE_NOOP("ks::cli", "erase a person for good and keep later syncs from importing them again"),
            { "id", "yes", "keep-backups" }, tableJson, { "--demo forget mkovalenko --yes", "--demo forget --id 75907056 --yes" },
            runForget },
        { "subject-report", "subject-report LOGIN [--out FILE]",
            QT_TRANSLATE_NOOP("ks::cli", "everything held about a person, each fact with its source and fetch time"), { "id", "out" },
            tableJson, { "--demo subject-report mkovalenko", "--demo subject-report mkovalenko --format json --out report.json" },
            runSubjectReport },
        { "retention", "retention [--months N] [--today DATE] [--forget --yes]",
            QT_TRANSLATE_NOOP("ks::cli", "people never contacted and untouched for N months, and forgetting them"),
            { "months", "today", "forget", "yes" }, tableJson, { "--demo retention", "--demo retention --months 6 --format json" },
            runRetention },
        { "compact", "compact", QT_TRANSLATE_NOOP("ks::cli", "finish an erasure: rebuild the search index, VACUUM and empty the log"), {},
            {}, { "--demo compact" }, runCompact },
        { "workspace", "workspace [info] | export-key FILE | import-key FILE",
            QT_TRANSLATE_NOOP("ks::cli", "erasures, compaction and backups of the workspace; move its erasure key to another computer"), {},
            tableJson, { "--demo workspace", "--demo workspace info --format json", "workspace export-key scout.key" }, runWorkspace },
    };
    return all;
}

const CommandSpec *CommandRegistry::command(const QString &name)
{
    for (const CommandSpec &c : commands()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

const OptionSpec *CommandRegistry::option(const QString &name)
{
    for (const OptionSpec &o : options()) {
        if (name == QLatin1StringView(o.name))
            return &o;
    }
    return nullptr;
}

QSet<QByteArray> CommandRegistry::optionsWithValue()
{
    // the window's own (app/gui.cpp): its value is not a subcommand either
    QSet<QByteArray> names { QByteArrayLiteral("--screenshots") };
    for (const OptionSpec &o : options()) {
        if (*o.value)
            names.insert(QByteArray("--") + o.name);
    }
    return names;
}

QString CommandRegistry::subcommandIn(const QStringList &arguments)
{
    const QSet<QByteArray> withValue = optionsWithValue();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (a.startsWith(u'-')) {
            if (!a.contains(u'=') && withValue.contains(a.toUtf8()))
                ++i;
            continue;
        }
        return a;
    }
    return {};
}

bool CommandRegistry::accepts(const CommandSpec &command, const QString &option)
{
    for (const char *g : globalOptions()) {
        if (option == QLatin1StringView(g))
            return true;
    }
    for (const char *o : command.options) {
        if (option == QLatin1StringView(o))
            return true;
    }
    return false;
}

QString CommandRegistry::optionList(const CommandSpec &command)
{
    QStringList list;
    for (const char *name : command.options) {
        if (const OptionSpec *o = option(QString::fromLatin1(name)))
            list.append(optionText(*o));
    }
    return list.isEmpty() ? t("no options of its own") : list.join(QStringLiteral(", "));
}

QString CommandRegistry::overview()
{
    QString text = t("Usage: kernelscout [--db FILE | --demo] SUBCOMMAND [ARGS...] [--format FORMAT]\n"
                     "       kernelscout [--db FILE | --demo]      (the workbench window)\n\n"
                     "Kernel Scout finds ML compiler and GPU-kernel engineers through their public work.\n\n"
                     "Subcommands:\n");
    qsizetype width = 0;
    for (const CommandSpec &c : commands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const CommandSpec &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1StringView(c.name).toString().leftJustified(width), t(c.summary));
    text += t("\nOptions for every subcommand:\n");
    for (const char *name : globalOptions()) {
        if (const OptionSpec *o = option(QString::fromLatin1(name)))
            text += QStringLiteral("  %1  %2\n").arg(optionText(*o).leftJustified(15), t(o->help));
    }
    text += t("  --help           this text, or with a subcommand its own help\n"
              "  --version        the version\n\n"
              "'kernelscout help SUBCOMMAND' (or 'kernelscout SUBCOMMAND --help') shows its options and examples.\n"
              "Exit codes: 0 success, 1 failure, 2 usage error; sync also 3 (request limit) and 130 (cancelled).\n");
    return text;
}

QString CommandRegistry::help(const CommandSpec &command)
{
    QString summary = t(command.summary);
    if (!summary.isEmpty())
        summary[0] = summary[0].toUpper();
    QString text = t("Usage: kernelscout %1\n\n%2.\n").arg(QLatin1StringView(command.synopsis), summary);
    QList<const OptionSpec *> shown;
    for (const char *name : command.options) {
        if (const OptionSpec *o = option(QString::fromLatin1(name)))
            shown.append(o);
    }
    qsizetype width = 0;
    for (const OptionSpec *o : std::as_const(shown))
        width = std::max(width, optionText(*o).size());
    if (!shown.isEmpty()) {
        text += t("\nOptions:\n");
        for (const OptionSpec *o : std::as_const(shown))
            text += QStringLiteral("  %1  %2\n").arg(optionText(*o).leftJustified(width), t(o->help));
    }
    if (!command.formats.isEmpty()) {
        QStringList formats;
        for (const char *f : command.formats)
            formats.append(QLatin1StringView(f).toString());
        text += t("\nFormats (--format): %1 (default %2).\n").arg(formats.join(QStringLiteral(", ")), formats.first());
    }
    text += t("Also: --db FILE or --demo chooses the workspace.\n");
    if (!command.examples.isEmpty()) {
        text += t("\nExamples:\n");
        for (const char *e : command.examples)
            text += QStringLiteral("  kernelscout %1\n").arg(QString::fromUtf8(e));
    }
    return text;
}

} // namespace ks::cli
