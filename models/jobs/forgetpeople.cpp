// SPDX-License-Identifier: MIT
#include "forgetpeople.h"

#include "standings.h"

namespace ks::jobs {

Result<ForgetOutcome> forgetPeople(store::Database &db, const QList<qint64> &userIds, const privacy::ForgetOptions &options)
{
    privacy::ForgetOptions erase = options;
    erase.compact = false; // after re-ranking, so the derived rows are rewritten first
    privacy::Forgetter forgetter(db);
    const auto done = forgetter.forget(userIds, erase);
    if (!done)
        return Result<ForgetOutcome>::failure(done.error());
    ForgetOutcome outcome;
    outcome.reports = done.value();
    if (const auto ranked = updateStandings(db); !ranked)
        outcome.rankingError = ranked.error();
    if (options.compact) {
        if (const Status s = forgetter.compact(); !s) {
            for (privacy::ForgetReport &r : outcome.reports)
                r.compactionError = s.error();
        }
    }
    return outcome;
}

} // namespace ks::jobs
