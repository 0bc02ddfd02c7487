// SPDX-License-Identifier: MIT
// Benchmark: the code viewer on a large file.
//
//   bench_viewer [--smoke]
//
// A 20,000-line CUDA file (--smoke: 2,000) opened three ways, same run:
//   1. KSyntaxHighlighting alone: its QSyntaxHighlighter on a QPlainTextEdit,
//      which highlights the whole document on the GUI thread;
//   2. the viewer, highlighting only (off-thread, formats on visible rows);
//   3. the viewer with signal overlays (detection on a second thread).
// For each: time to first paint, time to full highlighting (3: and every
// signal found), and the longest GUI-thread stall (the largest gap between
// ticks of a 1 ms timer). Targets: overlays add <= 25% to full highlighting
// over KSyntaxHighlighting alone; no stall over 50 ms in the viewer.
#include "codeviewer.h"
#include "scoring/syntaxrepository.h"
#include "viewer/viewdocument.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>
#include <functional>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

QString makeFile(int lines)
{
    // A tiled kernel, repeated: comments, strings, shared memory, syncs.
    const QStringList block = {
        u"// Stage a tile of A through shared memory; the +1 column avoids bank conflicts."_s,
        u"__global__ void kernel_%1(const float *__restrict__ a, float *__restrict__ out, int n) {"_s,
        u"    __shared__ float tile[32][33];"_s,
        u"    const int i = blockIdx.x * blockDim.x + threadIdx.x;"_s,
        u"    /* load, then"_s,
        u"       synchronise */"_s,
        u"    tile[threadIdx.y][threadIdx.x] = i < n ? a[i] : 0.0f;"_s,
        u"    __syncthreads();"_s,
        u"    if (i < n) printf(\"%d %f\\n\", i, tile[threadIdx.x][threadIdx.y]);"_s,
        u"    out[i] = tile[threadIdx.x][threadIdx.y] * 2.0f;"_s,
        u"}"_s,
        QString(),
    };
    QStringList out;
    out.reserve(lines);
    for (int i = 0; out.size() < lines; ++i)
        out.append(QString(block.at(i % block.size())).replace(u"%1"_s, QString::number(i / block.size())));
    return out.join(u'\n') + u'\n';
}

struct Figures
{
    double firstPaint = 0;
    double full = 0;
    double stall = 0;
};

// Runs the event loop until `done`, timing the first paint of `viewport`
// and the longest gap between timer ticks.
class Probe final : public QObject
{
public:
    explicit Probe(QWidget *viewport) { viewport->installEventFilter(this); }

    Figures run(const std::function<void()> &start, const std::function<bool()> &done)
    {
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        qint64 last = 0;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stall = std::max(m_stall, (now - last) / 1e6);
            last = now;
        });
        m_clock.start();
        ticker.start();
        start(); // the call itself counts as GUI-thread time
        m_stall = std::max(m_stall, m_clock.nsecsElapsed() / 1e6);
        last = m_clock.nsecsElapsed();
        Figures f;
        while (!(done() && m_firstPaint > 0)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (m_clock.elapsed() > 120000)
                break;
        }
        f.full = m_clock.nsecsElapsed() / 1e6;
        f.firstPaint = m_firstPaint;
        f.stall = std::max(m_stall, (m_clock.nsecsElapsed() - last) / 1e6);
        return f;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_firstPaint == 0 && m_clock.isValid())
            m_firstPaint = m_clock.nsecsElapsed() / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    double m_firstPaint = 0;
    double m_stall = 0;
};

// Rehighlighting finishes inside one call; the flag says it ran.
class CountingHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    using SyntaxHighlighter::SyntaxHighlighter;
    int blocks = 0;

protected:
    void highlightBlock(const QString &text) override
    {
        ++blocks;
        SyntaxHighlighter::highlightBlock(text);
    }
};

Figures plainKSyntaxHighlighting(const QString &text)
{
    QPlainTextEdit edit;
    edit.resize(1000, 700);
    edit.show();
    QCoreApplication::processEvents();
    Probe probe(edit.viewport());
    CountingHighlighter *highlighter = nullptr;
    const int lines = int(text.count(u'\n'));
    return probe.run(
        [&] {
            edit.setPlainText(text);
            highlighter = new CountingHighlighter(edit.document());
            auto &repository = scoring::syntaxRepository();
            highlighter->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
            highlighter->setDefinition(repository.definitionForName(u"CUDA"_s));
        },
        [&] { return highlighter && highlighter->blocks >= lines; });
}

Figures codeViewer(const QString &text, bool withSignals)
{
    ui::CodeViewer view;
    view.setSignalsEnabled(withSignals);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();
    Probe probe(view.viewport());
    return probe.run([&] { view.showDocument(viewer::fileDocument(u"bench.cu"_s, text)); },
        [&] { return view.isHighlighted() && view.isFullyLoaded(); });
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(u"--smoke"_s);
    const int lines = smoke ? 2000 : 20000;
    const QString text = makeFile(lines);
    QTextStream out(stdout);

    // Warm up: load both threads' repositories and the catalogue, so the
    // runs compare steady states.
    codeViewer(makeFile(200), true);
    plainKSyntaxHighlighting(makeFile(200));

    // Best of three per variant, interleaved.
    Figures best[3];
    for (Figures &f : best)
        f = { 1e300, 1e300, 1e300 };
    const auto keep = [](Figures &b, const Figures &f) {
        b.firstPaint = std::min(b.firstPaint, f.firstPaint);
        b.full = std::min(b.full, f.full);
        b.stall = std::min(b.stall, f.stall);
    };
    for (int run = 0; run < 3; ++run) {
        keep(best[0], plainKSyntaxHighlighting(text));
        keep(best[1], codeViewer(text, false));
        keep(best[2], codeViewer(text, true));
    }
    const char *names[] = { "KSyntaxHighlighting alone (QSyntaxHighlighter)", "viewer, highlighting only", "viewer, with signal overlays" };
    out << "bench_viewer (" << (smoke ? "smoke" : "full") << "): " << lines << "-line CUDA file, best of 3\n";
    for (int i = 0; i < 3; ++i) {
        out << "  " << names[i] << ":\n"
            << "    first paint " << QString::number(best[i].firstPaint, 'f', 1) << " ms, full highlighting "
            << QString::number(best[i].full, 'f', 1) << " ms, longest GUI stall " << QString::number(best[i].stall, 'f', 1) << " ms\n";
    }
    const double overlays = best[2].full / best[0].full;
    out << "  full highlighting with overlays / KSyntaxHighlighting alone: " << QString::number(overlays, 'f', 2) << "x (target <= 1.25)\n"
        << "  full highlighting with overlays / viewer highlighting only: " << QString::number(best[2].full / best[1].full, 'f', 2) << "x\n"
        << "  longest GUI stall in the viewer: " << QString::number(std::max(best[1].stall, best[2].stall), 'f', 1)
        << " ms (target <= 50)\n";
    out.flush();
    return 0;
}
