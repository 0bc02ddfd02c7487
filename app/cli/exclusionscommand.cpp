// SPDX-License-Identifier: MIT
#include "command.h"
#include "people/exclusionlist.h"
#include "people/personprofiler.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {
int runExclusions(const Command &c)
{
    const QString action = c.args.value(0);
    const bool importing = action == QLatin1String("import") && c.args.size() == 2;
    const bool listing = action == QLatin1String("list") && c.args.size() == 1;
    const bool clearing = action == QLatin1String("clear") && c.args.size() == 1;
    if (!importing && !listing && !clearing)
        return c.usage(
            tr("usage: kernelscout exclusions import FILE --list staff|do-not-poach|ats | exclusions list | exclusions clear --list L"));
    std::optional<people::ExclusionList::Kind> kind;
    if (importing || clearing) {
        kind = people::ExclusionList::parse(c.parser.value(QStringLiteral("list")));
        if (!kind)
            return c.usage(tr("--list is staff, do-not-poach or ats."));
    }
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    people::ExclusionList lists(db);
    if (listing) {
        const auto entries = lists.entries();
        if (!entries)
            return c.fail(entries.error());
        if (c.out.isJson()) {
            QJsonArray array;
            for (const auto &e : entries.value())
                array.append(
                    QJsonObject { { QStringLiteral("list"), people::ExclusionList::key(e.kind) }, { QStringLiteral("login"), e.login },
                        { QStringLiteral("email"), e.email }, { QStringLiteral("name"), e.name }, { QStringLiteral("company"), e.company },
                        { QStringLiteral("source"), e.sourceFile }, { QStringLiteral("line"), e.line } });
            c.out.json(array);
        } else {
            QList<QStringList> rows;
            for (const auto &e : entries.value())
                rows.append({ people::ExclusionList::describe(e.kind), e.login, e.email, e.name, e.company,
                    QStringLiteral("%1:%2").arg(e.sourceFile).arg(e.line) });
            c.out.table({ tr("LIST"), tr("LOGIN"), tr("EMAIL"), tr("NAME"), tr("COMPANY"), tr("FROM") }, rows);
        }
        return Success;
    }
    const auto changed = importing ? lists.importCsv(*kind, c.args[1]) : lists.clear(*kind);
    if (!changed)
        return c.fail(changed.error());
    // Who is excluded follows the lists at once.
    if (const auto refreshed = people::PersonProfiler(db).refresh(); !refreshed)
        return c.fail(refreshed.error());
    if (c.out.isJson())
        c.out.json(QJsonObject { { importing ? QStringLiteral("added") : QStringLiteral("removed"), changed.value() } });
    else
        c.out.line(importing ? tr("Added %1 entries to the %2 list.").arg(changed.value()).arg(people::ExclusionList::describe(*kind))
                             : tr("Removed %1 entries from the %2 list.").arg(changed.value()).arg(people::ExclusionList::describe(*kind)));
    return Success;
}

} // namespace ks::cli
