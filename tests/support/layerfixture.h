// SPDX-License-Identifier: MIT
#pragma once

#include "crowdedworkspace.h"
#include "tempworkspace.h"

#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

namespace ks::test {

// A scratch workspace with the crowd's "kernel" layer, for tests that fill
// it (fillCrowd) and poke at it with SQL.
struct LayerFixture
{
    TempWorkspace tmp;
    store::Database db;
    RoleLayer layer;
    qint64 repo = 0;

    explicit LayerFixture(const QString &prefix, const QMap<QString, double> &weights = {})
    {
        REQUIRE(db.open(tmp.path()).ok());
        REQUIRE(addKernelLayer(db, prefix, layer, repo, weights).ok());
    }

    void fill(const Crowd &crowd) { REQUIRE(fillCrowd(db, repo, crowd).ok()); }

    void exec(const QString &sql)
    {
        QSqlQuery q(db.connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
};

} // namespace ks::test
