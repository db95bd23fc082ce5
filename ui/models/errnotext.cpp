// SPDX-License-Identifier: GPL-3.0-or-later
#include "errnotext.h"

#include "ui/tr.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;

namespace {

/// glibc's strerror texts for the errors reading /proc, /sys and host files gives.
const char *const s_errnoTexts[] = {
    QT_TRANSLATE_NOOP("Ui", "No such file or directory"),
    QT_TRANSLATE_NOOP("Ui", "Permission denied"),
    QT_TRANSLATE_NOOP("Ui", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Ui", "No such process"),
    QT_TRANSLATE_NOOP("Ui", "Not a directory"),
    QT_TRANSLATE_NOOP("Ui", "Is a directory"),
    QT_TRANSLATE_NOOP("Ui", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("Ui", "Input/output error"),
    QT_TRANSLATE_NOOP("Ui", "Invalid argument"),
    QT_TRANSLATE_NOOP("Ui", "Connection refused"),
    QT_TRANSLATE_NOOP("Ui", "Connection timed out"),
    QT_TRANSLATE_NOOP("Ui", "Resource temporarily unavailable"),
    QT_TRANSLATE_NOOP("Ui", "No space left on device"),
    QT_TRANSLATE_NOOP("Ui", "Read-only file system"),
};

} // namespace

QString translatedDetail(const QString &detail)
{
    for (const char *text : s_errnoTexts) {
        const QString source = QString::fromLatin1(text);
        // Only as the whole detail or its last part ("path: text"), never inside a path.
        if (detail == source)
            return Tr::tr(text);
        if (detail.endsWith(QString(u": "_s + source)))
            return QString(detail.left(detail.size() - source.size()) + Tr::tr(text));
    }
    return detail;
}

} // namespace dockscope::ui
