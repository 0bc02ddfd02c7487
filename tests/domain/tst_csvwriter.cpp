// SPDX-License-Identifier: MIT
#include "domain/csvwriter.h"
#include "people/csvreader.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using ks::CsvWriter;

TEST_CASE("a CSV cell a spreadsheet would evaluate is neutralised; text survives a round trip", "[domain][csv]")
{
    for (const QString &formula : { u"=1+1"_s, u"+49 30 1234"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\t=cmd"_s, u"\r=cmd"_s })
        CHECK(CsvWriter::field(formula).contains(u'\''));
    CHECK(CsvWriter::field(u"=1+1"_s) == u"'=1+1"_s);
    CHECK(CsvWriter::field(u"plain"_s) == u"plain"_s);
    CHECK(CsvWriter::field(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvWriter::field(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(CsvWriter::field(u"left\u202eright\u0007"_s) == u"leftright"_s); // bidi override and BEL dropped
    CHECK(CsvWriter::field(u"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200D\U0001F52C"_s)
        == u"\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200D\U0001F52C"_s); // ZWNJ and ZWJ are text

    CsvWriter csv({ u"login"_s, u"note"_s });
    csv.addRow({ u"ada"_s, u"two\nlines, \"quoted\""_s });
    csv.addRow({ u"bob"_s, u"=HYPERLINK(\"http://x\")"_s });
    CHECK(csv.rowCount() == 2);
    CHECK(csv.toUtf8().startsWith("login,note\r\nada,\"two\nlines, \"\"quoted\"\"\"\r\n"));
    const auto back = ks::people::readCsv(csv.toUtf8());
    REQUIRE(back.ok());
    REQUIRE(back->size() == 3);
    CHECK(back->at(1).fields == QStringList { u"ada"_s, u"two\nlines, \"quoted\""_s });
    CHECK(back->at(2).fields == QStringList { u"bob"_s, u"'=HYPERLINK(\"http://x\")"_s });
}
