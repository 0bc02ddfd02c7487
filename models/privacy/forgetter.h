// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace ks::store {
class Database;
}

namespace ks::privacy {

// What erasing one person did, for the confirmation and the audit line.
struct ForgetReport
{
    qint64 userId = 0;
    QString login;
    int itemsDeleted = 0; // their commits, PRs nobody else took part in, reviews, comments
    int itemsAnonymised = 0; // PRs of theirs others reviewed or commented on, kept without them
    int textsRedacted = 0; // other people's texts that mentioned them
    bool suppressed = false; // later syncs will not import them again
    int pathsRenamed = 0; // file paths naming them, now "[redacted-N]"
    bool alreadyForgotten = false; // nobody left to erase: only compacted
    QStringList backupsDeleted; // migration backups beside the workspace
    // The erasure is committed, but the file could not be compacted (another
    // connection was reading): the deleted bytes may linger in the file until
    // `kernelscout compact` (or the same forget again) succeeds.
    QString compactionError;
};

struct ForgetOptions
{
    // An erasure request: list keyed hashes of their GitHub id and their
    // words so no later sync brings them back. Retention does not suppress.
    bool suppress = true;
    // Rebuild the search index, VACUUM and truncate the WAL afterwards, so
    // nothing of theirs survives in free pages or the log.
    bool compact = true;
    // Migration backups (FILE.vN-….bak) hold everyone as they were, in an
    // older schema that cannot be redacted: an erasure deletes them unless
    // told to keep them.
    bool keepBackups = false;
};

// Erases a person from a workspace. Their own rows go (identity, profile,
// contact channels, scores, pipeline entries, stage history, notes, tags,
// drafts, their commits, reviews and comments). What they share with others
// stays for the others but without them: a PR of theirs that someone else
// reviewed keeps its reviews, loses its author, and their login, name and
// e-mail addresses are redacted from every stored text (titles, bodies,
// review comments and their diff hunks, commit messages and trailers, patches,
// cached files, evidence labels, other people's notes and drafts).
//
// Deletions overwrite the freed space (PRAGMA secure_delete), and with
// `suppress` their identifiers are listed as keyed hashes (suppressions,
// redactions) so no later sync stores them or their words again.
//
// Cached files outside the database (avatars) are the caller's to remove.
class Forgetter final
{
public:
    explicit Forgetter(store::Database &db);

    Result<ForgetReport> forget(qint64 userId, const ForgetOptions &options = {});
    // Several people, one compaction at the end (retention).
    Result<QList<ForgetReport>> forget(const QList<qint64> &userIds, const ForgetOptions &options = {});

    // Whether an erasure request already covers this GitHub id or login
    // (then forget() only compacts again).
    Result<bool> wasForgotten(qint64 userId) const;
    Result<bool> wasForgotten(const QString &login) const;

    // Rebuilds the search index, VACUUMs and empties the WAL, so nothing
    // deleted survives in free pages or the log. Re-runnable: an erasure
    // whose compaction failed is finished by running this again.
    Status compact();
    Result<bool> compactionPending() const;

    static QStringList migrationBackups(const QString &workspacePath);
    // Deletes every migration backup beside the workspace; returns the ones
    // deleted, or which one could not be.
    Result<QStringList> deleteMigrationBackups() const;

private:
    Result<ForgetReport> erase(qint64 userId, bool suppress);

    store::Database &m_db;
};

} // namespace ks::privacy
