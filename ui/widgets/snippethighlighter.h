// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QObject;
class QPalette;
class QTextDocument;

namespace dockscope::ui {

/// JSON and shell highlighting behind one interface: KSyntaxHighlighting (KF6) when the build
/// found it (DOCKSCOPE_HAVE_KSYNTAXHIGHLIGHTING), else the small built-in highlighter.
/// Colours follow the palette (light or dark).
class SnippetHighlighter
{
public:
    enum class Language { Json, Shell, PlainText };

    /// Attaches a highlighter to document (the document owns it) and returns it; nullptr for
    /// PlainText. Call again after a palette change to pick the matching theme.
    static QObject *attach(QTextDocument *document, Language language, const QPalette &palette);
    /// "KSyntaxHighlighting" or "built-in" (About box, logs).
    static QString engineName();
    /// True for a palette whose window colour is dark.
    static bool isDark(const QPalette &palette);
};

} // namespace dockscope::ui
