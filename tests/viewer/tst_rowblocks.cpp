// SPDX-License-Identifier: MIT
// Every row of the viewer's document is one text block: characters a text
// document breaks at (a lone CR, U+2028, U+2029) or keeps for itself
// (noncharacters such as U+FDD0, its frame marker) show as visible stand-ins,
// one UTF-16 unit for one, so marks keep their lines and columns.
#include "scoring/signaldetector.h"
#include "viewer/viewdocument.h"

#include <QTextDocument>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <vector>

using namespace ks;
using namespace Catch::Generators;
using namespace ks::viewer;
using namespace Qt::StringLiterals;

namespace {

struct OddCharacter
{
    const char *name;
    QString text; // as it arrives: one or two UTF-16 units
    QString shown; // what the row shows instead, as long as `text`
};

const std::vector<OddCharacter> OddCharacters = {
    { "a lone carriage return", u"\r"_s, u"\u240d"_s },
    { "U+2028 LINE SEPARATOR", u"\u2028"_s, u"\u21b5"_s },
    { "U+2029 PARAGRAPH SEPARATOR", u"\u2029"_s, u"\u00b6"_s },
    { "the noncharacter U+FDD0", u"\ufdd0"_s, u"\ufffd"_s },
    { "the noncharacter U+FFFE", u"\ufffe"_s, u"\ufffd"_s },
    { "the noncharacter U+10FFFF", u"\U0010ffff"_s, u"\ufffd\ufffd"_s },
};

// What the code viewer does with the rows: one text, a '\n' between rows.
int blocksShown(const ViewDocument &doc)
{
    QStringList texts;
    for (const ViewRow &row : doc.rows)
        texts.append(row.text);
    QTextDocument shown;
    shown.setPlainText(texts.join(u'\n'));
    return shown.blockCount();
}

QList<SignalMark> marksOf(const ViewDocument &doc, const QString &id)
{
    static const scoring::SignalDetector detector;
    QList<SignalMark> out;
    for (const SignalMark &m : markSignals(doc, detector)) {
        if (m.signal->id == id)
            out.append(m);
    }
    return out;
}

// Line 2 holds the odd character at column 14; line 3 has a signal at column 4.
QString fileWith(const QString &odd)
{
    return u"__global__ void k(float *out) {\n"
           "    int a = 1;"_s
        + odd + u"int b = 2;\n    __shared__ float tile[32][33];\n    __syncthreads();\n}\n"_s;
}

} // namespace

TEST_CASE("an odd character in a file stays inside its row, shown as a stand-in", "[viewer][robustness]")
{
    const OddCharacter odd = GENERATE(from_range(OddCharacters));
    INFO(odd.name);
    const QString text = fileWith(odd.text);
    const ViewDocument doc = fileDocument(u"k.cu"_s, text);
    REQUIRE(doc.rows.size() == text.count(u'\n'));
    CHECK(blocksShown(doc) == doc.rows.size());
    CHECK(doc.rows.at(1).text == u"    int a = 1;"_s + odd.shown + u"int b = 2;"_s);

    const auto shared = marksOf(doc, u"cuda.shared_staging"_s);
    REQUIRE(shared.size() == 1);
    CHECK(shared.at(0).row == 2);
    CHECK(doc.rows.at(2).newLine == 3);
    CHECK(shared.at(0).start == 4);
    CHECK(doc.rows.at(2).text.mid(shared.at(0).start, shared.at(0).length).startsWith(u"__shared__"_s));
}

TEST_CASE("an odd character in a patch, its path and a review comment stays inside its row", "[viewer][robustness][diff]")
{
    const OddCharacter odd = GENERATE(from_range(OddCharacters));
    INFO(odd.name);
    const QString patch = u"@@ -1,3 +1,5 @@ void k("_s + odd.text + u")\n __global__ void k(float *out) {\n+    int a = 1;"_s + odd.text
        + u"int b = 2;\n+    __shared__ float tile[32][33];\n     __syncthreads();\n }\n"_s;
    const QString hunk = u"@@ -1,3 +1,5 @@\n __global__ void k(float *out) {\n+    int a = 1;"_s + odd.text
        + u"int b = 2;\n+    __shared__ float tile[32][33];"_s;
    const ReviewNote note { 1, u"k"_s + odd.text + u".cu"_s, 3, hunk,
        u"Padded"_s + odd.text + u"rows\navoid shared memory bank conflicts."_s, u"reviewer"_s, {}, {} };
    const ViewDocument doc = diffDocument({ { note.path, u"modified"_s, patch, 2, 0 } }, { note });
    // Header, hunk, context, two added, context, context, the comment under new line 3.
    REQUIRE(doc.rows.size() == 8);
    CHECK(blocksShown(doc) == doc.rows.size());
    CHECK(doc.rows.at(0).text.startsWith(u"k"_s + odd.shown + u".cu"_s));
    CHECK(doc.rows.at(1).text.endsWith(u"void k("_s + odd.shown + u")"_s));
    CHECK(doc.rows.at(3).text == u"    int a = 1;"_s + odd.shown + u"int b = 2;"_s);

    const auto shared = marksOf(doc, u"cuda.shared_staging"_s);
    REQUIRE(shared.size() == 1);
    CHECK(shared.at(0).row == 4);
    CHECK(doc.rows.at(4).newLine == 3);
    CHECK(shared.at(0).start == 4);

    // The comment: a header line and the body's two lines, the odd character
    // shown where it was.
    const int comment = doc.rowOfNote(0);
    REQUIRE(comment == 5);
    const QStringList lines = doc.rows.at(comment).text.split(QChar(0x2028));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1) == u"  Padded"_s + odd.shown + u"rows"_s);
    const auto conflicts = marksOf(doc, u"hw.bank_conflicts"_s);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.at(0).row == comment);
    CHECK(doc.rows.at(comment).text.mid(conflicts.at(0).start, conflicts.at(0).length) == u"bank conflicts"_s);
}
