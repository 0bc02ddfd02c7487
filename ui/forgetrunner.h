// SPDX-License-Identifier: MIT
#pragma once

#include "privacy/forgetter.h"

#include <QObject>
#include <memory>

class QWidget;

namespace ks::jobs {
class ForgetWorker;
}

namespace ks::ui {

class WorkspaceSession;

// Asks before erasing, then erases off the GUI thread behind a busy dialog,
// and removes the people's cached avatars. Used by the Pipeline tab (forget
// one person on request) and the retention dialog (forget those due).
class ForgetRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgetRunner)

public:
    ForgetRunner(std::shared_ptr<WorkspaceSession> session, QWidget *parent);
    ~ForgetRunner() override;

    // The question a sourcer confirms, naming who and what happens.
    static QString question(const QStringList &logins, bool onRequest);
    // Asks (a warning box, "Forget" is not the default), then run()s.
    bool confirmAndRun(const QList<qint64> &userIds, const QStringList &logins, bool onRequest);
    // Without asking: for callers that asked already, and tests.
    void run(const QList<qint64> &userIds, bool onRequest);

Q_SIGNALS:
    // A sentence for the status bar; `error` is empty on success.
    void finished(const QString &message, const QString &error);

private:
    std::shared_ptr<WorkspaceSession> m_session;
    QWidget *m_parent;
    jobs::ForgetWorker *m_worker;
    QList<qint64> m_userIds;
};

} // namespace ks::ui
