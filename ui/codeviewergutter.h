// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ks::ui {

class CodeViewer;

// The strip left of the code: line numbers and signal markers. The viewer
// paints it, since only the viewer knows where its blocks are.
class CodeViewerGutter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeViewerGutter)

public:
    explicit CodeViewerGutter(CodeViewer *viewer);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodeViewer *m_viewer;
};

} // namespace ks::ui
