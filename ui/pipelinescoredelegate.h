// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ks::ui {

// The candidate table's score: the number with a bar behind it, as long as
// the score is against the requisition's best, so the gaps between people
// show at a glance.
class PipelineScoreDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineScoreDelegate)

public:
    // `fractionRole` gives a double in [0, 1].
    PipelineScoreDelegate(int fractionRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace ks::ui
