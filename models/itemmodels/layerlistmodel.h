// SPDX-License-Identifier: MIT
#pragma once

#include "domain/rolelayer.h"

#include <QAbstractListModel>

namespace ks::store {
class Database;
class LayerStore;
} // namespace ks::store

namespace ks::itemmodels {

// The workspace's role layers, in their stored order. Reloads whole when the
// store reports a change (a few dozen rows at most), so it also follows
// writes made by another window or a CLI command.
class LayerListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerListModel)

public:
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
        DescriptionRole,
        RepoCountRole,
        ForumCountRole,
    };

    LayerListModel(store::LayerStore &store, store::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<RoleLayer> &layers() const { return m_layers; }
    RoleLayer layerAt(int row) const;
    int rowOfSlug(const QString &slug) const;
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    store::LayerStore &m_store;
    QList<RoleLayer> m_layers;
    QString m_lastError;
};

} // namespace ks::itemmodels
