// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>

namespace ks::store {
class Database;
}

namespace ks::outreach {

// One saved version of a message to one person for one requisition.
struct Draft
{
    qint64 id = 0;
    qint64 requisitionId = 0, userId = 0;
    int version = 0;
    QString templateName, evidenceUrl, recipient;
    QString subject, body;
    QDateTime createdAt, sentAt; // sentAt invalid: not sent
    QString login, name; // filled by the requisition-wide listing
};

// Draft versions: every save adds one (earlier ones are kept, so a sourcer
// can go back to what they wrote); marking sent stamps a version.
class DraftStore final
{
public:
    explicit DraftStore(store::Database &db);

    // Saves `draft` as the next version for its person and requisition;
    // returns the stored row (id, version and time filled in).
    Result<Draft> saveVersion(const Draft &draft);
    // Newest first.
    Result<QList<Draft>> versions(qint64 requisitionId, qint64 userId) const;
    // The newest version, or an empty Draft (id 0).
    Result<Draft> latest(qint64 requisitionId, qint64 userId) const;
    // The newest version per person, for batch export.
    Result<QList<Draft>> latestPerPerson(qint64 requisitionId) const;
    Status markSent(qint64 draftId, const QDateTime &at);

private:
    store::Database &m_db;
};

} // namespace ks::outreach
