// SPDX-License-Identifier: MIT
#include "sqlstatement.h"

#include "database.h"

#include <sqlite3.h>

namespace ks::store {

SqlStatement::SqlStatement(Database &db, const QString &sql)
    : SqlStatement(static_cast<sqlite3 *>(db.nativeHandle()), sql)
{ }

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_status = Status::failure(QStringLiteral("no database connection"));
        return;
    }
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * 2), 0, &m_stmt, nullptr) != SQLITE_OK)
        m_status = Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqlStatement::bindUtf8(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

bool SqlStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

Status SqlStatement::exec()
{
    while (next()) { }
    reset();
    return m_status;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString(reinterpret_cast<const QChar *>(data), sqlite3_column_bytes16(m_stmt, column) / 2);
}

} // namespace ks::store
