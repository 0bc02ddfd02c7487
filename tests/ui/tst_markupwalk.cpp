// SPDX-License-Identifier: MIT
// Untrusted text stays text: a copy of the demo with "<b>KSX</b>" in every
// text column of network or user data is opened in the window, and at every
// step (each tab with its first rows selected, the board, the sync panel, a
// draft, the code viewer, each dialog) no label, tooltip or item tooltip
// would render it as markup.
#include "candidatedetailpane.h"
#include "codeviewer.h"
#include "codeviewerwindow.h"
#include "fakegithub.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "outreachtab.h"
#include "pipelinetab.h"
#include "store/database.h"
#include "store/tokenstore.h"
#include "support/tempworkspace.h"
#include "viewer/filefetcher.h"
#include "welcomedialog.h"
#include "workspacesession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <utility>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

const QString Marker = u"<b>KSX</b>"_s;
const QString LiveMarker = u"<b>KSX"_s; // not escaped: markup if rendered rich

// Left as they are: keys, enums, dates, hashes, JSON and other columns the
// app parses, so the copy still opens and joins still match. And the repos
// table: its rows are only what a layer's repo map accepted (OWNER/NAME of
// [A-Za-z0-9._-], validation::parseRepo), and evidence URLs are looked up
// by them.
bool isParsed(const QString &table, const QString &column)
{
    static const QStringList tables = { u"workspace_meta"_s, u"sync_runs"_s, u"sync_walks"_s, u"http_etags"_s, u"layer_contributions"_s,
        u"layer_contribution_state"_s, u"contribution_changes"_s, u"commit_prefixes"_s, u"redactions"_s, u"redacted_paths"_s,
        u"suppressions"_s, u"layer_weights"_s, u"layer_forums"_s };
    if (table == u"repos"_s)
        return true;
    static const QStringList columns = { u"slug"_s, u"sha"_s, u"merge_commit_sha"_s, u"ref"_s, u"default_branch"_s, u"status"_s, u"state"_s,
        u"type"_s, u"kind"_s, u"role"_s, u"list"_s, u"part"_s, u"signal_id"_s, u"category"_s, u"source_kind"_s, u"country_code"_s,
        u"region"_s, u"location_source"_s, u"company_source"_s, u"inputs_key"_s, u"parts"_s, u"top_signals"_s, u"template_name"_s,
        u"purpose"_s, u"last_active"_s, u"first_contribution"_s, u"as_of"_s };
    return tables.contains(table) || table.startsWith(u"search_"_s) || table.startsWith(u"sqlite_"_s) || columns.contains(column)
        || column.endsWith(u"_at"_s) || column.endsWith(u"_hash"_s);
}

// URLs get the marker in their fragment, so they still name the same page.
bool isUrl(const QString &column)
{
    return column.endsWith(u"url"_s);
}

// Appends the marker to every non-empty value of every other TEXT column.
int markEveryTextColumn(const QString &path)
{
    store::Database db;
    REQUIRE(db.open(path, store::Database::OpenMode::MustExist).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    int marked = 0;
    for (const QString &table : std::as_const(tables)) {
        REQUIRE(q.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table)));
        QStringList columns;
        while (q.next()) {
            const QString column = q.value(1).toString();
            if (q.value(2).toString().compare(u"TEXT"_s, Qt::CaseInsensitive) == 0 && !isParsed(table, column))
                columns.append(column);
        }
        for (const QString &column : std::as_const(columns)) {
            INFO(table.toStdString() << "." << column.toStdString());
            REQUIRE(q.prepare(u"UPDATE \"%1\" SET \"%2\" = \"%2\" || ?1 WHERE \"%2\" <> ''"_s.arg(table, column)));
            q.addBindValue(isUrl(column) ? u"#"_s + Marker : Marker);
            REQUIRE(q.exec());
            marked += q.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return marked;
}

bool rendersRich(const QString &text, Qt::TextFormat format)
{
    return format == Qt::RichText || format == Qt::MarkdownText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Walks every widget; collects each place that would render the marker as
// markup. Button, group box, tab and window titles are left out: Qt draws
// them as plain text whatever they hold. Item texts (DisplayRole) too: no
// delegate here renders markup.
class MarkupWalk
{
public:
    QStringList offences;
    int seen = 0; // texts holding the marker, escaped or not: proof it arrived

    void walk(const QString &step)
    {
        for (QWidget *w : QApplication::allWidgets()) {
            checkTip(step, w, u"tooltip"_s, w->toolTip());
            checkTip(step, w, u"what's this"_s, w->whatsThis());
            // A menu shows its actions' tooltips only when told to; a tool
            // button's is its own toolTip().
            if (auto *menu = qobject_cast<QMenu *>(w); menu && menu->toolTipsVisible()) {
                for (const QAction *a : menu->actions())
                    checkTip(step, w, u"action tooltip"_s, a->toolTip());
            }
            if (auto *label = qobject_cast<QLabel *>(w)) {
                count(label->text());
                if (label->text().contains(LiveMarker) && rendersRich(label->text(), label->textFormat()))
                    report(step, w, u"label"_s, label->text());
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    checkTip(step, w, u"tab tooltip"_s, tabs->tabToolTip(i));
            } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
                // Shown as it was sent when every "KSX" still has its tag.
                const QString shown = edit->toPlainText();
                count(shown);
                if (shown.count(u"KSX"_s) != shown.count(LiveMarker))
                    report(step, w, u"rich text"_s, shown.left(400));
            } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->isVisible()) {
                checkModel(step, w, combo->model(), combo->modelColumn());
            } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->isVisible() && header->model()) {
                for (int s = 0; s < header->count(); ++s)
                    checkTip(
                        step, w, u"header tooltip"_s, header->model()->headerData(s, header->orientation(), Qt::ToolTipRole).toString());
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->isVisible() && view->model()) {
                checkModel(step, w, view->model(), -1);
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
                count(plain->toPlainText());
            }
        }
    }

private:
    void count(const QString &text) { seen += text.contains(u"KSX"_s) ? 1 : 0; }

    void checkTip(const QString &step, const QWidget *w, const QString &what, const QString &tip)
    {
        count(tip);
        if (tip.contains(LiveMarker) && Qt::mightBeRichText(tip))
            report(step, w, what, tip);
    }

    void checkModel(const QString &step, const QWidget *w, const QAbstractItemModel *model, int onlyColumn, const QModelIndex &parent = {},
        int depth = 0)
    {
        const int rows = std::min(model->rowCount(parent), 300);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                if (onlyColumn >= 0 && column != onlyColumn)
                    continue;
                const QModelIndex index = model->index(row, column, parent);
                count(index.data(Qt::DisplayRole).toString());
                for (const auto &[role, name] :
                    { std::pair { Qt::ToolTipRole, "tooltip" }, std::pair { Qt::WhatsThisRole, "what's this" } }) {
                    const QString text = index.data(role).toString();
                    count(text);
                    if (text.contains(LiveMarker) && Qt::mightBeRichText(text))
                        report(step, w, u"item (%1, %2) %3"_s.arg(row).arg(column).arg(QLatin1StringView(name)), text);
                }
                if (depth < 3 && column == 0 && model->hasChildren(index))
                    checkModel(step, w, model, onlyColumn, index, depth + 1);
            }
        }
    }

    void report(const QString &step, const QWidget *w, const QString &what, const QString &text)
    {
        QStringList chain;
        for (const QObject *o = w; o; o = o->parent())
            chain.append(u"%1 \"%2\""_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
        const QString line = u"[%1] %2 of %3: %4"_s.arg(step, what, chain.join(u" < "_s), text.left(300));
        if (!offences.contains(line))
            offences.append(line);
    }
};

// Lets queued work (row selections, detail panes, highlighting) land.
void settle()
{
    QTest::qWait(60);
}

void selectFirstRows()
{
    for (QWidget *w : QApplication::allWidgets()) {
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (!view || !view->isVisible() || !view->model() || view->window()->windowType() == Qt::Popup || qobject_cast<QHeaderView *>(view)
            || view->model()->rowCount() == 0)
            continue;
        view->setCurrentIndex(view->model()->index(0, 0));
    }
    settle();
}

// Calls `visit` with the first widget `find` returns, once one shows up
// while `open` runs (a dialog's or a menu's own event loop). No REQUIRE in
// `visit`: it would throw through that loop.
template<typename Find, typename Visit> bool whileOpen(const std::function<void()> &open, Find find, Visit visit)
{
    QObject guard; // ends the polling when this returns
    bool visited = false;
    std::function<void()> poll = [&] {
        if (auto *widget = find()) {
            visited = true;
            visit(widget);
        } else {
            QTimer::singleShot(10, &guard, poll);
        }
    };
    QTimer::singleShot(0, &guard, poll);
    open();
    return visited;
}

// A modal dialog opened by `open`, walked while it shows, then rejected.
void visitModal(MarkupWalk &walk, const QString &step, const std::function<void()> &open)
{
    const auto modal = [] { return qobject_cast<QDialog *>(QApplication::activeModalWidget()); };
    CHECK(whileOpen(open, modal, [&](QDialog *dialog) {
        selectFirstRows();
        walk.walk(step);
        dialog->reject();
    }));
}

// A copy of the demo with the marker in every text column, open in the
// window as the demo is: no avatars fetched, no retention check, no sync.
struct MarkedWindow
{
    TempWorkspace tmp;
    store::MemoryTokenStore tokens;
    ui::MainWindow window;
    MarkupWalk walk;

    MarkedWindow()
    {
        qputenv("KERNELSCOUT_OFFLINE", "1");
        REQUIRE(QFile::copy(QStringLiteral(KS_DEMO_DB), tmp.path()));
        QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        REQUIRE(markEveryTextColumn(tmp.path()) > 40);
        window.setTokenStore(&tokens);
        REQUIRE(window.openWorkspace(tmp.path(), true).ok());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    store::Database &db() const { return window.session()->database(); }

    // With the first candidate's detail filled in.
    ui::PipelineTab *showPipeline()
    {
        ui::PipelineTab *pipeline = window.pipelineTab();
        window.tabs()->setCurrentWidget(pipeline);
        REQUIRE(QTest::qWaitFor([&] { return pipeline->model()->rowCount() > 0; }));
        selectFirstRows();
        CHECK(QTest::qWaitFor([&] { return pipeline->detail()->html().contains(u"KSX"_s); }));
        return pipeline;
    }

    void checkClean(int seenAtLeast) const
    {
        CHECK(walk.seen >= seenAtLeast);
        INFO(walk.offences.size() << " places render network text as markup:\n" << walk.offences.join(u'\n').toStdString());
        CHECK(walk.offences.isEmpty());
    }
};

} // namespace

TEST_CASE("no tab, pane or dialog renders network text as markup", "[ui][markup]")
{
    MarkedWindow w;
    for (int i = 0; i < w.window.tabs()->count(); ++i) {
        w.window.tabs()->setCurrentIndex(i);
        settle();
        selectFirstRows();
        w.walk.walk(w.window.tabs()->tabText(i).remove(u'&'));
    }

    ui::PipelineTab *pipeline = w.showPipeline();
    w.walk.walk(u"pipeline, first candidate"_s);
    // Excluded people carry the reason in their row's tooltip.
    QCheckBox *excluded = nullptr;
    for (QCheckBox *box : pipeline->findChildren<QCheckBox *>())
        excluded = box->text().contains(u"xcluded"_s) ? box : excluded;
    REQUIRE(excluded);
    const int shown = pipeline->model()->rowCount();
    excluded->setChecked(true);
    CHECK(QTest::qWaitFor([&] { return pipeline->model()->rowCount() > shown; }));
    settle();
    w.walk.walk(u"pipeline, excluded people shown"_s);
    excluded->setChecked(false);
    pipeline->showBoard(true);
    settle();
    selectFirstRows();
    w.walk.walk(u"pipeline board"_s);
    pipeline->showBoard(false);
    visitModal(w.walk, u"stages dialog"_s, [&] { pipeline->editStages(); });

    auto *dock = w.window.findChild<QDockWidget *>(u"syncDock"_s);
    REQUIRE(dock);
    dock->show();
    settle();
    w.walk.walk(u"sync panel"_s);
    dock->hide();

    QSqlQuery q(w.db().connection());
    REQUIRE(q.exec(u"SELECT p.requisition_id, u.login FROM pipeline_entries p JOIN github_users u ON u.id = p.user_id "
                   "ORDER BY p.requisition_id, u.id LIMIT 1"_s));
    REQUIRE(q.next());
    ui::OutreachTab *outreach = w.window.outreachTab();
    w.window.tabs()->setCurrentWidget(outreach);
    outreach->openFor(q.value(0).toLongLong(), q.value(1).toString());
    CHECK(QTest::qWaitFor([&] { return outreach->body()->toPlainText().contains(u"KSX"_s); }));
    settle();
    w.walk.walk(u"outreach draft"_s);
    auto *editTemplates = w.window.findChild<QPushButton *>(u"editTemplates"_s);
    REQUIRE(editTemplates);
    visitModal(w.walk, u"templates dialog"_s, [&] { QTest::mouseClick(editTemplates, Qt::LeftButton); });

    visitModal(w.walk, u"settings dialog"_s, [&] { w.window.showSettings(); });
    visitModal(w.walk, u"privacy dialog"_s, [&] { w.window.showPrivacy(); });
    {
        // The default path is in the user's documents folder, named anything.
        ui::WelcomeDialog welcome(w.tmp.dir() + u"/"_s + Marker + u".kernelscout"_s);
        welcome.show();
        settle();
        w.walk.walk(u"welcome dialog"_s);
        welcome.reject();
    }
    w.checkClean(500);
}

TEST_CASE("the code viewer shows file names, patches and comments as text", "[ui][markup][viewer]")
{
    MarkedWindow w;
    store::Database &db = w.db();
    // A review comment's PR, opened as evidence opens it (the demo has no
    // fetcher; checked first, so a failure cannot hand the URL to a browser).
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT c.html_url, c.path, c.line FROM review_comments c "
                   "JOIN pull_requests p ON p.repo_id = c.repo_id AND p.number = c.pr_number ORDER BY c.id LIMIT 1"_s));
    REQUIRE(q.next());
    REQUIRE(ui::CodeViewerWindow().openEvidence(db, q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()).ok());
    w.window.openEvidence(q.value(0).toString(), q.value(1).toString(), q.value(2).toInt());
    {
        QPointer viewer = w.window.findChild<ui::CodeViewerWindow *>();
        REQUIRE(viewer);
        REQUIRE(QTest::qWaitFor([&] { return viewer->viewer()->isHighlighted(); }, 10000));
        CHECK(viewer->viewer()->toPlainText().contains(u"KSX"_s));
        settle();
        selectFirstRows();
        w.walk.walk(u"code viewer, a PR"_s);
        viewer->close();
        REQUIRE(QTest::qWaitFor([&] { return viewer.isNull(); }));
    }

    // A file at a commit the workspace never fetched, named by its evidence:
    // the viewer says what it fetches (here from a fake GitHub without it).
    REQUIRE(q.exec(u"SELECT r.owner, r.name, f.filename FROM pr_files f JOIN pull_requests p ON p.id = f.pr_id "
                   "JOIN repos r ON r.id = p.repo_id ORDER BY f.pr_id LIMIT 1"_s));
    REQUIRE(q.next());
    fake::FakeGitHub github;
    REQUIRE(github.listen());
    viewer::FileFetcher fetcher(db, github.apiRoot(), "t");
    ui::CodeViewerWindow viewer(&w.window);
    viewer.setWindowFlag(Qt::Window);
    viewer.setFileFetcher(&fetcher);
    QSignalSpy fetched(&fetcher, &viewer::FileFetcher::fetched);
    QSignalSpy failed(&fetcher, &viewer::FileFetcher::fetchFailed);
    const QString url
        = u"https://github.com/%1/%2/commit/feedfacefeedfacefeedfacefeedfacefeedface"_s.arg(q.value(0).toString(), q.value(1).toString());
    REQUIRE(viewer.openEvidence(db, url, q.value(2).toString(), 3).ok());
    viewer.show();
    // At once: the status line says so only until highlighting is done.
    w.walk.walk(u"code viewer, fetching a file"_s);
    CHECK(QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 10000));
    w.walk.walk(u"code viewer, a file GitHub does not have"_s);
    w.checkClean(20);
}

TEST_CASE("asking to forget a candidate names them as text", "[ui][markup][privacy]")
{
    MarkedWindow w;
    ui::PipelineTab *pipeline = w.showPipeline();
    // The table's context menu, then the question its Forget asks (cancelled).
    const QModelIndex first = pipeline->table()->model()->index(0, 1);
    const auto popup = [] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); };
    bool offered = false;
    CHECK(whileOpen([&] { Q_EMIT pipeline->table()->customContextMenuRequested(pipeline->table()->visualRect(first).center()); }, popup,
        [&](QMenu *menu) {
            w.walk.walk(u"pipeline context menu"_s);
            QAction *forget = nullptr;
            for (QAction *a : menu->actions())
                forget = a->text().startsWith(u"Forget"_s) ? a : forget;
            offered = forget != nullptr;
            if (forget)
                visitModal(w.walk, u"forget question"_s, [&] { forget->trigger(); });
            menu->close();
        }));
    CHECK(offered);
    w.checkClean(10);
}
