// SPDX-License-Identifier: MIT
#include "itemmodels/layerlistmodel.h"
#include "itemmodels/repomapmodel.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/presets.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using Tester = QAbstractItemModelTester;

TEST_CASE("LayerListModel follows the store, including other writers", "[itemmodels]")
{
    TempWorkspace tmp;
    store::Database db;
    db.setChangePollInterval(20);
    REQUIRE(db.open(tmp.path()).ok());
    store::LayerStore layers(db);
    itemmodels::LayerListModel model(layers, db);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.reload();
    CHECK(model.rowCount() == 0);

    REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(1).data().toString() == QStringLiteral("Compiler frontend"));
    CHECK(model.index(1).data(itemmodels::LayerListModel::SlugRole).toString() == QStringLiteral("frontend"));
    CHECK(model.index(0).data(itemmodels::LayerListModel::RepoCountRole).toInt() == 4);
    CHECK(model.rowOfSlug(QStringLiteral("backend")) == 2);

    store::Database other;
    REQUIRE(other.open(tmp.path()).ok());
    store::LayerStore otherLayers(other);
    REQUIRE(otherLayers.remove(QStringLiteral("frontend")).ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(reset.wait(2000));
    CHECK(model.rowCount() == 2);
    CHECK(model.rowOfSlug(QStringLiteral("frontend")) == -1);
}

TEST_CASE("tool tips escape names that look like markup", "[itemmodels]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    store::LayerStore layers(db);
    RoleLayer l;
    l.slug = QStringLiteral("x");
    l.name = QStringLiteral("<img src=x onerror=alert(1)>");
    REQUIRE(layers.save(l).ok());
    itemmodels::LayerListModel model(layers, db);
    model.reload();
    const QString tip = model.index(0).data(Qt::ToolTipRole).toString();
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));
    CHECK(tip.contains(QStringLiteral("&lt;img")));
    CHECK(model.index(0).data().toString() == l.name); // the display role stays plain text
}

TEST_CASE("RepoMapModel lists repositories, then forums", "[itemmodels]")
{
    itemmodels::RepoMapModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const auto preset = store::presets::load(QStringLiteral("ml-compilers"));
    REQUIRE(preset.ok());
    model.setLayer(preset.value()[1]); // frontend: 5 repositories, 2 forums
    REQUIRE(model.rowCount() == 7);
    REQUIRE(model.columnCount() == itemmodels::RepoMapModel::ColumnCount);
    using M = itemmodels::RepoMapModel;
    CHECK(model.index(2, M::SourceColumn).data().toString() == QStringLiteral("pytorch/pytorch"));
    CHECK(model.index(2, M::PathsColumn).data().toString() == QStringLiteral("torch/_dynamo, torch/_inductor"));
    CHECK(model.index(0, M::PathsColumn).data().toString() == QStringLiteral("(whole repository)"));
    CHECK(model.index(5, M::KindColumn).data(M::KindRole).toInt() == int(M::Kind::Forum));
    CHECK(model.index(6, M::SourceColumn).data().toString() == QStringLiteral("https://discuss.tvm.apache.org"));
    model.setLayer({});
    CHECK(model.rowCount() == 0);
}
