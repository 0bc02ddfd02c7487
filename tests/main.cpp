// SPDX-License-Identifier: MIT
// The one Catch2 main every test binary shares: a QApplication (offscreen
// unless told otherwise) exists before any test runs, and QStandardPaths is in
// test mode so no test touches the user's real workspace or settings.
#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

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
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kernelscout-tests"));
    return Catch::Session().run(argc, argv);
}
