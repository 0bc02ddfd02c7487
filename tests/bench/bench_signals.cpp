// SPDX-License-Identifier: MIT
// Benchmark: the signal detector.
//
//   bench_signals [--smoke]
//
// 1. Precision and recall per category on the labelled corpus (tests/corpus).
// 2. Scan cost of a 20,000-line CUDA file (--smoke: 2,000), tokenisation
//    included, against KSyntaxHighlighting highlighting the same file alone,
//    same run: target <= 1.5x.
#include "benchutil.h"
#include "scoring/signaldetector.h"
#include "scoring/syntaxrepository.h"
#include "support/corpus.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace ks::scoring;

namespace {

// Highlighting alone: what any editor pays to colour the file.
class PlainHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    int formats = 0;
    void run(const QStringList &lines)
    {
        KSyntaxHighlighting::State state;
        for (const QString &line : lines)
            state = highlightLine(line, state);
    }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override { ++formats; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    QTextStream out(stdout);
    const SignalDetector detector;

    const QList<CorpusFile> files = evaluateCorpus(QStringLiteral(KS_TEST_CORPUS), detector);
    const auto counts = countByCategory(files, SignalCatalogue::standard());
    out << "bench_signals (" << (smoke ? "smoke" : "full") << ")\n  corpus: " << files.size() << " files\n";
    int tp = 0, fp = 0, fn = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out << QStringLiteral("    %1 precision %2  recall %3  (%4 found right, %5 wrong, %6 missed)\n")
                   .arg(it.key(), -17)
                   .arg(it->precision(), 0, 'f', 2)
                   .arg(it->recall(), 0, 'f', 2)
                   .arg(it->truePositives)
                   .arg(it->falsePositives)
                   .arg(it->falseNegatives);
        tp += it->truePositives;
        fp += it->falsePositives;
        fn += it->falseNegatives;
    }
    out << QStringLiteral("    all               precision %1  recall %2\n")
               .arg(double(tp) / (tp + fp), 0, 'f', 2)
               .arg(double(tp) / (tp + fn), 0, 'f', 2);

    // A large CUDA file: a realistic kernel repeated to the target size.
    const QString unit
        = QStringLiteral("// Tiled GEMM: stage A and B through shared memory, one tile per block.\n"
                         "template <int TILE>\n"
                         "__global__ void gemm_%1(const float *__restrict__ A, const float *__restrict__ B, float *C, int n) {\n"
                         "  __shared__ float a[TILE][TILE + 1];\n"
                         "  __shared__ float b[TILE][TILE + 1];\n"
                         "  const int row = blockIdx.y * TILE + threadIdx.y;\n"
                         "  const int col = blockIdx.x * TILE + threadIdx.x;\n"
                         "  float acc = 0.0f; /* accumulate in registers */\n"
                         "  for (int t = 0; t < n / TILE; ++t) {\n"
                         "    a[threadIdx.y][threadIdx.x] = A[row * n + t * TILE + threadIdx.x];\n"
                         "    b[threadIdx.y][threadIdx.x] = B[(t * TILE + threadIdx.y) * n + col];\n"
                         "    __syncthreads();\n"
                         "#pragma unroll\n"
                         "    for (int k = 0; k < TILE; ++k) acc += a[threadIdx.y][k] * b[k][threadIdx.x];\n"
                         "    __syncthreads();\n"
                         "  }\n"
                         "  if (row < n && col < n) C[row * n + col] = acc; // \"store\"\n"
                         "}\n"
                         "\n"
                         "void launch_%1(const float *A, const float *B, float *C, int n, cudaStream_t s) {\n"
                         "  gemm_%1<32><<<dim3(n / 32, n / 32), dim3(32, 32), 0, s>>>(A, B, C, n);\n"
                         "}\n\n");
    const int targetLines = smoke ? 2000 : 20000;
    QString text;
    int lines = 0;
    for (int i = 0; lines < targetLines; ++i) {
        text += unit.arg(i);
        lines += 23;
    }
    const QStringList split = text.split(QLatin1Char('\n'));
    PlainHighlighter plain;
    plain.setDefinition(syntaxRepository().definitionForName(QStringLiteral("CUDA")));
    const int runs = smoke ? 2 : 5;
    const double highlightMs = bestOf(runs, [&] { plain.run(split); });
    int hits = 0;
    const double scanMs = bestOf(runs, [&] { hits = int(detector.scanFile(QStringLiteral("big.cu"), text).hits.size()); });
    const double ratio = scanMs / highlightMs;
    out << QStringLiteral("  scan of a %1-line CUDA file: %2 ms (%3 signals) | highlighting alone %4 ms | ratio %5 (target <= 1.5) %6\n")
               .arg(split.size())
               .arg(scanMs, 0, 'f', 1)
               .arg(hits)
               .arg(highlightMs, 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.5 ? QStringLiteral("OK") : QStringLiteral("MISSED"));
    return 0;
}
