// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"
#include "store/contributionkind.h"

namespace ks::store {
class Database;
}

namespace ks::scoring {

using store::ContributionKind;

// Keeps layer_contributions current: one row per item that counts for a
// layer (a PR authored in its mapped paths, a direct commit there, a review
// or review comment on someone else's work there, a merge, a signal in that
// work), with its points before recency and weights.
//
// Triggers log every write that can change a standing (schema v4); refresh()
// re-derives only the logged units past the layer's watermark, or rebuilds
// the layer when it is new or its repository map changed. Either way the
// result equals a rebuild from scratch. Run it off the GUI thread.
class ContributionIndex final
{
public:
    explicit ContributionIndex(store::Database &db);

    struct Refreshed
    {
        bool rebuilt = false; // everyone's standing may have changed
        int units = 0; // logged units re-derived (when not rebuilt)
    };
    Refreshed lastRefresh() const { return m_last; }

    // Brings the layer up to date; unless it rebuilt, temp.ks_touched then
    // lists the people whose rows changed.
    Status refresh(const RoleLayer &layer);
    // Forces a rebuild of the layer on its next refresh.
    Status invalidate(qint64 layerId);
    // Drops change-log rows every layer has applied.
    Status prune();

    // Leaves temp.ks_layer_repos and temp.ks_layer_paths describing `layer`,
    // for queries that test "is this path mapped?" (see mappedPathSql).
    Status describeLayer(const RoleLayer &layer);
    static QString mappedPathSql(const QString &repoColumn, const QString &pathColumn);

private:
    Status derive(const RoleLayer &layer, bool everything);

    store::Database &m_db;
    Refreshed m_last;
};

} // namespace ks::scoring
