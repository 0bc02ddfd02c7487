// SPDX-License-Identifier: MIT
// Benchmark: the GitHub sync against a synthetic repository on the fake.
//
//   bench_sync [--smoke]
//
// Full size (the issue's): 5,000 PRs (a third touching the mapped prefixes),
// 20,000 commits, 10,000 review comments. Prints, each against a baseline
// measured in the same run:
//  1. requests that cost budget for a first sync, against a per-PR client that
//     lists every PR and fetches each one's detail, files, reviews and comments
//     (GrimoireLab Perceval's pattern): target ratio <= 1/4;
//  2. requests for a re-sync with nothing changed: target <= 2 + prefixes;
//  3. the store's ingest rate for parsed pages (one transaction per page, as
//     the sync writes) against raw SQLite inserting the same rows into the same
//     tables with prepared statements in one transaction: target >= 50%.
#include "domain/redactor.h"
#include "fakegithub.h"
#include "sources/github/githubtypes.h"
#include "store/database.h"
#include "store/erasurekey.h"
#include "store/githubstore.h"
#include "store/layerstore.h"
#include "store/redactionlist.h"
#include "sync/githubsync.h"
#include "syntheticbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace ks;

namespace {

QTextStream out(stdout);

// The per-PR baseline: list all PRs, then four requests for each.
class PerPullClient : public QObject
{
public:
    PerPullClient(const QUrl &root, QString repo)
        : m_root(root)
        , m_repo(std::move(repo))
    { }
    void run(std::function<void()> done)
    {
        m_done = std::move(done);
        get(url(QStringLiteral("/pulls?state=all&per_page=100")), [this](QNetworkReply *r) { listPage(r); });
    }

private:
    QUrl url(const QString &suffix) const { return QUrl(m_root.toString() + QStringLiteral("/repos/") + m_repo + suffix); }
    void get(const QUrl &u, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest req(u);
        req.setRawHeader("Accept", "application/vnd.github+json");
        QNetworkReply *reply = m_net.get(req);
        connect(reply, &QNetworkReply::finished, this, [reply, then] {
            reply->deleteLater();
            then(reply);
        });
    }
    void listPage(QNetworkReply *r)
    {
        for (const QJsonValue &v : QJsonDocument::fromJson(r->readAll()).array())
            m_numbers.append(v.toObject().value(QStringLiteral("number")).toInt());
        const QByteArray link = r->rawHeader("Link");
        const qsizetype next = link.indexOf("rel=\"next\"");
        if (next >= 0) {
            const qsizetype open = link.lastIndexOf('<', next), close = link.lastIndexOf('>', next);
            get(QUrl(QString::fromUtf8(link.mid(open + 1, close - open - 1))), [this](QNetworkReply *reply) { listPage(reply); });
            return;
        }
        nextPull();
    }
    void nextPull()
    {
        if (m_numbers.isEmpty())
            return m_done();
        const QString base = QStringLiteral("/pulls/%1").arg(m_numbers.takeFirst());
        get(url(base), [this, base](QNetworkReply *) {
            get(url(base + QStringLiteral("/files")), [this, base](QNetworkReply *) {
                get(url(base + QStringLiteral("/reviews")), [this, base](QNetworkReply *) {
                    get(url(base + QStringLiteral("/comments")), [this](QNetworkReply *) { nextPull(); });
                });
            });
        });
    }

    QNetworkAccessManager m_net;
    QUrl m_root;
    QString m_repo;
    QList<int> m_numbers;
    std::function<void()> m_done;
};

sync::SyncSummary runSync(store::Database &db, const QUrl &root, const QDateTime &now)
{
    sync::SyncOptions o;
    o.apiRoot = root;
    o.clock = [now] { return now; };
    o.since = now.addMonths(-13);
    sync::GitHubSync engine(db, o);
    sync::SyncSummary summary;
    QObject::connect(&engine, &sync::GitHubSync::finished, [&](const sync::SyncSummary &s) {
        summary = s;
        QCoreApplication::quit();
    });
    engine.start();
    if (engine.isRunning())
        QCoreApplication::exec();
    return summary;
}

github::User ghUser(const fake::FakeGitHub &gh, const QString &login)
{
    github::User u;
    if (const fake::FakeUser *f = gh.user(login)) {
        u.id = f->id;
        u.login = f->login;
        u.type = f->type;
    }
    return u;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);

    const fake::SyntheticSpec spec = benchmarkRepo(smoke);
    fake::FakeGitHub github;
    if (!github.listen())
        return 1;
    github.setRateLimit(1000000, 1000000, now.addSecs(3600).toSecsSinceEpoch());
    github.addSynthetic(spec);
    const QString repo = spec.owner + QLatin1Char('/') + spec.name;

    QTemporaryDir dir;
    store::Database db;
    db.setChangePollInterval(0);
    if (!db.open(dir.filePath(QStringLiteral("sync.sqlite"))).ok())
        return 1;
    store::LayerStore layers(db);
    RoleLayer layer;
    layer.slug = QStringLiteral("kernel");
    layer.name = QStringLiteral("Kernel");
    layer.repos = { { spec.owner, spec.name, spec.mappedPrefixes } };
    if (!layers.save(layer).ok())
        return 1;

    out << "bench_sync (" << (smoke ? "smoke" : "full") << "): " << spec.pulls << " PRs, " << spec.commits << " commits, "
        << spec.reviewComments << " review comments, " << spec.mappedPrefixes.size() << " mapped prefixes\n";

    // 1. First sync against the per-PR baseline.
    QElapsedTimer t;
    t.start();
    const auto first = runSync(db, github.apiRoot(), now);
    const double syncSeconds = t.elapsed() / 1000.0;
    if (!first.ok()) {
        out << "FAILED: " << first.errors.values().join(QLatin1String("; ")) << "\n";
        return 1;
    }
    const int ours = github.countedRequests();
    github.resetCounters();
    t.restart();
    PerPullClient baseline(github.apiRoot(), repo);
    baseline.run([] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    const double baselineSeconds = t.elapsed() / 1000.0;
    const int theirs = github.countedRequests();
    const double ratio = double(ours) / theirs;
    out << QStringLiteral("  first sync   %1 requests in %2 s | per-PR baseline %3 requests in %4 s | ratio %5 (target <= 0.25) %6\n")
               .arg(ours)
               .arg(syncSeconds, 0, 'f', 1)
               .arg(theirs)
               .arg(baselineSeconds, 0, 'f', 1)
               .arg(ratio, 0, 'f', 3)
               .arg(ratio <= 0.25 ? QStringLiteral("OK") : QStringLiteral("MISSED"));

    // 2. Re-sync with nothing changed.
    github.resetCounters();
    const auto again = runSync(db, github.apiRoot(), now.addSecs(600));
    const int resync = github.countedRequests();
    const int resyncTarget = 2 + int(spec.mappedPrefixes.size());
    out << QStringLiteral("  re-sync      %1 requests, %2 not modified | target <= %3 %4\n")
               .arg(resync)
               .arg(again.notModified)
               .arg(resyncTarget)
               .arg(resync <= resyncTarget ? QStringLiteral("OK") : QStringLiteral("MISSED"));

    // 3. Ingest: parsed pages through GitHubStore vs raw prepared inserts.
    const fake::FakeRepo *fr = github.repo(spec.owner, spec.name);
    QList<github::Commit> commits;
    for (const fake::FakeCommit &c : fr->commits) {
        github::Commit gc;
        gc.sha = c.sha;
        gc.author = ghUser(github, c.authorLogin);
        gc.authorName = c.authorName;
        gc.authorEmail = c.authorEmail;
        gc.authoredAt = gc.committedAt = c.date;
        gc.message = c.message;
        commits.append(gc);
    }
    QList<github::PullRequest> pulls;
    for (const fake::FakePull &p : fr->pulls) {
        github::PullRequest gp;
        gp.id = p.id;
        gp.number = p.number;
        gp.title = p.title;
        gp.body = p.body;
        gp.state = p.state;
        gp.author = ghUser(github, p.authorLogin);
        gp.createdAt = p.createdAt;
        gp.updatedAt = p.updatedAt;
        gp.closedAt = p.closedAt;
        gp.mergedAt = p.mergedAt;
        gp.mergeCommitSha = p.mergeCommitSha;
        pulls.append(gp);
    }
    QList<github::ReviewComment> comments;
    for (const fake::FakeReviewComment &c : fr->comments) {
        github::ReviewComment gc;
        gc.id = c.id;
        gc.pullNumber = c.pullNumber;
        gc.user = ghUser(github, c.login);
        gc.path = c.path;
        gc.diffHunk = c.diffHunk;
        gc.body = c.body;
        gc.line = c.line;
        gc.createdAt = c.createdAt;
        gc.updatedAt = c.updatedAt;
        comments.append(gc);
    }
    const int rows = int(commits.size() * 2 + pulls.size() + comments.size());

    auto freshDb = [&](store::Database &d, const QString &name) {
        d.setChangePollInterval(0);
        if (!d.open(dir.filePath(name)).ok())
            return false;
        QSqlQuery q(d.connection());
        return q.exec(QStringLiteral("INSERT INTO repos(id, owner, name) VALUES (1, 'synth', 'big')"));
    };
    // The store's ingest, optionally with someone forgotten: then every
    // title, body, message and diff hunk is tokenised and looked up in the
    // redaction list, and unlinked commits' names and addresses too.
    const QString src = QStringLiteral("https://api.github.com/repositories/1/page");
    auto ingest = [&](const QString &name, bool withErasure) -> double {
        store::Database storeDb;
        if (!freshDb(storeDb, name))
            return -1;
        if (withErasure) {
            const Status listed = storeDb.write([&]() -> Status {
                const auto key = store::ErasureKey::findOrCreate(storeDb);
                if (!key)
                    return Status::failure(key.error());
                store::RedactionList list(storeDb);
                const Status added = list.add(Redactor::entriesFor(key.value(), QStringLiteral("gone-away"),
                    { QStringLiteral("gone@away.example") }, { QStringLiteral("goneaway") }, { QStringLiteral("Gwendolyn Away Person") }));
                return added ? list.raiseGeneration() : added;
            });
            if (!listed)
                return -1;
        }
        store::GitHubStore gs(storeDb, store::MachineUsers::bundled());
        const store::SyncTarget target { 1, spec.owner, spec.name, { QString() } };
        storeDb.beginBulkWrites(); // as GitHubSync does
        QElapsedTimer clock;
        clock.start();
        bool fine = true;
        for (qsizetype i = 0; i < commits.size() && fine; i += 100)
            fine = storeDb.write([&] { return Status::from(gs.applyCommits(target, QString(), commits.mid(i, 100), src)); }).ok();
        for (qsizetype i = 0; i < pulls.size() && fine; i += 100)
            fine = storeDb.write([&] { return Status::from(gs.applyPulls(1, pulls.mid(i, 100), src)); }).ok();
        for (qsizetype i = 0; i < comments.size() && fine; i += 100)
            fine = storeDb.write([&] { return Status::from(gs.applyReviewComments(1, comments.mid(i, 100), src)); }).ok();
        storeDb.endBulkWrites();
        return fine ? clock.nsecsElapsed() / 1e6 : -1;
    };
    qputenv("KERNELSCOUT_KEYS_DIR", QFile::encodeName(dir.filePath(QStringLiteral("keys"))));
    const double storeMs = ingest(QStringLiteral("ingest-store.sqlite"), false);
    const double redactingMs = ingest(QStringLiteral("ingest-redacting.sqlite"), true);
    bool ok = storeMs > 0 && redactingMs > 0;
    if (!ok)
        return 1;

    store::Database rawDb;
    if (!freshDb(rawDb, QStringLiteral("ingest-raw.sqlite")))
        return 1;
    t.restart();
    ok = rawDb
             .write([&]() -> Status {
                 const QString fetched = now.toString(Qt::ISODate);
                 QSqlQuery user(rawDb.connection()), commit(rawDb.connection()), prefix(rawDb.connection()), pull(rawDb.connection()),
                     comment(rawDb.connection());
                 user.prepare(QStringLiteral("INSERT OR IGNORE INTO github_users(id, login, type, seen_at) VALUES (?, ?, ?, ?)"));
                 commit.prepare(
                     QStringLiteral("INSERT INTO commits(repo_id, sha, author_id, author_login, author_name, author_email, authored_at, "
                                    "committed_at, message, source_url, fetched_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                 prefix.prepare(QStringLiteral("INSERT INTO commit_prefixes(repo_id, sha, prefix) VALUES (1, ?, '')"));
                 pull.prepare(QStringLiteral(
                     "INSERT INTO pull_requests(id, repo_id, number, title, body, state, author_id, author_login, created_at, "
                     "updated_at, closed_at, merged_at, merge_commit_sha, source_url, fetched_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?, ?)"));
                 comment.prepare(
                     QStringLiteral("INSERT INTO review_comments(id, repo_id, pr_number, user_id, user_login, path, line, diff_hunk, body, "
                                    "created_at, updated_at, source_url, fetched_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                 auto bindAll = [](QSqlQuery &q, const QVariantList &v) {
                     for (int i = 0; i < v.size(); ++i)
                         q.bindValue(i, v[i]);
                     return q.exec();
                 };
                 auto addUser = [&](const github::User &u) {
                     if (!u.isNull())
                         bindAll(user, { u.id, u.login, u.type, fetched });
                 };
                 for (const github::Commit &c : commits) {
                     addUser(c.author);
                     bindAll(commit,
                         { c.sha, c.author.isNull() ? QVariant() : QVariant(c.author.id), c.author.login, c.authorName, c.authorEmail,
                             c.authoredAt.toString(Qt::ISODate), c.committedAt.toString(Qt::ISODate), c.message, src, fetched });
                     bindAll(prefix, { c.sha });
                 }
                 for (const github::PullRequest &p : pulls) {
                     addUser(p.author);
                     bindAll(pull,
                         { p.id, p.number, p.title, p.body, p.state, p.author.id, p.author.login, p.createdAt.toString(Qt::ISODate),
                             p.updatedAt.toString(Qt::ISODate), p.closedAt.toString(Qt::ISODate), p.mergedAt.toString(Qt::ISODate),
                             p.mergeCommitSha, src, fetched });
                 }
                 for (const github::ReviewComment &c : comments) {
                     addUser(c.user);
                     bindAll(comment,
                         { c.id, c.pullNumber, c.user.id, c.user.login, c.path, c.line, c.diffHunk, c.body,
                             c.createdAt.toString(Qt::ISODate), c.updatedAt.toString(Qt::ISODate), src, fetched });
                 }
                 return {};
             })
             .ok();
    const double rawMs = t.nsecsElapsed() / 1e6;
    if (!ok)
        return 1;
    const double share = rawMs / storeMs;
    out << QStringLiteral(
        "  ingest       store %1 rows/s (%2 ms) | raw prepared inserts %3 rows/s (%4 ms) | store at %5% of raw (target >= 50%) %6\n")
               .arg(rows / (storeMs / 1000), 0, 'f', 0)
               .arg(storeMs, 0, 'f', 0)
               .arg(rows / (rawMs / 1000), 0, 'f', 0)
               .arg(rawMs, 0, 'f', 0)
               .arg(100 * share, 0, 'f', 0)
               .arg(share >= 0.5 ? QStringLiteral("OK") : QStringLiteral("MISSED"));
    const double redactingShare = rawMs / redactingMs;
    out << QStringLiteral("  ingest, 1 erasure listed: store %1 rows/s (%2 ms) | at %3% of raw (target >= 50%) %4\n")
               .arg(rows / (redactingMs / 1000), 0, 'f', 0)
               .arg(redactingMs, 0, 'f', 0)
               .arg(100 * redactingShare, 0, 'f', 0)
               .arg(redactingShare >= 0.5 ? QStringLiteral("OK") : QStringLiteral("MISSED"));
    return 0;
}
