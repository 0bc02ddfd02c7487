// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "sources/github/githubclient.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <random>

class QTimer;

namespace ks::sync {

// How hard to try before a repository is given up.
struct RetryPolicy
{
    int maxRetries = 8; // 5xx, resets, truncations, stalls, malformed JSON
    int baseDelayMs = 1000; // doubled each retry, with jitter
    int maxDelayMs = 64000;
    int secondaryMinDelayMs = 60000; // a secondary limit without Retry-After
    int maxLimitWaits = 12; // rate-limit pauses for one request
    // A server asking for a longer pause (Retry-After: 2147483647, a reset
    // days away) would park the sync: the repository fails at once instead.
    // GitHub's primary limit resets within the hour, so that is still waited.
    int maxWaitSeconds = 65 * 60;
};

// The one way the sync talks to GitHub. It counts what costs budget (every
// answer but a 304), enforces --max-requests, pauses when the primary rate
// limit is spent (until its reset), honours secondary limits (Retry-After,
// else the reset, else at least a minute, backing off), and retries
// transient failures with exponential backoff and jitter. A body is handed
// on only when it arrived whole and parses as JSON, so nothing half-received
// is ever stored. Waiting goes through an injectable timer, so tests run on
// a virtual clock.
class Requester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Requester)

public:
    using Clock = std::function<QDateTime()>;
    using Waiter = std::function<void(qint64 milliseconds, std::function<void()> then)>;

    explicit Requester(github::Client &client, QObject *parent = nullptr);
    ~Requester() override;

    void setMaxRequests(int max) { m_maxRequests = max; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Empty: a real timer. Tests pass one that advances a virtual clock.
    void setWaiter(Waiter waiter) { m_waiter = std::move(waiter); }

    int counted() const { return m_counted; }
    int notModified() const { return m_notModified; }
    int retries() const { return m_retries; }
    qint64 waitedMilliseconds() const { return m_waited; }
    const github::RateLimit &rate() const { return m_rate; }
    bool limitReached() const { return m_maxRequests > 0 && m_counted >= m_maxRequests; }
    bool cancelled() const { return m_cancelled; }
    void cancel();

    // `done(response, error)`: error is empty for 2xx and 304 (and for 404
    // when `notFoundIsOk`), else a sentence naming the URL and what happened.
    using Done = std::function<void(const github::Response &, const QString &error)>;
    // `maxBytes`: the most one answer may hold (github::Client's caps).
    void get(const QUrl &url, const QByteArray &etag, Done done, bool notFoundIsOk = false, qint64 maxBytes = github::Client::MaxPageBytes);

Q_SIGNALS:
    // A pause began (rate limit or backoff); `until` is when it ends.
    void waiting(const QDateTime &until, const QString &why);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void answered(std::shared_ptr<Call> call, const github::Response &r);
    void retryLater(std::shared_ptr<Call> call, qint64 ms, const QString &why, bool countsAsRetry);
    // The primary limit is spent until `reset`: pause, then ask again (or
    // fail, with `prefix` before the reason, past the waits or the longest wait).
    void waitForReset(std::shared_ptr<Call> call, const github::Response &r, const QDateTime &reset, const QString &prefix);
    void wait(qint64 ms, std::function<void()> then);
    qint64 backoff(int retry, qint64 base);

    github::Client &m_client;
    RetryPolicy m_policy;
    Clock m_clock = [] { return ks::Clock::now(); };
    Waiter m_waiter;
    QTimer *m_timer;
    std::function<void()> m_afterWait;
    std::minstd_rand m_random { 20261122 };
    int m_maxRequests = 0;
    int m_counted = 0;
    int m_notModified = 0;
    int m_retries = 0;
    qint64 m_waited = 0;
    bool m_cancelled = false;
    github::RateLimit m_rate;
};

} // namespace ks::sync
