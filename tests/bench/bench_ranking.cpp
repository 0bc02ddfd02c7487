// SPDX-License-Identifier: MIT
// Benchmark: ranking a large workspace.
//
//   bench_ranking [--smoke]
//
// 100,000 people with 2,000,000 contributions (500,000 PRs with their files,
// 700,000 review comments, 300,000 reviews, 500,000 commits; --smoke: 1,000
// people, 20,000 contributions) in one layer's mapped paths. Prints the time
// to rank everyone (Ranker::rankLayer: bringing the layer's contributions up
// to date, scoring, works-on lines, storing the scores and the evidence of
// the top 200) three ways: the first time (contributions indexed from
// scratch), after a sync that adds 1% more (target <= 2 s: what every sync
// costs), and with nothing new; each as a ratio against one plain SQL
// aggregation over the same rows, same run.
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "support/crowdedworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <optional>

using namespace ks;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const int people = smoke ? 1000 : 100000;
    const int scale = smoke ? 100 : 1; // divides the contribution counts
    const int pulls = 500000 / scale, comments = 700000 / scale, reviews = 300000 / scale, commits = 500000 / scale;
    QTextStream out(stdout);
    QTemporaryDir dir;
    store::Database db;
    db.setChangePollInterval(0);
    // KS_BENCH_KEEP=PATH keeps the workspace for a look with sqlite3.
    const QString path = qEnvironmentVariable("KS_BENCH_KEEP", dir.filePath(QStringLiteral("rank.sqlite")));
    QFile::remove(path);
    if (!db.open(path).ok())
        return 1;
    RoleLayer layer;
    qint64 repo = 0;
    if (!test::addKernelLayer(db, QStringLiteral("kernels"), layer, repo,
            { { QStringLiteral("activity.recent_paths"), 1.0 }, { QStringLiteral("activity.code_review"), 0.8 },
                { QStringLiteral("signal.memory_hierarchy"), 1.0 } })
            .ok())
        return 1;

    QElapsedTimer setup;
    setup.start();
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    test::Crowd crowd;
    crowd.people = people;
    crowd.pulls = pulls;
    crowd.comments = comments;
    crowd.reviews = reviews;
    crowd.commits = commits;
    crowd.now = now;
    if (Status s = test::fillCrowd(db, repo, crowd); !s) {
        out << "FAILED: " << s.error() << "\n";
        return 1;
    }
    const int contributions = pulls + comments + reviews + commits;
    out << "bench_ranking (" << (smoke ? "smoke" : "full") << "): " << people << " people, " << contributions << " contributions (built in "
        << setup.elapsed() / 1000.0 << " s)\n";

    // Baseline: one plain aggregation over the same rows.
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT user_id, count(*) FROM (SELECT author_id AS user_id FROM pull_requests UNION ALL "
                          "SELECT user_id FROM review_comments UNION ALL SELECT reviewer_id FROM pr_reviews UNION ALL "
                          "SELECT author_id FROM commits) GROUP BY user_id"));
    int groups = 0;
    while (q.next())
        ++groups;
    const double baselineMs = t.nsecsElapsed() / 1e6;

    scoring::Ranker ranker(db);
    ranker.setNow(now);
    auto rank = [&](const QString &what) -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        const auto ranked = ranker.rankLayer(layer);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!ranked) {
            out << "FAILED: " << ranked.error() << "\n";
            return std::nullopt;
        }
        const auto refreshed = ranker.lastRefresh();
        out << QStringLiteral("  %1: %2 people in %3 ms (%4, %5) | ratio to plain SQL aggregation %6\n")
                   .arg(what)
                   .arg(ranked.value())
                   .arg(ms, 0, 'f', 0)
                   .arg(refreshed.rebuilt ? QStringLiteral("contributions indexed from scratch")
                                          : QStringLiteral("%1 changed units re-indexed").arg(refreshed.units))
                   .arg(ranker.lastScoredEveryone() ? QStringLiteral("everyone scored") : QStringLiteral("touched people scored"))
                   .arg(ms / baselineMs, 0, 'f', 2);
        out.flush();
        return ms;
    };
    out << QStringLiteral("  plain SQL aggregation (count per person over the raw tables): %1 ms, %2 groups\n")
               .arg(baselineMs, 0, 'f', 0)
               .arg(groups);
    // First ranking of a workspace (or after its repository map changed).
    if (!rank(QStringLiteral("first ranking")))
        return 1;
    // What every sync does: a little new work, then re-rank.
    test::Crowd more = crowd;
    more.firstId = pulls + comments + reviews + commits + 1;
    more.pulls /= 100;
    more.comments /= 100;
    more.reviews /= 100;
    more.commits /= 100;
    more.seed = 7;
    if (Status s = test::fillCrowd(db, repo, more); !s) {
        out << "FAILED: " << s.error() << "\n";
        return 1;
    }
    const auto after = rank(QStringLiteral("re-rank after a sync adding 1% more"));
    const auto unchanged = rank(QStringLiteral("re-rank, nothing new"));
    // The first ranking of a new day: recency moved for everyone.
    ranker.setNow(now.addDays(1));
    const auto nextDay = rank(QStringLiteral("next day's first re-rank"));
    if (!after || !unchanged || !nextDay)
        return 1;
    auto verdict = [](double ms) { return ms <= 2000 ? QStringLiteral("OK") : QStringLiteral("MISSED"); };
    out << QStringLiteral("  target <= 2000 ms: re-rank after a sync %1 ms %2 | re-score everyone from the index %3 ms %4\n")
               .arg(*after, 0, 'f', 0)
               .arg(verdict(*after))
               .arg(*nextDay, 0, 'f', 0)
               .arg(verdict(*nextDay));
    return 0;
}
