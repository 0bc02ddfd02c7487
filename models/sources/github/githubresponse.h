// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QUrl>

namespace ks::github {

// GitHub's x-ratelimit-* headers as sent with a response.
struct RateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset;
    QString resource;
    bool known() const { return remaining >= 0; }
};

// One HTTP exchange, returned as a value (rssguard's NetworkResult idea):
// status, headers the sync needs, body, and the transport error if any.
struct Response
{
    QUrl url;
    int status = 0; // 0 when the transfer itself failed
    QByteArray body;
    QByteArray etag;
    QMap<QString, QUrl> links; // Link header: rel -> URL
    RateLimit rate;
    int retryAfterSeconds = -1;
    QString transportError; // set when status == 0
    bool tlsFailure = false; // the server's certificate was refused: retrying cannot help
    bool refused = false; // our own rules stopped it (another origin, too large): retrying cannot help
    QString linkError; // a Link header whose rel="next" could not be read
    QDateTime receivedAt;

    bool notModified() const { return status == 304; }
    bool ok() const { return status >= 200 && status < 300; }
    QUrl next() const { return links.value(QStringLiteral("next")); }
    // The page number of rel="last", or 0 when there is none.
    int lastPage() const;
};

// Parses an RFC 8288 Link header as GitHub sends it. A rel whose address is
// not an absolute http(s) URL is left out and, when `error` is given, named
// there (a broken "next" must not read as the last page).
QMap<QString, QUrl> parseLinkHeader(const QByteArray &header, QString *error = nullptr);
RateLimit parseRateLimit(
    const QByteArray &limit, const QByteArray &remaining, const QByteArray &used, const QByteArray &reset, const QByteArray &resource);

} // namespace ks::github
