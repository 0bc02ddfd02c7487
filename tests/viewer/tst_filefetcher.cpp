// SPDX-License-Identifier: MIT
// A file at a commit, fetched on demand from (fake) GitHub into the
// workspace's cache, then read by the viewer without asking again.
#include "fakegithub.h"
#include "store/database.h"
#include "support/tempworkspace.h"
#include "viewer/filefetcher.h"
#include "viewer/viewersource.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace Qt::StringLiterals;

TEST_CASE("a file at a commit is fetched once, cached, and shown", "[viewer][fetch]")
{
    fake::FakeGitHub github;
    REQUIRE(github.listen());
    fake::FakeRepo repo;
    repo.owner = u"acme"_s;
    repo.name = u"kernels"_s;
    fake::FakeCommit commit;
    commit.sha = u"0123456789abcdef0123456789abcdef01234567"_s;
    commit.message = u"Stage tiles in shared memory"_s;
    commit.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
    commit.paths = { u"src/copy.cu"_s };
    repo.commits.append(commit);
    fake::FakePull pull;
    pull.number = 1;
    pull.title = u"Tiles"_s;
    pull.files.append({ u"src/copy.cu"_s, u"modified"_s, 2, 0,
        u"@@ -1,1 +1,3 @@\n __global__ void copy() {\n+    __shared__ float tile[32][33];\n+    __syncthreads();\n"_s, {} });
    repo.pulls.append(pull);
    github.addRepo(repo);

    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    REQUIRE(
        db.write([&]() -> Status {
              QSqlQuery q(db.connection());
              return q.exec(u"INSERT INTO repos (owner, name) VALUES ('acme', 'kernels')"_s) ? Status() : Status::failure(u"insert"_s);
          }).ok());

    CHECK_FALSE(viewer::loadCachedFile(db, u"acme"_s, u"kernels"_s, commit.sha, u"src/copy.cu"_s).ok());
    viewer::FileFetcher fetcher(db, github.apiRoot(), "test-token");
    QSignalSpy fetched(&fetcher, &viewer::FileFetcher::fetched);
    QSignalSpy failed(&fetcher, &viewer::FileFetcher::fetchFailed);
    fetcher.fetch(u"acme"_s, u"kernels"_s, commit.sha, u"src/copy.cu"_s);
    REQUIRE(fetched.wait(10000));
    CHECK(failed.isEmpty());

    const auto doc = viewer::loadCachedFile(db, u"acme"_s, u"kernels"_s, commit.sha, u"src/copy.cu"_s);
    REQUIRE(doc.ok());
    REQUIRE(doc->rows.size() == 3);
    CHECK(doc->rows.at(1).text == u"    __shared__ float tile[32][33];"_s);
    CHECK(doc->url.startsWith(u"https://github.com/acme/kernels/blob/"_s));

    // Cached: answered at once, without a request.
    fetcher.fetch(u"acme"_s, u"kernels"_s, commit.sha, u"src/copy.cu"_s);
    CHECK(fetched.size() == 2);

    // A path the commit does not have: cached as missing, said plainly.
    fetcher.fetch(u"acme"_s, u"kernels"_s, commit.sha, u"src/none.cu"_s);
    REQUIRE(fetched.wait(10000));
    const auto missing = viewer::loadCachedFile(db, u"acme"_s, u"kernels"_s, commit.sha, u"src/none.cu"_s);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(u"does not exist"_s));
}

TEST_CASE("evidence links name what they point at", "[viewer][fetch]")
{
    using Kind = viewer::EvidenceTarget::Kind;
    auto t = viewer::parseEvidenceUrl(u"https://github.com/triton-lang/triton/pull/5801#discussion_r123"_s);
    CHECK(t.kind == Kind::Pull);
    CHECK(t.number == 5801);
    CHECK(t.commentId == 123);
    t = viewer::parseEvidenceUrl(u"https://github.com/o/r/blob/abc1234/lib/x.cpp#L42"_s);
    CHECK(t.kind == Kind::File);
    CHECK(t.path == u"lib/x.cpp"_s);
    CHECK(t.line == 42);
    CHECK(viewer::parseEvidenceUrl(u"https://github.com/o/r/commit/abc1234"_s).kind == Kind::Commit);
    QString owner, name;
    int number = 0;
    CHECK(viewer::parsePullReference(u"NVIDIA/cutlass#1850"_s, owner, name, number));
    CHECK((owner == u"NVIDIA"_s && name == u"cutlass"_s && number == 1850));
    CHECK_FALSE(viewer::parsePullReference(u"not a pr"_s, owner, name, number));
}

TEST_CASE("a commit link's sha is a hex prefix, never a LIKE pattern", "[viewer][hostile]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    REQUIRE(
        db.write([&]() -> Status {
              QSqlQuery q(db.connection());
              const bool ok = q.exec(u"INSERT INTO repos (id, owner, name) VALUES (1, 'acme', 'kernels')"_s)
                  && q.exec(u"INSERT INTO commits (repo_id, sha, committed_at, message, source_url, fetched_at, pr_number) "
                            "VALUES (1, 'abcdef0123456789abcdef0123456789abcdef01', '2026-01-02T03:04:05Z', 'm', 'u', 'f', 42)"_s);
              return ok ? Status() : Status::failure(q.lastError().text());
          }).ok());
    CHECK(viewer::pullOfCommit(db, u"acme"_s, u"kernels"_s, u"abcdef01"_s).value() == 42);
    CHECK(viewer::pullOfCommit(db, u"acme"_s, u"kernels"_s, u"ABCDEF01"_s).value() == 42);
    // "/commit/%" or "/commit/_" in an evidence URL matched any commit.
    for (const QString &pattern : { u"%"_s, u"_"_s, u"abc%"_s, u"____"_s })
        CHECK(viewer::pullOfCommit(db, u"acme"_s, u"kernels"_s, pattern).value() == 0);
}
