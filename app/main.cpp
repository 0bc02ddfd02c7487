// SPDX-License-Identifier: MIT
// kernelscout: the workbench window with no subcommand, the headless CLI with
// one. Both drive the same core library.
#include "cli/commandline.h"
#include "domain/clock.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <cstdio>
#include <cstring>

namespace {

// `view` opens a window, so it needs a QApplication where every other
// subcommand runs on a QCoreApplication. Any argument spelled "view" counts:
// at worst an option's value makes a headless command start a GUI
// application object it never shows.
bool wantsViewer(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "view") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("kernelscout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KERNELSCOUT_VERSION));
    // The user's proxy settings (http_proxy, https_proxy, no_proxy, or the
    // desktop's) apply to every request: the sync, avatars, files.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // "Now" for the whole run; KERNELSCOUT_NOW moves it (tests, reports as of a day).
    if (const QString error = ks::Clock::startFromEnvironment(); !error.isEmpty()) {
        std::fprintf(stderr, "kernelscout: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    if (ks::cli::wantsCommandLine(argc, argv)) {
        if (wantsViewer(argc, argv)) {
            ks::app::fallBackToOffscreen();
            QApplication app(argc, argv);
            QApplication::setApplicationDisplayName(QStringLiteral("Kernel Scout"));
            return ks::cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        return ks::cli::run(QCoreApplication::arguments());
    }
    const bool offscreen = ks::app::fallBackToOffscreen();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Kernel Scout"));
    return ks::app::runGui(QCoreApplication::arguments(), offscreen);
}
