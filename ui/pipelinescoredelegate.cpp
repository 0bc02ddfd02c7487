// SPDX-License-Identifier: MIT
#include "pipelinescoredelegate.h"

#include <QApplication>
#include <QPainter>

namespace ks::ui {

PipelineScoreDelegate::PipelineScoreDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{ }

void PipelineScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const double fraction = std::clamp(index.data(m_fractionRole).toDouble(), 0.0, 1.0);
    const QRect area = opt.rect.adjusted(3, 4, -3, -4);
    if (fraction > 0 && area.width() > 0) {
        // A translucent highlight reads on both the plain and the selected row.
        QColor bar = opt.palette.color(QPalette::Highlight);
        bar.setAlphaF(opt.state & QStyle::State_Selected ? 0.45 : 0.28);
        painter->fillRect(QRect(area.left(), area.top(), std::max(1, int(area.width() * fraction)), area.height()), bar);
    }
    const QPalette::ColorRole ink = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, opt.rect.adjusted(4, 0, -4, 0), int(Qt::AlignRight | Qt::AlignVCenter), opt.palette, true, text, ink);
}

} // namespace ks::ui
