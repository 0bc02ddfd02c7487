// SPDX-License-Identifier: MIT
// Triage in the Pipeline tab, by keyboard, on the demo workspace.
#include "candidatedetailpane.h"
#include "activitychart.h"
#include "itemmodels/candidatetablemodel.h"
#include "mainwindow.h"
#include "pipelineboard.h"
#include "pipelinetab.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/pipelinestore.h"
#include "store/scorestore.h"
#include "support/tempworkspace.h"
#include "workspacesession.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QItemSelectionModel>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace ks;

namespace {

QString stageOf(store::PipelineStore &pipeline, qint64 requisition, qint64 user)
{
    const auto position = pipeline.position(requisition, user);
    REQUIRE(position.ok());
    const auto stages = pipeline.stages();
    REQUIRE(stages.ok());
    for (const store::Stage &s : stages.value()) {
        if (s.id == position->stageId)
            return s.name;
    }
    return {};
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
    REQUIRE(pipeline.setPosition(requisition.value(), first, {shortlisted.value(), QDate()}).ok());

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
    const QList<qint64> chosen{tab->model()->userIdAt(0), tab->model()->userIdAt(1), tab->model()->userIdAt(2)};
    table->setFocus();
    QTest::keyClick(table, Qt::Key_X);
    for (qint64 user : chosen)
        CHECK(stageOf(pipeline, requisition.value(), user) == QStringLiteral("Not a fit"));
    window.session()->undoStack().undo(); // one step undoes the whole selection
    for (qint64 user : chosen)
        CHECK(stageOf(pipeline, requisition.value(), user) == QStringLiteral("Sourced"));

    REQUIRE(pipeline.addTag(requisition.value(), chosen, QStringLiteral("strong MLIR")).ok());
    CHECK(pipeline.tags(requisition.value(), chosen[1]).value() == QStringList{QStringLiteral("strong MLIR")});

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
