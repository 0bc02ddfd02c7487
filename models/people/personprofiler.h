// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace ks::store {
class Database;
}

namespace ks::people {

// Derives what a sourcer needs to know about each ranked person from their
// profile and commits: country and region from the free-text location, the
// employer from commit e-mail domains and the profile's company, contact
// channels with where each was found, whether they are reachable, and whether
// an imported list excludes them. Hand-set overrides win. Only people whose
// inputs changed since the last run are derived again. Run it off the GUI
// thread, after ranking.
class PersonProfiler final
{
public:
    explicit PersonProfiler(store::Database &db);

    // Returns how many profiles were (re)written.
    Result<int> refresh();

private:
    store::Database &m_db;
};

} // namespace ks::people
