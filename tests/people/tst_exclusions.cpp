// SPDX-License-Identifier: MIT
// Imported exclusion lists: a malformed file imports nothing and says where.
#include "people/csvreader.h"
#include "people/exclusionlist.h"
#include "store/database.h"
#include "support/tempworkspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks;
using people::ExclusionList;

TEST_CASE("CSV: quotes, doubled quotes, line breaks in quotes, CRLF and a byte-order mark", "[people][csv]")
{
    const auto records = people::readCsv("\xEF\xBB\xBFlogin,note\r\nada,\"said \"\"hi\"\", then left\"\r\n\r\nbob,\"two\nlines\"\nlast,\n");
    REQUIRE(records.ok());
    REQUIRE(records->size() == 4);
    CHECK(records->at(0).fields == QStringList { QStringLiteral("login"), QStringLiteral("note") });
    CHECK(records->at(1).fields[1] == QStringLiteral("said \"hi\", then left"));
    CHECK(records->at(2).fields[1] == QStringLiteral("two\nlines"));
    CHECK(records->at(2).line == 4);
    CHECK(records->at(3).line == 6);
    CHECK(records->at(3).fields == QStringList { QStringLiteral("last"), QString() });
}

TEST_CASE("CSV: broken quoting and non-UTF-8 text are refused with the line", "[people][csv]")
{
    const auto open = people::readCsv("login\nada\n\"bob,\n");
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().contains(QStringLiteral("Line 3")));
    const auto stray = people::readCsv("login,email\nada,a\"b@example.com\n");
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().contains(QStringLiteral("Line 2")));
    const auto latin1 = people::readCsv("login,name\nada,Ren\xe9\n");
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().contains(QStringLiteral("UTF-8")));
}

TEST_CASE("an exclusion file with malformed rows imports nothing and lists every problem by line", "[people][exclusions]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    ExclusionList lists(db);
    const QByteArray csv = "login,email,name\n"
                           "ada,ada@example.com,Ada\n" // fine
                           "not a login!,,Someone\n" // line 3: bad login
                           "carol,carol@example.com\n" // line 4: two fields, header has three
                           "dave,dave-at-example.com,Dave\n" // line 5: bad e-mail
                           ",,Nobody\n"; // line 6: nothing to match on
    const auto imported = lists.importCsvData(ExclusionList::Kind::Staff, csv, QStringLiteral("staff.csv"));
    REQUIRE_FALSE(imported.ok());
    for (const char *line : { "line 3", "line 4", "line 5", "line 6" })
        CHECK(imported.error().contains(QLatin1String(line)));
    CHECK_FALSE(imported.error().contains(QStringLiteral("line 2")));
    CHECK(imported.error().contains(QStringLiteral("nothing was imported")));
    const auto entries = lists.entries();
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
}

TEST_CASE("an ATS export with its own column names imports once; importing again adds nothing", "[people][exclusions]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    ExclusionList lists(db);
    const QByteArray csv = "Candidate ID,Full Name,E-mail,GitHub Username,Stage\r\n"
                           "17,\"Lovelace, Ada\",Ada@Example.com,@ada,Phone screen\r\n"
                           "18,Grace Hopper,grace@example.com,,Offer\r\n";
    const auto first = lists.importCsvData(ExclusionList::Kind::Ats, csv, QStringLiteral("ats.csv"));
    REQUIRE(first.ok());
    CHECK(first.value() == 2);
    const auto again = lists.importCsvData(ExclusionList::Kind::Ats, csv, QStringLiteral("ats.csv"));
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    const auto entries = lists.entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).login == QStringLiteral("ada"));
    CHECK(entries->at(0).email == QStringLiteral("ada@example.com"));
    CHECK(entries->at(0).name == QStringLiteral("Lovelace, Ada"));
    CHECK(entries->at(0).line == 2);

    const auto cleared = lists.clear(ExclusionList::Kind::Ats);
    REQUIRE(cleared.ok());
    CHECK(cleared.value() == 2);
}

TEST_CASE("a do-not-poach list needs companies and stores them under their canonical names", "[people][exclusions]")
{
    TempWorkspace tmp;
    store::Database db;
    REQUIRE(db.open(tmp.path()).ok());
    ExclusionList lists(db);
    const auto noCompany = lists.importCsvData(ExclusionList::Kind::DoNotPoach, "login\nada\n", QStringLiteral("dnp.csv"));
    REQUIRE_FALSE(noCompany.ok());
    CHECK(noCompany.error().contains(QStringLiteral("company")));

    const auto imported = lists.importCsvData(
        ExclusionList::Kind::DoNotPoach, "company\n@nvidia\nNVIDIA Corporation\nTiny Startup Ltd\n", QStringLiteral("dnp.csv"));
    REQUIRE(imported.ok());
    CHECK(imported.value() == 2); // the two spellings of NVIDIA are one entry
    const auto entries = lists.entries();
    REQUIRE(entries.ok());
    QStringList companies;
    for (const auto &e : entries.value())
        companies.append(e.company);
    CHECK(companies == QStringList { QStringLiteral("NVIDIA"), QStringLiteral("Tiny Startup Ltd") });
}
