// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ks::store {

// One schema step: running `sql` on a database at `version - 1` brings it to
// `version`. The bundled steps live in resources/sql/NNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The steps compiled into this build, in order.
QList<Migration> bundledMigrations();

} // namespace ks::store
