// SPDX-License-Identifier: MIT
// The only file that reads the system's calendar clock (see clock.h).
#include "clock.h"

#include <QTimeZone>
#include <chrono>
#include <mutex>

namespace ks {

namespace {

enum class Mode
{
    System,
    Running,
    Frozen
};

// One state, read and written whole under a lock: a reader never combines
// a new base with an old start. Reads are rare (a few per request or page).
struct State
{
    Mode mode = Mode::System;
    qint64 baseMs = 0; // the instant the clock was set to, in ms since the epoch
    qint64 steadyStartNs = 0; // the monotonic reading when it was set
};

std::mutex g_lock;
State g_state;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void set(Mode mode, const QDateTime &at)
{
    if (!at.isValid())
        return;
    const std::lock_guard lock(g_lock);
    g_state = { mode, at.toMSecsSinceEpoch(), steadyNs() };
}

State state()
{
    const std::lock_guard lock(g_lock);
    return g_state;
}

} // namespace

QDateTime Clock::now()
{
    const State s = state();
    switch (s.mode) {
    case Mode::System:
        break;
    case Mode::Frozen:
        return QDateTime::fromMSecsSinceEpoch(s.baseMs, QTimeZone::UTC);
    case Mode::Running:
        return QDateTime::fromMSecsSinceEpoch(s.baseMs + (steadyNs() - s.steadyStartNs) / 1000000, QTimeZone::UTC);
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
    const std::lock_guard lock(g_lock);
    g_state = {};
}

bool Clock::isSystemClock()
{
    return state().mode == Mode::System;
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
