// SPDX-License-Identifier: MIT
// The signal detector: structural rules on small cases, then the labelled corpus.
#include "scoring/signaldetector.h"
#include "support/corpus.h"
#include "support/qtprinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks::scoring;

namespace {

QStringList ids(const SignalScan &scan)
{
    QStringList out;
    for (const SignalHit &h : scan.hits)
        out.append(h.signal->id + QLatin1Char('@') + QString::number(h.line));
    return out;
}

} // namespace

TEST_CASE("code signals match code, not comments, strings or docs", "[signals]")
{
    const SignalDetector detector;
    const QString kernel = QStringLiteral("// __shared__ in a comment is prose, not code\n"
                                          "__global__ void k(float *a) {\n"
                                          "  const char *s = \"__shared__\";\n"
                                          "  __shared__ float t[32];\n"
                                          "  t[threadIdx.x] = a[threadIdx.x];\n"
                                          "  __syncthreads();\n"
                                          "}\n");
    CHECK(ids(detector.scanFile(QStringLiteral("k.cu"), kernel)) == QStringList { QStringLiteral("cuda.shared_staging@4") });
    // A Markdown page about shared memory is not a kernel.
    CHECK(detector.scanFile(QStringLiteral("docs/smem.md"), kernel).hits.isEmpty());
    // A test that only calls a Triton kernel: plain Python, no kernel signals.
    const QString test = QStringLiteral("import torch\nfrom kernels import matmul\n\ndef test_matmul():\n"
                                        "    x = torch.randn(64, 64)\n    assert matmul(x, x, BLOCK_M=64).shape == (64, 64)\n");
    const SignalScan scan = detector.scanFile(QStringLiteral("tests/test_matmul.py"), test);
    CHECK(scan.language == QStringLiteral("Python"));
    CHECK(scan.hits.isEmpty());
}

TEST_CASE("in a patch only added lines count, numbered in the new file", "[signals]")
{
    const SignalDetector detector;
    const QString patch = QStringLiteral("@@ -10,6 +10,7 @@ __global__ void k(float *a) {\n"
                                         "   __shared__ float old[32];\n" // context: line 10, not counted
                                         "-  float x = a[0];\n"
                                         "-  float y = a[1];\n"
                                         "+  __syncthreads();\n" // line 11
                                         "+  __shared__ float fresh[64];\n" // line 12
                                         "   return;\n");
    CHECK(ids(detector.scanPatch(QStringLiteral("src/k.cu"), patch)) == QStringList { QStringLiteral("cuda.shared_staging@12") });
}

TEST_CASE("prose signals come from PR text and reviews, with their explanations", "[signals]")
{
    const SignalDetector detector;
    const SignalScan scan = detector.scanProse(QStringLiteral("On H100 SXM this reaches 612 TFLOPS vs cuBLAS at 640.\n"
                                                              "Pad the tile to avoid bank conflicts."));
    const QStringList found = ids(scan);
    CHECK(found.contains(QStringLiteral("bench.throughput@1")));
    CHECK(found.contains(QStringLiteral("bench.named_hardware@1")));
    CHECK(found.contains(QStringLiteral("bench.baseline@1")));
    CHECK(found.contains(QStringLiteral("hw.bank_conflicts@2")));
    for (const SignalHit &h : scan.hits)
        CHECK_FALSE(h.signal->explanation.isEmpty());
}

TEST_CASE("the catalogue is data: a malformed entry is refused with its place named", "[signals]")
{
    const auto bad = SignalCatalogue::parse(R"({"format": "kernelscout-signals", "version": 1,
        "categories": [{"id": "tiling", "name": "Tiling", "weightKey": "signal.tiling"}],
        "signals": [{"id": "x.broken", "category": "tiling", "languages": ["CUDA"], "pattern": "([unclosed", "explanation": "e"}]})",
        QStringLiteral("mine.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("mine.json: signals[0] (x.broken)")));
    CHECK(bad.error().contains(QStringLiteral("pattern")));
    const auto unexplained = SignalCatalogue::parse(R"({"format": "kernelscout-signals", "version": 1,
        "categories": [{"id": "tiling", "name": "Tiling", "weightKey": "signal.tiling"}],
        "signals": [{"id": "x.quiet", "category": "tiling", "languages": ["CUDA"], "pattern": "x"}]})",
        QStringLiteral("mine.json"));
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().contains(QStringLiteral("explanation")));
    CHECK(SignalCatalogue::standard().entries().size() >= 40);
}

TEST_CASE("the labelled corpus: every file's signals exactly as labelled, known gaps named", "[signals][corpus]")
{
    // Where the line-by-line matchers and the ground truth still disagree,
    // and why. The list must stay exact: a gap that gets fixed fails the test
    // until it is removed here.
    struct Gap
    {
        QStringList missed, extra;
    };
    const QMap<QString, Gap> knownGaps = {
        // "(no smem yet)": a negated mention still reads as a data-movement comment.
        { QStringLiteral("tiling/pos_cute_local_tile.cu"), { {}, { QStringLiteral("comment.data_movement@1") } } },
        // The epilogue (rescale) precedes this tl.dot; the matcher looks after it.
        { QStringLiteral("fusion/pos_flash_attn_fwd.py"), { { QStringLiteral("triton.dot_epilogue@38") }, {} } },
        // Phrases broken across two comment or prose lines ("shared / memory",
        // "double / buffered", "4 / waves per SIMD").
        { QStringLiteral("fusion/pos_bias_epilogue.patch"), { { QStringLiteral("comment.data_movement@66") }, {} } },
        { QStringLiteral("autotune/pos_launch_knobs.py"),
            { { QStringLiteral("comment.data_movement@18") }, { QStringLiteral("comment.data_movement@19") } } },
        { QStringLiteral("hw_codesign/pos_design_amd.txt"),
            { { QStringLiteral("hw.pipelining@7") }, { QStringLiteral("hw.occupancy@6") } } },
        // Database prose that also mentions GPUs passes the GPU-context guard.
        { QStringLiteral("hw_codesign/neg_sql_coalesce.txt"),
            { {}, { QStringLiteral("hw.occupancy@8"), QStringLiteral("hw.vectorized_memory@6") } } },
        // A peak spec figure reads like a measurement.
        { QStringLiteral("benchmark_rigor/pos_roofline_review.txt"),
            { {}, { QStringLiteral("bench.named_hardware@8"), QStringLiteral("bench.throughput@7") } } },
        // CI text naming wgmma code paths.
        { QStringLiteral("benchmark_rigor/neg_ci_runner.txt"), { {}, { QStringLiteral("hw.tensor_cores@3") } } },
        // "TODO: compare against cuDNN" promises a baseline it does not show.
        { QStringLiteral("benchmark_rigor/neg_timing_by_hand.py"), { {}, { QStringLiteral("bench.baseline@10") } } },
    };
    const SignalDetector detector;
    const QList<CorpusFile> files = evaluateCorpus(QStringLiteral(KS_TEST_CORPUS), detector);
    REQUIRE(files.size() >= 80);
    int labelled = 0;
    for (const CorpusFile &f : files) {
        INFO(f.path.toStdString());
        labelled += int(f.expected.size());
        CHECK(f.foundLanguage == f.language);
        QStringList missed, extra;
        for (const QString &e : f.expected)
            if (!f.found.contains(e))
                missed.append(e);
        for (const QString &x : f.found)
            if (!f.expected.contains(x))
                extra.append(x);
        missed.sort();
        extra.sort();
        const Gap gap = knownGaps.value(f.path);
        CHECK(missed == gap.missed);
        CHECK(extra == gap.extra);
    }
    CHECK(labelled >= 280);
}
