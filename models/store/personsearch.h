// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace ks::store {

class Database;

// One search document per person (schema 9: search_people), so a search
// that matches hundreds of thousands of comments yields its people straight
// from the index. Writes only mark people dirty; refresh() rebuilds their
// documents: after every sync, and before a search when few are waiting.
class PersonSearch final
{
public:
    explicit PersonSearch(Database &db);

    // People whose document is out of date.
    Result<int> pending() const;
    // Rebuilds those documents in one write; returns how many.
    Result<int> refresh();

private:
    Database &m_db;
};

} // namespace ks::store
