// SPDX-License-Identifier: MIT
// Build-time generator of the bundled demo workspace: `kernelscout-makedemo
// OUT.sqlite` writes a fresh workspace holding the ML-compiler preset (and,
// as later issues add them, demo contributors). The app embeds the result.
#include "store/database.h"
#include "store/presets.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: kernelscout-makedemo OUT.sqlite\n";
        return 2;
    }
    const QString out = args[1];
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(out + suffix);
    {
        ks::store::Database db;
        db.setChangePollInterval(0);
        if (ks::Status s = db.open(out); !s) {
            err << s.error() << '\n';
            return 1;
        }
        if (const auto applied = ks::store::presets::apply(db, QString(ks::store::presets::Default)); !applied) {
            err << applied.error() << '\n';
            return 1;
        }
        // One self-contained file: the resource system cannot carry a WAL.
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
            err << "cannot finalise " << out << '\n';
            return 1;
        }
    }
    return 0;
}
