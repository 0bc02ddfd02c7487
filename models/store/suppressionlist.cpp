// SPDX-License-Identifier: MIT
#include "suppressionlist.h"

#include "database.h"
#include "domain/clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

constexpr auto SaltKey = "suppression_salt"_L1;

QString kindName(SuppressionList::Kind kind)
{
    return kind == SuppressionList::Kind::GitHub ? u"github"_s : u"forum"_s;
}

} // namespace

SuppressionList::SuppressionList(Database &db)
    : m_db(db)
{
}

QString SuppressionList::hash(const QByteArray &salt, Kind kind, const QString &identity)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(salt);
    h.addData(kindName(kind).toUtf8());
    h.addData(QByteArrayView(":"));
    h.addData(identity.trimmed().toLower().toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Result<QByteArray> SuppressionList::salt(bool create) const
{
    using R = Result<QByteArray>;
    const auto stored = m_db.metaValue(QString(SaltKey));
    if (!stored)
        return R::failure(stored.error());
    if (!stored->isEmpty() || !create)
        return stored->toLatin1();
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QByteArray salt = bytes.toHex();
    if (const Status s = m_db.setMetaValue(QString(SaltKey), QString::fromLatin1(salt)); !s)
        return R::failure(s.error());
    return salt;
}

Status SuppressionList::add(Kind kind, const QString &identity)
{
    const auto s = salt(true);
    if (!s)
        return Status::failure(s.error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR IGNORE INTO suppressions(identity_hash, kind, suppressed_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(hash(s.value(), kind, identity));
    q.addBindValue(kindName(kind));
    q.addBindValue(ks::Clock::now().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(Database::describe(q.lastError()));
    return {};
}

Result<bool> SuppressionList::contains(Kind kind, const QString &identity) const
{
    const auto all = snapshot();
    if (!all)
        return Result<bool>::failure(all.error());
    return all->contains(kind, identity);
}

Result<int> SuppressionList::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM suppressions"_s) || !q.next())
        return Result<int>::failure(Database::describe(q.lastError()));
    return q.value(0).toInt();
}

Result<SuppressionList::Snapshot> SuppressionList::snapshot() const
{
    using R = Result<Snapshot>;
    Snapshot out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT identity_hash FROM suppressions"_s))
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        out.hashes.insert(q.value(0).toString());
    if (out.hashes.isEmpty())
        return out;
    const auto s = salt(false);
    if (!s)
        return R::failure(s.error());
    out.salt = s.value();
    return out;
}

bool SuppressionList::Snapshot::contains(Kind kind, const QString &identity) const
{
    return !hashes.isEmpty() && hashes.contains(hash(salt, kind, identity));
}

} // namespace ks::store
