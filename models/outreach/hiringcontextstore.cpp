// SPDX-License-Identifier: MIT
#include "hiringcontextstore.h"

#include "storeutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ks::outreach {

HiringContextStore::HiringContextStore(store::Database &db)
    : m_db(db)
{ }

Result<HiringContext> HiringContextStore::find(qint64 requisitionId) const
{
    QSqlQuery q(m_db.connection());
    if (!detail::run(q,
            u"SELECT company, problem, compute, compensation, team, sender_name, sender_email, signature, updated_at "
            "FROM hiring_contexts WHERE requisition_id = ?"_s,
            { requisitionId }))
        return Result<HiringContext>::failure(store::Database::describe(q.lastError()));
    HiringContext c;
    if (q.next()) {
        c = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs) };
    }
    return c;
}

Status HiringContextStore::save(qint64 requisitionId, const HiringContext &c)
{
    // Each field is one line except the signature; a pasted line break in a
    // one-line field would otherwise end up in a header or a CSV row.
    // Never a null QString: that binds as NULL, which the columns refuse.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    auto line = [&](const QString &s) { return text(s.simplified().left(1000)); };
    return detail::writeOne(m_db,
        u"INSERT INTO hiring_contexts(requisition_id, company, problem, compute, compensation, team, sender_name, sender_email, signature, "
        u"updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(requisition_id) DO UPDATE SET company = excluded.company, "
        "problem = excluded.problem, compute = excluded.compute, compensation = excluded.compensation, team = excluded.team, "
        "sender_name = excluded.sender_name, sender_email = excluded.sender_email, signature = excluded.signature, "
        "updated_at = excluded.updated_at"_s,
        { requisitionId, line(c.company), line(c.problem), line(c.compute), line(c.compensation), line(c.team), line(c.senderName),
            line(c.senderEmail), text(c.signature.left(2000)), detail::nowText() });
}

} // namespace ks::outreach
