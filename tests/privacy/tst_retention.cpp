// SPDX-License-Identifier: MIT
// Retention: who is due is decided against an injected "today", and
// forgetting them for lack of time does not put them on the suppression list.
// The subject report lists what is held, each fact with its source.
#include "privacy/forgetter.h"
#include "privacy/retention.h"
#include "privacy/subjectreport.h"
#include "store/database.h"
#include "store/suppressionlist.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

struct Workspace
{
    TempWorkspace tmp;
    store::Database db;

    Workspace()
    {
        REQUIRE(db.open(tmp.path()).ok());
        exec(QStringLiteral("INSERT INTO layers(id, slug, name, position, created_at, updated_at) VALUES (1, 'kernel', 'Kernel', 1, "
                            "'2025-01-01', '2025-01-01')"));
        exec(QStringLiteral("INSERT INTO requisitions(id, title, layer_id, created_at) VALUES (1, 'Kernel engineer', 1, '2025-01-01')"));
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    void person(qint64 id, const QString &login, const QString &firstSeen, const QString &lastSeen)
    {
        exec(QStringLiteral("INSERT INTO github_users(id, login, name, seen_at, first_seen_at, profile_source_url, profile_fetched_at) "
                            "VALUES (%1, '%2', 'Name of %2', '%3', '%4', 'https://api.github.com/users/%2', '%3')")
                .arg(id)
                .arg(login, lastSeen, firstSeen));
    }
    QStringList due(const QDate &today, int months)
    {
        const auto list = privacy::Retention(db).due(today, months);
        REQUIRE(list.ok());
        QStringList out;
        for (const auto &p : list.value())
            out.append(p.login);
        return out;
    }
};

const QDate Today(2026, 11, 22);

} // namespace

TEST_CASE("retention lists people never contacted and untouched for the period, against an injected today", "[privacy][retention]")
{
    Workspace w;
    w.person(1, QStringLiteral("stale"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    w.person(2, QStringLiteral("active"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2026-10-01T00:00:00Z"));
    w.person(3, QStringLiteral("contacted"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    w.person(4, QStringLiteral("noted"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    w.person(5, QStringLiteral("shortlisted-long-ago"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    w.person(6, QStringLiteral("bot"), QStringLiteral("2025-01-10T00:00:00Z"), QStringLiteral("2025-02-01T00:00:00Z"));
    w.exec(QStringLiteral("UPDATE github_users SET is_machine = 1 WHERE id = 6"));
    // Contacted once, then moved on to "not now": still contacted.
    w.exec(QStringLiteral(
        "INSERT INTO stage_history(requisition_id, user_id, from_stage_id, to_stage_id, changed_at) VALUES (1, 3, 1, 3, '2025-03-01')"));
    w.exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, updated_at) VALUES (1, 3, 9, '2025-03-02')"));
    w.exec(QStringLiteral("INSERT INTO notes(requisition_id, user_id, body, created_at) VALUES (1, 4, 'ask about sm90', '2026-11-01')"));
    w.exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, updated_at) VALUES (1, 5, 2, '2025-02-15')"));

    CHECK(privacy::Retention(w.db).months().value() == privacy::Retention::DefaultMonths);
    CHECK(w.due(Today, 12) == QStringList { QStringLiteral("shortlisted-long-ago"), QStringLiteral("stale") });
    // A longer period, or an earlier today, and they are not due yet.
    CHECK(w.due(Today, 24).isEmpty());
    CHECK(w.due(QDate(2026, 1, 15), 12).isEmpty());
    // The note ages out too.
    CHECK(w.due(QDate(2027, 11, 2), 12).contains(QStringLiteral("noted")));

    REQUIRE(privacy::Retention(w.db).setMonths(18).ok());
    CHECK(privacy::Retention(w.db).months().value() == 18);
    CHECK_FALSE(privacy::Retention(w.db).setMonths(0).ok());

    // Forgotten for lack of time, not on request: a later sync may meet them again.
    privacy::ForgetOptions options;
    options.suppress = false;
    const auto done = privacy::Forgetter(w.db).forget(QList<qint64> { 1, 5 }, options);
    INFO((done.ok() ? QString() : done.error()).toStdString());
    REQUIRE(done.ok());
    CHECK(done->size() == 2);
    CHECK(w.due(Today, 12).isEmpty());
    CHECK(store::SuppressionList(w.db).count().value() == 0);
    QSqlQuery q(w.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(login) FROM (SELECT login FROM github_users ORDER BY id)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("active,contacted,noted,bot"));
}

TEST_CASE("a subject report lists everything held, each fact with its source", "[privacy][report]")
{
    Workspace w;
    w.person(7, QStringLiteral("ada<script>"), QStringLiteral("2026-01-10T00:00:00Z"), QStringLiteral("2026-10-01T00:00:00Z"));
    w.exec(QStringLiteral("INSERT INTO contact_channels(user_id, kind, value, detail, source_url, fetched_at) VALUES "
                          "(7, 'email', 'ada@example.com', 'public profile', 'https://api.github.com/users/ada', '2026-10-01T00:00:00Z')"));
    w.exec(QStringLiteral("INSERT INTO repos(id, owner, name) VALUES (1, 'acme', 'kernels')"));
    w.exec(QStringLiteral(
        "INSERT INTO pull_requests(id, repo_id, number, title, state, author_id, author_login, created_at, updated_at, html_url, "
        "source_url, fetched_at) VALUES (50, 1, 12, 'Tile it', 'open', 7, 'ada', '2026-09-01', '2026-09-02', "
        "'https://github.com/acme/kernels/pull/12', 'https://api.github.com/repos/acme/kernels/pulls', '2026-09-03T00:00:00Z')"));
    w.exec(QStringLiteral(
        "INSERT INTO notes(requisition_id, user_id, body, created_at) VALUES (1, 7, 'met at the Triton meetup', '2026-11-01')"));

    const auto report = privacy::SubjectReport(w.db).build(7);
    REQUIRE(report.ok());
    const QJsonObject identity = report->value(QStringLiteral("identity")).toObject();
    CHECK(identity.value(QStringLiteral("login")).toString() == QStringLiteral("ada<script>"));
    CHECK(identity.value(QStringLiteral("source_url")).toString() == QStringLiteral("https://api.github.com/users/ada<script>"));
    CHECK(identity.contains(QStringLiteral("fetched_at")));
    const QJsonObject channel = report->value(QStringLiteral("contact_channels")).toArray().at(0).toObject();
    CHECK(channel.value(QStringLiteral("source_url")).toString() == QStringLiteral("https://api.github.com/users/ada"));
    CHECK(channel.value(QStringLiteral("fetched_at")).toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    const QJsonObject pull = report->value(QStringLiteral("pull_requests")).toArray().at(0).toObject();
    CHECK(pull.value(QStringLiteral("html_url")).toString() == QStringLiteral("https://github.com/acme/kernels/pull/12"));
    CHECK(pull.value(QStringLiteral("fetched_at")).toString() == QStringLiteral("2026-09-03T00:00:00Z"));
    CHECK(report->value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("body")).toString()
        == QStringLiteral("met at the Triton meetup"));
    CHECK(report->value(QStringLiteral("drafts")).toArray().isEmpty());

    const QString text = privacy::SubjectReport::toText(report.value());
    CHECK(text.contains(QStringLiteral("# Data held about ada<script>")));
    CHECK(text.contains(QStringLiteral("Contact channels")));
    CHECK(text.contains(QStringLiteral("- source_url: https://api.github.com/users/ada")));
    CHECK(text.contains(QStringLiteral("met at the Triton meetup")));
    CHECK(text.contains(QStringLiteral("Nothing held.")));

    CHECK_FALSE(privacy::SubjectReport(w.db).build(999).ok());
}
