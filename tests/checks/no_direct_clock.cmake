# SPDX-License-Identifier: MIT
# cmake -DROOT=DIR -P no_direct_clock.cmake
#
# Fails when code under DIR reads the system's calendar clock anywhere but
# models/domain/clock.cpp. Everything else asks ks::Clock (domain/clock.h),
# which tests set; a direct call makes a test depend on the day it runs.
# Kernel-code samples (tests/corpus) and fixtures are not our code.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=DIR -P no_direct_clock.cmake")
endif()

set(allowed "models/domain/clock.cpp")
set(patterns
    "QDateTime::currentDateTime"
    "QDateTime::currentM?[Ss]ecsSinceEpoch"
    "QDate::currentDate"
    "QTime::currentTime"
    "system_clock"
    "[^a-zA-Z_.>]time\\((nullptr|NULL|0)\\)"
    "gettimeofday"
    "CLOCK_REALTIME"
    "'now'"
    "CURRENT_(TIMESTAMP|DATE|TIME)"
    "std::time\\("
    "[^a-zA-Z_.>:](julianday|datetime|unixepoch|date|time)\\(\\)"
    "strftime\\('[^']*'\\)")
list(JOIN patterns "|" regex)

file(GLOB_RECURSE candidates RELATIVE "${ROOT}"
    "${ROOT}/app/*" "${ROOT}/models/*" "${ROOT}/ui/*" "${ROOT}/tests/*" "${ROOT}/resources/sql/*")
set(found 0)
set(scanned 0)
foreach(path IN LISTS candidates)
    if(NOT path MATCHES "\\.(cpp|h|sql)$" OR path MATCHES "^tests/(corpus|fixtures)/" OR path IN_LIST allowed)
        continue()
    endif()
    math(EXPR scanned "${scanned} + 1")
    file(STRINGS "${ROOT}/${path}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # comments may name what they must not call
        if(line MATCHES "^[ \t]*(//|\\*|/\\*|--)")
            continue()
        endif()
        if(line MATCHES "${regex}")
            string(STRIP "${line}" shown)
            message(STATUS "${path}:${number}: ${shown}")
            math(EXPR found "${found} + 1")
        endif()
    endforeach()
endforeach()

if(found GREATER 0)
    message(FATAL_ERROR "${found} direct read(s) of the system clock; use ks::Clock::now()/today() (models/domain/clock.h)")
endif()
message(STATUS "no direct clock reads in ${scanned} files")
