// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ks::outreach {

struct MailMessage
{
    QString fromName, fromAddress;
    QString toName, toAddress;
    QString subject, body;
    QDateTime date;
};

// An RFC 5322 message a mail client opens as an unsent draft: CRLF line
// ends, non-ASCII header text as RFC 2047 encoded-words, a quoted-printable
// UTF-8 body. Names and subjects come from the network, so header values
// lose CR, LF and other control characters (no header injection), and an
// address that is not a plain addr-spec is left out rather than written.
QByteArray toEml(const MailMessage &message);

// Exposed for tests.
bool isPlainAddress(const QString &address);
QByteArray encodedWords(const QString &text);
QByteArray quotedPrintable(const QString &text);

// mailto: with subject and body (RFC 6068: UTF-8, percent-encoded, CRLF).
QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body);

} // namespace ks::outreach
