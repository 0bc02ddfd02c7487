// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ks {

// A GitHub repository a layer's people work in. An empty prefix list means
// the whole repository is relevant; otherwise only paths under a prefix are.
struct RepoTarget
{
    QString owner;
    QString name;
    QStringList pathPrefixes;

    QString fullName() const { return owner + QLatin1Char('/') + name; }
    bool sameRepo(const RepoTarget &other) const
    {
        return owner.compare(other.owner, Qt::CaseInsensitive) == 0 && name.compare(other.name, Qt::CaseInsensitive) == 0;
    }
    friend bool operator==(const RepoTarget &, const RepoTarget &) = default;
};

// The layer of the stack a role hires for (kernel developer, compiler
// frontend, ...). `slug` is the stable identifier the CLI and files use; the
// database id is an implementation detail and 0 until stored.
struct RoleLayer
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString description;
    QStringList skills;
    QMap<QString, double> weights;
    QList<RepoTarget> repos;
    QStringList forums;

    // Equality ignores the database id: two workspaces holding the same
    // layer compare equal.
    friend bool operator==(const RoleLayer &a, const RoleLayer &b)
    {
        return a.slug == b.slug && a.name == b.name && a.description == b.description && a.skills == b.skills && a.weights == b.weights
            && a.repos == b.repos && a.forums == b.forums;
    }
};

} // namespace ks
