// SPDX-License-Identifier: MIT
#pragma once

#include "fakegithub.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "sync/githubsync.h"
#include "tempworkspace.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>
#include <QSqlQuery>

// A workspace whose repo map points at repositories served by an in-process
// fake GitHub, and a way to run the real sync engine against it.
struct SyncHarness
{
    TempWorkspace tmp;
    ks::fake::FakeGitHub github;
    ks::store::Database db;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);

    SyncHarness()
    {
        REQUIRE(github.listen());
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
        REQUIRE(layers.addToRepoMap(layer, {parts[0], parts[1], prefixes}, {}).ok());
    }

    ks::sync::SyncOptions options() const
    {
        ks::sync::SyncOptions o;
        o.apiRoot = github.apiRoot();
        o.token = "test-token";
        const QDateTime fixedNow = now;
        o.clock = [fixedNow] { return fixedNow; };
        o.since = fixedNow.addMonths(-12);
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
};
