// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace ks::store {

class Database;

// People who asked to be forgotten, kept only as salted hashes of an identity
// that survives renames: GitHub's numeric user id, or a forum's host and user
// id. The salt is made once per workspace and stored in it, so the list goes
// wherever the workspace file goes and a hash means nothing outside it.
class SuppressionList final
{
public:
    enum class Kind { GitHub, Forum };

    explicit SuppressionList(Database &db);

    // Call inside Database::write() (it may create the salt).
    Status add(Kind kind, const QString &identity);
    Result<bool> contains(Kind kind, const QString &identity) const;
    Result<int> count() const;

    // Everything needed to test many identities without a query each: empty
    // when nobody is suppressed (then there is no salt to read either).
    struct Snapshot
    {
        QByteArray salt;
        QSet<QString> hashes;
        bool contains(Kind kind, const QString &identity) const;
    };
    Result<Snapshot> snapshot() const;

    static QString hash(const QByteArray &salt, Kind kind, const QString &identity);

private:
    Result<QByteArray> salt(bool create) const;

    Database &m_db;
};

} // namespace ks::store
