// SPDX-License-Identifier: MIT
// The viewer's document: rows for files and PR diffs, review comments under
// their lines, and signal marks on the spans the detector found.
#include "scoring/signaldetector.h"
#include "viewer/viewdocument.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace ks::viewer;
using namespace Qt::StringLiterals;

namespace {

const QString CudaFile = u"// A tiled copy.\n"
                         "__global__ void copy(const float *in, float *out) {\n"
                         "    __shared__ float tile[32][33];\n"
                         "    tile[threadIdx.y][threadIdx.x] = in[threadIdx.x];\n"
                         "    __syncthreads();\n"
                         "    out[threadIdx.x] = tile[threadIdx.x][threadIdx.y];\n"
                         "}\n"_s;

// Removes a __shared__ line and adds two: only the added one may be marked,
// and it sits after the deletion.
const QString CudaPatch = u"@@ -1,4 +1,5 @@\n"
                          " __global__ void copy(const float *in, float *out) {\n"
                          "-    __shared__ float old_tile[32][32];\n"
                          "-    // nothing\n"
                          "+    // Padded to avoid bank conflicts.\n"
                          "+    __shared__ float tile[32][33];\n"
                          "+    float x = 0;\n"
                          "     __syncthreads();\n"_s;

QString markedText(const ViewDocument &doc, const SignalMark &m)
{
    return doc.rows.at(m.row).text.mid(m.start, m.length);
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

} // namespace

TEST_CASE("a file's rows are its lines, and marks land on the detector's spans", "[viewer][overlay]")
{
    const ViewDocument doc = fileDocument(u"copy.cu"_s, CudaFile);
    REQUIRE(doc.rows.size() == 7);
    CHECK(doc.files.at(0).language == u"CUDA"_s);
    CHECK(doc.rows.at(2).newLine == 3);
    CHECK(doc.rowOfLine(3) == 2);
    CHECK(doc.rowOfLine(8) == -1);

    const auto shared = marksOf(doc, u"cuda.shared_staging"_s);
    REQUIRE(shared.size() == 1);
    CHECK(shared.at(0).row == 2);
    CHECK(markedText(doc, shared.at(0)).startsWith(u"__shared__"_s));
    // Every mark stays inside its row.
    static const scoring::SignalDetector detector;
    for (const SignalMark &m : markSignals(doc, detector)) {
        CHECK(m.start >= 0);
        CHECK(m.length > 0);
        CHECK(m.start + m.length <= doc.rows.at(m.row).text.size());
    }
}

TEST_CASE("in a diff, marks sit on added rows after deletions, never on removed ones", "[viewer][overlay][diff]")
{
    const ViewDocument doc = diffDocument({ { u"copy.cu"_s, u"modified"_s, CudaPatch, 3, 2 } }, {});
    // Header, hunk, context, 2 removed, 3 added, context.
    REQUIRE(doc.rows.size() == 9);
    CHECK(doc.rows.at(0).kind == RowKind::FileHeader);
    CHECK(doc.rows.at(3).kind == RowKind::Removed);
    CHECK(doc.rows.at(6).kind == RowKind::Added);
    CHECK(doc.rows.at(6).newLine == 3);
    CHECK(doc.rowOfLine(3) == 6);

    const auto shared = marksOf(doc, u"cuda.shared_staging"_s);
    REQUIRE(shared.size() == 1);
    CHECK(shared.at(0).row == 6);
    CHECK(markedText(doc, shared.at(0)).startsWith(u"__shared__"_s));

    // The old side and the new side are highlighted as separate texts.
    REQUIRE(doc.sources.size() == 2);
    CHECK(doc.rows.at(3).source == 0);
    CHECK(doc.sources.at(0).lines.at(doc.rows.at(3).sourceLine) == doc.rows.at(3).text);
    CHECK(doc.rows.at(6).source == 1);
    CHECK(doc.sources.at(1).lines.at(doc.rows.at(6).sourceLine) == doc.rows.at(6).text);
}

TEST_CASE("review comments go under the line they refer to, with author and date", "[viewer][review]")
{
    const QString hunkToShared = u"@@ -1,4 +1,5 @@\n __global__ void copy(const float *in, float *out) {\n"
                                 "-    __shared__ float old_tile[32][32];\n-    // nothing\n"
                                 "+    // Padded to avoid bank conflicts.\n+    __shared__ float tile[32][33];"_s;
    const QDateTime at(QDate(2025, 3, 4), QTime(10, 30), QTimeZone::UTC);
    QList<ReviewNote> notes = {
        { 1, u"copy.cu"_s, 3, hunkToShared, u"Why 33? Avoids shared memory bank conflicts,\nnice."_s, u"reviewer"_s, at, {} },
        { 2, u"copy.cu"_s, 0,
            u"@@ -1,4 +1,5 @@\n __global__ void copy(const float *in, float *out) {\n-    __shared__ float old_tile[32][32];"_s,
            u"Old tile was unpadded."_s, u"other"_s, at, {} },
        { 3, u"gone.cu"_s, 5, {}, u"On a file no longer in the PR."_s, u"third"_s, {}, {} },
    };
    const ViewDocument doc = diffDocument({ { u"copy.cu"_s, u"modified"_s, CudaPatch, 3, 2 } }, notes);
    REQUIRE(doc.rows.size() == 12);
    // Under the removed line 2 of the old file.
    CHECK(doc.rows.at(3).kind == RowKind::Removed);
    CHECK(doc.rows.at(4).kind == RowKind::Comment);
    CHECK(doc.rows.at(4).note == 1);
    // Under new line 3.
    CHECK(doc.rows.at(7).newLine == 3);
    CHECK(doc.rows.at(8).kind == RowKind::Comment);
    CHECK(doc.rows.at(8).note == 0);
    CHECK(doc.rows.at(8).text.startsWith(u"  reviewer \u00b7 2025-03-04 10:30 UTC\u2028  Why 33?"_s));
    // A comment whose file is gone still shows, at the end.
    CHECK(doc.rows.last().note == 2);
    CHECK(doc.rowOfNote(0) == 8);

    // Prose signals in a comment are marked inside the comment's text.
    const auto conflicts = marksOf(doc, u"hw.bank_conflicts"_s);
    REQUIRE(!conflicts.isEmpty());
    CHECK(conflicts.at(0).row == 8);
    CHECK(markedText(doc, conflicts.at(0)).compare(u"bank conflicts"_s, Qt::CaseInsensitive) == 0);
}

TEST_CASE("very long lines and invalid UTF-8 keep rows and marks consistent", "[viewer][robustness]")
{
    QByteArray bytes = "__global__ void k() {\n    __shared__ float t[32];\n";
    bytes += "    const char *s = \"" + QByteArray(300000, 'x') + "\";\n";
    bytes += "    int bad = 1; // \xff\xfe\xc3\x28 broken ";
    bytes += '\0'; // a NUL must not end the line
    bytes += " nul\n";
    bytes += "    __shared__ float u[64];\n    __syncthreads();\n}\n";
    const QString text = decodeText(bytes);
    const ViewDocument doc = fileDocument(u"long.cu"_s, text);
    REQUIRE(doc.rows.size() == 7);
    CHECK(doc.rows.at(2).text.size() > 300000);
    CHECK(doc.rows.at(3).text.contains(QChar::ReplacementCharacter));
    CHECK(doc.rows.at(3).text.contains(QChar(0x2400)));
    const auto shared = marksOf(doc, u"cuda.shared_staging"_s);
    REQUIRE(shared.size() == 2);
    CHECK(shared.at(0).row == 1);
    CHECK(shared.at(1).row == 4);
    CHECK(markedText(doc, shared.at(1)).startsWith(u"__shared__"_s));
    CHECK(decodeText("a\r\nb\r\n") == u"a\nb\n"_s);
}

TEST_CASE("a match across lines is marked on each line, listed once", "[viewer][overlay]")
{
    const QString triton = u"import triton\nimport triton.language as tl\n\n@triton.jit\n"
                           "def k(x_ptr, n, BLOCK: tl.constexpr):\n"
                           "    offs = tl.arange(0, BLOCK)\n"
                           "    x = tl.load(x_ptr + offs,\n"
                           "                mask=offs < n)\n"_s;
    const ViewDocument doc = fileDocument(u"k.py"_s, triton);
    CHECK(doc.files.at(0).language == u"Triton"_s);
    const auto load = marksOf(doc, u"triton.masked_load"_s);
    REQUIRE(load.size() == 2);
    CHECK(load.at(0).row == 6);
    CHECK_FALSE(load.at(0).continued);
    CHECK(markedText(doc, load.at(0)) == u"tl.load(x_ptr + offs,"_s);
    CHECK(load.at(1).row == 7);
    CHECK(load.at(1).continued);
    CHECK(markedText(doc, load.at(1)).startsWith(u"mask="_s));
}

TEST_CASE("long review comments wrap, and their signals still land on the words", "[viewer][review]")
{
    QString body;
    for (int i = 0; i < 30; ++i)
        body += u"word "_s;
    body += u"and the kernel has shared memory bank conflicts here."_s;
    const ViewDocument doc = diffDocument(
        { { u"a.cu"_s, u"modified"_s, u"@@ -1 +1 @@\n-a\n+b\n"_s, 1, 1 } }, { { 1, u"a.cu"_s, 1, {}, body, u"r"_s, {}, {} } });
    const int row = doc.rowOfNote(0);
    REQUIRE(row > 0);
    const QStringList lines = doc.rows.at(row).text.split(QChar(0x2028));
    CHECK(lines.size() >= 3);
    for (const QString &line : lines)
        CHECK(line.size() <= 2 + 96);
    const auto conflicts = marksOf(doc, u"hw.bank_conflicts"_s);
    REQUIRE(conflicts.size() == 1);
    // The words may straddle a wrap: the mark then spans the break too.
    CHECK(markedText(doc, conflicts.at(0)).replace(QChar(0x2028), u' ').simplified() == u"bank conflicts"_s);
}
