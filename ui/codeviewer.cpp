// SPDX-License-Identifier: MIT
#include "codeviewer.h"

#include "codeviewergutter.h"
#include "codeviewerstyle.h"
#include "scoring/signalcatalogue.h"
#include "scoring/syntaxrepository.h"
#include "viewer/highlightjob.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace ks::ui {

using namespace Qt::StringLiterals;
using viewer::RowKind;
namespace style = codeviewerstyle;

namespace {

// Rows past the last visible one that get their formats too, so a small
// scroll shows them coloured already.
constexpr int Lookahead = 40;
constexpr int MarkerWidth = 10;
// Rows put into the text document per event-loop turn. Building 20,000
// blocks at once stalls the GUI thread for tens of milliseconds; in slices
// the first screen shows at once and the rest streams in behind it.
constexpr int FirstSlice = 1500;
constexpr int LaterSlice = 3000;

bool isCodeRow(RowKind kind)
{
    return kind == RowKind::Code || kind == RowKind::Context || kind == RowKind::Added || kind == RowKind::Removed || kind == RowKind::Hunk;
}

QString categoryName(const QString &id)
{
    const auto *category = scoring::SignalCatalogue::standard().category(id);
    return category ? category->name : id;
}

} // namespace

CodeViewer::CodeViewer(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_job(new viewer::HighlightJob(this))
    , m_gutter(new CodeViewerGutter(this))
    , m_applyTimer(new QTimer(this))
    , m_loadTimer(new QTimer(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setUndoRedoEnabled(false);
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(0);
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &CodeViewer::loadMoreRows);

    connect(m_applyTimer, &QTimer::timeout, this, &CodeViewer::applyVisibleFormats);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeViewer::updateGutter);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeViewer::updateGutterWidth);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeViewer::highlightCurrentRow);
    connect(m_job, &viewer::HighlightJob::linesHighlighted, this, &CodeViewer::linesHighlighted);
    connect(m_job, &viewer::HighlightJob::signalsFound, this, &CodeViewer::marksFound);
    connect(m_job, &viewer::HighlightJob::highlightingFinished, this, [this] {
        m_highlightDone = true;
        m_applied.fill(false); // rows of plain-text sources are ready now
        scheduleApply();
        if (isHighlighted())
            Q_EMIT highlightingFinished();
    });

    m_themeName = style::defaultThemeName(QApplication::palette());
    applyThemeColours();
    updateGutterWidth();
}

CodeViewer::~CodeViewer() = default;

void CodeViewer::showDocument(viewer::ViewDocument document)
{
    m_job->cancel();
    m_doc = std::move(document);
    m_marks.clear();
    m_marksByRow.clear();
    m_spans.clear();
    m_ready.clear();
    for (const viewer::HighlightSource &source : std::as_const(m_doc.sources)) {
        m_spans.append(QList<viewer::LineSpans>(source.lines.size()));
        m_ready.append(QBitArray(source.lines.size()));
    }
    m_applied = QBitArray(m_doc.rows.size());
    int maxLine = 1;
    for (const viewer::ViewRow &row : std::as_const(m_doc.rows))
        maxLine = std::max({ maxLine, row.oldLine, row.newLine });
    m_numberDigits = int(QString::number(maxLine).size());
    m_loadTimer->stop();
    m_loadedRows = 0;
    clear();
    loadMoreRows();
    updateGutterWidth();
    highlightCurrentRow();
    m_signalsDone = !m_signalsEnabled;
    restartHighlighting(m_signalsEnabled);
}

void CodeViewer::loadMoreRows()
{
    const int total = int(m_doc.rows.size());
    const int first = m_loadedRows;
    const int last = std::min(total, first + (first == 0 ? FirstSlice : LaterSlice));
    QStringList texts;
    texts.reserve(last - first);
    for (int row = first; row < last; ++row)
        texts.append(m_doc.rows.at(row).text);
    if (first == 0) {
        setPlainText(texts.join(u'\n'));
    } else {
        // A cursor of our own: the user's cursor and scroll position stay put.
        QTextCursor end(document());
        end.movePosition(QTextCursor::End);
        end.insertText(u'\n' + texts.join(u'\n'));
    }
    m_loadedRows = last;
    if (m_loadedRows < total)
        m_loadTimer->start();
    scheduleApply();
}

void CodeViewer::ensureLoaded()
{
    while (!isFullyLoaded())
        loadMoreRows();
    m_loadTimer->stop();
}

void CodeViewer::restartHighlighting(bool findSignals)
{
    m_highlightDone = false;
    m_signalsDone = m_signalsDone && !findSignals;
    for (QBitArray &ready : m_ready)
        ready.fill(false);
    m_job->start(m_doc, m_themeName, findSignals);
}

void CodeViewer::linesHighlighted(int source, int firstLine, const QList<viewer::LineSpans> &spans)
{
    if (source < 0 || source >= m_spans.size())
        return;
    QList<viewer::LineSpans> &lines = m_spans[source];
    QBitArray &ready = m_ready[source];
    for (int i = 0; i < spans.size() && firstLine + i < lines.size(); ++i) {
        lines[firstLine + i] = spans.at(i);
        ready.setBit(firstLine + i);
    }
    scheduleApply();
}

void CodeViewer::marksFound(const QList<viewer::SignalMark> &marks)
{
    m_marks = marks;
    m_marksByRow.clear();
    for (int i = 0; i < m_marks.size(); ++i)
        m_marksByRow[m_marks.at(i).row].append(i);
    m_signalsDone = true;
    m_applied.fill(false);
    scheduleApply();
    m_gutter->update();
    Q_EMIT signalsFound();
    if (isHighlighted())
        Q_EMIT highlightingFinished();
}

void CodeViewer::scheduleApply()
{
    if (!m_applyTimer->isActive())
        m_applyTimer->start();
}

bool CodeViewer::rowReady(int row) const
{
    const viewer::ViewRow &r = m_doc.rows.at(row);
    if (r.source < 0 || m_highlightDone)
        return true;
    return m_ready.at(r.source).testBit(r.sourceLine);
}

void CodeViewer::applyVisibleFormats()
{
    if (m_doc.rows.isEmpty())
        return;
    const int bottom = viewport()->height();
    QTextBlock block = firstVisibleBlock();
    int after = 0;
    while (block.isValid() && after < Lookahead) {
        const int row = block.blockNumber();
        if (row < m_loadedRows && !m_applied.testBit(row) && rowReady(row)) {
            applyRow(block);
            m_applied.setBit(row);
        }
        if (blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
            ++after;
        block = block.next();
    }
}

void CodeViewer::applyRow(const QTextBlock &block)
{
    QTextLayout *layout = block.layout();
    if (!layout)
        return;
    const int row = block.blockNumber();
    const viewer::ViewRow &r = m_doc.rows.at(row);
    QList<QTextLayout::FormatRange> ranges;
    const int size = int(r.text.size());

    if (r.kind == RowKind::Hunk || r.kind == RowKind::Note) {
        QTextCharFormat f;
        f.setForeground(palette().color(QPalette::PlaceholderText));
        f.setFontItalic(r.kind == RowKind::Note);
        ranges.append({ 0, size, f });
    } else if (r.kind == RowKind::FileHeader) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        ranges.append({ 0, size, f });
    } else if (r.kind == RowKind::Comment) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        ranges.append({ 0, int(r.text.indexOf(QChar(0x2028))), f });
    }
    if (r.source >= 0 && r.sourceLine >= 0 && r.sourceLine < m_spans.at(r.source).size()) {
        for (const viewer::FormatSpan &span : m_spans.at(r.source).at(r.sourceLine)) {
            QTextCharFormat f;
            if (span.foreground.isValid())
                f.setForeground(span.foreground);
            if (span.background.isValid())
                f.setBackground(span.background);
            if (span.bold)
                f.setFontWeight(QFont::Bold);
            f.setFontItalic(span.italic);
            f.setFontUnderline(span.underline);
            ranges.append({ span.start, span.length, f });
        }
    }
    // Marks last: where ranges overlap, later ones win, so the mark's
    // background and underline sit on top of the syntax colours.
    for (const int m : m_marksByRow.value(row)) {
        const viewer::SignalMark &mark = m_marks.at(m);
        const bool anti = mark.signal->anti;
        QColor colour = anti ? style::antiColour() : style::categoryColour(mark.signal->category);
        QTextCharFormat f;
        QColor background = colour;
        background.setAlpha(m_dark ? 90 : 50);
        f.setBackground(background);
        f.setUnderlineColor(colour);
        f.setUnderlineStyle(anti ? QTextCharFormat::WaveUnderline : QTextCharFormat::SingleUnderline);
        ranges.append({ mark.start, mark.length, f });
    }
    layout->setFormats(ranges);
    document()->markContentsDirty(block.position(), block.length());
}

void CodeViewer::setThemeName(const QString &name)
{
    m_followPalette = name.isEmpty();
    const QString theme = m_followPalette ? style::defaultThemeName(QApplication::palette()) : name;
    if (theme == m_themeName)
        return;
    m_themeName = theme;
    applyThemeColours();
    if (!m_doc.rows.isEmpty()) {
        m_applied.fill(false);
        restartHighlighting(!m_signalsDone);
    }
}

void CodeViewer::applyThemeColours()
{
    const auto theme = scoring::syntaxRepository().theme(m_themeName);
    QPalette p = palette();
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    if (theme.isValid() && background.isValid()) {
        p.setColor(QPalette::Base, background);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Window, background);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
        p.setColor(QPalette::HighlightedText, text);
        QColor dim = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
        p.setColor(QPalette::PlaceholderText, dim.isValid() ? dim : text);
    }
    setPalette(p);
    m_dark = style::isDark(p.color(QPalette::Base));
    highlightCurrentRow();
    m_gutter->update();
    viewport()->update();
}

void CodeViewer::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange && m_followPalette)
        setThemeName(QString());
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
        updateGutterWidth();
    }
}

void CodeViewer::setWrapping(bool wrap)
{
    setLineWrapMode(wrap ? WidgetWidth : NoWrap);
}

void CodeViewer::zoom(int steps)
{
    if (steps == 0)
        return;
    const int next = qBound(-6, m_zoom + steps, 20);
    if (next == m_zoom)
        return;
    zoomIn(next - m_zoom);
    m_zoom = next;
}

void CodeViewer::zoomReset()
{
    zoom(-m_zoom);
}

int CodeViewer::currentFile() const
{
    const int row = currentRow();
    return row >= 0 && row < m_doc.rows.size() ? m_doc.rows.at(row).file : 0;
}

bool CodeViewer::scrollToRow(int row, int start, int length)
{
    if (row >= m_loadedRows)
        ensureLoaded();
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid())
        return false;
    QTextCursor cursor(block);
    const int size = block.length() - 1;
    cursor.setPosition(block.position() + qBound(0, start, size));
    if (length > 0)
        cursor.setPosition(block.position() + qBound(0, start + length, size), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    scheduleApply();
    return true;
}

bool CodeViewer::goToLine(int line, int file)
{
    if (file < 0)
        file = currentFile();
    int row = m_doc.rowOfLine(line, file);
    if (row < 0 && m_doc.isDiff && file < m_doc.files.size()) {
        const int first = m_doc.files.at(file).firstRow;
        const int last = file + 1 < m_doc.files.size() ? m_doc.files.at(file + 1).firstRow : int(m_doc.rows.size());
        for (int r = first; r < last && row < 0; ++r) {
            if (m_doc.rows.at(r).newLine >= line)
                row = r;
        }
    }
    return row >= 0 && scrollToRow(row);
}

bool CodeViewer::findText(const QString &text, bool backward, bool caseSensitive)
{
    if (text.isEmpty())
        return false;
    ensureLoaded();
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = document()->find(text, textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(document());
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document()->find(text, from, flags);
    }
    if (found.isNull())
        return false;
    setTextCursor(found);
    centerCursor();
    scheduleApply();
    return true;
}

QString CodeViewer::selectedCode(bool withLineNumbers) const
{
    const QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a row does not take that row.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    const int width = m_numberDigits;
    QStringList out;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const int row = block.blockNumber();
        if (row < m_doc.rows.size() && isCodeRow(m_doc.rows.at(row).kind)) {
            const viewer::ViewRow &r = m_doc.rows.at(row);
            if (!withLineNumbers) {
                out.append(r.text);
            } else if (!m_doc.isDiff) {
                out.append(u"%1  %2"_s.arg(r.newLine, width).arg(r.text));
            } else if (r.kind == RowKind::Hunk) {
                out.append(r.text);
            } else {
                const auto number = [width](int n) { return n > 0 ? QString::number(n).rightJustified(width) : QString(width, u' '); };
                const QChar marker = r.kind == RowKind::Added ? u'+' : r.kind == RowKind::Removed ? u'-' : u' ';
                out.append(u"%1 %2 %3 %4"_s.arg(number(r.oldLine), number(r.newLine), marker, r.text));
            }
        }
        if (block == last)
            break;
    }
    return out.join(u'\n');
}

void CodeViewer::copyCode(bool withLineNumbers)
{
    QGuiApplication::clipboard()->setText(selectedCode(withLineNumbers));
}

QMimeData *CodeViewer::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(selectedCode(false));
    return data;
}

QString CodeViewer::toolTipAt(int row, int offset) const
{
    QStringList parts;
    for (const int m : m_marksByRow.value(row)) {
        const viewer::SignalMark &mark = m_marks.at(m);
        if (offset >= 0 && (offset < mark.start || offset >= mark.start + mark.length))
            continue;
        const QString category = categoryName(mark.signal->category).toHtmlEscaped();
        const QString heading = mark.signal->anti ? tr("Anti-signal (%1)").arg(category) : category;
        parts.append(u"<p><b>%1</b><br/>%2<br/><small>%3</small></p>"_s.arg(
            heading, mark.signal->explanation.toHtmlEscaped(), mark.signal->id.toHtmlEscaped()));
    }
    return parts.join(QString());
}

QList<QTextLayout::FormatRange> CodeViewer::rowFormats(int row) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    return block.isValid() && block.layout() ? block.layout()->formats() : QList<QTextLayout::FormatRange>();
}

QRect CodeViewer::rowRect(int row) const
{
    const QTextBlock block = document()->findBlockByNumber(row);
    if (!block.isValid() || !block.isVisible())
        return {};
    return blockBoundingGeometry(block).translated(contentOffset()).toAlignedRect();
}

int CodeViewer::rowAt(int y) const
{
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (r.top() > y)
            break;
        if (y < r.bottom())
            return block.blockNumber();
    }
    return -1;
}

bool CodeViewer::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        const QString text = toolTipAt(at.blockNumber(), at.positionInBlock());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

// --- gutter ----------------------------------------------------------------

int CodeViewer::gutterWidth() const
{
    const int digit = fontMetrics().horizontalAdvance(u'9');
    const int numbers = m_doc.isDiff ? 2 * m_numberDigits + 1 : m_numberDigits;
    return 6 + digit * numbers + 4 + MarkerWidth;
}

void CodeViewer::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeViewer::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    scheduleApply();
}

void CodeViewer::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
    scheduleApply();
}

void CodeViewer::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter p(gutter);
    const QPalette pal = palette();
    const auto colours = style::rowColours(m_dark);
    p.fillRect(event->rect(), pal.color(QPalette::Base).darker(m_dark ? 80 : 104));
    p.setFont(font());
    const QColor number = pal.color(QPalette::PlaceholderText);
    const int digit = fontMetrics().horizontalAdvance(u'9');
    const int column = digit * m_numberDigits;
    const int markerX = gutter->width() - MarkerWidth;
    const int current = currentRow();

    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
        if (geometry.top() > event->rect().bottom())
            break;
        const int row = block.blockNumber();
        if (!block.isVisible() || row >= m_doc.rows.size())
            continue;
        const viewer::ViewRow &r = m_doc.rows.at(row);
        const QRect line(0, int(geometry.top()), gutter->width(), int(fontMetrics().height()));
        const QRect full(0, int(geometry.top()), gutter->width(), int(geometry.height()));
        if (r.kind == RowKind::Added)
            p.fillRect(full, colours.added);
        else if (r.kind == RowKind::Removed)
            p.fillRect(full, colours.removed);
        else if (r.kind == RowKind::Hunk)
            p.fillRect(full, colours.hunk);
        else if (r.kind == RowKind::FileHeader)
            p.fillRect(full, colours.fileHeader);
        QFont f = font();
        f.setBold(row == current);
        p.setFont(f);
        p.setPen(row == current ? pal.color(QPalette::Text) : number);
        if (r.kind != RowKind::Comment) {
            if (!m_doc.isDiff && r.newLine > 0) {
                p.drawText(QRect(4, line.top(), column, line.height()), Qt::AlignRight, QString::number(r.newLine));
            } else if (m_doc.isDiff) {
                if (r.oldLine > 0)
                    p.drawText(QRect(4, line.top(), column, line.height()), Qt::AlignRight, QString::number(r.oldLine));
                if (r.newLine > 0)
                    p.drawText(QRect(4 + column + digit, line.top(), column, line.height()), Qt::AlignRight, QString::number(r.newLine));
            }
        }
        // One marker per row, in the first signal's colour; a triangle when
        // any of the row's signals is an anti-signal.
        const QList<int> marks = m_marksByRow.value(row);
        if (!marks.isEmpty()) {
            const viewer::SignalMark &first = m_marks.at(marks.first());
            bool anti = false;
            for (const int m : marks)
                anti = anti || m_marks.at(m).signal->anti;
            p.setRenderHint(QPainter::Antialiasing);
            const QRectF box(markerX + 1, line.center().y() - 3.5, 7, 7);
            if (anti) {
                QPainterPath triangle;
                triangle.moveTo(box.center().x(), box.top() - 1);
                triangle.lineTo(box.right() + 1, box.bottom() + 1);
                triangle.lineTo(box.left() - 1, box.bottom() + 1);
                triangle.closeSubpath();
                p.fillPath(triangle, style::antiColour());
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(style::categoryColour(first.signal->category));
                p.drawEllipse(box);
            }
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}

QString CodeViewer::gutterToolTip(int y) const
{
    const int row = rowAt(y);
    return row < 0 ? QString() : toolTipAt(row, -1);
}

// --- painting ----------------------------------------------------------------

void CodeViewer::paintRowBackgrounds(QPainter &p, const QRect &rect)
{
    if (!m_doc.isDiff)
        return;
    const auto colours = style::rowColours(m_dark);
    const int width = viewport()->width();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF g = blockBoundingGeometry(block).translated(contentOffset());
        if (g.top() > rect.bottom())
            break;
        const int row = block.blockNumber();
        if (row >= m_doc.rows.size())
            break;
        const QRectF full(0, g.top(), width, g.height());
        switch (m_doc.rows.at(row).kind) {
        case RowKind::Added:
            p.fillRect(full, colours.added);
            break;
        case RowKind::Removed:
            p.fillRect(full, colours.removed);
            break;
        case RowKind::Hunk:
            p.fillRect(full, colours.hunk);
            break;
        case RowKind::FileHeader:
            p.fillRect(full, colours.fileHeader);
            break;
        case RowKind::Comment: {
            // A card: inset from the code, a border and an accent bar.
            const QRectF card = full.adjusted(2, 1, -4, -1);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(colours.commentBorder, 1));
            p.setBrush(colours.comment);
            p.drawRoundedRect(card, 4, 4);
            p.fillRect(QRectF(card.left(), card.top() + 1, 3, card.height() - 2), colours.commentBorder);
            p.setRenderHint(QPainter::Antialiasing, false);
            break;
        }
        default:
            break;
        }
    }
}

void CodeViewer::paintEvent(QPaintEvent *event)
{
    {
        QPainter p(viewport());
        paintRowBackgrounds(p, event->rect());
    }
    QPlainTextEdit::paintEvent(event);
}

void CodeViewer::highlightCurrentRow()
{
    QTextEdit::ExtraSelection current;
    current.format.setBackground(style::rowColours(m_dark).currentLine);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    setExtraSelections({ current });
    m_gutter->update();
}

} // namespace ks::ui
