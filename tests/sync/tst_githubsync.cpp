// SPDX-License-Identifier: MIT
// The sync engine against a fake GitHub with real response shapes.
#include "support/syncharness.h"

#include <QRegularExpression>

using namespace ks;
using fake::FakeCommit;
using fake::FakeFile;
using fake::FakePull;
using fake::FakeRepo;
using fake::FakeReview;
using fake::FakeReviewComment;
using fake::FakeUser;

namespace {

const QDateTime T0(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::UTC);

QString sha(int n)
{
    return QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
}

// A repository where PR n touches `kernels/` when `mapped(n)`, else `docs/`;
// each merged PR lands as one squash commit "Title (#n)".
FakeRepo squashRepo(int pulls, const std::function<bool(int)> &mapped, const QString &author = QStringLiteral("ada"))
{
    FakeRepo repo;
    repo.owner = QStringLiteral("acme");
    repo.name = QStringLiteral("kernels");
    for (int n = pulls; n >= 1; --n) { // newest first
        const QDateTime when = T0.addSecs(n * 600);
        const QString path = mapped(n) ? QStringLiteral("kernels/k%1.py").arg(n) : QStringLiteral("docs/d%1.md").arg(n);
        FakePull p;
        p.id = 500000 + n;
        p.number = n;
        p.title = QStringLiteral("Change %1").arg(n);
        p.authorLogin = author;
        p.state = QStringLiteral("closed");
        p.createdAt = when.addSecs(-3000);
        p.updatedAt = when;
        p.closedAt = when;
        p.mergedAt = when;
        p.mergedByLogin = QStringLiteral("grace");
        p.mergeCommitSha = sha(n);
        p.files = { { path, QStringLiteral("modified"), 3, 1, QStringLiteral("@@ -1,2 +1,4 @@\n-old\n+new\n+more\n+lines\n"), {} } };
        p.reviews = { { 700000 + n, QStringLiteral("grace"), QStringLiteral("APPROVED"), QStringLiteral("LGTM"), when.addSecs(-60) } };
        repo.pulls.append(p);
        repo.commits.append({ sha(n), QStringLiteral("Change %1 (#%1)\n\nDetails.").arg(n), author, QStringLiteral("Ada"),
            QStringLiteral("ada@example.com"), when, { path } });
    }
    return repo;
}

void addPeople(fake::FakeGitHub &github)
{
    github.addUser({ 0, QStringLiteral("ada"), QStringLiteral("User"), QStringLiteral("Ada L."), QStringLiteral("@acme"),
        QStringLiteral("London, UK"), {}, QStringLiteral("ada@example.com"), {}, {}, true });
    github.addUser({ 0, QStringLiteral("grace"), QStringLiteral("User"), QStringLiteral("Grace"), {}, QStringLiteral("Paris"), {}, {}, {},
        {}, false });
    github.addUser({ 0, QStringLiteral("pytorchmergebot"), QStringLiteral("User"), {}, {}, {}, {}, {}, {}, {}, false });
    github.addUser({ 0, QStringLiteral("ci-helper[bot]"), QStringLiteral("Bot"), {}, {}, {}, {}, {}, {}, {}, false });
}

int filesRequests(const QStringList &log)
{
    static const QRegularExpression files(QStringLiteral(R"(/pulls/\d+/files)"));
    return int(log.filter(files).size());
}

} // namespace

TEST_CASE("sync follows Link pagination and stores every commit of a mapped path", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(squashRepo(250, [](int) { return true; }));
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    const auto summary = h.sync();
    INFO(summary.errors.values().join(QLatin1String("; ")).toStdString());
    REQUIRE(summary.ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 250);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commit_prefixes WHERE prefix = 'kernels'")) == 250);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1 AND landed = 1")) == 250);
    // Pages 2 and 3 came from the Link header (GitHub's /repositories/{id} form).
    const QStringList log = h.github.requestLog();
    CHECK(log.filter(QRegularExpression(QStringLiteral(R"(^/repositories/\d+/commits\?.*page=3)"))).size() == 1);
    // Requests carry GitHub's media type, API version and the token.
    CHECK(h.github.lastRequestHeader("accept") == "application/vnd.github+json");
    CHECK_FALSE(h.github.lastRequestHeader("x-github-api-version").isEmpty());
    CHECK(h.github.lastRequestHeader("authorization") == "Bearer test-token");
}

TEST_CASE("an unchanged re-sync answers 304s and costs at most 2 + prefixes requests", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(squashRepo(40, [](int n) { return n % 2 == 0; }));
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels"), QStringLiteral("docs") });
    REQUIRE(h.sync().ok());
    const int commits = h.count(QStringLiteral("SELECT count(*) FROM commits"));
    h.github.resetCounters();
    const auto again = h.sync();
    REQUIRE(again.ok());
    CHECK(h.github.countedRequests() <= 2 + 2);
    CHECK(again.requests == h.github.countedRequests());
    CHECK(again.notModified >= 4);
    CHECK(again.itemsNew == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == commits);

    SECTION("a new commit is picked up by the next sync")
    {
        FakeRepo *repo = h.github.repo(QStringLiteral("acme"), QStringLiteral("kernels"));
        FakePull p = repo->pulls.first();
        p.number = 41;
        p.id = 600041;
        p.reviews[0].id = 800041;
        p.mergeCommitSha = sha(41);
        p.updatedAt = p.mergedAt = p.closedAt = h.now.addSecs(-60);
        p.files[0].filename = QStringLiteral("kernels/new.py");
        repo->pulls.prepend(p);
        repo->commits.prepend({ sha(41), QStringLiteral("New kernel (#41)"), QStringLiteral("ada"), {}, {}, p.mergedAt,
            { QStringLiteral("kernels/new.py") } });
        const auto third = h.sync();
        REQUIRE(third.ok());
        CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == commits + 1);
        CHECK(h.count(QStringLiteral("SELECT count(*) FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id WHERE p.number = 41")) == 1);
    }
}

TEST_CASE("only PRs touching mapped paths get their files and reviews read", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(squashRepo(60, [](int n) { return n % 6 == 0; })); // 10 of 60
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests")) == 60);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1")) == 10);
    CHECK(filesRequests(h.github.requestLog()) == 10);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pr_files WHERE patch LIKE '%+new%'")) == 10);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pr_reviews WHERE state = 'APPROVED' AND reviewer_login = 'grace'")) == 10);
}

TEST_CASE("a PR closed by a merge bot whose commit landed counts as landed", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(3, [](int) { return true; });
    repo.owner = QStringLiteral("pytorch");
    repo.name = QStringLiteral("pytorch");
    FakePull &bot = repo.pulls[0]; // #3
    bot.mergedAt = QDateTime();
    bot.mergedByLogin.clear();
    bot.mergeCommitSha.clear();
    repo.commits[0].message = QStringLiteral(
        "Fuse the epilogue\n\nPull Request resolved: https://github.com/pytorch/pytorch/pull/3\nApproved by: https://github.com/grace");
    repo.commits[0].authorLogin = QStringLiteral("ada");
    h.github.addRepo(repo);
    h.map(QStringLiteral("pytorch/pytorch"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.scalar(QStringLiteral("SELECT pr_number FROM commits WHERE message LIKE 'Fuse%'")).toInt() == 3);
    CHECK(h.scalar(QStringLiteral("SELECT landed FROM pull_requests WHERE number = 3")).toInt() == 1);
    CHECK(h.scalar(QStringLiteral("SELECT merged_at IS NULL FROM pull_requests WHERE number = 3")).toInt() == 1);
}

TEST_CASE("machine users are stored and marked, and their profiles are not fetched", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(4, [](int) { return true; });
    repo.pulls[0].authorLogin = QStringLiteral("ci-helper[bot]");
    repo.commits[0].authorLogin = QStringLiteral("ci-helper[bot]");
    repo.pulls[1].reviews.append(
        { 900001, QStringLiteral("pytorchmergebot"), QStringLiteral("COMMENTED"), QStringLiteral("Merge started"), T0 });
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.scalar(QStringLiteral("SELECT is_machine FROM github_users WHERE login = 'ci-helper[bot]'")).toInt() == 1);
    CHECK(h.scalar(QStringLiteral("SELECT is_machine FROM github_users WHERE login = 'pytorchmergebot'")).toInt() == 1);
    CHECK(h.scalar(QStringLiteral("SELECT is_machine FROM github_users WHERE login = 'ada'")).toInt() == 0);
    const QStringList log = h.github.requestLog();
    CHECK(log.contains(QStringLiteral("/users/ada")));
    CHECK(log.filter(QStringLiteral("/users/pytorchmergebot")).isEmpty());
    CHECK(log.filter(QStringLiteral("/users/ci-helper")).isEmpty());
    CHECK(h.scalar(QStringLiteral("SELECT location FROM github_users WHERE login = 'ada'")).toString() == QStringLiteral("London, UK"));
    CHECK(h.scalar(QStringLiteral("SELECT profile_source_url FROM github_users WHERE login = 'ada'"))
            .toString()
            .endsWith(QStringLiteral("/users/ada")));
}

TEST_CASE("an interrupted sync resumes mid-walk and ends with the same data", "[sync]")
{
    auto dump = [](SyncHarness &h) {
        QStringList rows;
        QSqlQuery q(h.db.connection());
        q.exec(QStringLiteral("SELECT sha, pr_number FROM commits ORDER BY sha"));
        while (q.next())
            rows.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
        q.exec(QStringLiteral("SELECT number, relevant, landed, details_fetched_at IS NOT NULL FROM pull_requests ORDER BY number"));
        while (q.next())
            rows.append(QStringLiteral("pr%1:%2%3%4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        q.exec(QStringLiteral("SELECT count(*), count(DISTINCT pr_id || filename) FROM pr_files"));
        q.next();
        rows.append(QStringLiteral("files:%1/%2").arg(q.value(0).toString(), q.value(1).toString()));
        return rows;
    };
    SyncHarness whole;
    addPeople(whole.github);
    whole.github.addRepo(squashRepo(320, [](int n) { return n % 2 == 0; }));
    whole.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(whole.sync().ok());

    SyncHarness cut;
    addPeople(cut.github);
    cut.github.addRepo(squashRepo(320, [](int n) { return n % 2 == 0; }));
    cut.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    auto limited = cut.options();
    limited.maxRequests = 2; // the repository, then page 1 of the commits
    const auto first = cut.sync(limited);
    CHECK_FALSE(first.ok());
    CHECK(first.stoppedAtLimit);
    CHECK(cut.scalar(QStringLiteral("SELECT resume_url FROM sync_walks WHERE walk = 'commits:kernels'"))
            .toString()
            .contains(QStringLiteral("page=2")));
    CHECK(cut.count(QStringLiteral("SELECT count(*) FROM commits")) == 100);

    cut.github.resetCounters();
    const auto second = cut.sync();
    REQUIRE(second.ok());
    const QStringList log = cut.github.requestLog();
    const QStringList commitPages = log.filter(QStringLiteral("/commits?"));
    REQUIRE_FALSE(commitPages.isEmpty());
    CHECK(commitPages.first().contains(QStringLiteral("page=2"))); // resumed, not restarted
    CHECK(dump(cut) == dump(whole));
}

TEST_CASE("hostile strings are stored as data: markup, a 10 MB body, invalid UTF-8", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(2, [](int) { return true; });
    repo.pulls[0].title = QStringLiteral("<script>alert('x')</script> Robert'); DROP TABLE pull_requests;--");
    repo.pulls[0].body = QString(10 * 1024 * 1024, QLatin1Char('A'));
    repo.pulls[1].title = QStringLiteral("BADUTF8 here");
    h.github.addRepo(repo);
    h.github.setResponseHook([](const fake::Request &, fake::Response &r) { r.body.replace("BADUTF8", "bad \xff\xfe utf8"); });
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    const auto summary = h.sync();
    INFO(summary.errors.values().join(QLatin1String("; ")).toStdString());
    REQUIRE(summary.ok());
    CHECK(h.scalar(QStringLiteral("SELECT title FROM pull_requests WHERE number = 2")).toString() == repo.pulls[0].title);
    CHECK(h.scalar(QStringLiteral("SELECT length(body) FROM pull_requests WHERE number = 2")).toInt() == 10 * 1024 * 1024);
    const QString bad = h.scalar(QStringLiteral("SELECT title FROM pull_requests WHERE number = 1")).toString();
    CHECK(bad.startsWith(QStringLiteral("bad ")));
    CHECK(bad.contains(QChar(0xFFFD)));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests")) == 2);
}

TEST_CASE("review comments are stored repo-wide and make a PR in mapped paths relevant", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(6, [](int n) { return n != 5; });
    // #5 changed docs only, but grace reviewed a kernels/ line on it.
    repo.comments.append(
        { 910005, 0, 5, QStringLiteral("grace"), QStringLiteral("kernels/k5.py"), QStringLiteral("@@ -10,3 +10,4 @@\n tl.load(ptr)"),
            QStringLiteral("Stage this through shared memory"), 11, T0.addSecs(5 * 600), T0.addSecs(5 * 600) });
    repo.comments.append({ 910004, 0, 4, QStringLiteral("grace"), QStringLiteral("docs/x.md"), QStringLiteral("@@ -1 +1 @@"),
        QStringLiteral("typo"), 1, T0, T0 });
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM review_comments")) == 2);
    CHECK(h.scalar(QStringLiteral("SELECT diff_hunk FROM review_comments WHERE path = 'kernels/k5.py'"))
            .toString()
            .contains(QStringLiteral("tl.load")));
    CHECK(h.scalar(QStringLiteral("SELECT relevant FROM pull_requests WHERE number = 5")).toInt() == 1);
}

TEST_CASE("commits are joined to PRs by merge_commit_sha without extra requests", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(5, [](int) { return true; });
    for (FakeCommit &c : repo.commits)
        c.message = QStringLiteral("Improve tiling"); // rebase-merged: no "(#N)"
    repo.commits.append(
        { sha(99), QStringLiteral("Direct push, no PR"), QStringLiteral("ada"), {}, {}, T0, { QStringLiteral("kernels/x.py") } });
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE pr_number IS NOT NULL")) == 5);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1")) == 5);
    // A squash/rebase repository: the direct push is not looked up.
    CHECK(h.github.requestLog().filter(QRegularExpression(QStringLiteral(R"(/commits/[0-9a-f]{40}/pulls)"))).isEmpty());
}

TEST_CASE("in a merge-commit repository, branch commits fall back to /commits/{sha}/pulls", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    FakeRepo repo = squashRepo(4, [](int) { return true; });
    QList<FakeCommit> commits;
    for (const FakePull &p : std::as_const(repo.pulls)) {
        commits.append({ p.mergeCommitSha, QStringLiteral("Merge pull request #%1 from ada/topic-%1").arg(p.number),
            QStringLiteral("grace"), {}, {}, p.mergedAt, { p.files[0].filename } });
        commits.append({ sha(1000 + p.number), QStringLiteral("Tile the inner loop"), QStringLiteral("ada"), {}, {},
            p.mergedAt.addSecs(-30), { p.files[0].filename } });
    }
    repo.commits = commits;
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE message LIKE 'Merge pull request%' AND pr_number IS NOT NULL")) == 4);
    CHECK(h.github.requestLog().filter(QRegularExpression(QStringLiteral(R"(/commits/[0-9a-f]{40}/pulls)"))).size() == 4);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE pr_lookup_done = 1")) == 4);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1")) == 4);
    // Looked up once: the next sync does not ask again.
    h.github.resetCounters();
    REQUIRE(h.sync().ok());
    CHECK(h.github.requestLog().filter(QRegularExpression(QStringLiteral(R"(/commits/[0-9a-f]{40}/pulls)"))).isEmpty());
}

TEST_CASE("a failing repository is reported while the others sync", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(squashRepo(3, [](int) { return true; }));
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    h.map(QStringLiteral("acme/missing"), {});
    const auto summary = h.sync();
    CHECK(summary.failedRepos == QStringList { QStringLiteral("acme/missing") });
    CHECK(summary.errors.value(QStringLiteral("acme/missing")).contains(QStringLiteral("not found")));
    CHECK(summary.reposSynced == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 3);
}

TEST_CASE("a GitHub Enterprise API root (/api/v3) works the same", "[sync]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(squashRepo(3, [](int) { return true; }));
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    auto o = h.options();
    o.apiRoot = QUrl(h.github.apiRoot().toString() + QStringLiteral("/api/v3"));
    REQUIRE(h.sync(o).ok());
    CHECK(h.github.requestLog().first().startsWith(QStringLiteral("/api/v3/repos/acme/kernels")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 3);
}
