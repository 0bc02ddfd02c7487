// SPDX-License-Identifier: MIT
#include "syncworker.h"

#include "jobs/standings.h"
#include "store/database.h"

#include <QThread>
#include <atomic>

namespace ks::jobs {

using sync::GitHubSync;
using sync::SyncOptions;
using sync::SyncProgress;
using sync::SyncSummary;

namespace {

// Everything that lives on the worker thread: created there, deleted there.
class Job final : public QObject
{
    Q_OBJECT

public:
    Job(QString path, SyncOptions options)
        : m_path(std::move(path))
        , m_options(std::move(options))
    { }

    void run()
    {
        m_db = std::make_unique<store::Database>();
        m_db->setChangePollInterval(0);
        if (Status s = m_db->open(m_path, store::Database::OpenMode::MustExist); !s) {
            SyncSummary summary;
            summary.failedRepos.append(QString());
            summary.errors.insert(QString(), s.error());
            Q_EMIT finished(summary);
            return;
        }
        m_sync = std::make_unique<GitHubSync>(*m_db, m_options);
        connect(m_sync.get(), &GitHubSync::progress, this, &Job::progress);
        connect(m_sync.get(), &GitHubSync::repoFinished, this, &Job::repoFinished);
        // After the data, the scores: scan what is new, re-rank every layer,
        // still on this thread, so the views just read the results.
        connect(m_sync.get(), &GitHubSync::finished, this, [this](SyncSummary summary) {
            if (!summary.cancelled) {
                jobs::StandingsRequest request;
                request.cancelled = [this] { return m_cancelled.load(); };
                request.stage = [this](const QString &text) { Q_EMIT progress(stage(text)); };
                const auto ranked = jobs::updateStandings(*m_db, request);
                if (ranked)
                    summary.ranked = ranked.value();
                else if (!m_cancelled)
                    summary.rankingError = ranked.error();
            }
            Q_EMIT finished(summary);
        });
        m_sync->start();
    }

    Q_INVOKABLE void cancel()
    {
        m_cancelled = true;
        if (m_sync)
            m_sync->cancel();
    }

    ~Job() override
    {
        m_sync.reset(); // before the connection it writes through
        m_db.reset();
    }

Q_SIGNALS:
    void progress(const ks::sync::SyncProgress &progress);
    void repoFinished(const QString &repo, const QString &error);
    void finished(const ks::sync::SyncSummary &summary);

private:
    static SyncProgress stage(const QString &text)
    {
        SyncProgress p;
        p.stage = text;
        return p;
    }

    QString m_path;
    std::atomic<bool> m_cancelled { false };
    SyncOptions m_options;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<GitHubSync> m_sync;
};

} // namespace

SyncWorker::SyncWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
}

SyncWorker::~SyncWorker()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

bool SyncWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool SyncWorker::start(const QString &databasePath, const SyncOptions &options)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kernelscout-sync"));
    auto *job = new Job(databasePath, options);
    job->moveToThread(m_thread);
    m_job = job;
    connect(m_thread, &QThread::started, job, &Job::run);
    connect(m_thread, &QThread::finished, job, &QObject::deleteLater);
    connect(job, &Job::progress, this, &SyncWorker::progress);
    connect(job, &Job::repoFinished, this, &SyncWorker::repoFinished);
    connect(job, &Job::finished, this, [this](const SyncSummary &summary) {
        m_thread->quit();
        Q_EMIT finished(summary);
    });
    m_thread->start();
    return true;
}

void SyncWorker::cancel()
{
    if (m_job)
        QMetaObject::invokeMethod(m_job, "cancel", Qt::QueuedConnection);
}

} // namespace ks::jobs

#include "syncworker.moc"
