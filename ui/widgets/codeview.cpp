// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeview.h"

#include "ui/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockscope::ui {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_copy(new QToolButton(this))
{
    m_edit->setReadOnly(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_edit->toPlainText());
        Q_EMIT copied();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_copy);
    layout->addLayout(bar);
    layout->addWidget(m_edit);
    retranslateUi();
}

void CodeView::setCode(const QString &code, SnippetHighlighter::Language language)
{
    m_language = language;
    m_edit->setPlainText(code);
    SnippetHighlighter::attach(m_edit->document(), language, palette());
}

QString CodeView::code() const
{
    return m_edit->toPlainText();
}

void CodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        SnippetHighlighter::attach(m_edit->document(), m_language, palette());
    QWidget::changeEvent(event);
}

void CodeView::retranslateUi()
{
    m_copy->setText(Tr::tr("Copy"));
    m_copy->setToolTip(Tr::tr("Copy to the clipboard"));
}

} // namespace dockscope::ui
