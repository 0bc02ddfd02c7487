// SPDX-License-Identifier: MIT
#pragma once

#include "domain/rolelayer.h"

#include <QAbstractTableModel>

namespace ks::itemmodels {

// One layer's repo map as a table: its GitHub repositories first, then its
// forums. Fed a complete layer value; it never queries the store itself.
class RepoMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoMapModel)

public:
    enum Column
    {
        SourceColumn,
        KindColumn,
        PathsColumn,
        ColumnCount
    };
    enum class Kind
    {
        Repository,
        Forum
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        SourceRole, // "owner/name" or the forum URL
        PathsRole, // QStringList of prefixes
    };

    explicit RepoMapModel(QObject *parent = nullptr);

    void setLayer(const RoleLayer &layer);
    const RoleLayer &layer() const { return m_layer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoleLayer m_layer;
};

} // namespace ks::itemmodels
