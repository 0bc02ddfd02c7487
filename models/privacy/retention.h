// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>

namespace ks::store {
class Database;
}

namespace ks::privacy {

// Someone retention would forget, with what makes them due.
struct RetentionCandidate
{
    qint64 userId = 0;
    QString login, name;
    QDateTime firstSeen; // first imported
    QDateTime lastSeen; // last met in a sync
    QDateTime lastTouched; // last stage change, note or draft; null: never
};

// Holding public-profile data about people who never applied needs a limit.
// Someone is due when they were never contacted (no stage with the
// "contacted" role or later, no draft marked sent), no sourcer has touched
// them (stage, note, tag or draft) within the period, and no sync has met
// them within it either: still-active contributors are re-derived from fresh
// public data, so only the stale are kept past their time.
class Retention final
{
public:
    static constexpr int DefaultMonths = 12;

    explicit Retention(store::Database &db);

    // The workspace's setting (workspace_meta 'retention_months').
    Result<int> months() const;
    Status setMonths(int months);

    Result<QList<RetentionCandidate>> due(const QDate &today, int months) const;

private:
    store::Database &m_db;
};

} // namespace ks::privacy
