// SPDX-License-Identifier: MIT
#include "gazetteer.h"

#include "locationresolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ks::people {
namespace {

Q_LOGGING_CATEGORY(lcGazetteer, "kernelscout.people.gazetteer", QtWarningMsg)

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::Gazetteer)
};

// Scripts written without spaces between words: their names are found by
// substring search instead of word by word ("中国北京" holds 中国 and 北京).
bool isUnspacedScript(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

bool isPartBreak(char32_t cp)
{
    switch (cp) {
    case u',':
    case u'\uFF0C':
    case u'\u3001':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u':':
    case u'\uFF1A':
    case u'\u2013':
    case u'\u2014':
    case u'\uFF08':
    case u'\uFF09':
        return true;
    default:
        return false;
    }
}

bool isGroupBreak(char32_t cp)
{
    switch (cp) {
    case u'/':
    case u'|':
    case u';':
    case u'\uFF1B':
    case u'\u00B7':
    case u'\u2022':
    case u'\u30FB':
    case u'\n':
    case u'\r':
    case u'\u2192':
    case u'\u2194':
    case u'\u21C4':
    case u'+':
    case u'\\':
        return true;
    default:
        return false;
    }
}

// Letters that carry no diacritic for NFKD to strip but that people type
// both ways ("Malmö"/"Malmo" is handled by NFKD; "Łódź"/"Lodz" needs this).
QStringView replacementFor(char16_t c)
{
    switch (c) {
    case u'ß':
    case u'ẞ':
        return u"ss";
    case u'ø':
    case u'Ø':
        return u"o";
    case u'æ':
    case u'Æ':
        return u"ae";
    case u'œ':
    case u'Œ':
        return u"oe";
    case u'ł':
    case u'Ł':
        return u"l";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return u"d";
    case u'þ':
    case u'Þ':
        return u"th";
    case u'ı':
        return u"i";
    case u'ħ':
    case u'Ħ':
        return u"h";
    default:
        return {};
    }
}

QStringList splitAlternatives(const QString &names)
{
    QStringList out = names.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (QString &n : out)
        n = n.trimmed();
    return out;
}

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code[0].isUpper() && code[1].isUpper() && code[0].unicode() < 128 && code[1].unicode() < 128;
}

} // namespace

QString Gazetteer::foldWord(QStringView word)
{
    const bool ascii = std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QStringView replacement = replacementFor(c.unicode());
        if (replacement.isEmpty())
            out.append(c);
        else
            out.append(replacement);
    }
    // Recompose what NFKD split but is no accent (Hangul syllables).
    return out.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QList<LocationToken> Gazetteer::tokenize(QStringView text)
{
    using Type = LocationToken::Type;
    QList<LocationToken> out;
    QString word;
    bool wordUnspaced = false;
    int segment = 0; // characters since the word began or since a dropped abbreviation dot
    auto flush = [&] {
        if (!word.isEmpty())
            out.append({ Type::Word, foldWord(word), word, wordUnspaced });
        word.clear();
        wordUnspaced = false;
        segment = 0;
    };
    auto addBreak = [&](Type type) {
        flush();
        if (out.isEmpty())
            return;
        if (out.last().type == Type::Word)
            out.append({ type, {}, {}, false });
        else if (type == Type::GroupBreak)
            out.last().type = Type::GroupBreak;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        char32_t cp = c.unicode();
        qsizetype len = 1;
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text[i + 1]);
            len = 2;
        }
        if (QChar::isLetterOrNumber(cp) || QChar::isMark(cp)) {
            if (!QChar::isMark(cp)) {
                const bool unspaced = isUnspacedScript(cp);
                if (!word.isEmpty() && unspaced != wordUnspaced)
                    flush(); // "Beijing北京" is two words
                wordUnspaced = unspaced;
            }
            word.append(text.mid(i, len));
            ++segment;
            i += len - 1;
            continue;
        }
        if (cp == u'.') {
            // "U.S.A.", "D.C.", "N.Y.": single letters joined by dots are one word;
            // "St. Louis" keeps its space.
            if (segment == 1 && i + 1 < n && text[i + 1].isLetter())
                segment = 0;
            else
                flush();
        } else if (cp == u'\'' || cp == u'\u2019' || cp == u'\u02BC' || cp == u'`' || cp == u'\u00B4') {
            continue; // "Xi'an", "St. John's": apostrophes join
        } else if (cp == u'-' || cp == u'\u2010' || cp == u'\u2011') {
            // "Baden-Württemberg" is one name; "Berlin - Germany" two parts.
            if (i > 0 && i + 1 < n && text[i - 1].isSpace() && text[i + 1].isSpace())
                addBreak(Type::PartBreak);
            else
                flush();
        } else if (cp == u'&') {
            flush();
            out.append({ Type::Word, QStringLiteral("and"), QStringLiteral("&"), false });
        } else if (isPartBreak(cp)) {
            addBreak(Type::PartBreak);
        } else if (isGroupBreak(cp)) {
            addBreak(Type::GroupBreak);
        } else {
            flush();
        }
    }
    flush();
    if (!out.isEmpty() && out.last().type != Type::Word)
        out.removeLast();
    return out;
}

QString Gazetteer::key(QStringView name)
{
    QString out;
    for (const LocationToken &t : tokenize(name)) {
        if (t.type != LocationToken::Type::Word)
            break;
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(t.folded);
    }
    return out;
}

const GazetteerEntry *Gazetteer::findName(const QString &key) const
{
    const auto it = m_names.constFind(key);
    return it == m_names.constEnd() ? nullptr : &it.value();
}

const QList<PlaceCandidate> *Gazetteer::findCode(const QString &foldedCode) const
{
    const auto it = m_codes.constFind(foldedCode);
    return it == m_codes.constEnd() ? nullptr : &it.value();
}

void Gazetteer::addName(const QString &name, const QString &code, PlaceKind kind)
{
    // A name with parts ("Myanmar (Burma)", "Congo - Kinshasa") is filed
    // under each part.
    QStringList words;
    const QList<LocationToken> tokens = tokenize(name);
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        if (i < tokens.size() && tokens[i].type == LocationToken::Type::Word) {
            words.append(tokens[i].folded);
            continue;
        }
        if (words.isEmpty())
            continue;
        GazetteerEntry &entry = m_names[words.join(QLatin1Char(' '))];
        auto it = std::find_if(
            entry.candidates.begin(), entry.candidates.end(), [&](const PlaceCandidate &c) { return c.countryCode == code; });
        if (it == entry.candidates.end())
            entry.candidates.append({ code, kind });
        else if (int(kind) < int(it->kind))
            it->kind = kind; // Country < Subdivision < City: keep the broadest reading
        m_maxWords = std::max(m_maxWords, int(words.size()));
        words.clear();
    }
}

void Gazetteer::addQLocaleNames()
{
    // Native names ("Deutschland", "中国", "Россия", "Schweiz") come from the
    // locales of each territory; English names from territoryToString.
    const QList<QLocale> locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = QLocale::territoryToCode(locale.territory());
        if (!m_regions.contains(code))
            continue;
        const QString native = locale.nativeTerritoryName();
        const bool unspaced = !native.isEmpty() && isUnspacedScript(native.at(0).unicode());
        if (native.size() < 4 && !unspaced)
            continue; // too short to tell from an ordinary word
        addName(native, code, PlaceKind::Country);
    }
}

Result<Gazetteer> Gazetteer::parse(const QByteArray &json, const QString &sourceName)
{
    using R = Result<Gazetteer>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(Tr::tr("%1: invalid JSON (%2 at byte %3)").arg(sourceName, error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("format")).toString() != QLatin1String("kernelscout-gazetteer"))
        return R::failure(Tr::tr("%1: not a Kernel Scout gazetteer").arg(sourceName));
    QString problem; // "section: message"; the first one found ends the parse
    auto complain = [&](QLatin1StringView section, const QString &message) {
        if (problem.isEmpty())
            problem = section + QLatin1String(": ") + message;
        return false;
    };

    Gazetteer g;
    const QStringList knownRegions = LocationResolver::regions();
    const QJsonObject regions = root.value(QLatin1StringView("regions")).toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        if (!knownRegions.contains(it.key()))
            complain("regions"_L1, Tr::tr("'%1' is not one of the resolver's regions").arg(it.key().left(40)));
        for (const QJsonValue &v : it.value().toArray()) {
            const QString code = v.toString();
            if (!isCountryCode(code))
                complain("regions"_L1, Tr::tr("'%1' is not a two-letter country code").arg(code.left(40)));
            else if (g.m_regions.contains(code))
                complain("regions"_L1, Tr::tr("%1 is listed under both %2 and %3").arg(code, g.m_regions.value(code), it.key()));
            g.m_regions.insert(code, it.key());
        }
    }
    if (g.m_regions.isEmpty())
        complain("regions"_L1, Tr::tr("no countries are listed"));

    auto knownCode = [&](QLatin1StringView section, const QString &code) {
        return g.m_regions.contains(code) || complain(section, Tr::tr("'%1' is not listed under 'regions'").arg(code.left(40)));
    };
    // Sections of the form {"CODE": [names...]}; each name may hold
    // alternatives separated by '|'.
    auto eachCountry = [&](QLatin1StringView section, auto &&perCountry) {
        const QJsonObject o = root.value(section).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (knownCode(section, it.key()))
                perCountry(it.key(), it.value());
        }
    };
    auto addAll = [&](const QString &code, const QJsonValue &names, PlaceKind kind) {
        for (const QJsonValue &v : names.toArray()) {
            for (const QString &name : splitAlternatives(v.toString()))
                g.addName(name, code, kind);
        }
    };

    const QJsonObject displayNames = root.value(QLatin1StringView("countryNames")).toObject();
    for (auto it = displayNames.begin(); it != displayNames.end(); ++it)
        knownCode("countryNames"_L1, it.key());
    for (auto it = g.m_regions.cbegin(); it != g.m_regions.cend(); ++it) {
        const QLocale::Territory territory = QLocale::codeToTerritory(it.key());
        const QString qlocaleName = territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
        const QString name = displayNames.value(it.key()).toString(qlocaleName);
        if (name.isEmpty())
            complain("countryNames"_L1, Tr::tr("%1 needs a name: QLocale does not know it").arg(it.key()));
        g.m_countryNames.insert(it.key(), name);
        g.addName(name, it.key(), PlaceKind::Country);
        if (!qlocaleName.isEmpty())
            g.addName(qlocaleName, it.key(), PlaceKind::Country);
    }
    g.addQLocaleNames();

    eachCountry("countryAliases"_L1, [&](const QString &code, const QJsonValue &v) { addAll(code, v, PlaceKind::Country); });
    eachCountry("subdivisions"_L1, [&](const QString &code, const QJsonValue &v) {
        if (v.isArray())
            return addAll(code, v, PlaceKind::Subdivision);
        // {"MA": "Massachusetts"}: codes are trusted only where they stand
        // as codes (see LocationResolver), so they live in a table of their own.
        const QJsonObject withCodes = v.toObject();
        for (auto it = withCodes.begin(); it != withCodes.end(); ++it) {
            const QString subCode = it.key();
            const bool letters = std::all_of(subCode.begin(), subCode.end(), [](QChar c) { return c.unicode() < 128 && c.isUpper(); });
            if (!letters || subCode.size() < 2 || subCode.size() > 3)
                complain("subdivisions"_L1, Tr::tr("'%1' is not a two- or three-letter code").arg(subCode.left(40)));
            g.m_codes[subCode.toLower()].append({ code, PlaceKind::Code });
            for (const QString &name : splitAlternatives(it.value().toString()))
                g.addName(name, code, PlaceKind::Subdivision);
        }
    });
    eachCountry("cities"_L1, [&](const QString &code, const QJsonValue &v) { addAll(code, v, PlaceKind::City); });
    eachCountry("areas"_L1, [&](const QString &code, const QJsonValue &v) { addAll(code, v, PlaceKind::Area); });
    for (auto it = g.m_regions.cbegin(); it != g.m_regions.cend(); ++it)
        g.m_codes[it.key().toLower()].prepend({ it.key(), PlaceKind::Code });

    // Ambiguous names last: they reorder what the sections above filed.
    for (const QJsonValue &v : root.value(QLatin1StringView("ambiguous")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList countries;
        for (const QJsonValue &c : o.value(QLatin1StringView("countries")).toArray()) {
            if (knownCode("ambiguous"_L1, c.toString()))
                countries.append(c.toString());
        }
        const double lean = o.value(QLatin1StringView("lean")).toDouble(0);
        const QString names = o.value(QLatin1StringView("names")).toString();
        if (countries.size() < 2 || lean < 0 || lean >= 1)
            complain(
                "ambiguous"_L1, Tr::tr("'%1' needs two or more countries and a lean from 0 up to (not including) 1").arg(names.left(40)));
        for (const QString &name : splitAlternatives(names)) {
            for (const QString &code : countries)
                g.addName(name, code, PlaceKind::City);
            GazetteerEntry &entry = g.m_names[key(name)];
            std::stable_sort(entry.candidates.begin(), entry.candidates.end(), [&](const PlaceCandidate &a, const PlaceCandidate &b) {
                return countries.indexOf(a.countryCode) < countries.indexOf(b.countryCode);
            });
            entry.lean = lean;
        }
    }
    for (const QJsonValue &v : root.value(QLatin1StringView("wholePartOnly")).toArray()) {
        auto it = g.m_names.find(key(v.toString()));
        if (it == g.m_names.end())
            complain("wholePartOnly"_L1, Tr::tr("'%1' is not a name in the gazetteer").arg(v.toString().left(40)));
        else
            it->wholePartOnly = true;
    }
    for (const QJsonValue &v : root.value(QLatin1StringView("ignoredNames")).toArray())
        g.m_names.remove(key(v.toString()));
    const std::pair<QLatin1StringView, GazetteerEntry::Meaning> others[]
        = { { "notPlaces"_L1, GazetteerEntry::Meaning::NotPlace }, { "supranational"_L1, GazetteerEntry::Meaning::Supranational } };
    for (const auto &[section, meaning] : others) {
        for (const QJsonValue &v : root.value(section).toArray()) {
            const QString k = key(v.toString());
            if (const GazetteerEntry *e = g.findName(k))
                complain(section,
                    (e->meaning == GazetteerEntry::Meaning::Place ? Tr::tr("'%1' is also a place name") : Tr::tr("'%1' is listed twice"))
                        .arg(v.toString().left(40)));
            g.m_names[k].meaning = meaning;
            g.m_maxWords = std::max(g.m_maxWords, int(k.count(QLatin1Char(' ')) + 1));
        }
    }
    for (const QJsonValue &v : root.value(QLatin1StringView("fillerWords")).toArray())
        g.m_filler.insert(key(v.toString()));
    for (const QJsonValue &v : root.value(QLatin1StringView("heritageWords")).toArray())
        g.m_heritage.insert(key(v.toString()));
    eachCountry("writtenWithin"_L1, [&](const QString &code, const QJsonValue &v) {
        for (const QJsonValue &parent : v.toArray()) {
            if (knownCode("writtenWithin"_L1, parent.toString()))
                g.m_within[code].append(parent.toString());
        }
    });
    if (!problem.isEmpty())
        return R::failure(sourceName + QLatin1String(": ") + problem);

    for (auto it = g.m_names.cbegin(); it != g.m_names.cend(); ++it) {
        if (std::any_of(it.key().begin(), it.key().end(), [](QChar c) { return isUnspacedScript(c.unicode()); }))
            g.m_unspaced.append(it.key());
    }
    std::sort(g.m_unspaced.begin(), g.m_unspaced.end(),
        [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    return g;
}

const Gazetteer &Gazetteer::standard()
{
    static const Gazetteer gazetteer = [] {
        QFile bundled(QStringLiteral(":/kernelscout/people/gazetteer.json"));
        if (!bundled.open(QIODevice::ReadOnly)) {
            qCCritical(lcGazetteer) << "cannot open" << bundled.fileName();
            return Gazetteer();
        }
        auto parsed = parse(bundled.readAll(), bundled.fileName());
        if (!parsed) {
            qCCritical(lcGazetteer) << parsed.error();
            return Gazetteer();
        }
        return std::move(parsed).value();
    }();
    return gazetteer;
}

} // namespace ks::people
