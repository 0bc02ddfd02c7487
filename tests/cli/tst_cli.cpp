// SPDX-License-Identifier: MIT
// Runs the real kernelscout binary, as a script or a sourcer would.
#include "support/clirunner.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch_test_macros.hpp>

namespace {

using Run = CliResult;

class Cli
{
public:
    Run operator()(QStringList args) const
    {
        args << QStringLiteral("--db") << db();
        const Run r = runCli(args, { { QStringLiteral("XDG_DATA_HOME"), tmp.dir() + QStringLiteral("/data") } }); // never the real default
        REQUIRE(r.status == QProcess::NormalExit); // a crash is never an acceptable answer
        return r;
    }
    QString db() const { return tmp.path(); }
    QString file(const QString &name) const { return tmp.path(name); }
    QString exportAll() const
    {
        const Run r = (*this)({ QStringLiteral("layers"), QStringLiteral("export"), QStringLiteral("-") });
        REQUIRE(r.exitCode == 0);
        return r.out;
    }

    TempWorkspace tmp;
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

} // namespace

TEST_CASE("kernelscout --version", "[cli]")
{
    Cli cli;
    const Run r = cli(args({ "--version" }));
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("kernelscout " KERNELSCOUT_VERSION));
}

TEST_CASE("init creates a workspace with the preset; layers and repos list it", "[cli]")
{
    Cli cli;
    Run r = cli(args({ "init" }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("3 layers")));

    r = cli(args({ "layers", "list" }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("ID")));
    CHECK(r.out.contains(QStringLiteral("Kernel developer")));

    r = cli(args({ "layers", "list", "--format", "json" }));
    REQUIRE(r.exitCode == 0);
    const QJsonArray layers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(layers.size() == 3);
    CHECK(layers[2][QStringLiteral("id")].toString() == QStringLiteral("backend"));

    r = cli(args({ "repos", "list", "--layer", "frontend", "--format", "json" }));
    REQUIRE(r.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(rows.size() == 7);
    CHECK(rows[2][QStringLiteral("source")].toString() == QStringLiteral("pytorch/pytorch"));

    r = cli(args({ "init" }));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("nothing changed")));

    r = cli(args({ "layers", "show", "backend" }));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("llvm/llvm-project  mlir, llvm/lib/Target/NVPTX, llvm/lib/Target/AMDGPU")));
}

TEST_CASE("init --preset none gives an empty workspace; unknown presets are refused", "[cli]")
{
    Cli cli;
    CHECK(cli(args({ "init", "--preset", "none" })).exitCode == 0);
    CHECK(cli(args({ "layers", "list", "--format", "json" })).out.trimmed() == QStringLiteral("[\n]"));
    const Run r = cli(args({ "init", "--preset", "webdev" }));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("ml-compilers")));
}

TEST_CASE("layers export then import into another workspace is identical", "[cli]")
{
    Cli first;
    REQUIRE(first(args({ "init" })).exitCode == 0);
    REQUIRE(first(args({ "repos", "add", "NVIDIA/cccl", "--layer", "kernel", "--path", "cub" })).exitCode == 0);
    const QString file = first.file(QStringLiteral("layers.json"));
    REQUIRE(first({ QStringLiteral("layers"), QStringLiteral("export"), file }).exitCode == 0);

    Cli second;
    REQUIRE(second(args({ "init", "--preset", "none" })).exitCode == 0);
    const Run r = second({ QStringLiteral("layers"), QStringLiteral("import"), file });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("3 added")));
    CHECK(second.exportAll() == first.exportAll());
    CHECK(second.exportAll() == QString::fromUtf8(TempWorkspace::readAll(file)));
}

TEST_CASE("a malformed import names the place and changes nothing", "[cli][errors]")
{
    Cli cli;
    REQUIRE(cli(args({ "init" })).exitCode == 0);
    const QString before = cli.exportAll();
    const QString file = cli.file(QStringLiteral("bad.json"));

    REQUIRE(TempWorkspace::write(file,
        "{\n \"format\": \"kernelscout-layers\",\n \"version\": 1,\n \"layers\": [\n  {\"id\": \"kernel\", \"name\": \"K\"},\n  {\"id\": "
        "\"x\" \"name\": \"X\"}\n ]\n}\n"));
    Run r = cli({ QStringLiteral("layers"), QStringLiteral("import"), file });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(file + QStringLiteral(": line 6")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(cli.exportAll() == before);

    // The first layer is valid and would replace 'kernel'; the second is not: neither lands.
    REQUIRE(TempWorkspace::write(file, R"({"format": "kernelscout-layers", "version": 1, "layers": [
        {"id": "kernel", "name": "Renamed"},
        {"id": "x", "name": "X", "repos": [{"repo": "a/b", "paths": ["/abs"]}]}]})"));
    r = cli({ QStringLiteral("layers"), QStringLiteral("import"), file });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("layers[1].repos[0].paths[0]")));
    CHECK(cli.exportAll() == before);

    r = cli({ QStringLiteral("layers"), QStringLiteral("import"), cli.file(QStringLiteral("missing.json")) });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("cannot read")));
}

TEST_CASE("repos add and remove validate their input", "[cli]")
{
    Cli cli;
    REQUIRE(cli(args({ "init" })).exitCode == 0);
    Run r = cli(args({ "repos", "add", "openxla/shardy", "--layer", "frontend", "--path", "shardy/dialect/", "--forum",
        "https://discourse.llvm.org/c/mlir/31" }));
    REQUIRE(r.exitCode == 0);
    r = cli(args({ "repos", "list", "--layer", "frontend" }));
    CHECK(r.out.contains(QStringLiteral("openxla/shardy")));
    CHECK(r.out.contains(QStringLiteral("shardy/dialect")));
    CHECK(r.out.contains(QStringLiteral("discourse.llvm.org/c/mlir/31")));

    const QString before = cli.exportAll();
    r = cli(args({ "repos", "add", "not-a-repo", "--layer", "frontend" }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("OWNER/NAME")));
    r = cli(args({ "repos", "add", "a/b", "--layer", "frontend", "--path", "../x" }));
    CHECK(r.exitCode == 1);
    r = cli(args({ "repos", "add", "a/b", "--layer", "nosuch" }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No layer 'nosuch'")));
    r = cli(args({ "repos", "add", "a/b" }));
    CHECK(r.exitCode == 2);
    CHECK(cli.exportAll() == before);

    CHECK(cli(args({ "repos", "remove", "openxla/shardy", "--layer", "frontend" })).exitCode == 0);
    r = cli(args({ "repos", "remove", "openxla/shardy" }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not in the repo map")));
}

TEST_CASE("broken or missing workspaces give a clear message, never a crash", "[cli][errors]")
{
    Cli cli;
    Run r = cli(args({ "layers", "list" }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no workspace")));
    CHECK_FALSE(QFile::exists(cli.db()));

    const QByteArray garbage(
        "this is not a database, just text pretending to be one.............................................................");
    REQUIRE(TempWorkspace::write(cli.db(), garbage));
    r = cli(args({ "layers", "list" }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not a Kernel Scout workspace")));
    CHECK(TempWorkspace::readAll(cli.db()) == garbage);
}

TEST_CASE("usage errors exit 2 with a hint", "[cli][errors]")
{
    Cli cli;
    Run r = cli(args({ "frobnicate" }));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown subcommand")));
    r = cli(args({ "layers", "list", "--format", "xml" }));
    CHECK(r.exitCode == 2);
    r = cli(args({ "layers" }));
    CHECK(r.exitCode == 2);
}

TEST_CASE("values are printed safely: no terminal escapes reach the table", "[cli]")
{
    Cli cli;
    REQUIRE(cli(args({ "init", "--preset", "none" })).exitCode == 0);
    const QString file = cli.file(QStringLiteral("l.json"));
    REQUIRE(TempWorkspace::write(file, R"({"format": "kernelscout-layers", "version": 1, "layers": [
        {"id": "x", "name": "<b>bold</b>", "skills": ["a\u200eb"]}]})"));
    REQUIRE(cli({ QStringLiteral("layers"), QStringLiteral("import"), file }).exitCode == 1); // format char refused
    REQUIRE(TempWorkspace::write(file, R"({"format": "kernelscout-layers", "version": 1, "layers": [
        {"id": "x", "name": "<b>bold</b>"}]})"));
    REQUIRE(cli({ QStringLiteral("layers"), QStringLiteral("import"), file }).exitCode == 0);
    CHECK(cli(args({ "layers", "list" })).out.contains(QStringLiteral("<b>bold</b>")));
}
