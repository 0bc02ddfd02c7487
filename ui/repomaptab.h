// SPDX-License-Identifier: MIT
#pragma once

#include "domain/rolelayer.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ks::itemmodels {
class RepoMapModel;
}

namespace ks::ui {

class FieldErrorLabel;
class WorkspaceSession;

// Repo Map: for the chosen layer, the GitHub repositories (with the path
// prefixes that matter) and the forums where its people work. Entries are
// checked as typed; a refused entry shows why beside its field and is never
// saved.
class RepoMapTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoMapTab)

public:
    explicit RepoMapTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<WorkspaceSession> session);
    void selectLayer(const QString &slug);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showLayer();
    void loadSelectionIntoForm();
    void saveRepository();
    void addForum();
    void removeSelected();
    bool persist(const RoleLayer &after, const QString &what);
    RoleLayer currentLayer() const;

    std::shared_ptr<WorkspaceSession> m_session;
    itemmodels::RepoMapModel *m_model;
    QComboBox *m_layer;
    QTableView *m_table;
    QLineEdit *m_repo;
    FieldErrorLabel *m_repoError;
    QLineEdit *m_paths;
    FieldErrorLabel *m_pathsError;
    QLineEdit *m_forum;
    FieldErrorLabel *m_forumError;
    QPushButton *m_remove;
};

} // namespace ks::ui
