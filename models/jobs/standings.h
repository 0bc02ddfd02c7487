// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace ks::store {
class Database;
}

namespace ks::jobs {

// What follows every sync and erasure, in order: find the kernel-code signals in what is
// new, re-rank (one layer, or all), then derive the ranked people's profiles
// (location, employer, contact channels, exclusions). One place, so the GUI's
// sync worker, the CLI and the demo generator cannot drift apart.
struct StandingsRequest
{
    QDateTime now; // invalid: today
    std::optional<RoleLayer> layer; // none: every layer
    std::function<bool()> cancelled; // checked between steps and while scanning
    std::function<void(const QString &)> stage; // "finding kernel-code signals", ...
};

// Returns how many people were ranked (summed over layers).
Result<int> updateStandings(store::Database &db, const StandingsRequest &request = {});

} // namespace ks::jobs
