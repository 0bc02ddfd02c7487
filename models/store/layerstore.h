// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/rolelayer.h"

namespace ks::store {

class Database;

// Reads and writes role layers with their skills, weights and repo map.
// Every write validates first and runs in one transaction, so an invalid or
// failed change leaves the workspace exactly as it was.
class LayerStore final
{
    Q_DISABLE_COPY_MOVE(LayerStore)

public:
    explicit LayerStore(Database &db);

    Result<QList<RoleLayer>> all() const;
    // Finds a layer by slug, or by numeric id when `key` is a number.
    Result<RoleLayer> find(const QString &key) const;

    // Inserts or replaces the layer with this slug (children replaced whole).
    Status save(RoleLayer layer);
    Status remove(const QString &slug);
    // All-or-nothing upsert of several layers (the import path).
    Status saveAll(QList<RoleLayer> layers);

    // Adds a repository (or more prefixes for one already mapped) and/or a
    // forum to a layer; the CLI's `repos add`.
    Status addToRepoMap(const QString &layerKey, const RepoTarget &repo, const QStringList &forums);
    // Removes a repository from one layer, or from every layer when
    // `layerKey` is empty. Fails when it is mapped nowhere.
    Status removeFromRepoMap(const QString &fullName, const QString &layerKey);

private:
    Status saveInTransaction(const RoleLayer &layer);

    Database &m_db;
};

} // namespace ks::store
