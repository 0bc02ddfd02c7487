// SPDX-License-Identifier: MIT
#include "draftstore.h"

#include "domain/clock.h"
#include "storeutil.h"

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

const QString Columns
    = u"d.id, d.requisition_id, d.user_id, d.version, d.template_name, coalesce(d.evidence_url, ''), coalesce(d.recipient, ''), "
      "d.subject, d.body, d.created_at, coalesce(d.sent_at, ''), u.login, coalesce(u.name, '')"_s;

Draft read(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.requisitionId = q.value(1).toLongLong();
    d.userId = q.value(2).toLongLong();
    d.version = q.value(3).toInt();
    d.templateName = q.value(4).toString();
    d.evidenceUrl = q.value(5).toString();
    d.recipient = q.value(6).toString();
    d.subject = q.value(7).toString();
    d.body = q.value(8).toString();
    d.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    d.sentAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    d.login = q.value(11).toString();
    d.name = q.value(12).toString();
    return d;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

DraftStore::DraftStore(store::Database &db)
    : m_db(db)
{ }

Result<Draft> DraftStore::saveVersion(const Draft &draft)
{
    Draft saved = draft;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!detail::run(q, u"SELECT coalesce(max(version), 0) + 1 FROM outreach_drafts WHERE requisition_id = ? AND user_id = ?"_s,
                { draft.requisitionId, draft.userId })
            || !q.next())
            return Status::failure(store::Database::describe(q.lastError()));
        saved.version = q.value(0).toInt();
        q.finish();
        saved.createdAt = ks::Clock::now();
        if (!detail::run(q,
                u"INSERT INTO outreach_drafts(requisition_id, user_id, version, template_name, evidence_url, recipient, subject, body, "
                u"created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { draft.requisitionId, draft.userId, saved.version, draft.templateName, nullable(draft.evidenceUrl),
                    nullable(draft.recipient), draft.subject, draft.body, saved.createdAt.toString(Qt::ISODateWithMs) }))
            return Status::failure(store::Database::describe(q.lastError()));
        saved.id = q.lastInsertId().toLongLong();
        return {};
    });
    return s ? Result<Draft>(saved) : Result<Draft>::failure(s.error());
}

Result<QList<Draft>> DraftStore::versions(qint64 requisitionId, qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    if (!detail::run(q,
            u"SELECT %1 FROM outreach_drafts d JOIN github_users u ON u.id = d.user_id "
            "WHERE d.requisition_id = ? AND d.user_id = ? ORDER BY d.version DESC"_s.arg(Columns),
            { requisitionId, userId }))
        return Result<QList<Draft>>::failure(store::Database::describe(q.lastError()));
    QList<Draft> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<Draft> DraftStore::latest(qint64 requisitionId, qint64 userId) const
{
    const auto all = versions(requisitionId, userId);
    if (!all)
        return Result<Draft>::failure(all.error());
    return all->isEmpty() ? Draft() : all->first();
}

Result<QList<Draft>> DraftStore::latestPerPerson(qint64 requisitionId) const
{
    QSqlQuery q(m_db.connection());
    if (!detail::run(q,
            u"SELECT %1 FROM outreach_drafts d JOIN github_users u ON u.id = d.user_id WHERE d.requisition_id = ? "
            "AND d.version = (SELECT max(version) FROM outreach_drafts x WHERE x.requisition_id = d.requisition_id AND x.user_id = "
            "d.user_id) "
            "ORDER BY u.login"_s.arg(Columns),
            { requisitionId }))
        return Result<QList<Draft>>::failure(store::Database::describe(q.lastError()));
    QList<Draft> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Status DraftStore::markSent(qint64 draftId, const QDateTime &at)
{
    return detail::writeOne(
        m_db, u"UPDATE outreach_drafts SET sent_at = ? WHERE id = ?"_s, { at.toUTC().toString(Qt::ISODateWithMs), draftId });
}

} // namespace ks::outreach
