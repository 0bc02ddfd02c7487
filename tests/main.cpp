// SPDX-License-Identifier: MIT
// The one Catch2 main every test binary shares: a QApplication (offscreen
// unless told otherwise) exists before any test runs, and QStandardPaths is in
// test mode so no test touches the user's real workspace or settings. The
// program's clock starts at a fixed instant, so no test depends on the
// calendar: the suite passes the same on any day (CI also runs it with the
// system clock 400 days ahead).
#include "support/testclock.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch_session.hpp>
#include <cstdio>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform says this for every window it shows; it drowns the
// messages that matter in test logs.
void filterNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    previousHandler = qInstallMessageHandler(filterNoise);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A home of its own per process: ctest runs cases in parallel, and
    // settings, caches and the demo's copies must not be shared between them.
    QTemporaryDir home;
    if (!home.isValid() || !qputenv("HOME", QFile::encodeName(home.path()))) {
        std::fprintf(stderr, "cannot make a temporary home: %s\n", qPrintable(home.errorString()));
        return 1;
    }
    QStandardPaths::setTestModeEnabled(true);
    ks::Clock::start(testclock::start());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kernelscout-tests"));
    return Catch::Session().run(argc, argv);
}
