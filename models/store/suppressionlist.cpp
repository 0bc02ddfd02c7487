// SPDX-License-Identifier: MIT
#include "suppressionlist.h"

#include "database.h"
#include "domain/clock.h"
#include "erasurekey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <charconv>
#include <mutex>
#include <thread>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

constexpr auto SaltKey = "suppression_salt"_L1;

QByteArray kindName(SuppressionList::Kind kind)
{
    return kind == SuppressionList::Kind::GitHub ? "github"_ba : "forum"_ba;
}

QByteArray subject(SuppressionList::Kind kind, const QString &identity)
{
    return kindName(kind) + ':' + identity.trimmed().toLower().toUtf8();
}

} // namespace

SuppressionList::SuppressionList(Database &db)
    : m_db(db)
{ }

QString SuppressionList::hash(const QByteArray &key, Kind kind, const QString &identity)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(subject(kind, identity), key, QCryptographicHash::Sha256).toHex());
}

QString SuppressionList::saltedHash(const QByteArray &salt, Kind kind, const QString &identity)
{
    return QString::fromLatin1(QCryptographicHash::hash(salt + subject(kind, identity), QCryptographicHash::Sha256).toHex());
}

Status SuppressionList::add(const QByteArray &key, Kind kind, const QString &identity)
{
    if (key.isEmpty())
        return Status::failure(ErasureKey::missingKeyMessage());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR IGNORE INTO suppressions(identity_hash, kind, suppressed_at, scheme) VALUES (?, ?, ?, 'hmac-sha256')"_s);
    q.addBindValue(hash(key, kind, identity));
    q.addBindValue(QString::fromLatin1(kindName(kind)));
    q.addBindValue(ks::Clock::now().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(Database::describe(q.lastError()));
    return {};
}

Result<bool> SuppressionList::contains(Kind kind, const QString &identity) const
{
    const auto key = ErasureKey::find(m_db);
    if (!key)
        return Result<bool>::failure(key.error());
    const auto all = snapshot(key.value());
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

Result<int> SuppressionList::saltedCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM suppressions WHERE scheme = 'salted-sha256'"_s) || !q.next())
        return Result<int>::failure(Database::describe(q.lastError()));
    return q.value(0).toInt();
}

Result<qint64> SuppressionList::searchedUpTo() const
{
    const auto value = m_db.metaValue(u"salted_searched_up_to"_s);
    if (!value)
        return Result<qint64>::failure(value.error());
    return value->toLongLong();
}

Result<SuppressionList::Snapshot> SuppressionList::snapshot(const QByteArray &key) const
{
    using R = Result<Snapshot>;
    Snapshot out;
    out.key = key;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT identity_hash, scheme FROM suppressions"_s))
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        (q.value(1).toString() == "hmac-sha256"_L1 ? out.keyed : out.salted).insert(q.value(0).toString());
    if (!out.keyed.isEmpty() && key.isEmpty())
        return R::failure(ErasureKey::missingKeyMessage());
    if (!out.salted.isEmpty()) {
        const auto salt = m_db.metaValue(QString(SaltKey));
        if (!salt)
            return R::failure(salt.error());
        out.salt = salt->toLatin1();
    }
    return out;
}

bool SuppressionList::Snapshot::contains(Kind kind, const QString &identity) const
{
    return (!keyed.isEmpty() && keyed.contains(hash(key, kind, identity)))
        || (!salted.isEmpty() && salted.contains(saltedHash(salt, kind, identity)));
}

Result<SuppressionList::RekeyReport> SuppressionList::rekey(
    const QByteArray &key, qint64 maxId, const std::function<void(qint64)> &progress, const std::atomic_bool *cancel)
{
    using R = Result<RekeyReport>;
    RekeyReport report;
    QElapsedTimer timer;
    timer.start();
    if (key.isEmpty())
        return R::failure(ErasureKey::missingKeyMessage());
    const auto before = snapshot(key);
    if (!before)
        return R::failure(before.error());
    if (before->salted.isEmpty())
        return report;
    QList<QByteArray> wanted;
    for (const QString &h : before->salted)
        wanted.append(QByteArray::fromHex(h.toLatin1()));

    // Every id's hash is salt ‖ "github:" ‖ decimal id; the workers take
    // blocks of ids in turn and stop when all are found or asked to.
    const QByteArray prefix = before->salt + "github:";
    constexpr qint64 Block = 1 << 20;
    std::atomic<qint64> nextBlock { 0 };
    std::atomic<qint64> tried { 0 };
    std::atomic<int> remaining { int(wanted.size()) };
    std::mutex lock;
    QHash<QByteArray, qint64> found;
    const auto caller = std::this_thread::get_id();
    const auto work = [&] {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QByteArray buffer = prefix;
        buffer.resize(prefix.size() + 20);
        for (;;) {
            if (remaining.load() == 0 || (cancel && cancel->load()))
                return;
            const qint64 first = nextBlock.fetch_add(Block);
            if (first > maxId)
                return;
            const qint64 last = std::min(maxId, first + Block - 1);
            for (qint64 id = std::max<qint64>(first, 1); id <= last; ++id) {
                char *digits = buffer.data() + prefix.size();
                const auto end = std::to_chars(digits, digits + 20, id).ptr;
                h.reset();
                h.addData(QByteArrayView(buffer.constData(), end - buffer.constData()));
                const QByteArrayView result = h.resultView();
                for (const QByteArray &w : std::as_const(wanted)) {
                    if (result == QByteArrayView(w)) {
                        const std::lock_guard guard(lock);
                        found.insert(w, id);
                        remaining.fetch_sub(1);
                    }
                }
            }
            const qint64 done = tried.fetch_add(last - first + 1) + (last - first + 1);
            if (progress && std::this_thread::get_id() == caller)
                progress(done);
        }
    };
    const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < workers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    report.idsTried = std::min(tried.load(), maxId);
    if (cancel && cancel->load())
        return R::failure(QCoreApplication::translate("ks::store::SuppressionList", "Re-keying was cancelled; nothing was changed."));

    const Status written = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            q.prepare(u"UPDATE OR REPLACE suppressions SET identity_hash = ?, scheme = 'hmac-sha256' WHERE identity_hash = ?"_s);
            q.addBindValue(hash(key, Kind::GitHub, QString::number(it.value())));
            q.addBindValue(QString::fromLatin1(it.key().toHex()));
            if (!q.exec())
                return Status::failure(Database::describe(q.lastError()));
            ++report.rekeyed;
        }
        report.left = int(wanted.size()) - report.rekeyed;
        if (report.left == 0 && !q.exec(u"DELETE FROM workspace_meta WHERE key = 'suppression_salt'"_s))
            return Status::failure(Database::describe(q.lastError()));
        return m_db.setMetaValue(u"salted_searched_up_to"_s, QString::number(maxId));
    });
    if (!written)
        return R::failure(written.error());
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace ks::store
