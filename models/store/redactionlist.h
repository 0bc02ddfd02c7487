// SPDX-License-Identifier: MIT
#pragma once

#include "domain/redactor.h"
#include "domain/result.h"

namespace ks::store {

class Database;

// The forgotten people's words as keyed hashes (the redactions table), the
// stand-ins for file paths that named them (redacted_paths), and the erasure
// generation: a number every erasure raises, so a sync running in another
// thread or process knows to re-read the lists before its next page.
class RedactionList final
{
public:
    explicit RedactionList(Database &db);

    // Call inside Database::write().
    Status add(const Redactor::Entries &entries);
    Result<Redactor::Entries> entries() const;
    // The list with this computer's key, ready to redact (empty when
    // nobody was forgotten; fails when the key is missing).
    Result<Redactor> redactor() const;
    Result<bool> containsTerm(const QByteArray &termHash) const;

    // `keptFolders` + "[redacted-N]" for a path that names a forgotten
    // person: the same N each time the same path comes back, a new one for
    // every other path. Call inside Database::write().
    Result<QString> pathStandIn(const QByteArray &key, const QString &path, const QString &keptFolders = {});

    Result<qint64> generation() const;
    Status raiseGeneration(); // inside the erasure's write

private:
    Database &m_db;
};

} // namespace ks::store
