// SPDX-License-Identifier: MIT
#include "workspacesession.h"

#include "itemmodels/layerlistmodel.h"
#include "people/avatarcache.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>

namespace ks::ui {
namespace {

// One avatar directory per workspace file, so forgetting a person in one
// workspace (or deleting it) never reaches into another's pictures; the CLI
// finds the same folder when it erases someone.
QString avatarDirectory(const QString &path, bool isDemo)
{
    return isDemo ? QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("avatars/demo"))
                  : people::AvatarCache::directoryFor(path);
}

} // namespace

WorkspaceSession::WorkspaceSession() = default;

WorkspaceSession::~WorkspaceSession()
{
    // Models go before the store and connection they read.
    delete m_layerModel;
    delete m_undo;
}

Result<std::shared_ptr<WorkspaceSession>> WorkspaceSession::open(const QString &path, bool isDemo)
{
    using R = Result<std::shared_ptr<WorkspaceSession>>;
    std::shared_ptr<WorkspaceSession> session(new WorkspaceSession);
    session->m_db = std::make_unique<store::Database>();
    if (Status s = session->m_db->open(path, store::Database::OpenMode::MustExist); !s)
        return R::failure(s.error());
    session->m_isDemo = isDemo;
    session->m_layers = std::make_unique<store::LayerStore>(*session->m_db);
    session->m_layerModel = new itemmodels::LayerListModel(*session->m_layers, *session->m_db);
    session->m_undo = new QUndoStack;
    session->m_avatars = new people::AvatarCache(avatarDirectory(path, isDemo), nullptr, session.get());
    session->m_avatars->setOffline(isDemo || !qEnvironmentVariableIsEmpty("KERNELSCOUT_OFFLINE"));
    connect(session->m_layerModel, &itemmodels::LayerListModel::loadFailed, session.get(), &WorkspaceSession::errorOccurred);
    session->m_layerModel->reload();
    if (!session->m_layerModel->lastError().isEmpty())
        return R::failure(session->m_layerModel->lastError());
    return session;
}

QString WorkspaceSession::path() const
{
    return m_db->path();
}

} // namespace ks::ui
