// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace ks::store {
class Database;
class LayerStore;
} // namespace ks::store
namespace ks::itemmodels {
class LayerListModel;
}
namespace ks::people {
class AvatarCache;
}

namespace ks::ui {

// Everything the tabs share for one open workspace: the GUI thread's
// connection, the stores over it, the shared models and the undo history.
// Switching workspace replaces the whole session, so no tab can keep a
// pointer into the previous file.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    ~WorkspaceSession() override;

    static Result<std::shared_ptr<WorkspaceSession>> open(const QString &path, bool isDemo);

    store::Database &database() const { return *m_db; }
    store::LayerStore &layers() const { return *m_layers; }
    itemmodels::LayerListModel &layerModel() const { return *m_layerModel; }
    QUndoStack &undoStack() const { return *m_undo; }
    // Pictures of the workspace's people, cached on disk per workspace.
    // Offline for the demo (its people are made up: a real account with the
    // same id must not show) and when KERNELSCOUT_OFFLINE is set.
    people::AvatarCache &avatars() const { return *m_avatars; }
    bool isDemo() const { return m_isDemo; }
    QString path() const;

Q_SIGNALS:
    // A failed undo/redo or background reload, for the status bar.
    void errorOccurred(const QString &message);

private:
    WorkspaceSession();

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::LayerStore> m_layers;
    itemmodels::LayerListModel *m_layerModel = nullptr;
    QUndoStack *m_undo = nullptr;
    people::AvatarCache *m_avatars = nullptr; // a child of the session
    bool m_isDemo = false;
};

} // namespace ks::ui
