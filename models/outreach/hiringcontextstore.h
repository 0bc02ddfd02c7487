// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

namespace ks::store {
class Database;
}

namespace ks::outreach {

// What a requisition offers, written once and cited by every draft for it:
// the sourcing guide's reasons engineers answer (problem, compute, pay, team).
struct HiringContext
{
    QString company;
    QString problem; // the technical problem the hire will work on
    QString compute; // "a cluster of H100s", "simulator only"
    QString compensation; // a range, stated plainly
    QString team; // people worth naming, comma separated
    QString senderName, senderEmail, signature;
    QDateTime updatedAt; // invalid: never saved
    friend bool operator==(const HiringContext &, const HiringContext &) = default;
};

class HiringContextStore final
{
public:
    explicit HiringContextStore(store::Database &db);

    // An empty context (invalid updatedAt) when none was saved yet.
    Result<HiringContext> find(qint64 requisitionId) const;
    Status save(qint64 requisitionId, const HiringContext &context);

private:
    store::Database &m_db;
};

} // namespace ks::outreach
