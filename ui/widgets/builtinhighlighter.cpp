// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinhighlighter.h"

#include <QColor>
#include <QRegularExpression>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

BuiltinHighlighter::BuiltinHighlighter(QTextDocument *document, SnippetHighlighter::Language language, bool dark)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    // Two palettes close to Breeze light/dark, readable on either background.
    m_key = makeFormat(dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x00, 0x57, 0xae), true);
    m_string = makeFormat(dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xbf, 0x03, 0x03));
    m_number = makeFormat(dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb0, 0x80, 0x00));
    m_literal = makeFormat(dark ? QColor(0x27, 0xae, 0x60) : QColor(0x00, 0x6e, 0x28), true);
    m_comment = makeFormat(dark ? QColor(0x7a, 0x7c, 0x7d) : QColor(0x89, 0x88, 0x87), false, true);
    m_variable = makeFormat(dark ? QColor(0x8e, 0x44, 0xad).lighter(150) : QColor(0x64, 0x4a, 0x9b));
    m_option = makeFormat(dark ? QColor(0x2a, 0xd5, 0xc4) : QColor(0x00, 0x78, 0x78));
    m_keyword = makeFormat(dark ? QColor(0xfd, 0xbc, 0x4b) : QColor(0x1f, 0x1c, 0x1b), true);
    m_punctuation = makeFormat(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    if (m_language == SnippetHighlighter::Language::Json)
        highlightJson(text);
    else if (m_language == SnippetHighlighter::Language::Shell)
        highlightShell(text);
}

void BuiltinHighlighter::highlightJson(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            j = std::min(j + 1, n);
            // A string followed by ':' is a key.
            qsizetype k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            setFormat(int(i), int(j - i), k < n && text.at(k) == u':' ? m_key : m_string);
            i = j;
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || u".eE+-"_s.contains(text.at(j))))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (u"{}[]:,"_s.contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

void BuiltinHighlighter::highlightShell(const QString &text)
{
    static const QRegularExpression keywords(
        uR"(\b(if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|export|local|sudo)\b)"_s);
    static const QRegularExpression options(uR"((?<=\s)--?[A-Za-z][\w-]*(=\S*)?)"_s);
    static const QRegularExpression variables(uR"(\$(\{[^}]*\}|\w+|[@*#?$!0-9]))"_s);
    for (auto it = keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    for (auto it = options.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_option);
    }
    for (auto it = variables.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
    // Strings and comments last: they win over what matched inside them.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != c)
                j += (c == u'"' && text.at(j) == u'\\') ? 2 : 1;
            j = std::min(j + 1, n);
            setFormat(int(i), int(j - i), m_string);
            i = j - 1;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(int(i), int(n - i), m_comment);
            break;
        }
    }
}

} // namespace dockscope::ui
