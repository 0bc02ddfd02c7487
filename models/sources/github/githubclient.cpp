// SPDX-License-Identifier: MIT
#include "githubclient.h"

#include "domain/clock.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QUrlQuery>

namespace ks::github {
namespace {

Q_LOGGING_CATEGORY(lcClient, "kernelscout.sources.github", QtWarningMsg)

} // namespace

Client::Client(const QUrl &apiRoot, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_apiRoot(apiRoot.adjusted(QUrl::RemoveUserInfo))
    , m_origin(m_apiRoot)
{
    // Qt copies every header, Authorization too, onto a redirect: each one is
    // followed only when it stays under the API root (see get()).
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

QUrl Client::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_apiRoot;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second, "/")));
        u.setQuery(q);
    }
    return u;
}

Status Client::setCaBundle(const QString &pemPath)
{
    if (pemPath.isEmpty()) {
        m_customSsl = false;
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return Status::failure(tr("%1 holds no PEM certificate; the CA bundle was not used.").arg(pemPath));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(certificates);
    m_customSsl = true;
    return {};
}

void Client::get(const QUrl &url, const QByteArray &etag, Callback done, qint64 maxBytes)
{
    if (!m_origin.contains(url)) {
        Response r;
        r.url = url;
        r.receivedAt = ks::Clock::now();
        r.refused = true;
        r.transportError = m_origin.refusal(url);
        qCWarning(lcClient) << r.transportError;
        // Asynchronous like every answer, so callers never recurse.
        QMetaObject::invokeMethod(this, [r, done = std::move(done)] { done(r); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", QByteArray(ApiVersion.data(), ApiVersion.size()));
    request.setRawHeader("User-Agent", "KernelScout/" KERNELSCOUT_VERSION);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    // No Accept-Encoding by hand: Qt then negotiates and decompresses itself.
    request.setTransferTimeout(m_transferTimeout);
    // Qt refuses a compressed body that inflates past this at a bomb's ratio;
    // the running count below caps everything else.
    request.setDecompressedSafetyCheckThreshold(std::min<qint64>(maxBytes, 8LL << 20));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_customSsl)
        request.setSslConfiguration(m_ssl);
    ++m_pending;
    qCDebug(lcClient) << "GET" << url.toDisplayString(QUrl::RemoveUserInfo);
    QNetworkReply *reply = m_network->get(request);
    // Certificate problems are collected for the message, never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty("ks_ssl_errors", texts);
    });
    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl &target) {
        if (m_origin.contains(target)) {
            reply->redirectAllowed();
            return;
        }
        qCWarning(lcClient) << "not following a redirect outside the API root to" << target.toDisplayString(QUrl::RemoveUserInfo);
        reply->setProperty("ks_refused_redirect", target);
        reply->abort();
    });
    // The body is read as it arrives and counted after decompression; an
    // endless or inflating answer is cut off at `maxBytes`.
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body, maxBytes] {
        body->append(reply->readAll());
        if (body->size() > maxBytes && !reply->property("ks_too_large").toBool()) {
            reply->setProperty("ks_too_large", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, body, maxBytes, done = std::move(done)] { finished(reply, *body, maxBytes, done); });
}

void Client::abortAll()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void Client::finished(QNetworkReply *reply, QByteArray body, qint64 maxBytes, const Callback &done)
{
    --m_pending;
    reply->deleteLater();
    Response r;
    r.url = reply->request().url();
    r.receivedAt = ks::Clock::now();
    if (const QUrl target = reply->property("ks_refused_redirect").toUrl(); target.isValid()) {
        r.refused = true;
        r.transportError
            = tr("redirected to %1, outside the API root %2; not followed, so the token stays there")
                  .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200), m_apiRoot.toDisplayString());
        return done(r);
    }
    if (reply->property("ks_too_large").toBool()) {
        r.refused = true;
        r.transportError = tr("the answer was larger than %1 MiB and was not read further").arg(maxBytes >> 20);
        return done(r);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transportFailed = reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
    if (r.status == 0 || transportFailed) {
        r.status = 0;
        r.transportError = reply->errorString();
        const QStringList sslErrors = reply->property("ks_ssl_errors").toStringList();
        if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            r.tlsFailure = true;
            r.transportError = tr("the server's TLS certificate was refused (%1). For a GitHub Enterprise server with its own "
                                  "CA, set its CA bundle in Settings or with --ca-bundle.")
                                   .arg(sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QLatin1String("; ")));
        }
    } else if (reply->error() != QNetworkReply::NoError && r.status >= 200 && r.status < 300) {
        // A success whose body could not be read: a decompression bomb Qt
        // refused, or a broken encoding. Asking again gets the same.
        r.status = 0;
        r.refused = true;
        r.transportError = tr("the answer could not be read (%1)").arg(reply->errorString());
    } else {
        body.append(reply->readAll());
        r.body = std::move(body);
        // A body shorter than its Content-Length is a truncated transfer.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && r.status != 304 && r.body.size() < length.toLongLong()) {
            r.status = 0;
            r.transportError = tr("the connection closed after %1 of %2 bytes").arg(r.body.size()).arg(length.toLongLong());
            r.body.clear();
        }
    }
    r.etag = reply->rawHeader("ETag");
    r.links = parseLinkHeader(reply->rawHeader("Link"), &r.linkError);
    r.rate = parseRateLimit(reply->rawHeader("x-ratelimit-limit"), reply->rawHeader("x-ratelimit-remaining"),
        reply->rawHeader("x-ratelimit-used"), reply->rawHeader("x-ratelimit-reset"), reply->rawHeader("x-ratelimit-resource"));
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    r.retryAfterSeconds = ok ? retryAfter : -1;
    done(r);
}

} // namespace ks::github
