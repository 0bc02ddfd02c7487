// SPDX-License-Identifier: MIT
#include "faultplan.h"

#include "fakegithub.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ks::fake {
namespace {

Response secondaryLimit(int status, int retryAfter)
{
    Response r = Response::error(status,
        QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again."),
        QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
    if (retryAfter >= 0)
        r.setHeader("retry-after", QByteArray::number(retryAfter));
    return r;
}

} // namespace

FaultInjector::FaultInjector(FakeGitHub &server, FaultPlan plan)
    : m_server(server)
    , m_plan(std::move(plan))
    , m_state(m_plan.seed ? m_plan.seed : 1)
{
    m_server.setInterceptor([this](const Request &, Response &response) {
        ++m_requests;
        Fault storage;
        const Fault *fault = decide(m_requests, storage);
        if (!fault)
            return false;
        switch (*fault) {
        case Fault::ServerError:
            response = Response::error(502, QStringLiteral("Server Error"));
            break;
        case Fault::SecondaryLimit:
            response = secondaryLimit(403, m_plan.retryAfterSeconds);
            break;
        case Fault::SecondaryNoRetry:
            response = secondaryLimit(403, -1);
            break;
        case Fault::TooManyRequests:
            response = secondaryLimit(429, m_plan.retryAfterSeconds);
            break;
        default:
            // The rest change the routed answer in the response hook.
            m_pendingHookFaults.insert(m_requests, *fault);
            return false;
        }
        ++m_counts[*fault];
        return true;
    });
    m_server.setResponseHook([this](const Request &, Response &response) {
        const auto it = m_pendingHookFaults.constFind(m_requests);
        if (it == m_pendingHookFaults.constEnd())
            return;
        const Fault fault = it.value();
        m_pendingHookFaults.erase(it);
        // A 304 has no body to cut or garble: send it as is.
        if ((fault == Fault::Truncate || fault == Fault::Malformed) && response.body.size() < 2)
            return;
        switch (fault) {
        case Fault::Truncate:
            response.delivery = Response::Delivery::TruncateBody;
            response.truncateAt = int(response.body.size() / 2);
            break;
        case Fault::Reset:
            response.delivery = Response::Delivery::ResetConnection;
            break;
        case Fault::Malformed:
            response.body = response.body.left(response.body.size() / 2) + "\x01}{garbage";
            break;
        case Fault::Slow:
            response.delayMs = m_plan.slowMs;
            break;
        default:
            return;
        }
        ++m_counts[fault];
    });
}

FaultInjector::~FaultInjector()
{
    m_server.setInterceptor({});
    m_server.setResponseHook({});
}

int FaultInjector::injectedTotal() const
{
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

Fault *FaultInjector::decide(int requestNumber, Fault &storage)
{
    if (const auto it = m_plan.script.constFind(requestNumber); it != m_plan.script.constEnd()) {
        storage = it.value();
        return &storage;
    }
    if (m_plan.secondaryLimitEvery > 0 && requestNumber % m_plan.secondaryLimitEvery == 0) {
        storage = Fault::SecondaryLimit;
        return &storage;
    }
    // xorshift32: repeatable across platforms for a seed.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    double roll = (m_state & 0xffffff) / double(0x1000000);
    const std::pair<double, Fault> chances[] = { { m_plan.serverError, Fault::ServerError }, { m_plan.truncate, Fault::Truncate },
        { m_plan.reset, Fault::Reset }, { m_plan.malformed, Fault::Malformed }, { m_plan.slow, Fault::Slow } };
    for (const auto &[chance, fault] : chances) {
        if (roll < chance) {
            storage = fault;
            return &storage;
        }
        roll -= chance;
    }
    return nullptr;
}

} // namespace ks::fake
