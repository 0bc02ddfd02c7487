// SPDX-License-Identifier: MIT
#pragma once

namespace ks::store {

// layer_contributions.kind (schema v4): what one counted item is.
enum class ContributionKind
{
    AuthoredPull = 1,
    Commit = 2,
    ReviewComment = 3,
    Review = 4,
    Merge = 5,
    SignalHit = 6
};

constexpr int sqlValue(ContributionKind kind)
{
    return int(kind);
}

} // namespace ks::store
