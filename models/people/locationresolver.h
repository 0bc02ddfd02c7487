// SPDX-License-Identifier: MIT
#pragma once

#include "gazetteer.h"

#include <QString>
#include <QStringList>

namespace ks::people {

struct Place
{
    QString countryCode; // ISO 3166-1 alpha-2 ("GB", "US", "DE"), empty when unknown
    QString country; // English name ("United Kingdom")
    QString region; // one of LocationResolver::regions(), empty when unknown
    double confidence = 0; // 0 = unknown ... 1 = certain
    QString reason; // what matched ("city: Zürich"), or why unknown ("two places: ...")
    bool known() const { return !countryCode.isEmpty(); }
};

// Reads the free-text "location" of a GitHub or forum profile as a country
// and a sourcing region. It would rather say "unknown" than guess: ambiguous
// names ("Cambridge") and two countries ("NYC / London") stay unknown with
// the reason spelled out. Cheap and thread-safe: all tables live in the
// Gazetteer, built once; resolve() only tokenizes and probes hashes.
//
// Confidence, roughly: a country named outright 0.95, a state or province
// 0.9, a city 0.85, a code after a place ("…, TX") 0.8; each further part
// that agrees adds a little. An ambiguous city used alone ("London",
// "Vancouver") gets its usual country at lean × 0.9 × its strength (about
// 0.55-0.75); a city overruled by a broader part ("Paris, Ontario") ×0.9; a
// place found in chatty text ×0.85; a flag emoji alone 0.4.
class LocationResolver final
{
public:
    // Text longer than this after markup and emoji are stripped is a bio,
    // not a location.
    static constexpr qsizetype MaxLength = 100;

    // The gazetteer must outlive the resolver (the standard one always does).
    explicit LocationResolver(const Gazetteer &gazetteer = Gazetteer::standard());

    Place resolve(const QString &freeText) const;
    // For manual overrides: confidence 1, reason "set by hand". Accepts "UK" for GB.
    Place forCountryCode(const QString &code) const;
    static QStringList regions();

    // The text the resolver reads: markup, links and emoji removed, flags
    // (🇨🇭 -> "CH") collected into `flags` when given.
    static QString clean(QStringView freeText, QStringList *flags = nullptr);

private:
    const Gazetteer *m_gazetteer;
};

} // namespace ks::people
