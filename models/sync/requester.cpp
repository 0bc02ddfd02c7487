// SPDX-License-Identifier: MIT
#include "requester.h"

#include "sources/github/githubdecoder.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace ks::sync {
namespace {

Q_LOGGING_CATEGORY(lcRequester, "kernelscout.sync.requests", QtWarningMsg)

bool isSecondaryLimit(const github::Response &r)
{
    if (r.status == 429)
        return true;
    return r.status == 403 && github::decode::errorMessage(r.body).contains(QLatin1String("secondary rate limit"), Qt::CaseInsensitive);
}

} // namespace

struct Requester::Call
{
    QUrl url;
    QByteArray etag;
    Done done;
    bool notFoundIsOk = false;
    qint64 maxBytes = github::Client::MaxPageBytes;
    int retries = 0; // transient failures so far
    int limitWaits = 0; // rate-limit pauses so far
    int secondaryWaits = 0;
    QString lastError;
};

Requester::Requester(github::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        auto then = std::move(m_afterWait);
        m_afterWait = {};
        if (then)
            then();
    });
}

Requester::~Requester() = default;

void Requester::cancel()
{
    m_cancelled = true;
    m_client.abortAll();
    // A pause ends now; the waiting call then reports "cancelled".
    if (m_timer->isActive()) {
        m_timer->stop();
        auto then = std::move(m_afterWait);
        m_afterWait = {};
        if (then)
            then();
    }
}

void Requester::wait(qint64 ms, std::function<void()> then)
{
    m_waited += ms;
    if (m_waiter) {
        m_waiter(ms, std::move(then));
        return;
    }
    m_afterWait = std::move(then);
    m_timer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

qint64 Requester::backoff(int retry, qint64 base)
{
    const qint64 exponential = std::min<qint64>(m_policy.maxDelayMs, base << std::min(retry, 20));
    // Full jitter in [50%, 100%] so many clients do not retry in step.
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    return std::max<qint64>(1, qint64(exponential * jitter(m_random)));
}

void Requester::get(const QUrl &url, const QByteArray &etag, Done done, bool notFoundIsOk, qint64 maxBytes)
{
    auto call = std::make_shared<Call>();
    call->maxBytes = maxBytes;
    call->url = url;
    call->etag = etag;
    call->done = std::move(done);
    call->notFoundIsOk = notFoundIsOk;
    attempt(call);
}

void Requester::attempt(std::shared_ptr<Call> call)
{
    if (m_cancelled)
        return call->done({}, tr("cancelled"));
    if (limitReached())
        return call->done({}, tr("stopped at the request limit (%1)").arg(m_maxRequests));
    // The budget is spent: wait for its reset rather than be refused.
    if (m_rate.known() && m_rate.remaining == 0 && m_rate.reset.isValid() && m_rate.reset > m_clock())
        return waitForReset(call, {}, m_rate.reset, QString());
    m_client.get(call->url, call->etag, [this, call](const github::Response &r) { answered(call, r); }, call->maxBytes);
}

void Requester::waitForReset(std::shared_ptr<Call> call, const github::Response &r, const QDateTime &reset, const QString &prefix)
{
    if (call->limitWaits++ >= m_policy.maxLimitWaits)
        return call->done(r, prefix + tr("GitHub's rate limit stayed spent after %1 waits").arg(m_policy.maxLimitWaits));
    const QDateTime until = std::max(reset, m_clock()).addSecs(1);
    if (m_clock().secsTo(until) > m_policy.maxWaitSeconds)
        return call->done(r,
            prefix
                + tr("GitHub's rate limit resets at %1, more than %2 minutes away; not waiting that long")
                    .arg(reset.toString(Qt::ISODate))
                    .arg(m_policy.maxWaitSeconds / 60));
    Q_EMIT waiting(until, tr("GitHub's hourly budget is used up"));
    m_rate.remaining = -1; // unknown until the next answer
    wait(m_clock().msecsTo(until), [this, call] { attempt(call); });
}

void Requester::retryLater(std::shared_ptr<Call> call, qint64 ms, const QString &why, bool countsAsRetry)
{
    if (countsAsRetry) {
        ++m_retries;
        if (++call->retries > m_policy.maxRetries)
            return call->done({}, tr("%1 (gave up after %2 attempts)").arg(why).arg(m_policy.maxRetries + 1));
    }
    call->lastError = why;
    qCInfo(lcRequester) << "retrying in" << ms << "ms:" << why;
    const QDateTime until = m_clock().addMSecs(ms);
    Q_EMIT waiting(until, why);
    wait(ms, [this, call] { attempt(call); });
}

void Requester::answered(std::shared_ptr<Call> call, const github::Response &r)
{
    if (r.rate.known())
        m_rate = r.rate;
    if (r.notModified())
        ++m_notModified;
    else if (r.status != 0)
        ++m_counted;
    const QString where = call->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_cancelled)
        return call->done(r, tr("cancelled"));

    if (r.tlsFailure || r.refused)
        return call->done(r, tr("%1: %2").arg(where, r.transportError));
    if (!r.linkError.isEmpty())
        return call->done(r, tr("%1: %2").arg(where, r.linkError));
    // Transient: the transfer broke, the server failed, or the body is not JSON.
    if (r.status == 0)
        return retryLater(call, backoff(call->retries, m_policy.baseDelayMs), tr("%1: %2").arg(where, r.transportError), true);
    if (r.status >= 500)
        return retryLater(
            call, backoff(call->retries, m_policy.baseDelayMs), tr("%1: GitHub answered HTTP %2").arg(where).arg(r.status), true);
    if (r.ok() && !r.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        if (error.error != QJsonParseError::NoError && error.error != QJsonParseError::IllegalUTF8String)
            return retryLater(call, backoff(call->retries, m_policy.baseDelayMs),
                tr("%1: malformed JSON (%2 at byte %3)").arg(where, error.errorString()).arg(error.offset), true);
    }

    if (r.ok() || r.notModified() || (call->notFoundIsOk && r.status == 404))
        return call->done(r, QString());
    if (r.status == 404)
        return call->done(r, tr("%1: not found (a private repository needs a token with access to it)").arg(where));

    if ((r.status == 403 || r.status == 429) && r.rate.remaining == 0 && r.rate.reset.isValid()) {
        // Primary limit: pause until the reset, then ask again.
        return waitForReset(call, r, r.rate.reset, where + QStringLiteral(": "));
    }
    if (r.retryAfterSeconds > m_policy.maxWaitSeconds && (r.status == 403 || r.status == 429 || r.status >= 500))
        return call->done(r,
            tr("%1: the server asked to wait %2 seconds (Retry-After), more than %3 minutes; not waiting that long")
                .arg(where)
                .arg(r.retryAfterSeconds)
                .arg(m_policy.maxWaitSeconds / 60));
    if (r.retryAfterSeconds >= 0 && (r.status == 403 || r.status == 429)) {
        if (call->secondaryWaits++ >= m_policy.maxLimitWaits)
            return call->done(r, tr("%1: GitHub kept asking to slow down").arg(where));
        return retryLater(call, qint64(r.retryAfterSeconds) * 1000 + 1, tr("GitHub asked to slow down (secondary rate limit)"), false);
    }
    if (isSecondaryLimit(r)) {
        if (call->secondaryWaits >= m_policy.maxLimitWaits)
            return call->done(r, tr("%1: GitHub kept asking to slow down").arg(where));
        qint64 ms = backoff(call->secondaryWaits++, m_policy.secondaryMinDelayMs);
        ms = std::max<qint64>(ms, m_policy.secondaryMinDelayMs);
        if (r.rate.reset.isValid() && r.rate.reset > m_clock() && r.rate.remaining == 0)
            ms = std::max(ms, m_clock().msecsTo(r.rate.reset));
        if (ms > qint64(m_policy.maxWaitSeconds) * 1000)
            return call->done(r,
                tr("%1: GitHub asked to slow down until %2, more than %3 minutes away; not waiting that long")
                    .arg(where, m_clock().addMSecs(ms).toString(Qt::ISODate))
                    .arg(m_policy.maxWaitSeconds / 60));
        return retryLater(call, ms, tr("GitHub asked to slow down (secondary rate limit)"), false);
    }
    const QString message = github::decode::errorMessage(r.body);
    call->done(r, tr("%1: HTTP %2%3").arg(where).arg(r.status).arg(message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message)));
}

} // namespace ks::sync
