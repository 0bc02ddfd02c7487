// SPDX-License-Identifier: MIT
// What real GitHub does to a long sync: errors, cut connections, limits.
// Each case must end with exactly the data of an undisturbed run. Time is
// virtual: a one-hour rate-limit pause takes no real time.
#include "faultplan.h"
#include "support/kernelrepo.h"
#include "support/syncharness.h"

#include <catch2/generators/catch_generators.hpp>

using namespace ks;
using fake::Fault;
using fake::FaultPlan;

namespace {

QStringList cleanDump()
{
    SyncHarness h;
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    const auto s = h.sync();
    REQUIRE(s.ok());
    return h.dump();
}

} // namespace

TEST_CASE("each kind of transient fault is retried and the data is unchanged", "[sync][faults]")
{
    static const QStringList clean = cleanDump();
    const auto [fault, name] = GENERATE(table<Fault, const char *>({
        { Fault::ServerError, "502" },
        { Fault::Truncate, "truncated body" },
        { Fault::Reset, "connection reset" },
        { Fault::Malformed, "malformed JSON" },
        { Fault::Slow, "stalled transfer" },
    }));
    INFO(name);
    SyncHarness h;
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    FaultPlan plan;
    plan.slowMs = 1500;
    for (int n : { 2, 3, 6, 11, 17, 30 })
        plan.script.insert(n, fault);
    fake::FaultInjector faults(h.github, plan);
    auto options = h.options();
    options.transferTimeoutMs = 300; // a stall is noticed quickly
    const auto summary = h.sync(options);
    INFO(summary.errors.values().join(QLatin1String("; ")).toStdString());
    REQUIRE(summary.ok());
    CHECK(faults.injectedTotal() >= 5);
    // Qt resends a request once by itself when a reused keep-alive connection
    // drops before answering, so not every reset reaches our retry loop.
    if (fault == Fault::Reset)
        CHECK(summary.retries >= 1);
    else
        CHECK(summary.retries >= faults.injectedTotal());
    CHECK(h.dump() == clean);
}

TEST_CASE("secondary rate limits are waited out, as long as GitHub asks", "[sync][faults]")
{
    static const QStringList clean = cleanDump();
    const auto [fault, minimumWaitMs] = GENERATE(table<Fault, qint64>({
        { Fault::SecondaryLimit, 3 * 60'000 }, // Retry-After: 60, three times
        { Fault::TooManyRequests, 3 * 60'000 }, // 429 with Retry-After
        { Fault::SecondaryNoRetry, 3 * 30'000 }, // no header: at least a minute, jittered down to half at the least
    }));
    SyncHarness h;
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    FaultPlan plan;
    for (int n : { 2, 7, 19 })
        plan.script.insert(n, fault);
    fake::FaultInjector faults(h.github, plan);
    const QDateTime started = *h.clock;
    const auto summary = h.sync();
    REQUIRE(summary.ok());
    CHECK(faults.injectedTotal() == 3);
    CHECK(started.msecsTo(*h.clock) >= minimumWaitMs);
    CHECK(summary.retries == 0); // limits are waits, not failures
    CHECK(h.dump() == clean);
}

TEST_CASE("a spent budget pauses the sync until the reset, then it resumes", "[sync][faults]")
{
    static const QStringList clean = cleanDump();
    SyncHarness h;
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    const QDateTime reset = h.now.addSecs(1800);
    h.github.setRateLimit(5000, 7, reset.toSecsSinceEpoch()); // 7 requests left for the next half hour
    ks::sync::GitHubSync engine(h.db, h.options());
    QList<ks::sync::SyncProgress> pauses;
    QObject::connect(&engine, &ks::sync::GitHubSync::progress, [&](const ks::sync::SyncProgress &p) {
        if (p.waitingUntil.isValid())
            pauses.append(p);
    });
    QSignalSpy done(&engine, &ks::sync::GitHubSync::finished);
    engine.start();
    REQUIRE(done.wait(60000));
    const auto summary = done.takeFirst().at(0).value<ks::sync::SyncSummary>();
    REQUIRE(summary.ok());
    REQUIRE_FALSE(pauses.isEmpty());
    CHECK(pauses.first().waitingUntil == reset.addSecs(1)); // the countdown target shown to the user
    CHECK(pauses.first().stage.contains(QStringLiteral("budget")));
    CHECK(*h.clock >= reset);
    CHECK(h.dump() == clean);
}

TEST_CASE("a repository that keeps failing is given up with a clear message; the others sync", "[sync][faults]")
{
    SyncHarness h;
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    fake::FakeRepo other;
    other.owner = QStringLiteral("acme");
    other.name = QStringLiteral("flaky");
    h.github.addRepo(other);
    h.map(QStringLiteral("acme/flaky"), {});
    h.github.setInterceptor([](const fake::Request &r, fake::Response &response) {
        if (!r.path.contains(QLatin1String("/flaky")))
            return false;
        response = fake::Response::error(503, QStringLiteral("Service Unavailable"));
        return true;
    });
    const auto summary = h.sync();
    CHECK(summary.failedRepos == QStringList { QStringLiteral("acme/flaky") });
    const QString error = summary.errors.value(QStringLiteral("acme/flaky"));
    CHECK(error.contains(QStringLiteral("503")));
    CHECK(error.contains(QStringLiteral("gave up after 9 attempts")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 60);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1 AND details_fetched_at IS NOT NULL")) == 60);
}

TEST_CASE("a server with a certificate from an unknown CA is refused and the reason shown; its CA bundle lets it in", "[sync][tls]")
{
    SyncHarness h(true);
    seedKernelRepo(h.github);
    h.map(QStringLiteral("acme/kernels"), { QStringLiteral("kernels") });
    auto options = h.options();
    auto summary = h.sync(options);
    REQUIRE(summary.failedRepos == QStringList { QStringLiteral("acme/kernels") });
    const QString error = summary.errors.value(QStringLiteral("acme/kernels"));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("certificate")));
    CHECK(error.contains(QStringLiteral("CA bundle")));
    CHECK(summary.retries == 0); // retrying cannot fix a certificate
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 0);

    options.caBundle = QStringLiteral(KS_TEST_FIXTURES "/tls/server.pem");
    summary = h.sync(options);
    INFO(summary.errors.values().join(QLatin1String("; ")).toStdString());
    CHECK(summary.ok());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM commits")) == 60);

    options.caBundle = QStringLiteral(KS_TEST_FIXTURES "/tls/README.md");
    summary = h.sync(options);
    CHECK(summary.errors.value(QString()).contains(QStringLiteral("no PEM certificate")));
}
