// SPDX-License-Identifier: MIT
#include "layerfile.h"

#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ks::layerfile {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::layerfile)
};

const QLatin1StringView FormatName("kernelscout-layers");

// Line and column of a byte offset, for parse errors a person can find.
QString position(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastBreak = before.lastIndexOf('\n');
    const qsizetype column = offset - lastBreak;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Decoding state: the path of the field being read, for messages such as
// "layers[1].repos[0].repo: ...".
class Decoder
{
public:
    QString error;

    bool fail(const QString &field, const QString &message)
    {
        error = field + QLatin1String(": ") + message;
        return false;
    }

    bool expectKeys(const QJsonObject &o, const QString &field, std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
                return fail(field, Tr::tr("unknown key '%1'").arg(it.key().left(80)));
        }
        return true;
    }

    bool string(const QJsonObject &o, const QString &field, QLatin1StringView key, QString &out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString())
            return fail(field + QLatin1Char('.') + key, Tr::tr("expected a string, found %1").arg(typeName(v)));
        out = v.toString();
        return true;
    }

    bool stringList(const QJsonObject &o, const QString &field, QLatin1StringView key, QStringList &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        const QString where = field + QLatin1Char('.') + key;
        if (!v.isArray())
            return fail(where, Tr::tr("expected an array of strings, found %1").arg(typeName(v)));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                return fail(QStringLiteral("%1[%2]").arg(where).arg(i), Tr::tr("expected a string, found %1").arg(typeName(a[i])));
            out.append(a[i].toString());
        }
        return true;
    }

    bool repo(const QJsonValue &v, const QString &field, RepoTarget &out)
    {
        if (!v.isObject())
            return fail(field, Tr::tr("expected an object with \"repo\" and \"paths\", found %1").arg(typeName(v)));
        const QJsonObject o = v.toObject();
        if (!expectKeys(o, field, { QLatin1StringView("repo"), QLatin1StringView("paths") }))
            return false;
        QString name;
        if (!string(o, field, QLatin1StringView("repo"), name, true))
            return false;
        const auto parsed = validation::parseRepo(name);
        if (!parsed)
            return fail(field + QLatin1String(".repo"), parsed.error());
        out = parsed.value();
        if (!stringList(o, field, QLatin1StringView("paths"), out.pathPrefixes))
            return false;
        for (qsizetype i = 0; i < out.pathPrefixes.size(); ++i) {
            const auto prefix = validation::pathPrefix(out.pathPrefixes[i]);
            if (!prefix)
                return fail(QStringLiteral("%1.paths[%2]").arg(field).arg(i), prefix.error());
        }
        return true;
    }

    bool layer(const QJsonValue &v, const QString &field, RoleLayer &out)
    {
        if (!v.isObject())
            return fail(field, Tr::tr("expected a layer object, found %1").arg(typeName(v)));
        const QJsonObject o = v.toObject();
        if (!expectKeys(o, field,
                { QLatin1StringView("id"), QLatin1StringView("name"), QLatin1StringView("description"), QLatin1StringView("skills"),
                    QLatin1StringView("weights"), QLatin1StringView("repos"), QLatin1StringView("forums") }))
            return false;
        if (!string(o, field, QLatin1StringView("id"), out.slug, true) || !string(o, field, QLatin1StringView("name"), out.name, true)
            || !string(o, field, QLatin1StringView("description"), out.description, false)
            || !stringList(o, field, QLatin1StringView("skills"), out.skills)
            || !stringList(o, field, QLatin1StringView("forums"), out.forums))
            return false;
        const QJsonValue weights = o.value(QLatin1StringView("weights"));
        if (!weights.isUndefined()) {
            if (!weights.isObject())
                return fail(
                    field + QLatin1String(".weights"), Tr::tr("expected an object of key: number, found %1").arg(typeName(weights)));
            const QJsonObject w = weights.toObject();
            for (auto it = w.begin(); it != w.end(); ++it) {
                if (!it.value().isDouble())
                    return fail(QStringLiteral("%1.weights.%2").arg(field, it.key().left(80)),
                        Tr::tr("expected a number, found %1").arg(typeName(it.value())));
                out.weights.insert(it.key(), it.value().toDouble());
            }
        }
        const QJsonValue repos = o.value(QLatin1StringView("repos"));
        if (!repos.isUndefined()) {
            if (!repos.isArray())
                return fail(field + QLatin1String(".repos"), Tr::tr("expected an array, found %1").arg(typeName(repos)));
            const QJsonArray a = repos.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                RepoTarget target;
                if (!repo(a[i], QStringLiteral("%1.repos[%2]").arg(field).arg(i), target))
                    return false;
                out.repos.append(target);
            }
        }
        // Field-level checks above give precise paths; this catches the rest
        // (duplicates, lengths, forum URLs) with the layer as context.
        if (const Status checked = validation::layer(out); !checked)
            return fail(field, checked.error());
        return true;
    }
};

} // namespace

QJsonObject toJson(const RoleLayer &l)
{
    QJsonObject weights;
    for (auto it = l.weights.cbegin(); it != l.weights.cend(); ++it)
        weights.insert(it.key(), it.value());
    QJsonArray repos;
    for (const RepoTarget &r : l.repos) {
        repos.append(QJsonObject {
            { QStringLiteral("repo"), r.fullName() }, { QStringLiteral("paths"), QJsonArray::fromStringList(r.pathPrefixes) } });
    }
    return QJsonObject { { QStringLiteral("id"), l.slug }, { QStringLiteral("name"), l.name },
        { QStringLiteral("description"), l.description }, { QStringLiteral("skills"), QJsonArray::fromStringList(l.skills) },
        { QStringLiteral("weights"), weights }, { QStringLiteral("repos"), repos },
        { QStringLiteral("forums"), QJsonArray::fromStringList(l.forums) } };
}

QByteArray encode(const QList<RoleLayer> &layers)
{
    QJsonArray array;
    for (const RoleLayer &l : layers)
        array.append(toJson(l));
    const QJsonObject root { { QStringLiteral("format"), QString(FormatName) }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("layers"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<RoleLayer>> decode(const QByteArray &json, const QString &sourceName)
{
    using R = Result<QList<RoleLayer>>;
    const QString prefix = sourceName + QLatin1String(": ");
    if (json.size() > MaxFileBytes)
        return R::failure(prefix + Tr::tr("the file is %1 bytes; layer files are at most %2 bytes.").arg(json.size()).arg(MaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(prefix + Tr::tr("%1: invalid JSON (%2).").arg(position(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return R::failure(prefix + Tr::tr("expected a JSON object with \"format\": \"%1\".").arg(FormatName));
    const QJsonObject root = doc.object();
    Decoder d;
    if (!d.expectKeys(root, QStringLiteral("(top level)"),
            { QLatin1StringView("format"), QLatin1StringView("version"), QLatin1StringView("layers") }))
        return R::failure(prefix + d.error);
    if (root.value(QLatin1StringView("format")).toString() != FormatName)
        return R::failure(prefix + Tr::tr("format: expected \"%1\"; this is not a Kernel Scout layer file.").arg(FormatName));
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return R::failure(prefix + Tr::tr("version: this build reads version %1 files.").arg(FormatVersion));
    const QJsonValue layersValue = root.value(QLatin1StringView("layers"));
    if (!layersValue.isArray())
        return R::failure(prefix + Tr::tr("layers: expected an array, found %1.").arg(typeName(layersValue)));
    const QJsonArray array = layersValue.toArray();
    if (array.size() > validation::MaxListLength)
        return R::failure(prefix + Tr::tr("layers: at most %1 layers per file.").arg(validation::MaxListLength));

    QList<RoleLayer> layers;
    QSet<QString> slugs;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RoleLayer layer;
        const QString field = QStringLiteral("layers[%1]").arg(i);
        if (!d.layer(array[i], field, layer))
            return R::failure(prefix + d.error);
        if (slugs.contains(layer.slug))
            return R::failure(prefix + field + QLatin1String(".id: ") + Tr::tr("layer id '%1' appears twice.").arg(layer.slug));
        slugs.insert(layer.slug);
        layers.append(layer);
    }
    return layers;
}

Result<QList<RoleLayer>> read(const QString &path)
{
    using R = Result<QList<RoleLayer>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("%1: cannot read the file (%2).").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        return R::failure(
            Tr::tr("%1: the file is %2 bytes; layer files are at most %3 bytes.").arg(path).arg(file.size()).arg(MaxFileBytes));
    return decode(file.read(MaxFileBytes + 1), path);
}

} // namespace ks::layerfile
