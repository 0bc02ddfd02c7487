// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"

#include <QTimeZone>

// Where the suite's clock starts (tests/main.cpp sets it before any test).
namespace testclock {

// The bundled demo is synced "as of" 2026-11-01 (app/demo/makedemo.cpp).
inline QDate demoSnapshotDay()
{
    return QDate(2026, 11, 1);
}

// The next morning: the demo is a day old, as a user would first see it.
inline QDateTime start()
{
    return QDateTime(demoSnapshotDay().addDays(1), QTime(9, 0), QTimeZone::UTC);
}

} // namespace testclock
