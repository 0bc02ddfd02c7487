// SPDX-License-Identifier: MIT
// The location resolver: real-world profile locations to country and region,
// and the rule that it never answers confidently when the text is unclear.
#include "people/locationresolver.h"
#include "support/qtprinters.h"

#include <QElapsedTimer>
#include <catch2/catch_test_macros.hpp>
#include <iterator>

using namespace ks::people;

namespace {

const char *const UK = "UK";
const char *const EU = "EU";
const char *const EuropeNonEU = "Europe (non-EU)";
const char *const NorthAmerica = "North America";
const char *const LatinAmerica = "Latin America";
const char *const China = "China";
const char *const India = "India";
const char *const EastAsia = "East Asia";
const char *const SoutheastAsia = "Southeast Asia";
const char *const SouthAsia = "South Asia";
const char *const MiddleEast = "Middle East";
const char *const CentralAsia = "Central Asia";
const char *const Oceania = "Oceania";
const char *const Africa = "Africa";

struct Row
{
    const char *text;
    const char *code; // "" = must stay unknown
    const char *region; // "" with an unknown code
    double atLeast; // minimum confidence for known rows
};

// Lean: an ambiguous name alone gets its usual country at modest confidence.
constexpr double Lean = 0.5;
constexpr double Firm = 0.8;

const Row rows[] = {
    // Ambiguity settled by a state, province or country, with or without commas.
    { "Cambridge, UK", "GB", UK, Firm },
    { "Cambridge, MA", "US", NorthAmerica, Firm },
    { "Cambridge MA", "US", NorthAmerica, Firm },
    { "Cambridge, Massachusetts", "US", NorthAmerica, Firm },
    { "Cambridge, England", "GB", UK, Firm },
    { "Birmingham, AL", "US", NorthAmerica, Firm },
    { "Birmingham, UK", "GB", UK, Firm },
    { "London, Ontario", "CA", NorthAmerica, Firm },
    { "London, UK", "GB", UK, Firm },
    { "Vancouver, BC", "CA", NorthAmerica, Firm },
    { "Vancouver, WA", "US", NorthAmerica, Firm },
    { "Hyderabad, Telangana", "IN", India, Firm },
    { "Hyderabad, Pakistan", "PK", SouthAsia, Firm },
    { "Perth, WA", "AU", Oceania, Firm },
    { "Atlanta, Georgia", "US", NorthAmerica, Firm },
    { "Tbilisi, Georgia", "GE", EuropeNonEU, Firm },
    { "Paris, Ontario", "CA", NorthAmerica, Firm },
    { "Naples, FL", "US", NorthAmerica, Firm },
    { "Kingston, Jamaica", "JM", LatinAmerica, Firm },
    // US and Canada: states, provinces, codes, informal names.
    { "San Francisco Bay Area", "US", NorthAmerica, Firm },
    { "SF", "US", NorthAmerica, Firm },
    { "Silicon Valley", "US", NorthAmerica, Firm },
    { "Mountain View, California", "US", NorthAmerica, Firm },
    { "Seattle, WA", "US", NorthAmerica, Firm },
    { "Seattle WA", "US", NorthAmerica, Firm },
    { "Portland, OR", "US", NorthAmerica, Firm },
    { "Austin, TX", "US", NorthAmerica, Firm },
    { "New York, NY", "US", NorthAmerica, Firm },
    { "NYC", "US", NorthAmerica, Firm },
    { "Washington, DC", "US", NorthAmerica, Firm },
    { "New Jersey", "US", NorthAmerica, Firm },
    { "Chicago IL", "US", NorthAmerica, Firm },
    { "Indianapolis, IN", "US", NorthAmerica, Firm },
    { "Toronto, ON", "CA", NorthAmerica, Firm },
    { "Toronto, CA", "CA", NorthAmerica, Firm },
    { "Montréal, QC", "CA", NorthAmerica, Firm },
    { "Waterloo, Ontario", "CA", NorthAmerica, Firm },
    { "Kitchener-Waterloo", "CA", NorthAmerica, Firm },
    { "U.S.A.", "US", NorthAmerica, Firm },
    { "Remote (US)", "US", NorthAmerica, Firm },
    { "San Juan, PR", "PR", LatinAmerica, 0.7 },
    // UK and Ireland.
    { "Greater London", "GB", UK, Firm },
    { "Edinburgh, Scotland", "GB", UK, Firm },
    { "Belfast, Northern Ireland", "GB", UK, Firm },
    { "Remote - UK", "GB", UK, Firm },
    { "Dublin, Ireland", "IE", EU, Firm },
    { "Jersey", "JE", EuropeNonEU, Firm },
    // EU, in English and in the local language.
    { "München, Deutschland", "DE", EU, Firm },
    { "Berlin, DE", "DE", EU, Firm },
    { "Deutschland", "DE", EU, Firm },
    { "Europe/Berlin", "DE", EU, Firm },
    { "Paris, France", "FR", EU, Firm },
    { "Île-de-France", "FR", EU, Firm },
    { "Nice", "FR", EU, Firm },
    { "Amsterdam, The Netherlands", "NL", EU, Firm },
    { "Eindhoven, NL", "NL", EU, Firm },
    { "Holland", "NL", EU, Firm },
    { "Leuven, Belgium", "BE", EU, Firm },
    { "Wien", "AT", EU, Firm },
    { "Stockholm, Sweden", "SE", EU, Firm },
    { "Helsinki, Finland", "FI", EU, Firm },
    { "Madrid, España", "ES", EU, Firm },
    { "Tenerife", "ES", EU, Firm },
    { "Lisboa, Portugal", "PT", EU, Firm },
    { "Milano, Italia", "IT", EU, Firm },
    { "Warszawa, Polska", "PL", EU, Firm },
    { "Kraków", "PL", EU, Firm },
    { "Praha", "CZ", EU, Firm },
    { "Czechia", "CZ", EU, Firm },
    { "Athens, Greece", "GR", EU, Firm },
    { "Berlin (originally from Brazil)", "DE", EU, Firm },
    // Europe outside the EU.
    { "Zürich 🇨🇭", "CH", EuropeNonEU, Firm },
    { "Genève", "CH", EuropeNonEU, Firm },
    { "Lausanne, CH", "CH", EuropeNonEU, Firm },
    { "Oslo, Norway", "NO", EuropeNonEU, Firm },
    { "Київ", "UA", EuropeNonEU, Firm },
    { "Москва", "RU", EuropeNonEU, Firm },
    { "Россия", "RU", EuropeNonEU, Firm },
    { "Istanbul, Türkiye", "TR", EuropeNonEU, Firm },
    { "Bosnia & Herzegovina", "BA", EuropeNonEU, Firm },
    // Asia, Middle East, Oceania, Africa, Latin America.
    { "Tel Aviv", "IL", MiddleEast, Firm },
    { "Dubai, UAE", "AE", MiddleEast, Firm },
    { "Beijing, China", "CN", China, Firm },
    { "中国北京", "CN", China, Firm },
    { "Shanghai, PRC", "CN", China, Firm },
    { "Mainland China", "CN", China, Firm },
    { "Hangzhou, Zhejiang", "CN", China, Firm },
    { "Hong Kong, China", "HK", EastAsia, Firm },
    { "Taipei, Taiwan", "TW", EastAsia, Firm },
    { "東京", "JP", EastAsia, Firm },
    { "서울", "KR", EastAsia, Firm },
    { "Singapore", "SG", SoutheastAsia, Firm },
    { "Bengaluru", "IN", India, Firm },
    { "Bangalore, IN", "IN", India, Firm },
    { "Chennai, Tamil Nadu", "IN", India, Firm },
    { "Delhi NCR", "IN", India, Firm },
    { "Karachi", "PK", SouthAsia, Firm },
    { "Almaty", "KZ", CentralAsia, Firm },
    { "Sydney, NSW", "AU", Oceania, Firm },
    { "Auckland, New Zealand", "NZ", Oceania, Firm },
    { "São Paulo, Brazil", "BR", LatinAmerica, Firm },
    { "Bogotá, Colombia", "CO", LatinAmerica, Firm },
    { "Mexico City", "MX", LatinAmerica, Firm },
    { "Trinidad and Tobago", "TT", LatinAmerica, Firm },
    { "Lagos, Nigeria", "NG", Africa, Firm },
    { "Cape Town, South Africa", "ZA", Africa, Firm },
    // Markup, emoji and prose around a place.
    { "<b>London</b>", "GB", UK, Lean },
    { "[Edinburgh](https://example.org/edinburgh)", "GB", UK, Firm },
    { "**Delft**", "NL", EU, Firm },
    { "🇺🇦 Berlin", "DE", EU, Firm },
    { "I live in the beautiful city of Zurich", "CH", EuropeNonEU, Firm },
    // Ambiguous names alone: a usual country at modest confidence, or nothing.
    { "London", "GB", UK, Lean },
    { "Vancouver", "CA", NorthAmerica, Lean },
    { "Hyderabad", "IN", India, Lean },
    { "Cambridge", "", "", 0 },
    { "Birmingham", "", "", 0 },
    { "Georgia", "", "", 0 },
    { "Kingston", "", "", 0 },
    { "Victoria", "", "", 0 },
    { "Some small town, DE", "", "", 0 },
    // Two countries.
    { "NYC / London", "", "", 0 },
    { "London / San Francisco", "", "", 0 },
    { "London and Berlin", "", "", 0 },
    // Not a place at all.
    { "Remote", "", "", 0 },
    { "Earth", "", "", 0 },
    { "Planet Earth 🌍", "", "", 0 },
    { "Internet", "", "", 0 },
    { "localhost", "", "", 0 },
    { "Worldwide", "", "", 0 },
    { "🌍", "", "", 0 },
    { "🚀🔥", "", "", 0 },
    { "Europe", "", "", 0 },
    { "Remote, EU", "", "", 0 },
    { "N/A", "", "", 0 },
    { "a nice place", "", "", 0 },
    { "", "", "", 0 },
    { "   ", "", "", 0 },
    // Codes are trusted only where they stand as codes.
    { "working IN compilers", "", "", 0 },
    { "CA", "", "", 0 },
    { "IN", "", "", 0 },
    { "Compiler engineer working on MLIR and Triton kernels, previously at a startup in Berlin, loves hiking and coffee", "", "", 0 },
};

} // namespace

TEST_CASE("profile locations resolve to a country and region, or stay unknown", "[location]")
{
    const LocationResolver resolver;
    STATIC_REQUIRE(std::size(rows) >= 80);
    for (const Row &row : rows) {
        const QString text = QString::fromUtf8(row.text);
        const Place place = resolver.resolve(text);
        INFO("input: " << row.text << " -> " << place.countryCode << " " << place.confidence << " (" << place.reason << ")");
        CHECK(place.countryCode == QLatin1String(row.code));
        CHECK(place.region == QString::fromUtf8(row.region));
        CHECK_FALSE(place.reason.isEmpty());
        if (place.known()) {
            CHECK(place.confidence >= row.atLeast);
            CHECK(place.confidence <= 1.0);
            CHECK_FALSE(place.country.isEmpty());
        } else {
            CHECK(place.confidence == 0);
            CHECK(place.country.isEmpty());
        }
    }
}

TEST_CASE("an ambiguous name is never a confident answer", "[location]")
{
    const LocationResolver resolver;
    const Place cambridge = resolver.resolve(QStringLiteral("Cambridge"));
    CHECK_FALSE(cambridge.known());
    CHECK(cambridge.reason.contains(QStringLiteral("United Kingdom")));
    CHECK(cambridge.reason.contains(QStringLiteral("United States")));

    // Alone, London is usually but not certainly the UK one.
    const Place london = resolver.resolve(QStringLiteral("London"));
    CHECK(london.countryCode == QStringLiteral("GB"));
    CHECK(london.confidence < 0.8);
    CHECK(london.confidence < resolver.resolve(QStringLiteral("London, UK")).confidence);
    CHECK(london.confidence < resolver.resolve(QStringLiteral("Berlin")).confidence);

    // Qualified, both Cambridges are certain enough to act on.
    CHECK(resolver.resolve(QStringLiteral("Cambridge, MA")).confidence >= 0.85);
    CHECK(resolver.resolve(QStringLiteral("Cambridge, UK")).confidence >= 0.9);

    // A flag alone is weak evidence; one that agrees with the text adds a little.
    const Place flag = resolver.resolve(QStringLiteral("🇺🇸"));
    CHECK(flag.countryCode == QStringLiteral("US"));
    CHECK(flag.confidence < 0.5);
    CHECK(resolver.resolve(QStringLiteral("Zürich 🇨🇭")).confidence > resolver.resolve(QStringLiteral("Zürich")).confidence);
    CHECK(resolver.resolve(QStringLiteral("🇺🇦 Berlin")).reason.contains(QStringLiteral("Ukraine")));
}

TEST_CASE("unknown places say why", "[location]")
{
    const LocationResolver resolver;
    const Place two = resolver.resolve(QStringLiteral("NYC / London"));
    CHECK(two.reason.startsWith(QStringLiteral("two places")));
    CHECK(two.reason.contains(QStringLiteral("NYC")));
    CHECK(two.reason.contains(QStringLiteral("London")));

    CHECK(resolver.resolve(QStringLiteral("Remote")).reason == QStringLiteral("not a place: Remote"));
    CHECK(resolver.resolve(QStringLiteral("🌍")).reason == QStringLiteral("only emoji or symbols"));
    CHECK(resolver.resolve(QString()).reason == QStringLiteral("no location given"));
    CHECK(resolver.resolve(QStringLiteral("Scandinavia")).reason.contains(QStringLiteral("region, not a country")));

    // 300 characters of anything is a bio, not a location, even if it names a city.
    const QString longText = QStringLiteral("Berlin ").repeated(43);
    const Place tooLong = resolver.resolve(longText);
    CHECK_FALSE(tooLong.known());
    CHECK(tooLong.reason.contains(QStringLiteral("too long")));
    // ...but markup does not count towards the length.
    CHECK(
        resolver
            .resolve(QStringLiteral("<span class=\"location-with-a-very-long-class-name-used-for-styling-the-profile-card\">Berlin</span>"))
            .countryCode
        == QStringLiteral("DE"));
}

TEST_CASE("codes are read as codes only after a place", "[location]")
{
    const LocationResolver resolver;
    CHECK(resolver.resolve(QStringLiteral("Tel Aviv, IL")).countryCode == QStringLiteral("IL"));
    CHECK(resolver.resolve(QStringLiteral("Chicago, IL")).countryCode == QStringLiteral("US"));
    CHECK(resolver.resolve(QStringLiteral("San Diego, CA")).countryCode == QStringLiteral("US"));
    CHECK(resolver.resolve(QStringLiteral("Casablanca, MA")).countryCode == QStringLiteral("MA"));
    CHECK(resolver.resolve(QStringLiteral("Adelaide, SA")).countryCode == QStringLiteral("AU"));
    CHECK_FALSE(resolver.resolve(QStringLiteral("working IN compilers")).known());
    CHECK_FALSE(resolver.resolve(QStringLiteral("join us")).known());
}

TEST_CASE("manual overrides and the region list", "[location]")
{
    const LocationResolver resolver;
    const Place gb = resolver.forCountryCode(QStringLiteral("gb"));
    CHECK(gb.countryCode == QStringLiteral("GB"));
    CHECK(gb.country == QStringLiteral("United Kingdom"));
    CHECK(gb.region == QStringLiteral("UK"));
    CHECK(gb.confidence == 1.0);
    CHECK(gb.reason == QStringLiteral("set by hand"));
    CHECK(resolver.forCountryCode(QStringLiteral("UK")).countryCode == QStringLiteral("GB"));
    CHECK_FALSE(resolver.forCountryCode(QStringLiteral("XX")).known());

    const QStringList eu27 { QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"),
        QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"), QStringLiteral("LT"),
        QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
        QStringLiteral("SK"), QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE") };
    for (const QString &code : eu27) {
        INFO("country: " << code);
        CHECK(resolver.forCountryCode(code).region == QStringLiteral("EU"));
    }
    for (const char *code : { "CH", "NO", "IS", "UA", "RS", "TR" }) {
        INFO("country: " << code);
        CHECK(resolver.forCountryCode(QLatin1String(code)).region == QStringLiteral("Europe (non-EU)"));
    }
    const Gazetteer &gazetteer = Gazetteer::standard();
    CHECK(gazetteer.countryCodes().size() >= 240);
    for (const QString &code : gazetteer.countryCodes()) {
        INFO("country: " << code);
        CHECK(LocationResolver::regions().contains(gazetteer.region(code)));
        CHECK_FALSE(gazetteer.countryName(code).isEmpty());
    }
}

TEST_CASE("the gazetteer is data: a custom one drives the resolver, a broken one is refused", "[location]")
{
    const auto tiny = Gazetteer::parse(R"({"format": "kernelscout-gazetteer", "version": 1,
        "regions": {"EU": ["DE"], "UK": ["GB"]},
        "cities": {"DE": ["Kleinstadt am See"]},
        "ambiguous": [{"names": "Doppelort", "countries": ["DE", "GB"]}]})",
        QStringLiteral("tiny.json"));
    REQUIRE(tiny.ok());
    const LocationResolver resolver(tiny.value());
    CHECK(resolver.resolve(QStringLiteral("kleinstadt AM see")).countryCode == QStringLiteral("DE"));
    CHECK_FALSE(resolver.resolve(QStringLiteral("Doppelort")).known());
    CHECK(resolver.resolve(QStringLiteral("Doppelort, United Kingdom")).countryCode == QStringLiteral("GB")); // name from QLocale
    CHECK(resolver.resolve(QStringLiteral("Doppelort, DE")).countryCode == QStringLiteral("DE"));

    const auto broken = Gazetteer::parse("{\"format\": \"kernelscout-gazetteer\", ", QStringLiteral("mine.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("mine.json: invalid JSON")));
    const auto badCode = Gazetteer::parse(
        R"({"format": "kernelscout-gazetteer", "regions": {"EU": ["DE"]}, "cities": {"XY": ["Nowhere"]}})", QStringLiteral("mine.json"));
    REQUIRE_FALSE(badCode.ok());
    CHECK(badCode.error().contains(QStringLiteral("cities: 'XY' is not listed under 'regions'")));
    const auto badRegion
        = Gazetteer::parse(R"({"format": "kernelscout-gazetteer", "regions": {"Atlantis": ["DE"]}})", QStringLiteral("mine.json"));
    REQUIRE_FALSE(badRegion.ok());
    CHECK(badRegion.error().contains(QStringLiteral("'Atlantis' is not one of the resolver's regions")));
}

TEST_CASE("resolving is cheap", "[.bench]")
{
    const LocationResolver resolver;
    const QStringList inputs { QStringLiteral("San Francisco Bay Area"), QStringLiteral("Cambridge, MA"),
        QStringLiteral("München, Deutschland"), QStringLiteral("Remote"), QStringLiteral("中国北京"), QStringLiteral("NYC / London"),
        QStringLiteral("I live in the beautiful city of Zurich"), QStringLiteral("Bengaluru") };
    QElapsedTimer timer;
    timer.start();
    int known = 0;
    for (int i = 0; i < 100000; ++i)
        known += resolver.resolve(inputs[i % inputs.size()]).known();
    WARN("100000 locations resolved in " << timer.elapsed() << " ms (" << known << " known)");
}
