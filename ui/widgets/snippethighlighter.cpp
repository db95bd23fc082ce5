// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippethighlighter.h"

#include "ui/widgets/builtinhighlighter.h"

#include <QPalette>
#include <QTextDocument>

#ifdef DOCKSCOPE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace dockscope::ui {

using namespace Qt::StringLiterals;

bool SnippetHighlighter::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

#ifdef DOCKSCOPE_HAVE_KSYNTAXHIGHLIGHTING
namespace {
/// Loading the definitions costs tens of milliseconds: one repository for the process,
/// created on first use on the GUI thread (highlighters live there only).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace
#endif

QObject *SnippetHighlighter::attach(QTextDocument *document, Language language, const QPalette &palette)
{
    if (!document || language == Language::PlainText)
        return nullptr;
    // Replace a highlighter attached before (a palette or language change).
    const auto old = document->findChildren<QSyntaxHighlighter *>(Qt::FindDirectChildrenOnly);
    for (QSyntaxHighlighter *h : old) {
        h->setDocument(nullptr);
        h->deleteLater();
    }
#ifdef DOCKSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    auto &repo = repository();
    const auto definition = repo.definitionForName(language == Language::Json ? u"JSON"_s : u"Bash"_s);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repo.defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    return new BuiltinHighlighter(document, language, isDark(palette));
}

QString SnippetHighlighter::engineName()
{
#ifdef DOCKSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting"_s;
#else
    return u"built-in"_s;
#endif
}

} // namespace dockscope::ui
