// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/layereditcommand.h"
#include "store/layerstore.h"
#include "store/presets.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

int count(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

struct Fixture
{
    TempWorkspace tmp;
    store::Database db;
    std::unique_ptr<store::LayerStore> layers;
    Fixture()
    {
        REQUIRE(db.open(tmp.path()).ok());
        REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
        layers = std::make_unique<store::LayerStore>(db);
    }
};

} // namespace

TEST_CASE("layers are stored and read back exactly", "[store][layers]")
{
    Fixture f;
    const auto preset = store::presets::load(QStringLiteral("ml-compilers"));
    CHECK(f.layers->all().value() == preset.value());
    // pytorch/pytorch is mapped by two layers but stored (and so synced) once.
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM repos WHERE owner = 'pytorch' AND name = 'pytorch'")) == 1);
    CHECK(f.layers->find(QStringLiteral("backend"))->name == QStringLiteral("Compiler backend"));
    const qint64 id = f.layers->find(QStringLiteral("backend"))->id;
    CHECK(f.layers->find(QString::number(id))->slug == QStringLiteral("backend"));
    const auto missing = f.layers->find(QStringLiteral("nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("kernel, frontend, backend")));
}

TEST_CASE("hostile text is stored verbatim through bound parameters", "[store][layers]")
{
    Fixture f;
    RoleLayer l = f.layers->find(QStringLiteral("kernel")).value();
    l.name = QStringLiteral("x'); DROP TABLE layers;--");
    l.description = QStringLiteral("<script>alert('hi')</script>");
    REQUIRE(f.layers->save(l).ok());
    CHECK(f.layers->find(QStringLiteral("kernel"))->name == l.name);
    CHECK(f.layers->find(QStringLiteral("kernel"))->description == l.description);
    CHECK(f.layers->all()->size() == 3);
}

TEST_CASE("an invalid layer or a failed batch changes nothing", "[store][layers]")
{
    Fixture f;
    const auto before = f.layers->all().value();
    RoleLayer good;
    good.slug = QStringLiteral("runtime");
    good.name = QStringLiteral("Runtime");
    RoleLayer bad = before[0];
    bad.repos.append({ QStringLiteral("no such"), QStringLiteral("repo"), {} });
    const Status s = f.layers->saveAll({ good, bad });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("kernel")));
    CHECK(f.layers->all().value() == before);
}

TEST_CASE("the repo map is edited per layer", "[store][layers]")
{
    Fixture f;
    SECTION("adding prefixes to a mapped repository merges them")
    {
        REQUIRE(f.layers
                ->addToRepoMap(QStringLiteral("backend"),
                    { QStringLiteral("llvm"), QStringLiteral("llvm-project"), { QStringLiteral("llvm/lib/Target/X86") } }, {})
                .ok());
        const auto llvm = f.layers->find(QStringLiteral("backend"))->repos[0];
        CHECK(llvm.pathPrefixes.constLast() == QStringLiteral("llvm/lib/Target/X86"));
        CHECK(llvm.pathPrefixes.size() == 4);
    }
    SECTION("a forum can be added alone")
    {
        REQUIRE(f.layers->addToRepoMap(QStringLiteral("kernel"), {}, { QStringLiteral("discuss.tvm.apache.org") }).ok());
        CHECK(f.layers->find(QStringLiteral("kernel"))->forums.contains(QStringLiteral("https://discuss.tvm.apache.org")));
    }
    SECTION("removing from one layer leaves the others")
    {
        REQUIRE(f.layers->removeFromRepoMap(QStringLiteral("pytorch/pytorch"), QStringLiteral("kernel")).ok());
        CHECK(f.layers->find(QStringLiteral("kernel"))->repos.size() == 3);
        CHECK(f.layers->find(QStringLiteral("frontend"))->repos.size() == 5);
    }
    SECTION("removing from every layer")
    {
        REQUIRE(f.layers->removeFromRepoMap(QStringLiteral("PyTorch/PyTorch"), QString()).ok());
        CHECK(f.layers->find(QStringLiteral("frontend"))->repos.size() == 4);
        const Status again = f.layers->removeFromRepoMap(QStringLiteral("pytorch/pytorch"), QString());
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("not in the repo map")));
    }
    SECTION("removing a layer removes its map")
    {
        REQUIRE(f.layers->remove(QStringLiteral("backend")).ok());
        CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM layer_repo_paths")) > 0);
        CHECK(count(f.db,
                  QStringLiteral("SELECT count(*) FROM layer_repo_paths p JOIN layers l ON l.id = p.layer_id WHERE l.slug = 'backend'"))
            == 0);
        CHECK(f.layers->all()->size() == 2);
    }
}

TEST_CASE("layer edits are undoable and persisted at every step", "[store][undo]")
{
    Fixture f;
    QUndoStack stack;
    QStringList errors;
    auto onError = [&](const QString &e) { errors.append(e); };
    const RoleLayer before = f.layers->find(QStringLiteral("kernel")).value();
    RoleLayer after = before;
    after.name = QStringLiteral("GPU kernel developer");
    REQUIRE(store::LayerEditCommand::apply(stack, *f.layers, before, after, QStringLiteral("rename"), onError).ok());
    CHECK(f.layers->find(QStringLiteral("kernel"))->name == after.name);
    stack.undo();
    CHECK(f.layers->find(QStringLiteral("kernel"))->name == before.name);
    stack.redo();
    CHECK(f.layers->find(QStringLiteral("kernel"))->name == after.name);

    REQUIRE(store::LayerEditCommand::apply(stack, *f.layers, after, std::nullopt, QStringLiteral("remove"), onError).ok());
    CHECK_FALSE(f.layers->find(QStringLiteral("kernel")).ok());
    stack.undo();
    CHECK(f.layers->find(QStringLiteral("kernel")).value() == after);

    RoleLayer invalid = after;
    invalid.name.clear();
    const int depth = stack.count();
    CHECK_FALSE(store::LayerEditCommand::apply(stack, *f.layers, after, invalid, QStringLiteral("bad"), onError).ok());
    CHECK(stack.count() == depth); // a refused change never reaches the history
    CHECK(errors.isEmpty());
}
