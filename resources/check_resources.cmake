# SPDX-License-Identifier: GPL-3.0-or-later
#
# The checks behind the resources_* tests (resources/CMakeLists.txt). Run as
#   cmake -DMODE=appstream|desktop|install -DAPP_ID=… -DICON_SIZES=16,24,… -DSOURCE_DIR=…
#         -DBINARY_DIR=… -DDATADIR=share -DBINDIR=bin -P check_resources.cmake
# A check whose tool is missing prints "SKIPPED: …" (the tests' SKIP_REGULAR_EXPRESSION) and
# names the Debian package that brings it.
cmake_minimum_required(VERSION 3.22)

foreach(var MODE APP_ID ICON_SIZES SOURCE_DIR BINARY_DIR DATADIR BINDIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_resources.cmake: -D${var}=… is missing")
    endif()
endforeach()
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")

set(failures 0)
# check("<what failed>" <condition...>)
macro(check what)
    if(NOT (${ARGN}))
        message(SEND_ERROR "FAIL: ${what}")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()

function(run_tool out_rc)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    list(JOIN ARGN " " cmdline)
    message(STATUS "$ ${cmdline}\n${out}${err}")
    set(${out_rc} ${rc} PARENT_SCOPE)
endfunction()

# prefix: "SKIPPED:" when the tool is all the test checks, "NOTE:" when the test checks more.
function(appstream_validate_file file prefix)
    find_program(APPSTREAMCLI appstreamcli)
    if(NOT APPSTREAMCLI)
        message(STATUS "${prefix} appstreamcli not installed (Debian package: appstream)")
        return()
    endif()
    # --no-net: CI has no network; the URLs are not fetched.
    run_tool(rc ${APPSTREAMCLI} validate --no-net --explain ${file})
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "FAIL: appstreamcli validate rejected ${file} (exit ${rc})")
    endif()
endfunction()

function(desktop_validate_file file prefix)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(NOT DESKTOP_FILE_VALIDATE)
        message(STATUS "${prefix} desktop-file-validate not installed (Debian package: desktop-file-utils)")
        return()
    endif()
    run_tool(rc ${DESKTOP_FILE_VALIDATE} ${file})
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "FAIL: desktop-file-validate rejected ${file} (exit ${rc})")
    endif()
endfunction()

# PNG signature and the IHDR width/height (bytes 16..23, big-endian).
function(check_png file size)
    file(READ "${file}" head LIMIT 24 HEX)
    string(SUBSTRING "${head}" 0 16 signature)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(SEND_ERROR "FAIL: ${file} is not a PNG file")
        return()
    endif()
    string(SUBSTRING "${head}" 32 8 w)
    string(SUBSTRING "${head}" 40 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT (w EQUAL size AND h EQUAL size))
        message(SEND_ERROR "FAIL: ${file} is ${w}x${h}, expected ${size}x${size}")
    endif()
endfunction()

function(check_contains file)
    file(READ "${file}" text)
    foreach(needle IN LISTS ARGN)
        string(FIND "${text}" "${needle}" pos)
        if(pos EQUAL -1)
            message(SEND_ERROR "FAIL: ${file} lacks \"${needle}\"")
        endif()
    endforeach()
endfunction()

set(desktop_src ${SOURCE_DIR}/resources/${APP_ID}.desktop)
set(metainfo_src ${SOURCE_DIR}/resources/${APP_ID}.metainfo.xml)

if(MODE STREQUAL "appstream")
    check_contains(${metainfo_src}
        "<id>${APP_ID}</id>"
        "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
        "<name xml:lang=\"zh_CN\">"
        "<binary>dockscope</binary>")
    appstream_validate_file(${metainfo_src} "SKIPPED:")

elseif(MODE STREQUAL "desktop")
    # The menu entry must read in Chinese too.
    check_contains(${desktop_src} "\nName[zh_CN]=" "\nComment[zh_CN]=" "\nIcon=${APP_ID}\n" "\nExec=dockscope")
    desktop_validate_file(${desktop_src} "SKIPPED:")

elseif(MODE STREQUAL "install")
    set(dest ${BINARY_DIR}/resources/install-test)
    file(REMOVE_RECURSE ${dest})
    run_tool(rc ${CMAKE_COMMAND} -E env DESTDIR=${dest} ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix /usr)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "FAIL: cmake --install into ${dest} failed (exit ${rc}); is everything built?")
    endif()
    set(root ${dest}/usr)
    set(share ${root}/${DATADIR})

    set(binary ${root}/${BINDIR}/dockscope)
    check("the binary ${binary} was not installed" EXISTS "${binary}")
    execute_process(COMMAND test -x "${binary}" RESULT_VARIABLE x)
    check("${binary} is not executable" x EQUAL 0)

    set(desktop ${share}/applications/${APP_ID}.desktop)
    set(metainfo ${share}/metainfo/${APP_ID}.metainfo.xml)
    set(svg ${share}/icons/hicolor/scalable/apps/${APP_ID}.svg)
    foreach(f IN ITEMS ${desktop} ${metainfo} ${svg})
        check("${f} was not installed" EXISTS "${f}")
    endforeach()
    if(failures EQUAL 0)
        check_contains(${desktop} "\nName[zh_CN]=" "\nComment[zh_CN]=" "\nIcon=${APP_ID}\n")
        check_contains(${metainfo} "<id>${APP_ID}</id>")
        check_contains(${svg} "<svg" "viewBox=")
    endif()
    foreach(size IN LISTS ICON_SIZES)
        set(png ${share}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
        if(EXISTS ${png})
            check_png(${png} ${size})
        else()
            check("${png} was not installed" FALSE)
        endif()
    endforeach()

    # Translations are embedded in the binary (:/i18n); report any .qm file installed anyway.
    file(GLOB_RECURSE qm_files ${root}/*.qm)
    list(LENGTH qm_files qm_count)
    message(STATUS "installed .qm files: ${qm_count} (translations are embedded in the binary)")

    if(failures EQUAL 0)
        desktop_validate_file(${desktop} "NOTE:")
        # The installed tree as a software centre sees it: metainfo, desktop file and icon together.
        find_program(APPSTREAMCLI appstreamcli)
        if(APPSTREAMCLI)
            run_tool(rc ${APPSTREAMCLI} validate-tree --no-net ${dest})
            check("appstreamcli validate-tree rejected ${dest} (exit ${rc})" rc EQUAL 0)
        else()
            message(STATUS "NOTE: appstreamcli not installed (Debian package: appstream): validate-tree not run")
        endif()
    endif()

    file(GLOB_RECURSE installed RELATIVE ${dest} ${dest}/*)
    list(SORT installed)
    list(JOIN installed "\n  " listing)
    message(STATUS "installed:\n  ${listing}")
    if(failures EQUAL 0)
        file(REMOVE_RECURSE ${dest})
    endif()
else()
    message(FATAL_ERROR "unknown MODE ${MODE}")
endif()
