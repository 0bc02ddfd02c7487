// SPDX-License-Identifier: MIT
#pragma once

#include "store/pipelinestore.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ks::store {
class Database;
}

namespace ks::ui {

// The board: a column per stage with the requisition's people in it, best
// first; dragging a card to another column moves the person there. The
// "Sourced" column shows the strongest untriaged people only. Titles say how
// many cards each column holds.
class PipelineBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)

public:
    static constexpr int SourcedShown = 50;
    static constexpr int PerStage = 200;

    explicit PipelineBoard(QWidget *parent = nullptr);

    void load(store::Database *db, qint64 requisitionId, const QList<store::Stage> &stages);
    void reload();
    QListWidget *column(qint64 stageId) const;

Q_SIGNALS:
    // A card was dropped on another stage's column.
    void moveRequested(qint64 userId, qint64 stageId, const QString &stageName);
    // The board could not be read (a busy or broken workspace).
    void failed(const QString &message);

private:
    store::Database *m_db = nullptr;
    qint64 m_requisitionId = 0;
    QList<store::Stage> m_stages;
    QList<QListWidget *> m_columns;
    QList<QLabel *> m_titles; // "Contacted (3)": a stage's name and how many are in it
    bool m_loading = false;
};

} // namespace ks::ui
