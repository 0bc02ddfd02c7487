# SPDX-License-Identifier: MIT
# cmake -DROOT=DIR -P format.cmake
#
# Fails when a C++ file under DIR (app/, models/, ui/, tests/; not the kernel
# samples in tests/corpus or tests/fixtures) is not as clang-format (the
# root's .clang-format) writes it. To fix: packaging/ks format.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=DIR -P format.cmake")
endif()
find_program(CLANG_FORMAT NAMES clang-format clang-format-19)
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format is not installed (it is in packaging/debian13-packages.txt)")
endif()

file(GLOB_RECURSE candidates RELATIVE "${ROOT}"
    "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/models/*.cpp" "${ROOT}/models/*.h"
    "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
set(files)
foreach(path IN LISTS candidates)
    if(NOT path MATCHES "^tests/(corpus|fixtures)/")
        list(APPEND files "${ROOT}/${path}")
    endif()
endforeach()
list(LENGTH files count)
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
    RESULT_VARIABLE result ERROR_VARIABLE diagnostics)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" lines "${diagnostics}")
    set(shown)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" file "${line}")
        list(APPEND shown "${file}")
    endforeach()
    list(REMOVE_DUPLICATES shown)
    foreach(file IN LISTS shown)
        message(STATUS "not formatted: ${file}")
    endforeach()
    message(FATAL_ERROR "C++ files not as clang-format writes them; run packaging/ks format")
endif()
message(STATUS "${count} C++ files are clang-formatted")
