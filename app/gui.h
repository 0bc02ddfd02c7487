// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ks::app {

// On a desktop without a display server, switch Qt to its offscreen
// platform and say so, instead of aborting. Call before QApplication.
// Returns true when it did.
bool fallBackToOffscreen();

// Starts the workbench window; with --screenshots DIR, writes one PNG per
// tab and exits instead.
int runGui(const QStringList &arguments, bool offscreenFallback);

} // namespace ks::app
