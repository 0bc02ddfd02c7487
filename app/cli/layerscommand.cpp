// SPDX-License-Identifier: MIT
#include "command.h"
#include "domain/layerfile.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace ks::cli {
namespace {

int list(const Command &c, store::LayerStore &store)
{
    const auto layers = store.all();
    if (!layers)
        return c.fail(layers.error());
    if (c.out.isJson()) {
        QJsonArray array;
        for (const RoleLayer &l : layers.value())
            array.append(layerfile::toJson(l));
        c.out.json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const RoleLayer &l : layers.value()) {
        rows.append(
            { l.slug, l.name, QString::number(l.repos.size()), QString::number(l.forums.size()), l.skills.join(QLatin1String(", ")) });
    }
    c.out.table({ tr("ID"), tr("NAME"), tr("REPOS"), tr("FORUMS"), tr("SKILLS") }, rows);
    return Success;
}

int show(const Command &c, store::LayerStore &store)
{
    if (c.args.size() != 2)
        return c.usage(tr("usage: kernelscout layers show ID"));
    const auto layer = store.find(c.args[1]);
    if (!layer)
        return c.fail(layer.error());
    if (c.out.isJson()) {
        c.out.json(layerfile::toJson(layer.value()));
        return Success;
    }
    const RoleLayer &l = layer.value();
    c.out.line(QStringLiteral("%1 (%2)").arg(l.name, l.slug));
    if (!l.description.isEmpty())
        c.out.line(l.description);
    c.out.line(tr("Skills: %1").arg(l.skills.join(QLatin1String(", "))));
    c.out.line(tr("Weights:"));
    for (auto it = l.weights.cbegin(); it != l.weights.cend(); ++it)
        c.out.line(QStringLiteral("  %1 = %2").arg(it.key()).arg(it.value()));
    c.out.line(tr("Repositories:"));
    for (const RepoTarget &r : l.repos)
        c.out.line(QStringLiteral("  %1  %2")
                .arg(r.fullName(), r.pathPrefixes.isEmpty() ? tr("(whole repository)") : r.pathPrefixes.join(QLatin1String(", "))));
    c.out.line(tr("Forums:"));
    for (const QString &f : l.forums)
        c.out.line(QStringLiteral("  %1").arg(f));
    return Success;
}

int exportLayers(const Command &c, store::LayerStore &store)
{
    if (c.args.size() != 2)
        return c.usage(tr("usage: kernelscout layers export FILE ('-' for standard output)"));
    const auto layers = store.all();
    if (!layers)
        return c.fail(layers.error());
    const QByteArray data = layerfile::encode(layers.value());
    if (c.args[1] == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return c.fail(tr("Cannot write to standard output."));
        return Success;
    }
    // QSaveFile: an interrupted export never leaves a truncated file behind.
    QSaveFile file(c.args[1]);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return c.fail(tr("Cannot write %1: %2").arg(c.args[1], file.errorString()));
    if (!c.out.isJson())
        c.out.line(tr("Exported %1 layers to %2.").arg(layers->size()).arg(c.args[1]));
    return Success;
}

int importLayers(const Command &c, store::LayerStore &store)
{
    if (c.args.size() != 2)
        return c.usage(tr("usage: kernelscout layers import FILE"));
    const auto decoded = layerfile::read(c.args[1]);
    if (!decoded)
        return c.fail(decoded.error() + QLatin1Char(' ') + tr("Nothing was imported."));
    const auto before = store.all();
    if (!before)
        return c.fail(before.error());
    int updated = 0;
    for (const RoleLayer &l : decoded.value()) {
        updated += std::any_of(before->begin(), before->end(), [&](const RoleLayer &b) { return b.slug == l.slug; });
    }
    if (Status s = store.saveAll(decoded.value()); !s)
        return c.fail(s.error() + QLatin1Char(' ') + tr("Nothing was imported."));
    const int added = int(decoded->size()) - updated;
    if (c.out.isJson())
        c.out.json(QJsonObject { { QStringLiteral("added"), added }, { QStringLiteral("updated"), updated } });
    else
        c.out.line(tr("Imported %1 layers from %2 (%3 added, %4 updated).").arg(decoded->size()).arg(c.args[1]).arg(added).arg(updated));
    return Success;
}

} // namespace

int runLayers(const Command &c)
{
    return runLayerAction(c,
        { { QLatin1StringView("list"), list }, { QLatin1StringView("show"), show }, { QLatin1StringView("export"), exportLayers },
            { QLatin1StringView("import"), importLayers } },
        tr("usage: kernelscout layers list|show ID|export FILE|import FILE"));
}

} // namespace ks::cli
