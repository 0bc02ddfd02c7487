// SPDX-License-Identifier: MIT
#include "domain/layerfile.h"
#include "store/presets.h"
#include "support/qtprinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

QByteArray withLayers(const QByteArray &layersJson)
{
    return QByteArrayLiteral("{\"format\": \"kernelscout-layers\", \"version\": 1, \"layers\": ") + layersJson + "}";
}

QString decodeError(const QByteArray &json)
{
    const auto r = layerfile::decode(json, QStringLiteral("in.json"));
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("the bundled preset holds the three layers of the sourcing guide", "[layerfile]")
{
    const auto preset = store::presets::load(QStringLiteral("ml-compilers"));
    REQUIRE(preset.ok());
    REQUIRE(preset->size() == 3);
    const RoleLayer &kernel = preset.value()[0];
    CHECK(kernel.slug == QStringLiteral("kernel"));
    REQUIRE(kernel.repos.size() == 4);
    CHECK(kernel.repos[0].fullName() == QStringLiteral("triton-lang/triton"));
    CHECK(kernel.repos[0].pathPrefixes == QStringList { QStringLiteral("python/tutorials"), QStringLiteral("python/triton/language") });
    CHECK(kernel.repos[3].pathPrefixes == QStringList { QStringLiteral("torch/_inductor/kernel") });
    const RoleLayer &backend = preset.value()[2];
    CHECK(backend.slug == QStringLiteral("backend"));
    CHECK(backend.repos[0].fullName() == QStringLiteral("llvm/llvm-project"));
    CHECK(backend.repos[0].pathPrefixes.contains(QStringLiteral("llvm/lib/Target/NVPTX")));
    CHECK(backend.forums == QStringList { QStringLiteral("https://discourse.llvm.org/c/mlir/31") });
    CHECK(preset.value()[1].forums.contains(QStringLiteral("https://discuss.tvm.apache.org")));
    CHECK(kernel.weights.value(QStringLiteral("signal.memory_hierarchy")) > 0.0);
}

TEST_CASE("encode and decode round-trip exactly", "[layerfile]")
{
    const auto preset = store::presets::load(QStringLiteral("ml-compilers"));
    REQUIRE(preset.ok());
    const QByteArray once = layerfile::encode(preset.value());
    const auto decoded = layerfile::decode(once, QStringLiteral("mem"));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == preset.value());
    CHECK(layerfile::encode(decoded.value()) == once);
}

TEST_CASE("malformed layer files get a message naming the place", "[layerfile]")
{
    SECTION("invalid JSON reports line and column")
    {
        const QString e = decodeError(
            QByteArrayLiteral("{\n  \"format\": \"kernelscout-layers\",\n  \"version\": 1,\n  \"layers\": [ { \"id\": \"x\", } ]\n}"));
        CHECK(e.startsWith(QStringLiteral("in.json: line 4")));
    }
    SECTION("not a layer file")
    {
        CHECK(decodeError(QByteArrayLiteral("[1, 2]")).contains(QStringLiteral("format")));
        CHECK(decodeError(QByteArrayLiteral("{\"format\": \"other\", \"version\": 1, \"layers\": []}"))
                .contains(QStringLiteral("not a Kernel Scout layer file")));
    }
    SECTION("a newer version")
    {
        CHECK(decodeError(QByteArrayLiteral("{\"format\": \"kernelscout-layers\", \"version\": 2, \"layers\": []}"))
                .contains(QStringLiteral("version")));
    }
    SECTION("wrong types name the field")
    {
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "repos": [{"repo": 42}]}])"))
                .contains(QStringLiteral("layers[0].repos[0].repo: expected a string")));
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "weights": {"signal.tiling": "high"}}])"))
                .contains(QStringLiteral("layers[0].weights.signal.tiling")));
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "skills": "Triton"}])")).contains(QStringLiteral("layers[0].skills")));
        CHECK(decodeError(withLayers(R"({"id": "k"})")).contains(QStringLiteral("layers: expected an array")));
    }
    SECTION("invalid values name the field")
    {
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K"}, {"id": "f", "name": "F", "repos": [{"repo": "not a repo"}]}])"))
                .contains(QStringLiteral("layers[1].repos[0].repo")));
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "repos": [{"repo": "a/b", "paths": ["ok", "../../etc"]}]}])"))
                .contains(QStringLiteral("layers[0].repos[0].paths[1]")));
        CHECK(decodeError(withLayers(R"([{"id": "Bad Id", "name": "K"}])")).contains(QStringLiteral("layers[0]")));
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "forums": ["ftp://x.org"]}])")).contains(QStringLiteral("https")));
        CHECK(decodeError(withLayers(R"([{"id": "k", "name": "K", "colour": "red"}])")).contains(QStringLiteral("unknown key 'colour'")));
        CHECK(
            decodeError(withLayers(R"([{"id": "k", "name": "K"}, {"id": "k", "name": "K2"}])")).contains(QStringLiteral("appears twice")));
    }
    SECTION("oversized and deeply nested input is refused without crashing")
    {
        QByteArray big = withLayers(QByteArrayLiteral("[]"));
        big.append(QByteArray(layerfile::MaxFileBytes, ' '));
        CHECK(decodeError(big).contains(QStringLiteral("at most")));
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        CHECK_FALSE(decodeError(deep).isEmpty());
    }
}

TEST_CASE("hostile markup in names is data, kept verbatim", "[layerfile]")
{
    const auto r = layerfile::decode(withLayers(R"([{"id": "k", "name": "<img src=x onerror=alert(1)>"}])"), QStringLiteral("in.json"));
    REQUIRE(r.ok());
    CHECK(r.value()[0].name == QStringLiteral("<img src=x onerror=alert(1)>"));
}
