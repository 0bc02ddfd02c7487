// SPDX-License-Identifier: MIT
#include "signalscanner.h"

#include "domain/clock.h"
#include "signaldetector.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::scoring {
namespace {

constexpr int BatchSize = 200;

struct Pending
{
    QString kind;
    qint64 prId = 0, reviewId = 0, commentId = 0, userId = 0;
    QString filename;
    QString text;
};

bool exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return q.exec();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SignalScanner::SignalScanner(store::Database &db, const SignalDetector &detector)
    : m_db(db)
    , m_detector(detector)
{ }

Result<ScanCounts> SignalScanner::scanPending(const std::function<bool()> &cancelled)
{
    using R = Result<ScanCounts>;
    // Each source: what to read, how to mark it scanned.
    struct Source
    {
        const char *kind;
        QString select;
        QString mark;
        QString clear;
    };
    const QList<Source> sources = {
        { "pr_file",
            QStringLiteral("SELECT f.pr_id, 0, 0, p.author_id, f.filename, f.patch FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id "
                           "WHERE f.scanned_at IS NULL AND f.patch IS NOT NULL AND p.relevant = 1 LIMIT %1"),
            QStringLiteral("UPDATE pr_files SET scanned_at = ? WHERE pr_id = ? AND filename = ?"),
            QStringLiteral("DELETE FROM signal_hits WHERE source_kind = 'pr_file' AND pr_id = ? AND filename = ?") },
        { "pr_body",
            QStringLiteral("SELECT id, 0, 0, author_id, '', coalesce(body, '') FROM pull_requests "
                           "WHERE body_scanned_at IS NULL AND relevant = 1 LIMIT %1"),
            QStringLiteral("UPDATE pull_requests SET body_scanned_at = ? WHERE id = ?"),
            QStringLiteral("DELETE FROM signal_hits WHERE source_kind = 'pr_body' AND pr_id = ?") },
        { "review",
            QStringLiteral(
                "SELECT r.pr_id, r.id, 0, r.reviewer_id, '', coalesce(r.body, '') FROM pr_reviews r WHERE r.scanned_at IS NULL LIMIT %1"),
            QStringLiteral("UPDATE pr_reviews SET scanned_at = ? WHERE id = ?"),
            QStringLiteral("DELETE FROM signal_hits WHERE source_kind = 'review' AND review_id = ?") },
        { "review_comment",
            QStringLiteral(
                "SELECT coalesce(p.id, 0), 0, c.id, c.user_id, c.path, c.body FROM review_comments c "
                "LEFT JOIN pull_requests p ON p.repo_id = c.repo_id AND p.number = c.pr_number WHERE c.scanned_at IS NULL LIMIT %1"),
            QStringLiteral("UPDATE review_comments SET scanned_at = ? WHERE id = ?"),
            QStringLiteral("DELETE FROM signal_hits WHERE source_kind = 'review_comment' AND review_comment_id = ?") },
    };
    ScanCounts counts;
    const QString now = ks::Clock::now().toString(Qt::ISODate);
    for (const Source &source : sources) {
        const QLatin1StringView kind(source.kind);
        while (true) {
            if (cancelled && cancelled())
                return counts;
            QList<Pending> batch;
            {
                QSqlQuery q(m_db.connection());
                q.setForwardOnly(true);
                if (!q.exec(source.select.arg(BatchSize)))
                    return R::failure(store::Database::describe(q.lastError()));
                while (q.next())
                    batch.append({ QString(kind), q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString() });
            }
            if (batch.isEmpty())
                break;
            const Status written = m_db.write([&]() -> Status {
                QSqlQuery clear(m_db.connection()), mark(m_db.connection()), insert(m_db.connection());
                clear.prepare(source.clear);
                mark.prepare(source.mark);
                insert.prepare(QStringLiteral(
                    "INSERT INTO signal_hits(source_kind, pr_id, review_id, review_comment_id, filename, line, col, length, signal_id, "
                    "category, anti, weight, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const Pending &item : std::as_const(batch)) {
                    const bool isFile = kind == QLatin1String("pr_file");
                    const SignalScan scan = isFile ? m_detector.scanPatch(item.filename, item.text) : m_detector.scanProse(item.text);
                    const qint64 key = kind == QLatin1String("review") ? item.reviewId
                        : kind == QLatin1String("review_comment")      ? item.commentId
                                                                       : item.prId;
                    const bool ok = isFile ? exec(clear, { item.prId, item.filename }) && exec(mark, { now, item.prId, item.filename })
                                           : exec(clear, { key }) && exec(mark, { now, key });
                    if (!ok)
                        return Status::failure(
                            store::Database::describe(clear.lastError().isValid() ? clear.lastError() : mark.lastError()));
                    for (const SignalHit &hit : scan.hits) {
                        if (!exec(insert,
                                { item.kind, idOrNull(item.prId), idOrNull(item.reviewId), idOrNull(item.commentId),
                                    item.filename.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(item.filename), hit.line,
                                    hit.column, hit.length, hit.signal->id, hit.signal->category, hit.signal->anti ? 1 : 0,
                                    hit.signal->weight, idOrNull(item.userId) }))
                            return Status::failure(store::Database::describe(insert.lastError()));
                        ++counts.hits;
                    }
                    (isFile ? counts.files : counts.texts) += 1;
                }
                return {};
            });
            if (!written)
                return R::failure(written.error());
        }
    }
    return counts;
}

} // namespace ks::scoring
