// SPDX-License-Identifier: MIT
// From ranked logins to candidates: where they are, who employs them, how to
// reach them, and who must be left alone.
#include "jobs/standings.h"
#include "people/exclusionlist.h"
#include "people/personprofiler.h"
#include "store/layerstore.h"
#include "store/peoplestore.h"
#include "store/scorestore.h"
#include "support/layerfixture.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

const QDateTime Now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);

struct Workspace : test::LayerFixture
{
    Workspace()
        : LayerFixture(QStringLiteral("kernels"))
    {
        test::Crowd crowd;
        crowd.people = 12;
        crowd.pulls = 120;
        crowd.comments = 100;
        crowd.reviews = 60;
        crowd.commits = 120;
        crowd.now = Now;
        fill(crowd);
        // Profiles as GitHub returns them.
        exec(QStringLiteral("UPDATE github_users SET location = 'Cambridge, UK', company = '@nvidia', email = 'one@example.org', "
                            "twitter_username = 'one_tw', profile_source_url = 'https://api.github.com/users/user1', "
                            "profile_fetched_at = '2026-10-30T10:00:00Z' WHERE id = 1"));
        exec(QStringLiteral("UPDATE github_users SET location = 'Remote' WHERE id = 2"));
        exec(QStringLiteral("UPDATE commits SET author_email = 'two@amd.com' WHERE author_id = 2"));
        exec(QStringLiteral("UPDATE github_users SET location = 'München', company = 'ex-Google' WHERE id = 3"));
        exec(QStringLiteral("UPDATE commits SET author_email = '3+user3@users.noreply.github.com' WHERE author_id = 3"));
        exec(QStringLiteral("UPDATE github_users SET location = 'Seattle, WA', blog = 'example.dev' WHERE id = 4"));
        exec(QStringLiteral("UPDATE github_users SET location = '<b>London</b> / San Francisco' WHERE id = 5"));
        jobs::StandingsRequest request;
        request.now = Now;
        REQUIRE(jobs::updateStandings(db, request).ok());
    }

    store::PersonRecord person(const QString &login)
    {
        const auto p = store::PeopleStore(db).find(login);
        REQUIRE(p.ok());
        return p.value();
    }

    QStringList logins(const store::CandidateFilter &filter)
    {
        const auto rows = store::ScoreStore(db).top(layer.id, 100, filter);
        REQUIRE(rows.ok());
        QStringList out;
        for (const auto &c : rows.value())
            out.append(c.login);
        out.sort();
        return out;
    }
};

} // namespace

TEST_CASE("profiles give country, region, employer and contact channels with their sources", "[people][profiles]")
{
    Workspace w;
    const auto one = w.person(QStringLiteral("user1"));
    CHECK(one.countryCode == QStringLiteral("GB"));
    CHECK(one.region == QStringLiteral("UK"));
    CHECK(one.company == QStringLiteral("NVIDIA"));
    CHECK(one.companySource == QStringLiteral("profile company"));
    CHECK(one.reachable);
    REQUIRE(one.channels.size() == 2);
    CHECK(one.channels[0].kind == QStringLiteral("email"));
    CHECK(one.channels[0].value == QStringLiteral("one@example.org"));
    CHECK(one.channels[0].sourceUrl == QStringLiteral("https://api.github.com/users/user1"));
    CHECK(one.channels[0].fetchedAt == QDateTime(QDate(2026, 10, 30), QTime(10, 0), QTimeZone::UTC));
    CHECK(one.channels[1].kind == QStringLiteral("twitter"));
    REQUIRE_FALSE(one.standings.isEmpty());
    CHECK(one.standings[0].layer == QStringLiteral("kernel"));
    CHECK(one.standings[0].firstContribution.isValid());

    // The commit e-mail names the employer; "Remote" names no place.
    const auto two = w.person(QStringLiteral("user2"));
    CHECK(two.company == QStringLiteral("AMD"));
    CHECK(two.companySource == QStringLiteral("commit e-mail"));
    CHECK(two.companyEvidence.contains(QStringLiteral("amd.com")));
    CHECK(two.countryCode.isEmpty());
    CHECK(two.reachable);
    REQUIRE(two.channels.size() == 1);
    CHECK(two.channels[0].kind == QStringLiteral("commit_email"));
    CHECK(two.channels[0].detail.contains(QStringLiteral("commit")));

    // A no-reply address is no way to write; a former employer is not the employer.
    const auto three = w.person(QStringLiteral("user3"));
    CHECK(three.countryCode == QStringLiteral("DE"));
    CHECK(three.region == QStringLiteral("EU"));
    CHECK(three.company != QStringLiteral("Google"));
    CHECK_FALSE(three.reachable);
    CHECK(three.channels.isEmpty());

    // A website alone is listed but does not make someone reachable.
    const auto four = w.person(QStringLiteral("user4"));
    CHECK(four.countryCode == QStringLiteral("US"));
    CHECK(four.region == QStringLiteral("North America"));
    REQUIRE(four.channels.size() == 1);
    CHECK(four.channels[0].value == QStringLiteral("https://example.dev"));
    CHECK_FALSE(four.reachable);

    // Two places is no place.
    const auto five = w.person(QStringLiteral("user5"));
    CHECK(five.countryCode.isEmpty());
    CHECK_FALSE(five.locationReason.isEmpty());
}

TEST_CASE("a hand correction wins, and only changed people are derived again", "[people][profiles]")
{
    Workspace w;
    people::PersonProfiler profiler(w.db);
    const auto unchanged = profiler.refresh();
    REQUIRE(unchanged.ok());
    CHECK(unchanged.value() == 0);

    const auto two = w.person(QStringLiteral("user2"));
    REQUIRE(store::PeopleStore(w.db).setOverride(two.userId, QStringLiteral("FR"), QStringLiteral("Tiny Startup")).ok());
    const auto one = profiler.refresh();
    REQUIRE(one.ok());
    CHECK(one.value() == 1);
    const auto corrected = w.person(QStringLiteral("user2"));
    CHECK(corrected.countryCode == QStringLiteral("FR"));
    CHECK(corrected.region == QStringLiteral("EU"));
    CHECK(corrected.locationSource == QStringLiteral("set by hand"));
    CHECK(corrected.company == QStringLiteral("Tiny Startup"));

    w.exec(QStringLiteral("UPDATE github_users SET location = 'Toronto, ON' WHERE id = 6"));
    REQUIRE(profiler.refresh().value() == 1);
    CHECK(w.person(QStringLiteral("user6")).countryCode == QStringLiteral("CA"));

    REQUIRE(store::PeopleStore(w.db).clearOverride(two.userId).ok());
    REQUIRE(profiler.refresh().ok());
    CHECK(w.person(QStringLiteral("user2")).company == QStringLiteral("AMD"));
}

TEST_CASE("candidates filter by region, country, company and reachability in SQL", "[people][profiles]")
{
    Workspace w;
    store::CandidateFilter eu;
    eu.regions = { QStringLiteral("eu") };
    CHECK(w.logins(eu) == QStringList { QStringLiteral("user3") });
    store::CandidateFilter ukOrUs;
    ukOrUs.countries = { QStringLiteral("GB"), QStringLiteral("us") };
    CHECK(w.logins(ukOrUs) == (QStringList { QStringLiteral("user1"), QStringLiteral("user4") }));
    store::CandidateFilter atNvidia;
    atNvidia.companies = { QStringLiteral("nvidia") };
    CHECK(w.logins(atNvidia) == QStringList { QStringLiteral("user1") });
    store::CandidateFilter notAmd;
    notAmd.notCompanies = { QStringLiteral("AMD") };
    CHECK_FALSE(w.logins(notAmd).contains(QStringLiteral("user2")));
    CHECK(w.logins(notAmd).contains(QStringLiteral("user7")));
    store::CandidateFilter reachable;
    reachable.reachableOnly = true;
    CHECK(w.logins(reachable) == (QStringList { QStringLiteral("user1"), QStringLiteral("user2") }));
}

TEST_CASE("people on an exclusion list are hidden from rankings, and marked when shown", "[people][profiles][exclusions]")
{
    Workspace w;
    const int everyone = int(w.logins({}).size());
    people::ExclusionList lists(w.db);
    REQUIRE(lists.importCsvData(people::ExclusionList::Kind::Staff, "login\nuser1\n", QStringLiteral("staff.csv")).ok());
    REQUIRE(
        lists.importCsvData(people::ExclusionList::Kind::DoNotPoach, "company\nAdvanced Micro Devices\n", QStringLiteral("dnp.csv")).ok());
    REQUIRE(people::PersonProfiler(w.db).refresh().ok());

    const QStringList shown = w.logins({});
    CHECK(shown.size() == everyone - 2);
    CHECK_FALSE(shown.contains(QStringLiteral("user1")));
    CHECK_FALSE(shown.contains(QStringLiteral("user2")));

    store::CandidateFilter all;
    all.includeExcluded = true;
    const auto rows = store::ScoreStore(w.db).top(w.layer.id, 100, all);
    REQUIRE(rows.ok());
    QHash<QString, QString> why;
    for (const auto &c : rows.value())
        why.insert(c.login, c.excluded);
    CHECK(why.size() == everyone);
    CHECK(why.value(QStringLiteral("user1")) == QStringLiteral("own staff (login)"));
    CHECK(why.value(QStringLiteral("user2")) == QStringLiteral("do not poach: AMD"));
    CHECK(why.value(QStringLiteral("user3")).isEmpty());
}
