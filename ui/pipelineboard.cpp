// SPDX-License-Identifier: MIT
#include "pipelineboard.h"

#include "domain/clock.h"
#include "store/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

} // namespace

PipelineBoard::PipelineBoard(QWidget *parent)
    : QWidget(parent)
{
    new QHBoxLayout(this);
}

QListWidget *PipelineBoard::column(qint64 stageId) const
{
    for (qsizetype i = 0; i < m_stages.size() && i < m_columns.size(); ++i) {
        if (m_stages[i].id == stageId)
            return m_columns[i];
    }
    return nullptr;
}

void PipelineBoard::load(store::Database *db, qint64 requisitionId, const QList<store::Stage> &stages)
{
    m_db = db;
    m_requisitionId = requisitionId;
    if (stages != m_stages || m_columns.isEmpty()) {
        // One column per stage, built once per set of stages.
        qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
        m_columns.clear();
        m_titles.clear();
        m_stages = stages;
        for (const store::Stage &stage : std::as_const(m_stages)) {
            auto *box = new QWidget(this);
            auto *v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            auto *title = new QLabel(box);
            title->setTextFormat(Qt::RichText);
            auto *list = new QListWidget(box);
            list->setObjectName(QStringLiteral("stage-%1").arg(stage.role));
            list->setDragDropMode(QAbstractItemView::DragDrop);
            list->setDefaultDropAction(Qt::MoveAction);
            list->setSelectionMode(QAbstractItemView::SingleSelection);
            list->setMinimumWidth(110);
            list->setSpacing(3);
            list->setAlternatingRowColors(true);
            list->setWordWrap(true);
            list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            // A card arriving from another column is a move to this stage.
            connect(list->model(), &QAbstractItemModel::rowsInserted, this, [this, list, stage](const QModelIndex &, int first, int last) {
                if (m_loading)
                    return;
                for (int row = first; row <= last; ++row) {
                    if (QListWidgetItem *item = list->item(row))
                        Q_EMIT moveRequested(item->data(UserIdRole).toLongLong(), stage.id, stage.name);
                }
            });
            v->addWidget(title);
            v->addWidget(list, 1);
            layout()->addWidget(box);
            m_columns.append(list);
            m_titles.append(title);
        }
    }
    reload();
}

void PipelineBoard::reload()
{
    if (!m_db)
        return;
    m_loading = true;
    for (QListWidget *list : std::as_const(m_columns))
        list->clear();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // Triaged people by stage, and the strongest untriaged as "Sourced".
    q.prepare(QStringLiteral(
        "SELECT * FROM (SELECT e.stage_id, e.user_id, u.login, coalesce(u.name, ''), coalesce(s.score, 0), coalesce(e.next_action_at, ''), "
        "  row_number() OVER (PARTITION BY e.stage_id ORDER BY s.score DESC) AS n "
        "  FROM pipeline_entries e JOIN github_users u ON u.id = e.user_id JOIN requisitions r ON r.id = e.requisition_id "
        "  LEFT JOIN candidate_scores s ON s.layer_id = r.layer_id AND s.user_id = e.user_id WHERE e.requisition_id = :req) WHERE n <= :per "
        "UNION ALL SELECT * FROM (SELECT 1, s.user_id, u.login, coalesce(u.name, ''), s.score, '', 0 FROM candidate_scores s "
        "  JOIN requisitions r ON r.id = :req AND s.layer_id = r.layer_id JOIN github_users u ON u.id = s.user_id "
        "  LEFT JOIN person_profiles p ON p.user_id = s.user_id "
        "  WHERE p.excluded IS NULL AND NOT EXISTS (SELECT 1 FROM pipeline_entries e WHERE e.requisition_id = :req AND e.user_id = s.user_id) "
        "  ORDER BY s.score DESC LIMIT :sourced)"));
    q.bindValue(QStringLiteral(":req"), m_requisitionId);
    q.bindValue(QStringLiteral(":per"), PerStage);
    q.bindValue(QStringLiteral(":sourced"), SourcedShown);
    if (q.exec()) {
        while (q.next()) {
            QListWidget *list = column(q.value(0).toLongLong());
            if (!list)
                continue;
            const QString name = q.value(3).toString();
            QString text = name.isEmpty() ? q.value(2).toString() : QStringLiteral("%1\n%2").arg(name, q.value(2).toString());
            if (!q.value(5).toString().isEmpty()) {
                // "next 8 Nov": short enough for one line of a narrow column.
                const QDate next = QDate::fromString(q.value(5).toString().left(10), Qt::ISODate);
                const QString format = next.year() == ks::Clock::today().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
                text += u'\n' + tr("next %1").arg(next.isValid() ? locale().toString(next, format) : q.value(5).toString());
            }
            auto *item = new QListWidgetItem(text, list);
            item->setData(UserIdRole, q.value(1).toLongLong());
            item->setToolTip(tr("Score %1").arg(q.value(4).toDouble(), 0, 'f', 1));
        }
    }
    for (qsizetype i = 0; i < m_titles.size() && i < m_stages.size(); ++i) {
        const int n = m_columns[i]->count();
        const bool capped = m_stages[i].id == 1 && n >= SourcedShown;
        m_titles[i]->setText(QStringLiteral("<b>%1</b> (%2)").arg(m_stages[i].name.toHtmlEscaped(), capped ? tr("top %1").arg(n) : QString::number(n)));
    }
    m_loading = false;
}

} // namespace ks::ui
