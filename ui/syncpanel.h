// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncreport.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ks::jobs {
class SyncWorker;
}
namespace ks::store {
class TokenStore;
}

namespace ks::ui {

class WorkspaceSession;

// Sync from GitHub: choose all repositories, a layer or one repository,
// start, watch each repository's pages, requests and errors, cancel. The
// work runs on the SyncWorker's thread; this only shows its reports.
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    explicit SyncPanel(QWidget *parent = nullptr);
    ~SyncPanel() override;

    void setSession(std::shared_ptr<WorkspaceSession> session);
    // Where the token comes from when GITHUB_TOKEN is not set.
    void setTokenStore(store::TokenStore *tokens) { m_tokens = tokens; }
    void startSync();
    void cancelSync();
    bool isRunning() const;

Q_SIGNALS:
    // One line for the status bar; empty when idle.
    void statusText(const QString &text, int percent);

private:
    void fillScopes();
    void showLastSynced();
    void showProgress(const ks::sync::SyncProgress &p);
    void showRepoFinished(const QString &repo, const QString &error);
    void showFinished(const ks::sync::SyncSummary &summary);
    int rowFor(const QString &repo);

    std::shared_ptr<WorkspaceSession> m_session;
    jobs::SyncWorker *m_worker;
    QComboBox *m_scope;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    QLabel *m_budget;
    store::TokenStore *m_tokens = nullptr;
    class QTimer *m_countdown;
    QDateTime m_waitingUntil;
    QString m_waitingWhy;
};

} // namespace ks::ui
