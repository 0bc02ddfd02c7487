// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Shared by the outreach stores: one prepared statement with positional
// values, and a write of one statement in its own transaction.
namespace ks::outreach::detail {

inline bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

inline Status writeOne(store::Database &db, const QString &sql, const QVariantList &values)
{
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        return run(q, sql, values) ? Status() : Status::failure(store::Database::describe(q.lastError()));
    });
}

inline QString nowText()
{
    return ks::Clock::now().toString(Qt::ISODateWithMs);
}

} // namespace ks::outreach::detail
