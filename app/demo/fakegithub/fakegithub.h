// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "fakedata.h"
#include "httpmessage.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTcpServer;

namespace ks::fake {

struct SyntheticSpec;

// An in-process stand-in for the GitHub REST API (api.github.com and GitHub
// Enterprise's /api/v3), on a plain QTcpServer so tests can also break the
// transport (truncated bodies, resets, hangs) through the hooks below.
//
// Every response carries x-ratelimit-* headers; each request except a 304 or
// GET /rate_limit spends one unit of the budget. At 0 the server answers 403
// like GitHub until the reset time passes, when the budget refills (as on
// GitHub). 200 responses carry a weak ETag of the body; a matching
// If-None-Match gets 304 and costs nothing. List endpoints paginate like
// GitHub (per_page default 30, max 100) with Link headers in the
// /repositories/{id}/... form, which the server also routes.
class FakeGitHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGitHub)

public:
    // Return true to answer with `response` instead of the normal route. Runs
    // before rate limiting; rate headers are added unless the hook set
    // x-ratelimit-remaining itself.
    using Interceptor = std::function<bool(const Request &, Response &)>;
    // Sees (and may change) every response just before it is sent.
    using ResponseHook = std::function<void(const Request &, Response &)>;

    explicit FakeGitHub(QObject *parent = nullptr);
    ~FakeGitHub() override;

    bool listen(); // 127.0.0.1, any free port
    // HTTPS instead, with this certificate and key (PEM files).
    bool listenTls(const QString &certificatePem, const QString &keyPem);
    QUrl apiRoot() const; // http://127.0.0.1:PORT (append /api/v3 for the Enterprise form)
    quint16 port() const;

    // Data. Logins and owner/name are matched case-insensitively, like GitHub.
    // A zero id is derived from the login (users) or owner/name (repos).
    void addUser(const FakeUser &user);
    void addRepo(const FakeRepo &repo); // replaces a repo of the same owner/name
    void addSynthetic(const SyntheticSpec &spec); // synthetic.cpp
    FakeUser *user(const QString &login);
    const FakeUser *user(const QString &login) const;
    FakeRepo *repo(const QString &owner, const QString &name);
    const FakeRepo *repo(const QString &owner, const QString &name) const;
    const FakeRepo *repoById(qint64 id) const;
    QList<const FakeRepo *> repos() const;
    qint64 nextId(); // for records added by hand; unique within this server

    // Rate limit (core resource). Defaults: 5000 of 5000, reset in an hour.
    void setRateLimit(int limit, int remaining, qint64 resetEpoch);
    int rateLimit() const { return m_limit; }
    int rateRemaining() const { return m_remaining; }
    qint64 rateReset() const { return m_resetEpoch; }

    // Counters since construction or resetCounters().
    int requests() const { return m_requests; }
    int countedRequests() const { return m_counted; } // spent budget
    int notModified() const { return m_notModified; }
    int connections() const { return m_connections; } // TCP connections accepted
    QStringList requestLog() const { return m_log; } // path+query as sent, in order
    void resetCounters();

    // The most recent request (all headers, lower-case names).
    Request lastRequest() const { return m_lastRequest; }
    HeaderList lastRequestHeaders() const { return m_lastRequest.headers; }
    QByteArray lastRequestHeader(QByteArrayView name) const { return m_lastRequest.header(name); }

    // Seconds since the epoch as the fake sees them (rate-limit resets).
    // Tests that run the sync on a virtual clock give the fake the same one.
    void setClock(std::function<qint64()> epochSeconds) { m_clock = std::move(epochSeconds); }
    qint64 now() const { return m_clock(); }

    void setInterceptor(Interceptor interceptor) { m_interceptor = std::move(interceptor); }
    void setResponseHook(ResponseHook hook) { m_responseHook = std::move(hook); }

Q_SIGNALS:
    void requestHandled(const QString &pathAndQuery, int status);

private:
    void onNewConnection();
    Response handle(const Request &request);
    void addRateHeaders(Response &response) const;
    void refillIfReset();

    QTcpServer *m_server;
    bool m_tls = false;
    std::map<QString, FakeUser> m_users; // key: lower-case login; nodes stay put
    std::vector<std::unique_ptr<FakeRepo>> m_repos;
    qint64 m_nextId = 100000000;

    int m_limit = 5000;
    int m_remaining = 5000;
    qint64 m_resetEpoch = 0;

    int m_requests = 0;
    int m_counted = 0;
    int m_notModified = 0;
    int m_connections = 0;
    QStringList m_log;
    Request m_lastRequest;

    std::function<qint64()> m_clock = [] { return ks::Clock::now().toSecsSinceEpoch(); };
    Interceptor m_interceptor;
    ResponseHook m_responseHook;
};

} // namespace ks::fake
