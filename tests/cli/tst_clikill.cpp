// SPDX-License-Identifier: MIT
// kill -9 of the real `kernelscout sync` at several points, then resuming,
// must leave exactly the data of an uninterrupted sync: no duplicates, no
// holes. And the token must not reach the workspace, the output or exports.
#include "store/database.h"
#include "support/clirunner.h"
#include "support/kernelrepo.h"
#include "support/syncdump.h"
#include "support/tempworkspace.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

namespace {

const QByteArray Token = "ghp_kill9SecretTokenValue0123456789";

using Run = CliResult;

// Runs the CLI; when `killAfter` > 0, SIGKILLs it once the fake has answered
// that many more requests.
Run run(ks::fake::FakeGitHub &github, const QStringList &args, int killAfter = 0)
{
    int seen = 0;
    QMetaObject::Connection killer;
    const Run r = runCli(args,
        { { QStringLiteral("GITHUB_TOKEN"), QString::fromLatin1(Token) },
            { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kernelscout.*=true") } }, // the most verbose logs
        [&](QProcess &p) {
            if (killAfter > 0)
                killer = QObject::connect(&github, &ks::fake::FakeGitHub::requestHandled, &p, [&seen, killAfter, &p] {
                    if (++seen == killAfter)
                        p.kill();
                });
        });
    QObject::disconnect(killer);
    return r;
}

QStringList prepare(const TempWorkspace &tmp, ks::fake::FakeGitHub &github)
{
    const QString db = tmp.path();
    const QString layers = tmp.path(QStringLiteral("layers.json"));
    REQUIRE(TempWorkspace::write(layers, R"({"format": "kernelscout-layers", "version": 1, "layers": [
        {"id": "kernel", "name": "Kernel", "repos": [{"repo": "acme/kernels", "paths": ["kernels"]}]}]})"));
    REQUIRE(run(github, { QStringLiteral("init"), QStringLiteral("--preset"), QStringLiteral("none"), QStringLiteral("--db"), db }).exitCode
        == 0);
    REQUIRE(run(github, { QStringLiteral("layers"), QStringLiteral("import"), layers, QStringLiteral("--db"), db }).exitCode == 0);
    return { QStringLiteral("sync"), QStringLiteral("--github-api"), github.apiRoot().toString(), QStringLiteral("--since"),
        QStringLiteral("2026-01-01"), QStringLiteral("--db"), db };
}

QStringList dumpOf(const QString &path, const QUrl &api)
{
    ks::store::Database db;
    REQUIRE(db.open(path, ks::store::Database::OpenMode::MustExist).ok());
    return dumpSyncData(db.connection(), api);
}

} // namespace

TEST_CASE("kill -9 at several points of a sync, then resuming, gives exactly the uninterrupted data", "[cli][sync][kill]")
{
    ks::fake::FakeGitHub github;
    REQUIRE(github.listen());
    seedKernelRepo(github);

    TempWorkspace clean;
    const QStringList cleanSync = prepare(clean, github);
    Run r = run(github, cleanSync);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList expected = dumpOf(clean.path(), github.apiRoot());
    REQUIRE(expected.size() > 300);

    TempWorkspace killed;
    const QStringList sync = prepare(killed, github);
    // Into the repository answer, mid commit walk, mid PR details, late.
    for (int killAfter : { 1, 3, 17, 30, 24 }) {
        INFO("killed after " << killAfter << " more requests");
        r = run(github, sync, killAfter);
        CHECK(r.status == QProcess::CrashExit);
    }
    r = run(github, sync);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(dumpOf(killed.path(), github.apiRoot()) == expected);

    // The token is nowhere: not in the workspace file, its WAL or backups,
    // not in anything printed, not in an export.
    const QString exported = killed.path(QStringLiteral("export.json"));
    REQUIRE(
        run(github, { QStringLiteral("layers"), QStringLiteral("export"), exported, QStringLiteral("--db"), killed.path() }).exitCode == 0);
    CHECK_FALSE(r.out.toUtf8().contains(Token));
    CHECK_FALSE(r.err.toUtf8().contains(Token));
    QDirIterator files(killed.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        INFO(file.toStdString());
        CHECK_FALSE(TempWorkspace::readAll(file).contains(Token));
        ++scanned;
    }
    CHECK(scanned >= 2);
    CHECK(github.lastRequestHeader("authorization") == "Bearer " + Token); // it was used, just never kept
}
