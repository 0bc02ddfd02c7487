// SPDX-License-Identifier: MIT
// Benchmark: ranking a large workspace.
//
//   bench_ranking [--smoke]
//
// 100,000 people with 2,000,000 contributions (500,000 PRs with their files,
// 700,000 review comments, 300,000 reviews, 500,000 commits; --smoke: 1,000
// people, 20,000 contributions) in one layer's mapped paths. Prints the time
// to rank everyone (Ranker::rankLayer: scoring, works-on lines, storing the
// scores and the evidence of the top 200): target <= 2 s; and the ratio
// against one plain SQL aggregation over the same rows, same run.
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <random>

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
    if (!db.open(dir.filePath(QStringLiteral("rank.sqlite"))).ok())
        return 1;
    RoleLayer layer;
    layer.slug = QStringLiteral("kernel");
    layer.name = QStringLiteral("Kernel");
    layer.repos = {{QStringLiteral("acme"), QStringLiteral("gpu"), {QStringLiteral("kernels")}}};
    layer.weights = {{QStringLiteral("activity.recent_paths"), 1.0}, {QStringLiteral("activity.code_review"), 0.8},
                     {QStringLiteral("signal.memory_hierarchy"), 1.0}};
    store::LayerStore layers(db);
    if (!layers.save(layer).ok())
        return 1;
    layer = layers.find(QStringLiteral("kernel")).value();

    QElapsedTimer setup;
    setup.start();
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    std::mt19937 rng(42);
    auto person = [&] { return qint64(1 + rng() % people); };
    auto when = [&] { return now.addSecs(-qint64(rng() % (730 * 86400))).toString(Qt::ISODate); };
    const Status filled = db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM repos"));
        q.next();
        const qint64 repo = q.value(0).toLongLong();
        q.prepare(QStringLiteral("INSERT INTO github_users(id, login, type, seen_at) VALUES (?, ?, 'User', '2026-01-01')"));
        for (int i = 1; i <= people; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral("user%1").arg(i));
            q.exec();
        }
        QSqlQuery pr(db.connection()), file(db.connection());
        pr.prepare(QStringLiteral("INSERT INTO pull_requests(id, repo_id, number, title, state, author_id, merged_at, landed, relevant, "
                                  "html_url, source_url, fetched_at) VALUES (?, ?, ?, 'Change', 'closed', ?, ?, 1, 1, ?, 'x', 'x')"));
        file.prepare(QStringLiteral("INSERT INTO pr_files(pr_id, filename, additions, deletions, source_url, fetched_at) VALUES (?, ?, ?, 1, 'x', 'x')"));
        static const char *folders[] = {"kernels/src/attn", "kernels/src/gemm", "kernels/src/norm", "kernels/docs", "kernels/tests"};
        for (int i = 1; i <= pulls; ++i) {
            pr.bindValue(0, i);
            pr.bindValue(1, repo);
            pr.bindValue(2, i);
            pr.bindValue(3, person());
            pr.bindValue(4, when());
            pr.bindValue(5, QStringLiteral("https://github.com/acme/gpu/pull/%1").arg(i));
            pr.exec();
            file.bindValue(0, i);
            file.bindValue(1, QStringLiteral("%1/f%2.cu").arg(QLatin1String(folders[rng() % 5])).arg(i));
            file.bindValue(2, int(rng() % 400));
            file.exec();
        }
        q.prepare(QStringLiteral("INSERT INTO review_comments(id, repo_id, pr_number, user_id, path, body, created_at, html_url, source_url, fetched_at) "
                                 "VALUES (?, ?, ?, ?, 'kernels/src/gemm/f.cu', 'Consider padding to avoid bank conflicts', ?, 'u', 'x', 'x')"));
        for (int i = 1; i <= comments; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, repo);
            q.bindValue(2, 1 + int(rng() % pulls));
            q.bindValue(3, person());
            q.bindValue(4, when());
            q.exec();
        }
        q.prepare(QStringLiteral("INSERT INTO pr_reviews(id, pr_id, reviewer_id, state, submitted_at, source_url, fetched_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')"));
        for (int i = 1; i <= reviews; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, 1 + int(rng() % pulls));
            q.bindValue(2, person());
            q.bindValue(3, rng() % 2 ? QStringLiteral("APPROVED") : QStringLiteral("COMMENTED"));
            q.bindValue(4, when());
            q.exec();
        }
        QSqlQuery prefix(db.connection());
        q.prepare(QStringLiteral("INSERT INTO commits(repo_id, sha, author_id, committed_at, message, source_url, fetched_at) VALUES (?, ?, ?, ?, 'm', 'x', 'x')"));
        prefix.prepare(QStringLiteral("INSERT INTO commit_prefixes(repo_id, sha, prefix) VALUES (?, ?, 'kernels')"));
        for (int i = 1; i <= commits; ++i) {
            const QString sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
            q.bindValue(0, repo);
            q.bindValue(1, sha);
            q.bindValue(2, person());
            q.bindValue(3, when());
            q.exec();
            prefix.bindValue(0, repo);
            prefix.bindValue(1, sha);
            prefix.exec();
        }
        return {};
    });
    if (!filled)
        return 1;
    const int contributions = pulls + comments + reviews + commits;
    out << "bench_ranking (" << (smoke ? "smoke" : "full") << "): " << people << " people, " << contributions
        << " contributions (built in " << setup.elapsed() / 1000.0 << " s)\n";

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
    t.restart();
    const auto ranked = ranker.rankLayer(layer);
    const double rankMs = t.nsecsElapsed() / 1e6;
    if (!ranked) {
        out << "FAILED: " << ranked.error() << "\n";
        return 1;
    }
    out << QStringLiteral("  rank everyone: %1 people in %2 ms (target <= 2000 ms) %3 | plain SQL aggregation %4 ms (%5 groups) | ratio %6\n")
               .arg(ranked.value()).arg(rankMs, 0, 'f', 0).arg(rankMs <= 2000 ? QStringLiteral("OK") : QStringLiteral("MISSED"))
               .arg(baselineMs, 0, 'f', 0).arg(groups).arg(rankMs / baselineMs, 0, 'f', 2);
    return 0;
}
