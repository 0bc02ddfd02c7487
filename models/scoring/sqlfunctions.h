// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

struct sqlite3;

namespace ks::store {
class Database;
}

namespace ks::scoring {

// Registers the score formulas (scoreformula.h) on the connection as SQL
// functions, so aggregation runs inside SQLite:
//   ks_recency(age_days)                      NULL for NULL
//   ks_pull_value(src_lines, src_files, test_lines, doc_lines)
//   ks_file_kind(path)                        0 source, 1 test, 2 docs
//   ks_subpath(path, depth)
Status registerScoringFunctions(store::Database &db);
Status registerScoringFunctions(sqlite3 *db);

} // namespace ks::scoring
