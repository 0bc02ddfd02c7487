// SPDX-License-Identifier: MIT
#include "requester.h"

#include "sources/github/githubdecoder.h"

namespace ks::sync {

Requester::Requester(github::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void Requester::cancel()
{
    m_cancelled = true;
    m_client.abortAll();
}

void Requester::get(const QUrl &url, const QByteArray &etag, Done done, bool notFoundIsOk)
{
    if (m_cancelled) {
        done({}, tr("cancelled"));
        return;
    }
    if (limitReached()) {
        done({}, tr("stopped at the request limit (%1)").arg(m_maxRequests));
        return;
    }
    m_client.get(url, etag, [this, url, done = std::move(done), notFoundIsOk](const github::Response &r) {
        if (r.rate.known())
            m_rate = r.rate;
        if (r.notModified())
            ++m_notModified;
        else if (r.status != 0)
            ++m_counted;
        const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (m_cancelled) {
            done(r, tr("cancelled"));
        } else if (r.status == 0) {
            done(r, tr("%1: %2").arg(where, r.transportError));
        } else if (r.ok() || r.notModified() || (notFoundIsOk && r.status == 404)) {
            done(r, QString());
        } else if (r.status == 404) {
            done(r, tr("%1: not found (a private repository needs a token with access to it)").arg(where));
        } else if ((r.status == 403 || r.status == 429) && r.rate.remaining == 0) {
            done(r, tr("%1: GitHub's rate limit is used up until %2").arg(where, r.rate.reset.toLocalTime().toString(QStringLiteral("HH:mm"))));
        } else {
            const QString message = github::decode::errorMessage(r.body);
            done(r, tr("%1: HTTP %2%3").arg(where).arg(r.status).arg(message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message)));
        }
    });
}

} // namespace ks::sync
