// SPDX-License-Identifier: MIT
#include "templatestore.h"

#include "draftfields.h"
#include "storeutil.h"
#include "templateengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::outreach::TemplateStore)
};

// Bodies are stored as arrays of lines so the JSON stays readable.
QList<OutreachTemplate> loadBundled()
{
    QFile f(u":/kernelscout/outreach/templates.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<OutreachTemplate> out;
    const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value("templates"_L1).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QStringList lines;
        for (const QJsonValue &l : o.value("body"_L1).toArray())
            lines.append(l.toString());
        out.append({ o.value("name"_L1).toString(), o.value("purpose"_L1).toString(), o.value("layer"_L1).toString(),
            o.value("subject"_L1).toString(), lines.join(u'\n'), true });
    }
    return out;
}

} // namespace

TemplateStore::TemplateStore(store::Database &db)
    : m_db(db)
{ }

const QList<OutreachTemplate> &TemplateStore::bundled()
{
    static const QList<OutreachTemplate> templates = loadBundled();
    return templates;
}

Result<QList<OutreachTemplate>> TemplateStore::all() const
{
    QList<OutreachTemplate> out = bundled();
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name, purpose, subject, body FROM outreach_templates ORDER BY name COLLATE NOCASE"_s))
        return Result<QList<OutreachTemplate>>::failure(store::Database::describe(q.lastError()));
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), QString(), q.value(2).toString(), q.value(3).toString(), false });
    return out;
}

Result<OutreachTemplate> TemplateStore::find(const QString &name) const
{
    const auto list = all();
    if (!list)
        return Result<OutreachTemplate>::failure(list.error());
    QStringList names;
    for (const OutreachTemplate &t : list.value()) {
        if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
        names.append(t.name);
    }
    return Result<OutreachTemplate>::failure(Tr::tr("No template '%1'. Templates: %2.").arg(name.left(60), names.join(u"; "_s)));
}

Result<OutreachTemplate> TemplateStore::defaultFor(const QString &layerSlug) const
{
    const OutreachTemplate *general = nullptr;
    for (const OutreachTemplate &t : bundled()) {
        if (t.purpose != "first_touch"_L1)
            continue;
        if (t.layer == layerSlug)
            return t;
        if (t.layer.isEmpty() && !general)
            general = &t;
    }
    if (general)
        return *general;
    return Result<OutreachTemplate>::failure(Tr::tr("The bundled templates are missing."));
}

Status TemplateStore::save(const OutreachTemplate &t)
{
    const QString name = t.name.simplified();
    if (name.isEmpty() || name.size() > 80)
        return Status::failure(Tr::tr("A template name is 1 to 80 characters."));
    for (const OutreachTemplate &b : bundled()) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return Status::failure(Tr::tr("'%1' is a bundled template; save yours under another name.").arg(b.name));
    }
    static const QStringList purposes = { u"first_touch"_s, u"follow_up"_s, u"forum_first"_s };
    if (!purposes.contains(t.purpose))
        return Status::failure(Tr::tr("A template's purpose is first_touch, follow_up or forum_first."));
    if (const auto subject = Template::parse(t.subject, placeholderNames()); !subject)
        return Status::failure(Tr::tr("Subject, %1").arg(subject.error()));
    if (const auto body = Template::parse(t.body, placeholderNames()); !body)
        return Status::failure(Tr::tr("Body, %1").arg(body.error()));
    return detail::writeOne(m_db,
        u"INSERT INTO outreach_templates(name, purpose, subject, body, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET purpose = excluded.purpose, subject = excluded.subject, "
        "body = excluded.body, updated_at = excluded.updated_at"_s,
        { name, t.purpose, t.subject, t.body, detail::nowText() });
}

Status TemplateStore::remove(const QString &name)
{
    return detail::writeOne(m_db, u"DELETE FROM outreach_templates WHERE name = ?"_s, { name });
}

} // namespace ks::outreach
