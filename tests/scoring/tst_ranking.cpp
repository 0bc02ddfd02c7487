// SPDX-License-Identifier: MIT
// Ranking on a workspace where counting commits gives the wrong answer.
#include "scoring/ranker.h"
#include "scoring/signaldetector.h"
#include "scoring/signalscanner.h"
#include "store/layerstore.h"
#include "store/scorestore.h"
#include "support/syncharness.h"

using namespace ks;
using fake::FakePull;
using fake::FakeRepo;

namespace {

const QDateTime Now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);

const QString KernelPatch = QStringLiteral("@@ -1,3 +1,24 @@\n"
                                           " #include <cuda_runtime.h>\n"
                                           "+// Stage tiles of A and B in shared memory so each global load is reused TILE times.\n"
                                           "+template <int TILE>\n"
                                           "+__global__ void matmul(const float *A, const float *B, float *C, int n) {\n"
                                           "+  __shared__ float a[TILE][TILE + 1];\n"
                                           "+  __shared__ float b[TILE][TILE + 1];\n"
                                           "+  int row = blockIdx.y * TILE + threadIdx.y, col = blockIdx.x * TILE + threadIdx.x;\n"
                                           "+  float acc = 0.f;\n"
                                           "+  for (int t = 0; t < n / TILE; ++t) {\n"
                                           "+    a[threadIdx.y][threadIdx.x] = A[row * n + t * TILE + threadIdx.x];\n"
                                           "+    b[threadIdx.y][threadIdx.x] = B[(t * TILE + threadIdx.y) * n + col];\n"
                                           "+    __syncthreads();\n"
                                           "+    for (int k = 0; k < TILE; ++k) acc += a[threadIdx.y][k] * b[k][threadIdx.x];\n"
                                           "+    __syncthreads();\n"
                                           "+  }\n"
                                           "+  C[row * n + col] = acc;\n"
                                           "+}\n"
                                           "+\n"
                                           "+void launch(const float *A, const float *B, float *C, int n, cudaStream_t s) {\n"
                                           "+  dim3 block(32, 32), grid(n / 32, n / 32);\n"
                                           "+  matmul<32><<<grid, block, 0, s>>>(A, B, C, n);\n"
                                           "+}\n"
                                           "+\n"
                                           " // end\n");

int g_number = 0;

FakePull pull(const QString &author, const QString &path, int additions, const QDateTime &when, const QString &patch = {})
{
    FakePull p;
    p.number = ++g_number;
    p.id = 300000 + p.number;
    p.title = QStringLiteral("Change %1").arg(p.number);
    p.authorLogin = author;
    p.state = QStringLiteral("closed");
    p.createdAt = when.addDays(-2);
    p.updatedAt = p.closedAt = p.mergedAt = when;
    p.mergedByLogin = QStringLiteral("reviewer");
    p.mergeCommitSha = QStringLiteral("%1").arg(p.number, 40, 10, QLatin1Char('e'));
    p.files
        = { { path, QStringLiteral("modified"), additions, 1, patch.isEmpty() ? QStringLiteral("@@ -1 +1,2 @@\n-x\n+y\n") : patch, {} } };
    return p;
}

void addPeople(fake::FakeGitHub &github)
{
    for (const char *login : { "kernelpro", "reviewer", "midway", "oldtimer", "testonly", "docsonly" })
        github.addUser({ 0, QString::fromLatin1(login), QStringLiteral("User"), {}, {}, {}, {}, {}, {}, {}, false });
}

} // namespace

TEST_CASE("ranking follows quality and recency in the mapped paths, not commit counts", "[scoring][ranking]")
{
    SyncHarness h;
    *h.clock = Now;
    addPeople(h.github);
    FakeRepo repo;
    repo.owner = QStringLiteral("acme");
    repo.name = QStringLiteral("gpu");
    const QDateTime recent = Now.addDays(-20);
    QList<FakePull> pulls;
    for (int i = 0; i < 6; ++i) // substantial kernels with real signals
        pulls.append(pull(QStringLiteral("kernelpro"), QStringLiteral("kernels/matmul%1.cu").arg(i), 120, recent.addDays(-i), KernelPatch));
    for (int i = 0; i < 2; ++i)
        pulls.append(pull(QStringLiteral("midway"), QStringLiteral("kernels/scan%1.cu").arg(i), 25, recent.addDays(-3 - i)));
    for (int i = 0; i < 10; ++i) // big, but two years ago
        pulls.append(pull(QStringLiteral("oldtimer"), QStringLiteral("kernels/legacy%1.cu").arg(i), 300, Now.addDays(-700 - i)));
    for (int i = 0; i < 20; ++i) // many PRs, tests only
        pulls.append(pull(QStringLiteral("testonly"), QStringLiteral("kernels/tests/test_case%1.py").arg(i), 15, recent.addDays(-i)));
    for (int i = 0; i < 25; ++i) // even more PRs, docs only
        pulls.append(pull(QStringLiteral("docsonly"), QStringLiteral("kernels/README%1.md").arg(i), 10, recent.addDays(-i)));
    // The review-only expert: reviews and approves everyone's kernels, merges them.
    for (FakePull &p : pulls) {
        if (p.authorLogin == QLatin1String("kernelpro") || p.authorLogin == QLatin1String("midway")) {
            p.reviews.append({ p.id + 1000000, QStringLiteral("reviewer"), QStringLiteral("APPROVED"),
                QStringLiteral("Pad the tile to TILE + 1 to avoid bank conflicts; occupancy is fine at 2 blocks/SM."), p.mergedAt });
            for (int k = 0; k < 1; ++k)
                repo.comments.append({ p.id * 10 + k, 0, p.number, QStringLiteral("reviewer"), p.files[0].filename,
                    QStringLiteral("@@ -1 +1 @@"), QStringLiteral("Use float4 loads here: 128-bit loads halve the transactions."), 1,
                    p.mergedAt.addSecs(-600), p.mergedAt.addSecs(-600) });
        }
    }
    std::sort(pulls.begin(), pulls.end(), [](const FakePull &a, const FakePull &b) { return a.mergedAt > b.mergedAt; });
    for (const FakePull &p : std::as_const(pulls)) {
        repo.pulls.append(p);
        repo.commits.append({ p.mergeCommitSha, p.title + QStringLiteral(" (#%1)").arg(p.number), p.authorLogin, {}, {}, p.mergedAt,
            { p.files[0].filename } });
    }
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/gpu"), { QStringLiteral("kernels") });
    store::LayerStore layers(h.db);
    RoleLayer layer = layers.find(QStringLiteral("kernel")).value();
    layer.weights = { { QStringLiteral("activity.recent_paths"), 1.0 }, { QStringLiteral("activity.code_review"), 1.0 },
        { QStringLiteral("signal.memory_hierarchy"), 1.0 }, { QStringLiteral("signal.hw_codesign"), 0.8 } };
    REQUIRE(layers.save(layer).ok());
    layer = layers.find(QStringLiteral("kernel")).value();
    auto options = h.options();
    options.since = Now.addYears(-3);
    const auto synced = h.sync(options);
    INFO(synced.errors.values().join(QLatin1String("; ")).toStdString());
    REQUIRE(synced.ok());

    const scoring::SignalDetector detector;
    scoring::SignalScanner scanner(h.db, detector);
    const auto scanned = scanner.scanPending();
    REQUIRE(scanned.ok());
    CHECK(scanned->hits > 0);
    scoring::Ranker ranker(h.db);
    ranker.setNow(Now);
    REQUIRE(ranker.rankLayer(layer).ok());

    const auto top = store::ScoreStore(h.db).top(layer.id, 10);
    REQUIRE(top.ok());
    QStringList order;
    for (const auto &c : top.value()) {
        order.append(c.login);
        QStringList parts;
        for (auto it = c.parts.cbegin(); it != c.parts.cend(); ++it)
            parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'f', 2));
        UNSCOPED_INFO(c.login.toStdString() << " " << c.score << " pulls=" << c.pulls << " reviews=" << c.reviews
                                            << " rc=" << c.reviewComments << " " << parts.join(QLatin1String(" ")).toStdString());
    }
    INFO(order.join(QLatin1String(" > ")).toStdString());
    // Commit counts say docsonly (25), testonly (20), oldtimer (10), kernelpro
    // (6), midway (2), reviewer (0). The kernel author leads, the review-only
    // expert is right behind; old work fades; tests-only and docs-only trail.
    CHECK(order
        == QStringList { QStringLiteral("kernelpro"), QStringLiteral("reviewer"), QStringLiteral("midway"), QStringLiteral("oldtimer"),
            QStringLiteral("testonly"), QStringLiteral("docsonly") });
    REQUIRE(top->size() == 6);

    const scoring::CandidateScore pro = top->at(0);
    CHECK(pro.parts.value(QStringLiteral("signals.memory_hierarchy")) > 0);
    CHECK(pro.topSignals.contains(QStringLiteral("cuda.shared_staging")));
    CHECK(pro.worksOn.startsWith(QStringLiteral("kernels: 6 PRs, last 2")));
    const scoring::CandidateScore reviewer = top->at(1);
    CHECK(reviewer.pulls == 0);
    CHECK(reviewer.parts.value(QStringLiteral("reviews")) > 0);
    CHECK(reviewer.parts.value(QStringLiteral("maintainership")) > 0);
    CHECK(reviewer.parts.value(QStringLiteral("signals.hw_codesign")) > 0);

    // Every part has evidence, and signal evidence points at file and line.
    const auto why = store::ScoreStore(h.db).person(layer.id, QStringLiteral("kernelpro"));
    REQUIRE(why.ok());
    bool signalWithLine = false;
    for (const auto &e : why->evidence)
        signalWithLine |= e.signalId == QLatin1String("cuda.shared_staging") && e.line == 5 && e.filename.endsWith(QLatin1String(".cu"));
    CHECK(signalWithLine);
    for (auto it = why->parts.cbegin(); it != why->parts.cend(); ++it) {
        if (it.key() == QLatin1String("breadth") || it.key() == QLatin1String("tenure"))
            continue;
        INFO(it.key().toStdString());
        CHECK(std::any_of(why->evidence.begin(), why->evidence.end(), [&](const scoring::Evidence &e) { return e.part == it.key(); }));
    }
}

TEST_CASE("machine accounts and self-review are never counted", "[scoring][ranking]")
{
    SyncHarness h;
    *h.clock = Now;
    h.github.addUser({ 0, QStringLiteral("author"), QStringLiteral("User"), {}, {}, {}, {}, {}, {}, {}, false });
    h.github.addUser({ 0, QStringLiteral("ci-bot[bot]"), QStringLiteral("Bot"), {}, {}, {}, {}, {}, {}, {}, false });
    FakeRepo repo;
    repo.owner = QStringLiteral("acme");
    repo.name = QStringLiteral("self");
    FakePull p = pull(QStringLiteral("author"), QStringLiteral("kernels/a.cu"), 40, Now.addDays(-5));
    FakePull bot = pull(QStringLiteral("ci-bot[bot]"), QStringLiteral("kernels/b.cu"), 400, Now.addDays(-4));
    for (int k = 0; k < 5; ++k) // the author answering comments on their own PR
        repo.comments.append({ p.id * 10 + k, 0, p.number, QStringLiteral("author"), QStringLiteral("kernels/a.cu"), QStringLiteral("@@"),
            QStringLiteral("Done."), 1, Now.addDays(-5), Now.addDays(-5) });
    repo.pulls = { bot, p };
    repo.commits = { { bot.mergeCommitSha, QStringLiteral("Bump (#%1)").arg(bot.number), bot.authorLogin, {}, {}, bot.mergedAt,
                         { QStringLiteral("kernels/b.cu") } },
        { p.mergeCommitSha, QStringLiteral("Fix (#%1)").arg(p.number), p.authorLogin, {}, {}, p.mergedAt,
            { QStringLiteral("kernels/a.cu") } } };
    h.github.addRepo(repo);
    h.map(QStringLiteral("acme/self"), { QStringLiteral("kernels") });
    REQUIRE(h.sync().ok());
    const RoleLayer layer = store::LayerStore(h.db).find(QStringLiteral("kernel")).value();
    scoring::Ranker ranker(h.db);
    ranker.setNow(Now);
    REQUIRE(ranker.rankLayer(layer).ok());
    const auto top = store::ScoreStore(h.db).top(layer.id, 10);
    REQUIRE(top.ok());
    REQUIRE(top->size() == 1);
    CHECK(top->at(0).login == QStringLiteral("author"));
    CHECK(top->at(0).reviewComments == 0);
    CHECK_FALSE(top->at(0).parts.contains(QStringLiteral("reviews")));
}
