// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/layerstore.h"
#include "store/migration.h"
#include "support/tempworkspace.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using store::Database;
using store::Migration;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

const QString FixtureDir = QStringLiteral(KS_TEST_FIXTURES "/store");

} // namespace

TEST_CASE("bundled migrations are numbered 1..N without gaps", "[store][migrations]")
{
    const auto steps = store::bundledMigrations();
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == i + 1);
        CHECK_FALSE(steps[i].sql.isEmpty());
    }
}

TEST_CASE("a new workspace gets the latest schema, WAL and foreign keys", "[store][migrations]")
{
    TempWorkspace tmp;
    Database db;
    REQUIRE(db.open(tmp.path()).ok());
    CHECK(db.schemaVersion() == store::bundledMigrations().constLast().version);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
    CHECK(db.backupPath().isEmpty()); // nothing to back up in a new file
}

TEST_CASE("every committed fixture of an earlier schema opens and upgrades", "[store][migrations]")
{
    // workspace-vN.sqlite: a real workspace as schema N wrote it, with the preset.
    const int latest = store::bundledMigrations().constLast().version;
    for (int version = 1; version <= latest; ++version) {
        const QString fixture = FixtureDir + QStringLiteral("/workspace-v%1.sqlite").arg(version);
        INFO(fixture.toStdString());
        REQUIRE(QFileInfo::exists(fixture));
        TempWorkspace tmp;
        REQUIRE(QFile::copy(fixture, tmp.path()));
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        REQUIRE(db.open(tmp.path()).ok());
        CHECK(db.schemaVersion() == latest);
        CHECK(db.backupPath().isEmpty() == (version == latest));
        store::LayerStore layers(db);
        const auto all = layers.all();
        REQUIRE(all.ok());
        CHECK(all->size() == 3);
        CHECK(all.value()[2].repos[0].fullName() == QStringLiteral("llvm/llvm-project"));
    }
}

TEST_CASE("an upgrade backs the file up first and is all-or-nothing", "[store][migrations]")
{
    TempWorkspace tmp;
    const QList<Migration> v1 = { { 1, QStringLiteral("first"), QStringLiteral("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (7);") } };
    {
        Database db;
        REQUIRE(db.open(tmp.path(), Database::OpenMode::CreateIfMissing, v1).ok());
    }

    SECTION("a good step: backup beside the file, data kept")
    {
        QList<Migration> v2 = v1;
        v2.append({ 2, QStringLiteral("second"), QStringLiteral("ALTER TABLE t ADD COLUMN y TEXT DEFAULT 'new';") });
        Database db;
        REQUIRE(db.open(tmp.path(), Database::OpenMode::MustExist, v2).ok());
        CHECK(db.schemaVersion() == 2);
        CHECK(scalar(db, QStringLiteral("SELECT x || y FROM t")).toString() == QStringLiteral("7new"));
        REQUIRE_FALSE(db.backupPath().isEmpty());
        CHECK(db.backupPath().startsWith(tmp.path() + QStringLiteral(".v1-")));
        // It holds everyone the workspace holds: its owner's only.
        CHECK((QFileInfo(db.backupPath()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        Database backup;
        REQUIRE(backup.open(db.backupPath(), Database::OpenMode::MustExist, v1).ok());
        CHECK(backup.schemaVersion() == 1);
        CHECK(scalar(backup, QStringLiteral("SELECT x FROM t")).toInt() == 7);
    }
    SECTION("a failing step leaves the workspace at the old version")
    {
        QList<Migration> broken = v1;
        broken.append({ 2, QStringLiteral("broken"), QStringLiteral("ALTER TABLE t ADD COLUMN y TEXT; INSERT INTO nowhere VALUES (1);") });
        Database db;
        const Status s = db.open(tmp.path(), Database::OpenMode::MustExist, broken);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("schema 2")));
        CHECK(s.error().contains(QStringLiteral("unchanged")));
        Database again;
        REQUIRE(again.open(tmp.path(), Database::OpenMode::MustExist, v1).ok());
        CHECK(again.schemaVersion() == 1);
        QSqlQuery q(again.connection());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT y FROM t"))); // the half-step was rolled back
    }
    SECTION("a file from a newer Kernel Scout is refused untouched")
    {
        QList<Migration> v2 = v1;
        v2.append({ 2, QStringLiteral("second"), QStringLiteral("CREATE TABLE u(x);") });
        {
            Database db;
            REQUIRE(db.open(tmp.path(), Database::OpenMode::MustExist, v2).ok());
        }
        const QByteArray before = TempWorkspace::readAll(tmp.path());
        Database db;
        const Status s = db.open(tmp.path(), Database::OpenMode::MustExist, v1);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("newer Kernel Scout")));
        CHECK(TempWorkspace::readAll(tmp.path()) == before);
    }
}
