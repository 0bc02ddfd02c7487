// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <functional>

namespace ks::store {
class Database;
}

namespace ks::scoring {

class SignalDetector;

struct ScanCounts
{
    int files = 0;
    int texts = 0; // PR bodies, reviews and review comments
    int hits = 0;
};

// Finds signals in what the sync stored and has not been scanned yet: patches
// of PRs in mapped paths (the author's evidence), PR descriptions, review
// bodies and review comments (the writer's evidence). Incremental: a changed
// patch or comment is scanned again, replacing its old hits. Batches of items
// commit together so a large first scan shows progress and can be stopped.
class SignalScanner final
{
public:
    SignalScanner(store::Database &db, const SignalDetector &detector);

    // `cancelled` is polled between batches.
    Result<ScanCounts> scanPending(const std::function<bool()> &cancelled = {});

private:
    store::Database &m_db;
    const SignalDetector &m_detector;
};

} // namespace ks::scoring
