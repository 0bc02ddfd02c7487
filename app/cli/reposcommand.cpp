// SPDX-License-Identifier: MIT
#include "command.h"
#include "domain/validation.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {
namespace {

int list(const Command &c, store::LayerStore &store)
{
    if (c.args.size() != 1)
        return c.usage(tr("usage: kernelscout repos list [--layer ID]"));
    const QString only = c.parser.value(QStringLiteral("layer"));
    QList<RoleLayer> layers;
    if (only.isEmpty()) {
        auto all = store.all();
        if (!all)
            return c.fail(all.error());
        layers = all.value();
    } else {
        auto one = store.find(only);
        if (!one)
            return c.fail(one.error());
        layers.append(one.value());
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const RoleLayer &l : std::as_const(layers)) {
        for (const RepoTarget &r : l.repos) {
            array.append(QJsonObject { { QStringLiteral("layer"), l.slug }, { QStringLiteral("kind"), QStringLiteral("github") },
                { QStringLiteral("source"), r.fullName() }, { QStringLiteral("paths"), QJsonArray::fromStringList(r.pathPrefixes) } });
            rows.append({ l.slug, QStringLiteral("github"), r.fullName(),
                r.pathPrefixes.isEmpty() ? tr("(whole repository)") : r.pathPrefixes.join(QLatin1String(", ")) });
        }
        for (const QString &f : l.forums) {
            array.append(QJsonObject { { QStringLiteral("layer"), l.slug }, { QStringLiteral("kind"), QStringLiteral("discourse") },
                { QStringLiteral("source"), f }, { QStringLiteral("paths"), QJsonArray() } });
            rows.append({ l.slug, QStringLiteral("discourse"), f, QString() });
        }
    }
    if (c.out.isJson())
        c.out.json(array);
    else
        c.out.table({ tr("LAYER"), tr("KIND"), tr("SOURCE"), tr("PATHS") }, rows);
    return Success;
}

int add(const Command &c, store::LayerStore &store)
{
    const QString layer = c.parser.value(QStringLiteral("layer"));
    const QStringList forums = c.parser.values(QStringLiteral("forum"));
    const QStringList paths = c.parser.values(QStringLiteral("path"));
    if (layer.isEmpty() || c.args.size() > 2 || (c.args.size() == 1 && forums.isEmpty()))
        return c.usage(tr("usage: kernelscout repos add OWNER/NAME --layer ID [--path PREFIX]... [--forum URL]..."));
    RepoTarget target;
    if (c.args.size() == 2) {
        const auto parsed = validation::parseRepo(c.args[1]);
        if (!parsed)
            return c.fail(parsed.error());
        target = parsed.value();
        for (const QString &p : paths) {
            const auto prefix = validation::pathPrefix(p);
            if (!prefix)
                return c.fail(tr("--path %1: %2").arg(p.left(80), prefix.error()));
            target.pathPrefixes.append(prefix.value());
        }
    } else if (!paths.isEmpty()) {
        return c.usage(tr("--path needs a repository: kernelscout repos add OWNER/NAME --layer ID --path PREFIX"));
    }
    for (const QString &f : forums) {
        if (const auto url = validation::forumUrl(f); !url)
            return c.fail(tr("--forum: %1").arg(url.error()));
    }
    if (Status s = store.addToRepoMap(layer, target, forums); !s)
        return c.fail(s.error());
    if (!c.out.isJson()) {
        if (!target.owner.isEmpty())
            c.out.line(tr("Mapped %1 in layer %2%3.")
                    .arg(target.fullName(), layer,
                        target.pathPrefixes.isEmpty() ? tr(" (whole repository)")
                                                      : QStringLiteral(" (%1)").arg(target.pathPrefixes.join(QLatin1String(", ")))));
        for (const QString &f : forums)
            c.out.line(tr("Added forum %1 to layer %2.").arg(f, layer));
    } else {
        c.out.json(QJsonObject { { QStringLiteral("layer"), layer },
            { QStringLiteral("repo"), target.owner.isEmpty() ? QJsonValue() : QJsonValue(target.fullName()) },
            { QStringLiteral("paths"), QJsonArray::fromStringList(target.pathPrefixes) },
            { QStringLiteral("forums"), QJsonArray::fromStringList(forums) } });
    }
    return Success;
}

int remove(const Command &c, store::LayerStore &store)
{
    if (c.args.size() != 2)
        return c.usage(tr("usage: kernelscout repos remove OWNER/NAME [--layer ID]"));
    const QString layer = c.parser.value(QStringLiteral("layer"));
    if (Status s = store.removeFromRepoMap(c.args[1], layer); !s)
        return c.fail(s.error());
    if (!c.out.isJson())
        c.out.line(
            layer.isEmpty() ? tr("Removed %1 from every layer.").arg(c.args[1]) : tr("Removed %1 from layer %2.").arg(c.args[1], layer));
    else
        c.out.json(QJsonObject { { QStringLiteral("removed"), c.args[1] }, { QStringLiteral("layer"), layer } });
    return Success;
}

} // namespace

int runRepos(const Command &c)
{
    return runLayerAction(c,
        { { QLatin1StringView("list"), list }, { QLatin1StringView("add"), add }, { QLatin1StringView("remove"), remove } },
        tr("usage: kernelscout repos list|add|remove ..."));
}

} // namespace ks::cli
