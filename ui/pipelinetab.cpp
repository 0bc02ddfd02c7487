// SPDX-License-Identifier: MIT
#include "pipelinetab.h"

#include "candidatedetailpane.h"
#include "emptystatepage.h"
#include "pipelineboard.h"
#include "itemmodels/candidatetablemodel.h"
#include "people/csvreader.h"
#include "people/locationresolver.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/triagecommand.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSaveFile>
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
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_due(new QCheckBox(tr("&Due"), this))
    , m_reachable(new QCheckBox(tr("R&eachable"), this))
    , m_reviewed(new QCheckBox(tr("Re&viewed code"), this))
    , m_excluded(new QCheckBox(tr("Show e&xcluded"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new CandidateDetailPane(this))
    , m_board(new PipelineBoard(this))
    , m_views(new QStackedWidget(this))
    , m_searchDelay(new QTimer(this))
    , m_detailDelay(new QTimer(this))
{
    // The detail pane follows the selection a moment later: the table paints
    // first, and J held down skips through people without loading each.
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(40);
    connect(m_detailDelay, &QTimer::timeout, this, &PipelineTab::showDetail);
    m_requisitions->setObjectName(QStringLiteral("requisitions"));
    m_search->setObjectName(QStringLiteral("search"));
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_search->setPlaceholderText(tr("Search names, PR titles, review comments and notes"));
    m_search->setClearButtonEnabled(true);
    m_region->addItem(tr("Any region"));
    m_region->addItems(people::LocationResolver::regions());

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
    top->addWidget(boardButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_stage);
    filters->addWidget(m_region);
    filters->addWidget(m_due);
    filters->addWidget(m_reachable);
    filters->addWidget(m_reviewed);
    filters->addWidget(m_excluded);
    filters->addWidget(m_count);
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
    connect(m_table, &QTableView::customContextMenuRequested, this, &PipelineTab::showContextMenu);
    auto *split = new QSplitter(Qt::Horizontal, work);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 380});
    auto *workLayout = new QVBoxLayout(work);
    workLayout->addLayout(top);
    workLayout->addLayout(filters);
    m_views->addWidget(split);
    m_views->addWidget(m_board);
    workLayout->addWidget(m_views, 1);
    connect(m_board, &PipelineBoard::moveRequested, this,
            [this](qint64 user, qint64 stage, const QString &name) { moveTo({user}, stage, QDate(), name); });
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

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &PipelineTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_stage, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, &PipelineTab::applyFilter);
    for (QCheckBox *box : {m_due, m_reachable, m_reviewed, m_excluded})
        connect(box, &QCheckBox::toggled, this, &PipelineTab::applyFilter);
    connect(m_requisitions, &QComboBox::currentIndexChanged, this, &PipelineTab::applyFilter);
    connect(m_detail, &CandidateDetailPane::addNoteRequested, this, [this](qint64 user, const QString &body) {
        if (!m_session)
            return;
        const Status s = store::TriageCommand::addNote(m_session->undoStack(), *m_pipeline, currentRequisition(), user, body,
                                                       [this](const QString &e) { Q_EMIT statusMessage(e); });
        Q_EMIT statusMessage(s ? tr("Note added.") : s.error());
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
    m_table->setModel(m_model);
    // The model starts in rank order; show that without asking it to re-sort
    // (a query with no requisition yet).
    {
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(itemmodels::CandidateTableModel::RankColumn, Qt::AscendingOrder);
    }
    // Widths for what each column holds; the sourcer can drag them.
    using M = itemmodels::CandidateTableModel;
    const QList<QPair<int, int>> widths = {{M::RankColumn, 7}, {M::PersonColumn, 22}, {M::ScoreColumn, 6}, {M::SignalsColumn, 18},
                                           {M::WorksOnColumn, 26}, {M::LastActiveColumn, 11}, {M::LocationColumn, 10},
                                           {M::CompanyColumn, 16}, {M::StageColumn, 11}, {M::NextActionColumn, 11}};
    const int unit = m_table->fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, chars * unit + 12);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelineTab::showCurrent);
    connect(m_model, &itemmodels::CandidateTableModel::totalCountChanged, this,
            [this](int n) { m_count->setText(n < 0 ? tr("Counting…") : tr("%n candidate(s)", nullptr, n)); });
    // Writes from here, the sync worker or another process: re-query.
    connect(&m_session->database(), &store::Database::changed, this, [this] {
        if (reloadRequisitions())
            applyFilter(); // another requisition is shown: a new query, not a refresh
        else
            refreshKeepingSelection();
        if (m_views->currentWidget() == m_board)
            m_board->reload();
    });
    m_stage->blockSignals(true);
    m_stage->clear();
    m_stage->addItem(tr("All stages"));
    if (const auto stages = m_pipeline->stages()) {
        m_stages = stages.value();
        for (const store::Stage &s : std::as_const(m_stages))
            m_stage->addItem(s.name, s.id);
    }
    m_stage->blockSignals(false);
    reloadRequisitions();
    applyFilter();
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
        m_requisitions->addItem(r.open ? QStringLiteral("%1 — %2").arg(r.title, r.layerName)
                                       : tr("%1 — %2 (closed)").arg(r.title, r.layerName),
                                r.id);
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
    itemmodels::PipelineFilter f;
    f.requisitionId = currentRequisition();
    if (m_stage->currentIndex() > 0)
        f.stageIds = {m_stage->currentData().toLongLong()};
    if (m_region->currentIndex() > 0)
        f.regions = {m_region->currentText()};
    f.dueOnly = m_due->isChecked();
    f.reachableOnly = m_reachable->isChecked();
    f.hasReviewed = m_reviewed->isChecked();
    f.includeExcluded = m_excluded->isChecked();
    f.search = m_search->text();
    m_model->setFilter(f);
    if (m_views->currentWidget() == m_board)
        m_board->load(&m_session->database(), f.requisitionId, m_stages);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        m_detail->show(f.requisitionId, 0, 0);
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
    const QDate next = snoozeDays > 0 ? QDateTime::currentDateTimeUtc().date().addDays(snoozeDays) : QDate();
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
        moves.append({user, before.value(), store::PipelinePosition{stageId, nextAction}});
    }
    const QString text = users.size() == 1 ? tr("Move to %1").arg(what) : tr("Move %1 people to %2").arg(users.size()).arg(what);
    const Status s = store::TriageCommand::move(m_session->undoStack(), *m_pipeline, currentRequisition(), moves, text,
                                                [this](const QString &e) { Q_EMIT statusMessage(e); });
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
    const QString title = QInputDialog::getText(this, tr("New requisition"), tr("Title (e.g. \"Senior Triton kernel engineer, London\"):"),
                                                QLineEdit::Normal, QString(), &ok);
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
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(people::csvField(m_model->headerData(c, Qt::Horizontal).toString()));
    header.append(QStringLiteral("GitHub"));
    lines.append(header.join(QLatin1Char(',')));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells.append(people::csvField(m_model->index(row, c).data().toString()));
        cells.append(QStringLiteral("https://github.com/") + m_model->index(row, 0).data(itemmodels::CandidateTableModel::LoginRole).toString());
        lines.append(cells.join(QLatin1Char(',')));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8()) < 0 || !file.commit()) {
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
        const QString file = QFileDialog::getSaveFileName(this, tr("Export candidates"), QStringLiteral("candidates.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            (void)exportSelected(file); // reports on the status bar
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace ks::ui
