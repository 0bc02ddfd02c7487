// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>

// Where workspaces live. A workspace is one SQLite file; the default one sits
// in the platform's application-data folder, so the same code finds it on
// Linux, macOS and Windows.
namespace ks::store::workspace {

// AppDataLocation/kernelscout.sqlite
QString defaultPath();

// --db beats KERNELSCOUT_DB beats the default.
QString resolvePath(const QString &commandLinePath);

// The bundled demo workspace (a Qt resource the app links in).
QString bundledDemo();

// Copies the bundled demo workspace (`source`, usually a Qt resource) to a
// writable file in `directory`, so the original is never edited in place,
// and brings its dates forward to today (TimeShift).
Result<QString> copyDemo(const QString &source, const QString &directory);

} // namespace ks::store::workspace
