// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ks {

// The one source of "now" for the whole program: the sync, the stores, the
// scoring, the item models, the views and the CLI all ask here, never the
// system clock directly (a ctest entry, check_clock, fails on a direct call).
//
// By default it is the system clock. Tests, and anyone who needs a report
// "as of" another day, set it: start() makes it run on from a given instant
// (at the monotonic clock's pace, so waits and timeouts still end), freeze()
// makes it stand still. The CLI and the window take KERNELSCOUT_NOW (an ISO
// 8601 date or date-time, UTC unless it says otherwise) the same way, so a
// test can fix the clock of the binary it starts. Safe to read from any
// thread; set it before starting threads that read it.
class Clock final
{
public:
    Clock() = delete;

    static QDateTime now(); // UTC
    static QDate today(); // the UTC date of now()

    static void start(const QDateTime &from);
    static void freeze(const QDateTime &at);
    static void useSystemClock();
    static bool isSystemClock();

    // Parses an ISO 8601 date ("2026-11-01", midnight UTC) or date-time.
    // Returns an invalid QDateTime for anything else.
    static QDateTime parse(const QString &text);

    // Applies KERNELSCOUT_NOW when set. Returns an error message for a value
    // that does not parse (the clock is then left alone), else empty.
    static QString startFromEnvironment();

    static constexpr const char *EnvironmentVariable = "KERNELSCOUT_NOW";
};

} // namespace ks
