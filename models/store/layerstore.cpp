// SPDX-License-Identifier: MIT
#include "layerstore.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/validation.h"
#include "runstatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::LayerStore)
};

QString now()
{
    return ks::Clock::now().toString(Qt::ISODate);
}

} // namespace

LayerStore::LayerStore(Database &db)
    : m_db(db)
{ }

Result<QList<RoleLayer>> LayerStore::all() const
{
    using R = Result<QList<RoleLayer>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<RoleLayer> layers;
    QHash<qint64, qsizetype> indexById;
    if (!q.exec(QStringLiteral("SELECT id, slug, name, description FROM layers ORDER BY position, id")))
        return R::failure(Database::describe(q.lastError()));
    while (q.next()) {
        RoleLayer l;
        l.id = q.value(0).toLongLong();
        l.slug = q.value(1).toString();
        l.name = q.value(2).toString();
        l.description = q.value(3).toString();
        indexById.insert(l.id, layers.size());
        layers.append(l);
    }
    // Children come in four set-wise reads instead of four per layer.
    if (!q.exec(QStringLiteral("SELECT layer_id, skill FROM layer_skills ORDER BY layer_id, position")))
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        layers[indexById.value(q.value(0).toLongLong())].skills.append(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT layer_id, key, weight FROM layer_weights")))
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        layers[indexById.value(q.value(0).toLongLong())].weights.insert(q.value(1).toString(), q.value(2).toDouble());
    if (!q.exec(QStringLiteral("SELECT lr.layer_id, r.owner, r.name, "
                               "(SELECT json_group_array(prefix) FROM (SELECT prefix FROM layer_repo_paths p "
                               "  WHERE p.layer_id = lr.layer_id AND p.repo_id = lr.repo_id ORDER BY position, prefix)) "
                               "FROM layer_repos lr JOIN repos r ON r.id = lr.repo_id "
                               "ORDER BY lr.layer_id, lr.position, r.owner, r.name")))
        return R::failure(Database::describe(q.lastError()));
    while (q.next()) {
        RepoTarget repo;
        repo.owner = q.value(1).toString();
        repo.name = q.value(2).toString();
        const QString paths = q.value(3).toString();
        // json_group_array of TEXT values: decode with Qt to avoid hand parsing.
        const QJsonArray array = QJsonDocument::fromJson(paths.toUtf8()).array();
        for (const QJsonValue &v : array)
            repo.pathPrefixes.append(v.toString());
        layers[indexById.value(q.value(0).toLongLong())].repos.append(repo);
    }
    if (!q.exec(QStringLiteral("SELECT layer_id, url FROM layer_forums ORDER BY layer_id, position")))
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        layers[indexById.value(q.value(0).toLongLong())].forums.append(q.value(1).toString());
    return layers;
}

Result<RoleLayer> LayerStore::find(const QString &key) const
{
    const auto layers = all();
    if (!layers)
        return Result<RoleLayer>::failure(layers.error());
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    for (const RoleLayer &l : layers.value()) {
        if (l.slug == key || (numeric && l.id == id))
            return l;
    }
    QStringList known;
    for (const RoleLayer &l : layers.value())
        known.append(l.slug);
    return Result<RoleLayer>::failure(known.isEmpty()
            ? Tr::tr("No layer '%1': this workspace has no layers yet ('kernelscout init' adds the presets).").arg(key.left(80))
            : Tr::tr("No layer '%1'. Layers here: %2.").arg(key.left(80), known.join(QLatin1String(", "))));
}

Status LayerStore::save(RoleLayer layer)
{
    return saveAll({ std::move(layer) });
}

Status LayerStore::saveAll(QList<RoleLayer> layers)
{
    for (RoleLayer &l : layers) {
        if (Status s = validation::layer(l); !s)
            return Status::failure(Tr::tr("Layer '%1': %2").arg(l.slug.left(80), s.error()));
    }
    return m_db.write([&]() -> Status {
        for (const RoleLayer &l : std::as_const(layers)) {
            if (Status s = saveInTransaction(l); !s)
                return s;
        }
        return {};
    });
}

Status LayerStore::saveInTransaction(const RoleLayer &layer)
{
    Status status;
    QSqlQuery q(m_db.connection());
    const QString stamp = now();
    if (!runStatement(q,
            QStringLiteral("INSERT INTO layers(slug, name, description, position, created_at, updated_at) "
                           "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM layers), ?, ?) "
                           "ON CONFLICT(slug) DO UPDATE SET name = excluded.name, "
                           "description = excluded.description, updated_at = excluded.updated_at"),
            // A null QString binds as SQL NULL; an absent description is ''.
            { layer.slug, layer.name, layer.description.isNull() ? QStringLiteral("") : layer.description, stamp, stamp }, status))
        return status;
    if (!runStatement(q, QStringLiteral("SELECT id FROM layers WHERE slug = ?"), { layer.slug }, status) || !q.next())
        return status.ok() ? Status::failure(Tr::tr("Layer '%1' vanished while saving.").arg(layer.slug)) : status;
    const qint64 id = q.value(0).toLongLong();

    for (const char *table : { "layer_skills", "layer_weights", "layer_repos", "layer_forums" }) {
        if (!runStatement(q, QStringLiteral("DELETE FROM %1 WHERE layer_id = ?").arg(QLatin1String(table)), { id }, status))
            return status;
    }
    for (qsizetype i = 0; i < layer.skills.size(); ++i) {
        if (!runStatement(q, QStringLiteral("INSERT INTO layer_skills(layer_id, position, skill) VALUES (?, ?, ?)"),
                { id, i, layer.skills[i] }, status))
            return status;
    }
    for (auto it = layer.weights.cbegin(); it != layer.weights.cend(); ++it) {
        if (!runStatement(q, QStringLiteral("INSERT INTO layer_weights(layer_id, key, weight) VALUES (?, ?, ?)"),
                { id, it.key(), it.value() }, status))
            return status;
    }
    for (qsizetype i = 0; i < layer.repos.size(); ++i) {
        const RepoTarget &repo = layer.repos[i];
        if (!runStatement(q, QStringLiteral("INSERT INTO repos(owner, name) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                { repo.owner, repo.name }, status))
            return status;
        if (!runStatement(q, QStringLiteral("SELECT id FROM repos WHERE owner = ? COLLATE NOCASE AND name = ? COLLATE NOCASE"),
                { repo.owner, repo.name }, status)
            || !q.next())
            return status.ok() ? Status::failure(Tr::tr("Repository %1 vanished while saving.").arg(repo.fullName())) : status;
        const qint64 repoId = q.value(0).toLongLong();
        if (!runStatement(
                q, QStringLiteral("INSERT INTO layer_repos(layer_id, repo_id, position) VALUES (?, ?, ?)"), { id, repoId, i }, status))
            return status;
        for (qsizetype p = 0; p < repo.pathPrefixes.size(); ++p) {
            if (!runStatement(q,
                    QStringLiteral("INSERT OR IGNORE INTO layer_repo_paths(layer_id, repo_id, prefix, position) VALUES (?, ?, ?, ?)"),
                    { id, repoId, repo.pathPrefixes[p], p }, status))
                return status;
        }
    }
    for (qsizetype i = 0; i < layer.forums.size(); ++i) {
        if (!runStatement(q, QStringLiteral("INSERT INTO layer_forums(layer_id, url, position) VALUES (?, ?, ?)"),
                { id, layer.forums[i], i }, status))
            return status;
    }
    // A repository no layer maps any more keeps its row: what was synced for
    // it stays until the user forgets it, and re-adding it resumes the sync.
    return status;
}

Status LayerStore::remove(const QString &key)
{
    const auto layer = find(key);
    if (!layer)
        return Status::failure(layer.error());
    return m_db.write([&]() -> Status {
        Status status;
        QSqlQuery q(m_db.connection());
        runStatement(q, QStringLiteral("DELETE FROM layers WHERE id = ?"), { layer->id }, status);
        return status;
    });
}

Status LayerStore::addToRepoMap(const QString &layerKey, const RepoTarget &repo, const QStringList &forums)
{
    auto found = find(layerKey);
    if (!found)
        return Status::failure(found.error());
    RoleLayer layer = found.value();
    if (!repo.owner.isEmpty()) {
        auto existing = std::find_if(layer.repos.begin(), layer.repos.end(), [&](const RepoTarget &r) { return r.sameRepo(repo); });
        if (existing == layer.repos.end()) {
            layer.repos.append(repo);
        } else if (repo.pathPrefixes.isEmpty()) {
            existing->pathPrefixes.clear(); // the whole repository now
        } else if (!existing->pathPrefixes.isEmpty()) {
            for (const QString &p : repo.pathPrefixes)
                existing->pathPrefixes.append(p);
        }
    }
    layer.forums.append(forums);
    return save(layer);
}

Status LayerStore::removeFromRepoMap(const QString &fullName, const QString &layerKey)
{
    const auto target = validation::parseRepo(fullName);
    if (!target)
        return Status::failure(target.error());
    const auto layers = all();
    if (!layers)
        return Status::failure(layers.error());
    if (!layerKey.isEmpty()) {
        if (const auto layer = find(layerKey); !layer)
            return Status::failure(layer.error());
    }
    QList<RoleLayer> changed;
    for (RoleLayer l : layers.value()) {
        if (!layerKey.isEmpty() && l.slug != layerKey && QString::number(l.id) != layerKey)
            continue;
        const auto before = l.repos.size();
        l.repos.removeIf([&](const RepoTarget &r) { return r.sameRepo(target.value()); });
        if (l.repos.size() != before)
            changed.append(l);
    }
    if (changed.isEmpty())
        return Status::failure(layerKey.isEmpty() ? Tr::tr("%1 is not in the repo map.").arg(fullName)
                                                  : Tr::tr("%1 is not mapped in layer '%2'.").arg(fullName, layerKey));
    return saveAll(changed);
}

} // namespace ks::store
