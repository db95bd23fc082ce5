// SPDX-License-Identifier: GPL-3.0-or-later
#include "containercgroupspage.h"

#include "core/models/cgroupmodel.h"
#include "ui/models/cgrouppresentation.h"

#include <QTableView>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerCgroupsPage::ContainerCgroupsPage(QWidget *parent)
    : FactTablePage(u"cgroupsPage"_s, parent)
    , m_model(new core::CgroupModel(this))
{
    setContent(addTable(m_model, new CgroupPresentation(this), u"cgroupView"_s));
}

void ContainerCgroupsPage::showFacts(const core::ContainerFacts &facts)
{
    m_model->setFacts(facts);
}

} // namespace dockscope::ui
