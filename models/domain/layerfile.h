// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "rolelayer.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON exchange format for role layers and their repo maps: the bundled
// preset, `layers export` and `layers import` all use it. Decoding is strict
// (unknown keys, wrong types and bad values are errors naming the field) and
// all-or-nothing, so a malformed file never half-imports.
namespace ks::layerfile {

constexpr qsizetype MaxFileBytes = 4 * 1024 * 1024;
constexpr int FormatVersion = 1;

QByteArray encode(const QList<RoleLayer> &layers);
// One layer as it appears in the file (the CLI's JSON output uses it too).
QJsonObject toJson(const RoleLayer &layer);

// `sourceName` (a file path) prefixes every message.
Result<QList<RoleLayer>> decode(const QByteArray &json, const QString &sourceName);

// Reads and decodes a file, with size and I/O errors reported the same way.
Result<QList<RoleLayer>> read(const QString &path);

} // namespace ks::layerfile
