// SPDX-License-Identifier: MIT
#include "codeviewergutter.h"

#include "codeviewer.h"

#include <QHelpEvent>
#include <QToolTip>

namespace ks::ui {

CodeViewerGutter::CodeViewerGutter(CodeViewer *viewer)
    : QWidget(viewer)
    , m_viewer(viewer)
{ }

QSize CodeViewerGutter::sizeHint() const
{
    return { m_viewer->gutterWidth(), 0 };
}

void CodeViewerGutter::paintEvent(QPaintEvent *event)
{
    m_viewer->paintGutter(event, this);
}

bool CodeViewerGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_viewer->gutterToolTip(help->pos().y());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ks::ui
