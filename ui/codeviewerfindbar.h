// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ks::ui {

class CodeViewer;

// Find in the code viewer (Ctrl+F): Enter finds the next match, Shift+Enter
// the previous one, Escape closes; the field turns red when nothing matches.
class CodeViewerFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeViewerFindBar)

public:
    explicit CodeViewerFindBar(CodeViewer *viewer, QWidget *parent = nullptr);

    void activate(); // shows, focuses and selects the field
    bool findNext(bool backward = false);
    QLineEdit *field() const { return m_field; }
    bool lastFound() const { return m_found; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markFound(bool found);

    CodeViewer *m_viewer;
    QLineEdit *m_field;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    bool m_found = true;
};

} // namespace ks::ui
