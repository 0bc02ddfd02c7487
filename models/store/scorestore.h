// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"
#include "domain/result.h"

#include <QStringList>

namespace ks::store {

class Database;

// Which ranked people to list. Empty lists mean "any"; comparisons ignore
// case. People on an exclusion list are left out unless asked for.
struct CandidateFilter
{
    QDateTime activeSince;
    QStringList regions, countries;
    QStringList companies, notCompanies;
    bool reachableOnly = false;
    bool includeExcluded = false;
};

// Reads the stored rankings (candidate_scores, score_evidence) for the
// views and the CLI; the Ranker writes them.
class ScoreStore final
{
public:
    explicit ScoreStore(Database &db);

    // Ranked people of a layer, best first, filtered in SQL.
    Result<QList<scoring::CandidateScore>> top(qint64 layerId, int limit, const CandidateFilter &filter = {}) const;
    // One person with the stored evidence (empty below the stored depth).
    Result<scoring::CandidateScore> person(qint64 layerId, const QString &login) const;
    // Is the stored ranking newer than the data, the layer's settings and
    // the scans, and (when `asOf` is valid) measured against that "now"?
    bool isCurrent(qint64 layerId, const QDateTime &asOf) const;
    QDateTime asOf(qint64 layerId) const;

    // A person's counted work in the layer per month, for the activity chart:
    // the `months` months up to and including the one `until` falls in.
    struct Month
    {
        QDate month; // first day
        int pulls = 0, commits = 0, reviews = 0, reviewComments = 0;
    };
    Result<QList<Month>> activity(qint64 layerId, qint64 userId, int months, const QDate &until) const;

private:
    Database &m_db;
};

} // namespace ks::store
