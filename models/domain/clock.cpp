// SPDX-License-Identifier: MIT
// The only file that reads the system's calendar clock (see clock.h).
#include "clock.h"

#include <QTimeZone>

#include <atomic>
#include <chrono>

namespace ks {

namespace {

enum class Mode : int { System, Running, Frozen };

std::atomic<Mode> g_mode{Mode::System};
std::atomic<qint64> g_baseMs{0};       // the instant the clock was set to, in ms since the epoch
std::atomic<qint64> g_steadyStartNs{0}; // the monotonic reading when it was set

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void set(Mode mode, const QDateTime &at)
{
    if (!at.isValid())
        return;
    g_baseMs.store(at.toMSecsSinceEpoch(), std::memory_order_relaxed);
    g_steadyStartNs.store(steadyNs(), std::memory_order_relaxed);
    g_mode.store(mode, std::memory_order_release);
}

} // namespace

QDateTime Clock::now()
{
    switch (g_mode.load(std::memory_order_acquire)) {
    case Mode::System:
        break;
    case Mode::Frozen:
        return QDateTime::fromMSecsSinceEpoch(g_baseMs.load(std::memory_order_relaxed), QTimeZone::UTC);
    case Mode::Running: {
        const qint64 elapsedMs = (steadyNs() - g_steadyStartNs.load(std::memory_order_relaxed)) / 1000000;
        return QDateTime::fromMSecsSinceEpoch(g_baseMs.load(std::memory_order_relaxed) + elapsedMs, QTimeZone::UTC);
    }
    }
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::start(const QDateTime &from)
{
    set(Mode::Running, from);
}

void Clock::freeze(const QDateTime &at)
{
    set(Mode::Frozen, at);
}

void Clock::useSystemClock()
{
    g_mode.store(Mode::System, std::memory_order_release);
}

bool Clock::isSystemClock()
{
    return g_mode.load(std::memory_order_acquire) == Mode::System;
}

QDateTime Clock::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::UTC) : QDateTime();
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::UTC); // no offset given: UTC, not the machine's zone
    return dt.toUTC();
}

QString Clock::startFromEnvironment()
{
    const QString value = qEnvironmentVariable(EnvironmentVariable);
    if (value.isEmpty())
        return {};
    const QDateTime at = parse(value);
    if (!at.isValid())
        return QStringLiteral("%1=%2 is not an ISO 8601 date or date-time (e.g. 2026-11-01 or 2026-11-01T09:30:00Z)")
            .arg(QLatin1StringView(EnvironmentVariable), value);
    start(at);
    return {};
}

} // namespace ks
