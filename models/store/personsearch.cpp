// SPDX-License-Identifier: MIT
#include "personsearch.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {

using namespace Qt::StringLiterals;

PersonSearch::PersonSearch(Database &db)
    : m_db(db)
{ }

Result<int> PersonSearch::pending() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM search_people_dirty"_s) || !q.next())
        return Result<int>::failure(Database::describe(q.lastError()));
    return q.value(0).toInt();
}

Result<int> PersonSearch::refresh()
{
    int rebuilt = 0;
    const Status written = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        // What search_text holds per item, concatenated per person.
        const QString statements[] = {
            u"DELETE FROM search_people WHERE rowid IN (SELECT user_id FROM search_people_dirty)"_s,
            u"INSERT INTO search_people(rowid, body) SELECT u.id, u.login || ' ' || coalesce(u.name, '')"
            " || coalesce(char(10) || (SELECT group_concat(title, char(10)) FROM pull_requests WHERE author_id = u.id), '')"
            " || coalesce(char(10) || (SELECT group_concat(body, char(10)) FROM review_comments WHERE user_id = u.id), '')"
            " || coalesce(char(10) || (SELECT group_concat(body, char(10)) FROM notes WHERE user_id = u.id), '')"
            " FROM search_people_dirty d JOIN github_users u ON u.id = d.user_id"_s,
            u"DELETE FROM search_people_dirty"_s,
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Status::failure(Database::describe(q.lastError()));
            if (sql.startsWith("DELETE FROM search_people_dirty"_L1))
                rebuilt = q.numRowsAffected();
        }
        return {};
    });
    if (!written)
        return Result<int>::failure(written.error());
    return rebuilt;
}

} // namespace ks::store
