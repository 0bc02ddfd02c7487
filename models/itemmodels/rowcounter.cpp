// SPDX-License-Identifier: MIT
#include "rowcounter.h"

#include "store/database.h"

#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ks::itemmodels {

// The worker side: owns the connection (a connection belongs to the thread
// that opened it) and the newest pending request.
class CountJob final : public QObject
{
    Q_OBJECT

public:
    explicit CountJob(const QString &path)
        : m_path(path)
    { }

    // From the requesting thread.
    void post(quint64 ticket, const QString &sql, const QVariantList &binds)
    {
        {
            const QMutexLocker lock(&m_mutex);
            const bool idle = !m_pending;
            m_pending = true;
            m_ticket = ticket;
            m_sql = sql;
            m_binds = binds;
            if (m_running)
                sqlite3_interrupt(m_running); // its answer is stale now
            if (!idle)
                return; // the queued run() will pick this one up
        }
        QMetaObject::invokeMethod(this, &CountJob::run, Qt::QueuedConnection);
    }

    void shutDown()
    {
        const QMutexLocker lock(&m_mutex);
        m_pending = false;
        if (m_running)
            sqlite3_interrupt(m_running);
    }

Q_SIGNALS:
    void counted(quint64 ticket, int count);
    void failed(quint64 ticket, const QString &message);

private:
    void run()
    {
        quint64 ticket = 0;
        QString sql;
        QVariantList binds;
        {
            const QMutexLocker lock(&m_mutex);
            if (!m_pending)
                return;
            m_pending = false;
            ticket = m_ticket;
            sql = m_sql;
            binds = m_binds;
        }
        if (!m_db) {
            m_db = std::make_unique<store::Database>();
            m_db->setForceReadOnly(true);
            m_db->setChangePollInterval(0);
            m_db->setCheckIntegrity(false); // the model's own connection checked it
            if (const Status opened = m_db->open(m_path, store::Database::OpenMode::MustExist); !opened) {
                m_db.reset();
                Q_EMIT failed(ticket, opened.error());
                return;
            }
        }
        {
            const QMutexLocker lock(&m_mutex);
            m_running = static_cast<sqlite3 *>(m_db->nativeHandle());
        }
        const Result<int> count = RowCounter::countNow(m_db->connection(), sql, binds);
        bool stale = false;
        {
            const QMutexLocker lock(&m_mutex);
            m_running = nullptr;
            stale = m_pending; // interrupted or overtaken: the newer request answers instead
        }
        if (stale)
            return;
        if (count)
            Q_EMIT counted(ticket, count.value());
        else
            Q_EMIT failed(ticket, count.error());
    }

    const QString m_path;
    std::unique_ptr<store::Database> m_db;
    QMutex m_mutex; // guards everything below
    bool m_pending = false;
    quint64 m_ticket = 0;
    QString m_sql;
    QVariantList m_binds;
    sqlite3 *m_running = nullptr;
};

RowCounter::RowCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_job(new CountJob(databasePath))
{
    m_thread.setObjectName(QStringLiteral("kernelscout-row-counter"));
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &CountJob::counted, this, &RowCounter::counted); // queued: different threads
    connect(m_job, &CountJob::failed, this, &RowCounter::failed);
    m_thread.start(QThread::LowPriority);
}

RowCounter::~RowCounter()
{
    m_job->shutDown();
    m_thread.quit();
    m_thread.wait();
}

Result<int> RowCounter::countNow(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection); // finalized on return: no read transaction lingers
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    ok = ok && q.exec() && q.next();
    if (!ok)
        return Result<int>::failure(store::Database::describe(q.lastError()));
    return q.value(0).toInt();
}

void RowCounter::request(quint64 ticket, const QString &sql, const QVariantList &binds)
{
    m_job->post(ticket, sql, binds);
}

} // namespace ks::itemmodels

#include "rowcounter.moc"
