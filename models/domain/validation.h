// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "rolelayer.h"

// Input checks shared by the editors, the CLI and the importers, so that a bad
// entry is refused the same way wherever it comes from and never reaches the
// store. Each returns the normalised value or a message a sourcer can act on.
namespace ks::validation {

constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxDescriptionLength = 20000;
constexpr qsizetype MaxPathLength = 400;
constexpr qsizetype MaxUrlLength = 2000;
constexpr qsizetype MaxListLength = 500;

Result<RepoTarget> parseRepo(const QString &ownerSlashName);
Result<QString> pathPrefix(const QString &prefix);
Result<QString> forumUrl(const QString &url);
Result<QString> layerSlug(const QString &slug);
Result<QString> layerName(const QString &name);
Result<QString> skill(const QString &skill);
Result<QString> weightKey(const QString &key);
Status weightValue(double weight);

// Checks every field and normalises prefixes and URLs in place.
Status layer(RoleLayer &layer);

// A slug derived from a display name ("Compiler frontend" -> "compiler-frontend").
QString slugFromName(const QString &name);

} // namespace ks::validation
