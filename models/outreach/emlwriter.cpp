// SPDX-License-Identifier: MIT
#include "emlwriter.h"

#include "domain/clock.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ks::outreach {
namespace {

// One line of header text: control characters (CR and LF above all) become
// spaces, runs of space collapse.
QString headerText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out.simplified().left(500);
}

// ASCII header text folded at spaces, so lines stay near 78 characters.
QByteArray foldedAscii(const QString &text, int firstLineUsed)
{
    QByteArray out;
    int width = firstLineUsed;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!out.isEmpty()) {
            if (width + 1 + word.size() > 78) {
                out += "\r\n";
                width = 0;
            }
            out += ' ';
            ++width;
        }
        out += word.toLatin1();
        width += int(word.size());
    }
    return out;
}

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A display name and address. ASCII names are quoted strings; others are
// encoded-words, which RFC 2047 allows in a phrase but not inside quotes.
QByteArray mailbox(const QString &name, const QString &address)
{
    const QString n = headerText(name);
    const QByteArray addr = address.toLatin1();
    if (n.isEmpty())
        return addr;
    QByteArray phrase;
    if (isPrintableAscii(n)) {
        QString quoted = n;
        quoted.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
        phrase = '"' + quoted.toLatin1() + '"';
    } else {
        phrase = encodedWords(n);
    }
    // On its own folded line when the phrase is long.
    return phrase + (phrase.size() - phrase.lastIndexOf('\n') + addr.size() > 60 ? "\r\n <" : " <") + addr + '>';
}

QString rfc5322Date(const QDateTime &when)
{
    // Day and month names are English whatever the locale: the format is fixed.
    const QDateTime t = (when.isValid() ? when : ks::Clock::now()).toUTC();
    return QLocale::c().toString(t, u"ddd, dd MMM yyyy hh:mm:ss"_s) + u" +0000"_s;
}

} // namespace

bool isPlainAddress(const QString &address)
{
    static const QRegularExpression addrSpec(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\z"_s);
    return address.size() <= 254 && addrSpec.match(address).hasMatch();
}

QByteArray encodedWords(const QString &text)
{
    // A word may be 75 characters, but after "Subject: " that would pass
    // the 78-character line: 36 bytes of UTF-8 make a 60-character word.
    // A character is never split between words.
    QByteArray out;
    QByteArray chunk;
    auto flushWord = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + bytes.size() > 36)
            flushWord();
        chunk += bytes;
    }
    flushWord();
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
    QByteArray out;
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        int width = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray piece;
            // Trailing blanks would be stripped in transit; '=' is the escape.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (width + piece.size() > 75) {
                out += "=\r\n";
                width = 0;
            }
            out += piece;
            width += int(piece.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray toEml(const MailMessage &m)
{
    QByteArray out;
    auto header = [&](const char *name, const QByteArray &value) { out += QByteArray(name) + ": " + value + "\r\n"; };
    header("MIME-Version", "1.0");
    header("Date", rfc5322Date(m.date).toLatin1());
    if (isPlainAddress(m.fromAddress))
        header("From", mailbox(m.fromName, m.fromAddress));
    if (isPlainAddress(m.toAddress))
        header("To", mailbox(m.toName, m.toAddress));
    const QString subject = headerText(m.subject);
    header("Subject", isPrintableAscii(subject) ? foldedAscii(subject, 9) : encodedWords(subject));
    // Outlook and Thunderbird open a message with this header as a draft to send.
    header("X-Unsent", "1");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    out += "\r\n";
    out += quotedPrintable(m.body);
    out += "\r\n";
    return out;
}

QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body)
{
    QString crlf = body;
    crlf.replace("\r\n"_L1, "\n"_L1).replace(u'\n', "\r\n"_L1);
    const QByteArray to = isPlainAddress(address) ? QUrl::toPercentEncoding(address, "@") : QByteArray();
    const QByteArray encoded
        = "mailto:" + to + "?subject=" + QUrl::toPercentEncoding(headerText(subject)) + "&body=" + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace ks::outreach
