// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>

namespace ks::store {

class Database;

// People who asked to be forgotten, kept only as keyed hashes of an identity
// that survives renames: GitHub's numeric user id, or a forum's host and user
// id. The key is the workspace owner's erasure key (erasurekey.h), held
// outside the file. Records from before schema 10 are salted SHA-256 with the
// salt in the file; rekey() turns them into keyed ones.
class SuppressionList final
{
public:
    enum class Kind
    {
        GitHub,
        Forum
    };

    // GitHub's user ids are below this (about 2.6 × 10⁸ at the end of 2026).
    static constexpr qint64 MaxGitHubId = 300'000'000;

    explicit SuppressionList(Database &db);

    // Call inside Database::write(), with ErasureKey::findOrCreate()'s key.
    Status add(const QByteArray &key, Kind kind, const QString &identity);
    Result<bool> contains(Kind kind, const QString &identity) const; // reads the key itself
    Result<int> count() const;
    Result<int> saltedCount() const; // records rekey() has not converted yet
    // Ids below this were all tried already: records still salted then
    // cannot be converted (a forum's, or a damaged one), and are not tried again.
    Result<qint64> searchedUpTo() const;

    // Everything needed to test many identities without a query each.
    struct Snapshot
    {
        QByteArray key, salt;
        QSet<QString> keyed, salted;
        bool isEmpty() const { return keyed.isEmpty() && salted.isEmpty(); }
        bool contains(Kind kind, const QString &identity) const;
    };
    Result<Snapshot> snapshot(const QByteArray &key) const;

    static QString hash(const QByteArray &key, Kind kind, const QString &identity);
    static QString saltedHash(const QByteArray &salt, Kind kind, const QString &identity);

    // Converts salted GitHub records to keyed ones by trying every id below
    // `maxId` on all cores (about 105 s for the whole id space on two),
    // stopping once all are found; then drops the salt if nothing is left.
    // Call outside a transaction: the search runs first, the rewrite is one
    // short write.
    struct RekeyReport
    {
        int rekeyed = 0;
        int left = 0; // not found below maxId (forum records, or a bad id)
        qint64 idsTried = 0;
        qint64 milliseconds = 0;
    };
    Result<RekeyReport> rekey(const QByteArray &key, qint64 maxId = MaxGitHubId, const std::function<void(qint64 tried)> &progress = {},
        const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
};

} // namespace ks::store
