// SPDX-License-Identifier: MIT
#pragma once

#include "linehighlighter.h"
#include "viewdocument.h"

#include <QObject>
#include <memory>

namespace ks::viewer {

// Highlights a document's sources and finds its signals on worker threads,
// so a 20,000-line file never blocks the GUI thread: QSyntaxHighlighter
// would re-highlight the whole document synchronously. Results arrive as
// queued signals in batches, first lines first; a new start() or cancel()
// drops everything still on its way from the previous run.
class HighlightJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightJob)

public:
    explicit HighlightJob(QObject *parent = nullptr);
    ~HighlightJob() override;

    void start(const ViewDocument &document, const QString &theme, bool findSignals = true);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    static constexpr int BatchLines = 400;

Q_SIGNALS:
    void linesHighlighted(int source, int firstLine, const QList<ks::viewer::LineSpans> &spans);
    void highlightingFinished();
    void signalsFound(const QList<ks::viewer::SignalMark> &marks);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
    int m_pending = 0;
};

} // namespace ks::viewer
