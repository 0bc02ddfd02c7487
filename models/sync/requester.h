// SPDX-License-Identifier: MIT
#pragma once

#include "sources/github/githubclient.h"

#include <QObject>

#include <functional>

namespace ks::sync {

// The one way the sync talks to GitHub: counts what costs budget (every
// answer but a 304), enforces --max-requests, and turns failed exchanges into
// one message. Waiting and retrying policy grows here, never in the views.
class Requester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Requester)

public:
    explicit Requester(github::Client &client, QObject *parent = nullptr);

    void setMaxRequests(int max) { m_maxRequests = max; }
    int counted() const { return m_counted; }
    int notModified() const { return m_notModified; }
    const github::RateLimit &rate() const { return m_rate; }
    bool limitReached() const { return m_maxRequests > 0 && m_counted >= m_maxRequests; }
    bool cancelled() const { return m_cancelled; }
    void cancel();

    // `done(response, error)`: error is empty for 2xx and 304 (and for 404
    // when `notFoundIsOk`), else a sentence naming the URL and what happened.
    using Done = std::function<void(const github::Response &, const QString &error)>;
    void get(const QUrl &url, const QByteArray &etag, Done done, bool notFoundIsOk = false);

    github::Client &client() { return m_client; }

private:
    github::Client &m_client;
    int m_maxRequests = 0;
    int m_counted = 0;
    int m_notModified = 0;
    bool m_cancelled = false;
    github::RateLimit m_rate;
};

} // namespace ks::sync
