// SPDX-License-Identifier: MIT
#pragma once

#include "synthetic.h"

#include <QTimeZone>

// The synthetic repository for the sync benchmarks (5,000 PRs,
// 20,000 commits, 10,000 review comments), or its smoke size for CI.
inline ks::fake::SyntheticSpec benchmarkRepo(bool smoke)
{
    ks::fake::SyntheticSpec spec;
    spec.now = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    if (smoke) {
        spec.pulls = 300;
        spec.commits = 1200;
        spec.reviewComments = 600;
        spec.people = 60;
    }
    return spec;
}
