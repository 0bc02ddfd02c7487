// SPDX-License-Identifier: MIT
#pragma once

#include "fakegithub.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "sync/githubsync.h"
#include "syncdump.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

// A workspace whose repo map points at repositories served by an in-process
// fake GitHub, and a way to run the real sync engine against it.
struct SyncHarness
{
    TempWorkspace tmp;
    ks::fake::FakeGitHub github;
    ks::store::Database db;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
    // A virtual clock shared by the sync and the fake: waits advance it
    // instead of sleeping.
    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(now);

    explicit SyncHarness(bool tls = false)
    {
        if (tls)
            REQUIRE(
                github.listenTls(QStringLiteral(KS_TEST_FIXTURES "/tls/server.pem"), QStringLiteral(KS_TEST_FIXTURES "/tls/server.key")));
        else
            REQUIRE(github.listen());
        auto c = clock;
        github.setClock([c] { return c->toSecsSinceEpoch(); });
        github.setRateLimit(5000, 5000, now.addSecs(3600).toSecsSinceEpoch());
        REQUIRE(db.open(tmp.path()).ok());
    }

    void map(const QString &ownerName, const QStringList &prefixes, const QString &layer = QStringLiteral("kernel"))
    {
        ks::store::LayerStore layers(db);
        if (!layers.find(layer).ok()) {
            ks::RoleLayer l;
            l.slug = layer;
            l.name = layer;
            REQUIRE(layers.save(l).ok());
        }
        const auto parts = ownerName.split(QLatin1Char('/'));
        REQUIRE(layers.addToRepoMap(layer, { parts[0], parts[1], prefixes }, {}).ok());
    }

    ks::sync::SyncOptions options() const
    {
        ks::sync::SyncOptions o;
        o.apiRoot = github.apiRoot();
        o.token = "test-token";
        auto c = clock;
        o.clock = [c] { return *c; };
        o.wait = [c](qint64 ms, std::function<void()> then) {
            *c = c->addMSecs(ms);
            QTimer::singleShot(0, std::move(then));
        };
        o.since = now.addMonths(-12);
        return o;
    }

    ks::sync::SyncSummary sync(ks::sync::SyncOptions o)
    {
        ks::sync::GitHubSync engine(db, std::move(o));
        QSignalSpy done(&engine, &ks::sync::GitHubSync::finished);
        engine.start();
        if (done.isEmpty())
            REQUIRE(done.wait(60000));
        return done.takeFirst().at(0).value<ks::sync::SyncSummary>();
    }
    ks::sync::SyncSummary sync() { return sync(options()); }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    int count(const QString &sql) { return scalar(sql).toInt(); }

    QStringList dump() { return dumpSyncData(db.connection(), github.apiRoot()); }
};
