// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/layerstore.h"
#include "store/presets.h"
#include "support/tempworkspace.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace ks;
using store::Database;

namespace {

RoleLayer sampleLayer(const QString &slug)
{
    RoleLayer l;
    l.slug = slug;
    l.name = QStringLiteral("Layer ") + slug;
    return l;
}

} // namespace

TEST_CASE("a missing workspace is reported, not created, when it must exist", "[store][errors]")
{
    TempWorkspace tmp;
    Database db;
    const Status s = db.open(tmp.path(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("kernelscout init")));
    CHECK_FALSE(QFile::exists(tmp.path()));
}

TEST_CASE("a corrupt file gets a clear message and is left as it was", "[store][errors]")
{
    TempWorkspace tmp;
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    REQUIRE(TempWorkspace::write(tmp.path(), garbage));
    Database db;
    const Status s = db.open(tmp.path());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("damaged or is not a Kernel Scout workspace")));
    CHECK(TempWorkspace::readAll(tmp.path()) == garbage);
}

TEST_CASE("a damaged workspace (valid header, broken pages) is refused", "[store][errors]")
{
    TempWorkspace tmp;
    {
        Database db;
        REQUIRE(db.open(tmp.path()).ok());
        REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QByteArray bytes = TempWorkspace::readAll(tmp.path());
    REQUIRE(bytes.size() > 8192);
    for (qsizetype i = 4096 + 200; i < 8192; ++i) // scribble over the second page
        bytes[i] = char(0xA5);
    REQUIRE(TempWorkspace::write(tmp.path(), bytes));
    Database db;
    const Status s = db.open(tmp.path());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("damaged")));
    CHECK(TempWorkspace::readAll(tmp.path()) == bytes);
}

TEST_CASE("another program's SQLite file is refused untouched", "[store][errors]")
{
    TempWorkspace tmp;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(tmp.path());
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices(id INTEGER)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = TempWorkspace::readAll(tmp.path());
    Database db;
    const Status s = db.open(tmp.path());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("another program")));
    CHECK(TempWorkspace::readAll(tmp.path()) == before);
}

TEST_CASE("a read-only workspace can be read but refuses writes", "[store][errors]")
{
    TempWorkspace tmp;
    {
        Database db;
        REQUIRE(db.open(tmp.path()).ok());
        REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
    }
    const QByteArray before = TempWorkspace::readAll(tmp.path());
    Database db;
    db.setForceReadOnly(true);
    REQUIRE(db.open(tmp.path()).ok());
    CHECK(db.isReadOnly());
    store::LayerStore layers(db);
    REQUIRE(layers.all().ok());
    CHECK(layers.all()->size() == 3);
    const Status s = layers.save(sampleLayer(QStringLiteral("extra")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("read-only")));
    db.close();
    CHECK(TempWorkspace::readAll(tmp.path()) == before);
}

TEST_CASE("a workspace file the user may not write opens read-only", "[store][errors]")
{
    // packaging/ks runs the suite as an unprivileged user; root writes
    // whatever the mode says, so there the case says it did not run.
    if (geteuid() == 0)
        SKIP("running as root, which ignores file modes");
    TempWorkspace tmp;
    {
        Database db;
        REQUIRE(db.open(tmp.path()).ok());
        REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
    }
    const QByteArray before = TempWorkspace::readAll(tmp.path());
    REQUIRE(QFile::setPermissions(tmp.path(), QFile::ReadOwner));
    Database db;
    REQUIRE(db.open(tmp.path()).ok());
    CHECK(db.isReadOnly());
    const Status s = store::LayerStore(db).save(sampleLayer(QStringLiteral("extra")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("read-only")));
    db.close();
    CHECK(TempWorkspace::readAll(tmp.path()) == before);
}

TEST_CASE("a locked workspace fails the write cleanly, then works once free", "[store][errors]")
{
    TempWorkspace tmp;
    Database db;
    REQUIRE(db.open(tmp.path()).ok());
    db.setBusyTimeout(100);
    store::LayerStore layers(db);
    REQUIRE(layers.save(sampleLayer(QStringLiteral("first"))).ok());

    Database other;
    REQUIRE(other.open(tmp.path()).ok());
    QSqlQuery lock(other.connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    const Status s = layers.save(sampleLayer(QStringLiteral("second")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("busy")));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    REQUIRE(layers.all()->size() == 1);
    CHECK(layers.save(sampleLayer(QStringLiteral("second"))).ok());
    CHECK(layers.all()->size() == 2);
}

TEST_CASE("changed() fires for this connection's writes and for other writers", "[store]")
{
    TempWorkspace tmp;
    Database gui;
    gui.setChangePollInterval(20);
    REQUIRE(gui.open(tmp.path()).ok());
    QSignalSpy spy(&gui, &Database::changed);

    store::LayerStore own(gui);
    REQUIRE(own.save(sampleLayer(QStringLiteral("mine"))).ok());
    CHECK(spy.count() == 1);

    Database cli; // stands in for a CLI sync writing the same file
    cli.setChangePollInterval(0);
    REQUIRE(cli.open(tmp.path()).ok());
    store::LayerStore theirs(cli);
    REQUIRE(theirs.save(sampleLayer(QStringLiteral("theirs"))).ok());
    CHECK(spy.wait(2000));
    CHECK(own.all()->size() == 2);

    spy.clear();
    CHECK_FALSE(spy.wait(100)); // no spurious notifications while idle
}

TEST_CASE("a new workspace and its WAL are readable by their owner only, whatever the umask", "[store][privacy]")
{
    TempWorkspace tmp;
    const mode_t previous = umask(0);
    Database db;
    const Status opened = db.open(tmp.path());
    umask(previous);
    REQUIRE(opened.ok());
    REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        INFO((tmp.path() + suffix).toStdString());
        REQUIRE(QFileInfo::exists(tmp.path() + suffix));
        CHECK((QFileInfo(tmp.path() + suffix).permissions() & others) == 0);
    }
}
