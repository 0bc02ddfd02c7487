// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace ks::store {
class Database;
}

namespace ks::privacy {

// Everything a workspace holds about one person, for a subject access
// request: identity and profile, what was derived from it, contact channels,
// the public work stored, scores, and everything sourcers wrote about them
// (stages, notes, tags, drafts). Every fact carries where it came from and
// when it was read (source_url, fetched_at), or says it was entered here.
class SubjectReport final
{
public:
    explicit SubjectReport(store::Database &db);

    Result<QJsonObject> build(qint64 userId) const;
    // The same as readable text (Markdown), for sending to the person.
    static QString toText(const QJsonObject &report);

private:
    store::Database &m_db;
};

} // namespace ks::privacy
