// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerinspectpage.h"

#include "ui/widgets/codeview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVBoxLayout>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerInspectPage::ContainerInspectPage(QWidget *parent)
    : QWidget(parent)
    , m_code(new CodeView(this))
{
    setObjectName(u"inspectPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code);
}

void ContainerInspectPage::setInspect(const QJsonObject &raw)
{
    m_code->setCode(QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented)),
                    SnippetHighlighter::Language::Json);
}

} // namespace dockscope::ui
