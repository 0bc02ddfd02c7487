// SPDX-License-Identifier: MIT
// An erasure holds: after forgetting someone, syncing the same and newer
// pages — other people's PR bodies, patches, paths, review comments, bios
// and commits GitHub never linked to an account, all naming them — brings
// back none of their words, and a forget made while a sync runs (here by
// another process) keeps them out of the pages that sync has yet to store.
#include "privacy/forgetter.h"
#include "store/erasurekey.h"
#include "store/redactionlist.h"
#include "store/suppressionlist.h"
#include "support/clirunner.h"
#include "support/syncharness.h"
#include "viewer/viewersource.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlError>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace ks::fake;

namespace {

const QDateTime T0(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::UTC);
const QString Patch = QStringLiteral("@@ -1,2 +1,4 @@\n-old\n+# tiles after Oriel Vantongeren\n+BLOCK_M = 128\n+acc = tl.dot(a, b)\n");

void addPeople(FakeGitHub &github, const QString &graceBio)
{
    github.addUser({ 0, QStringLiteral("oriel-v"), QStringLiteral("User"), QStringLiteral("Oriel Vantongeren"), QStringLiteral("Tilecorp"),
        QStringLiteral("Leeds, UK"), QStringLiteral("https://vantongeren-home.example"), QStringLiteral("ov@vantongeren-mail.example"),
        QStringLiteral("orielkernels"), QStringLiteral("GPU kernels"), true });
    github.addUser({ 0, QStringLiteral("grace"), QStringLiteral("User"), QStringLiteral("Grace Hopper"), {}, QStringLiteral("Paris"), {},
        {}, {}, graceBio, false });
}

FakePull gracesPull(int number, const QDateTime &at, const QString &title, const QString &body, const QString &file)
{
    FakePull p;
    p.id = 9000 + number;
    p.number = number;
    p.title = title;
    p.body = body;
    p.authorLogin = QStringLiteral("grace");
    p.state = QStringLiteral("closed");
    p.createdAt = at;
    p.updatedAt = p.closedAt = p.mergedAt = at.addDays(1);
    p.mergedByLogin = QStringLiteral("grace");
    p.mergeCommitSha = QString::number(number).repeated(40).left(40);
    p.files = { { file, QStringLiteral("added"), 3, 0, Patch, {} } };
    return p;
}

FakeCommit unlinked(const QString &sha, const QString &name, const QDateTime &at)
{
    return { sha, QStringLiteral("wip: tiling"), {}, name, QStringLiteral("OV@vantongeren-mail.example"), at,
        { QStringLiteral("kernels/attn.py") } };
}

FakeRepo firstRound()
{
    FakeRepo r;
    r.owner = QStringLiteral("acme");
    r.name = QStringLiteral("kernels");
    FakePull theirs = gracesPull(100, T0, QStringLiteral("Tile attention"), {}, QStringLiteral("kernels/attn.py"));
    theirs.authorLogin = QStringLiteral("oriel-v");
    theirs.reviews = { { 7100, QStringLiteral("grace"), QStringLiteral("APPROVED"), QStringLiteral("Nice, @oriel-v"), T0.addDays(1) } };
    r.pulls = { gracesPull(1, T0.addDays(2), QStringLiteral("Port Oriel Vantongeren's tiles"),
                    QStringLiteral("From ov@vantongeren-mail.example's branch"), QStringLiteral("kernels/oriel-v/attn.py")),
        theirs };
    r.comments = { { 8100, 0, 1, QStringLiteral("grace"), QStringLiteral("kernels/oriel-v/attn.py"),
        Patch.left(40) + QStringLiteral("\n+# tiles after Oriel Vantongeren"), QStringLiteral("cc @oriel-v"), 2, T0.addDays(2),
        T0.addDays(2) } };
    r.commits = { unlinked(QStringLiteral("c1").repeated(20), QStringLiteral("Oriel Vantongeren"), T0.addDays(3)),
        { QStringLiteral("a1").repeated(20), QStringLiteral("Tile attention (#100)"), QStringLiteral("oriel-v"),
            QStringLiteral("Oriel Vantongeren"), QStringLiteral("ov@vantongeren-mail.example"), T0.addDays(1),
            { QStringLiteral("kernels/attn.py") } } };
    return r;
}

// The same pages, updated, and new ones naming them again in other ways.
FakeRepo secondRound()
{
    FakeRepo r = firstRound();
    r.pulls[0].updatedAt = T0.addDays(20);
    r.pulls[0].body = QStringLiteral("From ov@vantongeren-mail.example's branch; thanks ORIEL VANTONGEREN");
    r.pulls.prepend(gracesPull(2, T0.addDays(21), QStringLiteral("Follow-up for @oriel-v"), QStringLiteral("See orielkernels on Twitter"),
        QStringLiteral("kernels/oriel-v/attn2.py")));
    r.commits.prepend(unlinked(QStringLiteral("c2").repeated(20), QStringLiteral("oriel vantongeren"), T0.addDays(22)));
    r.comments.append({ 8101, 0, 2, QStringLiteral("grace"), QStringLiteral("kernels/oriel-v/attn2.py"),
        QStringLiteral("@@ -0,0 +1 @@\n+x"), QStringLiteral("Oriel Vantongeren did this first"), 1, T0.addDays(21), T0.addDays(21) });
    return r;
}

const QList<QByteArray> Traces = { "vantongeren", "oriel-v", "orielkernels" };

// Every byte beside the workspace: the file, its log, shared memory, backups.
QStringList leftovers(const QString &workspace)
{
    QStringList found;
    QDirIterator files(QFileInfo(workspace).absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll().toLower();
        for (const QByteArray &n : Traces) {
            if (bytes.contains(n))
                found.append(QStringLiteral("%1 in %2").arg(QString::fromUtf8(n), path));
        }
    }
    return found;
}

} // namespace

TEST_CASE("after an erasure a re-sync brings back none of their words, and the byte scan finds none", "[privacy][erasure]")
{
    SyncHarness h;
    addPeople(h.github, QStringLiteral("Compilers; worked with Oriel Vantongeren"));
    h.github.addRepo(firstRound());
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    const qint64 id = h.scalar(QStringLiteral("SELECT id FROM github_users WHERE login = 'oriel-v'")).toLongLong();
    REQUIRE(id > 0);
    REQUIRE(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE author_id IS NULL")) == 1);
    // A migration backup beside the workspace holds them as they were.
    const QString backup = h.tmp.path() + QStringLiteral(".v9-20261101-090000.bak");
    REQUIRE(h.db.copyTo(backup).ok());
    REQUIRE(!leftovers(h.tmp.path()).isEmpty()); // the scan can see them

    const auto report = privacy::Forgetter(h.db).forget(id);
    INFO((report.ok() ? QString() : report.error()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->compactionError.isEmpty());
    CHECK(report->backupsDeleted == QStringList { backup });
    CHECK(report->pathsRenamed == 1);
    CHECK_FALSE(QFileInfo::exists(backup));
    CHECK(leftovers(h.tmp.path()) == QStringList());
    // Grace's work stays, without them; the file they were named in keeps its folder.
    CHECK(h.scalar(QStringLiteral("SELECT title FROM pull_requests WHERE number = 1")).toString()
        == QStringLiteral("Port [redacted]'s tiles"));
    CHECK(h.scalar(QStringLiteral("SELECT filename FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id WHERE p.number = 1")).toString()
        == QStringLiteral("kernels/[redacted-1]"));
    CHECK(
        h.scalar(QStringLiteral("SELECT path FROM review_comments WHERE id = 8100")).toString() == QStringLiteral("kernels/[redacted-1]"));
    CHECK(h.scalar(QStringLiteral("SELECT bio FROM github_users WHERE login = 'grace'")).toString()
        == QStringLiteral("Compilers; worked with [redacted]"));

    // Ten days on: the pages again, updated, and new ones naming them.
    *h.clock = h.clock->addDays(10);
    h.github.addRepo(secondRound());
    addPeople(h.github, QStringLiteral("Compilers; ex-Tilecorp with Oriel Vantongeren"));
    const auto again = h.sync();
    INFO(again.errors.values().join(u'\n').toStdString());
    REQUIRE(again.ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests")) == 3); // grace's two, and theirs without them
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE id = %1 OR login = 'oriel-v'").arg(id)) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE author_id IS NULL")) == 0); // neither unlinked commit
    CHECK(h.scalar(QStringLiteral("SELECT title FROM pull_requests WHERE number = 2")).toString()
        == QStringLiteral("Follow-up for [redacted]"));
    // The same path gets the same stand-in; a new one a new number.
    CHECK(h.scalar(QStringLiteral("SELECT filename FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id WHERE p.number = 1")).toString()
        == QStringLiteral("kernels/[redacted-1]"));
    CHECK(h.scalar(QStringLiteral("SELECT filename FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id WHERE p.number = 2")).toString()
        == QStringLiteral("kernels/[redacted-2]"));
    CHECK(
        h.scalar(QStringLiteral("SELECT path FROM review_comments WHERE id = 8101")).toString() == QStringLiteral("kernels/[redacted-2]"));
    CHECK(h.scalar(QStringLiteral("SELECT bio FROM github_users WHERE login = 'grace'")).toString()
        == QStringLiteral("Compilers; ex-Tilecorp with [redacted]"));
    // A file the viewer fetches is kept without them; one whose path names them is not kept.
    REQUIRE(viewer::cacheFile(h.db, QStringLiteral("acme"), QStringLiteral("kernels"), QStringLiteral("c1").repeated(20),
        QStringLiteral("kernels/attn.py"), QStringLiteral("ok"), "# by Oriel Vantongeren\nBLOCK = 64\n",
        QStringLiteral("https://api.github.com/x"))
            .ok());
    CHECK(h.scalar(QStringLiteral("SELECT CAST(content AS TEXT) FROM file_contents")).toString()
        == QStringLiteral("# by [redacted]\nBLOCK = 64\n"));
    CHECK_FALSE(viewer::cacheFile(h.db, QStringLiteral("acme"), QStringLiteral("kernels"), QStringLiteral("c1").repeated(20),
        QStringLiteral("kernels/oriel-v/attn.py"), QStringLiteral("ok"), "x = 1\n", QStringLiteral("https://api.github.com/y"))
            .ok());
    // Not a byte of them in the file, its log or anything beside it — without compacting again.
    CHECK(leftovers(h.tmp.path()) == QStringList());
}

TEST_CASE("a workspace whose erasure key is missing refuses to sync until the key is imported", "[privacy][erasure]")
{
    SyncHarness h;
    addPeople(h.github, {});
    h.github.addRepo(firstRound());
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    const qint64 id = h.scalar(QStringLiteral("SELECT id FROM github_users WHERE login = 'oriel-v'")).toLongLong();
    REQUIRE(privacy::Forgetter(h.db).forget(id).ok());
    const QString exported = h.tmp.dir() + QStringLiteral("/moved.key");
    REQUIRE(store::ErasureKey::exportTo(h.db, exported).ok());
    // The key file holds no id or name; the workspace holds no key.
    CHECK_FALSE(TempWorkspace::readAll(exported).contains(QByteArray::number(id)));
    CHECK_FALSE(TempWorkspace::readAll(h.tmp.path()).contains(TempWorkspace::readAll(exported).split('\n').value(2).mid(4)));
    REQUIRE(QDir(store::ErasureKey::folder()).removeRecursively()); // the file moved to a computer without it

    const auto refused = h.sync();
    CHECK_FALSE(refused.ok());
    CHECK(refused.errors.values().join(u' ').contains(QStringLiteral("import-key")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE id = %1").arg(id)) == 0);
    CHECK(refused.requests == 0); // stopped before asking GitHub anything

    REQUIRE(store::ErasureKey::importFrom(h.db, exported).ok());
    const auto resumed = h.sync();
    CHECK(resumed.ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE id = %1").arg(id)) == 0);
}

TEST_CASE("a key exported for one workspace is refused by another", "[privacy][erasure]")
{
    TempWorkspace a, b;
    store::Database one, two;
    REQUIRE(one.open(a.path()).ok());
    REQUIRE(two.open(b.path()).ok());
    REQUIRE(one.write([&] { return store::ErasureKey::findOrCreate(one) ? Status() : Status::failure(QStringLiteral("no key")); }).ok());
    REQUIRE(two.write([&] { return store::ErasureKey::findOrCreate(two) ? Status() : Status::failure(QStringLiteral("no key")); }).ok());
    const QString file = a.dir() + QStringLiteral("/one.key");
    REQUIRE(store::ErasureKey::exportTo(one, file).ok());
    const Status s = store::ErasureKey::importFrom(two, file);
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("another workspace")));
    CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("suppressions from before schema 10 are re-keyed by trying the id space, and the salt is dropped", "[privacy][erasure]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    const QByteArray salt = QByteArray("ab").repeated(32);
    REQUIRE(
        db.write([&]() -> Status {
              QSqlQuery q(db.connection());
              q.prepare(QStringLiteral("INSERT INTO suppressions(identity_hash, kind, suppressed_at) VALUES (?, 'github', '2026-01-01')"));
              q.addBindValue(store::SuppressionList::saltedHash(salt, store::SuppressionList::Kind::GitHub, QStringLiteral("654321")));
              if (!q.exec())
                  return Status::failure(q.lastError().text());
              return db.setMetaValue(QStringLiteral("suppression_salt"), QString::fromLatin1(salt));
          }).ok());
    store::SuppressionList list(db);
    // The weakness being fixed: with the file alone, the id is found.
    CHECK(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("654321")).value());
    QByteArray key;
    REQUIRE(
        db.write([&]() -> Status {
              key = store::ErasureKey::findOrCreate(db).value();
              return {};
          }).ok());
    const auto report = list.rekey(key, 1'000'000);
    REQUIRE(report.ok());
    CHECK(report->rekeyed == 1);
    CHECK(report->left == 0);
    CHECK(list.saltedCount().value() == 0);
    CHECK(db.metaValue(QStringLiteral("suppression_salt")).value().isEmpty());
    CHECK(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("654321")).value());
    CHECK_FALSE(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("654322")).value());
    // Without the key the list can no longer be tested at all.
    REQUIRE(QDir(store::ErasureKey::folder()).removeRecursively());
    CHECK_FALSE(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("654321")).ok());
    UNSCOPED_INFO("re-keying tried " << report->idsTried << " ids in " << report->milliseconds << " ms");
}

TEST_CASE("a forget made by another process while a sync runs keeps them out of the pages still to come", "[privacy][erasure]")
{
    SyncHarness h;
    // Both processes must find the same key: the CLI is not in test mode.
    const QString keys = h.tmp.dir() + QStringLiteral("/keys");
    qputenv("KERNELSCOUT_KEYS_DIR", QFile::encodeName(keys));
    addPeople(h.github, {});
    h.github.addRepo(firstRound());
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    // When the sync asks for their PR's details (its listing is stored,
    // their account with it), another process forgets them.
    bool forgotten = false;
    CliResult forget;
    h.github.setResponseHook([&](const Request &request, Response &) {
        if (forgotten || !request.path.contains(QStringLiteral("/pulls/100")))
            return;
        forgotten = true;
        forget = runCli(
            { QStringLiteral("--db"), h.tmp.path(), QStringLiteral("forget"), QStringLiteral("oriel-v"), QStringLiteral("--yes") });
    });
    const auto summary = h.sync();
    qunsetenv("KERNELSCOUT_KEYS_DIR");
    REQUIRE(forgotten);
    INFO(forget.err.toStdString());
    CHECK(forget.exitCode == 0);
    CHECK(forget.out.contains(QStringLiteral("Erased oriel-v")));
    // The sync went on to the end, and stored nothing of theirs after the forget.
    INFO(summary.errors.values().join(u'\n').toStdString());
    CHECK(summary.ok());
    CHECK(summary.failedRepos.isEmpty());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE login = 'oriel-v'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE author_id IS NULL")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE number = 1")) == 1); // grace's PR is kept
    CHECK(leftovers(h.tmp.path()) == QStringList());
}

TEST_CASE("a word that is both a login and a name's first word keeps both roles in the list", "[privacy][erasure]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    const QByteArray key(32, 'k');
    const auto entries = Redactor::entriesFor(key, QStringLiteral("anna"), {}, {}, { QStringLiteral("Anna Quist") });
    REQUIRE(db.write([&] { return store::RedactionList(db).add(entries); }).ok());
    const auto stored = store::RedactionList(db).entries();
    REQUIRE(stored.ok());
    const Redactor r(key, stored.value());
    CHECK(r.redact(QStringLiteral("by Anna Quist, cc anna")) == QStringLiteral("by [redacted], cc [redacted]"));
}

TEST_CASE("another key for the same workspace is refused, not silently used", "[privacy][erasure]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    REQUIRE(db.write([&] { return store::ErasureKey::findOrCreate(db) ? Status() : Status::failure(QStringLiteral("no key")); }).ok());
    const QString exported = tmp.dir() + QStringLiteral("/right.key");
    REQUIRE(store::ErasureKey::exportTo(db, exported).ok());
    // The file copied to a computer without the key, where a new one would be made...
    REQUIRE(QDir(store::ErasureKey::folder()).removeRecursively());
    const auto made = store::ErasureKey::find(db);
    CHECK_FALSE(made.ok()); // ...is refused: a key was made for it elsewhere
    CHECK_FALSE(db.write([&] { return store::ErasureKey::findOrCreate(db) ? Status() : Status::failure(QStringLiteral("no key")); }).ok());
    // A key file of the same workspace but with other bytes is refused too.
    QByteArray forged = TempWorkspace::readAll(exported);
    const qsizetype at = forged.indexOf("key=") + 4;
    forged[at] = forged[at] == 'a' ? 'b' : 'a';
    const QString wrong = tmp.dir() + QStringLiteral("/wrong.key");
    QFile out(wrong);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(forged);
    out.close();
    const Status refused = store::ErasureKey::importFrom(db, wrong);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("not the key")));
    CHECK(store::ErasureKey::importFrom(db, exported).ok());
    CHECK(store::ErasureKey::find(db).ok());
}
