// SPDX-License-Identifier: MIT
#include "presets.h"

#include "database.h"
#include "domain/layerfile.h"
#include "layerstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ks::store::presets {
namespace {

const QString PresetDir = QStringLiteral(":/kernelscout/presets");

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::presets)
};

} // namespace

QStringList names()
{
    QStringList result;
    for (const QFileInfo &f : QDir(PresetDir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        result.append(f.completeBaseName());
    result.append(QString(None));
    return result;
}

Result<QList<RoleLayer>> load(const QString &name)
{
    if (name == None)
        return QList<RoleLayer>();
    if (!names().contains(name))
        return Result<QList<RoleLayer>>::failure(
            Tr::tr("Unknown preset '%1'. Presets: %2.").arg(name.left(80), names().join(QLatin1String(", "))));
    return layerfile::read(PresetDir + QLatin1Char('/') + name + QLatin1String(".json"));
}

Result<int> apply(Database &db, const QString &name)
{
    const auto layers = load(name);
    if (!layers)
        return Result<int>::failure(layers.error());
    LayerStore store(db);
    const auto existing = store.all();
    if (!existing)
        return Result<int>::failure(existing.error());
    if (!existing->isEmpty())
        return Result<int>::failure(
            Tr::tr("The workspace %1 already has %2 layers; the preset was not applied.").arg(db.path()).arg(existing->size()));
    if (Status s = store.saveAll(layers.value()); !s)
        return Result<int>::failure(s.error());
    return int(layers->size());
}

} // namespace ks::store::presets
