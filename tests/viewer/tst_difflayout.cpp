// SPDX-License-Identifier: MIT
// A unified patch as display lines: numbers on both sides, separate sides for
// highlighting, and where review comments belong.
#include "viewer/difflayout.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks::viewer;
using namespace Qt::StringLiterals;

namespace {

// Old file: a b c d g (lines 1-5) ... x y z (20-22)
// New file: a B d e f g (lines 1-6) ... x Y z (21-23)
const QString Patch = QStringLiteral("@@ -1,5 +1,6 @@ void kernel()\n"
                                     " a\n"
                                     "-b\n"
                                     "-c\n"
                                     "+B\n"
                                     " d\n"
                                     "+e\n"
                                     "+f\n"
                                     " g\n"
                                     "@@ -20,3 +21,3 @@\n"
                                     " x\n"
                                     "-y\n"
                                     "+Y\n"
                                     " z\n"
                                     "\\ No newline at end of file\n");

} // namespace

TEST_CASE("a patch with deletions numbers both sides", "[viewer][diff]")
{
    const DiffLayout d = layoutDiff(Patch);
    REQUIRE(d.lines.size() == 15);
    CHECK(d.lines[0].kind == DiffLineKind::Hunk);
    CHECK(d.lines[0].text == QStringLiteral("@@ -1,5 +1,6 @@ void kernel()"));
    // Each line: kind, old number, new number.
    const struct
    {
        DiffLineKind kind;
        int oldLine, newLine;
        const char16_t *text;
    } expected[] = {
        { DiffLineKind::Context, 1, 1, u"a" },
        { DiffLineKind::Removed, 2, 0, u"b" },
        { DiffLineKind::Removed, 3, 0, u"c" },
        { DiffLineKind::Added, 0, 2, u"B" },
        { DiffLineKind::Context, 4, 3, u"d" },
        { DiffLineKind::Added, 0, 4, u"e" },
        { DiffLineKind::Added, 0, 5, u"f" },
        { DiffLineKind::Context, 5, 6, u"g" },
    };
    for (int i = 0; i < 8; ++i) {
        INFO("line " << i + 1);
        CHECK(d.lines[i + 1].kind == expected[i].kind);
        CHECK(d.lines[i + 1].oldLine == expected[i].oldLine);
        CHECK(d.lines[i + 1].newLine == expected[i].newLine);
        CHECK(d.lines[i + 1].text == QString::fromUtf16(expected[i].text));
    }
    CHECK(d.lines[9].kind == DiffLineKind::Hunk);
    CHECK(d.lines[11].oldLine == 21);
    CHECK(d.lines[12].newLine == 22);
    CHECK(d.lines[14].kind == DiffLineKind::Note);

    CHECK(d.indexOfNewLine(4) == 6);
    CHECK(d.indexOfOldLine(3) == 3);
    CHECK(d.indexOfNewLine(23) == 13);
    CHECK(d.indexOfNewLine(7) == -1);
}

TEST_CASE("each side is the text that side's file had, for separate highlighting", "[viewer][diff]")
{
    const DiffLayout d = layoutDiff(Patch);
    // An empty line stands between hunks on both sides.
    CHECK(d.oldSide == QStringList({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"g"_s, {}, u"x"_s, u"y"_s, u"z"_s }));
    CHECK(d.newSide == QStringList({ u"a"_s, u"B"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, {}, u"x"_s, u"Y"_s, u"z"_s }));
    for (const DiffLine &line : d.lines) {
        if (line.newIndex >= 0)
            CHECK(d.newSide.at(line.newIndex) == line.text);
        if (line.oldIndex >= 0)
            CHECK(d.oldSide.at(line.oldIndex) == line.text);
        CHECK((line.kind != DiffLineKind::Removed || line.newIndex < 0));
        CHECK((line.kind != DiffLineKind::Added || line.oldIndex < 0));
    }
}

TEST_CASE("a review comment anchors to its line, an outdated one to its hunk's last line", "[viewer][diff][review]")
{
    const DiffLayout d = layoutDiff(Patch);
    // GitHub's diff_hunk runs from the hunk header to the commented line.
    const QString toE = QStringLiteral("@@ -1,5 +1,6 @@\n a\n-b\n-c\n+B\n d\n+e");
    CHECK(d.anchorOf(4, toE) == 6);
    // No line (the comment is outdated): the hunk's last line decides.
    CHECK(d.anchorOf(0, toE) == 6);
    CHECK(d.anchorOf(0, QStringLiteral("@@ -1,5 +1,6 @@\n a\n-b\n-c\n+B")) == 4);
    // A comment on a removed line sits under that removed line.
    CHECK(d.anchorOf(3, QStringLiteral("@@ -1,5 +1,6 @@\n a\n-b\n-c")) == 3);
    // A line outside the patch and no usable hunk: nowhere.
    CHECK(d.anchorOf(99, QString()) == -1);
    CHECK(d.anchorOf(0, QStringLiteral("not a hunk")) == -1);
}

TEST_CASE("CRLF patches, headers before the first hunk, and junk do not shift lines", "[viewer][diff]")
{
    const DiffLayout d
        = layoutDiff(QStringLiteral("diff --git a/k.cu b/k.cu\r\n--- a/k.cu\r\n+++ b/k.cu\r\n@@ -7 +7,2 @@\r\n ctx\r\n+new\r\n"));
    REQUIRE(d.lines.size() == 3);
    CHECK(d.lines[1].text == QStringLiteral("ctx"));
    CHECK(d.lines[1].oldLine == 7);
    CHECK(d.lines[2].newLine == 8);
    CHECK(layoutDiff(QString()).lines.isEmpty());
    CHECK(layoutDiff(QStringLiteral("@@ garbage @@\n+x\n")).lines.isEmpty());
}
