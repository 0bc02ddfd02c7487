// SPDX-License-Identifier: MIT
#pragma once

#include "contributionindex.h"
#include "domain/candidatescore.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "domain/rolelayer.h"

#include <QTimeZone>
#include <functional>

namespace ks::store {
class Database;
}

namespace ks::scoring {

// Ranks contributors per role layer from what the sync stored, with every
// point traceable: landed non-trivial work in the layer's mapped paths,
// reviews of others' work there, maintainership (merging and approving
// others' PRs), kernel-code signals in their own code and review prose,
// breadth across the layer's repositories, and tenure. Weights come from the
// layer; recency is measured against an injectable "now". It reads the
// layer's contributions (ContributionIndex, brought up to date incrementally
// first) in one streaming aggregate; results are stored in candidate_scores,
// with evidence for the people near the top. Machine users are never ranked.
// Run it off the GUI thread.
class Ranker final
{
public:
    explicit Ranker(store::Database &db);

    void setNow(const QDateTime &now) { m_now = now; }
    // Evidence is stored for this many people per layer; `why` computes it
    // on demand for the rest.
    void setEvidenceDepth(int people) { m_evidenceDepth = people; }

    // Ranks one layer; returns how many people were ranked.
    Result<int> rankLayer(const RoleLayer &layer);
    Result<int> rankAll();

    // Evidence for one person, computed now (for people below the stored depth).
    Result<QList<Evidence>> evidenceFor(const RoleLayer &layer, qint64 userId);

    // What the last rankLayer() had to bring up to date first, and whether it
    // scored everyone (first time, new "now" or weights) or only the people
    // whose contributions changed.
    ContributionIndex::Refreshed lastRefresh() const { return m_lastRefresh; }
    bool lastScoredEveryone() const { return m_lastScoredEveryone; }

private:
    // Needs the temp tables ContributionIndex::describeLayer() makes.
    Result<QList<Evidence>> evidence(const RoleLayer &layer, const QList<qint64> &users);
    Status store(const RoleLayer &layer, const QList<CandidateScore> &scores, bool everyone);
    Status renumber(const RoleLayer &layer);
    Status storeEvidence(const RoleLayer &layer);
    QString scoredFor(const RoleLayer &layer) const;

    store::Database &m_db;
    // Recency is measured in days: the start of today (UTC) by default, so
    // re-ranking after each sync of the day only scores the people it touched.
    QDateTime m_now = QDateTime(ks::Clock::today(), QTime(0, 0), QTimeZone::UTC);
    int m_evidenceDepth = 200;
    ContributionIndex::Refreshed m_lastRefresh;
    bool m_lastScoredEveryone = false;
};

} // namespace ks::scoring
