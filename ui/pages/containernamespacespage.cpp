// SPDX-License-Identifier: GPL-3.0-or-later
#include "containernamespacespage.h"

#include "core/models/namespacemodel.h"
#include "ui/models/namespacepresentation.h"
#include "ui/tr.h"

#include <QLabel>
#include <QTableView>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerNamespacesPage::ContainerNamespacesPage(QWidget *parent)
    : FactTablePage(u"namespacesPage"_s, parent)
    , m_model(new core::NamespaceModel(this))
    , m_view(addTable(m_model, new NamespacePresentation(this), u"namespaceView"_s))
    , m_note(new QLabel(this))
{
    setContent(m_view, m_note);
    retranslateUi();
}

void ContainerNamespacesPage::showFacts(const core::ContainerFacts &facts)
{
    m_model->setFacts(facts.namespaces);
}

void ContainerNamespacesPage::retranslateUi()
{
    m_note->setText(Tr::tr("Each namespace's inode in the container against the host's. The same inode means the container shares that part of the kernel with the host. Namespaces isolate less than a VM: every container shares the host kernel."));
}

} // namespace dockscope::ui
