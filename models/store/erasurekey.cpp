// SPDX-License-Identifier: MIT
#include "erasurekey.h"

#include "database.h"
#include "domain/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

constexpr auto IdKey = "workspace_id"_L1;
// HMAC(key, a constant): which key the workspace's records were made with,
// without revealing it, so another key is refused instead of silently used.
constexpr auto CheckKey = "erasure_key_check"_L1;
constexpr int KeyBytes = 32;

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::ErasureKey)
};

struct KeyFile
{
    QString workspaceId;
    QByteArray key;
};

Result<KeyFile> readKeyFile(const QString &path)
{
    using R = Result<KeyFile>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(file.errorString());
    if (file.size() > 4096)
        return R::failure(Tr::tr("%1 is not a Kernel Scout erasure key.").arg(QDir::toNativeSeparators(path)));
    KeyFile out;
    static const QRegularExpression idLine(u"^workspace=([0-9a-f-]{36})\\z"_s);
    static const QRegularExpression keyLine(u"^key=([0-9a-f]{64})\\z"_s);
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromLatin1(raw).trimmed();
        if (const auto m = idLine.match(line); m.hasMatch())
            out.workspaceId = m.captured(1);
        else if (const auto k = keyLine.match(line); k.hasMatch())
            out.key = QByteArray::fromHex(k.captured(1).toLatin1());
    }
    if (out.workspaceId.isEmpty() || out.key.size() != KeyBytes)
        return R::failure(Tr::tr("%1 is not a Kernel Scout erasure key.").arg(QDir::toNativeSeparators(path)));
    return out;
}

Status writeKeyFile(const QString &path, const KeyFile &key)
{
    if (!privatefiles::makeFolder(QFileInfo(path).absolutePath()))
        return Status::failure(Tr::tr("Cannot make the folder for %1.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !privatefiles::restrict(file))
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write("# Kernel Scout erasure key. With the workspace it lets anyone test who asked to be forgotten: keep it private.\n");
    file.write("workspace=" + key.workspaceId.toLatin1() + '\n');
    file.write("key=" + key.key.toHex() + '\n');
    if (!file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString checkValue(const QByteArray &key)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash("kernelscout erasure key check", key, QCryptographicHash::Sha256).toHex());
}

// Records or a check value: a key was made for this workspace somewhere.
Result<bool> hasKeyedRecords(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM suppressions WHERE scheme = 'hmac-sha256') OR EXISTS (SELECT 1 FROM redactions) "
                "OR EXISTS (SELECT 1 FROM redacted_paths) OR EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'erasure_key_check')"_s)
        || !q.next())
        return Result<bool>::failure(Database::describe(q.lastError()));
    return q.value(0).toBool();
}

Status matchesCheck(Database &db, const QByteArray &key, const QString &file)
{
    const auto check = db.metaValue(QString(CheckKey));
    if (!check)
        return Status::failure(check.error());
    if (!check->isEmpty() && check.value() != checkValue(key))
        return Status::failure(
            Tr::tr("%1 is not the key this workspace's erasures were made with, so it cannot keep anyone out. Import the "
                   "right one with `kernelscout workspace import-key FILE`.")
                .arg(QDir::toNativeSeparators(file)));
    return {};
}

} // namespace

QString ErasureKey::folder()
{
    const QString moved = qEnvironmentVariable("KERNELSCOUT_KEYS_DIR");
    if (!moved.isEmpty())
        return QDir::cleanPath(moved);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/kernelscout/erasure-keys"_L1;
}

QString ErasureKey::keyFile(const QString &workspaceId)
{
    return folder() + u'/' + workspaceId + ".key"_L1;
}

QString ErasureKey::missingKeyMessage()
{
    return Tr::tr("This workspace holds erasure records, but this computer does not have its erasure key, so nobody who asked to be "
                  "forgotten could be kept out. On the computer the workspace came from, run `kernelscout workspace export-key FILE`, "
                  "then here `kernelscout workspace import-key FILE`.");
}

Result<QString> ErasureKey::workspaceId(Database &db, bool create)
{
    const auto id = db.metaValue(QString(IdKey));
    if (!id || !id->isEmpty() || !create)
        return id;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const Status s = db.setMetaValue(QString(IdKey), made); !s)
        return Result<QString>::failure(s.error());
    return made;
}

Result<QByteArray> ErasureKey::find(Database &db)
{
    using R = Result<QByteArray>;
    const auto id = workspaceId(db, false);
    if (!id)
        return R::failure(id.error());
    if (!id->isEmpty() && QFile::exists(keyFile(id.value()))) {
        const auto key = readKeyFile(keyFile(id.value()));
        if (!key)
            return R::failure(key.error());
        if (key->workspaceId != id.value())
            return R::failure(Tr::tr("%1 belongs to another workspace.").arg(QDir::toNativeSeparators(keyFile(id.value()))));
        if (const Status s = matchesCheck(db, key->key, keyFile(id.value())); !s)
            return R::failure(s.error());
        return key->key;
    }
    const auto keyed = hasKeyedRecords(db);
    if (!keyed)
        return R::failure(keyed.error());
    if (keyed.value())
        return R::failure(missingKeyMessage());
    return QByteArray();
}

Result<QByteArray> ErasureKey::findOrCreate(Database &db)
{
    using R = Result<QByteArray>;
    const auto found = find(db);
    if (!found || !found->isEmpty())
        return found;
    const auto id = workspaceId(db, true);
    if (!id)
        return R::failure(id.error());
    KeyFile made { id.value(), QByteArray(KeyBytes, Qt::Uninitialized) };
    QRandomGenerator::system()->generate(made.key.begin(), made.key.end());
    if (const Status s = writeKeyFile(keyFile(made.workspaceId), made); !s)
        return R::failure(s.error());
    if (const Status s = db.setMetaValue(QString(CheckKey), checkValue(made.key)); !s)
        return R::failure(s.error());
    return made.key;
}

Status ErasureKey::exportTo(Database &db, const QString &file)
{
    const auto key = find(db);
    if (!key)
        return Status::failure(key.error());
    if (key->isEmpty())
        return Status::failure(Tr::tr("This workspace has no erasure key yet: nobody has been forgotten in it."));
    return writeKeyFile(file, { workspaceId(db, false).value(), key.value() });
}

Status ErasureKey::importFrom(Database &db, const QString &file)
{
    const auto key = readKeyFile(file);
    if (!key)
        return Status::failure(key.error());
    const auto id = workspaceId(db, false);
    if (!id)
        return Status::failure(id.error());
    if (id->isEmpty() || id.value() != key->workspaceId)
        return Status::failure(Tr::tr("%1 is the key of another workspace; this one's id is %2.")
                .arg(QDir::toNativeSeparators(file), id->isEmpty() ? Tr::tr("not set") : id.value()));
    if (const Status s = matchesCheck(db, key->key, file); !s)
        return s;
    const auto present = find(db);
    if (present && !present->isEmpty()) {
        if (present.value() == key->key)
            return {};
        return Status::failure(Tr::tr("This computer already holds a different key for this workspace; nothing was changed."));
    }
    return writeKeyFile(keyFile(key->workspaceId), key.value());
}

} // namespace ks::store
