// SPDX-License-Identifier: MIT
#pragma once

#include "domain/rolelayer.h"

#include <QWidget>
#include <memory>

class QListView;
class QPushButton;

namespace ks::ui {

class LayerEditor;
class WorkspaceSession;

// Role Layers: the list of layers being hired for, and the editor of the
// selected one. Every change is saved at once and can be undone.
class LayersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayersTab)

public:
    explicit LayersTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<WorkspaceSession> session);
    QString currentSlug() const;
    void selectSlug(const QString &slug);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void addLayer();
    void duplicateLayer();
    void removeLayer();
    void persist(std::optional<RoleLayer> before, std::optional<RoleLayer> after, const QString &what, const QString &selectAfter);
    void showCurrent();
    void rememberSelection();
    void restoreSelection();

    std::shared_ptr<WorkspaceSession> m_session;
    QListView *m_list;
    LayerEditor *m_editor;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QString m_selectedSlug;
};

} // namespace ks::ui
