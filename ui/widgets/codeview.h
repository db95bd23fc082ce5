// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/snippethighlighter.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace dockscope::ui {

/// Read-only, highlighted code (JSON, shell, daemon.json snippets) with a Copy button and a
/// find field (showFind(), Ctrl+F in the window; Enter: next, Shift+Enter: previous, Esc: close).
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void setCode(const QString &code, SnippetHighlighter::Language language);
    QString code() const;
    QPlainTextEdit *editor() const { return m_edit; }
    /// Shows the find field and puts the focus there.
    void showFind();
    QLineEdit *findField() const { return m_find; }
    /// Selects the next (or previous) match of the find field's text, wrapping; false if none.
    bool findNext(bool backward = false);

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    QPlainTextEdit *m_edit;
    QToolButton *m_copy;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    SnippetHighlighter::Language m_language = SnippetHighlighter::Language::PlainText;
};

} // namespace dockscope::ui
