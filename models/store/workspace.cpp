// SPDX-License-Identifier: MIT
#include "workspace.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/privatefiles.h"
#include "timeshift.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ks::store::workspace {

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kernelscout.sqlite"));
}

QString resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QDir::current().absoluteFilePath(commandLinePath);
    const QString fromEnvironment = qEnvironmentVariable("KERNELSCOUT_DB");
    if (!fromEnvironment.isEmpty())
        return QDir::current().absoluteFilePath(fromEnvironment);
    return defaultPath();
}

QString bundledDemo()
{
    return QStringLiteral(":/kernelscout/demo/demo.sqlite");
}

Result<QString> copyDemo(const QString &source, const QString &directory)
{
    const QString target = QDir(directory).filePath(QStringLiteral("kernelscout-demo.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(target + suffix);
    if (!QDir().mkpath(directory) || !QFile::copy(source, target))
        return Result<QString>::failure(
            QCoreApplication::translate("ks::store::workspace", "Cannot copy the demo workspace to %1.").arg(target));
    // Resources copy as read-only files; the copy is its owner's alone.
    privatefiles::restrict(target);
    // Made as of a fixed day: moved to today before anyone reads it.
    Database db;
    db.setChangePollInterval(0);
    if (Status s = db.open(target, Database::OpenMode::MustExist); !s)
        return Result<QString>::failure(s.error());
    if (const auto moved = TimeShift::bringForward(db, Clock::today()); !moved)
        return Result<QString>::failure(moved.error());
    db.close();
    return target;
}

} // namespace ks::store::workspace
