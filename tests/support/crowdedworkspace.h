// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <random>

namespace ks::test {

// A workspace filled straight through SQL (no sync) with many people and
// contributions in one repository whose layer maps kernels/: PRs with one
// file each (source, docs or tests), review comments, reviews, and commits
// found by the kernels/ walk. Ids continue from `firstId`, so a second call
// adds more of the same shape, as a later sync would.
struct Crowd
{
    int people = 1000;
    int pulls = 5000, comments = 7000, reviews = 3000, commits = 5000;
    qint64 firstId = 1;
    unsigned seed = 42;
    QDateTime now;

    int contributions() const { return pulls + comments + reviews + commits; }

    // The usual mix, 20 contributions a person: 5 PRs, 7 review comments,
    // 3 reviews and 5 commits each.
    static Crowd ofSize(int people, const QDateTime &now)
    {
        Crowd c;
        c.people = people;
        c.pulls = people * 5;
        c.comments = people * 7;
        c.reviews = people * 3;
        c.commits = people * 5;
        c.now = now;
        return c;
    }
};

// The workspace the crowd works in: one layer, "kernel", mapping acme/gpu at
// `prefix`. Sets the stored layer and the repository's id.
inline Status addKernelLayer(
    store::Database &db, const QString &prefix, RoleLayer &layer, qint64 &repo, const QMap<QString, double> &weights = {})
{
    layer = RoleLayer {};
    layer.slug = QStringLiteral("kernel");
    layer.name = QStringLiteral("Kernel");
    layer.repos = { { QStringLiteral("acme"), QStringLiteral("gpu"), { prefix } } };
    layer.weights = weights;
    store::LayerStore layers(db);
    if (Status s = layers.save(layer); !s)
        return s;
    const auto stored = layers.find(QStringLiteral("kernel"));
    if (!stored)
        return Status::failure(stored.error());
    layer = stored.value();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM repos WHERE owner = 'acme' AND name = 'gpu'")) || !q.next())
        return Status::failure(QStringLiteral("no repository row"));
    repo = q.value(0).toLongLong();
    return {};
}

inline Status fillCrowd(store::Database &db, qint64 repo, const Crowd &crowd)
{
    std::mt19937 rng(crowd.seed);
    auto person = [&] { return qint64(1 + rng() % crowd.people); };
    auto when = [&] { return crowd.now.addSecs(-qint64(rng() % (730 * 86400))).toString(Qt::ISODate); };
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO github_users(id, login, type, seen_at) VALUES (?, ?, 'User', '2026-01-01')"));
        for (int i = 1; i <= crowd.people; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral("user%1").arg(i));
            if (!q.exec())
                return Status::failure(store::Database::describe(q.lastError()));
        }
        QSqlQuery pr(db.connection()), file(db.connection());
        pr.prepare(
            QStringLiteral("INSERT INTO pull_requests(id, repo_id, number, title, state, author_id, merged_at, merged_by_login, landed, "
                           "relevant, html_url, source_url, fetched_at) VALUES (?, ?, ?, 'Change', 'closed', ?, ?, ?, 1, 1, ?, 'x', 'x')"));
        file.prepare(QStringLiteral(
            "INSERT INTO pr_files(pr_id, filename, additions, deletions, source_url, fetched_at) VALUES (?, ?, ?, 1, 'x', 'x')"));
        static const char *folders[] = { "kernels/src/attn", "kernels/src/gemm", "kernels/src/norm", "kernels/docs", "kernels/tests" };
        const qint64 first = crowd.firstId;
        for (qint64 i = first; i < first + crowd.pulls; ++i) {
            pr.bindValue(0, i);
            pr.bindValue(1, repo);
            pr.bindValue(2, i);
            pr.bindValue(3, person());
            pr.bindValue(4, when());
            pr.bindValue(5, QStringLiteral("user%1").arg(person()));
            pr.bindValue(6, QStringLiteral("https://github.com/acme/gpu/pull/%1").arg(i));
            file.bindValue(0, i);
            file.bindValue(1, QStringLiteral("%1/f%2.cu").arg(QLatin1String(folders[rng() % 5])).arg(i));
            file.bindValue(2, int(rng() % 400));
            if (!pr.exec() || !file.exec())
                return Status::failure(QStringLiteral("could not add PR %1").arg(i));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO review_comments(id, repo_id, pr_number, user_id, path, body, created_at, html_url, source_url, fetched_at) "
            "VALUES (?, ?, ?, ?, 'kernels/src/gemm/f.cu', 'Consider padding to avoid bank conflicts', ?, 'u', 'x', 'x')"));
        for (qint64 i = first; i < first + crowd.comments; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, repo);
            q.bindValue(2, first + qint64(rng() % crowd.pulls));
            q.bindValue(3, person());
            q.bindValue(4, when());
            if (!q.exec())
                return Status::failure(store::Database::describe(q.lastError()));
        }
        q.prepare(QStringLiteral("INSERT INTO pr_reviews(id, pr_id, reviewer_id, state, submitted_at, source_url, fetched_at) VALUES (?, "
                                 "?, ?, ?, ?, 'x', 'x')"));
        for (qint64 i = first; i < first + crowd.reviews; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, first + qint64(rng() % crowd.pulls));
            q.bindValue(2, person());
            q.bindValue(3, rng() % 2 ? QStringLiteral("APPROVED") : QStringLiteral("COMMENTED"));
            q.bindValue(4, when());
            if (!q.exec())
                return Status::failure(store::Database::describe(q.lastError()));
        }
        QSqlQuery prefix(db.connection());
        q.prepare(QStringLiteral("INSERT INTO commits(repo_id, sha, author_id, committed_at, message, pr_number, source_url, fetched_at) "
                                 "VALUES (?, ?, ?, ?, 'm', ?, 'x', 'x')"));
        prefix.prepare(QStringLiteral("INSERT INTO commit_prefixes(repo_id, sha, prefix) VALUES (?, ?, 'kernels')"));
        for (qint64 i = first; i < first + crowd.commits; ++i) {
            const QString sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
            q.bindValue(0, repo);
            q.bindValue(1, sha);
            q.bindValue(2, person());
            q.bindValue(3, when());
            q.bindValue(4, rng() % 4 ? QVariant(first + qint64(rng() % crowd.pulls)) : QVariant());
            prefix.bindValue(0, repo);
            prefix.bindValue(1, sha);
            if (!q.exec() || !prefix.exec())
                return Status::failure(QStringLiteral("could not add commit %1").arg(i));
        }
        return {};
    });
}

} // namespace ks::test
