// SPDX-License-Identifier: MIT
#include "redactionlist.h"

#include "database.h"
#include "domain/clock.h"
#include "erasurekey.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

constexpr auto GenerationKey = "erasure_generation"_L1;

} // namespace

RedactionList::RedactionList(Database &db)
    : m_db(db)
{ }

Status RedactionList::add(const Redactor::Entries &entries)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR IGNORE INTO redactions(term_hash, role, added_at) VALUES (?, ?, ?)"_s);
    const QString now = ks::Clock::now().toString(Qt::ISODate);
    const auto insert = [&](const QSet<QByteArray> &hashes, const QString &role) -> Status {
        for (const QByteArray &h : hashes) {
            q.addBindValue(QString::fromLatin1(h.toHex()));
            q.addBindValue(role);
            q.addBindValue(now);
            if (!q.exec())
                return Status::failure(Database::describe(q.lastError()));
        }
        return {};
    };
    if (const Status s = insert(entries.terms, u"term"_s); !s)
        return s;
    return insert(entries.firsts, u"first"_s);
}

Result<Redactor::Entries> RedactionList::entries() const
{
    Redactor::Entries out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT term_hash, role FROM redactions"_s))
        return Result<Redactor::Entries>::failure(Database::describe(q.lastError()));
    while (q.next())
        (q.value(1).toString() == "first"_L1 ? out.firsts : out.terms).insert(QByteArray::fromHex(q.value(0).toString().toLatin1()));
    return out;
}

Result<Redactor> RedactionList::redactor() const
{
    const auto all = entries();
    if (!all)
        return Result<Redactor>::failure(all.error());
    if (all->isEmpty())
        return Redactor();
    const auto key = ErasureKey::find(m_db);
    if (!key)
        return Result<Redactor>::failure(key.error());
    return Redactor(key.value(), all.value());
}

Result<bool> RedactionList::containsTerm(const QByteArray &termHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM redactions WHERE term_hash = ? AND role = 'term'"_s);
    q.addBindValue(QString::fromLatin1(termHash.toHex()));
    if (!q.exec())
        return Result<bool>::failure(Database::describe(q.lastError()));
    return q.next();
}

Result<QString> RedactionList::pathStandIn(const QByteArray &key, const QString &path, const QString &keptFolders)
{
    using R = Result<QString>;
    const QString hash = QString::fromLatin1(Redactor::hash(key, path).toHex());
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT n FROM redacted_paths WHERE path_hash = ?"_s);
    q.addBindValue(hash);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    if (!q.next()) {
        q.prepare(u"INSERT INTO redacted_paths(path_hash, n) SELECT ?, coalesce(max(n), 0) + 1 FROM redacted_paths RETURNING n"_s);
        q.addBindValue(hash);
        if (!q.exec() || !q.next())
            return R::failure(Database::describe(q.lastError()));
    }
    return keptFolders + u"[redacted-%1]"_s.arg(q.value(0).toLongLong());
}

Result<qint64> RedactionList::generation() const
{
    const auto value = m_db.metaValue(QString(GenerationKey));
    if (!value)
        return Result<qint64>::failure(value.error());
    return value->toLongLong();
}

Status RedactionList::raiseGeneration()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO workspace_meta(key, value) VALUES (?, '1') "
              "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"_s);
    q.addBindValue(QString(GenerationKey));
    if (!q.exec())
        return Status::failure(Database::describe(q.lastError()));
    return {};
}

} // namespace ks::store
