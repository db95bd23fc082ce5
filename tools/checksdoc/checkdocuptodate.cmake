# SPDX-License-Identifier: GPL-3.0-or-later
# The test checks_doc_up_to_date: fails when the committed docs/checks.md (DOC) is not what
# dockscope_checksdoc (GENERATOR) makes of the check table and TEMPLATE, and shows the difference.
execute_process(COMMAND "${GENERATOR}" "${TEMPLATE}" "${OUTPUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dockscope_checksdoc failed (${rc})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${DOC}" "${OUTPUT}" RESULT_VARIABLE rc)
if(rc EQUAL 0)
    message(STATUS "docs/checks.md is up to date")
    return()
endif()
message(NOTICE "docs/checks.md differs from what the check table generates "
               "(- committed, + generated):")
if(DIFF)
    # Straight to the test's output, unformatted.
    execute_process(COMMAND "${DIFF}" -u --label docs/checks.md --label generated "${DOC}" "${OUTPUT}")
else()
    message(NOTICE "(no diff program; the generated file is ${OUTPUT})")
endif()
message(FATAL_ERROR "docs/checks.md is stale. Update it with\n"
                    "  cmake --build ${BUILD_DIR} --target update_checks_doc\n"
                    "and commit it with the change to the check table or to tools/checksdoc/checks.md.in.")
