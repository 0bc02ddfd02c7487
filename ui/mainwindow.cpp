// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "candidatedetailpane.h"
#include "codeviewerwindow.h"
#include "layerstab.h"
#include "outreachtab.h"
#include "pipelinetab.h"
#include "privacydialog.h"
#include "repomaptab.h"
#include "settingsdialog.h"
#include "sources/apiorigin.h"
#include "store/database.h"
#include "store/presets.h"
#include "store/tokenstore.h"
#include "store/workspace.h"
#include "sync/githubsettings.h"
#include "syncpanel.h"
#include "viewer/filefetcher.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <ksyntaxhighlighting_version.h>

namespace ks::ui {
namespace {

constexpr int MaxRecent = 8;

QString tabFileName(int index, const QString &title)
{
    QString slug = title.toLower();
    slug.remove(QLatin1Char('&'));
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QStringLiteral("%1-%2.png").arg(index + 1).arg(slug);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_layersTab(new LayersTab(this))
    , m_repoMapTab(new RepoMapTab(this))
    , m_pipelineTab(new PipelineTab(this))
    , m_outreachTab(new OutreachTab(this))
    , m_workspaceLabel(new QLabel(this))
    , m_syncPanel(new SyncPanel(this))
    , m_syncDock(new QDockWidget(tr("Sync"), this))
    , m_syncProgress(new QProgressBar(this))
    , m_tokens(new store::KeychainTokenStore(this))
{
    m_syncPanel->setTokenStore(m_tokens);
    setWindowTitle(tr("Kernel Scout"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_layersTab, tr("Role &Layers"));
    m_tabs->addTab(m_repoMapTab, tr("Repo &Map"));
    m_tabs->addTab(m_pipelineTab, tr("&Pipeline"));
    m_tabs->addTab(m_outreachTab, tr("&Outreach"));
    setCentralWidget(m_tabs);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setVisible(false);

    m_syncDock->setObjectName(QStringLiteral("syncDock"));
    m_syncDock->setWidget(m_syncPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncDock);
    m_syncDock->hide();
    connect(m_syncPanel, &SyncPanel::statusText, this, [this](const QString &text, int percent) {
        statusBar()->showMessage(text, percent < 0 ? 15000 : 0);
        m_syncProgress->setVisible(percent >= 0);
        if (percent >= 0)
            m_syncProgress->setValue(percent);
    });

    connect(m_layersTab, &LayersTab::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_repoMapTab, &RepoMapTab::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_pipelineTab, &PipelineTab::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_outreachTab, &OutreachTab::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_pipelineTab, &PipelineTab::draftRequested, this, [this](qint64 requisition, const QString &login) {
        m_tabs->setCurrentWidget(m_outreachTab);
        m_outreachTab->openFor(requisition, login);
    });
    connect(m_pipelineTab, &PipelineTab::evidenceRequested, this, &MainWindow::openEvidence);
    createMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1100, 720);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    file->addAction(tr("Open &Demo Workspace"), this, [this] {
        if (Status s = openDemo(); !s)
            showError(s.error());
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addAction(tr("&Privacy and Retention…"), this, &MainWindow::showPrivacy);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i).remove(QLatin1Char('&')));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }

    view->addSeparator();
    view->addAction(m_syncDock->toggleViewAction());

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(tr("Sync from &GitHub"), QKeySequence::Refresh, this, [this] {
        m_syncDock->show();
        m_syncPanel->startSync();
    });
    syncMenu->addAction(tr("&Cancel Sync"), this, [this] { m_syncPanel->cancelSync(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kernel Scout"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

Status MainWindow::openWorkspace(const QString &path, bool isDemo)
{
    auto opened = WorkspaceSession::open(path, isDemo);
    if (!opened)
        return Status::failure(opened.error());
    m_session = opened.value();
    connect(m_session.get(), &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    m_layersTab->setSession(m_session);
    m_repoMapTab->setSession(m_session);
    m_pipelineTab->setSession(m_session);
    m_outreachTab->setSession(m_session);
    m_syncPanel->setSession(m_session);

    m_editMenu->clear();
    QAction *undo = m_session->undoStack().createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack().createRedoAction(m_editMenu, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    const QString shown = isDemo ? tr("Demo workspace (a copy; changes are not kept)") : QDir::toNativeSeparators(m_session->path());
    m_workspaceLabel->setText(shown);
    setWindowTitle(isDemo ? tr("Demo — Kernel Scout") : tr("%1 — Kernel Scout").arg(QFileInfo(path).fileName()));
    if (!isDemo)
        addRecent(m_session->path());
    if (m_session->database().isReadOnly())
        statusBar()->showMessage(tr("This workspace file is read-only: you can look but not change it."));
    else if (!m_session->database().backupPath().isEmpty())
        statusBar()->showMessage(tr("Workspace upgraded; the previous version was saved as %1")
                .arg(QDir::toNativeSeparators(m_session->database().backupPath())));
    // Retention: people due are listed for confirmation once the window is up.
    if (!isDemo && !m_session->database().isReadOnly())
        QTimer::singleShot(0, this, [this, session = std::weak_ptr(m_session)] {
            if (const auto s = session.lock(); s && s == m_session)
                PrivacyDialog::checkOnStartup(s, this);
        });
    return {};
}

void MainWindow::showPrivacy()
{
    if (!m_session)
        return;
    PrivacyDialog dialog(m_session, PrivacyDialog::Mode::Settings, this);
    connect(&dialog, &PrivacyDialog::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    dialog.exec();
}

void MainWindow::openEvidence(const QString &url, const QString &fileName, int line)
{
    if (!m_session)
        return;
    const std::shared_ptr<WorkspaceSession> session = m_session;
    auto open = [this, session, url, fileName, line](const QByteArray &token, const QString &) {
        auto *viewer = new CodeViewerWindow(this);
        viewer->setWindowFlag(Qt::Window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        // The viewer reads this workspace until it closes, even if the window switches to another.
        connect(viewer, &QObject::destroyed, this, [session] { });
        // The demo's people are made up: nothing of theirs is on GitHub. A
        // saved API root is checked like the sync's (https, or loopback).
        const auto root = sources::ApiOrigin::parseRoot(sync::githubsettings::apiRoot());
        if (!session->isDemo() && root)
            viewer->setFileFetcher(new viewer::FileFetcher(session->database(), root.value(), token, viewer));
        if (const Status shown = viewer->openEvidence(session->database(), url, fileName, line); !shown) {
            delete viewer;
            statusBar()->showMessage(tr("%1 Opening it in the browser.").arg(shown.error()), 8000);
            if (CandidateDetailPane::isOpenable(QUrl(url)))
                QDesktopServices::openUrl(QUrl(url));
            return;
        }
        viewer->show();
    };
    if (session->isDemo())
        open({}, {}); // nothing to fetch, so no keychain to ask
    else
        store::resolveToken(*m_tokens, QUrl(sync::githubsettings::apiRoot()).host(), QStringLiteral("GITHUB_TOKEN"), open);
}

Status MainWindow::openDemo()
{
    if (m_demoDirectory.isEmpty()) {
        // Removed with the window: demo edits are never kept.
        auto *dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/kernelscout-demo-XXXXXX"));
        if (!dir->isValid()) {
            delete dir;
            return Status::failure(tr("Cannot create a temporary folder for the demo workspace."));
        }
        m_demoDirectory = dir->path();
        connect(this, &QObject::destroyed, [dir] { delete dir; });
    }
    m_session.reset(); // release the previous demo copy before replacing it
    const auto copy = store::workspace::copyDemo(store::workspace::bundledDemo(), m_demoDirectory);
    if (!copy)
        return Status::failure(copy.error());
    return openWorkspace(copy.value(), true);
}

void MainWindow::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), dir + QStringLiteral("/workspace.kernelscout"), tr("Kernel Scout workspaces (*.kernelscout *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; choose a new name, or open it with File → Open.").arg(path));
        return;
    }
    store::Database db;
    db.setChangePollInterval(0);
    if (Status s = db.open(path); !s) {
        showError(s.error());
        return;
    }
    if (const auto applied = store::presets::apply(db, QString(store::presets::Default)); !applied) {
        showError(applied.error());
        return;
    }
    db.close();
    if (Status s = openWorkspace(path); !s)
        showError(s.error());
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Kernel Scout workspaces (*.kernelscout *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = openWorkspace(path); !s)
        showError(s.error());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("workspaces/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("workspaces/recent"), recent.mid(0, MaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (Status s = openWorkspace(path); !s)
                showError(s.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setTokenStore(store::TokenStore *tokens)
{
    m_tokens = tokens;
    m_syncPanel->setTokenStore(tokens);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_tokens, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString sqlite = m_session ? m_session->database().sqliteVersion() : tr("(no workspace open)");
    QMessageBox box(this);
    box.setWindowTitle(tr("About Kernel Scout"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Kernel Scout %1</h3>"
                   "<p>Finds ML compiler and GPU-kernel engineers through the code they build in public.</p>"
                   "<p>Qt %2 (built with %3)<br>KF6 SyntaxHighlighting %4<br>SQLite %5</p>")
            .arg(QStringLiteral(KERNELSCOUT_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), sqlite.toHtmlEscaped()));
    box.exec();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    // Plain: a message may quote a file name or a server's text.
    QMessageBox box(QMessageBox::Warning, tr("Kernel Scout"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

Result<QStringList> MainWindow::saveTabScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Result<QStringList>::failure(tr("Cannot create %1.").arg(directory));
    QStringList written;
    const int previous = m_tabs->currentIndex();
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(tabFileName(i, m_tabs->tabText(i)));
        if (!grab().save(file))
            return Result<QStringList>::failure(tr("Cannot write %1.").arg(file));
        written.append(file);
    }
    m_tabs->setCurrentIndex(previous);
    // The sync panel is a dock, not a tab: one more picture with it shown.
    const bool dockWasVisible = m_syncDock->isVisible();
    m_tabs->setCurrentIndex(1);
    m_syncDock->show();
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(QStringLiteral("%1-sync-panel.png").arg(m_tabs->count() + 1));
    if (!grab().save(file))
        return Result<QStringList>::failure(tr("Cannot write %1.").arg(file));
    written.append(file);
    m_syncDock->setVisible(dockWasVisible);
    // The pipeline's board view, too.
    m_tabs->setCurrentWidget(m_pipelineTab);
    m_pipelineTab->showBoard(true);
    QApplication::processEvents();
    const QString board = QDir(directory).filePath(QStringLiteral("%1-pipeline-board.png").arg(m_tabs->count() + 2));
    if (!grab().save(board))
        return Result<QStringList>::failure(tr("Cannot write %1.").arg(board));
    written.append(board);
    m_pipelineTab->showBoard(false);
    m_tabs->setCurrentIndex(previous);

    SettingsDialog settings(*m_tokens, this);
    settings.show();
    // The keychain answers asynchronously; give it a moment to say what it holds.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const QString settingsFile = QDir(directory).filePath(QStringLiteral("%1-settings.png").arg(m_tabs->count() + 3));
    if (!settings.grab().save(settingsFile))
        return Result<QStringList>::failure(tr("Cannot write %1.").arg(settingsFile));
    written.append(settingsFile);
    return written;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    // Leaving a field commits it; make sure that happens before the store closes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    event->accept();
}

} // namespace ks::ui
