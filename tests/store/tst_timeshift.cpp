// SPDX-License-Identifier: MIT
// The demo is made as of a fixed day and brought forward to today when a copy
// is opened (store::TimeShift), so it never goes stale.
#include "domain/clock.h"
#include "jobs/standings.h"
#include "privacy/retention.h"
#include "store/database.h"
#include "store/timeshift.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"
#include "support/testclock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

// Names that say "a date or a time", for columns the demo leaves empty.
const QRegularExpression TimeName(
    u"(_at|_day|_date|_since|_until)$|^(at|as_of|last_active|first_contribution|scored_for|cursor|bound|since|until|date|day|when)$"_s);

QList<QPair<QString, QString>> schemaColumns(store::Database &db)
{
    QList<QPair<QString, QString>> columns;
    QSqlQuery q(db.connection());
    // FTS5 tables and their shadow tables hold indexed words, not dates.
    REQUIRE(q.exec(u"SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                   "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'search%' ORDER BY 1, 2"_s));
    while (q.next())
        columns.append({ q.value(0).toString(), q.value(1).toString() });
    return columns;
}

bool holdsDates(store::Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM %1 WHERE typeof(%2) = 'text' AND %2 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"_s.arg(
        table, column)));
    REQUIRE(q.next());
    return q.value(0).toInt() > 0;
}

QString rawDemoCopy(const TempWorkspace &tmp)
{
    const QString path = tmp.path(u"snapshot.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(KS_DEMO_DB), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QStringList rows(store::Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(u'|'));
    }
    return out;
}

// Puts the suite's clock back however the test ends.
struct ClockAt
{
    explicit ClockAt(const QDateTime &at) { Clock::start(at); }
    ~ClockAt() { Clock::start(testclock::start()); }
};

} // namespace

TEST_CASE("every date and time column of the schema moves with the demo", "[store][timeshift]")
{
    const TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(rawDemoCopy(tmp), store::Database::OpenMode::MustExist).ok());
    QSet<QString> listed;
    for (const auto &c : store::TimeShift::columns())
        listed.insert(c.table + u'.' + c.column);
    QSet<QString> existing;
    QStringList missing;
    for (const auto &[table, column] : schemaColumns(db)) {
        const QString name = table + u'.' + column;
        existing.insert(name);
        if ((TimeName.match(column).hasMatch() || holdsDates(db, table, column)) && !listed.contains(name))
            missing.append(name);
    }
    INFO("date or time columns TimeShift::columns() does not move: " << missing.join(u", "_s).toStdString());
    CHECK(missing.isEmpty());
    QStringList stale;
    for (const QString &name : std::as_const(listed)) {
        if (!existing.contains(name))
            stale.append(name);
    }
    INFO("listed columns the schema does not have: " << stale.join(u", "_s).toStdString());
    CHECK(stale.isEmpty());
}

TEST_CASE("a demo copy opened 400 days later looks as it did on its snapshot day", "[store][timeshift]")
{
    const TempWorkspace tmp;
    store::Database before;
    before.setForceReadOnly(true);
    REQUIRE(before.open(rawDemoCopy(tmp), store::Database::OpenMode::MustExist).ok());
    const auto snapshotText = before.metaValue(QString::fromLatin1(store::TimeShift::SnapshotDayKey));
    REQUIRE(snapshotText.ok());
    const QDate snapshot = QDate::fromString(snapshotText.value(), Qt::ISODate);
    REQUIRE(snapshot == testclock::demoSnapshotDay());

    const QDate today = snapshot.addDays(400);
    const ClockAt clock(QDateTime(today, QTime(10, 30), QTimeZone::UTC));
    const auto copy = store::workspace::copyDemo(QStringLiteral(KS_DEMO_DB), tmp.dir() + u"/opened"_s);
    REQUIRE(copy.ok());
    store::Database after;
    REQUIRE(after.open(copy.value(), store::Database::OpenMode::MustExist).ok());

    // Recent activity: the newest "last active" is as far from today as it was from the snapshot.
    const QString newest = u"SELECT max(last_active) FROM candidate_scores"_s;
    const QDate newestBefore = QDateTime::fromString(rows(before, newest).value(0), Qt::ISODate).date();
    const QDate newestAfter = QDateTime::fromString(rows(after, newest).value(0), Qt::ISODate).date();
    REQUIRE(newestBefore.isValid());
    CHECK(newestBefore.daysTo(snapshot) == newestAfter.daysTo(today));
    CHECK(newestAfter.daysTo(today) < 60);

    // The same ranks, and still the same once ranked again today.
    const QString ranks = u"SELECT layer_id, rank, user_id FROM candidate_scores ORDER BY layer_id, rank"_s;
    const QStringList ranked = rows(before, ranks);
    REQUIRE(ranked.size() > 5);
    CHECK(rows(after, ranks) == ranked);
    CHECK(rows(after, u"SELECT count(*) FROM contribution_changes"_s) == rows(before, u"SELECT count(*) FROM contribution_changes"_s));
    REQUIRE(jobs::updateStandings(after).ok());
    CHECK(rows(after, ranks) == ranked);
    const QString scores = u"SELECT layer_id, user_id, round(score, 6) FROM candidate_scores ORDER BY 1, 2"_s;
    CHECK(rows(after, scores) == rows(before, scores));

    // The same next actions due, as many days from today.
    const QString due = u"SELECT count(*) FROM pipeline_entries WHERE next_action_at IS NOT NULL AND next_action_at <= '%1'"_s;
    CHECK(rows(after, due.arg(today.toString(Qt::ISODate))) == rows(before, due.arg(snapshot.toString(Qt::ISODate))));
    const QString nextActions = u"SELECT next_action_at FROM pipeline_entries WHERE next_action_at IS NOT NULL ORDER BY 1"_s;
    const QStringList nextBefore = rows(before, nextActions), nextAfter = rows(after, nextActions);
    REQUIRE(!nextBefore.isEmpty());
    REQUIRE(nextAfter.size() == nextBefore.size());
    for (qsizetype i = 0; i < nextBefore.size(); ++i)
        CHECK(QDate::fromString(nextBefore[i].left(10), Qt::ISODate).addDays(400) == QDate::fromString(nextAfter[i].left(10), Qt::ISODate));

    // Retention proposes whom it proposed on the snapshot day, not everyone.
    const auto dueBefore = privacy::Retention(before).due(snapshot, 12);
    const auto dueAfter = privacy::Retention(after).due(today, 12);
    REQUIRE(dueBefore.ok());
    REQUIRE(dueAfter.ok());
    CHECK(dueAfter->size() == dueBefore->size());

    // Opening it again the same day moves nothing.
    const auto again = store::TimeShift::bringForward(after, today);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
}

TEST_CASE("a workspace without a snapshot day is never moved", "[store][timeshift]")
{
    const TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    const auto moved = store::TimeShift::bringForward(db, QDate(2030, 1, 1));
    REQUIRE(moved.ok());
    CHECK(moved.value() == 0);
}

TEST_CASE("the demo holds what a sourcer's real workspace would", "[store][demo]")
{
    const TempWorkspace tmp;
    store::Database db;
    db.setForceReadOnly(true);
    REQUIRE(db.open(rawDemoCopy(tmp), store::Database::OpenMode::MustExist).ok());
    auto count = [&](const QString &sql) { return rows(db, sql).value(0).toInt(); };
    const QString people = u"FROM person_profiles p JOIN github_users u ON u.id = p.user_id WHERE u.is_machine = 0 "_s;
    CHECK(count(u"SELECT count(*) FROM github_users WHERE is_machine = 0"_s) >= 60);
    CHECK(count(u"SELECT count(*) "_s + people + u"AND p.region = 'UK'"_s) >= 8);
    CHECK(count(u"SELECT count(*) "_s + people + u"AND p.region = 'EU'"_s) >= 15);
    CHECK(count(u"SELECT count(DISTINCT p.country_code) "_s + people + u"AND p.region = 'EU'"_s) >= 5);
    CHECK(count(u"SELECT count(*) "_s + people + u"AND p.region = 'North America'"_s) >= 10);
    CHECK(count(u"SELECT count(*) "_s + people + u"AND coalesce(p.country_code, '') = ''"_s) >= 6);
    CHECK(count(u"SELECT count(*) "_s + people + u"AND coalesce(p.excluded, '') <> ''"_s) >= 3);
    // Every layer ranks people, and every layer has a requisition with its hiring context.
    CHECK(count(u"SELECT count(DISTINCT layer_id) FROM candidate_scores"_s) == 3);
    CHECK(count(u"SELECT count(DISTINCT r.layer_id) FROM requisitions r JOIN hiring_contexts h ON h.requisition_id = r.id "
                "WHERE h.company <> '' AND h.problem <> '' AND h.compute <> '' AND h.compensation <> '' AND h.team <> ''"_s)
        == 3);
    // People in stages beyond Sourced, with notes and tags.
    CHECK(count(u"SELECT count(DISTINCT s.role) FROM pipeline_entries e JOIN stages s ON s.id = e.stage_id"_s) >= 5);
    CHECK(count(u"SELECT count(*) FROM notes"_s) >= 10);
    CHECK(count(u"SELECT count(*) FROM tags"_s) >= 10);
}
