// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"

#include <QStringList>

namespace ks::store {

class Database;

// Bundled starting points for a new workspace (resources/presets/*.json).
namespace presets {

constexpr QLatin1StringView Default("ml-compilers");
constexpr QLatin1StringView None("none");

// "ml-compilers", ..., plus "none".
QStringList names();
Result<QList<RoleLayer>> load(const QString &name);

// Fills an empty workspace from a preset; refuses to touch one that already
// has layers. Returns how many layers were added.
Result<int> apply(Database &db, const QString &name);

} // namespace presets
} // namespace ks::store
