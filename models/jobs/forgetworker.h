// SPDX-License-Identifier: MIT
#pragma once

#include "privacy/forgetter.h"

#include <QObject>

class QThread;

namespace ks::jobs {

// Erases people on a thread of its own, over its own connection, then
// re-ranks the rest: a VACUUM of a large workspace takes seconds, which the
// GUI thread must not spend. Reports once, by a queued signal.
class ForgetWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgetWorker)

public:
    explicit ForgetWorker(QObject *parent = nullptr);
    ~ForgetWorker() override;

    // False when an erasure is already running.
    bool start(const QString &databasePath, const QList<qint64> &userIds, const privacy::ForgetOptions &options);
    bool isRunning() const;

Q_SIGNALS:
    // `error` is empty on success; `reports` has one entry per person erased.
    void finished(const QList<ks::privacy::ForgetReport> &reports, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace ks::jobs
