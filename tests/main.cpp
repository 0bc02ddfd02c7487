// SPDX-License-Identifier: MIT
// The one Catch2 main every test binary shares: a QApplication (offscreen
// unless told otherwise) exists before any test runs, and QStandardPaths is in
// test mode so no test touches the user's real workspace or settings.
#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kernelscout-tests"));
    return Catch::Session().run(argc, argv);
}
