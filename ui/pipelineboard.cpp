// SPDX-License-Identifier: MIT
#include "pipelineboard.h"

#include "domain/clock.h"
#include "store/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
    // Triaged people by stage, and the strongest untriaged as "Sourced".
    const auto cards = store::PipelineStore(*m_db).boardCards(m_requisitionId, PerStage, SourcedShown);
    if (!cards)
        Q_EMIT failed(cards.error());
    for (const store::BoardCard &card : cards ? cards.value() : QList<store::BoardCard>()) {
        QListWidget *list = column(card.stageId);
        if (!list)
            continue;
        QString text = card.name.isEmpty() ? card.login : QStringLiteral("%1\n%2").arg(card.name, card.login);
        if (card.nextAction.isValid()) {
            // "next 8 Nov": short enough for one line of a narrow column.
            const QString format
                = card.nextAction.year() == ks::Clock::today().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
            text += u'\n' + tr("next %1").arg(locale().toString(card.nextAction, format));
        }
        auto *item = new QListWidgetItem(text, list);
        item->setData(UserIdRole, card.userId);
        item->setToolTip(tr("Score %1").arg(card.score, 0, 'f', 1));
    }
    for (qsizetype i = 0; i < m_titles.size() && i < m_stages.size(); ++i) {
        const int n = m_columns[i]->count();
        const bool capped = m_stages[i].id == store::SourcedStageId && n >= SourcedShown;
        m_titles[i]->setText(
            QStringLiteral("<b>%1</b> (%2)").arg(m_stages[i].name.toHtmlEscaped(), capped ? tr("top %1").arg(n) : QString::number(n)));
    }
    m_loading = false;
}

} // namespace ks::ui
