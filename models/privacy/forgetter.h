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
    int itemsDeleted = 0;     // their commits, PRs nobody else took part in, reviews, comments
    int itemsAnonymised = 0;  // PRs of theirs others reviewed or commented on, kept without them
    int textsRedacted = 0;    // other people's texts that mentioned them
    bool suppressed = false;  // later syncs will not import them again
};

struct ForgetOptions
{
    // An erasure request: remember a salted hash of their GitHub id so no
    // later sync brings them back. Retention does not suppress.
    bool suppress = true;
    // Rebuild the search index, VACUUM and truncate the WAL afterwards, so
    // nothing of theirs survives in free pages or the log.
    bool compact = true;
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
// Cached files outside the database (avatars) are the caller's to remove.
class Forgetter final
{
public:
    explicit Forgetter(store::Database &db);

    Result<ForgetReport> forget(qint64 userId, const ForgetOptions &options = {});
    // Several people, one compaction at the end (retention).
    Result<QList<ForgetReport>> forget(const QList<qint64> &userIds, const ForgetOptions &options = {});

private:
    Result<ForgetReport> erase(qint64 userId, bool suppress);
    Status compact();

    store::Database &m_db;
};

} // namespace ks::privacy
