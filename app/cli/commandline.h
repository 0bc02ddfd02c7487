// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ks::cli {

// True when argv asks for the headless CLI (a subcommand, --version or
// --help) rather than the workbench window.
bool wantsCommandLine(int argc, char **argv);

// Runs `kernelscout SUBCOMMAND ...`; returns the process exit code.
int run(const QStringList &arguments);

} // namespace ks::cli
