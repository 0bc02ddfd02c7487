// SPDX-License-Identifier: MIT
#pragma once

#include "store/pipelinestore.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ks::itemmodels {
class CandidateTableModel;
}

namespace ks::ui {

class CandidateDetailPane;
class PipelineBoard;
class PipelineFilterBar;
class WorkspaceSession;

// Pipeline: pick a requisition, then triage its ranked candidates. The table
// is paged from SQL (sort, filter and search cover every row); the detail
// pane shows the selected person; stages change from the keyboard (S
// shortlist, C contacted, A next stage, X not a fit, Z snooze two weeks, N
// note, J/K next/previous), the context menu, or for a whole selection, and
// every change is undoable. The due view lists next actions falling today
// or earlier, soonest first; the stages dialog renames and adds stages.
class PipelineTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineTab)

public:
    explicit PipelineTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<WorkspaceSession> session);
    qint64 currentRequisition() const;
    void selectRequisition(qint64 id);
    QTableView *table() const { return m_table; }
    itemmodels::CandidateTableModel *model() const { return m_model; }
    CandidateDetailPane *detail() const { return m_detail; }
    PipelineBoard *board() const { return m_board; }
    PipelineFilterBar *filters() const { return m_filters; }
    // Table (with the detail pane) or board.
    void showBoard(bool board);
    // The due view: only next actions on or before today, soonest first;
    // leaving it puts the previous sort back.
    void setDueView(bool due);
    void editStages();
    // Bulk actions on the table's selection.
    void tagSelected();
    Status exportSelected(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The detail pane's evidence item, for the code viewer.
    void evidenceRequested(const QString &url, const QString &fileName, int line);
    // "Draft outreach…" on a person, for the Outreach tab.
    void draftRequested(qint64 requisitionId, const QString &login);

private:
    // Refills the requisition list; true when that changed which one is shown.
    bool reloadRequisitions();
    // Re-reads the stages after a rename or an added one: the filter, the
    // board and the menus follow. True when they changed.
    bool reloadStages();
    void refreshDueCount();
    void applyFilter();
    void selectFirst();
    void refreshKeepingSelection();
    void showCurrent();
    void showDetail();
    QList<qint64> selectedUsers() const;
    void moveSelected(const QString &stageRole, int snoozeDays = 0);
    void advanceSelected();
    void moveTo(const QList<qint64> &users, qint64 stageId, const QDate &nextAction, const QString &what);
    void step(int delta);
    void newRequisition();
    void renameRequisition();
    void toggleRequisitionOpen();
    void showContextMenu(const QPoint &pos);
    // The current person (not the whole selection): privacy and outreach act on one.
    void forgetCurrent();
    void saveSubjectReport();

    std::shared_ptr<WorkspaceSession> m_session;
    std::unique_ptr<store::PipelineStore> m_pipeline;
    QList<store::Requisition> m_requisitionList;
    QList<store::Stage> m_stages;
    QStackedWidget *m_pages;
    QComboBox *m_requisitions;
    PipelineFilterBar *m_filters;
    QTableView *m_table;
    itemmodels::CandidateTableModel *m_model = nullptr;
    CandidateDetailPane *m_detail;
    PipelineBoard *m_board;
    QStackedWidget *m_views;
    QTimer *m_detailDelay;
    // The sort the due view replaced: column and order.
    std::pair<int, Qt::SortOrder> m_sortBeforeDue { 0, Qt::AscendingOrder };
};

} // namespace ks::ui
