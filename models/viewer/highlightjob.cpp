// SPDX-License-Identifier: MIT
#include "highlightjob.h"

#include "scoring/signaldetector.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThreadPool>
#include <atomic>

namespace ks::viewer {

namespace {

// Two long-lived threads: one highlights while the other finds signals.
// They never expire, because each keeps its own syntax repository (a
// Repository is not shared between threads) and loading one costs more than
// highlighting a small file.
QThreadPool &viewerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(-1);
        p->setObjectName(QStringLiteral("kernelscout.viewer"));
        return p;
    }();
    return *pool;
}

} // namespace

// What a run shares with its worker tasks. The job forgets it on cancel;
// the mutex makes "post a result" and "the job is gone" exclusive.
struct HighlightJob::Run
{
    QMutex mutex;
    HighlightJob *receiver = nullptr;
    std::atomic_bool cancelled = false;

    template<typename F> void post(F &&f)
    {
        QMutexLocker lock(&mutex);
        if (receiver && !cancelled)
            QMetaObject::invokeMethod(receiver, std::forward<F>(f), Qt::QueuedConnection);
    }
};

HighlightJob::HighlightJob(QObject *parent)
    : QObject(parent)
{ }

HighlightJob::~HighlightJob()
{
    cancel();
}

void HighlightJob::cancel()
{
    if (m_run) {
        QMutexLocker lock(&m_run->mutex);
        m_run->cancelled = true;
        m_run->receiver = nullptr;
    }
    m_run.reset();
    m_pending = 0;
}

void HighlightJob::start(const ViewDocument &document, const QString &theme, bool findSignals)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->receiver = this;
    m_run = run;
    // Results posted by a cancelled run may already be queued: each checks
    // that its run is still the current one.
    const auto current = [this, run] { return m_run == run; };
    const auto done = [this] { --m_pending; };

    m_pending = findSignals ? 2 : 1;
    const QList<HighlightSource> sources = document.sources;
    viewerPool().start([run, sources, theme, current, done, this] {
        for (int s = 0; s < sources.size() && !run->cancelled; ++s) {
            highlightLines(
                sources.at(s).definition, theme, sources.at(s).lines, BatchLines,
                [&](int first, QList<LineSpans> spans) {
                    run->post([=, this] {
                        if (current())
                            Q_EMIT linesHighlighted(s, first, spans);
                    });
                },
                [&] { return run->cancelled.load(); });
        }
        run->post([=, this] {
            if (!current())
                return;
            done();
            Q_EMIT highlightingFinished();
        });
    });
    if (!findSignals)
        return;
    // The catalogue is built once, here on the calling thread, before any
    // worker reads it.
    (void)scoring::SignalCatalogue::standard();
    viewerPool().start([run, document, current, done, this] {
        const scoring::SignalDetector detector;
        const QList<SignalMark> marks = markSignals(document, detector);
        run->post([=, this] {
            if (!current())
                return;
            done();
            Q_EMIT signalsFound(marks);
        });
    });
}

} // namespace ks::viewer
