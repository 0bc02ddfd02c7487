// SPDX-License-Identifier: MIT
// Erasure on request: after forgetting a synced person nothing of them is
// left in the workspace file or its log, what others did with them still
// counts for the others, and syncing again does not bring them back.
#include "jobs/standings.h"
#include "privacy/forgetter.h"
#include "store/erasurekey.h"
#include "store/layerstore.h"
#include "store/pipelinestore.h"
#include "store/scorestore.h"
#include "store/suppressionlist.h"
#include "support/syncharness.h"

#include <QDir>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace ks::fake;

namespace {

const QDateTime T0(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::UTC);

// Someone with a distinctive login, name and address, so a byte scan can
// only find them where they really are; and a colleague who reviewed them.
void addPeople(FakeGitHub &github)
{
    github.addUser({ 0, QStringLiteral("zephyrine-q"), QStringLiteral("User"), QStringLiteral("Zephyrine Quist"),
        QStringLiteral("@tilecorp"), QStringLiteral("Leeds, UK"), QStringLiteral("https://quist-home.example"),
        QStringLiteral("zq@quist-mail.example"), QStringLiteral("zqtiles"), QStringLiteral("Kernels at Tilecorp"), true });
    github.addUser({ 0, QStringLiteral("grace"), QStringLiteral("User"), QStringLiteral("Grace Hopper"), {}, QStringLiteral("Paris"), {},
        {}, {}, {}, false });
}

FakeRepo repo()
{
    FakeRepo r;
    r.owner = QStringLiteral("acme");
    r.name = QStringLiteral("kernels");
    const QString patch
        = QStringLiteral("@@ -1,2 +1,5 @@\n-old\n+# tiling by Zephyrine Quist\n+BLOCK_M = 128\n+acc = tl.dot(a, b)\n+more\n");
    FakePull theirs; // reviewed by grace: stays, without its author
    theirs.id = 9001;
    theirs.number = 1;
    theirs.title = QStringLiteral("Tile the attention kernel");
    theirs.body = QStringLiteral("Tiling by @zephyrine-q; mail zq@quist-mail.example");
    theirs.authorLogin = QStringLiteral("zephyrine-q");
    theirs.state = QStringLiteral("closed");
    theirs.createdAt = T0;
    theirs.updatedAt = theirs.closedAt = theirs.mergedAt = T0.addDays(2);
    theirs.mergedByLogin = QStringLiteral("grace");
    theirs.mergeCommitSha = QStringLiteral("a1").repeated(20);
    theirs.files = { { QStringLiteral("kernels/attn.py"), QStringLiteral("modified"), 4, 1, patch, {} } };
    theirs.reviews = { { 7001, QStringLiteral("grace"), QStringLiteral("APPROVED"),
        QStringLiteral("Thanks @zephyrine-q, the tiling is right"), T0.addDays(1) } };
    FakePull alone; // nobody else touched it: goes
    alone.id = 9002;
    alone.number = 2;
    alone.title = QStringLiteral("Zephyrine's scratch work");
    alone.authorLogin = QStringLiteral("zephyrine-q");
    alone.createdAt = alone.updatedAt = T0.addDays(3);
    alone.files
        = { { QStringLiteral("kernels/scratch.py"), QStringLiteral("added"), 1, 0, QStringLiteral("@@ -0,0 +1 @@\n+x = 1\n"), {} } };
    FakePull graces; // grace's PR that they commented on
    graces.id = 9003;
    graces.number = 3;
    graces.title = QStringLiteral("Fuse the epilogue");
    graces.authorLogin = QStringLiteral("grace");
    graces.state = QStringLiteral("closed");
    graces.createdAt = T0.addDays(4);
    graces.updatedAt = graces.closedAt = graces.mergedAt = T0.addDays(5);
    graces.mergedByLogin = QStringLiteral("zephyrine-q");
    graces.mergeCommitSha = QStringLiteral("b2").repeated(20);
    graces.files = { { QStringLiteral("kernels/epilogue.py"), QStringLiteral("modified"), 2, 1,
        QStringLiteral("@@ -1 +1,2 @@\n-a\n+b\n+c\n"), {} } };
    r.pulls = { graces, alone, theirs }; // newest first
    r.comments
        = { { 8001, 0, 3, QStringLiteral("zephyrine-q"), QStringLiteral("kernels/epilogue.py"), QStringLiteral("@@ -1 +1,2 @@\n-a\n+b"),
                QStringLiteral("Use a wider vector here"), 1, T0.addDays(4), T0.addDays(4) },
              { 8002, 0, 1, QStringLiteral("grace"), QStringLiteral("kernels/attn.py"),
                  QStringLiteral("@@ -1,2 +1,5 @@\n+# tiling by Zephyrine Quist"),
                  QStringLiteral("Zephyrine Quist: should BLOCK_M be 64 on sm80?"), 2, T0.addDays(1), T0.addDays(1) } };
    r.commits = { { QStringLiteral("b2").repeated(20),
                      QStringLiteral("Fuse the epilogue (#3)\n\nCo-authored-by: Zephyrine Quist <zq@quist-mail.example>"),
                      QStringLiteral("grace"), QStringLiteral("Grace Hopper"), QStringLiteral("grace@navy.example"), T0.addDays(5),
                      { QStringLiteral("kernels/epilogue.py") } },
        { QStringLiteral("a1").repeated(20), QStringLiteral("Tile the attention kernel (#1)"), QStringLiteral("zephyrine-q"),
            QStringLiteral("Zephyrine Quist"), QStringLiteral("zq@quist-mail.example"), T0.addDays(2),
            { QStringLiteral("kernels/attn.py") } } };
    return r;
}

// Every place the workspace keeps bytes: the file, its log and shared memory.
QStringList leftovers(const QString &workspace, const QList<QByteArray> &needles)
{
    QStringList found;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QByteArray bytes = TempWorkspace::readAll(workspace + suffix).toLower();
        for (const QByteArray &n : needles) {
            if (bytes.contains(n.toLower()))
                found.append(QStringLiteral("%1 in %2").arg(QString::fromUtf8(n), workspace + suffix));
        }
    }
    return found;
}

const QList<QByteArray> Traces = { "zephyrine", "quist", "zqtiles", "quist-mail", "quist-home" };

} // namespace

TEST_CASE("forgetting a synced person leaves no trace of them and keeps what others did", "[privacy][forget]")
{
    SyncHarness h;
    addPeople(h.github);
    h.github.addRepo(repo());
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    jobs::StandingsRequest request;
    request.now = T0.addDays(30);
    REQUIRE(jobs::updateStandings(h.db, request).ok());
    const qint64 id = h.scalar(QStringLiteral("SELECT id FROM github_users WHERE login = 'zephyrine-q'")).toLongLong();
    REQUIRE(id > 0);
    REQUIRE(h.count(QStringLiteral("SELECT count(*) FROM candidate_scores WHERE user_id = %1").arg(id)) == 1);
    REQUIRE(h.count(QStringLiteral("SELECT count(*) FROM contact_channels WHERE user_id = %1").arg(id)) > 0);
    // A sourcer worked on them, and wrote about them on the colleague.
    store::PipelineStore pipeline(h.db);
    const auto layer = store::LayerStore(h.db).find(QStringLiteral("kernel"));
    REQUIRE(layer.ok());
    const auto req = pipeline.createRequisition(QStringLiteral("Kernel engineer"), layer->id);
    REQUIRE(req.ok());
    const qint64 grace = h.scalar(QStringLiteral("SELECT id FROM github_users WHERE login = 'grace'")).toLongLong();
    REQUIRE(pipeline.setPosition(req.value(), id, { pipeline.stageForRole(QStringLiteral("shortlisted")).value(), QDate() }).ok());
    REQUIRE(pipeline.addNote(req.value(), id, QStringLiteral("Strong tiling work")).ok());
    REQUIRE(pipeline.addNote(req.value(), grace, QStringLiteral("Reviewed Zephyrine Quist's attention PR (zephyrine-q)")).ok());
    REQUIRE(pipeline.addTag(req.value(), { id }, QStringLiteral("uk-shortlist")).ok());
    REQUIRE(!leftovers(h.tmp.path(), Traces).isEmpty()); // the scan can see them

    const auto report = privacy::Forgetter(h.db).forget(id);
    INFO((report.ok() ? QString() : report.error()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->login == QStringLiteral("zephyrine-q"));
    CHECK(report->itemsAnonymised == 1); // PR #1, reviewed by grace
    CHECK(report->itemsDeleted >= 3); // PR #2, their comment, their commit
    CHECK(report->textsRedacted >= 4);
    CHECK(report->suppressed);

    // Not a byte of them in the file, the log or shared memory.
    CHECK(leftovers(h.tmp.path(), Traces) == QStringList());
    CHECK(QFileInfo(h.tmp.path() + QStringLiteral("-wal")).size() == 0);
    // Their rows are gone; PR #1 is kept for its reviewer, without them.
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE id = %1").arg(id)) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE number = 2")) == 0);
    CHECK(
        h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE number = 1 AND author_id IS NULL AND author_login IS NULL")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pr_reviews WHERE id = 7001")) == 1);
    CHECK(h.scalar(QStringLiteral("SELECT body FROM pr_reviews WHERE id = 7001")).toString()
        == QStringLiteral("Thanks [redacted], the tiling is right"));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM review_comments WHERE id = 8001")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM notes")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM tags")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pipeline_entries")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM search_text WHERE search_text MATCH 'zephyrine'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM search_people WHERE search_people MATCH 'zephyrine OR quist'")) == 0);
    CHECK(store::SuppressionList(h.db).count().value() == 1);

    // Grace's review of their PR still counts for grace, with its evidence.
    REQUIRE(jobs::updateStandings(h.db, request).ok());
    const auto score = store::ScoreStore(h.db).person(layer->id, QStringLiteral("grace"));
    REQUIRE(score.ok());
    CHECK(score->reviews >= 1);
    bool reviewOfTheirs = false;
    for (const scoring::Evidence &e : score->evidence)
        reviewOfTheirs = reviewOfTheirs || e.url.contains(QStringLiteral("/pull/1"));
    CHECK(reviewOfTheirs);

    // A later sync reads the same pages and does not bring them back.
    h.github.repo(QStringLiteral("acme"), QStringLiteral("kernels"))->pulls[2].updatedAt = T0.addDays(40); // re-read #1 and its details
    REQUIRE(h.sync().ok());
    REQUIRE(jobs::updateStandings(h.db, request).ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM github_users WHERE login = 'zephyrine-q' OR id = %1").arg(id)) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits WHERE author_login = 'zephyrine-q'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM review_comments WHERE user_login = 'zephyrine-q'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE author_login = 'zephyrine-q'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE merged_by_login = 'zephyrine-q'")) == 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE number = 1 AND author_id IS NULL")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM candidate_scores WHERE user_id = %1").arg(id)) == 0);
    CHECK(h.scalar(QStringLiteral("SELECT body FROM pr_reviews WHERE id = 7001")).toString()
        == QStringLiteral("Thanks [redacted], the tiling is right"));
}

TEST_CASE("the suppression list keeps only keyed hashes and survives reopening", "[privacy][forget]")
{
    TempWorkspace tmp;
    {
        store::Database db;
        REQUIRE(db.open(tmp.path()).ok());
        store::SuppressionList list(db);
        CHECK_FALSE(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("583231")).value());
        REQUIRE(
            db.write([&] {
                  const auto key = store::ErasureKey::findOrCreate(db);
                  return key ? list.add(key.value(), store::SuppressionList::Kind::GitHub, QStringLiteral("583231"))
                             : Status::failure(key.error());
              }).ok());
        CHECK(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("583231")).value());
        CHECK_FALSE(list.contains(store::SuppressionList::Kind::Forum, QStringLiteral("583231")).value());
        CHECK_FALSE(list.contains(store::SuppressionList::Kind::GitHub, QStringLiteral("583232")).value());
    }
    store::Database again;
    REQUIRE(again.open(tmp.path()).ok());
    CHECK(store::SuppressionList(again).contains(store::SuppressionList::Kind::GitHub, QStringLiteral("583231")).value());
    QSqlQuery q(again.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT identity_hash FROM suppressions")));
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("583231")));
    CHECK(q.value(0).toString().size() == 64);
    // Another workspace's key gives another hash: a list means nothing elsewhere.
    CHECK(store::SuppressionList::hash("key-a", store::SuppressionList::Kind::GitHub, QStringLiteral("1"))
        != store::SuppressionList::hash("key-b", store::SuppressionList::Kind::GitHub, QStringLiteral("1")));
}
