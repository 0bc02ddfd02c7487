// SPDX-License-Identifier: MIT
#pragma once

#include "domain/candidatescore.h"
#include "domain/result.h"
#include "domain/rolelayer.h"

#include <QHash>

struct sqlite3;

namespace ks::scoring {

// Turns a layer's contributions (layer_contributions) into scores: the named
// parts with the layer's weights, counts, first and last activity, top
// signals and the "works on" line. Reads one streaming aggregate, in the
// table's key order, so people arrive one at a time and nothing is sorted.
class LayerScorer final
{
public:
    LayerScorer(const RoleLayer &layer, const QDateTime &now);

    // Everyone in the layer, or with `onlyTouched` the people listed in
    // temp.ks_touched (see ContributionIndex::refresh); not ranked yet
    // (rank 0), unordered.
    Result<QList<CandidateScore>> score(sqlite3 *db, bool onlyTouched = false) const;

    // The julian day SQLite's julianday() gives for `when`, and back.
    static double julianDay(const QDateTime &when);
    static QDateTime fromJulianDay(double day);

private:
    RoleLayer m_layer;
    QDateTime m_now;
    double m_landed, m_review, m_maintain;
    QHash<QString, double> m_categoryWeight;
};

} // namespace ks::scoring
