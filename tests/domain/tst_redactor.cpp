// SPDX-License-Identifier: MIT
// The redaction list finds a forgotten person's words in strangers' text
// from keyed hashes alone, and takes nothing else with them.
#include "domain/redactor.h"

#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

const QByteArray Key = "0123456789abcdef0123456789abcdef";

Redactor zephyrine()
{
    return Redactor(Key,
        Redactor::entriesFor(Key, QStringLiteral("zeph-q"), { QStringLiteral("zq@quist-mail.example") },
            { QStringLiteral("zqtiles"), QStringLiteral("zq") }, { QStringLiteral("Zéphyrine Anna Quist"), QStringLiteral("Quist") }));
}

} // namespace

TEST_CASE("a forgotten person's login, address, handle and full name are redacted wherever they appear", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    CHECK(r.redact(QStringLiteral("Thanks @zeph-q, merged.")) == QStringLiteral("Thanks [redacted], merged."));
    CHECK(r.redact(QStringLiteral("Co-authored-by: Zéphyrine Anna Quist <zq@quist-mail.example>"))
        == QStringLiteral("Co-authored-by: [redacted] <[redacted]>"));
    // Case and accents do not hide a name; two of its three words are enough.
    CHECK(r.redact(QStringLiteral("ported from ZEPHYRINE ANNA's branch")) == QStringLiteral("ported from [redacted]'s branch"));
    CHECK(r.redact(QStringLiteral("by Anna Quist")) == QStringLiteral("by [redacted]"));
    CHECK(r.redact(QStringLiteral("see https://github.com/zeph-q/tiles")) == QStringLiteral("see https://github.com/[redacted]/tiles"));
    CHECK(r.redact(QStringLiteral("twitter: zqtiles")) == QStringLiteral("twitter: [redacted]"));
    CHECK(r.mentions(QStringLiteral("QUIST")));
}

TEST_CASE("the redaction list leaves other people's words alone", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    // A given name alone, a short handle, longer words that contain a term,
    // and an address that only shares a domain are someone else's.
    for (const QString &text : { QStringLiteral("Anna reviewed it"), QStringLiteral("zq = 1"), QStringLiteral("zeph-quantum kernels"),
             QStringLiteral("ping @zeph-qa"), QStringLiteral("other@quist-mail.example"), QStringLiteral("Quistian logic") }) {
        INFO(text.toStdString());
        CHECK(r.redact(text) == text);
    }
    CHECK(Redactor().redact(QStringLiteral("Zéphyrine Anna Quist")) == QStringLiteral("Zéphyrine Anna Quist"));
}

TEST_CASE("a name across a line break is not redacted, so a patch keeps its lines", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    const QString patch = QStringLiteral("+# Zephyrine\n+Anna = 1\n+# by Zephyrine Anna\n");
    const QString redacted = r.redact(patch);
    CHECK(redacted == QStringLiteral("+# Zephyrine\n+Anna = 1\n+# by [redacted]\n"));
    CHECK(redacted.count(u'\n') == patch.count(u'\n'));
}

TEST_CASE("the list holds keyed hashes only: another key finds nothing", "[domain][redactor]")
{
    const Redactor::Entries entries = Redactor::entriesFor(Key, QStringLiteral("zeph-q"), {}, {}, { QStringLiteral("Zephyrine Quist") });
    for (const QByteArray &h : entries.terms) {
        CHECK(h.size() == 32);
        CHECK_FALSE(h.contains("zeph"));
    }
    const Redactor other(QByteArray(32, 'x'), entries);
    CHECK(other.redact(QStringLiteral("by Zephyrine Quist")) == QStringLiteral("by Zephyrine Quist"));
}

TEST_CASE("a path keeps the folders before the one that names them", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    CHECK(r.keptFolders(QStringLiteral("kernels/zeph-q/attn.py")) == QStringLiteral("kernels/"));
    CHECK(r.keptFolders(QStringLiteral("zeph-q.md")) == QString());
    CHECK(r.mentions(QStringLiteral("docs/anna-quist/notes.md")) == false); // "anna-quist" is one token, not their name
    CHECK(r.mentions(QStringLiteral("docs/zqtiles/notes.md")));
}

TEST_CASE("a login glued to a domain, a suffix or a plus tag is still found", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    CHECK(r.redact(QStringLiteral("kernels/zeph-q.py")) == QStringLiteral("kernels/[redacted].py"));
    CHECK(r.redact(QStringLiteral("see zeph-q.github.io")) == QStringLiteral("see [redacted].github.io"));
    CHECK(r.redact(QStringLiteral("12345+zeph-q@users.noreply.github.com")) == QStringLiteral("12345+[redacted]@users.noreply.github.com"));
    CHECK(r.redact(QStringLiteral("zeph-qa.github.io")) == QStringLiteral("zeph-qa.github.io"));
}

TEST_CASE("a whole name is told apart from a text that only mentions it", "[domain][redactor]")
{
    const Redactor r = zephyrine();
    CHECK(r.isWhole(QStringLiteral("Zéphyrine Anna Quist")));
    CHECK(r.isWhole(QStringLiteral("  anna quist ")));
    CHECK_FALSE(r.isWhole(QStringLiteral("Anna Quist-Berg")));
    CHECK_FALSE(r.isWhole(QStringLiteral("Anna Byron")));
    CHECK_FALSE(r.isWhole(QStringLiteral("with Anna Quist")));
}
