// SPDX-License-Identifier: MIT
// Re-ranking after a sync re-derives only what changed; it must end exactly
// where ranking the same data from scratch ends.
#include "scoring/contributionindex.h"
#include "scoring/ranker.h"
#include "store/layerstore.h"
#include "support/layerfixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

const QDateTime Now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);

struct Workspace : test::LayerFixture
{
    Workspace()
        : LayerFixture(QStringLiteral("kernels/src"),
              { { QStringLiteral("activity.recent_paths"), 1.0 }, { QStringLiteral("signal.memory_hierarchy"), 1.0 } })
    { }

    void fill(qint64 firstId, unsigned seed)
    {
        test::Crowd crowd;
        crowd.people = 80;
        crowd.pulls = 300;
        crowd.comments = 400;
        crowd.reviews = 200;
        crowd.commits = 300;
        crowd.firstId = firstId;
        crowd.seed = seed;
        crowd.now = Now;
        LayerFixture::fill(crowd);
    }

    // Everything a ranking stores, in a stable order (computed_at aside).
    QStringList snapshot()
    {
        QStringList rows;
        for (const QString &sql : {
                 QStringLiteral(
                     "SELECT user_id, rank, printf('%.9f', score), parts, works_on, last_active, first_contribution, commits, pulls, "
                     "reviews, review_comments, top_signals, top_evidence_url, as_of FROM candidate_scores ORDER BY layer_id, user_id"),
                 QStringLiteral(
                     "SELECT user_id, part, printf('%.9f', points), label, url, filename, line, signal_id, happened_at FROM score_evidence "
                     "ORDER BY layer_id, user_id, part, url, label, line"),
                 QStringLiteral(
                     "SELECT user_id, kind, place, tag, repo_id, item, unit, printf('%.9f', at), value, extra FROM layer_contributions "
                     "ORDER BY layer_id, user_id, kind, place, tag, repo_id, item"),
             }) {
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(sql));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }
};

} // namespace

TEST_CASE("re-ranking after changes ends where ranking from scratch ends", "[scoring][contributions]")
{
    Workspace w;
    w.fill(1, 42);
    scoring::Ranker ranker(w.db);
    ranker.setNow(Now);
    ranker.setEvidenceDepth(30);
    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK(ranker.lastRefresh().rebuilt);
    CHECK(ranker.lastScoredEveryone());

    // What a sync and a scan do between two rankings: new work, changed
    // PRs, removed reviews, comments that moved out of the mapped paths, a
    // new machine account, a renamed person, signals found, and the merger
    // of some PRs appearing as a user only now.
    w.fill(100000, 7);
    w.exec(QStringLiteral("UPDATE pull_requests SET landed = 0 WHERE id % 7 = 0"));
    w.exec(QStringLiteral("UPDATE pull_requests SET author_id = 5 WHERE id % 13 = 0"));
    w.exec(QStringLiteral("UPDATE pull_requests SET merged_by_login = 'Latecomer' WHERE id % 17 = 0"));
    w.exec(QStringLiteral("DELETE FROM pr_reviews WHERE id % 5 = 0"));
    w.exec(QStringLiteral("UPDATE review_comments SET path = 'docs/guide.md' WHERE id % 11 = 0"));
    w.exec(QStringLiteral("UPDATE commits SET pr_number = NULL WHERE author_id = 9"));
    w.exec(QStringLiteral("UPDATE github_users SET is_machine = 1 WHERE id = 3"));
    w.exec(QStringLiteral("UPDATE github_users SET name = 'Ada Renamed' WHERE id = 4"));
    w.exec(QStringLiteral("INSERT INTO github_users(id, login, type, seen_at) VALUES (9999, 'latecomer', 'User', '2026-01-01')"));
    w.exec(QStringLiteral(
        "INSERT INTO signal_hits(source_kind, pr_id, filename, line, col, length, signal_id, category, anti, weight, user_id) "
        "SELECT 'pr_file', p.id, f.filename, 3, 1, 10, 'cuda.shared_staging', 'memory_hierarchy', 0, 2.0, p.author_id "
        "FROM pull_requests p JOIN pr_files f ON f.pr_id = p.id WHERE p.id % 3 = 0"));
    w.exec(QStringLiteral("DELETE FROM signal_hits WHERE pr_id % 9 = 0"));

    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK_FALSE(ranker.lastRefresh().rebuilt);
    CHECK(ranker.lastRefresh().units > 300);
    CHECK_FALSE(ranker.lastScoredEveryone());
    const QStringList incremental = w.snapshot();

    REQUIRE(scoring::ContributionIndex(w.db).invalidate(w.layer.id).ok());
    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK(ranker.lastRefresh().rebuilt);
    CHECK(ranker.lastScoredEveryone());
    const QStringList scratch = w.snapshot();

    REQUIRE(incremental.size() == scratch.size());
    for (qsizetype i = 0; i < scratch.size(); ++i) {
        INFO("row " << i);
        REQUIRE(incremental[i] == scratch[i]);
    }
    // The changes mattered: the machine is gone, the late user ranks for merges.
    QSqlQuery q(w.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM candidate_scores WHERE user_id = 3")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT parts FROM candidate_scores WHERE user_id = 9999")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("maintainership")));
}

TEST_CASE("the same day re-scores only the people a sync touched; a new day or new weights re-score everyone", "[scoring][contributions]")
{
    Workspace w;
    w.fill(1, 42);
    scoring::Ranker ranker(w.db);
    ranker.setNow(Now);
    REQUIRE(ranker.rankLayer(w.layer).ok());
    const QStringList first = w.snapshot();

    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK_FALSE(ranker.lastScoredEveryone());
    CHECK(ranker.lastRefresh().units == 0);
    CHECK(w.snapshot() == first);

    ranker.setNow(Now.addDays(1));
    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK(ranker.lastScoredEveryone());
    CHECK(w.snapshot() != first);

    w.layer.weights.insert(QStringLiteral("activity.code_review"), 3.0);
    REQUIRE(ranker.rankLayer(w.layer).ok());
    CHECK(ranker.lastScoredEveryone());
}

TEST_CASE("a changed repository map rebuilds the layer's contributions", "[scoring][contributions]")
{
    Workspace w;
    w.fill(1, 42);
    scoring::Ranker ranker(w.db);
    ranker.setNow(Now);
    REQUIRE(ranker.rankLayer(w.layer).ok());
    QSqlQuery q(w.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM layer_contributions WHERE kind = 1 AND place LIKE 'kernels/src/attn%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);

    // Narrow the layer to the GEMM folder: attention work no longer counts.
    w.layer.repos[0].pathPrefixes = { QStringLiteral("kernels/src/gemm") };
    store::LayerStore layers(w.db);
    REQUIRE(layers.save(w.layer).ok());
    const auto ranked = ranker.rankLayer(w.layer);
    INFO(ranked.error().toStdString());
    REQUIRE(ranked.ok());
    CHECK(ranker.lastRefresh().rebuilt);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(place LIKE 'kernels/src/gemm%') FROM layer_contributions WHERE kind = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    CHECK(q.value(0).toInt() == q.value(1).toInt());
}
