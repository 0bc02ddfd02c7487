// SPDX-License-Identifier: MIT
#include "command.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ks::cli {
int runRequisitions(const Command &c)
{
    const QString action = c.args.value(0, QStringLiteral("list"));
    const bool listing = action == QLatin1String("list") && c.args.size() <= 1;
    const bool adding = action == QLatin1String("add") && c.args.size() == 2 && c.parser.isSet(QStringLiteral("layer"));
    const bool closing = (action == QLatin1String("close") || action == QLatin1String("reopen")) && c.args.size() == 2;
    if (!listing && !adding && !closing)
        return c.usage(tr("usage: kernelscout requisitions [list] | requisitions add TITLE --layer ID | requisitions close|reopen ID"));
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    store::PipelineStore pipeline(db);
    if (adding) {
        const auto layer = store::LayerStore(db).find(c.parser.value(QStringLiteral("layer")));
        if (!layer)
            return c.fail(layer.error());
        const auto id = pipeline.createRequisition(c.args[1], layer->id);
        if (!id)
            return c.fail(id.error());
        c.out.isJson() ? c.out.json(QJsonObject { { QStringLiteral("id"), id.value() } })
                       : c.out.line(tr("Requisition %1 created.").arg(id.value()));
        return Success;
    }
    if (closing) {
        bool ok = false;
        const qint64 id = c.args[1].toLongLong(&ok);
        if (!ok)
            return c.usage(tr("'%1' is not a requisition id.").arg(c.args[1].left(20)));
        if (Status s = pipeline.setRequisitionOpen(id, action == QLatin1String("reopen")); !s)
            return c.fail(s.error());
        return Success;
    }
    const auto list = pipeline.requisitions();
    if (!list)
        return c.fail(list.error());
    if (c.out.isJson()) {
        QJsonArray array;
        for (const store::Requisition &r : list.value())
            array.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("title"), r.title },
                { QStringLiteral("layer"), r.layerName }, { QStringLiteral("open"), r.open },
                { QStringLiteral("created"), r.createdAt.toString(Qt::ISODate) } });
        c.out.json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const store::Requisition &r : list.value())
        rows.append(
            { QString::number(r.id), r.title, r.layerName, r.open ? tr("open") : tr("closed"), r.createdAt.date().toString(Qt::ISODate) });
    c.out.table({ tr("ID"), tr("TITLE"), tr("LAYER"), tr("STATUS"), tr("CREATED") }, rows);
    return Success;
}

int runTriage(const Command &c)
{
    // kernelscout triage LOGIN --requisition ID [--stage NAME] [--next DATE] [--note TEXT]
    bool ok = false;
    const qint64 requisition = c.parser.value(QStringLiteral("requisition")).toLongLong(&ok);
    if (c.args.size() != 1 || !ok)
        return c.usage(tr("usage: kernelscout triage LOGIN --requisition ID [--stage NAME] [--next DATE] [--note TEXT]"));
    QDateTime next;
    if (!c.dateOption(QStringLiteral("next"), next))
        return UsageError;
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    const auto person = store::PeopleStore(db).find(c.args[0]);
    if (!person)
        return c.fail(person.error());
    store::PipelineStore pipeline(db);
    auto position = pipeline.position(requisition, person->userId);
    if (!position)
        return c.fail(position.error());
    const auto stages = pipeline.stages();
    if (!stages)
        return c.fail(stages.error());
    if (c.parser.isSet(QStringLiteral("stage")) || next.isValid()) {
        store::PipelinePosition after = position.value();
        if (c.parser.isSet(QStringLiteral("stage"))) {
            const QString wanted = c.parser.value(QStringLiteral("stage"));
            QStringList names;
            after.stageId = 0;
            for (const store::Stage &s : stages.value()) {
                names.append(s.name);
                if (s.name.compare(wanted, Qt::CaseInsensitive) == 0 || s.role == wanted)
                    after.stageId = s.id;
            }
            if (!after.stageId)
                return c.usage(tr("No stage '%1'. Stages: %2.").arg(wanted.left(40), names.join(QLatin1String(", "))));
        }
        if (next.isValid())
            after.nextAction = next.date();
        if (Status s = pipeline.setPosition(requisition, person->userId, after); !s)
            return c.fail(s.error());
        position = after;
    }
    if (c.parser.isSet(QStringLiteral("note"))) {
        if (const auto note = pipeline.addNote(requisition, person->userId, c.parser.value(QStringLiteral("note"))); !note)
            return c.fail(note.error());
    }
    const auto stage = pipeline.stageName(requisition, person->userId);
    if (!stage)
        return c.fail(stage.error());
    const QString stageName = stage.value();
    const auto history = pipeline.history(requisition, person->userId);
    const auto notes = pipeline.notes(requisition, person->userId);
    if (!history || !notes)
        return c.fail(history ? notes.error() : history.error());
    if (c.out.isJson()) {
        QJsonArray changes, noteList;
        for (const auto &h : history.value())
            changes.append(QJsonObject { { QStringLiteral("from"), h.from }, { QStringLiteral("to"), h.to },
                { QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs) } });
        for (const auto &n : notes.value())
            noteList.append(
                QJsonObject { { QStringLiteral("body"), n.body }, { QStringLiteral("at"), n.createdAt.toString(Qt::ISODateWithMs) } });
        c.out.json(QJsonObject { { QStringLiteral("login"), person->login }, { QStringLiteral("stage"), stageName },
            { QStringLiteral("nextAction"), position->nextAction.toString(Qt::ISODate) }, { QStringLiteral("history"), changes },
            { QStringLiteral("notes"), noteList } });
        return Success;
    }
    c.out.line(tr("%1: %2%3")
            .arg(person->login, stageName,
                position->nextAction.isValid() ? tr(", next action %1").arg(position->nextAction.toString(Qt::ISODate)) : QString()));
    for (const auto &h : history.value())
        c.out.line(
            QStringLiteral("  %1  %2").arg(h.at.toString(Qt::ISODate), h.from.isEmpty() ? h.to : h.from + QStringLiteral(" -> ") + h.to));
    for (const auto &n : notes.value())
        c.out.line(QStringLiteral("  note %1: %2").arg(n.createdAt.toString(Qt::ISODate), n.body));
    return Success;
}

int runStages(const Command &c)
{
    const QString action = c.args.value(0, QStringLiteral("list"));
    const bool listing = action == QLatin1String("list") && c.args.size() <= 1;
    const bool renaming = action == QLatin1String("rename") && c.args.size() == 3;
    const bool adding = action == QLatin1String("add") && c.args.size() == 3;
    if (!listing && !renaming && !adding)
        return c.usage(tr("usage: kernelscout stages [list] | stages rename OLD NEW | stages add NAME AFTER"));
    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    store::PipelineStore pipeline(db);
    auto stages = pipeline.stages();
    if (!stages)
        return c.fail(stages.error());
    auto find = [&](const QString &name) -> qint64 {
        for (const store::Stage &s : stages.value()) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0 || s.role == name)
                return s.id;
        }
        return 0;
    };
    if (renaming || adding) {
        const qint64 stage = find(renaming ? c.args[1] : c.args[2]);
        if (!stage)
            return c.usage(tr("No stage '%1'.").arg((renaming ? c.args[1] : c.args[2]).left(40)));
        const Status s = renaming ? pipeline.renameStage(stage, c.args[2]) : Status::from(pipeline.addStage(c.args[1], stage));
        if (!s)
            return c.fail(s.error());
        // Then the stages as they are now, so the change shows.
        stages = pipeline.stages();
        if (!stages)
            return c.fail(stages.error());
    }
    if (c.out.isJson()) {
        QJsonArray array;
        for (const store::Stage &s : stages.value())
            array.append(QJsonObject {
                { QStringLiteral("name"), s.name }, { QStringLiteral("role"), s.role }, { QStringLiteral("position"), s.position } });
        c.out.json(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const store::Stage &s : stages.value())
        rows.append({ QString::number(s.position), s.name, s.role });
    c.out.table({ tr("#"), tr("STAGE"), tr("ROLE") }, rows);
    return Success;
}

} // namespace ks::cli
