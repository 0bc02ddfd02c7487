// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QObject>

namespace ks::fake {

class FakeGitHub;

// What can go wrong between GitHub and the client.
enum class Fault
{
    ServerError, // 502 with GitHub's JSON error body
    Truncate, // full Content-Length, half the body, then close
    Reset, // the connection is aborted before any byte
    Malformed, // 200 whose JSON is cut and garbled
    Slow, // the answer comes after slowMs
    SecondaryLimit, // 403 "secondary rate limit" with Retry-After
    SecondaryNoRetry, // 403 "secondary rate limit" with neither Retry-After nor remaining 0
    TooManyRequests, // 429 with Retry-After
};

// Which requests fail how: by chance (seeded, so a run is repeatable), every
// Nth request, or scripted by request number (1-based).
struct FaultPlan
{
    double serverError = 0, truncate = 0, reset = 0, malformed = 0, slow = 0;
    int secondaryLimitEvery = 0;
    int retryAfterSeconds = 60;
    int slowMs = 3000;
    quint32 seed = 1;
    QMap<int, Fault> script;
};

// Installs a plan on a server through its interceptor and response hook;
// counts what it injected.
class FaultInjector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    FaultInjector(FakeGitHub &server, FaultPlan plan);
    ~FaultInjector() override;

    int injected(Fault fault) const { return m_counts.value(fault); }
    int injectedTotal() const;

private:
    Fault *decide(int requestNumber, Fault &storage);

    FakeGitHub &m_server;
    FaultPlan m_plan;
    quint32 m_state;
    int m_requests = 0;
    QMap<Fault, int> m_counts;
    QMap<int, Fault> m_pendingHookFaults; // request number -> fault applied to the routed answer
};

} // namespace ks::fake
