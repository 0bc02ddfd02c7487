// SPDX-License-Identifier: MIT
// kernelscout: the workbench window with no subcommand, the headless CLI with
// one. Both drive the same core library.
#include "cli/commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("kernelscout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KERNELSCOUT_VERSION));
    if (ks::cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return ks::cli::run(QCoreApplication::arguments());
    }
    const bool offscreen = ks::app::fallBackToOffscreen();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Kernel Scout"));
    return ks::app::runGui(QCoreApplication::arguments(), offscreen);
}
