# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when core/ includes anything from QtGui, QtWidgets, QtCharts or QtPrintSupport.
# Linking only QtCore does not catch <QtWidgets/QWidget> (Qt's root include dir is on the path),
# so we read the sources.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        if(line MATCHES "<Qt(Gui|Widgets|Charts|PrintSupport|Svg|OpenGL)/"
           OR line MATCHES "<Q(Gui|Widget|Application|Painter|Color|Icon|Pixmap|Font|Image|PdfWriter|Chart|TextDocument|Palette|Brush|Pen|Action|Menu|Dialog|Window)[A-Za-z]*>")
            string(APPEND bad "${f}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "core/ must not use QtGui, QtWidgets or QtCharts:\n${bad}")
endif()
list(LENGTH sources n)
message(STATUS "core/ is free of GUI includes (${n} files checked)")
