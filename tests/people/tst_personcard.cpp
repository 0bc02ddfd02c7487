// SPDX-License-Identifier: MIT
// The person card's HTML with strangers' strings in every field: markup stays
// text, and only http(s) addresses become links.
#include "people/personcard.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

const QString Hostile = QStringLiteral("<script>alert(1)</script><b>KSX</b><img src=x onerror=alert(2)>");

store::PersonRecord hostilePerson()
{
    store::PersonRecord p;
    p.login = QStringLiteral("evil");
    p.name = Hostile;
    p.excluded = Hostile;
    p.countryCode = QStringLiteral("GB");
    p.country = Hostile;
    p.region = QStringLiteral("UK");
    p.locationText = Hostile;
    p.locationReason = Hostile;
    p.locationSource = QStringLiteral("profile");
    p.company = Hostile;
    p.companySource = QStringLiteral("profile company");
    p.companyEvidence = Hostile;
    p.profileSourceUrl = QStringLiteral("javascript:alert(3)");
    p.channels.append({ QStringLiteral("blog"), QStringLiteral("javascript:alert(4)"), Hostile, QStringLiteral("data:text/html,x"), {} });
    p.channels.append({ QStringLiteral("email"), Hostile, Hostile, QStringLiteral("https://api.github.com/users/evil"), {} });
    return p;
}

} // namespace

TEST_CASE("a hostile profile's strings stay text on the person card", "[people][personcard]")
{
    scoring::CandidateScore score;
    score.rank = 1;
    score.score = 12.5;
    score.worksOn = Hostile;
    score.parts.insert(Hostile, 10.0);
    scoring::Evidence e;
    e.part = Hostile;
    e.label = Hostile;
    e.url = QStringLiteral("javascript:alert(5)");
    e.filename = Hostile;
    e.line = 3;
    score.evidence.append(e);
    scoring::Evidence good = e;
    good.url = QStringLiteral("https://github.com/a/b/pull/1");
    score.evidence.append(good);

    const people::PersonCard card = people::personCard(hostilePerson(), score, { { Hostile, Hostile, {} } });
    INFO(card.html.toStdString());
    CHECK_FALSE(card.html.contains(QStringLiteral("<script")));
    CHECK_FALSE(card.html.contains(QStringLiteral("<img")));
    CHECK_FALSE(card.html.contains(QStringLiteral("<b>KSX")));
    CHECK(card.html.contains(QStringLiteral("&lt;b&gt;KSX&lt;/b&gt;")));
    CHECK_FALSE(card.html.contains(QStringLiteral("href=\"javascript")));
    CHECK_FALSE(card.html.contains(QStringLiteral("href=\"data:")));
    CHECK(card.html.contains(QStringLiteral("href=\"https://github.com/a/b/pull/1\"")));
    CHECK(card.html.contains(QStringLiteral("href=\"https://api.github.com/users/evil\"")));
    // Both evidence items are remembered for the viewer, by their URL.
    CHECK(card.evidence.contains(QStringLiteral("https://github.com/a/b/pull/1")));
    CHECK(card.evidence.value(QStringLiteral("https://github.com/a/b/pull/1")).line == 3);
}

TEST_CASE("a card without a score or history says what is unknown", "[people][personcard]")
{
    store::PersonRecord p;
    p.login = QStringLiteral("quiet");
    const people::PersonCard card = people::personCard(p, std::nullopt, {});
    CHECK(card.html.contains(QStringLiteral("unknown")));
    CHECK(card.html.contains(QStringLiteral("no address or handle found")));
    CHECK_FALSE(card.html.contains(QStringLiteral("Why ranked")));
    CHECK_FALSE(card.html.contains(QStringLiteral("Stage history")));
    CHECK(card.evidence.isEmpty());
}
