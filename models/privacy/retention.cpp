// SPDX-License-Identifier: MIT
#include "retention.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ks::privacy {
namespace {

using namespace Qt::StringLiterals;

constexpr auto MonthsKey = "retention_months"_L1;

// Stage roles that mean the person has heard from us.
constexpr auto Contacted = "('contacted', 'replied', 'interviewing', 'offer', 'hired')"_L1;

} // namespace

Retention::Retention(store::Database &db)
    : m_db(db)
{ }

Result<int> Retention::months() const
{
    const auto stored = m_db.metaValue(QString(MonthsKey));
    if (!stored)
        return Result<int>::failure(stored.error());
    bool ok = false;
    const int months = stored->toInt(&ok);
    return ok && months > 0 ? months : DefaultMonths;
}

Status Retention::setMonths(int months)
{
    if (months < 1 || months > 120)
        return Status::failure(QStringLiteral("Retention is between 1 and 120 months, not %1.").arg(months));
    return m_db.write([&] { return m_db.setMetaValue(QString(MonthsKey), QString::number(months)); });
}

Result<QList<RetentionCandidate>> Retention::due(const QDate &today, int months) const
{
    using R = Result<QList<RetentionCandidate>>;
    // ISO text compares in time order; a bare date sorts before that day's times.
    const QString cutoff = today.addMonths(-months).toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, login, name, first_seen, seen_at, touched FROM ("
              "  SELECT u.id, u.login, coalesce(u.name, '') AS name, coalesce(u.first_seen_at, u.seen_at) AS first_seen, u.seen_at, "
              "    (SELECT max(t) FROM (SELECT max(updated_at) AS t FROM pipeline_entries WHERE user_id = u.id "
              "       UNION ALL SELECT max(changed_at) FROM stage_history WHERE user_id = u.id "
              "       UNION ALL SELECT max(created_at) FROM notes WHERE user_id = u.id "
              "       UNION ALL SELECT max(created_at) FROM outreach_drafts WHERE user_id = u.id)) AS touched "
              "  FROM github_users u WHERE u.is_machine = 0 AND u.seen_at < :cutoff "
              "    AND NOT EXISTS (SELECT 1 FROM stage_history h JOIN stages s ON s.id = h.to_stage_id "
              "                    WHERE h.user_id = u.id AND s.role IN %1) "
              "    AND NOT EXISTS (SELECT 1 FROM pipeline_entries e JOIN stages s ON s.id = e.stage_id "
              "                    WHERE e.user_id = u.id AND s.role IN %1) "
              "    AND NOT EXISTS (SELECT 1 FROM outreach_drafts d WHERE d.user_id = u.id AND d.sent_at IS NOT NULL)"
              ") WHERE first_seen < :cutoff AND (touched IS NULL OR touched < :cutoff) "
              "AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.user_id = id AND touched IS NULL) "
              "ORDER BY lower(login)"_s.arg(Contacted));
    q.bindValue(u":cutoff"_s, cutoff);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    QList<RetentionCandidate> out;
    while (q.next()) {
        RetentionCandidate c;
        c.userId = q.value(0).toLongLong();
        c.login = q.value(1).toString();
        c.name = q.value(2).toString();
        c.firstSeen = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        c.lastSeen = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        c.lastTouched = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        out.append(c);
    }
    if (q.lastError().isValid())
        return R::failure(store::Database::describe(q.lastError()));
    return out;
}

} // namespace ks::privacy
