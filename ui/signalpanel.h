// SPDX-License-Identifier: MIT
#pragma once

#include "viewer/viewdocument.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ks::ui {

// The signals of what the viewer shows, by category with counts, each with
// its line and explanation; anti-signals in red with a warning sign. A filter
// narrows the list; activating an entry asks the viewer to scroll to it.
class SignalPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalPanel)

public:
    enum Role
    {
        MarkIndexRole = Qt::UserRole + 1
    };

    explicit SignalPanel(QWidget *parent = nullptr);

    void setMarks(const viewer::ViewDocument &document, const QList<viewer::SignalMark> &marks);
    void setFilterText(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void markActivated(int markIndex);

private:
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace ks::ui
