// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "githubresponse.h"
#include "sources/apiorigin.h"

#include <QObject>
#include <QSslConfiguration>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ks::github {

// One client per thread for the GitHub REST API (api.github.com or an
// Enterprise /api/v3 root). Sends the headers GitHub asks for, the token, and
// If-None-Match; answers each GET with a Response value. Asynchronous: no
// local event loops. Retry and rate-limit policy live in sync/, not here.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    static constexpr QLatin1StringView DefaultApiRoot { "https://api.github.com" };
    static constexpr QLatin1StringView ApiVersion { "2022-11-28" };

    explicit Client(const QUrl &apiRoot, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Seconds without any bytes before a transfer counts as stalled.
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }
    QUrl apiRoot() const { return m_apiRoot; }
    // Trust the CAs in this PEM file too (a GitHub Enterprise server with its
    // own CA). Certificate errors are never ignored, only reported.
    Status setCaBundle(const QString &pemPath);

    // "/repos/o/n/commits" + query -> absolute URL under the API root.
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    // What one answer may hold once decompressed: a JSON page, a file at a
    // commit. Past it the transfer is stopped and the request fails.
    static constexpr qint64 MaxPageBytes = 32LL << 20;
    static constexpr qint64 MaxFileBytes = 100LL << 20;

    using Callback = std::function<void(const Response &)>;
    // GETs `url` (absolute: either from url() or a Link header). A non-empty
    // `etag` is sent as If-None-Match. A URL outside the API root is never
    // requested (the answer says why, `refused`), and neither is a redirect
    // there, so the token never leaves it. Proxies: the program's
    // QNetworkProxyFactory setting (app/main.cpp uses the system's). Aborting
    // all pending requests is done with abortAll(); their callbacks then see
    // a transport error.
    void get(const QUrl &url, const QByteArray &etag, Callback done, qint64 maxBytes = MaxPageBytes);
    void abortAll();
    int pending() const { return m_pending; }

private:
    void finished(QNetworkReply *reply, QByteArray body, qint64 maxBytes, const Callback &done);

    QNetworkAccessManager *m_network;
    QUrl m_apiRoot;
    sources::ApiOrigin m_origin;
    QByteArray m_token;
    QSslConfiguration m_ssl;
    bool m_customSsl = false;
    int m_transferTimeout = 60000;
    int m_pending = 0;
};

} // namespace ks::github
