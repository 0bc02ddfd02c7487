// SPDX-License-Identifier: MIT
// Benchmark: saving and loading role layers with large repo maps.
//
//   bench_layerstore [--smoke]
//
// Prints wall times for LayerStore::saveAll and LayerStore::all, each against
// a baseline measured in the same run on the same machine: the cheapest
// possible SQLite work for the same rows (one prepared INSERT per row in one
// transaction; one SELECT over the joined rows). The ratios say what the store's
// validation, upserts and object assembly cost on top of raw SQLite.
#include "benchutil.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace ks;

namespace {

QList<RoleLayer> makeLayers(int layerCount, int repoCount, int pathCount)
{
    QList<RoleLayer> layers;
    for (int l = 0; l < layerCount; ++l) {
        RoleLayer layer;
        layer.slug = QStringLiteral("layer-%1").arg(l);
        layer.name = QStringLiteral("Layer %1").arg(l);
        layer.skills = { QStringLiteral("Triton"), QStringLiteral("MLIR") };
        layer.weights = { { QStringLiteral("signal.tiling"), 0.9 }, { QStringLiteral("activity.code_review"), 0.8 } };
        for (int r = 0; r < repoCount; ++r) {
            RepoTarget repo { QStringLiteral("org%1").arg(r % 37), QStringLiteral("repo-%1").arg(r), {} };
            for (int p = 0; p < pathCount; ++p)
                repo.pathPrefixes.append(QStringLiteral("src/dir%1/sub%2").arg(p).arg(r));
            layer.repos.append(repo);
        }
        layer.forums = { QStringLiteral("https://discourse.llvm.org/c/mlir/31") };
        layers.append(layer);
    }
    return layers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const int layerCount = smoke ? 3 : 20;
    const int repoCount = smoke ? 20 : 300;
    const int pathCount = 3;
    const int runs = smoke ? 2 : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;

    const QList<RoleLayer> layers = makeLayers(layerCount, repoCount, pathCount);
    const int rows = layerCount * (1 + repoCount * (1 + pathCount));

    store::Database db;
    db.setChangePollInterval(0);
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    store::LayerStore store(db);
    bool ok = true;
    const double saveMs = bestOf(runs, [&] { ok = ok && store.saveAll(layers).ok(); });
    qsizetype loaded = 0;
    const double loadMs = bestOf(runs, [&] { loaded = store.all()->size(); });
    if (!ok || loaded != layerCount) {
        out << "FAILED: store did not round-trip\n";
        return 1;
    }

    // Baseline: the same row count through bare prepared statements.
    store::Database raw;
    raw.setChangePollInterval(0);
    if (!raw.open(dir.filePath(QStringLiteral("raw.sqlite")), store::Database::OpenMode::CreateIfMissing,
                { { 1, QStringLiteral("raw"),
                    QStringLiteral("CREATE TABLE r(a INTEGER, b TEXT, c TEXT, PRIMARY KEY (a, b, c)) WITHOUT ROWID;") } })
            .ok())
        return 1;
    const double rawInsertMs = bestOf(runs, [&] {
        (void)raw.write([&] {
            QSqlQuery q(raw.connection());
            q.exec(QStringLiteral("DELETE FROM r"));
            q.prepare(QStringLiteral("INSERT INTO r VALUES (?, ?, ?)"));
            for (int i = 0; i < rows; ++i) {
                q.addBindValue(i % layerCount);
                q.addBindValue(QStringLiteral("org/repo-%1").arg(i));
                q.addBindValue(QStringLiteral("src/dir/sub%1").arg(i));
                q.exec();
            }
            return Status();
        });
    });
    const double rawSelectMs = bestOf(runs, [&] {
        QSqlQuery q(raw.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT a, b, c FROM r ORDER BY a, b"));
        QStringList sink;
        while (q.next())
            sink.append(q.value(1).toString());
    });

    out << "bench_layerstore (" << (smoke ? "smoke" : "full") << "): " << layerCount << " layers x " << repoCount << " repos x "
        << pathCount << " prefixes = " << rows << " rows, best of " << runs << "\n";
    out << QStringLiteral("  save  LayerStore::saveAll %1 ms | baseline raw INSERT %2 ms | ratio %3\n")
               .arg(saveMs, 0, 'f', 2)
               .arg(rawInsertMs, 0, 'f', 2)
               .arg(saveMs / rawInsertMs, 0, 'f', 2);
    out << QStringLiteral("  load  LayerStore::all     %1 ms | baseline raw SELECT %2 ms | ratio %3\n")
               .arg(loadMs, 0, 'f', 2)
               .arg(rawSelectMs, 0, 'f', 2)
               .arg(loadMs / rawSelectMs, 0, 'f', 2);
    return 0;
}
