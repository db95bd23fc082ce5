// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeview.h"

#include "ui/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace dockscope::ui {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_copy(new QToolButton(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
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
    m_find->setObjectName(QStringLiteral("codeFind"));
    m_find->setClearButtonEnabled(true);
    m_find->setVisible(false);
    m_find->installEventFilter(this);
    m_findStatus->setVisible(false);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Search again from the top as the text grows.
        m_edit->moveCursor(QTextCursor::Start);
        findNext();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_findStatus);
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

void CodeView::showFind()
{
    m_find->setVisible(true);
    m_findStatus->setVisible(true);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool CodeView::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_edit->find(text, flags);
    if (!found) {
        // Wrap around once.
        m_edit->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_edit->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : Tr::tr("Not found"));
    return found;
}

bool CodeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_find->setVisible(false);
            m_findStatus->setVisible(false);
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    m_find->setPlaceholderText(Tr::tr("Find (Enter: next, Shift+Enter: previous)"));
}

} // namespace dockscope::ui
