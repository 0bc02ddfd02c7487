// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "migration.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>

class QTimer;

namespace ks::store {

// One SQLite connection to a workspace file, owned by the thread that made
// it (create one Database per thread). Opening configures WAL, foreign keys and
// a busy timeout, then brings the schema up to date, backing the file up first.
//
// changed() fires after this connection commits a write, and when another
// connection or process commits (polled through PRAGMA data_version), so views
// stay current while a CLI sync writes the same file.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist
    };

    // Marks the file as ours ('KSCO'); a SQLite file with another id is refused.
    static constexpr int ApplicationId = 0x4B53434F;

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    Status open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing, const QList<Migration> &migrations = bundledMigrations());
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString sqliteVersion() const;
    // The copy made before the last migration of an existing file, if any.
    QString backupPath() const { return m_backupPath; }

    QSqlDatabase connection() const;
    // The driver's sqlite3* (as void*, keeping sqlite3.h out of this header),
    // for registering SQL functions.
    void *nativeHandle() const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; any failure rolls back,
    // so callers never leave a partial write. Emits changed() on commit.
    Status write(const std::function<Status()> &work);

    // For a long run of small transactions (a sync writes one per page):
    // checkpoint the WAL every 64 MiB instead of every 4 MiB, then fold it
    // back in at the end. Halves the cost of per-page commits; durability
    // is unchanged (each commit is still in the WAL).
    void beginBulkWrites();
    void endBulkWrites();

    void setBusyTimeout(int milliseconds);
    // Opens without writing anything, even where the file is writable
    // (inspecting a colleague's workspace, or a backup). Set before open().
    void setForceReadOnly(bool readOnly) { m_forceReadOnly = readOnly; }
    // A second connection to a file another connection opened already (a
    // worker thread's) need not read every page again. Set before open().
    void setCheckIntegrity(bool check) { m_checkIntegrity = check; }
    // 0 stops watching for other writers (the CLI has no event loop to serve it).
    void setChangePollInterval(int milliseconds);

    // A consistent copy of the whole workspace in a new file (VACUUM INTO),
    // for work that must not change this one.
    Status copyTo(const QString &path) const;

    // The workspace's own settings (workspace_meta): empty when `key` is
    // absent. setMetaValue() writes in the caller's transaction, if any.
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // A message for a failed statement that a sourcer can act on.
    static QString describe(const class QSqlError &error);

Q_SIGNALS:
    void changed();

private:
    Status configure();
    Status migrate(const QList<Migration> &migrations);
    qint64 dataVersion() const;
    void pollDataVersion();

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_forceReadOnly = false;
    bool m_checkIntegrity = true;
    int m_busyTimeout = 5000;
    qint64 m_lastDataVersion = -1;
    QTimer *m_pollTimer = nullptr;
};

} // namespace ks::store
