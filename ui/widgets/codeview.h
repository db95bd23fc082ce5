// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/snippethighlighter.h"

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace dockscope::ui {

/// Read-only, highlighted code (JSON, shell, daemon.json snippets) with a Copy button.
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void setCode(const QString &code, SnippetHighlighter::Language language);
    QString code() const;
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QPlainTextEdit *m_edit;
    QToolButton *m_copy;
    SnippetHighlighter::Language m_language = SnippetHighlighter::Language::PlainText;
};

} // namespace dockscope::ui
