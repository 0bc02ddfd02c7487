// SPDX-License-Identifier: MIT
#include "githubsync.h"

#include "requester.h"
#include "sources/github/githubclient.h"
#include "sources/github/githubdecoder.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ks::sync {
namespace {

Q_LOGGING_CATEGORY(lcSync, "kernelscout.sync.github", QtWarningMsg)

// A re-sync walks back to the last completed walk's start, less this, so a
// clock skew between GitHub and us cannot hide an item.
constexpr qint64 OverlapSeconds = 3600;
// A listing longer than this is a server paging without end, not a
// repository (a walk back over llvm-project's 500,000 commits is 5,000
// pages). A next link back to a page already read is caught at once.
constexpr int MaxPagesPerWalk = 50000;

QString walkKeyForPrefix(const QString &prefix)
{
    return QStringLiteral("commits:") + prefix;
}

} // namespace

struct GitHubSync::Walk
{
    QString key;
    QString stage;
    QUrl firstUrl;
    // Stores one page; returns true when the page reached items older than
    // the bound, i.e. the walk is complete.
    std::function<Result<bool>(const QByteArray &body, const QString &sourceUrl, const QDateTime &bound)> apply;
    QDateTime startedAt;
    QDateTime bound;
    QSet<QString> seen; // pages asked for in this run: a next link back to one is a loop
};

namespace {

// Why the next page of a listing is not asked for, or empty when it may be.
QString loopCheck(QSet<QString> &seen, const QUrl &url)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    if (seen.contains(key))
        return QCoreApplication::translate("ks::sync::GitHubSync",
            "the server's next page points back at a page already read (%1); "
            "stopped, the listing loops")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo).left(200));
    if (seen.size() >= MaxPagesPerWalk)
        return QCoreApplication::translate(
            "ks::sync::GitHubSync", "more than %1 pages in one listing; stopped, the server's paging does not end")
            .arg(MaxPagesPerWalk);
    seen.insert(key);
    return {};
}

// A walk stops at the first item older than its bound, and an unreadable
// date would compare as the oldest of all: the walk would end "complete"
// with everything after it unread. Such a page is an error instead (nothing
// of it is stored, so the walk stays resumable).
template<typename Items, typename Date> Status datesReadable(const Items &items, Date date, const char *what)
{
    for (const auto &item : items) {
        if (!date(item).isValid())
            return Status::failure(
                QCoreApplication::translate("ks::sync::GitHubSync", "a %1 in the listing has no readable date; the page was not stored")
                    .arg(QCoreApplication::translate("ks::sync::GitHubSync", what)));
    }
    return {};
}

} // namespace

GitHubSync::GitHubSync(store::Database &db, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_client(std::make_unique<github::Client>(m_options.apiRoot))
    , m_requester(std::make_unique<Requester>(*m_client))
    , m_store(std::make_unique<store::GitHubStore>(db, store::MachineUsers::bundled()))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    m_store->setClock(m_options.clock);
    m_client->setToken(m_options.token);
    m_client->setTransferTimeout(m_options.transferTimeoutMs);
    m_requester->setMaxRequests(m_options.maxRequests);
    m_requester->setRetryPolicy(m_options.retry);
    m_requester->setClock(m_options.clock);
    m_requester->setWaiter(m_options.wait);
    connect(m_requester.get(), &Requester::waiting, this, [this](const QDateTime &until, const QString &why) {
        m_waitingUntil = until;
        report(why);
        m_waitingUntil = QDateTime();
    });
    if (!m_options.since.isValid())
        m_options.since = now().addMonths(-12);
}

GitHubSync::~GitHubSync() = default;

Result<SyncEstimate> GitHubSync::estimate() const
{
    const auto targets = m_store->targets(m_options.layer, m_options.repo);
    if (!targets)
        return Result<SyncEstimate>::failure(targets.error());
    SyncEstimate e;
    e.repos = int(targets->size());
    for (const store::SyncTarget &t : targets.value()) {
        QStringList walks { QStringLiteral("pulls"), QStringLiteral("review_comments") };
        for (const QString &p : t.prefixes)
            walks.append(walkKeyForPrefix(p));
        for (const QString &w : std::as_const(walks)) {
            ++e.listings;
            const auto state = m_store->walkState(t.repoId, w);
            if (!state || !state->cursor.isValid())
                ++e.listingsNeverDone;
            else if (state->resumeUrl.isValid())
                e.knownPages += std::max(1, state->pagesTotal - state->pagesDone);
        }
        if (const auto pending = m_store->pullsNeedingDetails(t.repoId))
            e.pullsPending += int(pending->size());
    }
    if (const auto profiles = m_store->profilesToFetch(now().addDays(-m_options.profileMaxAgeDays)))
        e.profilesPending = int(profiles->size());
    return e;
}

void GitHubSync::start()
{
    m_timer.start();
    m_running = true;
    m_summary = {};
    if (Status s = m_client->setCaBundle(m_options.caBundle); !s) {
        m_summary.errors.insert(QString(), s.error());
        m_summary.failedRepos.append(QString());
        finish();
        return;
    }
    const auto targets = m_store->targets(m_options.layer, m_options.repo);
    if (!targets) {
        m_summary.errors.insert(QString(), targets.error());
        m_summary.failedRepos.append(m_options.repo.isEmpty() ? m_options.layer : m_options.repo);
        finish();
        return;
    }
    // Nobody erased may come back: without the erasure key (a workspace
    // copied here without it) the run stops before its first request.
    if (const Status s = m_store->prepareErasures([this](const QString &stage) { report(stage, 0, 0); }); !s) {
        m_summary.errors.insert(QString(), s.error());
        m_summary.failedRepos.append(m_options.repo.isEmpty() ? m_options.layer : m_options.repo);
        finish();
        return;
    }
    m_targets = targets.value();
    m_index = -1;
    m_db.beginBulkWrites();
    nextRepo();
}

void GitHubSync::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_requester->cancel();
}

void GitHubSync::report(const QString &stage, int pagesDone, int pagesTotal)
{
    SyncProgress p;
    p.repo = m_index >= 0 && m_index < m_targets.size() ? m_current.fullName() : QString();
    p.stage = stage;
    p.pagesDone = pagesDone;
    p.pagesTotal = pagesTotal;
    p.repoIndex = m_index;
    p.repoCount = int(m_targets.size());
    p.requests = m_requester->counted();
    p.notModified = m_requester->notModified();
    p.itemsNew = m_summary.itemsNew;
    p.itemsUpdated = m_summary.itemsUpdated;
    p.rate = m_requester->rate();
    p.waitingUntil = m_waitingUntil;
    p.retries = m_requester->retries();
    Q_EMIT progress(p);
}

bool GitHubSync::write(const std::function<Status()> &work)
{
    const Status s = m_db.write(work);
    if (!s)
        failRepo(s.error());
    return s.ok();
}

void GitHubSync::nextRepo()
{
    ++m_index;
    if (m_summary.cancelled || m_requester->limitReached() || m_index >= m_targets.size()) {
        // Repositories never started count as failed when the run was cut short.
        for (int i = std::max(0, m_index); i < m_targets.size(); ++i) {
            if (m_summary.cancelled || m_requester->limitReached()) {
                m_summary.failedRepos.append(m_targets[i].fullName());
                m_summary.errors.insert(m_targets[i].fullName(),
                    m_summary.cancelled ? tr("cancelled before it started") : tr("not started: request limit reached"));
            }
        }
        m_index = int(m_targets.size());
        // Profiles are shared by all repositories: fetched once, at the end.
        if (!m_summary.cancelled && !m_requester->limitReached()) {
            const auto logins = m_store->profilesToFetch(now().addDays(-m_options.profileMaxAgeDays));
            if (logins && !logins->isEmpty()) {
                fetchProfiles(logins.value(), [this] { finish(); });
                return;
            }
        }
        finish();
        return;
    }
    m_current = m_targets[m_index];
    m_repoFailed = false;
    syncRepo(m_current);
}

void GitHubSync::failRepo(const QString &error)
{
    if (m_repoFailed)
        return;
    m_repoFailed = true;
    if (m_requester->limitReached())
        m_summary.stoppedAtLimit = true;
    m_summary.failedRepos.append(m_current.fullName());
    m_summary.errors.insert(m_current.fullName(), error);
    qCWarning(lcSync) << m_current.fullName() << error;
    Q_EMIT repoFinished(m_current.fullName(), error);
    nextRepo();
}

void GitHubSync::finishRepo()
{
    if (m_repoFailed)
        return;
    ++m_summary.reposSynced;
    Q_EMIT repoFinished(m_current.fullName(), QString());
    nextRepo();
}

void GitHubSync::finish()
{
    m_summary.requests = m_requester->counted();
    m_summary.notModified = m_requester->notModified();
    m_summary.retries = m_requester->retries();
    m_summary.waitedMilliseconds = m_requester->waitedMilliseconds();
    m_summary.rate = m_requester->rate();
    m_summary.milliseconds = m_timer.elapsed();
    if (m_requester->limitReached())
        m_summary.stoppedAtLimit = true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_runs(started_at, finished_at, api_root, requests, not_modified, items_new, "
                             "items_updated, failed_repos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList { now().addMSecs(-m_summary.milliseconds).toString(Qt::ISODate), now().toString(Qt::ISODate),
             m_options.apiRoot.toString(), m_summary.requests, m_summary.notModified, m_summary.itemsNew, m_summary.itemsUpdated,
             m_summary.failedRepos.join(QLatin1Char(',')) })
        q.addBindValue(v);
    q.exec();
    m_db.endBulkWrites();
    m_running = false;
    report(QString());
    Q_EMIT finished(m_summary);
}

void GitHubSync::syncRepo(const store::SyncTarget &target)
{
    report(tr("repository"));
    const QUrl repoUrl = m_client->url(QStringLiteral("/repos/%1/%2").arg(target.owner, target.name));
    m_requester->get(repoUrl, m_store->etag(repoUrl), [this, target, repoUrl](const github::Response &r, const QString &error) {
        if (!error.isEmpty())
            return failRepo(error);
        if (!r.notModified()) {
            const auto repo = github::decode::repo(r.body);
            if (!repo)
                return failRepo(repo.error());
            if (!write([&] {
                    if (Status s = m_store->applyRepo(target.repoId, repo.value()); !s)
                        return s;
                    return m_store->storeEtag(repoUrl, r.etag);
                }))
                return;
        }
        // The walks, one after another, then PR lookups, details, and done.
        auto walks = std::make_shared<QList<std::shared_ptr<Walk>>>();
        for (const QString &prefix : target.prefixes) {
            auto w = std::make_shared<Walk>();
            w->key = walkKeyForPrefix(prefix);
            w->stage = prefix.isEmpty() ? tr("commits") : tr("commits under %1").arg(prefix);
            QList<QPair<QString, QString>> query;
            if (!prefix.isEmpty())
                query.append({ QStringLiteral("path"), prefix });
            query.append({ QStringLiteral("per_page"), QStringLiteral("100") });
            w->firstUrl = m_client->url(QStringLiteral("/repos/%1/%2/commits").arg(target.owner, target.name), query);
            w->apply = [this, target, prefix](const QByteArray &body, const QString &url, const QDateTime &bound) -> Result<bool> {
                const auto commits = github::decode::commits(body);
                if (!commits)
                    return Result<bool>::failure(commits.error());
                if (Status s = datesReadable(
                        commits.value(), [](const auto &c) { return c.committedAt; }, QT_TRANSLATE_NOOP("ks::sync::GitHubSync", "commit"));
                    !s)
                    return Result<bool>::failure(s.error());
                const auto counts = m_store->applyCommits(target, prefix, commits.value(), url);
                if (!counts)
                    return Result<bool>::failure(counts.error());
                m_summary.itemsNew += counts->added;
                m_summary.itemsUpdated += counts->updated;
                return commits->isEmpty() || commits->constLast().committedAt < bound;
            };
            walks->append(w);
        }
        auto pulls = std::make_shared<Walk>();
        pulls->key = QStringLiteral("pulls");
        pulls->stage = tr("pull requests");
        pulls->firstUrl = m_client->url(QStringLiteral("/repos/%1/%2/pulls").arg(target.owner, target.name),
            { { QStringLiteral("state"), QStringLiteral("all") }, { QStringLiteral("sort"), QStringLiteral("updated") },
                { QStringLiteral("direction"), QStringLiteral("desc") }, { QStringLiteral("per_page"), QStringLiteral("100") } });
        pulls->apply = [this, target](const QByteArray &body, const QString &url, const QDateTime &bound) -> Result<bool> {
            const auto list = github::decode::pullRequests(body);
            if (!list)
                return Result<bool>::failure(list.error());
            if (Status s = datesReadable(
                    list.value(), [](const auto &p) { return p.updatedAt; }, QT_TRANSLATE_NOOP("ks::sync::GitHubSync", "pull request"));
                !s)
                return Result<bool>::failure(s.error());
            const auto counts = m_store->applyPulls(target.repoId, list.value(), url);
            if (!counts)
                return Result<bool>::failure(counts.error());
            m_summary.itemsNew += counts->added;
            m_summary.itemsUpdated += counts->updated;
            return list->isEmpty() || list->constLast().updatedAt < bound;
        };
        walks->append(pulls);
        auto comments = std::make_shared<Walk>();
        comments->key = QStringLiteral("review_comments");
        comments->stage = tr("review comments");
        comments->firstUrl = m_client->url(QStringLiteral("/repos/%1/%2/pulls/comments").arg(target.owner, target.name),
            { { QStringLiteral("sort"), QStringLiteral("updated") }, { QStringLiteral("direction"), QStringLiteral("desc") },
                { QStringLiteral("per_page"), QStringLiteral("100") } });
        comments->apply = [this, target](const QByteArray &body, const QString &url, const QDateTime &bound) -> Result<bool> {
            const auto list = github::decode::reviewComments(body);
            if (!list)
                return Result<bool>::failure(list.error());
            if (Status s = datesReadable(
                    list.value(), [](const auto &c) { return c.updatedAt; }, QT_TRANSLATE_NOOP("ks::sync::GitHubSync", "review comment"));
                !s)
                return Result<bool>::failure(s.error());
            const auto counts = m_store->applyReviewComments(target.repoId, list.value(), url);
            if (!counts)
                return Result<bool>::failure(counts.error());
            m_summary.itemsNew += counts->added;
            m_summary.itemsUpdated += counts->updated;
            return list->isEmpty() || list->constLast().updatedAt < bound;
        };
        walks->append(comments);

        auto runNext = std::make_shared<std::function<void()>>();
        *runNext = [this, walks, runNext, target] {
            if (m_repoFailed)
                return;
            if (!walks->isEmpty()) {
                auto w = walks->takeFirst();
                runWalk(w, *runNext);
                return;
            }
            // After the walks: PRs joined by merge commit (free), then
            // last-resort lookups where branch commits carry no reference.
            if (!write([&] { return m_store->associateByMergeCommit(target.repoId); }))
                return;
            const auto mergeCommits = m_store->usesMergeCommits(target.repoId);
            QStringList shas;
            if (mergeCommits && mergeCommits.value()) {
                if (const auto found = m_store->commitsWithoutPull(target.repoId, m_options.maxPullLookupsPerRepo))
                    shas = found.value();
            }
            lookupPulls(shas, [this, target] {
                if (!write([&] { return m_store->markRelevantAndLanded(target); }))
                    return;
                const auto pending = m_store->pullsNeedingDetails(target.repoId);
                if (!pending)
                    return failRepo(pending.error());
                fetchDetails(pending.value(), [this, target] {
                    if (!write([&] { return m_store->markRelevantAndLanded(target); }))
                        return;
                    finishRepo();
                });
            });
        };
        (*runNext)();
    });
}

void GitHubSync::runWalk(std::shared_ptr<Walk> walk, Next next)
{
    const auto state = m_store->walkState(m_current.repoId, walk->key);
    if (!state)
        return failRepo(state.error());
    if (state->resumeUrl.isValid() && state->startedAt.isValid()) {
        // An interrupted walk: carry on from its next page, with its start
        // and bound, so what it already stored is not fetched again.
        walk->startedAt = state->startedAt;
        walk->bound = state->bound;
        qCDebug(lcSync) << "resuming" << walk->key << "at" << state->resumeUrl;
        report(walk->stage, state->pagesDone, state->pagesTotal);
        walkPage(walk, state->resumeUrl, false, next);
        return;
    }
    walk->startedAt = now();
    walk->bound = state->cursor.isValid() ? state->cursor.addSecs(-OverlapSeconds) : m_options.since;
    if (!write([&] { return m_store->beginWalk(m_current.repoId, walk->key, walk->startedAt, walk->bound); }))
        return;
    report(walk->stage);
    walkPage(walk, walk->firstUrl, true, next);
}

void GitHubSync::walkPage(std::shared_ptr<Walk> walk, const QUrl &url, bool first, Next next)
{
    if (const QString loop = loopCheck(walk->seen, url); !loop.isEmpty())
        return failRepo(tr("%1: %2").arg(walk->stage, loop));
    const QByteArray etag = first ? m_store->etag(url) : QByteArray();
    m_requester->get(url, etag, [this, walk, url, first, next](const github::Response &r, const QString &error) {
        if (!error.isEmpty())
            return failRepo(tr("%1: %2").arg(walk->stage, error));
        if (r.notModified()) {
            // Page one is as it was: nothing in this listing changed.
            if (write([&] { return m_store->completeWalk(m_current.repoId, walk->key); }))
                next();
            return;
        }
        bool complete = false;
        const auto state = m_store->walkState(m_current.repoId, walk->key);
        const int done = state ? state->pagesDone + 1 : 0;
        const int total = r.lastPage() > 0 ? r.lastPage() : (state ? state->pagesTotal : 0);
        const QString sourceUrl = url.toString(QUrl::FullyEncoded);
        if (!write([&]() -> Status {
                const auto stop = walk->apply(r.body, sourceUrl, walk->bound);
                if (!stop)
                    return Status::failure(tr("%1: %2").arg(walk->stage, stop.error()));
                complete = stop.value() || !r.next().isValid();
                if (Status s = m_store->recordPage(m_current.repoId, walk->key, complete ? QUrl() : r.next(), r.lastPage()); !s)
                    return s;
                if (first)
                    if (Status s = m_store->storeEtag(url, r.etag); !s)
                        return s;
                return complete ? m_store->completeWalk(m_current.repoId, walk->key) : Status();
            }))
            return;
        report(walk->stage, done, std::max(total, done));
        if (complete)
            next();
        else
            walkPage(walk, r.next(), false, next);
    });
}

void GitHubSync::lookupPulls(QStringList shas, Next next)
{
    if (m_repoFailed)
        return;
    if (shas.isEmpty())
        return next();
    const QString sha = shas.takeFirst();
    report(tr("finding the pull request of commit %1").arg(sha.left(10)));
    const QUrl url = m_client->url(QStringLiteral("/repos/%1/%2/commits/%3/pulls").arg(m_current.owner, m_current.name, sha));
    m_requester->get(url, QByteArray(), [this, shas, sha, url, next](const github::Response &r, const QString &error) {
        if (!error.isEmpty())
            return failRepo(error);
        const auto pulls = github::decode::pullRequests(r.body);
        if (!pulls)
            return failRepo(pulls.error());
        int number = 0;
        for (const github::PullRequest &p : pulls.value()) {
            if (p.mergeCommitSha == sha || number == 0)
                number = p.number;
        }
        if (!write([&]() -> Status {
                const auto counts = m_store->applyPulls(m_current.repoId, pulls.value(), url.toString(QUrl::FullyEncoded));
                if (!counts)
                    return Status::failure(counts.error());
                m_summary.itemsNew += counts->added;
                return m_store->setCommitPull(m_current.repoId, sha, number);
            }))
            return;
        lookupPulls(shas, next);
    });
}

void GitHubSync::fetchAllPages(const QUrl &url, std::shared_ptr<QList<QByteArray>> bodies, std::function<void(const QString &error)> done,
    std::shared_ptr<QSet<QString>> seen)
{
    if (!seen)
        seen = std::make_shared<QSet<QString>>();
    if (const QString loop = loopCheck(*seen, url); !loop.isEmpty())
        return done(loop);
    m_requester->get(url, QByteArray(), [this, bodies, done, seen](const github::Response &r, const QString &error) {
        if (!error.isEmpty())
            return done(error);
        bodies->append(r.body);
        if (r.next().isValid())
            fetchAllPages(r.next(), bodies, done, seen);
        else
            done(QString());
    });
}

void GitHubSync::fetchDetails(QList<store::PendingPull> pending, Next next)
{
    if (m_repoFailed)
        return;
    if (pending.isEmpty())
        return next();
    const store::PendingPull pull = pending.takeFirst();
    const int total = int(pending.size()) + 1;
    report(tr("pull request #%1 (%2 to go)").arg(pull.number).arg(total));
    const QString base = QStringLiteral("/repos/%1/%2/pulls/%3").arg(m_current.owner, m_current.name).arg(pull.number);

    // Files and reviews, each paginated, stored together in one transaction.
    auto readFilesAndReviews = [this, base, pull, pending, next] {
        auto files = std::make_shared<QList<QByteArray>>();
        const QUrl filesUrl = m_client->url(base + QStringLiteral("/files"), { { QStringLiteral("per_page"), QStringLiteral("100") } });
        fetchAllPages(filesUrl, files, [this, base, pull, pending, next, files, filesUrl](const QString &error) {
            if (!error.isEmpty())
                return failRepo(error);
            auto reviews = std::make_shared<QList<QByteArray>>();
            const QUrl reviewsUrl
                = m_client->url(base + QStringLiteral("/reviews"), { { QStringLiteral("per_page"), QStringLiteral("100") } });
            fetchAllPages(reviewsUrl, reviews, [this, pull, pending, next, files, reviews, filesUrl](const QString &error) {
                if (!error.isEmpty())
                    return failRepo(error);
                QList<github::PullFile> allFiles;
                QList<github::Review> allReviews;
                for (const QByteArray &body : std::as_const(*files)) {
                    const auto page = github::decode::pullFiles(body);
                    if (!page)
                        return failRepo(tr("pull request #%1 files: %2").arg(pull.number).arg(page.error()));
                    allFiles.append(page.value());
                }
                for (const QByteArray &body : std::as_const(*reviews)) {
                    const auto page = github::decode::reviews(body);
                    if (!page)
                        return failRepo(tr("pull request #%1 reviews: %2").arg(pull.number).arg(page.error()));
                    allReviews.append(page.value());
                }
                if (!write([&]() -> Status {
                        const auto counts = m_store->applyPullDetails(
                            m_current.repoId, pull.number, allFiles, allReviews, filesUrl.toString(QUrl::FullyEncoded));
                        if (!counts)
                            return Status::failure(counts.error());
                        m_summary.itemsNew += counts->added;
                        return Status();
                    }))
                    return;
                fetchDetails(pending, next);
            });
        });
    };
    if (pull.id != 0)
        return readFilesAndReviews();
    // Known only by number (its commit landed, its row is outside the walked
    // window): the single-PR answer also carries merged_by.
    const QUrl url = m_client->url(base);
    m_requester->get(
        url, QByteArray(),
        [this, url, pull, pending, next, readFilesAndReviews](const github::Response &r, const QString &error) {
            if (!error.isEmpty())
                return failRepo(error);
            if (r.status == 404)
                return fetchDetails(pending, next);
            const auto detail = github::decode::pullRequest(r.body);
            if (!detail)
                return failRepo(detail.error());
            if (!write([&]() -> Status {
                    const auto counts = m_store->applyPulls(m_current.repoId, { detail.value() }, url.toString(QUrl::FullyEncoded));
                    if (!counts)
                        return Status::failure(counts.error());
                    m_summary.itemsNew += counts->added;
                    return m_store->markRelevantAndLanded(m_current);
                }))
                return;
            readFilesAndReviews();
        },
        true);
}

void GitHubSync::fetchProfiles(QStringList logins, Next next)
{
    if (logins.isEmpty() || m_summary.cancelled || m_requester->limitReached())
        return next();
    const QString login = logins.takeFirst();
    report(tr("profile of %1 (%2 to go)").arg(login).arg(logins.size() + 1));
    const QUrl url = m_client->url(QStringLiteral("/users/%1").arg(login));
    m_requester->get(
        url, m_store->etag(url),
        [this, url, login, logins, next](const github::Response &r, const QString &error) {
            Status s;
            if (!error.isEmpty()) {
                m_summary.errors.insert(tr("profile %1").arg(login), error);
            } else if (r.notModified() || r.status == 404) {
                s = m_db.write([&] { return m_store->touchProfile(login); });
            } else if (const auto profile = github::decode::profile(r.body); !profile) {
                m_summary.errors.insert(tr("profile %1").arg(login), profile.error());
            } else {
                s = m_db.write([&]() -> Status {
                    const auto counts = m_store->applyProfile(profile.value(), url.toString(QUrl::FullyEncoded));
                    if (!counts)
                        return Status::failure(counts.error());
                    m_summary.itemsUpdated += counts->updated;
                    return m_store->storeEtag(url, r.etag);
                });
            }
            if (!s)
                m_summary.errors.insert(tr("profile %1").arg(login), s.error());
            fetchProfiles(logins, next);
        },
        true);
}

} // namespace ks::sync
