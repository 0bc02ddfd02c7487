# SPDX-License-Identifier: MIT
# Included from tests/CMakeLists.txt. When clang and its libFuzzer runtime
# are installed (packaging/debian13-packages.txt lists them), builds the
# fuzz project in tests/fuzz with clang and runs each target for a bounded
# time as a ctest entry. Without them the entry is skipped, not failed, so a
# GCC-only machine still passes.
include(ExternalProject)
find_program(KS_CLANGXX NAMES clang++ clang++-19)
set(_ks_fuzz_ok FALSE)
if(KS_FUZZ AND KS_CLANGXX)
    # libFuzzer ships separately from the compiler (libclang-rt-N-dev).
    execute_process(COMMAND ${KS_CLANGXX} -print-file-name=libclang_rt.fuzzer-x86_64.a
                    OUTPUT_VARIABLE _ks_fuzzer_lib OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    execute_process(COMMAND ${KS_CLANGXX} -print-runtime-dir OUTPUT_VARIABLE _ks_rt_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(EXISTS "${_ks_fuzzer_lib}" OR EXISTS "${_ks_rt_dir}/libclang_rt.fuzzer.a" OR EXISTS "${_ks_rt_dir}/libclang_rt.fuzzer-x86_64.a")
        set(_ks_fuzz_ok TRUE)
    endif()
endif()

set(KS_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz target runs under ctest")
if(_ks_fuzz_ok)
    ExternalProject_Add(ks_fuzz
        SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
        BINARY_DIR ${CMAKE_CURRENT_BINARY_DIR}/fuzz
        CMAKE_ARGS -DCMAKE_CXX_COMPILER=${KS_CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo -G ${CMAKE_GENERATOR}
        INSTALL_COMMAND ""
        BUILD_ALWAYS TRUE)
    # A fresh, writable corpus per run and target: libFuzzer adds what it
    # finds to the first directory, and the checked-in seeds (and the inputs
    # that once crashed, kept after the fix) stay as they are.
    foreach(target template link decoders csvreader layerfile)
        add_test(NAME fuzz_${target}
                 COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1
                         ${CMAKE_CURRENT_BINARY_DIR}/fuzz/fuzz_${target} -max_total_time=${KS_FUZZ_SECONDS} -max_len=4096 -timeout=10
                         -rss_limit_mb=2048 -print_final_stats=1 ${CMAKE_CURRENT_BINARY_DIR}/fuzz/corpus-${target}
                         ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})
        set_tests_properties(fuzz_${target} PROPERTIES TIMEOUT 120 LABELS fuzz)
        file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/fuzz/corpus-${target})
    endforeach()
else()
    foreach(target template link decoders csvreader layerfile)
        add_test(NAME fuzz_${target} COMMAND ${CMAKE_COMMAND} -E echo "clang with libFuzzer not found: fuzzing skipped")
        set_tests_properties(fuzz_${target} PROPERTIES SKIP_REGULAR_EXPRESSION "fuzzing skipped" LABELS fuzz)
    endforeach()
endif()
