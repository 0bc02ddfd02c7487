// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QLatin1StringView>
#include <QList>

namespace ks::store {

class Database;

// Moves every date and time a workspace holds by a whole number of days, in
// one transaction. The bundled demo is made "as of" a fixed day; each copy is
// brought forward to today when it is opened, before anything reads it, so a
// year later it still shows recent activity, the same ranks, the same due
// next actions and no one due under retention who was not due on the day it
// was made.
//
// columns() is the one list of date/time columns; a test reads the schema and
// the demo and fails when a new date or time column is missing from it.
class TimeShift final
{
public:
    TimeShift() = delete;

    // workspace_meta keys: the day the demo was made as of, and how far this
    // copy has been moved since (so bringing it forward twice is harmless).
    static constexpr const char *SnapshotDayKey = "demo_snapshot_day";
    static constexpr const char *ShiftedDaysKey = "demo_shifted_days";

    enum class Kind
    {
        IsoText, // 'YYYY-MM-DD', optionally followed by a time: the date part moves
        JulianDay, // a REAL julian day number
    };
    struct Column
    {
        QLatin1StringView table;
        QLatin1StringView column;
        Kind kind = Kind::IsoText;
    };
    static const QList<Column> &columns();

    // Moves everything by `days` (negative moves back).
    static Status shift(Database &db, int days);

    // For a workspace with a snapshot day (the demo): moves it so that the
    // snapshot day falls on `today`. Returns the days moved now (0 when it is
    // already current, or when the workspace has no snapshot day).
    static Result<int> bringForward(Database &db, const QDate &today);
};

} // namespace ks::store
