// SPDX-License-Identifier: MIT
#include "signalcatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace ks::scoring {
namespace {

Q_LOGGING_CATEGORY(lcCatalogue, "kernelscout.scoring.catalogue", QtWarningMsg)

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::scoring::SignalCatalogue)
};

Result<SignalContext> contextFrom(const QString &name)
{
    static const QHash<QString, SignalContext> contexts {
        { QStringLiteral("code"), SignalContext::Code },
        { QStringLiteral("comment"), SignalContext::Comment },
        { QStringLiteral("string"), SignalContext::String },
        { QStringLiteral("codeOrString"), SignalContext::CodeOrString },
        { QStringLiteral("any"), SignalContext::Any },
        { QStringLiteral("prose"), SignalContext::Prose },
    };
    const auto it = contexts.constFind(name.isEmpty() ? QStringLiteral("code") : name);
    if (it == contexts.constEnd())
        return Result<SignalContext>::failure(
            Tr::tr("context '%1' is not one of code, comment, string, codeOrString, any, prose").arg(name.left(40)));
    return it.value();
}

Result<QRegularExpression> regex(const QJsonObject &o, const QString &key, bool required)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty()) {
        if (required)
            return Result<QRegularExpression>::failure(Tr::tr("'%1' is missing").arg(key));
        return QRegularExpression();
    }
    QRegularExpression re(text, QRegularExpression::MultilineOption);
    if (!re.isValid())
        return Result<QRegularExpression>::failure(
            Tr::tr("'%1' is not a valid regular expression (%2 at %3)").arg(key, re.errorString()).arg(re.patternErrorOffset()));
    re.optimize();
    return re;
}

} // namespace

Result<SignalCatalogue> SignalCatalogue::parse(const QByteArray &json, const QString &sourceName)
{
    using R = Result<SignalCatalogue>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(Tr::tr("%1: invalid JSON (%2 at byte %3)").arg(sourceName, error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("format")).toString() != QLatin1String("kernelscout-signals"))
        return R::failure(Tr::tr("%1: not a Kernel Scout signal catalogue").arg(sourceName));
    SignalCatalogue catalogue;
    for (const QJsonValue &v : root.value(QLatin1StringView("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        catalogue.m_categories.append({ o.value(QLatin1StringView("id")).toString(), o.value(QLatin1StringView("name")).toString(),
            o.value(QLatin1StringView("weightKey")).toString() });
    }
    const QJsonArray signalArray = root.value(QLatin1StringView("signals")).toArray();
    for (qsizetype i = 0; i < signalArray.size(); ++i) {
        const QJsonObject o = signalArray[i].toObject();
        Signal s;
        s.id = o.value(QLatin1StringView("id")).toString();
        const QString where = QStringLiteral("%1: signals[%2] (%3)").arg(sourceName).arg(i).arg(s.id);
        auto fail = [&](const QString &message) { return R::failure(where + QLatin1String(": ") + message); };
        if (s.id.isEmpty())
            return fail(Tr::tr("'id' is missing"));
        s.category = o.value(QLatin1StringView("category")).toString();
        if (!catalogue.category(s.category))
            return fail(Tr::tr("category '%1' is not declared").arg(s.category.left(40)));
        for (const QJsonValue &l : o.value(QLatin1StringView("languages")).toArray())
            s.languages.append(l.toString());
        if (s.languages.isEmpty())
            return fail(Tr::tr("'languages' is empty"));
        const auto context = contextFrom(o.value(QLatin1StringView("context")).toString());
        if (!context)
            return fail(context.error());
        s.context = context.value();
        s.fileScope = o.value(QLatin1StringView("scope")).toString() == QLatin1String("file");
        auto pattern = regex(o, QStringLiteral("pattern"), true);
        auto required = regex(o, QStringLiteral("requires"), false);
        auto absent = regex(o, QStringLiteral("absent"), false);
        for (const auto *r : { &pattern, &required, &absent }) {
            if (!*r)
                return fail(r->error());
        }
        s.pattern = pattern.value();
        s.required = required.value();
        s.absent = absent.value();
        const QJsonObject minCount = o.value(QLatin1StringView("requiresCount")).toObject();
        const QJsonObject maxCount = o.value(QLatin1StringView("maxCount")).toObject();
        const QJsonObject &count = minCount.isEmpty() ? maxCount : minCount;
        if (!count.isEmpty()) {
            auto counted = regex(count, QStringLiteral("pattern"), true);
            if (!counted)
                return fail(counted.error());
            s.countPattern = counted.value();
            s.minCount = minCount.value(QLatin1StringView("min")).toInt(0);
            s.maxCount = maxCount.isEmpty() ? -1 : maxCount.value(QLatin1StringView("max")).toInt(-1);
        }
        s.skipTests = o.value(QLatin1StringView("skipTests")).toBool();
        s.anti = o.value(QLatin1StringView("anti")).toBool();
        s.weight = o.value(QLatin1StringView("weight")).toDouble(1.0);
        s.explanation = o.value(QLatin1StringView("explanation")).toString();
        if (s.explanation.isEmpty())
            return fail(Tr::tr("'explanation' is missing: every signal says what it means"));
        catalogue.m_signals.append(s);
    }
    return catalogue;
}

const SignalCatalogue &SignalCatalogue::standard()
{
    static const SignalCatalogue catalogue = [] {
        QFile bundled(QStringLiteral(":/kernelscout/signals/catalogue.json"));
        SignalCatalogue result;
        if (bundled.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(bundled.readAll(), bundled.fileName()))
                result = parsed.value();
            else
                qCCritical(lcCatalogue) << parsed.error();
        }
        QFile own(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("signals.json")));
        if (own.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(own.readAll(), own.fileName()))
                result.merge(parsed.value());
            else
                qCWarning(lcCatalogue) << "ignoring" << parsed.error();
        }
        return result;
    }();
    return catalogue;
}

const Signal *SignalCatalogue::find(const QString &id) const
{
    for (const Signal &s : m_signals) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const SignalCategory *SignalCatalogue::category(const QString &id) const
{
    for (const SignalCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void SignalCatalogue::merge(const SignalCatalogue &other)
{
    for (const SignalCategory &c : other.m_categories) {
        if (!category(c.id))
            m_categories.append(c);
    }
    for (const Signal &s : other.m_signals) {
        auto it = std::find_if(m_signals.begin(), m_signals.end(), [&](const Signal &mine) { return mine.id == s.id; });
        if (it != m_signals.end())
            *it = s;
        else
            m_signals.append(s);
    }
}

} // namespace ks::scoring
