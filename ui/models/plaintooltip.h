// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textsafety.h"

#include <QString>
#include <QStringList>
#include <QTextDocument>

namespace dockscope::ui {

/// A tooltip that shows `text` as written. Qt renders a tooltip as rich text as soon as it
/// finds something like a tag, so a container or daemon string ("<img src=…>", "<h1>") must
/// go through here. Line breaks stay line breaks; other control characters are escaped
/// (core::escapeControls).
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = core::escapeControls(line);
    return Qt::convertFromPlainText(lines.join(u'\n'), Qt::WhiteSpaceNormal);
}

} // namespace dockscope::ui
