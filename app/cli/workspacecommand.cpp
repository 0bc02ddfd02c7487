// SPDX-License-Identifier: MIT
// workspace: what the file holds about erasures, and moving its erasure key
// with it to another computer.
#include "command.h"
#include "privacy/forgetter.h"
#include "store/database.h"
#include "store/erasurekey.h"
#include "store/suppressionlist.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {
namespace {

using namespace Qt::StringLiterals;

int info(const Command &c, store::Database &db)
{
    store::SuppressionList suppressions(db);
    const auto erased = suppressions.count();
    const auto salted = suppressions.saltedCount();
    const auto pending = privacy::Forgetter(db).compactionPending();
    if (!erased || !salted || !pending)
        return c.fail(!erased ? erased.error() : !salted ? salted.error() : pending.error());
    const auto key = store::ErasureKey::find(db);
    const QString keyState = !key ? tr("missing: %1").arg(key.error()) : key->isEmpty() ? tr("none yet (nobody forgotten)") : tr("present");
    const QStringList backups = privacy::Forgetter::migrationBackups(db.path());
    if (c.out.isJson()) {
        c.out.json(QJsonObject { { u"path"_s, db.path() }, { u"schema"_s, db.schemaVersion() }, { u"bytes"_s, QFileInfo(db.path()).size() },
            { u"erasures"_s, erased.value() }, { u"erasuresToRekey"_s, salted.value() },
            { u"erasureKey"_s,
                !key                 ? u"missing"_s
                    : key->isEmpty() ? u"none"_s
                                     : u"present"_s },
            { u"erasureKeyFolder"_s, store::ErasureKey::folder() }, { u"compactionPending"_s, pending.value() },
            { u"backups"_s, QJsonArray::fromStringList(backups) } });
        return Success;
    }
    const QList<QStringList> rows {
        { tr("File"), QDir::toNativeSeparators(db.path()) },
        { tr("Schema"), QString::number(db.schemaVersion()) },
        { tr("People forgotten on request"), QString::number(erased.value()) },
        { tr("Erasure records to re-key"), QString::number(salted.value()) },
        { tr("Erasure key"), keyState },
        { tr("Key folder"), QDir::toNativeSeparators(store::ErasureKey::folder()) },
        { tr("Compaction pending"), pending.value() ? tr("yes: run 'kernelscout compact'") : tr("no") },
        { tr("Migration backups"), backups.isEmpty() ? tr("none") : backups.join(u", ") },
    };
    c.out.table({ tr("WHAT"), tr("VALUE") }, rows);
    return Success;
}

} // namespace

int runWorkspace(const Command &c)
{
    const QString action = c.args.value(0, u"info"_s);
    const bool keyAction = (action == "export-key"_L1 || action == "import-key"_L1) && c.args.size() == 2;
    if (!keyAction && !(action == "info"_L1 && c.args.size() <= 1))
        return c.usage(tr("usage: kernelscout workspace [info] | export-key FILE | import-key FILE"));
    store::Database db;
    db.setChangePollInterval(0);
    if (!c.openDatabase(db))
        return Failure;
    if (action == "info"_L1)
        return info(c, db);
    const QString file = c.args.at(1);
    if (action == "export-key"_L1) {
        if (const Status s = store::ErasureKey::exportTo(db, file); !s)
            return c.fail(s.error());
        c.out.line(tr("Wrote the erasure key to %1 (readable by you only). Move it with the workspace, import it there with "
                      "'kernelscout workspace import-key', then delete this copy.")
                .arg(QDir::toNativeSeparators(file)));
        return Success;
    }
    if (const Status s = store::ErasureKey::importFrom(db, file); !s)
        return c.fail(s.error());
    c.out.line(tr("This computer now holds the workspace's erasure key; syncs can run."));
    return Success;
}

} // namespace ks::cli
