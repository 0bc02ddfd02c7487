# SPDX-License-Identifier: MIT
# cmake -DROOT=DIR -DWIDGETS_INCLUDE=DIR -P layering.cmake
#
# Fails when a file under DIR/models includes a folder of a later stage, or
# any Qt Widgets header (WIDGETS_INCLUDE is Qt's QtWidgets include folder).
# The stages, each free to include those before it and its own:
#
#   domain → sources → store → sync → scoring → people outreach privacy viewer → jobs → itemmodels
#
# Data flows sources → sync → store → scoring → item models; in the include
# graph the sync engine sits above the store it writes through, and jobs/
# (the background workers and what runs after a sync or an erasure) above
# the features whose steps it chains.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT OR NOT WIDGETS_INCLUDE)
    message(FATAL_ERROR "usage: cmake -DROOT=DIR -DWIDGETS_INCLUDE=DIR -P layering.cmake")
endif()

set(levels domain=0 sources=1 store=2 sync=3 scoring=4 people=5 outreach=5 privacy=5 viewer=5 jobs=6 itemmodels=7)
foreach(entry IN LISTS levels)
    string(REPLACE "=" ";" pair "${entry}")
    list(GET pair 0 folder)
    list(GET pair 1 level)
    set(level_${folder} ${level})
endforeach()

file(GLOB widgetHeaders RELATIVE "${WIDGETS_INCLUDE}" "${WIDGETS_INCLUDE}/Q*")
if(NOT widgetHeaders)
    message(FATAL_ERROR "no Qt Widgets headers in ${WIDGETS_INCLUDE}")
endif()

file(GLOB_RECURSE sources RELATIVE "${ROOT}/models" "${ROOT}/models/*.h" "${ROOT}/models/*.cpp")
set(found 0)
foreach(path IN LISTS sources)
    string(REGEX MATCH "^[^/]+" folder "${path}")
    if(NOT DEFINED level_${folder})
        message(STATUS "models/${path}: folder ${folder}/ has no stage; add it to tests/checks/layering.cmake")
        math(EXPR found "${found} + 1")
        continue()
    endif()
    file(STRINGS "${ROOT}/models/${path}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "#[ \t]*include[ \t]+\"([a-z]+)/")
            set(target "${CMAKE_MATCH_1}")
            if(DEFINED level_${target} AND level_${target} GREATER level_${folder})
                message(STATUS "models/${path}: ${folder}/ includes the later stage ${target}/: ${line}")
                math(EXPR found "${found} + 1")
            endif()
        elseif(line MATCHES "#[ \t]*include[ \t]+<(QtWidgets/)?([A-Za-z]+)>")
            if(CMAKE_MATCH_1 OR "${CMAKE_MATCH_2}" IN_LIST widgetHeaders)
                message(STATUS "models/${path}: a Qt Widgets header in the widget-free core: ${line}")
                math(EXPR found "${found} + 1")
            endif()
        endif()
    endforeach()
endforeach()

if(found GREATER 0)
    message(FATAL_ERROR "${found} include(s) against the flow of stages (see the list above and tests/checks/layering.cmake)")
endif()
list(LENGTH sources scanned)
message(STATUS "models/: ${scanned} files include only earlier stages and no Qt Widgets")
