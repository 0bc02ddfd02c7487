// SPDX-License-Identifier: MIT
#pragma once

#include "store/pipelinestore.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace ks::ui {

class FieldErrorLabel;

// The workspace's pipeline stages in order, each with the role it keeps.
// Names are edited in place (or with Rename); a new stage goes after the
// selected one and gets the "custom" role. Every change is written through
// the store at once, and a refused one is explained under the list.
class StagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesDialog)

public:
    enum Column
    {
        NameColumn,
        RoleColumn
    };

    explicit StagesDialog(store::PipelineStore &pipeline, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    // What the list shows; false (with the error shown) when it cannot be read.
    bool reload();
    // Renames the stage in `row`, or shows why not and puts the old name back.
    bool rename(int row, const QString &name);
    // Adds a stage named `name` after the one in `row`.
    bool addAfter(int row, const QString &name);
    QString errorText() const;
    static QString roleLabel(const QString &role);

private:
    void nameEdited(QTableWidgetItem *item);
    void selectStage(qint64 id);
    bool nameTaken(const QString &name, qint64 exceptId) const;
    QString duplicate(const QString &name) const;

    store::PipelineStore &m_pipeline;
    QList<store::Stage> m_stages;
    QTableWidget *m_list;
    QLineEdit *m_newName;
    QPushButton *m_add;
    FieldErrorLabel *m_error;
    bool m_filling = false;
};

} // namespace ks::ui
