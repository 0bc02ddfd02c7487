// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVariantList>
#include <memory>

class QSqlDatabase;

namespace ks::itemmodels {

class CountJob;

// Runs "SELECT count(*) ..." for a model on a thread of its own, over its own
// read-only connection to the workspace file, so a count over 100,000 rows
// never holds up the first painted page or a keystroke. Only the newest
// request matters: a new one interrupts a count still running and replaces
// any not yet started. Results come back on the requester's thread.
class RowCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowCounter)

public:
    explicit RowCounter(const QString &databasePath, QObject *parent = nullptr);
    ~RowCounter() override;

    // Counts the single-value `sql` with `binds`; `ticket` comes back with the
    // answer so the caller can tell which request it was.
    void request(quint64 ticket, const QString &sql, const QVariantList &binds);
    // The same count, here and now, on `connection`.
    static Result<int> countNow(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds);

Q_SIGNALS:
    void counted(quint64 ticket, int count);
    void failed(quint64 ticket, const QString &message);

private:
    QThread m_thread;
    CountJob *m_job; // lives in m_thread
};

} // namespace ks::itemmodels
