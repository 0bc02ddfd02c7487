// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks::people {

// What a matched name is. It decides how much the name says on its own and
// which name wins when two in one place disagree ("Paris, Ontario": the
// province is broader than the city, so the city is a local namesake).
enum class PlaceKind : quint8
{
    Country,
    Subdivision,
    City,
    Area,
    Code
};

struct PlaceCandidate
{
    QString countryCode;
    PlaceKind kind = PlaceKind::City;
};

struct GazetteerEntry
{
    enum class Meaning : quint8
    {
        Place,
        NotPlace, // "Remote", "Earth", "Internet"
        Supranational, // "Europe", "APAC": a region, not a country
    };
    QList<PlaceCandidate> candidates; // most likely first
    double lean = 0; // ambiguous names: share of the first candidate when used alone (0: none)
    bool wholePartOnly = false; // ordinary words ("Nice", "Reading") count only when they stand alone
    Meaning meaning = Meaning::Place;
};

// A word of location text, or a break between parts ("Cambridge, MA": the
// comma) or between places ("NYC / London": the slash). The gazetteer folds
// its names with the same tokenizer the resolver uses, so both agree on keys.
struct LocationToken
{
    enum class Type : quint8
    {
        Word,
        PartBreak,
        GroupBreak
    };
    Type type = Type::Word;
    QString folded; // case folded, accents removed ("zurich")
    QString original; // as written ("Zürich")
    bool unspaced = false; // Han, kana, Hangul, Thai...: names run together without spaces
};

// Place names for the location resolver: resources/people/gazetteer.json
// (regions, aliases, subdivisions, cities, ambiguity) plus QLocale's English
// and native country names. Built once; lookups are hash probes.
class Gazetteer final
{
public:
    static Result<Gazetteer> parse(const QByteArray &json, const QString &sourceName);
    // The bundled gazetteer; empty (every place unknown) only if the bundled
    // file is broken, which is logged as critical.
    static const Gazetteer &standard();

    static QList<LocationToken> tokenize(QStringView text);
    static QString foldWord(QStringView word);
    // The lookup key of a name: its folded words joined by single spaces.
    static QString key(QStringView name);

    const GazetteerEntry *findName(const QString &key) const;
    // Codes ("ca", "nsw") with every country or subdivision they may stand for.
    const QList<PlaceCandidate> *findCode(const QString &foldedCode) const;
    // Keys written without spaces, longest first, for substring search.
    const QStringList &unspacedKeys() const { return m_unspaced; }
    int maxNameWords() const { return m_maxWords; }
    bool isFiller(const QString &folded) const { return m_filler.contains(folded); }
    bool isHeritageWord(const QString &folded) const { return m_heritage.contains(folded); }

    bool hasCountry(const QString &code) const { return m_regions.contains(code); }
    QString countryName(const QString &code) const { return m_countryNames.value(code); }
    QString region(const QString &code) const { return m_regions.value(code); }
    // Codes a place is often written together with ("Hong Kong, China",
    // "Jersey, UK"): there the more specific code wins.
    QStringList writtenWithin(const QString &code) const { return m_within.value(code); }
    QStringList countryCodes() const { return m_regions.keys(); }
    qsizetype nameCount() const { return m_names.size(); }

private:
    void addName(const QString &name, const QString &code, PlaceKind kind);
    void addQLocaleNames();

    QHash<QString, GazetteerEntry> m_names;
    QHash<QString, QList<PlaceCandidate>> m_codes;
    QHash<QString, QString> m_regions; // code -> region
    QHash<QString, QString> m_countryNames; // code -> English name
    QHash<QString, QStringList> m_within;
    QSet<QString> m_filler;
    QSet<QString> m_heritage;
    QStringList m_unspaced;
    int m_maxWords = 1;
};

} // namespace ks::people
