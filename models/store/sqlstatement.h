// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ks::store {

class Database;

// A prepared statement on the SQLite C API, for the few hot loops (ranking
// reads and writes hundreds of thousands of rows) where QSqlQuery's
// per-value QVariant costs more than the query. Same connection and
// transaction as the Database it was made from; everywhere else, use Qt SQL.
class SqlStatement final
{
    Q_DISABLE_COPY_MOVE(SqlStatement)

public:
    SqlStatement(Database &db, const QString &sql);
    // On a connection opened with the C API (a second reader thread).
    SqlStatement(sqlite3 *db, const QString &sql);
    ~SqlStatement();

    // Empty when the statement prepared; otherwise SQLite's message.
    Status status() const { return m_status; }

    void bind(int index, qint64 value); // 1-based, as in SQLite
    void bind(int index, double value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bindUtf8(int index, const QByteArray &text);

    // Steps once: true with a row to read, false when done or failed
    // (then status() says why).
    bool next();
    // Runs to completion (for writes); resets for the next set of binds.
    Status exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};

} // namespace ks::store
