// SPDX-License-Identifier: MIT
// What the CLI prints survives a pipe: help keeps its lines, every format of
// every printing subcommand parses from the real binary's stdout, untrusted
// text cannot forge rows, and a read never changes the workspace.
#include "people/csvreader.h"
#include "store/database.h"
#include "support/democopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// The subcommands `kernelscout --help` lists, one per line.
QStringList subcommands()
{
    const CliResult help = runCli({ u"--help"_s });
    REQUIRE(help.exitCode == 0);
    QStringList names;
    bool inList = false;
    for (const QString &line : help.out.split(u'\n')) {
        if (line == u"Subcommands:"_s) {
            inList = true;
            continue;
        }
        if (inList && line.isEmpty())
            break;
        if (inList)
            names.append(line.trimmed().section(u' ', 0, 0));
    }
    return names;
}

// A subcommand's examples and formats, read from its help.
struct HelpFacts
{
    QStringList examples;
    QStringList formats;
};

HelpFacts helpOf(const QString &name)
{
    const CliResult help = runCli({ u"help"_s, name });
    INFO(name.toStdString() << ": " << help.err.toStdString());
    REQUIRE(help.exitCode == 0);
    HelpFacts facts;
    bool inExamples = false;
    for (const QString &line : help.out.split(u'\n')) {
        static const QRegularExpression formats(u"^Formats \\(--format\\): (.*) \\(default"_s);
        if (const auto m = formats.match(line); m.hasMatch())
            facts.formats = m.captured(1).split(u", "_s);
        if (line == u"Examples:"_s)
            inExamples = true;
        else if (inExamples && line.startsWith(u"  kernelscout "_s))
            facts.examples.append(line.mid(14));
    }
    return facts;
}

void checkParses(const QString &format, const CliResult &r)
{
    INFO("stdout: " << r.out.left(400).toStdString());
    if (format == u"json"_s) {
        QJsonParseError error;
        QJsonDocument::fromJson(r.out.toUtf8(), &error);
        CHECK(error.error == QJsonParseError::NoError);
    } else if (format == u"csv"_s) {
        const auto records = ks::people::readCsv(r.out.toUtf8());
        REQUIRE(records.ok());
        REQUIRE(records->size() >= 2);
        for (const auto &record : records.value())
            CHECK(record.fields.size() == records->first().fields.size());
    } else {
        // People read it: no terminal control characters, no bidi overrides.
        static const QRegularExpression control(u"[\\x00-\\x08\\x0b-\\x1f\\x7f\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"_s);
        CHECK_FALSE(control.match(r.out).hasMatch());
        CHECK(!r.out.trimmed().isEmpty());
    }
}

} // namespace

TEST_CASE("help lists every subcommand on one line, and each subcommand's help its own options and examples", "[cli][help]")
{
    const CliResult top = runCli({ u"--help"_s });
    REQUIRE(top.exitCode == 0);
    CHECK(lines(top.out).size() > 20);
    const QStringList names = subcommands();
    CHECK(names.size() >= 17);
    for (const char *expected : { "sync", "candidates", "draft", "forget", "retention" })
        CHECK(names.contains(QLatin1StringView(expected)));

    const CliResult sync = runCli({ u"help"_s, u"sync"_s });
    REQUIRE(sync.exitCode == 0);
    CHECK(sync.out == runCli({ u"sync"_s, u"--help"_s }).out);
    CHECK(sync.out.startsWith(u"Usage: kernelscout sync"_s));
    CHECK(sync.out.contains(u"--max-requests N"_s));
    CHECK_FALSE(sync.out.contains(u"--limit"_s)); // only its own options
    const HelpFacts facts = helpOf(u"sync"_s);
    CHECK(facts.examples.size() >= 2);

    for (const QString &name : names) {
        INFO(name.toStdString());
        const HelpFacts f = helpOf(name);
        CHECK(!f.examples.isEmpty());
    }

    const CliResult unknown = runCli({ u"candidates"_s, u"--layer"_s, u"kernel"_s, u"--regoin"_s, u"UK"_s });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"--region REGIONS"_s));
    const CliResult misplaced = runCli({ u"--demo"_s, u"sync"_s, u"--limit"_s, u"3"_s });
    CHECK(misplaced.exitCode == 2);
    CHECK(misplaced.err.contains(u"'sync' does not take --limit"_s));
}

TEST_CASE("every example in the help that works on the demo runs, and each of its formats parses", "[cli][help][formats]")
{
    const TempWorkspace cwd; // examples that write files (--out, --screenshot) write here
    for (const QString &name : subcommands()) {
        const HelpFacts facts = helpOf(name);
        for (const QString &example : facts.examples) {
            QStringList args = QProcess::splitCommand(example);
            if (args.value(0) != u"--demo"_s || name == u"view"_s) // view opens a window; tst_codeviewer covers it
                continue;
            for (QString &a : args) {
                if (a.endsWith(u".json"_s) || a.endsWith(u".png"_s))
                    a = cwd.path(a);
            }
            INFO(example.toStdString());
            const int at = args.indexOf(u"--format"_s);
            const QStringList formats = at >= 0 ? QStringList { args.value(at + 1) }
                : facts.formats.isEmpty()       ? QStringList { u"table"_s }
                                                : facts.formats;
            if (at >= 0)
                args.remove(at, 2);
            for (const QString &format : formats) {
                INFO("--format " << format.toStdString());
                QStringList withFormat = args;
                if (!facts.formats.isEmpty())
                    withFormat << u"--format"_s << format;
                const CliResult r = runCli(withFormat);
                INFO(r.err.toStdString());
                REQUIRE(r.exitCode == 0);
                CHECK(r.err.contains(u"throwaway copy of the demo"_s));
                if (!args.contains(u"--out"_s) && format != u"eml"_s && !(name == u"layers"_s && args.contains(u"export"_s)))
                    checkParses(format, r);
            }
        }
    }
}

TEST_CASE("the demo option works on a throwaway copy: an erasure there is gone the next time", "[cli][demo]")
{
    const CliResult forgot = runCli({ u"--demo"_s, u"forget"_s, u"mkovalenko"_s, u"--yes"_s });
    INFO(forgot.err.toStdString());
    REQUIRE(forgot.exitCode == 0);
    const CliResult still = runCli({ u"--demo"_s, u"person"_s, u"mkovalenko"_s, u"--format"_s, u"json"_s });
    REQUIRE(still.exitCode == 0);
    CHECK(QJsonDocument::fromJson(still.out.toUtf8()).object().value(u"login"_s).toString() == u"mkovalenko"_s);
    CHECK(runCli({ u"--demo"_s, u"--db"_s, u"x.sqlite"_s, u"stages"_s }).exitCode == 2);
}

TEST_CASE("untrusted text cannot forge table rows or CSV formulas, and CSV keeps it whole", "[cli][formats][hostile]")
{
    const DemoCopy demo;
    const QString hostile = u"Evil\nRank 1,=HYPERLINK(\"http://x\")\t\u202eRow"_s;
    {
        ks::store::Database db;
        REQUIRE(db.open(demo.db).ok());
        QSqlQuery q(db.connection());
        REQUIRE(q.prepare(u"UPDATE github_users SET name = ? WHERE login = 'mkovalenko'"_s));
        q.addBindValue(hostile);
        REQUIRE(q.exec());
    }
    const CliResult json = demo.run({ u"candidates"_s, u"--layer"_s, u"kernel"_s, u"--format"_s, u"json"_s });
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(!rows.isEmpty());
    qsizetype hostileRows = 0;
    for (const QJsonValue &row : rows)
        hostileRows += row.toObject().value(u"name"_s).toString() == hostile;
    CHECK(hostileRows == 1); // JSON keeps it exactly, escaped

    const CliResult table = demo.run({ u"candidates"_s, u"--layer"_s, u"kernel"_s });
    REQUIRE(table.exitCode == 0);
    CHECK(lines(table.out).size() == rows.size() + 1); // a header and one line per person
    CHECK(table.out.contains(u"Evil\u23ceRank 1"_s));
    CHECK_FALSE(table.out.contains(QChar(0x202e)));

    const CliResult csv = demo.run({ u"candidates"_s, u"--layer"_s, u"kernel"_s, u"--format"_s, u"csv"_s });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(u"\r\n"_s));
    const auto records = ks::people::readCsv(csv.out.toUtf8());
    REQUIRE(records.ok());
    CHECK(records->size() == rows.size() + 1);
    const qsizetype nameColumn = records->first().fields.indexOf(u"NAME"_s);
    REQUIRE(nameColumn >= 0);
    QStringList names;
    for (const auto &r : records.value())
        names.append(r.fields.value(nameColumn));
    CHECK(names.contains(u"Evil\nRank 1,=HYPERLINK(\"http://x\")\tRow"_s)); // the line break kept; the bidi override dropped

    // A cell a spreadsheet would evaluate is neutralised.
    {
        ks::store::Database db;
        REQUIRE(db.open(demo.db).ok());
        REQUIRE(QSqlQuery(db.connection()).exec(u"UPDATE github_users SET name = '=1+1' WHERE login = 'mkovalenko'"_s));
    }
    const CliResult formula = demo.run({ u"candidates"_s, u"--layer"_s, u"kernel"_s, u"--format"_s, u"csv"_s });
    CHECK(formula.out.contains(u",'=1+1,"_s));
    CHECK_FALSE(formula.out.contains(u",=1+1,"_s));
}

TEST_CASE("candidates as of another day rank for that call only: the next plain read is byte-identical", "[cli][as-of]")
{
    const DemoCopy demo;
    const QStringList plain { u"candidates"_s, u"--layer"_s, u"kernel"_s, u"--format"_s, u"json"_s };
    const CliResult before = demo.run(plain);
    REQUIRE(before.exitCode == 0);
    const QByteArray fileBefore = TempWorkspace::readAll(demo.db);
    const CliResult asOf = demo.run(plain + QStringList { u"--as-of"_s, u"2026-03-01"_s });
    INFO(asOf.err.toStdString());
    REQUIRE(asOf.exitCode == 0);
    CHECK(asOf.out != before.out); // recency measured from March ranks differently
    const CliResult why = demo.run({ u"why"_s, u"mkovalenko"_s, u"--layer"_s, u"kernel"_s, u"--as-of"_s, u"2026-03-01"_s });
    REQUIRE(why.exitCode == 0);
    const CliResult after = demo.run(plain);
    REQUIRE(after.exitCode == 0);
    CHECK(after.out == before.out);
    CHECK(TempWorkspace::readAll(demo.db) == fileBefore);
}

TEST_CASE("subject reports and help keep their lines", "[cli][formats]")
{
    const CliResult report = runCli({ u"--demo"_s, u"subject-report"_s, u"mkovalenko"_s });
    REQUIRE(report.exitCode == 0);
    CHECK(lines(report.out).size() > 10);
    CHECK(lines(runCli({ u"help"_s, u"candidates"_s }).out).size() > 10);
}

TEST_CASE("without a subcommand the window opens: offscreen it writes a picture of every tab", "[cli][gui]")
{
    const TempWorkspace shots;
    const CliResult r = runCli({ u"--demo"_s, u"--screenshots"_s, shots.dir() }, { { u"QT_QPA_PLATFORM"_s, u"offscreen"_s } });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QDir(shots.dir()).entryList({ u"*.png"_s }).size() >= 4);
}

TEST_CASE("a placeholder in a stranger's text is printed as written, not filled in", "[cli][formats][hostile]")
{
    const DemoCopy demo;
    {
        ks::store::Database db;
        REQUIRE(db.open(demo.db).ok());
        REQUIRE(QSqlQuery(db.connection())
                .exec(u"UPDATE github_users SET location = '%3 near %2' "
                      "WHERE login = 'mkovalenko'"_s));
    }
    const CliResult r = demo.run({ u"person"_s, u"mkovalenko"_s });
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"from \"%3 near %2\""_s));
}

TEST_CASE("a subject report written to a file is readable by its owner only", "[cli][privacy]")
{
    const DemoCopy demo;
    const QString out = demo.tmp.path(u"report.json"_s);
    const CliResult r = demo.run({ u"subject-report"_s, u"mkovalenko"_s, u"--format"_s, u"json"_s, u"--out"_s, out });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFileInfo(out).permissions() & others) == 0);
}
