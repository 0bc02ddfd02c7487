// SPDX-License-Identifier: MIT
#pragma once

#include "sync/githubsync.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ks::jobs {

// Runs a GitHubSync on its own thread with its own connection to the
// workspace, so the GUI thread never waits on the network or the disk.
// Reports by queued signals carrying values.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(QObject *parent = nullptr);
    ~SyncWorker() override;

    // False (with failed() emitted) when a sync is already running.
    bool start(const QString &databasePath, const sync::SyncOptions &options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const ks::sync::SyncProgress &progress);
    void repoFinished(const QString &repo, const QString &error);
    void finished(const ks::sync::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    QPointer<QObject> m_job;
};

} // namespace ks::jobs
