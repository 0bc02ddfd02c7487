// SPDX-License-Identifier: MIT
// `kernelscout sync` as a script runs it: the real binary against a fake
// GitHub served from this process (so the process is awaited with the
// event loop running, never with a blocking wait).
#include "fakegithub.h"
#include "support/clirunner.h"
#include "support/tempworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

namespace {

using Run = CliResult;

Run run(const QStringList &args, const QString &token = QStringLiteral("secret-token-123"))
{
    const Run r = runCli(args, { { QStringLiteral("GITHUB_TOKEN"), token } });
    REQUIRE(r.status == QProcess::NormalExit);
    return r;
}

void addRepo(ks::fake::FakeGitHub &github)
{
    ks::fake::FakeRepo repo;
    repo.owner = QStringLiteral("triton-lang");
    repo.name = QStringLiteral("triton");
    const QDateTime when(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::UTC);
    for (int n = 3; n >= 1; --n) {
        ks::fake::FakePull p;
        p.id = 4000 + n;
        p.number = n;
        p.title = QStringLiteral("Tune matmul %1").arg(n);
        p.authorLogin = QStringLiteral("kerneldev");
        p.state = QStringLiteral("closed");
        p.createdAt = p.updatedAt = p.closedAt = p.mergedAt = when.addDays(n);
        p.mergeCommitSha = QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('a'));
        p.files = { { QStringLiteral("python/tutorials/03-matmul.py"), QStringLiteral("modified"), 2, 0,
            QStringLiteral("@@ -1 +1,2 @@\n+BLOCK_M: tl.constexpr\n"), {} } };
        repo.pulls.append(p);
        repo.commits.append({ p.mergeCommitSha, QStringLiteral("Tune matmul %1 (#%1)").arg(n), QStringLiteral("kerneldev"), {}, {},
            p.mergedAt, { QStringLiteral("python/tutorials/03-matmul.py") } });
    }
    github.addRepo(repo);
    github.addUser({ 0, QStringLiteral("kerneldev"), QStringLiteral("User"), QStringLiteral("K. Dev"), {}, QStringLiteral("Berlin"), {}, {},
        {}, {}, false });
}

// A workspace at `db` whose only layer is `layersJson` (the "layers" array).
void makeWorkspace(const TempWorkspace &tmp, const QString &db, const char *layersJson)
{
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--preset"), QStringLiteral("none"), QStringLiteral("--db"), db }).exitCode == 0);
    const QString layerFile = tmp.path(QStringLiteral("l.json"));
    REQUIRE(TempWorkspace::write(layerFile,
        QByteArrayLiteral(R"({"format": "kernelscout-layers", "version": 1, "layers": )") + layersJson + QByteArrayLiteral("}")));
    REQUIRE(run({ QStringLiteral("layers"), QStringLiteral("import"), layerFile, QStringLiteral("--db"), db }).exitCode == 0);
}

} // namespace

TEST_CASE("kernelscout sync mirrors a repository and summarises; the token stays out of the workspace", "[cli][sync]")
{
    ks::fake::FakeGitHub github;
    REQUIRE(github.listen());
    addRepo(github);
    TempWorkspace tmp;
    const QString db = tmp.path();
    makeWorkspace(tmp, db,
        R"([{"id": "kernel", "name": "Kernel developer", "repos": [{"repo": "triton-lang/triton", "paths": ["python/tutorials"]}]}])");

    const QStringList sync { QStringLiteral("sync"), QStringLiteral("--github-api"), github.apiRoot().toString(), QStringLiteral("--since"),
        QStringLiteral("2026-01-01"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") };
    Run r = run(sync);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("reposSynced")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("requests")).toInt() == github.countedRequests());
    CHECK(summary.value(QStringLiteral("itemsNew")).toInt() > 6);
    CHECK(r.err.contains(QStringLiteral("Plan:")));
    CHECK(github.lastRequestHeader("authorization") == "Bearer secret-token-123");

    // A second run is all 304s.
    r = run(sync);
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("requests")).toInt() == 0);

    // The token is in no file the workspace leaves behind.
    const QStringList files = QDir(tmp.dir()).entryList(QDir::Files);
    for (const QString &f : files)
        CHECK_FALSE(TempWorkspace::readAll(tmp.path(f)).contains("secret-token-123"));
}

TEST_CASE("kernelscout sync names the repositories it could not sync and exits non-zero", "[cli][sync]")
{
    ks::fake::FakeGitHub github;
    REQUIRE(github.listen());
    addRepo(github);
    TempWorkspace tmp;
    const QString db = tmp.path();
    makeWorkspace(tmp, db, R"([{"id": "kernel", "name": "K", "repos": [{"repo": "triton-lang/triton"}, {"repo": "nobody/nothing"}]}])");
    const Run r = run({ QStringLiteral("sync"), QStringLiteral("--github-api"), github.apiRoot().toString(), QStringLiteral("--db"), db });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("nobody/nothing")));
    CHECK_FALSE(r.err.contains(QStringLiteral("triton-lang/triton (")));
    CHECK(r.out.contains(QStringLiteral("Synced 1 of 2 repositories")));

    const Run bad = run({ QStringLiteral("sync"), QStringLiteral("--github-api"), QStringLiteral("ftp://x"), QStringLiteral("--db"), db });
    CHECK(bad.exitCode == 2);
    const Run unknown = run({ QStringLiteral("sync"), QStringLiteral("--repo"), QStringLiteral("a/b"), QStringLiteral("--github-api"),
        github.apiRoot().toString(), QStringLiteral("--db"), db });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("not in the repo map")));
}
