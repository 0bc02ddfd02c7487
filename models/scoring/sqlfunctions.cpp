// SPDX-License-Identifier: MIT
#include "sqlfunctions.h"

#include "scoreformula.h"
#include "store/database.h"

#include <sqlite3.h>

namespace ks::scoring {
namespace {

void sqlRecency(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        sqlite3_result_null(context);
    else
        sqlite3_result_double(context, formula::recency(sqlite3_value_double(argv[0])));
}

void sqlPullValue(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_double(context,
        formula::pullValue(
            sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]), sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

QStringView textOf(sqlite3_value *value)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(value));
    return text ? QStringView(text, sqlite3_value_bytes16(value) / 2) : QStringView();
}

void sqlFileKind(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, int(formula::fileKind(textOf(argv[0]))));
}

void sqlSubPath(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QString sub = formula::subPath(textOf(argv[0]), sqlite3_value_int(argv[1]));
    sqlite3_result_text16(context, sub.utf16(), int(sub.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

Status registerScoringFunctions(store::Database &db)
{
    return registerScoringFunctions(static_cast<sqlite3 *>(db.nativeHandle()));
}

Status registerScoringFunctions(sqlite3 *handle)
{
    if (!handle)
        return Status::failure(QStringLiteral("no database connection"));
    // Once per connection: replacing a function is refused while any
    // statement on the connection is still reading.
    sqlite3_stmt *probe = nullptr;
    const bool known = sqlite3_prepare_v2(handle, "SELECT ks_subpath('', 1)", -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (known)
        return {};
    const int utf8 = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    const int utf16 = SQLITE_UTF16 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(handle, "ks_recency", 1, utf8, nullptr, sqlRecency, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_pull_value", 4, utf8, nullptr, sqlPullValue, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_file_kind", 1, utf16, nullptr, sqlFileKind, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_subpath", 2, utf16, nullptr, sqlSubPath, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

} // namespace ks::scoring
