// SPDX-License-Identifier: MIT
// The code viewer widget: overlays on the right lines, hover text, the signal
// panel, find, go to line, copy, diff rows with review comments, and one
// block per row (beside its own line number) whatever the text holds.
#include "codeviewer.h"
#include "codeviewerfindbar.h"
#include "codeviewergutter.h"
#include "codeviewerwindow.h"
#include "fakegithub.h"
#include "scoring/signalcatalogue.h"
#include "signalpanel.h"
#include "store/database.h"
#include "support/tempworkspace.h"
#include "viewer/filefetcher.h"
#include "viewer/viewdocument.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPaintEngine>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <vector>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

// Filler, then a staged tile far down the file.
QString longCudaFile()
{
    QString text = u"__global__ void transpose(const float *in, float *out) {\n"_s;
    for (int i = 0; i < 340; ++i)
        text += u"    out[%1] = in[%1] + 1.0f;\n"_s.arg(i);
    text += u"    __shared__ float tile[32][33];\n"_s; // line 342
    for (int i = 0; i < 60; ++i)
        text += u"    out[%1] = tile[0][%2];\n"_s.arg(i).arg(i % 32);
    text += u"    __syncthreads();\n}\n"_s;
    return text;
}

struct ViewerWindow
{
    ui::CodeViewerWindow window;
    ui::CodeViewer *viewer = window.viewer();

    explicit ViewerWindow(viewer::ViewDocument doc)
    {
        window.showDocument(std::move(doc));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(QTest::qWaitFor([&] { return viewer->isHighlighted(); }, 10000));
    }

    int markRow(const QString &id) const
    {
        for (const viewer::SignalMark &m : viewer->signalMarks()) {
            if (m.signal->id == id)
                return m.row;
        }
        return -1;
    }

    bool rowVisible(int row) const
    {
        const QRect r = viewer->rowRect(row);
        return r.isValid() && r.top() >= 0 && r.bottom() <= viewer->viewport()->height();
    }
};

// Text a widget paints, and where: the gutter's line numbers, as drawn.
class PaintedText final : public QPaintDevice
{
public:
    struct Item
    {
        QPointF at; // the baseline's start, in the widget
        QString text;
    };

    explicit PaintedText(QSize size)
        : m_size(size)
    { }
    ~PaintedText() override = default;
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Item> &items() const { return m_engine.items; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDevicePixelRatioF_EncodedA:
        case PdmDevicePixelRatioF_EncodedB:
            return QPaintDevice::metric(metric);
        }
        return 0;
    }

private:
    class Recorder final : public QPaintEngine
    {
    public:
        Recorder()
            : QPaintEngine(AllFeatures)
        { }
        using QPaintEngine::drawEllipse;
        using QPaintEngine::drawLines;
        using QPaintEngine::drawPolygon;
        using QPaintEngine::drawRects;
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & DirtyTransform)
                m_transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawLines(const QLineF *, int) override { }
        void drawTextItem(const QPointF &p, const QTextItem &item) override { items.append({ m_transform.map(p), item.text() }); }
        Type type() const override { return User; }

        QList<Item> items;

    private:
        QTransform m_transform;
    };

    QSize m_size;
    mutable Recorder m_engine;
};

// The numbers the gutter paints beside each row (old and new in a diff).
QList<QStringList> gutterNumbers(const ui::CodeViewer &viewer)
{
    auto *gutter = viewer.findChild<ui::CodeViewerGutter *>();
    REQUIRE(gutter);
    PaintedText painted(gutter->size());
    gutter->render(&painted);
    QList<QStringList> byRow(viewer.viewDocument().rows.size());
    for (const PaintedText::Item &item : painted.items()) {
        for (int row = 0; row < byRow.size(); ++row) {
            const QRect rect = viewer.rowRect(row);
            if (item.at.y() >= rect.top() && item.at.y() <= rect.bottom())
                byRow[row].append(item.text);
        }
    }
    return byRow;
}

// One text block per row of the model, holding that row's text: what the
// gutter numbers and the marks are placed by.
void checkOneBlockPerRow(const ui::CodeViewer &viewer)
{
    const auto &rows = viewer.viewDocument().rows;
    REQUIRE(viewer.document()->blockCount() == rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        INFO("row " << row);
        CHECK(viewer.document()->findBlockByNumber(row).text() == rows.at(row).text);
    }
}

struct OddCharacter
{
    const char *name;
    QString text; // one or two UTF-16 units
};

const std::vector<OddCharacter> OddCharacters = {
    { "a lone carriage return", u"\r"_s },
    { "U+2028 LINE SEPARATOR", u"\u2028"_s },
    { "U+2029 PARAGRAPH SEPARATOR", u"\u2029"_s },
    { "the noncharacter U+FDD0", u"\ufdd0"_s },
    { "the noncharacter U+FDD1", u"\ufdd1"_s },
};

bool hasMarkFormat(const QList<QTextLayout::FormatRange> &formats, int start, int length)
{
    for (const auto &f : formats) {
        if (f.start == start && f.length == length && f.format.underlineStyle() != QTextCharFormat::NoUnderline)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("signal overlays are on the detected span, with a plain-English tooltip", "[ui][viewer]")
{
    ViewerWindow w(viewer::fileDocument(u"transpose.cu"_s, longCudaFile()));
    const int row = w.markRow(u"cuda.shared_staging"_s);
    REQUIRE(row == 341);
    CHECK(w.viewer->viewDocument().rows.at(row).newLine == 342);
    const viewer::SignalMark mark = w.viewer->signalMarks().at(w.viewer->marksAt(row).first());
    CHECK(w.viewer->viewDocument().rows.at(row).text.mid(mark.start, mark.length).startsWith(u"__shared__"_s));

    // Formats go on blocks as they come into view.
    REQUIRE(w.viewer->goToLine(342));
    REQUIRE(QTest::qWaitFor([&] { return hasMarkFormat(w.viewer->rowFormats(row), mark.start, mark.length); }));
    // Syntax colours are there too: a CUDA keyword on the same line.
    CHECK(w.viewer->rowFormats(row).size() > 1);
    // A row far away was never formatted: only what is seen is.
    CHECK(w.viewer->rowFormats(150).isEmpty());

    const QString tip = w.viewer->toolTipAt(row, mark.start + 1);
    CHECK(tip.contains(mark.signal->explanation.toHtmlEscaped()));
    CHECK(tip.contains(u"Memory"_s, Qt::CaseInsensitive));
    CHECK(w.viewer->toolTipAt(row, 0).isEmpty()); // the indentation is not the signal
    const QRect rect = w.viewer->rowRect(row);
    CHECK(w.viewer->gutterToolTip(rect.center().y()) == w.viewer->toolTipAt(row, -1));
}

TEST_CASE("the signal panel counts by category, filters, and scrolls the code on click", "[ui][viewer]")
{
    ViewerWindow w(viewer::fileDocument(u"transpose.cu"_s, longCudaFile()));
    REQUIRE(QTest::qWaitFor([&] { return w.window.signalPanel()->tree()->topLevelItemCount() > 0; }));
    QTreeWidget *tree = w.window.signalPanel()->tree();
    QTreeWidgetItem *target = nullptr;
    for (int t = 0; t < tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = tree->topLevelItem(t);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->text(0).contains(u"line 342"_s))
                target = top->child(c);
        }
    }
    REQUIRE(target);
    CHECK(target->parent()->text(0).contains(u"(1)"_s));
    CHECK_FALSE(w.rowVisible(341));

    tree->scrollToItem(target);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(target).center());
    CHECK(w.viewer->currentRow() == 341);
    REQUIRE(QTest::qWaitFor([&] { return w.rowVisible(341); }));

    w.window.signalPanel()->setFilterText(u"no such signal"_s);
    CHECK(target->isHidden());
    w.window.signalPanel()->setFilterText(u"shared"_s);
    CHECK_FALSE(target->isHidden());
}

TEST_CASE("Ctrl+F finds text, go to line scrolls, Ctrl+Shift+C copies with line numbers", "[ui][viewer]")
{
    ViewerWindow w(viewer::fileDocument(u"transpose.cu"_s, longCudaFile()));
    w.viewer->setFocus();
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(w.window.findBar()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return w.window.findBar()->field()->hasFocus(); }));
    QTest::keyClicks(w.window.findBar()->field(), u"tile[32]"_s);
    QTest::keyClick(w.window.findBar()->field(), Qt::Key_Return);
    CHECK(w.viewer->currentRow() == 341);
    CHECK(w.viewer->textCursor().selectedText() == u"tile[32]"_s);
    QTest::keyClicks(w.window.findBar()->field(), u"zz-not-there"_s);
    QTest::keyClick(w.window.findBar()->field(), Qt::Key_Return);
    CHECK_FALSE(w.window.findBar()->lastFound());

    REQUIRE(w.viewer->goToLine(300));
    CHECK(w.viewer->currentRow() == 299);
    REQUIRE(QTest::qWaitFor([&] { return w.rowVisible(299); }));

    // Rows 3 and 4 selected: numbered as the file numbers them.
    QTextCursor c(w.viewer->document()->findBlockByNumber(2));
    c.setPosition(w.viewer->document()->findBlockByNumber(3).position() + 3, QTextCursor::KeepAnchor);
    w.viewer->setTextCursor(c);
    w.viewer->setFocus();
    QTest::keyClick(&w.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QGuiApplication::clipboard()->text() == u"  3      out[1] = in[1] + 1.0f;\n  4      out[2] = in[2] + 1.0f;"_s);
    CHECK(w.viewer->selectedCode(false) == u"    out[1] = in[1] + 1.0f;\n    out[2] = in[2] + 1.0f;"_s);
}

TEST_CASE("a PR diff shows both line numbers, marks on added lines and comments under their line", "[ui][viewer][diff]")
{
    const QString patch = u"@@ -10,4 +10,5 @@ void copy()\n"
                          " {\n"
                          "-    float old_tile[32][32];\n"
                          "-    /* unterminated comment on the old side\n"
                          "+    __shared__ float tile[32][33];\n"
                          "+    float x = 0; // not in a comment\n"
                          "+    float y = 1;\n"
                          "     __syncthreads();\n"_s;
    const QDateTime at(QDate(2025, 5, 6), QTime(9, 0), QTimeZone::UTC);
    const viewer::ReviewNote note { 7, u"copy.cu"_s, 11,
        u"@@ -10,4 +10,5 @@\n {\n-    float old_tile[32][32];\n-    /* unterminated comment on the old side\n+    __shared__ float tile[32][33];"_s,
        u"Padding the row avoids bank conflicts."_s, u"reviewer"_s, at, {} };
    ViewerWindow w(viewer::diffDocument({ { u"copy.cu"_s, u"modified"_s, patch, 3, 2 } }, { note }));
    const auto &rows = w.viewer->viewDocument().rows;
    const int added = w.markRow(u"cuda.shared_staging"_s);
    REQUIRE(added == 5);
    CHECK(rows.at(added).kind == viewer::RowKind::Added);
    CHECK(rows.at(added).newLine == 11);
    CHECK(rows.at(added + 1).kind == viewer::RowKind::Comment);
    // The comment row is drawn right under its line.
    CHECK(w.viewer->rowRect(added + 1).top() == w.viewer->rowRect(added).bottom() + 1);
    CHECK(rows.at(added + 1).text.contains(u"reviewer"_s));

    // The old side's open comment does not grey out the new side: the added
    // line after it has a non-comment colour on "float".
    REQUIRE(QTest::qWaitFor([&] { return !w.viewer->rowFormats(added + 2).isEmpty(); }));
    bool italicComment = false;
    for (const auto &f : w.viewer->rowFormats(added + 2)) {
        if (f.start <= 4 && f.start + f.length > 4 && f.format.fontItalic())
            italicComment = true;
    }
    CHECK_FALSE(italicComment);

    CHECK(w.viewer->goToLine(12));
    CHECK(w.viewer->currentRow() == added + 2);
    // Copied with numbers: old, new (blank for a removed line), marker.
    w.viewer->setTextCursor(QTextCursor(w.viewer->document()->findBlockByNumber(3)));
    CHECK(w.viewer->selectedCode(true) == u"11    -     float old_tile[32][32];"_s);
}

TEST_CASE("theme follows the palette, and the picker switches it", "[ui][viewer]")
{
    ViewerWindow w(viewer::fileDocument(u"k.cu"_s, u"__global__ void k() {}\n"_s));
    CHECK(w.viewer->followsPalette());
    const int dark = w.window.themePicker()->findData(u"Breeze Dark"_s);
    REQUIRE(dark > 0);
    w.window.themePicker()->setCurrentIndex(dark);
    CHECK(w.viewer->themeName() == u"Breeze Dark"_s);
    CHECK(w.viewer->palette().color(QPalette::Base).lightness() < 128);
    REQUIRE(QTest::qWaitFor([&] { return w.viewer->isHighlighted(); }));
    const int size = w.viewer->font().pointSize();
    QTest::keyClick(&w.window, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(w.viewer->font().pointSize() > size);
}

TEST_CASE("very long lines and invalid UTF-8 display and highlight", "[ui][viewer][robustness]")
{
    QByteArray bytes = "__global__ void k() {\n    const char *s = \"" + QByteArray(200000, 'x') + "\";\n";
    bytes += "    // \xff\xfe broken ";
    bytes += '\0';
    bytes += " bytes\n    __shared__ float t[32];\n    __syncthreads();\n}\n";
    ViewerWindow w(viewer::fileDocument(u"k.cu"_s, viewer::decodeText(bytes)));
    CHECK(w.viewer->document()->blockCount() == 6);
    CHECK(w.markRow(u"cuda.shared_staging"_s) == 3);
    w.viewer->setWrapping(true);
    REQUIRE(QTest::qWaitFor([&] { return w.viewer->rowRect(1).height() > 3 * w.viewer->fontMetrics().height(); }));
}

TEST_CASE("evidence opens a PR at its review comment, and a file at a commit fetched on demand", "[ui][viewer][evidence]")
{
    TempWorkspace tmp;
    REQUIRE(QFile::copy(QStringLiteral(KS_DEMO_DB), tmp.path()));
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    store::Database db;
    REQUIRE(db.open(tmp.path(), store::Database::OpenMode::MustExist).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT c.id, c.html_url, c.line FROM review_comments c JOIN repos r ON r.id = c.repo_id "
                   "WHERE r.name = 'triton' AND c.pr_number = 5801 ORDER BY c.id LIMIT 1"_s));
    REQUIRE(q.next());
    const qint64 commentId = q.value(0).toLongLong();
    const QString url = u"https://github.com/triton-lang/triton/pull/5801#discussion_r%1"_s.arg(commentId);

    ui::CodeViewerWindow window;
    REQUIRE(window.openEvidence(db, url).ok());
    window.show();
    const auto &doc = window.viewer()->viewDocument();
    REQUIRE(doc.isDiff);
    const int row = window.viewer()->currentRow();
    REQUIRE(row > 0);
    CHECK(doc.rows.at(row).kind == viewer::RowKind::Comment);
    CHECK(doc.notes.at(doc.rows.at(row).note).id == commentId);
    // The comment sits right under the line it is about.
    CHECK(doc.rows.at(row - 1).newLine == q.value(2).toInt());

    // A file at a commit the workspace never fetched: fetched from (fake)
    // GitHub, then shown.
    fake::FakeGitHub github;
    REQUIRE(github.listen());
    fake::FakeRepo repo;
    repo.owner = u"triton-lang"_s;
    repo.name = u"triton"_s;
    fake::FakeCommit commit;
    commit.sha = u"feedfacefeedfacefeedfacefeedfacefeedface"_s;
    commit.message = u"x"_s;
    commit.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
    commit.paths = { u"k.cu"_s };
    repo.commits.append(commit);
    fake::FakePull pull;
    pull.number = 9;
    pull.files.append({ u"k.cu"_s, u"added"_s, 3, 0,
        u"@@ -0,0 +1,3 @@\n+__global__ void k() {\n+    __shared__ float t[32];\n+    __syncthreads();\n"_s, {} });
    repo.pulls.append(pull);
    github.addRepo(repo);
    viewer::FileFetcher fetcher(db, github.apiRoot(), "t");
    window.setFileFetcher(&fetcher);
    REQUIRE(window.openEvidence(db, u"https://github.com/triton-lang/triton/blob/%1/k.cu#L2"_s.arg(commit.sha)).ok());
    CHECK(window.viewer()->viewDocument().rows.at(0).kind == viewer::RowKind::Note); // "Fetching ..."
    REQUIRE(QTest::qWaitFor([&] { return window.viewer()->viewDocument().rows.size() == 3; }, 10000));
    CHECK(window.viewer()->currentRow() == 1);
    REQUIRE(QTest::qWaitFor([&] { return window.viewer()->isHighlighted(); }));
    CHECK(window.viewer()->marksAt(1).size() == 1);
}

TEST_CASE("an odd character in a file keeps each row one line, beside its own number", "[ui][viewer][robustness]")
{
    const OddCharacter odd = GENERATE(Catch::Generators::from_range(OddCharacters));
    INFO(odd.name);
    ViewerWindow w(viewer::fileDocument(u"k.cu"_s,
        u"__global__ void k(float *out) {\n    int a = 1;"_s + odd.text
            + u"int b = 2;\n    __shared__ float tile[32][33];\n    __syncthreads();\n}\n"_s));
    const auto &rows = w.viewer->viewDocument().rows;
    REQUIRE(rows.size() == 5);
    checkOneBlockPerRow(*w.viewer);

    // Row r starts on the r-th line of the view (so every row above it is
    // one line high), and the gutter shows r + 1 beside it.
    const QRect first = w.viewer->rowRect(0);
    const QList<QStringList> numbers = gutterNumbers(*w.viewer);
    for (int row = 0; row < rows.size(); ++row) {
        INFO("row " << row);
        CHECK(w.viewer->rowRect(row).top() == first.top() + row * first.height());
        CHECK(numbers.at(row) == QStringList { QString::number(row + 1) });
    }
    const int marked = w.markRow(u"cuda.shared_staging"_s);
    REQUIRE(marked == 2);
    const viewer::SignalMark mark = w.viewer->signalMarks().at(w.viewer->marksAt(marked).first());
    CHECK(mark.start == 4);
    CHECK(w.viewer->document()->findBlockByNumber(marked).text().mid(mark.start, mark.length).startsWith(u"__shared__"_s));
}

TEST_CASE("an odd character in a patch and its review comment keeps each row one block", "[ui][viewer][robustness][diff]")
{
    const OddCharacter odd = GENERATE(Catch::Generators::from_range(OddCharacters));
    INFO(odd.name);
    const QString patch = u"@@ -1,3 +1,5 @@ void k("_s + odd.text + u")\n __global__ void k(float *out) {\n+    int a = 1;"_s + odd.text
        + u"int b = 2;\n+    __shared__ float tile[32][33];\n     __syncthreads();\n }\n"_s;
    const QString path = u"k"_s + odd.text + u".cu"_s;
    const viewer::ReviewNote note { 1, path, 3,
        u"@@ -1,3 +1,5 @@\n __global__ void k(float *out) {\n+    int a = 1;\n+    __shared__ float tile[32][33];"_s,
        u"Padded"_s + odd.text + u"rows avoid bank conflicts."_s, u"reviewer"_s, {}, {} };
    ViewerWindow w(viewer::diffDocument({ { path, u"modified"_s, patch, 2, 0 } }, { note }));
    REQUIRE(w.viewer->viewDocument().rows.size() == 8);
    checkOneBlockPerRow(*w.viewer);
    const int marked = w.markRow(u"cuda.shared_staging"_s);
    REQUIRE(marked == 4);
    CHECK(gutterNumbers(*w.viewer).at(marked) == QStringList { u"3"_s });
    CHECK(w.viewer->rowRect(marked).height() == w.viewer->rowRect(marked - 1).height());
    // The comment is drawn right under its line.
    CHECK(w.viewer->viewDocument().rows.at(marked + 1).kind == viewer::RowKind::Comment);
    CHECK(w.viewer->rowRect(marked + 1).top() == w.viewer->rowRect(marked).bottom() + 1);
}
