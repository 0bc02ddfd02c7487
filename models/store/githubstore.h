// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "domain/redactor.h"
#include "domain/result.h"
#include "machineusers.h"
#include "sources/github/githubtypes.h"
#include "suppressionlist.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace ks::store {

class Database;

// A repository as the sync sees it: fetched once however many layers map
// it, with the union of their path prefixes ("" = the whole repository).
struct SyncTarget
{
    qint64 repoId = 0;
    QString owner, name;
    QStringList prefixes;
    QString fullName() const { return owner + QLatin1Char('/') + name; }
};

// The stored position of one paginated listing of a repository.
struct WalkState
{
    QDateTime cursor; // start of the last completed walk (null: never completed)
    QUrl resumeUrl; // next page of an unfinished walk
    QDateTime startedAt; // start of the unfinished walk
    QDateTime bound; // an unfinished walk stops at items older than this
    int pagesDone = 0;
    int pagesTotal = 0;
};

struct PageCounts
{
    int added = 0;
    int updated = 0;
    PageCounts &operator+=(const PageCounts &o)
    {
        added += o.added;
        updated += o.updated;
        return *this;
    }
};

// A pull request whose files and reviews should be (re)read.
struct PendingPull
{
    int number = 0;
    qint64 id = 0; // 0 when only its number is known (from a commit or comment)
};

// Everything the GitHub sync writes, as idempotent upserts keyed by GitHub's
// ids, plus the walk cursors and ETags that make it incremental. The apply*
// functions expect to run inside Database::write(), one page per transaction;
// statements are prepared once and reused.
class GitHubStore final
{
    Q_DISABLE_COPY_MOVE(GitHubStore)

public:
    GitHubStore(Database &db, MachineUsers machines);
    ~GitHubStore();

    Result<QList<SyncTarget>> targets(const QString &layerKey, const QString &repoFullName) const;

    Result<WalkState> walkState(qint64 repoId, const QString &walk) const;
    Status beginWalk(qint64 repoId, const QString &walk, const QDateTime &startedAt, const QDateTime &bound);
    Status recordPage(qint64 repoId, const QString &walk, const QUrl &next, int pagesTotal);
    Status completeWalk(qint64 repoId, const QString &walk);

    QByteArray etag(const QUrl &url) const;
    Status storeEtag(const QUrl &url, const QByteArray &etag);

    Status applyRepo(qint64 repoId, const github::Repo &repo);
    Result<PageCounts> applyCommits(
        const SyncTarget &target, const QString &prefix, const QList<github::Commit> &commits, const QString &sourceUrl);
    Result<PageCounts> applyPulls(qint64 repoId, const QList<github::PullRequest> &pulls, const QString &sourceUrl);
    Result<PageCounts> applyReviewComments(qint64 repoId, const QList<github::ReviewComment> &comments, const QString &sourceUrl);
    Result<PageCounts> applyPullDetails(
        qint64 repoId, int number, const QList<github::PullFile> &files, const QList<github::Review> &reviews, const QString &sourceUrl);
    Result<PageCounts> applyProfile(const github::Profile &profile, const QString &sourceUrl);
    Status touchProfile(const QString &login); // a 304: the stored profile is current
    Status setCommitPull(qint64 repoId, const QString &sha, int number);

    // Joins commits to the PRs whose merge_commit_sha they are (squash and
    // rebase merges), at no request cost.
    Status associateByMergeCommit(qint64 repoId);
    // Whether the repository lands PRs as merge commits, whose branch commits
    // carry no PR reference; only then are lookups worth their requests.
    Result<bool> usesMergeCommits(qint64 repoId) const;
    // Commits in mapped paths without a PR whose last-resort lookup has not run.
    Result<QStringList> commitsWithoutPull(qint64 repoId, int limit) const;
    // Marks PRs that touch mapped paths, and those that landed.
    Status markRelevantAndLanded(const SyncTarget &target);
    Result<QList<PendingPull>> pullsNeedingDetails(qint64 repoId) const;
    Result<QStringList> profilesToFetch(const QDateTime &staleBefore) const;
    // Every mapped repository with the time its listings were last all
    // complete (null: never), for the sync panel.
    Result<QList<QPair<QString, QDateTime>>> lastSynced() const;

    // Before a sync: the erasure lists can be read (a workspace with
    // erasures but without its key on this computer refuses), and records
    // from before schema 10 are re-keyed (once; about two minutes).
    Status prepareErasures(const std::function<void(const QString &stage)> &progress = {});

    const MachineUsers &machines() const { return m_machines; }
    // Fetch times come from here, so tests can fix the clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    QSqlQuery &prepared(const char *key, const QString &sql);
    bool upsertUser(const github::User &user, Status &status);
    // People who asked to be forgotten are never stored again: their own
    // items are skipped, items others share with them keep no trace of them.
    // The lists are re-read whenever the erasure generation moved, checked
    // once per page: a forget in another thread or process takes effect
    // from the next page on.
    bool refreshErasures(Status &status);
    bool isSuppressed(const github::User &user, Status &status);
    github::User visible(const github::User &user, Status &status); // null when suppressed
    QString scrub(const QString &text) const; // their words and logins redacted
    bool namesForgotten(const QString &name, const QString &email) const;
    QVariant path(const QString &path, Status &status); // "[redacted-N]" when it names them
    QString now() const;

    Database &m_db;
    MachineUsers m_machines;
    QHash<QByteArray, std::shared_ptr<QSqlQuery>> m_statements;
    QSet<qint64> m_usersSeen; // upserted during this sync already
    std::optional<qint64> m_erasureGeneration; // of the lists below
    SuppressionList::Snapshot m_suppressions;
    Redactor m_redactor;
    QByteArray m_erasureKey;
    QHash<qint64, bool> m_suppressedIds;
    QStringList m_suppressedLogins; // met by id in this sync
    QList<QRegularExpression> m_loginMentions; // one per login above, compiled once
    std::function<QDateTime()> m_clock = [] { return ks::Clock::now(); };
};

} // namespace ks::store
