// SPDX-License-Identifier: MIT
#include "gui.h"

#include "mainwindow.h"
#include "store/database.h"
#include "store/presets.h"
#include "store/workspace.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace ks::app {
namespace {

QString screenshotDefaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("kernelscout/screenshots"));
}

Status createDefaultWorkspace(const QString &path)
{
    store::Database db;
    db.setChangePollInterval(0);
    if (Status s = db.open(path); !s)
        return s;
    return Status::from(store::presets::apply(db, QString(store::presets::Default)));
}

// Chooses and opens the workspace the window starts on.
Status openInitialWorkspace(ui::MainWindow &window, const QCommandLineParser &parser, bool interactive)
{
    if (parser.isSet(QStringLiteral("demo")))
        return window.openDemo();
    const QString path = store::workspace::resolvePath(parser.value(QStringLiteral("db")));
    if (QFileInfo::exists(path))
        return window.openWorkspace(path);
    const bool chosenByUser = parser.isSet(QStringLiteral("db")) || !qEnvironmentVariableIsEmpty("KERNELSCOUT_DB");
    if (chosenByUser) {
        // An explicit new file: create it from the preset, like 'init'.
        if (Status s = createDefaultWorkspace(path); !s)
            return s;
        return window.openWorkspace(path);
    }
    if (!interactive)
        return window.openDemo();
    ui::WelcomeDialog welcome(path, &window);
    switch (welcome.exec()) {
    case ui::WelcomeDialog::CreateDefault:
        if (Status s = createDefaultWorkspace(path); !s)
            return s;
        return window.openWorkspace(path);
    case ui::WelcomeDialog::OpenFile: {
        const QString file = QFileDialog::getOpenFileName(&window, QObject::tr("Open Workspace"));
        if (!file.isEmpty())
            return window.openWorkspace(file);
        return window.openDemo();
    }
    default:
        return window.openDemo();
    }
}

} // namespace

bool fallBackToOffscreen()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
#endif
    return false;
}

int runGui(const QStringList &arguments, bool offscreenFallback)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("db"), QObject::tr("Workspace file to open."), QStringLiteral("FILE") },
        { QStringLiteral("demo"), QObject::tr("Open a copy of the bundled demo workspace.") },
        { QStringLiteral("screenshots"), QObject::tr("Write one PNG per tab to DIR and exit."), QStringLiteral("DIR") },
    });
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        err << "kernelscout: " << parser.errorText() << '\n';
        return 2;
    }
    QString screenshots = parser.value(QStringLiteral("screenshots"));
    if (offscreenFallback && screenshots.isEmpty()) {
        screenshots = screenshotDefaultDir();
        err << QObject::tr("kernelscout: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open; "
                           "writing screenshots of each tab to %1 instead.")
                   .arg(QDir::toNativeSeparators(screenshots))
            << '\n';
        err.flush();
    }
    const bool interactive = screenshots.isEmpty() && QGuiApplication::platformName() != QLatin1String("offscreen");

    ui::MainWindow window;
    if (Status s = openInitialWorkspace(window, parser, interactive); !s) {
        err << "kernelscout: " << s.error() << '\n';
        if (interactive)
            QMessageBox::critical(nullptr, QObject::tr("Kernel Scout"), s.error());
        return 1;
    }
    window.show();
    if (!screenshots.isEmpty()) {
        const auto written = window.saveTabScreenshots(screenshots);
        if (!written) {
            err << "kernelscout: " << written.error() << '\n';
            return 1;
        }
        for (const QString &file : written.value())
            out << QDir::toNativeSeparators(file) << '\n';
        return 0;
    }
    return QApplication::exec();
}

} // namespace ks::app
