// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textsafety.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace dockscope::core {

static bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

bool hasUnsafeControls(QStringView text)
{
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            return true;
    }
    return false;
}

QString escapeControls(QStringView text)
{
    if (!hasUnsafeControls(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!isUnsafe(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case 0x1b: out += "\\e"_L1; break;
        case u'\n': out += "\\n"_L1; break;
        case u'\r': out += "\\r"_L1; break;
        case u'\t': out += "\\t"_L1; break;
        default:
            if (c <= 0xff)
                out += "\\x"_L1 + QString::number(c, 16).rightJustified(2, u'0');
            else
                out += "\\u"_L1 + QString::number(c, 16).rightJustified(4, u'0');
            break;
        }
    }
    return out;
}

QString escapeJsonControls(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    if (!hasUnsafeControls(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar qc : std::as_const(text)) {
        const char16_t c = qc.unicode();
        // C0 controls (and '\n' between tokens) are QJson's business.
        if (c >= 0x20 && isUnsafe(c))
            out += "\\u"_L1 + QString::number(c, 16).rightJustified(4, u'0');
        else
            out += qc;
    }
    return out;
}

} // namespace dockscope::core
