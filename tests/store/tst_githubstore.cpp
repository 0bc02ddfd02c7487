// SPDX-License-Identifier: MIT
// GitHubStore on its own, fed decoded recorded pages (tests/fixtures/github/):
// upserts are idempotent and count what changed, a walk resumes where it
// stopped, ETags round-trip, and PR details attach to their PR.
#include "sources/github/githubdecoder.h"
#include "store/database.h"
#include "store/githubstore.h"
#include "store/layerstore.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

QByteArray recorded(const char *name)
{
    return TempWorkspace::readAll(QStringLiteral(KS_TEST_FIXTURES "/github/") + QLatin1StringView(name));
}

struct StoreFixture
{
    TempWorkspace tmp;
    store::Database db;
    std::unique_ptr<store::GitHubStore> gh;
    store::SyncTarget target;

    StoreFixture()
    {
        REQUIRE(db.open(tmp.path()).ok());
        store::LayerStore layers(db);
        RoleLayer layer;
        layer.slug = layer.name = QStringLiteral("kernel");
        REQUIRE(layers.save(layer).ok());
        REQUIRE(layers
                .addToRepoMap(QStringLiteral("kernel"),
                    { QStringLiteral("triton-lang"), QStringLiteral("triton"), { QStringLiteral("third_party/amd") } }, {})
                .ok());
        gh = std::make_unique<store::GitHubStore>(db, store::MachineUsers::bundled());
        const auto targets = gh->targets(QStringLiteral("kernel"), QString());
        REQUIRE(targets.ok());
        REQUIRE(targets->size() == 1);
        target = targets->constFirst();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
};

} // namespace

TEST_CASE("storing the same PR page twice adds once and updates nothing", "[store][githubstore]")
{
    StoreFixture f;
    const auto pulls = github::decode::pullRequests(recorded("pulls.json"));
    REQUIRE(pulls.ok());
    const QString src = QStringLiteral("https://api.github.com/repos/triton-lang/triton/pulls?page=1");
    store::PageCounts first, second;
    REQUIRE(
        f.db.write([&] {
                const auto c = f.gh->applyPulls(f.target.repoId, pulls.value(), src);
                first = c.ok() ? c.value() : store::PageCounts {};
                return Status::from(c);
            })
            .ok());
    REQUIRE(
        f.db.write([&] {
                const auto c = f.gh->applyPulls(f.target.repoId, pulls.value(), src);
                second = c.ok() ? c.value() : store::PageCounts {};
                return Status::from(c);
            })
            .ok());
    CHECK(first.added == 2);
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pull_requests")).toInt() == 2);
    CHECK(
        f.scalar(QStringLiteral("SELECT author_login FROM pull_requests WHERE number = 5801")).toString() == QStringLiteral("mkovalenko"));
    CHECK(f.scalar(QStringLiteral("SELECT author_id IS NULL FROM pull_requests WHERE number = 5802")).toBool());
    CHECK(f.scalar(QStringLiteral("SELECT source_url FROM pull_requests WHERE number = 5801")).toString() == src);

    // A newer version of the PR is an update, not a second row.
    QList<github::PullRequest> newer = pulls.value();
    newer[0].updatedAt = newer[0].updatedAt.addDays(1);
    newer[0].title = QStringLiteral("[AMD] Use bf16 MFMA (v2)");
    store::PageCounts third;
    REQUIRE(
        f.db.write([&] {
                const auto c = f.gh->applyPulls(f.target.repoId, newer, src);
                third = c.ok() ? c.value() : store::PageCounts {};
                return Status::from(c);
            })
            .ok());
    CHECK(third.updated == 1);
    CHECK(f.scalar(QStringLiteral("SELECT title FROM pull_requests WHERE number = 5801")).toString()
        == QStringLiteral("[AMD] Use bf16 MFMA (v2)"));
}

TEST_CASE("a PR's files and reviews attach to it; an unknown PR's details are skipped", "[store][githubstore]")
{
    StoreFixture f;
    const auto pulls = github::decode::pullRequests(recorded("pulls.json"));
    const auto files = github::decode::pullFiles(recorded("files.json"));
    const auto reviews = github::decode::reviews(recorded("reviews.json"));
    REQUIRE((pulls.ok() && files.ok() && reviews.ok()));
    const QString src = QStringLiteral("https://api.github.com/repos/triton-lang/triton/pulls/5801/files");
    REQUIRE(f.db.write([&] { return Status::from(f.gh->applyPulls(f.target.repoId, pulls.value(), src)); }).ok());
    REQUIRE(
        f.db.write([&] { return Status::from(f.gh->applyPullDetails(f.target.repoId, 5801, files.value(), reviews.value(), src)); }).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pr_files")).toInt() == 3);
    CHECK(f.scalar(QStringLiteral("SELECT patch IS NULL FROM pr_files WHERE filename = 'docs/mfma.png'")).toBool());
    CHECK(f.scalar(QStringLiteral("SELECT previous_filename FROM pr_files WHERE filename LIKE '%unit/test_mfma.py'")).toString()
        == QStringLiteral("python/test/test_mfma.py"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pr_reviews")).toInt() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT changed_files FROM pull_requests WHERE number = 5801")).toInt() == 3);
    // Details again replace the files, they do not pile up.
    REQUIRE(
        f.db.write([&] { return Status::from(f.gh->applyPullDetails(f.target.repoId, 5801, files.value(), reviews.value(), src)); }).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pr_files")).toInt() == 3);
    // A PR that is not stored (erased meanwhile) keeps no details and fails nothing.
    REQUIRE(
        f.db.write([&] { return Status::from(f.gh->applyPullDetails(f.target.repoId, 9999, files.value(), reviews.value(), src)); }).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM pr_files")).toInt() == 3);
}

TEST_CASE("commits keep their prefix, an unlinked author stays without an account", "[store][githubstore]")
{
    StoreFixture f;
    const auto commits = github::decode::commits(recorded("commits.json"));
    REQUIRE(commits.ok());
    const QString src = QStringLiteral("https://api.github.com/repos/triton-lang/triton/commits?path=third_party/amd");
    REQUIRE(f.db.write([&] { return Status::from(f.gh->applyCommits(f.target, QStringLiteral("third_party/amd"), commits.value(), src)); })
            .ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM commits")).toInt() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT pr_number FROM commits WHERE sha LIKE '9f2c%'")).toInt() == 5801); // "(#5801)" in the message
    CHECK(f.scalar(QStringLiteral("SELECT author_id IS NULL FROM commits WHERE sha LIKE 'aaaa%'")).toBool());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM commit_prefixes WHERE prefix = 'third_party/amd'")).toInt() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM github_users WHERE login = 'mkovalenko'")).toInt() == 1);
}

TEST_CASE("a walk remembers its next page until it completes; ETags round-trip", "[store][githubstore]")
{
    StoreFixture f;
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::UTC);
    const QUrl next(QStringLiteral("https://api.github.com/repositories/1/pulls?state=all&page=3"));
    REQUIRE(f.db.write([&] { return f.gh->beginWalk(f.target.repoId, QStringLiteral("pulls"), start, start.addMonths(-12)); }).ok());
    REQUIRE(f.db.write([&] { return f.gh->recordPage(f.target.repoId, QStringLiteral("pulls"), next, 7); }).ok());
    auto state = f.gh->walkState(f.target.repoId, QStringLiteral("pulls"));
    REQUIRE(state.ok());
    CHECK(state->resumeUrl == next);
    CHECK(state->pagesTotal == 7);
    CHECK(state->startedAt == start);
    CHECK_FALSE(state->cursor.isValid()); // never completed yet
    REQUIRE(f.db.write([&] { return f.gh->completeWalk(f.target.repoId, QStringLiteral("pulls")); }).ok());
    state = f.gh->walkState(f.target.repoId, QStringLiteral("pulls"));
    REQUIRE(state.ok());
    CHECK(state->cursor == start);
    CHECK_FALSE(state->resumeUrl.isValid());

    const QUrl url(QStringLiteral("https://api.github.com/users/mkovalenko"));
    CHECK(f.gh->etag(url).isEmpty());
    REQUIRE(f.db.write([&] { return f.gh->storeEtag(url, "W/\"abc123\""); }).ok());
    CHECK(f.gh->etag(url) == QByteArray("W/\"abc123\""));
}

TEST_CASE("a profile fills the person's row; nulls stay empty", "[store][githubstore]")
{
    StoreFixture f;
    const auto commits = github::decode::commits(recorded("commits.json"));
    const auto profile = github::decode::profile(recorded("user.json"));
    REQUIRE((commits.ok() && profile.ok()));
    REQUIRE(f.db.write([&] { return Status::from(f.gh->applyCommits(f.target, QString(), commits.value(), QStringLiteral("src"))); }).ok());
    REQUIRE(
        f.db.write([&] {
                return Status::from(f.gh->applyProfile(profile.value(), QStringLiteral("https://api.github.com/users/mkovalenko")));
            })
            .ok());
    CHECK(f.scalar(QStringLiteral("SELECT name FROM github_users WHERE login = 'mkovalenko'")).toString()
        == QStringLiteral("Mira Kovalenko"));
    CHECK(f.scalar(QStringLiteral("SELECT location FROM github_users WHERE login = 'mkovalenko'")).toString()
        == QStringLiteral("Cambridge, UK"));
    CHECK(f.scalar(QStringLiteral("SELECT email IS NULL FROM github_users WHERE login = 'mkovalenko'")).toBool());
    CHECK(f.scalar(QStringLiteral("SELECT hireable IS NULL FROM github_users WHERE login = 'mkovalenko'")).toBool());
}
