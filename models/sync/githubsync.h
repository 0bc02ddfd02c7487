// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "requester.h"
#include "store/githubstore.h"
#include "syncreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>

namespace ks::store {
class Database;
}
namespace ks::github {
class Client;
}

namespace ks::sync {

struct SyncOptions
{
    QUrl apiRoot { QStringLiteral("https://api.github.com") };
    QByteArray token;
    QString layer; // only this layer's repositories
    QString repo; // only this repository
    QDateTime since; // first-sync window start (default: 12 months ago)
    int maxRequests = 0; // 0: no limit
    int maxPullLookupsPerRepo = 300;
    int profileMaxAgeDays = 7;
    int transferTimeoutMs = 60000;
    QString caBundle; // PEM file of extra CAs (GitHub Enterprise with its own CA)
    RetryPolicy retry;
    std::function<QDateTime()> clock = [] { return ks::Clock::now(); };
    Requester::Waiter wait; // empty: real timers; tests pass a virtual one
};

// Mirrors the repo map's GitHub repositories into the store, incrementally.
//
// Per repository: the repository itself, then three kinds of listings
// ("walks"), newest first, each stopping at what the last completed walk
// already saw: commits under each mapped prefix, pull requests by update
// time, and repository-wide review comments. Their first-page URLs carry no
// `since`, so an unchanged listing answers 304 and costs nothing. Then the
// PRs behind commits in mapped paths (from "(#N)", merge-bot trailers, the
// PR list's merge_commit_sha, or, in merge-commit repositories only, a
// last-resort /commits/{sha}/pulls) get their files with patches and
// their reviews. Last, profiles of the people in that work.
//
// Every page is one transaction that also records where the walk stands, so
// an interrupted sync resumes where it stopped. Lives on one thread; use
// SyncWorker to run it off the GUI thread.
class GitHubSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHubSync)

public:
    GitHubSync(store::Database &db, SyncOptions options, QObject *parent = nullptr);
    ~GitHubSync() override;

    // What the store says the sync will need; fails like start() would
    // (unknown layer or repository).
    Result<SyncEstimate> estimate() const;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const ks::sync::SyncProgress &progress);
    void repoFinished(const QString &repo, const QString &error);
    void finished(const ks::sync::SyncSummary &summary);

private:
    using Next = std::function<void()>;
    struct Walk;

    void nextRepo();
    void syncRepo(const store::SyncTarget &target);
    void runWalk(std::shared_ptr<Walk> walk, Next next);
    void walkPage(std::shared_ptr<Walk> walk, const QUrl &url, bool first, Next next);
    void lookupPulls(QStringList shas, Next next);
    void fetchDetails(QList<store::PendingPull> pending, Next next);
    void fetchAllPages(const QUrl &url, std::shared_ptr<QList<QByteArray>> bodies, std::function<void(const QString &error)> done,
        std::shared_ptr<QSet<QString>> seen = {});
    void fetchProfiles(QStringList logins, Next next);
    void failRepo(const QString &error);
    void finishRepo();
    void finish();
    void report(const QString &stage, int pagesDone = 0, int pagesTotal = 0);
    bool write(const std::function<Status()> &work);
    QDateTime now() const { return m_options.clock(); }

    store::Database &m_db;
    SyncOptions m_options;
    std::unique_ptr<github::Client> m_client;
    std::unique_ptr<Requester> m_requester;
    std::unique_ptr<store::GitHubStore> m_store;
    QList<store::SyncTarget> m_targets;
    int m_index = -1;
    store::SyncTarget m_current;
    bool m_repoFailed = false;
    bool m_running = false;
    SyncSummary m_summary;
    QDateTime m_waitingUntil;
    QElapsedTimer m_timer;
};

} // namespace ks::sync
