// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/snippethighlighter.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dockscope::ui {

/// A small JSON / POSIX shell highlighter for builds without KSyntaxHighlighting: keys,
/// strings, numbers and literals for JSON; comments, strings, variables, options and keywords
/// for shell.
class BuiltinHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    BuiltinHighlighter(QTextDocument *document, SnippetHighlighter::Language language, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightJson(const QString &text);
    void highlightShell(const QString &text);

    SnippetHighlighter::Language m_language;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_comment;
    QTextCharFormat m_variable;
    QTextCharFormat m_option;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace dockscope::ui
