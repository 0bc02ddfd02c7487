// SPDX-License-Identifier: MIT
// Build-time generator of the bundled demo workspace:
//   kernelscout-makedemo FIXTURE.json OUT.sqlite
// creates a workspace with the ML-compiler preset, serves the fixture of
// fictional people from the fake GitHub on 127.0.0.1, and fills the
// workspace with the same sync engine the CLI and the window use, so the
// demo has real-shaped data offline. The app embeds the result.
#include "fakegithub.h"
#include "fixtureloader.h"
#include "scoring/standings.h"
#include "store/layerstore.h"
#include "store/pipelinestore.h"
#include "store/database.h"
#include "store/presets.h"
#include "sync/githubsync.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

namespace {

ks::Status addDemoRequisition(ks::store::Database &db)
{
    ks::store::PipelineStore pipeline(db);
    const auto layer = ks::store::LayerStore(db).find(QStringLiteral("kernel"));
    if (!layer)
        return ks::Status::failure(layer.error());
    const auto requisition = pipeline.createRequisition(QStringLiteral("Senior Triton kernel engineer (UK or EU)"), layer->id);
    if (!requisition)
        return ks::Status::failure(requisition.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT user_id FROM candidate_scores WHERE layer_id = ? ORDER BY score DESC LIMIT 3"));
    q.addBindValue(layer->id);
    QList<qint64> top;
    if (q.exec()) {
        while (q.next())
            top.append(q.value(0).toLongLong());
    }
    q.finish();
    const QList<QPair<QString, QDate>> moves = {{QStringLiteral("contacted"), QDate(2026, 11, 8)},
                                                {QStringLiteral("shortlisted"), QDate()},
                                                {QStringLiteral("not_now"), QDate(2026, 12, 1)}};
    for (qsizetype i = 0; i < std::min(top.size(), moves.size()); ++i) {
        const auto stage = pipeline.stageForRole(moves[i].first);
        if (!stage)
            return ks::Status::failure(stage.error());
        if (ks::Status s = pipeline.setPosition(requisition.value(), top[i], {stage.value(), moves[i].second}); !s)
            return s;
    }
    if (!top.isEmpty()) {
        if (const auto note = pipeline.addNote(requisition.value(), top.first(),
                                               QStringLiteral("Grouped-ordering work in the Triton tutorials is exactly our GEMM problem. "
                                                              "Follow up after the 8th."));
            !note)
            return ks::Status::failure(note.error());
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: kernelscout-makedemo FIXTURE.json OUT.sqlite\n";
        return 2;
    }
    const QString out = args[2];
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(out + suffix);

    ks::fake::FakeGitHub github;
    if (!github.listen()) {
        err << "cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (const ks::Status s = ks::fake::loadFixtureFile(github, args[1]); !s) {
        err << s.error() << '\n';
        return 1;
    }

    ks::store::Database db;
    db.setChangePollInterval(0);
    if (ks::Status s = db.open(out); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (const auto applied = ks::store::presets::apply(db, QString(ks::store::presets::Default)); !applied) {
        err << applied.error() << '\n';
        return 1;
    }

    // A fixed clock: the demo is the same on every build.
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    ks::sync::SyncOptions options;
    options.apiRoot = github.apiRoot();
    options.clock = [now] { return now; };
    options.since = now.addMonths(-12);
    ks::sync::GitHubSync sync(db, options);
    ks::sync::SyncSummary summary;
    QObject::connect(&sync, &ks::sync::GitHubSync::finished, &app, [&](const ks::sync::SyncSummary &s) {
        summary = s;
        QCoreApplication::quit();
    });
    sync.start();
    if (sync.isRunning())
        QCoreApplication::exec();
    // Every preset repository is in the fixture; a miss is a broken fixture.
    if (!summary.ok()) {
        for (auto it = summary.errors.cbegin(); it != summary.errors.cend(); ++it)
            err << it.key() << ": " << it.value() << '\n';
        return 1;
    }
    // The workspace must not remember the fake's address: provenance reads
    // as it would after a real sync.
    QSqlQuery q(db.connection());
    QStringList rewrites;
    const QString fakeRoot = github.apiRoot().toString();
    QSqlQuery columns(db.connection());
    columns.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                                "WHERE m.type = 'table' AND (c.name LIKE '%source_url' OR c.name = 'html_url')"));
    while (columns.next())
        rewrites.append(QStringLiteral("UPDATE %1 SET %2 = replace(%2, '%3', 'https://api.github.com') WHERE %2 LIKE '%3%'")
                            .arg(columns.value(0).toString(), columns.value(1).toString(), fakeRoot));
    columns.finish();
    rewrites << QStringLiteral("DELETE FROM http_etags") << QStringLiteral("UPDATE sync_runs SET api_root = 'demo'");
    // (Scores and profiles come after, so they carry the rewritten links.)
    for (const QString &sql : std::as_const(rewrites)) {
        if (!q.exec(sql)) {
            err << "cannot finalise " << out << ": " << q.lastError().text() << '\n';
            return 1;
        }
    }
    // Signals, rankings and profiles, against the same fixed "now".
    ks::scoring::StandingsRequest request;
    request.now = now;
    if (const auto ranked = ks::scoring::updateStandings(db, request); !ranked) {
        err << ranked.error() << '\n';
        return 1;
    }
    // An open requisition with some triage done, so the Pipeline tab has
    // something to show.
    if (const ks::Status s = addDemoRequisition(db); !s) {
        err << s.error() << '\n';
        return 1;
    }
    // One file, no WAL beside it: it is embedded as a resource.
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next() || q.value(0).toString() != QLatin1String("delete")) {
        err << "cannot finalise " << out << ": " << q.lastError().text() << '\n';
        return 1;
    }

    QTextStream(stdout) << "demo workspace: " << summary.itemsNew << " items from " << summary.reposSynced << " repositories\n";
    return 0;
}
