// SPDX-License-Identifier: MIT
// The GitHub decoders on bodies in the shapes GitHub sends (tests/fixtures/
// github/: fields the decoders ignore included, nulls where GitHub sends
// them), and on bodies that are not what a page should be.
#include "sources/github/githubdecoder.h"
#include "support/tempworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks::github;

namespace {

QByteArray recorded(const char *name)
{
    return TempWorkspace::readAll(QStringLiteral(KS_TEST_FIXTURES "/github/") + QLatin1StringView(name));
}

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::UTC);
}

} // namespace

TEST_CASE("a PR list: authors, dates and a deleted account's PR without an author", "[sources][decoder]")
{
    const auto pulls = decode::pullRequests(recorded("pulls.json"));
    REQUIRE(pulls.ok());
    REQUIRE(pulls->size() == 2);
    const PullRequest &p = pulls->at(0);
    CHECK(p.id == 2254117781);
    CHECK(p.number == 5801);
    CHECK(p.state == QStringLiteral("closed"));
    CHECK(p.author.login == QStringLiteral("mkovalenko"));
    CHECK(p.author.id == 75907056);
    CHECK(p.author.type == QStringLiteral("User"));
    CHECK(p.body.contains(QStringLiteral("MI300X")));
    CHECK(p.createdAt == utc(2026, 9, 2, 8, 15, 31));
    CHECK(p.mergedAt == utc(2026, 9, 5, 17, 2, 10));
    CHECK(p.mergeCommitSha == QStringLiteral("9f2c1d7e3b4a5968d7c6b5a4f3e2d1c0b9a89786"));
    CHECK(p.additions == -1); // a list answer has no line counts
    const PullRequest &ghost = pulls->at(1);
    CHECK(ghost.author.isNull()); // "user": null, as for a deleted account
    CHECK(ghost.body.isEmpty());
    CHECK_FALSE(ghost.mergedAt.isValid());
    CHECK(ghost.mergeCommitSha.isEmpty());
}

TEST_CASE("a single PR carries who merged it and its line counts", "[sources][decoder]")
{
    const auto p = decode::pullRequest(recorded("pull.json"));
    REQUIRE(p.ok());
    CHECK(p->mergedByLogin == QStringLiteral("ptillet"));
    CHECK(p->additions == 118);
    CHECK(p->deletions == 12);
    CHECK(p->changedFiles == 4);
}

TEST_CASE("commits: a linked author, and one GitHub could not link; times in any offset come out UTC", "[sources][decoder]")
{
    const auto commits = decode::commits(recorded("commits.json"));
    REQUIRE(commits.ok());
    REQUIRE(commits->size() == 2);
    CHECK(commits->at(0).author.login == QStringLiteral("mkovalenko"));
    CHECK(commits->at(0).authorName == QStringLiteral("Mira Kovalenko"));
    CHECK(commits->at(0).authorEmail == QStringLiteral("mira@kovalenko.example"));
    CHECK(commits->at(0).message.contains(QStringLiteral("Co-authored-by: Dev Patel")));
    CHECK(commits->at(0).authoredAt == utc(2026, 9, 5, 16, 58));
    CHECK(commits->at(1).author.isNull());
    CHECK(commits->at(1).authorEmail == QStringLiteral("someone@laptop.local"));
    CHECK(commits->at(1).authoredAt == utc(2026, 9, 1, 10, 0)); // +02:00
}

TEST_CASE("PR files: a patch, a binary file without one, a rename", "[sources][decoder]")
{
    const auto files = decode::pullFiles(recorded("files.json"));
    REQUIRE(files.ok());
    REQUIRE(files->size() == 3);
    CHECK(files->at(0).hasPatch);
    CHECK(files->at(0).patch.contains(QStringLiteral("mfma_f32_32x32x8bf16_1k")));
    CHECK(files->at(0).additions == 40);
    CHECK_FALSE(files->at(1).hasPatch); // GitHub sends no patch for binary or huge files
    CHECK(files->at(2).status == QStringLiteral("renamed"));
    CHECK(files->at(2).previousFilename == QStringLiteral("python/test/test_mfma.py"));
}

TEST_CASE("reviews and review comments: states, bots, a comment on an outdated line", "[sources][decoder]")
{
    const auto reviews = decode::reviews(recorded("reviews.json"));
    REQUIRE(reviews.ok());
    REQUIRE(reviews->size() == 2);
    CHECK(reviews->at(0).state == QStringLiteral("APPROVED"));
    CHECK(reviews->at(0).reviewer.login == QStringLiteral("ptillet"));
    CHECK(reviews->at(1).reviewer.type == QStringLiteral("Bot"));

    const auto comments = decode::reviewComments(recorded("comments.json"));
    REQUIRE(comments.ok());
    REQUIRE(comments->size() == 2);
    CHECK(comments->at(0).reviewId == 2410000001);
    CHECK(comments->at(0).pullNumber == 5801);
    CHECK(comments->at(0).line == 123);
    CHECK(comments->at(0).body.contains(QStringLiteral("bank conflicts")));
    CHECK(comments->at(1).reviewId == 0); // "pull_request_review_id": null
    CHECK(comments->at(1).line == 7); // outdated: "line" is null, the original line stands in
    CHECK(comments->at(1).pullNumber == 5801);
}

TEST_CASE("a profile: nulls are empty, hireable unknown when GitHub sends null", "[sources][decoder]")
{
    const auto p = decode::profile(recorded("user.json"));
    REQUIRE(p.ok());
    CHECK(p->user.login == QStringLiteral("mkovalenko"));
    CHECK(p->name == QStringLiteral("Mira Kovalenko"));
    CHECK(p->company == QStringLiteral("@thamesfield-ai"));
    CHECK(p->location == QStringLiteral("Cambridge, UK"));
    CHECK(p->email.isEmpty());
    CHECK(p->twitterUsername == QStringLiteral("mirakernels"));
    CHECK_FALSE(p->hireableKnown);
}

TEST_CASE("bodies that are not a page fail with a message naming what was wrong", "[sources][decoder]")
{
    CHECK_FALSE(decode::pullRequests("{\"message\": \"Not Found\"}").ok()); // an object where a list belongs
    CHECK_FALSE(decode::pullRequests("[{\"id\": 1, \"title\": \"no number\"}]").ok());
    CHECK_FALSE(decode::commits("[1, 2, 3]").ok());
    CHECK_FALSE(decode::pullFiles("[{\"status\": \"added\"}]").ok());
    CHECK_FALSE(decode::profile("{\"name\": \"no login\"}").ok());
    const auto truncated = decode::reviews(recorded("reviews.json").left(120));
    REQUIRE_FALSE(truncated.ok());
    CHECK_FALSE(truncated.error().isEmpty());
    CHECK(decode::errorMessage("{\"message\": \"API rate limit exceeded\", \"documentation_url\": \"https://docs.github.com\"}")
        == QStringLiteral("API rate limit exceeded"));
    CHECK(decode::pullNumberFromUrl(QStringLiteral("https://api.github.com/repos/a/b/pulls/42")) == 42);
}
