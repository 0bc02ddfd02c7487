// SPDX-License-Identifier: MIT
#include "pipelinetab.h"

#include "candidatedetailpane.h"
#include "domain/clock.h"
#include "domain/csvwriter.h"
#include "domain/privatefiles.h"
#include "emptystatepage.h"
#include "forgetrunner.h"
#include "itemmodels/candidatetablemodel.h"
#include "people/avatarcache.h"
#include "pipelineboard.h"
#include "pipelinefilterbar.h"
#include "pipelinescoredelegate.h"
#include "privacy/subjectreport.h"
#include "stagesdialog.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/triagecommand.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ks::ui {

PipelineTab::PipelineTab(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_requisitions(new QComboBox(this))
    , m_filters(new PipelineFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new CandidateDetailPane(this))
    , m_board(new PipelineBoard(this))
    , m_views(new QStackedWidget(this))
    , m_detailDelay(new QTimer(this))
{
    // The detail pane follows the selection a moment later: the table paints
    // first, and J held down skips through people without loading each.
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(40);
    connect(m_detailDelay, &QTimer::timeout, this, &PipelineTab::showDetail);
    m_requisitions->setObjectName(QStringLiteral("requisitions"));
    m_table->setObjectName(QStringLiteral("candidateTable"));

    // No requisition yet: say what this tab is for and offer to start one.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(new EmptyStatePage(tr("No requisitions yet"),
                               tr("A requisition is an open role, tied to the layer it hires for. Its ranked "
                                  "candidates are triaged here: shortlisted, contacted, snoozed, with notes."),
                               empty),
        1);
    auto *create = new QPushButton(tr("&New requisition…"), empty);
    emptyLayout->addWidget(create, 0, Qt::AlignHCenter);
    connect(create, &QPushButton::clicked, this, &PipelineTab::newRequisition);

    auto *work = new QWidget(this);
    auto *newButton = new QPushButton(tr("New…"), work);
    auto *renameButton = new QPushButton(tr("Rename…"), work);
    auto *closeButton = new QPushButton(tr("Close / reopen"), work);
    auto *stagesButton = new QPushButton(tr("Sta&ges…"), work);
    stagesButton->setObjectName(QStringLiteral("editStages"));
    stagesButton->setToolTip(tr("Rename the pipeline's stages or add your own"));
    connect(stagesButton, &QPushButton::clicked, this, &PipelineTab::editStages);
    auto *boardButton = new QPushButton(tr("&Board"), work);
    boardButton->setObjectName(QStringLiteral("boardToggle"));
    boardButton->setCheckable(true);
    connect(boardButton, &QPushButton::toggled, this, &PipelineTab::showBoard);
    connect(newButton, &QPushButton::clicked, this, &PipelineTab::newRequisition);
    connect(renameButton, &QPushButton::clicked, this, &PipelineTab::renameRequisition);
    connect(closeButton, &QPushButton::clicked, this, &PipelineTab::toggleRequisitionOpen);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Requisition:"), work));
    top->addWidget(m_requisitions, 1);
    top->addWidget(newButton);
    top->addWidget(renameButton);
    top->addWidget(closeButton);
    top->addWidget(stagesButton);
    top->addWidget(boardButton);
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_requisitions);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(itemmodels::CandidateTableModel::ScoreColumn,
        new PipelineScoreDelegate(itemmodels::CandidateTableModel::ScoreFractionRole, m_table));
    connect(m_table, &QTableView::customContextMenuRequested, this, &PipelineTab::showContextMenu);
    auto *split = new QSplitter(Qt::Horizontal, work);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 760, 340 });
    auto *workLayout = new QVBoxLayout(work);
    workLayout->addLayout(top);
    workLayout->addWidget(m_filters);
    m_views->addWidget(split);
    m_views->addWidget(m_board);
    workLayout->addWidget(m_views, 1);
    connect(m_board, &PipelineBoard::failed, this, &PipelineTab::statusMessage);
    connect(m_board, &PipelineBoard::moveRequested, this,
        [this](qint64 user, qint64 stage, const QString &name) { moveTo({ user }, stage, QDate(), name); });
    m_pages->addWidget(empty);
    m_pages->addWidget(work);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Triage from the keyboard while the table has focus.
    auto key = [this](const QString &text, const QKeySequence &keys, auto &&slot) {
        auto *action = new QAction(text, m_table);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    key(tr("Shortlist"), QKeySequence(Qt::Key_S), [this] { moveSelected(QStringLiteral("shortlisted")); });
    key(tr("Contacted"), QKeySequence(Qt::Key_C), [this] { moveSelected(QStringLiteral("contacted")); });
    key(tr("Not a fit"), QKeySequence(Qt::Key_X), [this] { moveSelected(QStringLiteral("not_a_fit")); });
    key(tr("Snooze two weeks"), QKeySequence(Qt::Key_Z), [this] { moveSelected(QStringLiteral("not_now"), 14); });
    key(tr("Next stage"), QKeySequence(Qt::Key_A), [this] { advanceSelected(); });
    key(tr("Add a note"), QKeySequence(Qt::Key_N), [this] { m_detail->focusNote(); });
    key(tr("Next candidate"), QKeySequence(Qt::Key_J), [this] { step(1); });
    key(tr("Previous candidate"), QKeySequence(Qt::Key_K), [this] { step(-1); });

    connect(m_filters, &PipelineFilterBar::changed, this, &PipelineTab::applyFilter);
    connect(m_filters, &PipelineFilterBar::dueViewToggled, this, &PipelineTab::setDueView);
    connect(m_filters, &PipelineFilterBar::statusMessage, this, &PipelineTab::statusMessage);
    connect(m_requisitions, &QComboBox::currentIndexChanged, this, &PipelineTab::applyFilter);
    connect(m_detail, &CandidateDetailPane::evidenceRequested, this, &PipelineTab::evidenceRequested);
    connect(m_detail, &CandidateDetailPane::addNoteRequested, this, [this](qint64 user, const QString &body) {
        if (!m_session)
            return;
        const Status s = store::TriageCommand::addNote(
            m_session->undoStack(), *m_pipeline, currentRequisition(), user, body, [this](const QString &e) { Q_EMIT statusMessage(e); });
        Q_EMIT statusMessage(s ? tr("Note added.") : s.error());
        if (s)
            m_detail->noteSaved(user, body);
        m_table->setFocus(); // back to triage
    });
}

void PipelineTab::setSession(std::shared_ptr<WorkspaceSession> session)
{
    m_session = std::move(session);
    m_detail->setSession(m_session);
    delete m_model;
    m_model = nullptr;
    m_pipeline.reset();
    if (!m_session)
        return;
    m_pipeline = std::make_unique<store::PipelineStore>(m_session->database());
    m_model = new itemmodels::CandidateTableModel(m_session->database(), this);
    // Avatars fill the row's height less a little air; they come from memory
    // or as initials at once, so painting never waits on disk or network.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_model->setAvatarCache(&m_session->avatars(), std::max(12, rowHeight - 6));
    m_table->setModel(m_model);
    // The model starts in rank order; show that without asking it to re-sort
    // (a query with no requisition yet).
    {
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(itemmodels::CandidateTableModel::RankColumn, Qt::AscendingOrder);
    }
    // Widths for what each column holds, tight enough that stage and next
    // action stay in view beside the detail pane; the sourcer can drag them.
    using M = itemmodels::CandidateTableModel;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int unit = metrics.averageCharWidth();
    const int date = metrics.horizontalAdvance(m_table->locale().toString(QDate(2026, 12, 30), QLocale::ShortFormat)) + 14;
    const QList<QPair<int, int>> widths = { { M::RankColumn, metrics.horizontalAdvance(tr("Rank")) + 24 },
        { M::PersonColumn, 20 * unit + m_table->verticalHeader()->defaultSectionSize() }, { M::ScoreColumn, 7 * unit + 8 },
        { M::SignalsColumn, 14 * unit + 12 }, { M::WorksOnColumn, 18 * unit + 12 }, { M::LastActiveColumn, date },
        { M::LocationColumn, 9 * unit + 12 }, { M::CompanyColumn, 13 * unit + 12 }, { M::StageColumn, 10 * unit + 12 },
        { M::NextActionColumn, date } };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // Where someone stands decides the next keystroke: stage and next action
    // sit beside the score rather than past the horizontal scroll.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(M::StageColumn), header->visualIndex(M::ScoreColumn) + 1);
    header->moveSection(header->visualIndex(M::NextActionColumn), header->visualIndex(M::StageColumn) + 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelineTab::showCurrent);
    connect(m_model, &itemmodels::CandidateTableModel::totalCountChanged, this,
        [this](int n) { m_filters->setCountText(n < 0 ? tr("Counting…") : tr("%n candidate(s)", nullptr, n)); });
    // Writes from here, the sync worker or another process: re-query.
    connect(&m_session->database(), &store::Database::changed, this, [this] {
        const bool stagesChanged = reloadStages();
        if (reloadRequisitions()) {
            applyFilter(); // another requisition is shown: a new query, not a refresh
        } else {
            refreshKeepingSelection();
            refreshDueCount();
        }
        if (m_views->currentWidget() == m_board) {
            if (stagesChanged)
                m_board->load(&m_session->database(), currentRequisition(), m_stages); // new columns or titles
            else
                m_board->reload();
        }
    });
    m_stages.clear();
    reloadStages();
    reloadRequisitions();
    applyFilter();
}

bool PipelineTab::reloadStages()
{
    if (!m_pipeline)
        return false;
    const auto stages = m_pipeline->stages();
    if (!stages) {
        Q_EMIT statusMessage(stages.error());
        return false;
    }
    if (stages.value() == m_stages)
        return false;
    m_stages = stages.value();
    m_filters->setStages(m_stages);
    return true;
}

void PipelineTab::refreshDueCount()
{
    if (!m_model)
        return;
    const auto due = m_model->dueCount();
    m_filters->setDueCount(due ? due.value() : -1);
}

void PipelineTab::setDueView(bool due)
{
    if (!m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    // Each step queries the small set of due people: narrow before sorting
    // by date, and restore the sort before widening again.
    if (due) {
        m_sortBeforeDue = { header->sortIndicatorSection(), header->sortIndicatorOrder() };
        applyFilter();
        m_table->sortByColumn(itemmodels::CandidateTableModel::NextActionColumn, Qt::AscendingOrder);
    } else {
        m_table->sortByColumn(m_sortBeforeDue.first, m_sortBeforeDue.second);
        applyFilter();
    }
    selectFirst();
}

void PipelineTab::editStages()
{
    if (!m_pipeline)
        return;
    StagesDialog dialog(*m_pipeline, this);
    dialog.exec();
    // The store's change signal has refreshed what it could; the board's
    // titles and columns follow the new stages as well.
    if (reloadStages() && m_views->currentWidget() == m_board)
        m_board->load(&m_session->database(), currentRequisition(), m_stages);
    refreshKeepingSelection();
}

qint64 PipelineTab::currentRequisition() const
{
    return m_requisitions->currentData().toLongLong();
}

void PipelineTab::selectRequisition(qint64 id)
{
    const int index = m_requisitions->findData(id);
    if (index >= 0)
        m_requisitions->setCurrentIndex(index);
}

bool PipelineTab::reloadRequisitions()
{
    if (!m_pipeline)
        return false;
    const auto list = m_pipeline->requisitions();
    if (!list) {
        Q_EMIT statusMessage(list.error());
        return false;
    }
    const qint64 current = currentRequisition();
    m_requisitionList = list.value();
    m_requisitions->blockSignals(true);
    m_requisitions->clear();
    for (const store::Requisition &r : std::as_const(m_requisitionList))
        m_requisitions->addItem(
            r.open ? QStringLiteral("%1 — %2").arg(r.title, r.layerName) : tr("%1 — %2 (closed)").arg(r.title, r.layerName), r.id);
    const int keep = m_requisitions->findData(current);
    m_requisitions->setCurrentIndex(keep >= 0 ? keep : 0);
    m_requisitions->blockSignals(false);
    m_pages->setCurrentIndex(m_requisitionList.isEmpty() ? 0 : 1);
    return currentRequisition() != current;
}

void PipelineTab::applyFilter()
{
    if (!m_model)
        return;
    itemmodels::PipelineFilter f = m_model->filter();
    f.requisitionId = currentRequisition();
    m_filters->fill(f);
    m_model->setFilter(f);
    if (m_views->currentWidget() == m_board)
        m_board->load(&m_session->database(), f.requisitionId, m_stages);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    refreshDueCount();
    selectFirst();
}

void PipelineTab::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        m_detail->show(currentRequisition(), 0, 0);
}

void PipelineTab::showBoard(bool board)
{
    m_views->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_views->widget(0));
    if (board && m_session)
        m_board->load(&m_session->database(), currentRequisition(), m_stages);
}

void PipelineTab::refreshKeepingSelection()
{
    if (!m_model)
        return;
    const int row = m_table->currentIndex().row();
    const qint64 user = m_model->userIdAt(row);
    m_model->refresh();
    int again = m_model->rowOfUser(user);
    if (again < 0)
        again = std::min(row, m_model->rowCount() - 1);
    if (again >= 0)
        m_table->setCurrentIndex(m_model->index(again, 0));
    showCurrent();
}

void PipelineTab::showCurrent()
{
    // The person's details come after the table has painted: selecting
    // (or J/K through rows) never waits on the detail pane.
    m_detailDelay->start();
}

void PipelineTab::showDetail()
{
    const qint64 requisition = currentRequisition();
    qint64 layer = 0;
    for (const store::Requisition &r : std::as_const(m_requisitionList)) {
        if (r.id == requisition)
            layer = r.layerId;
    }
    m_detail->show(requisition, layer, m_model ? m_model->userIdAt(m_table->currentIndex().row()) : 0);
}

QList<qint64> PipelineTab::selectedUsers() const
{
    QList<qint64> users;
    if (!m_model)
        return users;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        users.append(m_model->userIdAt(index.row()));
    if (users.isEmpty() && m_table->currentIndex().isValid())
        users.append(m_model->userIdAt(m_table->currentIndex().row()));
    users.removeAll(0);
    return users;
}

void PipelineTab::moveSelected(const QString &stageRole, int snoozeDays)
{
    if (!m_pipeline)
        return;
    const auto stage = m_pipeline->stageForRole(stageRole);
    if (!stage)
        return Q_EMIT statusMessage(stage.error());
    QString name;
    for (const store::Stage &s : std::as_const(m_stages)) {
        if (s.id == stage.value())
            name = s.name;
    }
    const QDate next = snoozeDays > 0 ? ks::Clock::today().addDays(snoozeDays) : QDate();
    moveTo(selectedUsers(), stage.value(), next, snoozeDays > 0 ? tr("%1 until %2").arg(name, next.toString(Qt::ISODate)) : name);
}

void PipelineTab::advanceSelected()
{
    const QList<qint64> users = selectedUsers();
    if (users.isEmpty() || !m_pipeline)
        return;
    // The next stage after the current one, in the workspace's order.
    const auto position = m_pipeline->position(currentRequisition(), users.first());
    if (!position)
        return;
    for (qsizetype i = 0; i + 1 < m_stages.size(); ++i) {
        if (m_stages[i].id == position->stageId)
            return moveTo(users, m_stages[i + 1].id, QDate(), m_stages[i + 1].name);
    }
}

void PipelineTab::moveTo(const QList<qint64> &users, qint64 stageId, const QDate &nextAction, const QString &what)
{
    if (users.isEmpty() || !m_session)
        return;
    QList<store::TriageCommand::Move> moves;
    for (qint64 user : users) {
        const auto before = m_pipeline->position(currentRequisition(), user);
        if (!before)
            return Q_EMIT statusMessage(before.error());
        moves.append({ user, before.value(), store::PipelinePosition { stageId, nextAction } });
    }
    const QString text = users.size() == 1 ? tr("Move to %1").arg(what) : tr("Move %1 people to %2").arg(users.size()).arg(what);
    const Status s = store::TriageCommand::move(
        m_session->undoStack(), *m_pipeline, currentRequisition(), moves, text, [this](const QString &e) { Q_EMIT statusMessage(e); });
    Q_EMIT statusMessage(s ? text : s.error());
}

void PipelineTab::step(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    int row = m_table->currentIndex().row() + delta;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void PipelineTab::newRequisition()
{
    if (!m_session)
        return;
    const auto layers = m_session->layers().all();
    if (!layers || layers->isEmpty())
        return Q_EMIT statusMessage(tr("Define a role layer first: a requisition hires for one."));
    QStringList names;
    for (const RoleLayer &l : layers.value())
        names.append(l.name);
    bool ok = false;
    const QString layerName = QInputDialog::getItem(this, tr("New requisition"), tr("Hiring for layer:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString title = QInputDialog::getText(
        this, tr("New requisition"), tr("Title (e.g. \"Senior Triton kernel engineer, London\"):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto id = m_pipeline->createRequisition(title, layers->at(names.indexOf(layerName)).id);
    if (!id)
        return Q_EMIT statusMessage(id.error());
    selectRequisition(id.value()); // the store's change signal has already reloaded the list
}

void PipelineTab::renameRequisition()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename requisition"), tr("Title:"), QLineEdit::Normal,
        m_requisitions->currentText().section(QStringLiteral(" — "), 0, 0), &ok);
    if (!ok)
        return;
    if (Status s = m_pipeline->renameRequisition(currentRequisition(), title); !s)
        Q_EMIT statusMessage(s.error());
}

void PipelineTab::toggleRequisitionOpen()
{
    for (const store::Requisition &r : std::as_const(m_requisitionList)) {
        if (r.id == currentRequisition()) {
            if (Status s = m_pipeline->setRequisitionOpen(r.id, !r.open); !s)
                Q_EMIT statusMessage(s.error());
            return;
        }
    }
}

void PipelineTab::tagSelected()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Tag candidates"), tr("Tag:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = m_pipeline->addTag(currentRequisition(), selectedUsers(), tag);
    Q_EMIT statusMessage(s ? tr("Tagged.") : s.error());
}

Status PipelineTab::exportSelected(const QString &path)
{
    // The rows as the table shows them, one line per selected person.
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    header.append(QStringLiteral("GitHub"));
    CsvWriter csv(header);
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells.append(m_model->index(row, c).data().toString());
        cells.append(
            QStringLiteral("https://github.com/") + m_model->index(row, 0).data(itemmodels::CandidateTableModel::LoginRole).toString());
        csv.addRow(cells);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !privatefiles::restrict(file) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        const Status failed = Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
        Q_EMIT statusMessage(failed.error());
        return failed;
    }
    Q_EMIT statusMessage(tr("Exported %n candidate(s) to %1.", nullptr, int(rows.size())).arg(path));
    return {};
}

void PipelineTab::showContextMenu(const QPoint &pos)
{
    if (!m_model || !m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    QMenu *moveMenu = menu.addMenu(tr("Move to"));
    for (const store::Stage &s : std::as_const(m_stages)) {
        QAction *a = moveMenu->addAction(s.name);
        connect(a, &QAction::triggered, this, [this, s] { moveTo(selectedUsers(), s.id, QDate(), s.name); });
    }
    menu.addAction(tr("Snooze two weeks"), this, [this] { moveSelected(QStringLiteral("not_now"), 14); });
    menu.addAction(tr("Add a note"), this, [this] { m_detail->focusNote(); });
    menu.addSeparator();
    menu.addAction(tr("Tag selected…"), this, &PipelineTab::tagSelected);
    menu.addAction(tr("Export selected to CSV…"), this, [this] {
        const QString file
            = QFileDialog::getSaveFileName(this, tr("Export candidates"), QStringLiteral("candidates.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            (void)exportSelected(file); // reports on the status bar
    });
    menu.addSeparator();
    const QString login = m_table->currentIndex().data(itemmodels::CandidateTableModel::LoginRole).toString();
    menu.addAction(tr("Draft outreach to %1…").arg(login), this, [this, login] { Q_EMIT draftRequested(currentRequisition(), login); });
    menu.addSeparator();
    menu.addAction(tr("Subject report for %1…").arg(login), this, &PipelineTab::saveSubjectReport);
    menu.addAction(tr("Forget %1…").arg(login), this, &PipelineTab::forgetCurrent);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void PipelineTab::forgetCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 user = m_model ? m_model->userIdAt(current.row()) : 0;
    if (!user)
        return;
    // Erasure on request: the runner asks, erases off the GUI thread and
    // reports; the store's change signal refreshes the table.
    auto *runner = new ForgetRunner(m_session, this);
    connect(runner, &ForgetRunner::finished, this, [this, runner](const QString &message, const QString &error) {
        Q_EMIT statusMessage(error.isEmpty() ? message : error);
        runner->deleteLater();
    });
    if (!runner->confirmAndRun({ user }, { current.data(itemmodels::CandidateTableModel::LoginRole).toString() }, true))
        runner->deleteLater();
}

void PipelineTab::saveSubjectReport()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 user = m_model ? m_model->userIdAt(current.row()) : 0;
    if (!user)
        return;
    const QString login = current.data(itemmodels::CandidateTableModel::LoginRole).toString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Subject report"), QStringLiteral("subject-report-%1.md").arg(login), tr("Markdown (*.md);;JSON (*.json)"));
    if (file.isEmpty())
        return;
    const auto report = privacy::SubjectReport(m_session->database()).build(user);
    if (!report) {
        Q_EMIT statusMessage(report.error());
        return;
    }
    const QByteArray bytes = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? QJsonDocument(report.value()).toJson()
        : privacy::SubjectReport::toText(report.value()).toUtf8();
    QSaveFile out(file);
    const bool written = out.open(QIODevice::WriteOnly) && privatefiles::restrict(out) && out.write(bytes) == bytes.size() && out.commit();
    Q_EMIT statusMessage(written ? tr("Wrote everything held about %1 to %2.").arg(login, QDir::toNativeSeparators(file))
                                 : tr("Could not write %1: %2").arg(file, out.errorString()));
}

} // namespace ks::ui
