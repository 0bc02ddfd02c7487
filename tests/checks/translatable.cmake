# SPDX-License-Identifier: MIT
# cmake -DROOT=DIR -DOUT=FILE.ts -P translatable.cmake
#
# Fails when lupdate cannot extract a message of DIR/models: a tr() it cannot
# place in a context (a free helper, a class without Q_OBJECT or
# Q_DECLARE_TR_FUNCTIONS). Prints how many messages it found.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT OR NOT OUT)
    message(FATAL_ERROR "usage: cmake -DROOT=DIR -DOUT=FILE.ts -P translatable.cmake")
endif()
find_program(LUPDATE NAMES lupdate PATHS /usr/lib/qt6/bin NO_DEFAULT_PATH)
if(NOT LUPDATE)
    find_program(LUPDATE NAMES lupdate-qt6 lupdate)
endif()
if(NOT LUPDATE)
    message(FATAL_ERROR "lupdate is not installed (qt6-l10n-tools is in packaging/debian13-packages.txt)")
endif()
file(REMOVE "${OUT}")
execute_process(COMMAND "${LUPDATE}" -silent "${ROOT}/models" -ts "${OUT}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
set(text "${out}${err}")
string(REGEX MATCHALL "[^\n]*(Cannot invoke tr\\(\\) like this|lacks Q_OBJECT macro)[^\n]*" problems "${text}")
foreach(line IN LISTS problems)
    message(STATUS "not translatable: ${line}")
endforeach()
# lupdate skips a free helper silently, so look for one too.
file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/models/*.cpp" "${ROOT}/models/*.h")
foreach(path IN LISTS sources)
    file(STRINGS "${ROOT}/${path}" helpers REGEX "(QString[ \t]+tr[ \t]*\\(const char|auto[ \t]+tr[ \t]*=)")
    foreach(line IN LISTS helpers)
        string(STRIP "${line}" shown)
        message(STATUS "not translatable: ${path}: a tr() helper lupdate cannot see through: ${shown}")
        list(APPEND problems "${path}")
    endforeach()
endforeach()
if(NOT result EQUAL 0 OR problems)
    message(FATAL_ERROR "messages lupdate cannot extract; give the file a struct with Q_DECLARE_TR_FUNCTIONS (see models/store/githubstore.cpp)")
endif()
file(STRINGS "${OUT}" messages REGEX "<message")
list(LENGTH messages count)
message(STATUS "lupdate extracts ${count} messages from models/")
