// SPDX-License-Identifier: MIT
#include "migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ks::store {

QList<Migration> bundledMigrations()
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{3})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> steps;
    const QDir dir(QStringLiteral(":/kernelscout/sql"));
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto match = fileName.match(f);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        steps.append({ match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll()) });
    }
    // The file names must number the steps 1..N without gaps; a build that
    // breaks this is caught by tests/store/tst_migrations.
    return steps;
}

} // namespace ks::store
