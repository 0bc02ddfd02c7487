// SPDX-License-Identifier: MIT
#include "database.h"

#include "domain/clock.h"
#include "domain/privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <sqlite3.h>

namespace ks::store {
namespace {

Q_LOGGING_CATEGORY(lcStore, "kernelscout.store", QtWarningMsg)

// Files bigger than this skip the integrity probe on open: it reads every page.
constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("kernelscout-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &Database::pollDataVersion);
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    m_pollTimer->stop();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QString> Database::metaValue(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Result<QString>::failure(describe(q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Status Database::copyTo(const QString &path) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Status::failure(tr("Cannot copy the workspace to %1: %2").arg(path, describe(q.lastError())));
    privatefiles::restrict(path);
    return {};
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(describe(q.lastError()));
    return {};
}

QString Database::describe(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The workspace is busy: another Kernel Scout window or command is writing to it. Try again in a moment.");
    case SQLITE_READONLY:
        return tr("The workspace file is read-only; nothing was changed.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The workspace file is damaged or is not a Kernel Scout workspace (%1).").arg(error.databaseText());
    case SQLITE_FULL:
        return tr("The disk is full; nothing was changed.");
    case SQLITE_CANTOPEN:
        return tr("The workspace file cannot be opened (%1).").arg(error.databaseText());
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return tr("Database error: %1").arg(text);
}

Status Database::open(const QString &path, OpenMode mode, const QList<Migration> &migrations)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_backupPath.clear();
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return Status::failure(tr("%1 is not a file.").arg(m_path));
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return Status::failure(
                tr("There is no workspace at %1. Create one with 'kernelscout init' or choose another file.").arg(m_path));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    if (m_forceReadOnly && !info.exists())
        return Status::failure(tr("There is no workspace at %1.").arg(m_path));
    if (!info.exists()) {
        // A new workspace is its owner's alone (SQLite gives the WAL and SHM
        // files the same mode), whatever the umask.
        QFile created(m_path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !privatefiles::restrict(created))
            return Status::failure(tr("Cannot create %1: %2").arg(m_path, created.errorString()));
        created.close();
    }
    m_readOnly = m_forceReadOnly || (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout);
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message = describe(db.lastError());
        close();
        return Status::failure(tr("Cannot open %1: %2").arg(m_path, message));
    }
    if (Status s = configure(); !s) {
        close();
        return Status::failure(tr("Cannot open %1: %2").arg(m_path, s.error()));
    }
    if (Status s = migrate(migrations); !s) {
        close();
        return Status::failure(tr("Cannot open %1: %2").arg(m_path, s.error()));
    }
    m_lastDataVersion = dataVersion();
    if (m_pollTimer->interval() > 0)
        m_pollTimer->start();
    qCDebug(lcStore) << "opened" << m_path << "schema" << schemaVersion() << (m_readOnly ? "read-only" : "");
    return {};
}

Status Database::configure()
{
    QSqlQuery q(connection());
    // The first read fails on a file that is not SQLite at all.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::failure(describe(q.lastError()));
    const int applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return Status::failure(describe(q.lastError()));
    const bool empty = q.value(0).toInt() == 0;
    if (applicationId != ApplicationId && !(applicationId == 0 && empty))
        return Status::failure(tr("this SQLite file belongs to another program, not Kernel Scout; nothing was changed."));

    if (m_checkIntegrity && !empty && QFileInfo(m_path).size() <= QuickCheckLimit) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return Status::failure(describe(q.lastError()));
        if (q.value(0).toString() != QLatin1String("ok"))
            return Status::failure(
                tr("the workspace file is damaged (%1). Restore a backup; nothing was changed.").arg(q.value(0).toString()));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::failure(describe(q.lastError()));
    // A workspace runs to hundreds of MB: SQLite's default 2 MB page cache
    // makes ranking's large aggregates and rebuilds thrash; 64 MB is cheap on
    // a desktop. Temporary tables and sorts stay in memory.
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (m_readOnly)
        return {};
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return Status::failure(describe(q.lastError()));
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return Status::failure(describe(q.lastError()));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::sqliteVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return QString::fromLatin1(sqlite3_libversion());
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest)
        return Status::failure(
            tr("it was written by a newer Kernel Scout (schema %1; this build knows up to %2). Update Kernel Scout; nothing was changed.")
                .arg(current)
                .arg(latest));
    if (current == latest)
        return {};
    if (m_readOnly)
        return Status::failure(tr("the file is read-only and needs upgrading from schema %1 to %2.").arg(current).arg(latest));

    QSqlQuery q(connection());
    if (current > 0) {
        // VACUUM INTO makes a consistent copy including what is still in the WAL.
        const QString stamp = ks::Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_backupPath);
        if (!q.exec())
            return Status::failure(
                tr("could not back up the workspace before upgrading it (%1); nothing was changed.").arg(describe(q.lastError())));
        privatefiles::restrict(m_backupPath); // it holds everyone the workspace does
    }

    auto *handle = static_cast<sqlite3 *>(nativeHandle());
    for (const Migration &step : migrations) {
        if (step.version <= current)
            continue;
        // Each step and its user_version bump commit together or not at all.
        const QByteArray script = QByteArrayLiteral("BEGIN IMMEDIATE;\n") + step.sql.toUtf8()
            + QByteArrayLiteral("\nPRAGMA user_version = ") + QByteArray::number(step.version)
            + QByteArrayLiteral(";\nPRAGMA application_id = ") + QByteArray::number(ApplicationId) + QByteArrayLiteral(";\nCOMMIT;");
        char *errorText = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &errorText) != SQLITE_OK) {
            const QString message = QString::fromUtf8(errorText ? errorText : sqlite3_errmsg(handle));
            sqlite3_free(errorText);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Status::failure(
                tr("upgrading to schema %1 (%2) failed: %3. The workspace is unchanged.").arg(step.version).arg(step.name, message));
        }
    }
    QSqlQuery meta(connection());
    meta.prepare(QStringLiteral("INSERT OR IGNORE INTO workspace_meta(key, value) VALUES ('created_at', ?)"));
    meta.addBindValue(ks::Clock::now().toString(Qt::ISODate));
    meta.exec();
    return {};
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Status::failure(tr("The workspace %1 is read-only; nothing was changed.").arg(m_path));
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(describe(q.lastError()));
    Status result = work();
    if (result && !q.exec(QStringLiteral("COMMIT")))
        result = Status::failure(describe(q.lastError()));
    if (!result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    m_lastDataVersion = dataVersion();
    Q_EMIT changed();
    return {};
}

void Database::beginBulkWrites()
{
    if (!m_readOnly)
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
}

void Database::endBulkWrites()
{
    if (m_readOnly)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = milliseconds;
    if (isOpen())
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

void Database::setChangePollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
    if (milliseconds <= 0)
        m_pollTimer->stop();
    else if (isOpen())
        m_pollTimer->start();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void Database::pollDataVersion()
{
    const qint64 version = dataVersion();
    if (version != m_lastDataVersion) {
        m_lastDataVersion = version;
        Q_EMIT changed();
    }
}

} // namespace ks::store
