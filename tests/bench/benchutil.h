// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <algorithm>

// The best of `runs` timings of `work`, in milliseconds: the least disturbed
// run, which is what a comparison within one process should use.
template<typename F> double bestOf(int runs, F &&work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}
