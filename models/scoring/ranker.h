// SPDX-License-Identifier: MIT
#pragma once

#include "candidatescore.h"
#include "domain/result.h"
#include "domain/rolelayer.h"

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
// layer; recency is measured against an injectable "now". Aggregation runs in
// SQLite (the formulas are registered as SQL functions); results are stored
// in candidate_scores, with evidence for the people near the top. Machine
// users are never ranked. Run it off the GUI thread.
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

private:
    Status prepare(const RoleLayer &layer);
    Result<QList<CandidateScore>> score(const RoleLayer &layer);
    // Reads the temp tables prepare() made for the layer.
    Result<QList<Evidence>> evidence(const QList<qint64> &users);
    Status store(const RoleLayer &layer, const QList<CandidateScore> &scores);

    store::Database &m_db;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    int m_evidenceDepth = 200;
};

} // namespace ks::scoring
