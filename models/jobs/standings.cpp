// SPDX-License-Identifier: MIT
#include "standings.h"

#include "people/personprofiler.h"
#include "scoring/ranker.h"
#include "scoring/signaldetector.h"
#include "scoring/signalscanner.h"
#include "store/personsearch.h"

#include <QCoreApplication>

namespace ks::jobs {

using scoring::Ranker;
using scoring::SignalDetector;
using scoring::SignalScanner;

Result<int> updateStandings(store::Database &db, const StandingsRequest &request)
{
    using R = Result<int>;
    auto stage = [&](const char *text) {
        if (request.stage)
            request.stage(QCoreApplication::translate("ks::scoring::Standings", text));
    };
    auto cancelled = [&] { return request.cancelled && request.cancelled(); };
    const auto cancelledError = [] { return R::failure(QCoreApplication::translate("ks::scoring::Standings", "cancelled")); };

    stage("finding kernel-code signals");
    const SignalDetector detector;
    SignalScanner scanner(db, detector);
    if (const auto scanned = scanner.scanPending(cancelled); !scanned)
        return R::failure(scanned.error());
    if (cancelled())
        return cancelledError();

    stage("ranking candidates");
    Ranker ranker(db);
    if (request.now.isValid())
        ranker.setNow(request.now);
    const auto ranked = request.layer ? ranker.rankLayer(*request.layer) : ranker.rankAll();
    if (!ranked)
        return ranked;
    if (cancelled())
        return cancelledError();

    stage("reading people's profiles");
    if (const auto profiled = people::PersonProfiler(db).refresh(); !profiled)
        return R::failure(profiled.error());
    stage("indexing people for search");
    if (const auto indexed = store::PersonSearch(db).refresh(); !indexed)
        return R::failure(indexed.error());
    return ranked;
}

} // namespace ks::jobs
