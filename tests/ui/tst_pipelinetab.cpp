// SPDX-License-Identifier: MIT
// Triage in the Pipeline tab, by keyboard, on the demo workspace.
#include "activitychart.h"
#include "candidatedetailpane.h"
#include "codeviewerwindow.h"
#include "domain/clock.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "outreachtab.h"
#include "people/avatarcache.h"
#include "pipelineboard.h"
#include "pipelinefilterbar.h"
#include "pipelinetab.h"
#include "stagesdialog.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/pipelinestore.h"
#include "store/scorestore.h"
#include "support/tempworkspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <functional>
#include <optional>

using namespace ks;

namespace {

QString stageOf(store::PipelineStore &pipeline, qint64 requisition, qint64 user)
{
    const auto name = pipeline.stageName(requisition, user);
    REQUIRE(name.ok());
    return name.value();
}

// The demo open in a window, a requisition on its kernel layer, the
// Pipeline tab showing it.
struct PipelineWindow
{
    ui::MainWindow window;
    std::optional<store::PipelineStore> pipeline;
    qint64 layerId = 0;
    qint64 requisition = 0;
    ui::PipelineTab *tab = nullptr;

    explicit PipelineWindow(const QString &title)
    {
        REQUIRE(window.openDemo().ok());
        pipeline.emplace(window.session()->database());
        const auto layer = store::LayerStore(window.session()->database()).find(QStringLiteral("kernel"));
        REQUIRE(layer.ok());
        layerId = layer->id;
        const auto id = pipeline->createRequisition(title, layerId);
        REQUIRE(id.ok());
        requisition = id.value();
        tab = window.pipelineTab();
        window.tabs()->setCurrentWidget(tab);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        tab->selectRequisition(requisition);
        REQUIRE(QTest::qWaitFor([&] { return tab->model()->rowCount() > 3; }));
    }
};

template<typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// The filter has been applied and the total counted.
void settled(ui::PipelineTab *tab, const std::function<bool(const itemmodels::PipelineFilter &)> &applied)
{
    REQUIRE(QTest::qWaitFor([&] { return applied(tab->model()->filter()) && tab->model()->totalCount() >= 0; }));
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

TEST_CASE("a candidate is triaged by keyboard through three stages, noted, and undone", "[ui][pipeline]")
{
    PipelineWindow w(QStringLiteral("Triton kernel engineer, London"));
    ui::MainWindow &window = w.window;
    store::Database &db = window.session()->database();
    store::PipelineStore &pipeline = *w.pipeline;
    ui::PipelineTab *tab = w.tab;
    const auto london = Result<qint64>(w.requisition);
    const auto zurich = pipeline.createRequisition(QStringLiteral("Kernel performance lead, Zurich"), w.layerId);
    REQUIRE(zurich.ok());
    const auto layer = Result<qint64>(w.layerId);
    QTableView *table = tab->table();
    table->setCurrentIndex(tab->model()->index(0, 0));
    const qint64 first = tab->model()->userIdAt(0);
    const QString login = tab->model()->data(tab->model()->index(0, 0), itemmodels::CandidateTableModel::LoginRole).toString();
    REQUIRE(first != 0);
    CHECK(QTest::qWaitFor([&] { return tab->detail()->html().contains(login); })); // filled in after the table paints
    // The activity chart counts the same work the ranking does.
    const auto standing = store::ScoreStore(db).person(layer.value(), login);
    REQUIRE(standing.ok());
    CHECK(tab->detail()->chart()->total() > 0);
    CHECK(tab->detail()->chart()->total() <= standing->pulls + standing->commits + standing->reviews + standing->reviewComments);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_S); // shortlist
    CHECK(stageOf(pipeline, london.value(), first) == QStringLiteral("Shortlisted"));
    QTest::keyClick(table, Qt::Key_A); // next stage
    CHECK(stageOf(pipeline, london.value(), first) == QStringLiteral("Contacted"));
    QTest::keyClick(table, Qt::Key_A);
    CHECK(stageOf(pipeline, london.value(), first) == QStringLiteral("Replied"));
    REQUIRE(pipeline.history(london.value(), first)->size() == 3);

    // The same person is untouched in the other requisition.
    CHECK(stageOf(pipeline, zurich.value(), first) == QStringLiteral("Sourced"));

    // N, type, Ctrl+Enter: a note.
    QTest::keyClick(table, Qt::Key_N);
    auto *note = tab->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    REQUIRE(note);
    REQUIRE(QTest::qWaitFor([&] { return note->hasFocus(); }));
    QTest::keyClicks(note, QStringLiteral("Strong on TMA pipelines; ask about H100 tuning."));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    const auto notes = pipeline.notes(london.value(), first);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == QStringLiteral("Strong on TMA pipelines; ask about H100 tuning."));
    REQUIRE(QTest::qWaitFor([&] { return tab->detail()->html().contains(QStringLiteral("TMA pipelines")); }));

    // Undo the note, then the last move.
    QUndoStack &undo = window.session()->undoStack();
    undo.undo();
    CHECK(pipeline.notes(london.value(), first)->isEmpty());
    undo.undo();
    CHECK(stageOf(pipeline, london.value(), first) == QStringLiteral("Contacted"));
    undo.redo();
    CHECK(stageOf(pipeline, london.value(), first) == QStringLiteral("Replied"));

    // X and Z from the keyboard on the next candidate (J).
    QTest::keyClick(table, Qt::Key_J);
    const qint64 second = tab->model()->userIdAt(table->currentIndex().row());
    CHECK(second != first);
    QTest::keyClick(table, Qt::Key_Z);
    CHECK(stageOf(pipeline, london.value(), second) == QStringLiteral("Not now"));
    CHECK(pipeline.position(london.value(), second)->nextAction.isValid());
}

TEST_CASE("the board shows a column per stage; a card dropped on another column moves the person", "[ui][pipeline]")
{
    PipelineWindow w(QStringLiteral("Board test"));
    ui::MainWindow &window = w.window;
    store::PipelineStore &pipeline = *w.pipeline;
    ui::PipelineTab *tab = w.tab;
    const auto requisition = Result<qint64>(w.requisition);
    const qint64 first = tab->model()->userIdAt(0);
    const auto shortlisted = pipeline.stageForRole(QStringLiteral("shortlisted"));
    const auto contacted = pipeline.stageForRole(QStringLiteral("contacted"));
    REQUIRE(pipeline.setPosition(requisition.value(), first, { shortlisted.value(), QDate() }).ok());

    tab->showBoard(true);
    QListWidget *shortlist = tab->board()->column(shortlisted.value());
    QListWidget *sourced = tab->board()->column(1);
    QListWidget *contact = tab->board()->column(contacted.value());
    REQUIRE(shortlist);
    REQUIRE(sourced);
    REQUIRE(contact);
    REQUIRE(QTest::qWaitFor([&] { return shortlist->count() == 1; }));
    REQUIRE(QTest::qWaitFor([&] { return tab->model()->totalCount() >= 0; }));
    CHECK(sourced->count() == tab->model()->totalCount() - 1);
    CHECK(contact->count() == 0);

    // What a drop does: the card arrives in the other column.
    contact->addItem(shortlist->item(0)->clone());
    CHECK(stageOf(pipeline, requisition.value(), first) == QStringLiteral("Contacted"));
    REQUIRE(QTest::qWaitFor([&] { return contact->count() == 1 && shortlist->count() == 0; }));
    window.session()->undoStack().undo();
    CHECK(stageOf(pipeline, requisition.value(), first) == QStringLiteral("Shortlisted"));
}

TEST_CASE("bulk actions: a whole selection moves, is tagged and exports to CSV", "[ui][pipeline]")
{
    PipelineWindow w(QStringLiteral("Bulk"));
    ui::MainWindow &window = w.window;
    store::PipelineStore &pipeline = *w.pipeline;
    ui::PipelineTab *tab = w.tab;
    const auto requisition = Result<qint64>(w.requisition);
    QTableView *table = tab->table();
    table->selectionModel()->select(QItemSelection(tab->model()->index(0, 0), tab->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> chosen { tab->model()->userIdAt(0), tab->model()->userIdAt(1), tab->model()->userIdAt(2) };
    table->setFocus();
    QTest::keyClick(table, Qt::Key_X);
    for (qint64 user : chosen)
        CHECK(stageOf(pipeline, requisition.value(), user) == QStringLiteral("Not a fit"));
    window.session()->undoStack().undo(); // one step undoes the whole selection
    for (qint64 user : chosen)
        CHECK(stageOf(pipeline, requisition.value(), user) == QStringLiteral("Sourced"));

    REQUIRE(pipeline.addTag(requisition.value(), chosen, QStringLiteral("strong MLIR")).ok());
    CHECK(pipeline.tags(requisition.value(), chosen[1]).value() == QStringList { QStringLiteral("strong MLIR") });

    table->selectionModel()->select(QItemSelection(tab->model()->index(0, 0), tab->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    TempWorkspace out;
    const QString csv = out.path(QStringLiteral("picked.csv"));
    REQUIRE(tab->exportSelected(csv).ok());
    const QStringList lines = QString::fromUtf8(TempWorkspace::readAll(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("Rank,")));
    CHECK(lines[1].contains(QStringLiteral("https://github.com/")));
}

TEST_CASE("more filters narrow the table: employer in and out, country, recent activity, minimum score", "[ui][pipeline][filters]")
{
    PipelineWindow w(QStringLiteral("Filters"));
    ui::PipelineTab *tab = w.tab;
    itemmodels::CandidateTableModel *model = tab->model();
    using M = itemmodels::CandidateTableModel;
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() >= 0; }));
    const int everyone = model->totalCount();

    // A ranked person with a known employer and country, from the store itself.
    QSqlQuery q(w.window.session()->database().connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT p.company, p.country_code FROM candidate_scores s JOIN person_profiles p ON p.user_id = s.user_id "
                              "WHERE s.layer_id = %1 AND coalesce(p.company, '') <> '' AND coalesce(p.country_code, '') <> '' "
                              "AND p.excluded IS NULL ORDER BY s.score DESC LIMIT 1")
                .arg(w.layerId)));
    REQUIRE(q.next());
    const QString company = q.value(0).toString();
    const QString code = q.value(1).toString();
    q.finish();

    auto *more = child<QToolButton>(tab, "moreFilters");
    auto *companyEdit = child<QLineEdit>(tab, "companyFilter");
    auto *notCompany = child<QLineEdit>(tab, "notCompanyFilter");
    auto *country = child<QLineEdit>(tab, "countryFilter");
    auto *active = child<QSpinBox>(tab, "activeWithin");
    auto *minScore = child<QDoubleSpinBox>(tab, "minScore");
    CHECK_FALSE(country->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    CHECK(country->isVisible());

    companyEdit->setText(company.toUpper() + QStringLiteral(", "));
    settled(tab, [&](const auto &f) { return f.companies == QStringList { company.toUpper() }; });
    const int atCompany = model->totalCount();
    CHECK(atCompany >= 1);
    CHECK(atCompany < everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, M::CompanyColumn).data().toString().compare(company, Qt::CaseInsensitive) == 0);
    CHECK(plain(more->text()) == QStringLiteral("More filters (1)"));

    companyEdit->clear();
    notCompany->setText(company);
    settled(tab, [&](const auto &f) { return f.companies.isEmpty() && f.notCompanies == QStringList { company }; });
    CHECK(model->totalCount() == everyone - atCompany);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, M::CompanyColumn).data().toString().compare(company, Qt::CaseInsensitive) != 0);
    notCompany->clear();

    country->setText(code.toLower());
    settled(tab, [&](const auto &f) { return f.countries == QStringList { code } && f.notCompanies.isEmpty(); });
    CHECK(model->totalCount() >= 1);
    CHECK(model->totalCount() < everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, M::LocationColumn).data().toString().contains(code));
    country->clear();

    active->setValue(6);
    settled(tab, [&](const auto &f) { return f.activeWithinMonths == 6 && f.countries.isEmpty(); });
    const QDate since = ks::Clock::today().addMonths(-6);
    CHECK(model->totalCount() >= 3);
    CHECK(model->totalCount() < everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, M::LastActiveColumn).data().toDate() >= since.addDays(-1));
    active->setValue(0);

    // Rows are read only once the table shows everyone again.
    settled(tab, [&](const auto &f) { return f.activeWithinMonths == 0; });
    REQUIRE(model->totalCount() == everyone);
    REQUIRE(model->rowCount() > 3);
    const double third = std::floor(model->index(2, 0).data(M::ScoreRole).toDouble() * 10) / 10;
    REQUIRE(third > 0);
    minScore->setValue(third);
    settled(tab, [&](const auto &f) { return f.minScore == third; });
    CHECK(model->totalCount() >= 3);
    CHECK(model->totalCount() < everyone);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data(M::ScoreRole).toDouble() >= third);

    // Clear all: everyone again, the toggle says nothing is hidden.
    QTest::mouseClick(child<QToolButton>(tab, "clearFilters"), Qt::LeftButton);
    settled(tab, [&](const auto &f) { return f.minScore == 0; });
    CHECK(model->totalCount() == everyone);
    CHECK(plain(more->text()) == QStringLiteral("More filters"));
}

TEST_CASE("the due view lists next actions due by today, soonest first, counted on the checkbox", "[ui][pipeline][due]")
{
    PipelineWindow w(QStringLiteral("Due"));
    ui::PipelineTab *tab = w.tab;
    store::PipelineStore &pipeline = *w.pipeline;
    itemmodels::CandidateTableModel *model = tab->model();
    using M = itemmodels::CandidateTableModel;
    auto *due = child<QCheckBox>(tab, "dueView");
    CHECK(plain(due->text()) == QStringLiteral("Due"));

    const QDate today = ks::Clock::today();
    const auto contacted = pipeline.stageForRole(QStringLiteral("contacted"));
    REQUIRE(contacted.ok());
    const qint64 a = model->userIdAt(0), b = model->userIdAt(1), c = model->userIdAt(2), later = model->userIdAt(3);
    REQUIRE(pipeline.setPosition(w.requisition, a, { contacted.value(), today }).ok());
    REQUIRE(pipeline.setPosition(w.requisition, b, { contacted.value(), today.addDays(-3) }).ok());
    REQUIRE(pipeline.setPosition(w.requisition, c, { contacted.value(), today.addDays(-1) }).ok());
    REQUIRE(pipeline.setPosition(w.requisition, later, { contacted.value(), today.addDays(2) }).ok());
    REQUIRE(QTest::qWaitFor([&] { return plain(due->text()) == QStringLiteral("Due (3)"); }));

    QHeaderView *header = tab->table()->horizontalHeader();
    tab->table()->sortByColumn(M::PersonColumn, Qt::DescendingOrder);
    due->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == 3; }));
    CHECK(header->sortIndicatorSection() == M::NextActionColumn);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->userIdAt(0) == b);
    CHECK(model->userIdAt(1) == c);
    CHECK(model->userIdAt(2) == a);
    CHECK(tab->table()->currentIndex().row() == 0);

    // Done with one: the count follows the store.
    REQUIRE(pipeline.setPosition(w.requisition, b, { contacted.value(), QDate() }).ok());
    REQUIRE(QTest::qWaitFor([&] { return plain(due->text()) == QStringLiteral("Due (2)") && model->rowCount() == 2; }));

    due->setChecked(false);
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() > 3; }));
    CHECK(header->sortIndicatorSection() == M::PersonColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK_FALSE(model->filter().dueOnly);
}

TEST_CASE("the stages dialog renames and adds stages; the filter and the board show the new names", "[ui][pipeline][stages]")
{
    PipelineWindow w(QStringLiteral("Stages"));
    ui::PipelineTab *tab = w.tab;
    store::PipelineStore &pipeline = *w.pipeline;
    auto *stageFilter = child<QComboBox>(tab, "stageFilter");
    const auto shortlisted = pipeline.stageForRole(QStringLiteral("shortlisted"));
    REQUIRE(shortlisted.ok());

    // The button opens the dialog, modal over the tab.
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::StagesDialog *>(QApplication::activeModalWidget());
        opened = dialog && dialog->list()->rowCount() == 9;
        if (dialog)
            dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(tab, "editStages"), Qt::LeftButton);
    CHECK(opened);

    tab->showBoard(true);
    ui::StagesDialog dialog(pipeline, tab);
    dialog.show();
    QTableWidget *list = dialog.list();
    REQUIRE(list->rowCount() == 9);
    CHECK(list->item(1, ui::StagesDialog::NameColumn)->text() == QStringLiteral("Shortlisted"));
    CHECK(list->item(1, ui::StagesDialog::RoleColumn)->text() == ui::StagesDialog::roleLabel(QStringLiteral("shortlisted")));
    CHECK_FALSE(list->item(1, ui::StagesDialog::RoleColumn)->flags() & Qt::ItemIsEditable);

    // Edited in place, as a double-click and typing would.
    list->item(1, ui::StagesDialog::NameColumn)->setText(QStringLiteral("Longlist"));
    REQUIRE(QTest::qWaitFor([&] { return pipeline.stages()->at(1).name == QStringLiteral("Longlist"); }));
    CHECK(pipeline.stages()->at(1).role == QStringLiteral("shortlisted"));
    REQUIRE(QTest::qWaitFor([&] { return stageFilter->findText(QStringLiteral("Longlist")) >= 0; }));
    CHECK(stageFilter->findText(QStringLiteral("Shortlisted")) < 0);
    auto boardShows = [&](const QString &name) {
        for (const QLabel *label : tab->board()->findChildren<QLabel *>()) {
            if (label->text().contains(name))
                return true;
        }
        return false;
    };
    REQUIRE(QTest::qWaitFor([&] { return boardShows(QStringLiteral("Longlist")); }));
    CHECK_FALSE(boardShows(QStringLiteral("Shortlisted")));
    CHECK(tab->board()->column(shortlisted.value()));

    // A taken name or an empty one is refused beside the list; the old name stays.
    CHECK_FALSE(dialog.rename(2, QStringLiteral("Replied")));
    CHECK(dialog.errorText().contains(QStringLiteral("Replied")));
    CHECK(list->item(2, ui::StagesDialog::NameColumn)->text() == QStringLiteral("Contacted"));
    CHECK_FALSE(dialog.rename(2, QStringLiteral("   ")));
    CHECK_FALSE(dialog.errorText().isEmpty());

    // Added after "Contacted", with the custom role.
    REQUIRE(dialog.addAfter(2, QStringLiteral("Take-home")));
    CHECK(dialog.errorText().isEmpty());
    const auto stages = pipeline.stages();
    REQUIRE(stages->size() == 10);
    CHECK(stages->at(3).name == QStringLiteral("Take-home"));
    CHECK(stages->at(3).role == QStringLiteral("custom"));
    CHECK(list->currentRow() == 3);
    REQUIRE(QTest::qWaitFor([&] { return stageFilter->findText(QStringLiteral("Take-home")) == 4; })); // after "All stages"
    REQUIRE(QTest::qWaitFor([&] { return tab->board()->column(stages->at(3).id) != nullptr; }));
}

TEST_CASE("the detail pane shows tags and renders a note's Markdown, never its HTML", "[ui][pipeline][notes]")
{
    PipelineWindow w(QStringLiteral("Notes"));
    ui::PipelineTab *tab = w.tab;
    store::PipelineStore &pipeline = *w.pipeline;
    const qint64 user = tab->model()->userIdAt(1);
    REQUIRE(pipeline.addTag(w.requisition, { user }, QStringLiteral("strong <MLIR>")).ok());
    REQUIRE(pipeline
            .addNote(w.requisition, user,
                QStringLiteral("**Strong** on `TMA` pipelines\n\n<script>alert(1)</script> <b>raw</b>\n\n"
                               "- [their blog](https://example.org/blog)\n- [trap](javascript:alert(1))"))
            .ok());
    tab->table()->setCurrentIndex(tab->model()->index(1, 0));
    ui::CandidateDetailPane *detail = tab->detail();
    REQUIRE(QTest::qWaitFor([&] { return detail->html().contains(QStringLiteral("Strong")); }));

    CHECK(detail->tagsText() == QStringLiteral("strong <MLIR>"));
    const QString html = detail->html();
    CHECK(html.contains(QStringLiteral("strong &lt;MLIR&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<MLIR>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>raw</b>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));

    auto *browser = child<QTextBrowser>(detail, "candidateDetail");
    const QString text = browser->toPlainText();
    CHECK(text.contains(QStringLiteral("Strong on TMA pipelines")));
    CHECK_FALSE(text.contains(QStringLiteral("**")));
    // "Strong" is bold text, not asterisks; the list is a list.
    QTextCursor found = browser->document()->find(QStringLiteral("Strong"));
    REQUIRE_FALSE(found.isNull());
    CHECK(found.charFormat().fontWeight() == QFont::Bold);
    const QTextCursor item = browser->document()->find(QStringLiteral("their blog"));
    REQUIRE_FALSE(item.isNull());
    CHECK(item.block().textList() != nullptr);
    CHECK(item.charFormat().anchorHref() == QStringLiteral("https://example.org/blog"));

    // Only web and mail links leave the pane.
    CHECK(ui::CandidateDetailPane::isOpenable(QUrl(QStringLiteral("https://example.org/blog"))));
    CHECK(ui::CandidateDetailPane::isOpenable(QUrl(QStringLiteral("mailto:ada@example.org"))));
    CHECK_FALSE(ui::CandidateDetailPane::isOpenable(QUrl(QStringLiteral("javascript:alert(1)"))));
    CHECK_FALSE(ui::CandidateDetailPane::isOpenable(QUrl(QStringLiteral("file:///etc/passwd"))));
    CHECK_FALSE(ui::CandidateDetailPane::isOpenable(QUrl(QStringLiteral("relative/path"))));

    // The header has the person's avatar (initials: the demo is offline).
    CHECK(w.window.session()->avatars().isOffline());
    const QPixmap avatar = detail->avatar()->pixmap();
    REQUIRE_FALSE(avatar.isNull());
    CHECK(avatar.deviceIndependentSize().toSize() == QSize(ui::CandidateDetailPane::AvatarSize, ui::CandidateDetailPane::AvatarSize));
    // And so has the table's Person column.
    CHECK(tab->model()->index(1, itemmodels::CandidateTableModel::PersonColumn).data(Qt::DecorationRole).value<QImage>().isNull() == false);
}

TEST_CASE("an evidence item opens in the code viewer, and a person can be drafted for from the table", "[ui][pipeline][viewer]")
{
    PipelineWindow w(QStringLiteral("Evidence"));
    w.tab->table()->setCurrentIndex(w.tab->model()->index(0, 0));
    auto *browser = w.tab->detail()->findChild<QTextBrowser *>();
    REQUIRE(browser);
    REQUIRE(QTest::qWaitFor([&] { return browser->toHtml().contains(QStringLiteral("/pull/")); }));
    static const QRegularExpression href(QStringLiteral(R"re(href="(https://github\.com/[^"]+/pull/\d+[^"]*)")re"));
    const QString url = href.match(browser->toHtml()).captured(1);
    REQUIRE_FALSE(url.isEmpty());

    Q_EMIT browser->anchorClicked(QUrl(url));
    ui::CodeViewerWindow *viewer = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *v = qobject_cast<ui::CodeViewerWindow *>(top); v && v->isVisible())
                viewer = v;
        }
        return viewer != nullptr;
    }));
    CHECK(viewer->windowTitle().contains(QStringLiteral("#")));
    viewer->close();

    const QString login = w.tab->model()->index(0, 0).data(itemmodels::CandidateTableModel::LoginRole).toString();
    Q_EMIT w.tab->draftRequested(w.requisition, login);
    CHECK(w.window.tabs()->currentWidget() == w.window.outreachTab());
    CHECK(w.window.outreachTab()->currentLogin() == login);
}

TEST_CASE("a note whose write fails stays in the editor until it is saved", "[ui][pipeline][notes]")
{
    PipelineWindow w(QStringLiteral("Notes"));
    ui::PipelineTab *tab = w.tab;
    auto *note = tab->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    auto *add = tab->findChild<QPushButton *>(QStringLiteral("addNote"));
    REQUIRE(note);
    REQUIRE(add);
    tab->table()->setFocus();
    tab->table()->selectRow(0);
    const qint64 user = tab->model()->userIdAt(0);
    REQUIRE(QTest::qWaitFor([&] {
        return tab->detail()->html().contains(tab->model()->index(0, 0).data(itemmodels::CandidateTableModel::LoginRole).toString());
    }));
    const QString text = QStringLiteral("Ask about the persistent-kernel rewrite.");
    note->setPlainText(text);
    {
        // Another program holds the write lock: the write fails as busy.
        store::Database other;
        REQUIRE(other.open(w.window.session()->database().path()).ok());
        QSqlQuery hold(other.connection());
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QTest::mouseClick(add, Qt::LeftButton);
        CHECK(w.pipeline->notes(w.requisition, user)->isEmpty());
        CHECK(note->toPlainText() == text); // not lost
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    }
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return w.pipeline->notes(w.requisition, user)->size() == 1; }));
    CHECK(note->toPlainText().isEmpty());
}
