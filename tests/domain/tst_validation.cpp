// SPDX-License-Identifier: MIT
#include "domain/validation.h"
#include "support/qtprinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ks;

TEST_CASE("repository names follow GitHub's rules", "[validation]")
{
    const auto good = validation::parseRepo(QStringLiteral("  llvm/llvm-project "));
    REQUIRE(good.ok());
    CHECK(good->owner == QStringLiteral("llvm"));
    CHECK(good->name == QStringLiteral("llvm-project"));
    CHECK(validation::parseRepo(QStringLiteral("Dao-AILab/flash-attention")).ok());
    CHECK(validation::parseRepo(QStringLiteral("jax-ml/jax")).ok());

    const std::string badText = GENERATE(as<std::string> {}, "", "llvm", "llvm/", "/llvm", "a/b/c", "-llvm/x", "llvm-/x", "ll--vm/x",
        "llvm/..", "llvm/sp ace", "llvm/<script>", "https://github.com/llvm/llvm-project", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/x");
    INFO(badText);
    const QString bad = QString::fromStdString(badText);
    const auto result = validation::parseRepo(bad);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
}

TEST_CASE("path prefixes are relative folder paths, normalised", "[validation]")
{
    CHECK(validation::pathPrefix(QStringLiteral("mlir/lib/Dialect/Linalg/")).value() == QStringLiteral("mlir/lib/Dialect/Linalg"));
    CHECK(validation::pathPrefix(QStringLiteral("torch/_inductor")).value() == QStringLiteral("torch/_inductor"));
    const std::string badText
        = GENERATE(as<std::string> {}, "", "  ", "/mlir", "mlir//lib", "../etc", "mlir/../x", "./mlir", "mlir\\lib", "ml\x01ir");
    INFO(badText);
    const QString bad = QString::fromStdString(badText);
    CHECK_FALSE(validation::pathPrefix(bad).ok());
}

TEST_CASE("forum addresses are http(s) URLs without credentials", "[validation]")
{
    CHECK(validation::forumUrl(QStringLiteral("https://discourse.llvm.org/c/mlir/31/")).value()
        == QStringLiteral("https://discourse.llvm.org/c/mlir/31"));
    CHECK(validation::forumUrl(QStringLiteral("dev-discuss.pytorch.org")).value() == QStringLiteral("https://dev-discuss.pytorch.org"));
    const std::string badText = GENERATE(as<std::string> {}, "", "ftp://discourse.llvm.org", "javascript:alert(1)",
        "https://user:pw@discourse.llvm.org", "https://", "https://nodot", "https://x.org/?q=1", "https://x.org/a b");
    INFO(badText);
    const QString bad = QString::fromStdString(badText);
    CHECK_FALSE(validation::forumUrl(bad).ok());
}

TEST_CASE("a layer is checked whole and normalised", "[validation]")
{
    RoleLayer l;
    l.slug = QStringLiteral("kernel");
    l.name = QStringLiteral("Kernel developer");
    l.repos = { { QStringLiteral("pytorch"), QStringLiteral("pytorch"),
        { QStringLiteral("torch/_inductor/"), QStringLiteral("torch/_inductor") } } };
    l.forums = { QStringLiteral("dev-discuss.pytorch.org") };
    REQUIRE(validation::layer(l).ok());
    CHECK(l.repos[0].pathPrefixes == QStringList { QStringLiteral("torch/_inductor") });
    CHECK(l.forums == QStringList { QStringLiteral("https://dev-discuss.pytorch.org") });

    SECTION("the same repository twice is refused")
    {
        l.repos.append({ QStringLiteral("PyTorch"), QStringLiteral("PyTorch"), {} });
        CHECK_FALSE(validation::layer(l).ok());
    }
    SECTION("a weight outside 0..10 is refused")
    {
        l.weights.insert(QStringLiteral("signal.tiling"), 11.0);
        CHECK_FALSE(validation::layer(l).ok());
    }
    SECTION("a name with a terminal escape is refused")
    {
        l.name = QStringLiteral("Kernel \x1b[31mdev");
        CHECK_FALSE(validation::layer(l).ok());
    }
}

TEST_CASE("slugs are derived from display names", "[validation]")
{
    CHECK(validation::slugFromName(QStringLiteral("Compiler frontend")) == QStringLiteral("compiler-frontend"));
    CHECK(validation::slugFromName(QStringLiteral("Équipe  GPU / CUDA!")) == QStringLiteral("equipe-gpu-cuda"));
    CHECK(validation::slugFromName(QStringLiteral("!!!")) == QStringLiteral("layer"));
}

TEST_CASE("a trailing line break never slips past a validation", "[validation]")
{
    // $ in a QRegularExpression also matches before a final newline.
    CHECK_FALSE(validation::parseRepo(QStringLiteral("llvm\n/llvm-project")).ok());
    CHECK_FALSE(validation::parseRepo(QStringLiteral("llvm/llvm-project\n/x")).ok());
}
