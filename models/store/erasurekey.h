// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace ks::store {

class Database;

// The secret that keys a workspace's erasure records (suppressed ids and
// redacted words). It is kept by the workspace's owner, outside the file —
// in <data>/kernelscout/erasure-keys/<workspace id>.key, 0600 in a 0700
// folder (KERNELSCOUT_KEYS_DIR moves the folder) — so a copy of the
// workspace alone cannot be tested against GitHub ids or names. Moving a
// workspace to another computer means moving its key too (exportTo /
// importFrom, `kernelscout workspace export-key` / `import-key`).
class ErasureKey final
{
public:
    static QString folder();

    // This workspace's key, or an empty array when it has none yet. Fails
    // when the workspace holds keyed records but this computer lacks the
    // key: a sync must not run then, or it would bring erased people back.
    static Result<QByteArray> find(Database &db);
    // As find(), making the key (and the workspace's id) when there is none.
    // Call inside Database::write().
    static Result<QByteArray> findOrCreate(Database &db);

    static Status exportTo(Database &db, const QString &file);
    // Takes a key exported for this workspace (or for the workspace this
    // file was copied from): refused when it belongs to another one.
    static Status importFrom(Database &db, const QString &file);

    static QString missingKeyMessage();

private:
    static Result<QString> workspaceId(Database &db, bool create);
    static QString keyFile(const QString &workspaceId);
};

} // namespace ks::store
