// SPDX-License-Identifier: MIT
#include "apiorigin.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ks::sources {

namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::sources::ApiOrigin)
};

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

ApiOrigin::ApiOrigin(const QUrl &root)
    : m_root(root.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_path(m_root.path(QUrl::FullyEncoded))
{
    if (!m_path.endsWith(u'/'))
        m_path += u'/';
}

bool ApiOrigin::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> ApiOrigin::parseRoot(const QString &text)
{
    using R = Result<QUrl>;
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return R::failure(Tr::tr("'%1' is not an http(s) address such as https://api.github.com or https://HOST/api/v3.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo).left(200)));
    url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (scheme == QLatin1String("http") && !isLoopback(url))
        return R::failure(Tr::tr("%1 is plain http: the token would cross the network unencrypted. Use https "
                                 "(plain http is accepted only on this machine, 127.0.0.1 or localhost).")
                .arg(url.toDisplayString()));
    return url;
}

bool ApiOrigin::contains(const QUrl &url) const
{
    if (!url.isValid() || url.scheme().compare(m_root.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(m_root.host(), Qt::CaseInsensitive) != 0 || portOf(url) != portOf(m_root) || !url.userInfo().isEmpty())
        return false;
    // Under the root's path, after resolving "..": /api/v3/../../steal is
    // not, nor is an encoded dot or slash (..%2F, %2E%2E) that a server would
    // decode into one.
    const QString encoded = url.path(QUrl::FullyEncoded);
    if (encoded.contains(QLatin1String("%2f"), Qt::CaseInsensitive) || encoded.contains(QLatin1String("%2e"), Qt::CaseInsensitive)
        || encoded.contains(QLatin1String("%5c"), Qt::CaseInsensitive))
        return false;
    const QString path = QUrl(url).adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    return (path + u'/') == m_path || path.startsWith(m_path) || m_path == QLatin1String("/");
}

QString ApiOrigin::refusal(const QUrl &url) const
{
    return Tr::tr("not requested: %1 lies outside the API root %2, and the token is only ever sent there")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200), m_root.toDisplayString());
}

} // namespace ks::sources
