// SPDX-License-Identifier: MIT
#pragma once

#include "viewer/linehighlighter.h"
#include "viewer/viewdocument.h"

#include <QBitArray>
#include <QHash>
#include <QPlainTextEdit>
#include <QTextLayout>

class QTimer;

namespace ks::viewer {
class HighlightJob;
}

namespace ks::ui {

class CodeViewerGutter;

// Read-only code view over a ViewDocument: one text block per row, so
// diffs, hunk headers and review comments (as indented card blocks) are all
// ordinary rows. Highlighting runs off the GUI thread (viewer::HighlightJob);
// its formats, and the signal marks, are applied only to the blocks in view,
// so a 20,000-line file shows at once and scrolls without stalls. The gutter
// shows line numbers (old and new in a diff) and a marker per signal.
class CodeViewer final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeViewer)

public:
    explicit CodeViewer(QWidget *parent = nullptr);
    ~CodeViewer() override;

    void showDocument(viewer::ViewDocument document);
    // Off: highlighting only, no signal detection (the benchmark's baseline).
    void setSignalsEnabled(bool enabled) { m_signalsEnabled = enabled; }
    const viewer::ViewDocument &viewDocument() const { return m_doc; }
    const QList<viewer::SignalMark> &signalMarks() const { return m_marks; }
    QList<int> marksAt(int row) const { return m_marksByRow.value(row); }

    // A KSyntaxHighlighting theme; empty follows the palette (light or dark).
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    bool followsPalette() const { return m_followPalette; }

    void setWrapping(bool wrap);
    bool isWrapping() const { return lineWrapMode() != NoWrap; }
    void zoom(int steps); // relative; zoomReset() goes back
    void zoomReset();
    int zoomSteps() const { return m_zoom; }

    // Scrolls to a row (centred) and selects a span of it.
    bool scrollToRow(int row, int start = 0, int length = 0);
    // A line of a file (file mode) or of a diff's new side; `file` -1: the
    // file the cursor is in. A diff line the patch does not show goes to the
    // next one it does.
    bool goToLine(int line, int file = -1);
    bool findText(const QString &text, bool backward = false, bool caseSensitive = false);
    // The selected rows' code (or the current row's), review comments and
    // file headers left out; with numbers, as "  12  code" or, in a diff,
    // "  11   12 + code".
    QString selectedCode(bool withLineNumbers) const;
    void copyCode(bool withLineNumbers);

    int currentRow() const { return textCursor().blockNumber(); }
    int currentFile() const;
    bool isHighlighted() const { return m_highlightDone && m_signalsDone; }
    bool isFullyLoaded() const { return m_loadedRows == m_doc.rows.size(); }
    QString toolTipAt(int row, int offset) const;
    QList<QTextLayout::FormatRange> rowFormats(int row) const;
    // Where a row is drawn in the viewport (for tests and the gutter).
    QRect rowRect(int row) const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event, QWidget *gutter);
    QString gutterToolTip(int y) const;

Q_SIGNALS:
    void highlightingFinished();
    void signalsFound();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void loadMoreRows();
    void ensureLoaded();
    void restartHighlighting(bool findSignals);
    void linesHighlighted(int source, int firstLine, const QList<viewer::LineSpans> &spans);
    void marksFound(const QList<viewer::SignalMark> &marks);
    void scheduleApply();
    void applyVisibleFormats();
    void applyRow(const QTextBlock &block);
    bool rowReady(int row) const;
    void applyThemeColours();
    void updateGutter(const QRect &rect, int dy);
    void updateGutterWidth();
    void highlightCurrentRow();
    void paintRowBackgrounds(QPainter &painter, const QRect &rect);
    int rowAt(int y) const;

    viewer::ViewDocument m_doc;
    viewer::HighlightJob *m_job;
    CodeViewerGutter *m_gutter;
    QTimer *m_applyTimer;
    QList<QList<viewer::LineSpans>> m_spans; // per source, per line
    QList<QBitArray> m_ready; // per source: spans arrived
    QBitArray m_applied; // per row: formats are on the block
    QList<viewer::SignalMark> m_marks;
    QHash<int, QList<int>> m_marksByRow;
    QString m_themeName;
    bool m_followPalette = true;
    bool m_signalsEnabled = true;
    bool m_dark = false;
    bool m_highlightDone = false;
    bool m_signalsDone = false;
    int m_zoom = 0;
    int m_loadedRows = 0; // rows in the text document so far
    QTimer *m_loadTimer;
    int m_numberDigits = 1;
};

} // namespace ks::ui
