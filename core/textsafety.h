// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace dockscope::core {

/// Makes a string from a container, an image or the daemon safe to print to a terminal or a
/// plain-text file: every C0 control (U+0000–U+001F, none exempt: a newline or a tab would
/// break a table row as surely as ESC recolours the terminal), DEL, every C1 control
/// (U+0080–U+009F: U+009B is a one-byte CSI on some terminals) and the bidi embedding,
/// override and isolate controls (U+202A–U+202E, U+2066–U+2069, which reorder what follows)
/// are shown as escapes: `\e`, `\n`, `\t`, `\r`, `\x01`, `\x7f`, `\x9b`, `\u202e`. Everything
/// else, backslashes included, is left as it is. JSON output does not need this (QJson escapes
/// C0 controls) and rich text needs HTML escaping instead.
QString escapeControls(QStringView text);

/// JSON text (QJsonDocument::toJson) safe for a terminal: QJson escapes C0 controls but writes
/// DEL, C1 and the bidi controls raw; those become \u escapes, which keeps the JSON valid and
/// the values equal (they can only occur inside strings).
QString escapeJsonControls(const QByteArray &json);

/// True when escapeControls() would change text.
bool hasUnsafeControls(QStringView text);

} // namespace dockscope::core
