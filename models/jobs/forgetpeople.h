// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "privacy/forgetter.h"

namespace ks::store {
class Database;
}

namespace ks::jobs {

struct ForgetOutcome
{
    QList<privacy::ForgetReport> reports; // a compaction that failed is in each report's compactionError
    QString rankingError; // the erasure stands; ranks are stale until the next sync
};

// An erasure from start to end, the same for the GUI's worker and the CLI:
// erase (privacy::Forgetter), re-rank so the scores, works-on paths and
// contributions derived from what was erased are rewritten without them,
// then (with options.compact) compact what both left behind.
Result<ForgetOutcome> forgetPeople(store::Database &db, const QList<qint64> &userIds, const privacy::ForgetOptions &options = {});

} // namespace ks::jobs
