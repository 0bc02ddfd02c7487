// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace ks::store {
class Database;
}

namespace ks::outreach {

// Phrases that make a message read as mass mail: the bundled list
// (resources/outreach/generic-phrases.txt) plus the workspace's own.
class GenericPhraseStore final
{
public:
    explicit GenericPhraseStore(store::Database &db);

    static const QStringList &bundled();
    // Bundled first, then the user's.
    Result<QStringList> all() const;
    Result<QStringList> userPhrases() const;
    Status add(const QString &phrase);
    Status remove(const QString &phrase);

private:
    store::Database &m_db;
};

} // namespace ks::outreach
