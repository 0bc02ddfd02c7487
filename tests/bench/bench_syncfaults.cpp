// SPDX-License-Identifier: MIT
// Benchmark: the GitHub sync through a hostile network.
//
//   bench_syncfaults [--smoke]
//
// The synthetic repository (5,000 PRs, 20,000 commits, 10,000 review
// comments; --smoke: 300/1,200/600) synced twice into fresh workspaces: once
// clean (the baseline, same run), once with 8% 502s, 4% truncated bodies, 4%
// connection resets and a secondary rate limit every 100 requests. Prints
// the extra requests spent on recovery, the virtual time spent waiting, and
// whether the two workspaces hold exactly the same data. Waits run on a
// virtual clock, so the numbers measure the protocol, not sleeping.
#include "fakegithub.h"
#include "faultplan.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "support/syncdump.h"
#include "sync/githubsync.h"
#include "syntheticbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

using namespace ks;

namespace {

struct Outcome
{
    sync::SyncSummary summary;
    int served = 0;
    QStringList dump;
    double seconds = 0;
};

Outcome syncOnce(const fake::SyntheticSpec &spec, const QString &dbPath, const fake::FaultPlan *plan)
{
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    auto clock = std::make_shared<QDateTime>(start);
    fake::FakeGitHub github;
    if (!github.listen())
        qFatal("cannot listen on 127.0.0.1");
    github.setClock([clock] { return clock->toSecsSinceEpoch(); });
    github.setRateLimit(1000000, 1000000, start.addSecs(3600).toSecsSinceEpoch());
    github.addSynthetic(spec);
    std::unique_ptr<fake::FaultInjector> faults;
    if (plan)
        faults = std::make_unique<fake::FaultInjector>(github, *plan);

    store::Database db;
    db.setChangePollInterval(0);
    if (const Status s = db.open(dbPath); !s)
        qFatal("%s", qPrintable(s.error()));
    RoleLayer layer;
    layer.slug = QStringLiteral("kernel");
    layer.name = QStringLiteral("Kernel");
    layer.repos = { { spec.owner, spec.name, spec.mappedPrefixes } };
    if (const Status s = store::LayerStore(db).save(layer); !s)
        qFatal("%s", qPrintable(s.error()));

    sync::SyncOptions o;
    o.apiRoot = github.apiRoot();
    o.clock = [clock] { return *clock; };
    o.wait = [clock](qint64 ms, std::function<void()> then) {
        *clock = clock->addMSecs(ms);
        QTimer::singleShot(0, std::move(then));
    };
    o.since = start.addMonths(-13);
    sync::GitHubSync engine(db, o);
    Outcome out;
    QObject::connect(&engine, &sync::GitHubSync::finished, [&](const sync::SyncSummary &s) {
        out.summary = s;
        QCoreApplication::quit();
    });
    QElapsedTimer t;
    t.start();
    engine.start();
    if (engine.isRunning())
        QCoreApplication::exec();
    out.seconds = t.elapsed() / 1000.0;
    out.served = github.requests();
    out.dump = dumpSyncData(db.connection(), github.apiRoot());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const fake::SyntheticSpec spec = benchmarkRepo(smoke);
    fake::FaultPlan plan;
    plan.serverError = 0.08;
    plan.truncate = 0.04;
    plan.reset = 0.04;
    plan.secondaryLimitEvery = 100;
    plan.retryAfterSeconds = 60;
    plan.seed = 7;

    QTemporaryDir dir;
    const Outcome clean = syncOnce(spec, dir.filePath(QStringLiteral("clean.sqlite")), nullptr);
    const Outcome faulty = syncOnce(spec, dir.filePath(QStringLiteral("faulty.sqlite")), &plan);
    QTextStream out(stdout);
    out << "bench_syncfaults (" << (smoke ? "smoke" : "full") << "): " << spec.pulls << " PRs, " << spec.commits << " commits, "
        << spec.reviewComments << " review comments; faults: 8% 502, 4% truncated, 4% reset, secondary limit every 100\n";
    if (!clean.summary.ok() || !faulty.summary.ok()) {
        out << "FAILED: " << clean.summary.errors.values().join(QLatin1String("; "))
            << faulty.summary.errors.values().join(QLatin1String("; ")) << "\n";
        return 1;
    }
    const int extra = faulty.served - clean.served;
    out << QStringLiteral("  clean   %1 requests served in %2 s\n").arg(clean.served).arg(clean.seconds, 0, 'f', 1);
    out << QStringLiteral("  faulty  %1 requests served in %2 s: %3 extra (%4% of clean), %5 retries, %6 min waited (virtual)\n")
               .arg(faulty.served)
               .arg(faulty.seconds, 0, 'f', 1)
               .arg(extra)
               .arg(100.0 * extra / clean.served, 0, 'f', 1)
               .arg(faulty.summary.retries)
               .arg(faulty.summary.waitedMilliseconds / 60000.0, 0, 'f', 1);
    const bool same = faulty.dump == clean.dump;
    out << QStringLiteral("  final workspace %1 the clean run's (%2 rows compared)\n")
               .arg(same ? QStringLiteral("EQUALS") : QStringLiteral("DIFFERS FROM"))
               .arg(clean.dump.size());
    return same ? 0 : 1;
}
