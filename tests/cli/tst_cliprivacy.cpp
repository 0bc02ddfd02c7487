// SPDX-License-Identifier: MIT
// forget, subject-report and retention on a copy of the demo workspace,
// through the real binary.
#include "support/democopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("forget asks for --yes, then erases the person for good", "[cli][privacy]")
{
    const DemoCopy demo;
    const CliResult ask = demo.run({ QStringLiteral("forget"), QStringLiteral("aoife-b") });
    CHECK(ask.exitCode == 2);
    CHECK(ask.out.contains(QStringLiteral("aoife-b")));
    CHECK(ask.err.contains(QStringLiteral("--yes")));
    CHECK(demo.run({ QStringLiteral("person"), QStringLiteral("aoife-b") }).exitCode == 0); // still there

    const CliResult done = demo.run({ QStringLiteral("forget"), QStringLiteral("AOIFE-B"), QStringLiteral("--yes"),
        QStringLiteral("--format"), QStringLiteral("json") });
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(done.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("login")).toString() == QStringLiteral("aoife-b"));
    CHECK(report.value(QStringLiteral("suppressed")).toBool());
    CHECK(report.value(QStringLiteral("itemsDeleted")).toInt() > 0);

    const CliResult gone = demo.run({ QStringLiteral("person"), QStringLiteral("aoife-b") });
    CHECK(gone.exitCode == 1);
    const QByteArray bytes = TempWorkspace::readAll(demo.db).toLower();
    CHECK_FALSE(bytes.contains("aoife-b"));
    CHECK_FALSE(bytes.contains("aoife brennan"));
    // The others keep contiguous ranks.
    const CliResult rest = demo.run({ QStringLiteral("candidates"), QStringLiteral("--layer"), QStringLiteral("kernel"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01") });
    REQUIRE(rest.exitCode == 0);
    CHECK_FALSE(rest.out.contains(QStringLiteral("aoife-b")));

    CHECK(demo.run({ QStringLiteral("forget"), QStringLiteral("nobody-here"), QStringLiteral("--yes") }).exitCode == 1);
    CHECK(demo.run({ QStringLiteral("forget") }).exitCode == 2);
}

TEST_CASE("forget deletes the migration backups unless told to keep them, and finishes an erasure asked for again", "[cli][privacy]")
{
    const DemoCopy demo;
    // Two backups an upgrade would have left: they hold everyone as they were.
    const QString older = demo.db + QStringLiteral(".v8-20261001-090000.bak");
    const QString old = demo.db + QStringLiteral(".v9-20261101-090000.bak");
    REQUIRE(QFile::copy(demo.db, older));
    REQUIRE(QFile::copy(demo.db, old));

    const CliResult ask = demo.run({ QStringLiteral("forget"), QStringLiteral("aoife-b") });
    CHECK(ask.exitCode == 2);
    CHECK(ask.out.contains(QStringLiteral("2 migration backup")));
    const CliResult kept
        = demo.run({ QStringLiteral("forget"), QStringLiteral("aoife-b"), QStringLiteral("--yes"), QStringLiteral("--keep-backups") });
    INFO(kept.err.toStdString());
    REQUIRE(kept.exitCode == 0);
    CHECK(QFileInfo::exists(older));
    CHECK(QFileInfo::exists(old));

    // Asked again: nobody left to erase, so it says so and asks before compacting and deleting.
    const CliResult again = demo.run({ QStringLiteral("forget"), QStringLiteral("aoife-b") });
    CHECK(again.exitCode == 2);
    CHECK(again.out.contains(QStringLiteral("forgotten before")));
    CHECK(QFileInfo::exists(old));
    const CliResult finished = demo.run({ QStringLiteral("forget"), QStringLiteral("aoife-b"), QStringLiteral("--yes") });
    INFO(finished.err.toStdString());
    CHECK(finished.exitCode == 0);
    CHECK(finished.out.contains(QStringLiteral("forgotten before")));
    CHECK(finished.out.contains(QStringLiteral("Deleted the migration backup")));
    CHECK_FALSE(QFileInfo::exists(older));
    CHECK_FALSE(QFileInfo::exists(old));

    const CliResult info = demo.run({ QStringLiteral("workspace"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(info.exitCode == 0);
    const QJsonObject state = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(state.value(QStringLiteral("erasures")).toInt() == 1);
    CHECK(state.value(QStringLiteral("erasureKey")).toString() == QStringLiteral("present"));
    CHECK_FALSE(state.value(QStringLiteral("compactionPending")).toBool());
    CHECK(state.value(QStringLiteral("backups")).toArray().isEmpty());
}

TEST_CASE("subject-report writes everything held, with sources, as text or JSON", "[cli][privacy]")
{
    const DemoCopy demo;
    const CliResult json
        = demo.run({ QStringLiteral("subject-report"), QStringLiteral("mkovalenko"), QStringLiteral("--format"), QStringLiteral("json") });
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("identity")).toObject().value(QStringLiteral("login")).toString() == QStringLiteral("mkovalenko"));
    CHECK(report.value(QStringLiteral("identity"))
            .toObject()
            .value(QStringLiteral("source_url"))
            .toString()
            .contains(QStringLiteral("/users/mkovalenko")));
    const QJsonArray pulls = report.value(QStringLiteral("pull_requests")).toArray();
    REQUIRE_FALSE(pulls.isEmpty());
    CHECK(pulls.at(0).toObject().contains(QStringLiteral("fetched_at")));
    CHECK(pulls.at(0).toObject().contains(QStringLiteral("source_url")));

    const QString file = demo.tmp.path(QStringLiteral("report.md"));
    const CliResult text = demo.run({ QStringLiteral("subject-report"), QStringLiteral("mkovalenko"), QStringLiteral("--out"), file });
    REQUIRE(text.exitCode == 0);
    const QString written = QString::fromUtf8(TempWorkspace::readAll(file));
    CHECK(written.startsWith(QStringLiteral("# Data held about mkovalenko")));
    CHECK(written.contains(QStringLiteral("Pull requests authored")));
}

TEST_CASE("retention lists who is due against a given date and forgets them on --forget --yes", "[cli][privacy]")
{
    const DemoCopy demo;
    // Everyone in the demo was last met on 2026-11-01.
    const CliResult now = demo.run({ QStringLiteral("retention"), QStringLiteral("--today"), QStringLiteral("2026-11-22"),
        QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(now.exitCode == 0);
    CHECK(QJsonDocument::fromJson(now.out.toUtf8()).object().value(QStringLiteral("people")).toArray().isEmpty());

    const QStringList later { QStringLiteral("retention"), QStringLiteral("--today"), QStringLiteral("2028-01-01"),
        QStringLiteral("--format"), QStringLiteral("json") };
    const CliResult due = demo.run(later);
    REQUIRE(due.exitCode == 0);
    const QJsonArray people = QJsonDocument::fromJson(due.out.toUtf8()).object().value(QStringLiteral("people")).toArray();
    REQUIRE_FALSE(people.isEmpty());
    QStringList logins;
    for (const QJsonValue &p : people)
        logins.append(p.toObject().value(QStringLiteral("login")).toString());
    // The demo requisition contacted someone: they stay.
    const CliResult contacted = demo.run({ QStringLiteral("triage"), QStringLiteral("efabbri"), QStringLiteral("--requisition"),
        QStringLiteral("1"), QStringLiteral("--stage"), QStringLiteral("contacted") });
    REQUIRE(contacted.exitCode == 0);
    const CliResult again = demo.run(later);
    CHECK_FALSE(again.out.contains(QStringLiteral("\"efabbri\"")));

    CHECK(demo.run({ QStringLiteral("retention"), QStringLiteral("--today"), QStringLiteral("2028-01-01"), QStringLiteral("--forget") })
              .exitCode
        == 2);
    const CliResult forgot = demo.run({ QStringLiteral("retention"), QStringLiteral("--today"), QStringLiteral("2028-01-01"),
        QStringLiteral("--forget"), QStringLiteral("--yes") });
    INFO(forgot.err.toStdString());
    REQUIRE(forgot.exitCode == 0);
    CHECK(forgot.out.contains(QStringLiteral("Forgot")));
    CHECK(demo.run({ QStringLiteral("person"), logins.constLast() }).exitCode == 1);
    CHECK(demo.run({ QStringLiteral("person"), QStringLiteral("efabbri") }).exitCode == 0);
    CHECK(demo.run({ QStringLiteral("retention"), QStringLiteral("--months"), QStringLiteral("0") }).exitCode == 2);
}
