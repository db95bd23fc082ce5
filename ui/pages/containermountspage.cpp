// SPDX-License-Identifier: GPL-3.0-or-later
#include "containermountspage.h"

#include "core/models/mountmodel.h"
#include "ui/models/mountpresentation.h"

#include <QTableView>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerMountsPage::ContainerMountsPage(QWidget *parent)
    : FactTablePage(u"mountsPage"_s, parent)
    , m_model(new core::MountModel(this))
{
    setContent(addTable(m_model, new MountPresentation(this), u"mountView"_s));
}

void ContainerMountsPage::showFacts(const core::ContainerFacts &facts)
{
    m_model->setMounts(facts.mounts);
}

} // namespace dockscope::ui
