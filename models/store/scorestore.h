// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "scoring/candidatescore.h"

namespace ks::store {

class Database;

// Reads the stored rankings (candidate_scores, score_evidence) for the
// views and the CLI; the Ranker writes them.
class ScoreStore final
{
public:
    explicit ScoreStore(Database &db);

    // Ranked people of a layer, best first; `activeSince` drops people whose
    // last mapped activity is older.
    Result<QList<scoring::CandidateScore>> top(qint64 layerId, int limit, const QDateTime &activeSince = {}) const;
    // One person with the stored evidence (empty below the stored depth).
    Result<scoring::CandidateScore> person(qint64 layerId, const QString &login) const;
    // Is the stored ranking newer than the data, the layer's settings and
    // the scans, and (when `asOf` is valid) measured against that "now"?
    bool isCurrent(qint64 layerId, const QDateTime &asOf) const;
    QDateTime asOf(qint64 layerId) const;

private:
    Database &m_db;
};

} // namespace ks::store
