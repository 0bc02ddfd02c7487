// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace ks::store {
class TokenStore;
}

namespace ks::ui {

class LayersTab;
class OutreachTab;
class PipelineTab;
class RepoMapTab;
class SyncPanel;
class WorkspaceSession;

// The workbench window: one tab per stage of the sourcing loop, the File
// menu for workspaces, Edit for undo. It presents; the session owns data.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure the current one stays open.
    Status openWorkspace(const QString &path, bool isDemo = false);
    // Copies the bundled demo workspace to a temporary file and opens that.
    Status openDemo();

    // Writes one PNG per tab into `directory`; returns the files written.
    Result<QStringList> saveTabScreenshots(const QString &directory);

    QTabWidget *tabs() const { return m_tabs; }
    WorkspaceSession *session() const { return m_session.get(); }
    PipelineTab *pipelineTab() const { return m_pipelineTab; }
    OutreachTab *outreachTab() const { return m_outreachTab; }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    // The seam tests use to keep the system keychain out of the way.
    void setTokenStore(store::TokenStore *tokens);
    void showSettings();
    void showPrivacy();
    // An evidence item in the code viewer (the browser when it cannot show it).
    void openEvidence(const QString &url, const QString &fileName, int line);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newWorkspace();
    void openWorkspaceDialog();
    void rebuildRecentMenu();
    void showAbout();
    void showError(const QString &message);
    void addRecent(const QString &path);

    std::shared_ptr<WorkspaceSession> m_session;
    QTabWidget *m_tabs;
    LayersTab *m_layersTab;
    RepoMapTab *m_repoMapTab;
    PipelineTab *m_pipelineTab;
    OutreachTab *m_outreachTab;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QLabel *m_workspaceLabel;
    SyncPanel *m_syncPanel;
    QDockWidget *m_syncDock;
    QProgressBar *m_syncProgress;
    QString m_demoDirectory;
    store::TokenStore *m_tokens;
};

} // namespace ks::ui
