// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ks::store {

// Prepares and runs one statement with positional ("?") values; false, with
// a message a sourcer can act on in `status`, when either step fails.
inline bool runStatement(QSqlQuery &q, const QString &sql, const QVariantList &values, Status &status)
{
    if (!q.prepare(sql)) {
        status = Status::failure(Database::describe(q.lastError()));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        status = Status::failure(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

} // namespace ks::store
