// SPDX-License-Identifier: MIT
#include "command.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/presets.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ks::cli {

int runInit(const Command &c)
{
    if (!c.args.isEmpty())
        return c.usage(QCoreApplication::translate("ks::cli", "init takes no arguments (use --db FILE to choose where)."));
    const QString preset
        = c.parser.isSet(QStringLiteral("preset")) ? c.parser.value(QStringLiteral("preset")) : QString(store::presets::Default);
    if (!store::presets::names().contains(preset))
        return c.usage(QCoreApplication::translate("ks::cli", "unknown preset '%1'; presets: %2.")
                .arg(preset.left(80), store::presets::names().join(QLatin1String(", "))));

    store::Database db;
    db.setChangePollInterval(0);
    if (Status s = db.open(c.databasePath); !s)
        return c.fail(s.error());
    store::LayerStore layers(db);
    const auto existing = layers.all();
    if (!existing)
        return c.fail(existing.error());

    int added = 0;
    QString message;
    if (!existing->isEmpty()) {
        message = QCoreApplication::translate("ks::cli", "Workspace %1 already exists with %2 layers; nothing changed.")
                      .arg(db.path())
                      .arg(existing->size());
    } else {
        const auto applied = store::presets::apply(db, preset);
        if (!applied)
            return c.fail(applied.error());
        added = applied.value();
        message = QCoreApplication::translate("ks::cli", "Created workspace %1 with %2 layers (preset %3).")
                      .arg(db.path())
                      .arg(added)
                      .arg(preset);
    }
    if (c.out.isJson())
        c.out.json(QJsonObject { { QStringLiteral("path"), db.path() }, { QStringLiteral("layersAdded"), added },
            { QStringLiteral("schemaVersion"), db.schemaVersion() } });
    else
        c.out.line(message);
    return Success;
}

} // namespace ks::cli
