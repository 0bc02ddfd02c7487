// SPDX-License-Identifier: MIT
// The Pipeline tab's table: a requisition's ranked people, paged from SQL,
// with sorting, filters and search that cover every row, not only the
// fetched ones.
#include "itemmodels/candidatetablemodel.h"
#include "jobs/standings.h"
#include "people/avatarcache.h"
#include "people/exclusionlist.h"
#include "support/layerfixture.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using Model = itemmodels::CandidateTableModel;
using Tester = QAbstractItemModelTester;

namespace {

const QDateTime Now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
const QDate Today = Now.date();

// 600 people ranked in one layer, with one open requisition on it:
//  - user1..30: Cambridge UK, NVIDIA, reachable by e-mail; user1 is "Ada Lovelace"
//  - user31..60: Munich, AMD; only 31..45 reachable
//  - user61, user62: own staff (excluded)
//  - user500..509: never reviewed anything
//  - pipeline: 10..19 shortlisted, 20..24 contacted and due, 25..29 contacted
//    and not due yet; user40 is interviewing for another requisition only
//  - a note on user77, a distinctive PR title by user88
struct Pipeline : test::LayerFixture
{
    qint64 req = 0;

    Pipeline()
        : LayerFixture(QStringLiteral("kernels"))
    {
        test::Crowd crowd;
        crowd.people = 600;
        crowd.pulls = 3000;
        crowd.comments = 3000;
        crowd.reviews = 1500;
        crowd.commits = 2000;
        crowd.now = Now;
        fill(crowd);
        exec(QStringLiteral("UPDATE github_users SET location = 'Cambridge, UK', company = '@nvidia', email = login || '@example.org' "
                            "WHERE id BETWEEN 1 AND 30"));
        exec(QStringLiteral("UPDATE github_users SET name = 'Ada Lovelace' WHERE id = 1"));
        exec(QStringLiteral("UPDATE github_users SET location = 'München', company = '@amd' WHERE id BETWEEN 31 AND 60"));
        exec(QStringLiteral("UPDATE github_users SET email = login || '@example.org' WHERE id BETWEEN 31 AND 45"));
        exec(QStringLiteral("DELETE FROM pr_reviews WHERE reviewer_id BETWEEN 500 AND 509"));
        exec(QStringLiteral("DELETE FROM review_comments WHERE user_id BETWEEN 500 AND 509"));
        exec(QStringLiteral("UPDATE pull_requests SET title = 'Fuse softmax into the warpspecialized GEMM epilogue' "
                            "WHERE id = (SELECT min(id) FROM pull_requests WHERE author_id = 88)"));
        REQUIRE(people::ExclusionList(db)
                .importCsvData(people::ExclusionList::Kind::Staff, "login\nuser61\nuser62\n", QStringLiteral("staff.csv"))
                .ok());
        jobs::StandingsRequest request;
        request.now = Now;
        REQUIRE(jobs::updateStandings(db, request).ok());
        // Nothing in the crowd's files is a kernel-code signal; give one person some.
        exec(QStringLiteral("UPDATE candidate_scores SET top_signals = '[\"smem.bank_conflict\",\"tc.mma\"]' WHERE user_id = 1"));

        exec(QStringLiteral("INSERT INTO requisitions(title, layer_id, created_at) VALUES ('GPU kernel engineer', %1, '2026-10-01')")
                .arg(layer.id));
        req = scalar(QStringLiteral("SELECT max(id) FROM requisitions"));
        exec(QStringLiteral("INSERT INTO requisitions(title, layer_id, created_at) VALUES ('Other role', %1, '2026-10-01')").arg(layer.id));
        const qint64 other = scalar(QStringLiteral("SELECT max(id) FROM requisitions"));
        exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, updated_at) "
                            "SELECT %1, id, 2, 'x' FROM github_users WHERE id BETWEEN 10 AND 19")
                .arg(req));
        exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, next_action_at, updated_at) "
                            "SELECT %1, id, 3, '2026-10-2' || (id - 20), 'x' FROM github_users WHERE id BETWEEN 20 AND 24")
                .arg(req));
        exec(QStringLiteral("UPDATE pipeline_entries SET next_action_at = '2026-11-01' WHERE user_id = 24"));
        exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, next_action_at, updated_at) "
                            "SELECT %1, id, 3, '2026-11-02', 'x' FROM github_users WHERE id BETWEEN 25 AND 29")
                .arg(req));
        exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, next_action_at, updated_at) "
                            "VALUES (%1, 40, 5, '2026-10-01', 'x')")
                .arg(other));
        exec(QStringLiteral("INSERT INTO notes(requisition_id, user_id, body, created_at) "
                            "VALUES (%1, 77, 'Met at the Triton meetup; keen on FlashAttention work', '2026-10-02')")
                .arg(req));
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    // The requisition's people matching `condition`, straight from SQL
    // (s = scores, p = profiles, e = this requisition's pipeline entries).
    QSet<qint64> ids(const QString &condition)
    {
        QSqlQuery q(db.connection());
        const QString sql = QStringLiteral("SELECT s.user_id FROM candidate_scores s LEFT JOIN person_profiles p ON p.user_id = s.user_id "
                                           "LEFT JOIN pipeline_entries e ON e.user_id = s.user_id AND e.requisition_id = %1 "
                                           "WHERE s.layer_id = %2 AND (%3)")
                                .arg(req)
                                .arg(layer.id)
                                .arg(condition);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QSet<qint64> out;
        while (q.next())
            out.insert(q.value(0).toLongLong());
        return out;
    }

    QStringList column(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    itemmodels::PipelineFilter filter() const
    {
        itemmodels::PipelineFilter f;
        f.requisitionId = req;
        f.today = Today;
        return f;
    }
};

// How many match in all, once the model's background count is back.
int countOf(Model &model)
{
    REQUIRE(QTest::qWaitFor([&] { return model.totalCount() >= 0; }));
    return model.totalCount();
}

// Pages everything in, as a view scrolled to the bottom would.
void fetchAll(Model &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == model.totalCount());
}

QList<QVariant> values(Model &model, int role, int column = Model::RankColumn)
{
    fetchAll(model);
    QList<QVariant> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data(role));
    return out;
}

QSet<qint64> shown(Model &model)
{
    QSet<qint64> out;
    for (const QVariant &v : values(model, Model::UserIdRole))
        out.insert(v.toLongLong());
    REQUIRE(out.size() == model.totalCount()); // nobody twice
    return out;
}

QSet<qint64> range(qint64 first, qint64 last)
{
    QSet<qint64> out;
    for (qint64 id = first; id <= last; ++id)
        out.insert(id);
    return out;
}

} // namespace

TEST_CASE("candidate table pages its rows in as views scroll", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    // The tester pages too (fetchMore from its checks, even from its slots on
    // rowsInserted and modelReset): the model must not nest inserts there.
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    CHECK(model.rowCount() == 0); // nothing until a requisition is chosen
    CHECK_FALSE(model.canFetchMore({}));

    QSignalSpy totals(&model, &Model::totalCountChanged);
    model.setFilter(w.filter());
    REQUIRE(model.lastError().isEmpty());
    const int everyone = int(w.ids(QStringLiteral("p.excluded IS NULL")).size());
    REQUIRE(everyone > 2 * Model::PageSize);
    // The first page is there at once; the count of everyone follows.
    CHECK(model.rowCount() == Model::PageSize);
    CHECK(model.totalCount() == -1);
    REQUIRE(QTest::qWaitFor([&] { return model.totalCount() >= 0; }));
    CHECK(model.totalCount() == everyone);
    REQUIRE(totals.size() == 2);
    CHECK(totals.at(0).at(0).toInt() == -1);
    CHECK(totals.at(1).at(0).toInt() == everyone);
    CHECK(model.rowCount() == Model::PageSize);
    CHECK(model.canFetchMore({}));
    CHECK(model.rowOfUser(model.userIdAt(Model::PageSize - 1)) == Model::PageSize - 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int fetches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        CHECK(model.rowCount() == std::min(before + Model::PageSize, everyone));
        ++fetches;
    }
    CHECK(fetches == (everyone - 1) / Model::PageSize);
    CHECK(inserted.size() == fetches);
    CHECK(model.rowCount() == everyone);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({}); // past the end: nothing happens
    CHECK(model.rowCount() == everyone);
    CHECK(model.userIdAt(everyone) == 0);
    CHECK(model.userIdAt(-1) == 0);
    CHECK(totals.size() == 2);

    // Re-querying starts again at the first page.
    model.refresh();
    CHECK(model.rowCount() == Model::PageSize);
    REQUIRE(QTest::qWaitFor([&] { return model.totalCount() >= 0; }));
    CHECK(model.totalCount() == everyone);
    model.sort(Model::ScoreColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == Model::PageSize);
    fetchAll(model);
    CHECK(model.rowCount() == everyone);
}

TEST_CASE("candidate table: a count still running never answers for a newer filter", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    QSignalSpy totals(&model, &Model::totalCountChanged);
    // Typing: each keystroke is a new filter before the last count is back.
    auto f = w.filter();
    model.setFilter(f);
    f.minScore = 0.001;
    model.setFilter(f);
    f.minScore = 0;
    f.includeExcluded = true;
    model.setFilter(f);
    const int everyone = int(w.ids(QStringLiteral("1")).size());
    REQUIRE(everyone > Model::PageSize);
    REQUIRE(QTest::qWaitFor([&] { return model.totalCount() >= 0; }));
    QTest::qWait(50); // a stale answer arriving late would show here
    CHECK(model.totalCount() == everyone);
    for (const QList<QVariant> &emitted : std::as_const(totals))
        CHECK((emitted.at(0).toInt() == -1 || emitted.at(0).toInt() == everyone));
    CHECK(model.lastError().isEmpty());
}

TEST_CASE("candidate table sorts every row in SQL, not only the fetched page", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    model.setFilter(w.filter());
    const QString rows = QStringLiteral("FROM candidate_scores s JOIN github_users u ON u.id = s.user_id "
                                        "LEFT JOIN person_profiles p ON p.user_id = s.user_id "
                                        "WHERE s.layer_id = %1 AND p.excluded IS NULL ORDER BY ")
                             .arg(w.layer.id);
    auto strings = [](const QList<QVariant> &list) {
        QStringList out;
        for (const QVariant &v : list)
            out.append(v.toString());
        return out;
    };

    SECTION("by default, best first: rank ascending")
    {
        const QList<QVariant> scores = values(model, Model::ScoreRole);
        QStringList expected = w.column(QStringLiteral("SELECT s.score ") + rows + QStringLiteral("s.score DESC"));
        CHECK(strings(scores) == expected);
        CHECK(model.index(0, Model::RankColumn).data().toInt()
            == w.scalar(QStringLiteral("SELECT s.rank ") + rows + QStringLiteral("s.score DESC LIMIT 1")));
    }
    SECTION("by score, both ways")
    {
        model.sort(Model::ScoreColumn, Qt::AscendingOrder);
        CHECK(strings(values(model, Model::ScoreRole)) == w.column(QStringLiteral("SELECT s.score ") + rows + QStringLiteral("s.score")));
        model.sort(Model::ScoreColumn, Qt::DescendingOrder);
        CHECK(strings(values(model, Model::ScoreRole))
            == w.column(QStringLiteral("SELECT s.score ") + rows + QStringLiteral("s.score DESC")));
        // Descending rank is worst first.
        model.sort(Model::RankColumn, Qt::DescendingOrder);
        CHECK(strings(values(model, Model::ScoreRole)) == w.column(QStringLiteral("SELECT s.score ") + rows + QStringLiteral("s.score")));
    }
    SECTION("by login, both ways, case-insensitively")
    {
        w.exec(QStringLiteral("UPDATE github_users SET login = 'ZZtop' WHERE id = 7"));
        model.sort(Model::PersonColumn, Qt::AscendingOrder);
        const QStringList ascending = w.column(QStringLiteral("SELECT u.login ") + rows + QStringLiteral("lower(u.login)"));
        CHECK(strings(values(model, Model::LoginRole)) == ascending);
        CHECK(ascending.last() == QStringLiteral("ZZtop"));
        model.sort(Model::PersonColumn, Qt::DescendingOrder);
        CHECK(strings(values(model, Model::LoginRole))
            == w.column(QStringLiteral("SELECT u.login ") + rows + QStringLiteral("lower(u.login) DESC")));
    }
    SECTION("by last activity, both ways")
    {
        auto dates = [&](const QStringList &iso) {
            QList<QDateTime> out;
            for (const QString &s : iso)
                out.append(QDateTime::fromString(s, Qt::ISODate));
            return out;
        };
        auto shownDates = [&] {
            QList<QDateTime> out;
            fetchAll(model);
            for (int row = 0; row < model.rowCount(); ++row) {
                const qint64 id = model.userIdAt(row);
                out.append(QDateTime::fromString(
                    w.column(QStringLiteral("SELECT last_active FROM candidate_scores WHERE user_id = %1").arg(id)).value(0), Qt::ISODate));
            }
            return out;
        };
        model.sort(Model::LastActiveColumn, Qt::AscendingOrder);
        CHECK(shownDates() == dates(w.column(QStringLiteral("SELECT s.last_active ") + rows + QStringLiteral("s.last_active"))));
        model.sort(Model::LastActiveColumn, Qt::DescendingOrder);
        CHECK(shownDates() == dates(w.column(QStringLiteral("SELECT s.last_active ") + rows + QStringLiteral("s.last_active DESC"))));
        CHECK(model.index(0, Model::LastActiveColumn).data().toDate() <= Today);
    }
    SECTION("by stage, location, company and next action: blanks last, every column")
    {
        model.sort(Model::StageColumn, Qt::DescendingOrder);
        CHECK(model.index(0, Model::StageColumn).data().toString() == QStringLiteral("Contacted"));
        model.sort(Model::CompanyColumn, Qt::AscendingOrder);
        CHECK(model.index(0, Model::CompanyColumn).data().toString() == QStringLiteral("AMD"));
        fetchAll(model);
        CHECK(model.index(model.rowCount() - 1, Model::CompanyColumn).data().toString().isEmpty());
        model.sort(Model::LocationColumn, Qt::DescendingOrder);
        CHECK(model.index(0, Model::LocationColumn).data().toString() == QStringLiteral("UK (GB)"));
        model.sort(Model::NextActionColumn, Qt::AscendingOrder);
        CHECK(model.index(0, Model::NextActionColumn).data().toDate() == QDate(2026, 10, 20));
        model.sort(Model::NextActionColumn, Qt::DescendingOrder);
        CHECK(model.index(0, Model::NextActionColumn).data().toDate() == QDate(2026, 11, 2));
        fetchAll(model);
        CHECK_FALSE(model.index(model.rowCount() - 1, Model::NextActionColumn).data().isValid());
        for (int column = 0; column < Model::ColumnCount; ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                INFO("column " << column << " order " << int(order));
                model.sort(column, order);
                REQUIRE(model.lastError().isEmpty());
                const int count = countOf(model);
                CHECK(shown(model).size() == count);
            }
        }
    }
}

TEST_CASE("candidate table filters narrow to exactly the matching people", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    auto f = w.filter();
    const QString visible = QStringLiteral("p.excluded IS NULL AND ");
    const QSet<qint64> everyone = w.ids(QStringLiteral("p.excluded IS NULL"));
    auto check = [&](const QSet<qint64> &expected) {
        model.setFilter(f);
        REQUIRE(model.lastError().isEmpty());
        CHECK(countOf(model) == expected.size());
        CHECK(shown(model) == expected);
    };

    SECTION("stage: people without an entry are Sourced; other requisitions do not count")
    {
        f.stageIds = { 1 };
        const QSet<qint64> sourced = w.ids(visible + QStringLiteral("e.user_id IS NULL"));
        CHECK(sourced.contains(40));
        check(sourced);
        f.stageIds = { 2, 3 };
        check(w.ids(visible + QStringLiteral("e.user_id IS NOT NULL")).intersect(range(10, 29)));
        CHECK(w.ids(QStringLiteral("1")).contains(range(10, 29)));
        CHECK(countOf(model) == 20);
        f.stageIds = { 5 };
        check({});
    }
    SECTION("due: a next action on or before today")
    {
        f.dueOnly = true;
        check(range(20, 24));
        f.today = QDate(2026, 11, 2);
        check(range(20, 29));
        f.stageIds = { 2 };
        check({});
    }
    SECTION("due, measured against the current date when none is given")
    {
        w.exec(QStringLiteral("UPDATE pipeline_entries SET next_action_at = '2999-01-01' WHERE user_id BETWEEN 20 AND 29"));
        w.exec(QStringLiteral("UPDATE pipeline_entries SET next_action_at = '2001-01-01T09:00:00Z' WHERE user_id = 25"));
        f.today = {};
        f.dueOnly = true;
        check({ 25 });
    }
    SECTION("has reviewed")
    {
        f.hasReviewed = true;
        const QSet<qint64> reviewers = w.ids(visible + QStringLiteral("s.reviews + s.review_comments > 0"));
        CHECK_FALSE(reviewers.intersects(range(500, 509)));
        CHECK(everyone.intersects(range(500, 509)));
        check(reviewers);
    }
    SECTION("minimum score")
    {
        const QStringList scores = w.column(QStringLiteral("SELECT score FROM candidate_scores ORDER BY score DESC"));
        f.minScore = scores.at(scores.size() / 3).toDouble();
        const QSet<qint64> expected = w.ids(visible + QStringLiteral("s.score >= %1").arg(scores.at(scores.size() / 3)));
        CHECK(expected.size() < everyone.size());
        check(expected);
    }
    SECTION("active within some months of today")
    {
        f.activeWithinMonths = 6;
        QSet<qint64> expected;
        QSqlQuery q(w.db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT user_id, last_active FROM candidate_scores")));
        while (q.next()) {
            if (QDateTime::fromString(q.value(1).toString(), Qt::ISODate) >= QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::UTC))
                expected.insert(q.value(0).toLongLong());
        }
        expected.intersect(everyone);
        CHECK(expected.size() < everyone.size());
        check(expected);
    }
    SECTION("region and country, case-insensitively")
    {
        f.regions = { QStringLiteral("eu") };
        check(range(31, 60).intersect(everyone));
        f.regions = { QStringLiteral("EU"), QStringLiteral("uk") };
        check(range(1, 60).intersect(everyone));
        f.regions.clear();
        f.countries = { QStringLiteral("gb") };
        check(range(1, 30).intersect(everyone));
    }
    SECTION("company include and exclude; no company is kept by an exclude")
    {
        f.companies = { QStringLiteral("nvidia") };
        check(range(1, 30).intersect(everyone));
        f.companies = { QStringLiteral("NVIDIA"), QStringLiteral("amd") };
        check(range(1, 60).intersect(everyone));
        f.companies.clear();
        f.notCompanies = { QStringLiteral("Nvidia") };
        check(everyone - range(1, 30));
        CHECK(model.rowOfUser(100) >= 0);
    }
    SECTION("reachable only")
    {
        f.reachableOnly = true;
        const QSet<qint64> reachable = w.ids(visible + QStringLiteral("p.reachable = 1"));
        CHECK(reachable.contains(range(1, 45).intersect(everyone)));
        CHECK_FALSE(reachable.intersects(range(46, 60)));
        check(reachable);
    }
    SECTION("excluded people are hidden unless asked for, and say why")
    {
        check(everyone);
        CHECK_FALSE(everyone.contains(61));
        f.includeExcluded = true;
        const QSet<qint64> all = w.ids(QStringLiteral("1"));
        CHECK(all == (everyone | QSet<qint64> { 61, 62 }));
        check(all);
        const int row = model.rowOfUser(61);
        REQUIRE(row >= 0);
        CHECK(model.index(row, Model::RankColumn).data(Model::ExcludedRole).toString() == QStringLiteral("own staff (login)"));
        CHECK(model.index(row, Model::PersonColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("own staff")));
        CHECK(model.index(model.rowOfUser(1), Model::PersonColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }
    SECTION("filters combine")
    {
        f.companies = { QStringLiteral("nvidia") };
        f.stageIds = { 3 };
        f.dueOnly = true;
        check(range(20, 24).intersect(everyone));
    }
}

TEST_CASE("candidate table search finds people by notes, PR titles and logins", "[itemmodels][candidates][search]")
{
    Pipeline w;
    Model model(w.db);
    // Two plans, the same answers: from the matches (a rare search) or by
    // walking the table in order (a common one).
    SECTION("read from the matches")
    {
        REQUIRE(model.rareSearchLimit() > 100);
    }
    SECTION("walking the sorted table")
    {
        model.setRareSearchLimit(0);
    }
    // Before people's documents are rebuilt, search reads single items.
    SECTION("items, while people's documents wait")
    {
        model.setPersonSearchRefreshLimit(0);
        w.exec(QStringLiteral(
            "INSERT INTO search_people_dirty SELECT id FROM github_users WHERE id NOT IN (SELECT user_id FROM search_people_dirty)"));
    }
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    auto f = w.filter();
    auto search = [&](const QString &words) {
        f.search = words;
        model.setFilter(f);
        INFO(words.toStdString());
        REQUIRE(model.lastError().isEmpty());
        return shown(model);
    };
    const QSet<qint64> everyone = w.ids(QStringLiteral("p.excluded IS NULL"));
    REQUIRE(everyone.contains(QSet<qint64> { 12, 77, 88 }));

    CHECK(search(QStringLiteral("meetup")) == QSet<qint64> { 77 });
    CHECK(search(QStringLiteral("  Triton   MEETUP ")) == QSet<qint64> { 77 });
    CHECK(search(QStringLiteral("flashatt")) == QSet<qint64> { 77 }); // the last word is a prefix
    CHECK(search(QStringLiteral("warpspecialized gemm")) == QSet<qint64> { 88 });
    CHECK(search(QStringLiteral("lovelace")) == QSet<qint64> { 1 });
    CHECK(search(QStringLiteral("user12"))
        == w.ids(QStringLiteral("p.excluded IS NULL AND s.user_id IN "
                                "(SELECT id FROM github_users WHERE login LIKE 'user12%')")));
    CHECK(search(QStringLiteral("user12")).contains(QSet<qint64> { 12, 120, 129 }));
    CHECK(search(QStringLiteral("bank conflicts"))
        == w.ids(QStringLiteral("p.excluded IS NULL AND s.user_id IN (SELECT user_id FROM review_comments)")));
    CHECK(search(QStringLiteral("meetup nobodywrotethis")).isEmpty());
    CHECK(search(QStringLiteral("   ")) == everyone); // blank: no search

    // Search is one more filter: it respects the others.
    f.stageIds = { 2 };
    CHECK(search(QStringLiteral("meetup")).isEmpty());
    f.stageIds.clear();

    // User input is never FTS5 syntax, and never SQL.
    for (const char *hostile : { "\"", "*", "NEAR(", "AND OR", "')--", "user1\" OR \"user2", "-user1", "body:user1", "^user1",
             "user1 NOT user2", "(", "\"\"\"", "'; DROP TABLE notes; --", "NEAR(user1 user2, 2)" }) {
        const QSet<qint64> found = search(QString::fromUtf8(hostile));
        INFO(hostile);
        CHECK(found.size() < everyone.size());
    }
    CHECK(search(QStringLiteral("\"")).isEmpty());
    CHECK(search(QStringLiteral("*")).isEmpty());
    CHECK(search(QStringLiteral("')--")).isEmpty());
    CHECK(search(QStringLiteral("AND OR")).isEmpty());
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM notes")) == 1);
}

TEST_CASE("candidate table shows each column and role a sourcer relies on", "[itemmodels][candidates]")
{
    Pipeline w;
    w.exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, next_action_at, updated_at) "
                          "VALUES (%1, 1, 2, '2026-11-05T09:30:00Z', 'x')")
            .arg(w.req));
    Model model(w.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    auto f = w.filter();
    f.search = QStringLiteral("user1");
    f.companies = { QStringLiteral("nvidia") };
    model.setFilter(f);
    REQUIRE(model.lastError().isEmpty());
    const int row = model.rowOfUser(1);
    REQUIRE(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    CHECK(model.columnCount() == Model::ColumnCount);
    CHECK(cell(Model::PersonColumn).toString() == QStringLiteral("Ada Lovelace (user1)"));
    CHECK(cell(Model::RankColumn).toInt() == w.scalar(QStringLiteral("SELECT rank FROM candidate_scores WHERE user_id = 1")));
    const double score = cell(Model::ScoreColumn, Model::ScoreRole).toDouble();
    CHECK(score > 0);
    CHECK(cell(Model::ScoreColumn).toString() == QString::number(score, 'f', 1));
    CHECK(cell(Model::SignalsColumn).toString() == QStringLiteral("smem.bank_conflict, tc.mma"));
    CHECK(cell(Model::WorksOnColumn).toString()
        == w.column(QStringLiteral("SELECT works_on FROM candidate_scores WHERE user_id = 1")).value(0));
    CHECK(cell(Model::LastActiveColumn).toDate()
        == QDateTime::fromString(
            w.column(QStringLiteral("SELECT last_active FROM candidate_scores WHERE user_id = 1")).value(0), Qt::ISODate)
            .date());
    CHECK(cell(Model::LocationColumn).toString() == QStringLiteral("UK (GB)"));
    CHECK(cell(Model::CompanyColumn).toString() == QStringLiteral("NVIDIA"));
    CHECK(cell(Model::StageColumn).toString() == QStringLiteral("Shortlisted"));
    CHECK(cell(Model::NextActionColumn).toDate() == QDate(2026, 11, 5));
    CHECK(cell(Model::PersonColumn, Qt::ToolTipRole).toString().isEmpty());

    // Roles answer on any column.
    CHECK(cell(Model::CompanyColumn, Model::UserIdRole).toLongLong() == 1);
    CHECK(cell(Model::CompanyColumn, Model::LoginRole).toString() == QStringLiteral("user1"));
    CHECK(cell(Model::CompanyColumn, Model::NameRole).toString() == QStringLiteral("Ada Lovelace"));
    CHECK(cell(Model::RankColumn, Model::ScoreRole).toDouble() == score);
    CHECK(cell(Model::RankColumn, Model::StageIdRole).toLongLong() == 2);
    CHECK(cell(Model::RankColumn, Model::StageRoleRole).toString() == QStringLiteral("shortlisted"));
    CHECK(cell(Model::RankColumn, Model::ExcludedRole).toString().isEmpty());
    CHECK(cell(Model::RankColumn, Model::ReachableRole).toBool());
    CHECK(cell(Model::RankColumn, Model::TopSignalsRole).toStringList()
        == (QStringList { QStringLiteral("smem.bank_conflict"), QStringLiteral("tc.mma") }));
    CHECK(cell(Model::RankColumn, Model::NextActionRole).toDate() == QDate(2026, 11, 5));
    CHECK(model.roleNames().value(Model::StageRoleRole) == QByteArrayLiteral("stageRole"));

    // Someone with no entry, name or profile.
    f = w.filter();
    f.search = QStringLiteral("user100");
    model.setFilter(f);
    const int plain = model.rowOfUser(100);
    REQUIRE(plain >= 0);
    CHECK(model.index(plain, Model::PersonColumn).data().toString() == QStringLiteral("user100"));
    CHECK(model.index(plain, Model::StageColumn).data().toString() == QStringLiteral("Sourced"));
    CHECK(model.index(plain, 0).data(Model::StageIdRole).toLongLong() == 1);
    CHECK(model.index(plain, 0).data(Model::StageRoleRole).toString() == QStringLiteral("sourced"));
    CHECK(model.index(plain, Model::LocationColumn).data().toString().isEmpty());
    CHECK_FALSE(model.index(plain, Model::NextActionColumn).data().isValid());
    CHECK_FALSE(model.index(plain, 0).data(Model::NextActionRole).toDate().isValid());
    CHECK_FALSE(model.index(plain, 0).data(Model::ReachableRole).toBool());
    CHECK(model.index(plain, 0).data(Model::TopSignalsRole).toStringList().isEmpty());

    const QStringList titles { QStringLiteral("Rank"), QStringLiteral("Person"), QStringLiteral("Score"), QStringLiteral("Top signals"),
        QStringLiteral("Works on"), QStringLiteral("Last active"), QStringLiteral("Location"), QStringLiteral("Company"),
        QStringLiteral("Stage"), QStringLiteral("Next action") };
    for (int column = 0; column < Model::ColumnCount; ++column)
        CHECK(model.headerData(column, Qt::Horizontal).toString() == titles.at(column));
}

TEST_CASE("candidate table refresh shows a changed stage and keeps sort and filter", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    auto f = w.filter();
    f.companies = { QStringLiteral("nvidia") };
    model.setFilter(f);
    model.sort(Model::PersonColumn, Qt::DescendingOrder);
    const int before = countOf(model);
    REQUIRE(model.rowOfUser(10) >= 0);
    CHECK(model.index(model.rowOfUser(10), Model::StageColumn).data().toString() == QStringLiteral("Shortlisted"));

    w.exec(QStringLiteral("UPDATE pipeline_entries SET stage_id = 5 WHERE requisition_id = %1 AND user_id = 10").arg(w.req));
    w.exec(QStringLiteral("INSERT INTO pipeline_entries(requisition_id, user_id, stage_id, updated_at) VALUES (%1, 5, 8, 'x')").arg(w.req));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    CHECK(reset.size() == 1);
    REQUIRE(model.lastError().isEmpty());
    CHECK(countOf(model) == before);
    const int row = model.rowOfUser(10);
    REQUIRE(row >= 0);
    CHECK(model.index(row, Model::StageColumn).data().toString() == QStringLiteral("Interviewing"));
    CHECK(model.index(row, 0).data(Model::StageRoleRole).toString() == QStringLiteral("interviewing"));
    REQUIRE(model.rowOfUser(5) >= 0);
    CHECK(model.index(model.rowOfUser(5), Model::StageColumn).data().toString() == QStringLiteral("Not a fit"));
    CHECK(model.index(0, 0).data(Model::LoginRole).toString() == QStringLiteral("user9")); // still by login, descending

    f.stageIds = { 5 };
    model.setFilter(f);
    CHECK(shown(model) == QSet<qint64> { 10 });
}

TEST_CASE("candidate table survives SQL errors and holds no read transaction", "[itemmodels][candidates]")
{
    Pipeline w;
    Model model(w.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    model.setFilter(w.filter());
    REQUIRE(model.rowCount() > 0);
    REQUIRE(model.canFetchMore({}));

    SECTION("between pages, another connection can write and checkpoint the whole WAL")
    {
        store::Database other;
        REQUIRE(other.open(w.tmp.path()).ok());
        other.setBusyTimeout(50);
        auto checkpointBlocked = [&] {
            QSqlQuery q(other.connection());
            REQUIRE(q.exec(QStringLiteral("UPDATE github_users SET bio = 'x' WHERE id = 1")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            REQUIRE(q.next());
            return q.value(0).toInt() != 0;
        };
        {
            // The probe works: a statement left mid-read blocks it.
            QSqlQuery held(w.db.connection());
            REQUIRE(held.exec(QStringLiteral("SELECT id FROM github_users")));
            REQUIRE(held.next());
            CHECK(checkpointBlocked());
        }
        CHECK_FALSE(checkpointBlocked());
        model.fetchMore({});
        CHECK_FALSE(checkpointBlocked());
        model.sort(Model::ScoreColumn);
        CHECK_FALSE(checkpointBlocked());
    }
    SECTION("an SQL error empties the model and says why")
    {
        QSignalSpy totals(&model, &Model::totalCountChanged);
        w.exec(QStringLiteral("ALTER TABLE person_profiles RENAME TO person_profiles_gone"));
        model.refresh();
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.lastError().contains(QStringLiteral("person_profiles")));
        REQUIRE(totals.size() == 1);
        CHECK(totals.at(0).at(0).toInt() == 0);

        w.exec(QStringLiteral("ALTER TABLE person_profiles_gone RENAME TO person_profiles"));
        model.refresh();
        CHECK(model.lastError().isEmpty());
        CHECK(countOf(model) > 0);
    }
    SECTION("a closed workspace is an error, not a crash")
    {
        store::Database closed;
        Model orphan(closed);
        Tester orphanTester(&orphan, Tester::FailureReportingMode::Fatal);
        orphan.setFilter(w.filter());
        CHECK_FALSE(orphan.lastError().isEmpty());
        CHECK(orphan.rowCount() == 0);
        CHECK_FALSE(orphan.canFetchMore({}));
    }
    SECTION("an unknown requisition has no one")
    {
        auto f = w.filter();
        f.requisitionId = 999;
        model.setFilter(f);
        CHECK(model.lastError().isEmpty());
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
    }
}

TEST_CASE("candidate table shows an avatar of the asked size beside every person", "[itemmodels][candidates][avatars]")
{
    Pipeline p;
    TempWorkspace cacheDir;
    people::AvatarCache avatars(cacheDir.dir());
    avatars.setOffline(true); // nothing here may reach the internet
    Model model(p.db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setAvatarCache(&avatars, 18);
    model.setFilter(p.filter());
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() > Model::PageSize);
    const qreal ratio = qGuiApp->devicePixelRatio();
    const QSize device(qRound(18 * ratio), qRound(18 * ratio));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant decoration = model.index(row, Model::PersonColumn).data(Qt::DecorationRole);
        REQUIRE(decoration.typeId() == QMetaType::QImage);
        const QImage image = decoration.value<QImage>();
        INFO("row " << row);
        REQUIRE(image.size() == device);
        REQUIRE(image.deviceIndependentSize().toSize() == QSize(18, 18));
    }
    // Only the Person column has one.
    CHECK_FALSE(model.index(0, Model::ScoreColumn).data(Qt::DecorationRole).isValid());
    // Without a cache, no decoration (and nothing rendered).
    model.setAvatarCache(nullptr);
    CHECK_FALSE(model.index(0, Model::PersonColumn).data(Qt::DecorationRole).isValid());
}

TEST_CASE("candidate table repaints a person's row when their avatar arrives, and only a fetched row", "[itemmodels][candidates][avatars]")
{
    Pipeline p;
    TempWorkspace cacheDir;
    people::AvatarCache avatars(cacheDir.dir());
    avatars.setOffline(true);
    Model model(p.db);
    // No model tester here: it fetches every page, and this test needs one unfetched.
    model.setAvatarCache(&avatars);
    model.setFilter(p.filter());
    // A cached picture on disk for the third person, under the URL the store
    // holds, so it is read from disk (on a worker thread) and never fetched.
    const qint64 user = model.userIdAt(2);
    const QString url = QStringLiteral("http://127.0.0.1:9/avatars/%1.png").arg(user);
    p.exec(QStringLiteral("UPDATE github_users SET avatar_url = '%1' WHERE id = %2").arg(url).arg(user));
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(Qt::red);
    red.setText(QStringLiteral("Source"), url);
    REQUIRE(QDir().mkpath(cacheDir.dir()));
    REQUIRE(red.save(avatars.filePath(user), "PNG"));
    model.refresh();
    const int row = model.rowOfUser(user);
    REQUIRE(row == 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = model.index(row, Model::PersonColumn);
    const QImage first = cell.data(Qt::DecorationRole).value<QImage>(); // initials, and a disk read starts
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }));
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).toModelIndex() == cell);
    CHECK(changed.first().at(1).toModelIndex() == cell);
    CHECK(changed.first().at(2).value<QList<int>>() == QList<int> { Qt::DecorationRole });
    const QImage now = cell.data(Qt::DecorationRole).value<QImage>();
    CHECK(now != first);
    const QColor centre = now.pixelColor(now.width() / 2, now.height() / 2);
    CHECK(centre.red() > 200);
    CHECK(centre.green() < 50);

    // A person beyond the fetched page: nothing to repaint yet.
    changed.clear();
    const auto beyond = p.column(
        QStringLiteral("SELECT user_id FROM candidate_scores WHERE layer_id = %1 ORDER BY score, user_id DESC LIMIT 1").arg(p.layer.id));
    REQUIRE(model.canFetchMore({}));
    REQUIRE(model.rowOfUser(beyond.first().toLongLong()) < 0);
    Q_EMIT avatars.avatarChanged(beyond.first().toLongLong());
    CHECK(changed.isEmpty());
    Q_EMIT avatars.avatarChanged(model.userIdAt(3));
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).toModelIndex() == model.index(3, Model::PersonColumn));
}

TEST_CASE("candidate table counts the due next actions of its requisition", "[itemmodels][candidates]")
{
    Pipeline p;
    Model model(p.db);
    model.setFilter(p.filter());
    // user20..24 are due on or before Today (user24 today); 25..29 tomorrow.
    const auto due = model.dueCount();
    REQUIRE(due.ok());
    CHECK(due.value() == 5);
    itemmodels::PipelineFilter f = p.filter();
    f.today = Today.addDays(1);
    model.setFilter(f);
    CHECK(model.dueCount().value() == 10);
    // The count ignores other filters but not the requisition.
    f.search = QStringLiteral("nobody-matches-this");
    model.setFilter(f);
    CHECK(model.dueCount().value() == 10);
}
