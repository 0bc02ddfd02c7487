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

// That morning: a demo copy opened by a test is not moved (store::TimeShift),
// so tests can name the demo's own dates; tests of the move set the clock.
inline QDateTime start()
{
    return QDateTime(demoSnapshotDay(), QTime(9, 0), QTimeZone::UTC);
}

} // namespace testclock
