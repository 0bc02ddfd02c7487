// SPDX-License-Identifier: MIT
// .eml output parsed back, hostile names neutralised, mailto: links.
#include "outreach/emlwriter.h"

#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace ks::outreach;
using namespace Qt::StringLiterals;

namespace {

// A small RFC 5322 reader, enough to check what the writer produced:
// unfolds headers, decodes B encoded-words and the quoted-printable body.
struct ParsedMail
{
    QMultiMap<QByteArray, QString> headers;
    QString body;
};

QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    QString text = QString::fromLatin1(value);
    // Whitespace between adjacent encoded-words is not part of the text.
    text.replace(QRegularExpression(u"\\?=\\s+=\\?"_s), u"?==?"_s);
    QByteArray out;
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        last = m.capturedEnd();
    }
    out += text.mid(last).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] == '=' && qp.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (qp[i] == '=') {
            out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += qp[i];
        }
    }
    return out;
}

ParsedMail parse(const QByteArray &eml)
{
    ParsedMail m;
    const qsizetype split = eml.indexOf("\r\n\r\n");
    REQUIRE(split > 0);
    QByteArray head = eml.left(split);
    head.replace("\r\n ", " ");
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        REQUIRE(colon > 0);
        m.headers.insert(l.left(colon).toLower(), decodeWords(l.mid(colon + 1).trimmed()));
    }
    QByteArray body = eml.mid(split + 4);
    REQUIRE(body.endsWith("\r\n"));
    body.chop(2);
    m.body = QString::fromUtf8(decodeQuotedPrintable(body)).replace(u"\r\n"_s, u"\n"_s);
    return m;
}

void checkWellFormed(const QByteArray &eml)
{
    for (qsizetype i = 0; i < eml.size(); ++i) {
        if (eml[i] == '\n')
            REQUIRE((i > 0 && eml[i - 1] == '\r'));
        if (eml[i] == '\r')
            REQUIRE((i + 1 < eml.size() && eml[i + 1] == '\n'));
        REQUIRE(static_cast<unsigned char>(eml[i]) < 0x80);
    }
    for (const QByteArray &line : eml.split('\n'))
        CHECK(line.size() <= 78);
}

} // namespace

TEST_CASE("an .eml parses back to the same sender, recipient, subject and body", "[outreach][eml]")
{
    MailMessage m;
    m.fromName = u"Sam Ortega"_s;
    m.fromAddress = u"sam@fernhill.example"_s;
    m.toName = u"Zoë Łukasiewicz-Brontë, PhD"_s;
    m.toAddress = u"zoe@example.org"_s;
    m.subject = u"Your online softmax PR – and a kernel problem at Fernhill (£140k–£180k) 🚀"_s;
    m.body
        = u"Hi Zoë,\n\nLine with trailing space \nA very long line "_s + QString(200, u'x') + u" end.\n= sign, tab\tand ünïcödé.\n\nSam"_s;
    m.date = QDateTime(QDate(2026, 11, 3), QTime(9, 30), QTimeZone::UTC);
    const QByteArray eml = toEml(m);
    checkWellFormed(eml);
    const ParsedMail p = parse(eml);
    CHECK(p.headers.value("subject") == m.subject);
    CHECK(p.headers.value("to") == u"Zoë Łukasiewicz-Brontë, PhD <zoe@example.org>"_s);
    CHECK(p.headers.value("from") == u"\"Sam Ortega\" <sam@fernhill.example>"_s);
    CHECK(p.headers.value("date") == u"Tue, 03 Nov 2026 09:30:00 +0000"_s);
    CHECK(p.headers.value("content-type") == u"text/plain; charset=UTF-8"_s);
    CHECK(p.headers.value("content-transfer-encoding") == u"quoted-printable"_s);
    CHECK(p.headers.value("mime-version") == u"1.0"_s);
    CHECK(p.body == m.body);
}

TEST_CASE("names and subjects with line breaks cannot add headers", "[outreach][eml]")
{
    MailMessage m;
    m.fromAddress = u"sam@fernhill.example"_s;
    m.toName = u"Eve\r\nBcc: victim@example.com\r\n\r\nInjected body"_s;
    m.toAddress = u"eve@example.com"_s;
    m.subject = u"Hello\nBcc: other@example.com"_s;
    m.body = u"Body"_s;
    const QByteArray eml = toEml(m);
    checkWellFormed(eml);
    const ParsedMail p = parse(eml);
    CHECK_FALSE(p.headers.contains("bcc"));
    CHECK(p.headers.count("to") == 1);
    CHECK(p.headers.value("to").startsWith(u"\"Eve Bcc: victim@example.com Injected body\""_s));
    CHECK(p.headers.value("subject") == u"Hello Bcc: other@example.com"_s);
    CHECK(p.body == u"Body"_s);

    // A quote or backslash in a name stays inside the quoted string.
    m.toName = u"Eve \"the\" \\ Hacker"_s;
    CHECK(parse(toEml(m)).headers.value("to") == u"\"Eve \\\"the\\\" \\\\ Hacker\" <eve@example.com>"_s);

    // An address that is not a plain addr-spec is left out, not written.
    for (const QString &bad : { u"eve@example.com>\r\nBcc: x@y.z"_s, u"eve@example.com, x@y.z"_s, u"<eve@example.com>"_s, u"eve"_s,
             u"é@example.com"_s, u"eve@example.com\n"_s /* $ would match before a final line break */ }) {
        m.toAddress = bad;
        INFO(bad.toStdString());
        CHECK_FALSE(isPlainAddress(bad));
        CHECK_FALSE(parse(toEml(m)).headers.contains("to"));
    }
}

TEST_CASE("encoded-words stay within 75 characters and never split a character", "[outreach][eml]")
{
    const QString text = QString(40, u'é') + u"🚀🚀🚀"_s + QString(30, u'ß');
    const QByteArray words = encodedWords(text);
    for (const QByteArray &w : words.split('\n'))
        CHECK(w.trimmed().size() <= 75);
    CHECK(decodeWords(QByteArray(words).replace("\r\n ", " ")) == text);
}

TEST_CASE("mailto: links carry subject and body percent-encoded with CRLF", "[outreach][eml]")
{
    const QUrl url = mailtoUrl(u"mira+jobs@example.com"_s, u"A & B = C?"_s, u"Hi Mira,\nline two ü"_s);
    REQUIRE(url.isValid());
    const QByteArray encoded = url.toEncoded();
    CHECK(encoded.startsWith("mailto:mira"));
    CHECK(encoded.contains("jobs@example.com?subject="));
    CHECK_FALSE(encoded.contains(' '));
    CHECK_FALSE(encoded.contains('\n'));
    const qsizetype subjectAt = encoded.indexOf("subject=") + 8, bodyAt = encoded.indexOf("&body=");
    REQUIRE(bodyAt > subjectAt);
    CHECK(QUrl::fromPercentEncoding(encoded.mid(subjectAt, bodyAt - subjectAt)) == u"A & B = C?"_s);
    CHECK(QUrl::fromPercentEncoding(encoded.mid(bodyAt + 6)) == u"Hi Mira,\r\nline two ü"_s);
    // No usable address: the client opens with subject and body, no recipient.
    CHECK(mailtoUrl(u"bad\naddress"_s, u"s"_s, u"b"_s).toEncoded().startsWith("mailto:?subject=s"));
}
