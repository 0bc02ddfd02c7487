// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "viewdocument.h"

namespace ks::store {
class Database;
}

namespace ks::viewer {

// What an evidence link points at, read from its GitHub URL:
//   .../OWNER/NAME/pull/N[/files][#discussion_rID | #pullrequestreview-ID]
//   .../OWNER/NAME/commit/SHA
//   .../OWNER/NAME/blob/REF/PATH[#LN]
struct EvidenceTarget
{
    enum class Kind
    {
        Unknown,
        Pull,
        Commit,
        File
    };
    Kind kind = Kind::Unknown;
    QString owner;
    QString name;
    int number = 0;
    QString ref; // a commit sha, or a blob's ref
    QString path;
    int line = 0;
    qint64 commentId = 0; // #discussion_rID
};

EvidenceTarget parseEvidenceUrl(const QString &url);

// "OWNER/NAME#N" (or a PR's URL) -> the owner, name and number; false when
// it is neither.
bool parsePullReference(const QString &text, QString &owner, QString &name, int &number);

// A PR's diff from the workspace: every file's patch, review comments under
// their lines. Fails when the PR is not in the workspace.
Result<ViewDocument> loadPull(store::Database &db, const QString &owner, const QString &name, int number);

// The PR a landed commit came from, or 0.
Result<int> pullOfCommit(store::Database &db, const QString &owner, const QString &name, const QString &sha);

// A file at a commit from the workspace's cache of fetched files. Fails when
// it was never fetched (fetch it with FileFetcher) or GitHub had no text
// for it (the message says which).
Result<ViewDocument> loadCachedFile(
    store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path);

// Writes a fetched file into that cache: status 'ok' with text, or
// 'binary', 'too_large', 'missing' without.
Status cacheFile(store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path,
    const QString &status, const QByteArray &content, const QString &sourceUrl);

} // namespace ks::viewer
