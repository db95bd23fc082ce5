// SPDX-License-Identifier: GPL-3.0-or-later
#include "containercapabilitiespage.h"

#include "core/facts/capabilities.h"
#include "core/models/capabilitymodel.h"
#include "core/models/securityoptionsmodel.h"
#include "ui/models/capabilitypresentation.h"
#include "ui/models/securityoptionspresentation.h"
#include "ui/tr.h"

#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerCapabilitiesPage::ContainerCapabilitiesPage(QWidget *parent)
    : FactTablePage(u"capabilitiesPage"_s, parent)
    , m_model(new core::CapabilityModel(this))
    , m_securityModel(new core::SecurityOptionsModel(this))
    , m_presentation(new CapabilityPresentation(this))
    , m_view(addTable(m_model, m_presentation, u"capabilityView"_s))
    , m_details(new QTextBrowser(this))
{
    // The table with its details pane, the protections beneath.
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, split);
    top->addWidget(m_view);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    split->addWidget(top);
    split->addWidget(addTable(m_securityModel, new SecurityOptionsPresentation(this), u"securityOptionsView"_s));
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    setContent(split);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContainerCapabilitiesPage::updateDetails);
}

void ContainerCapabilitiesPage::showFacts(const core::ContainerFacts &facts)
{
    m_model->setFacts(facts.capabilities);
    m_securityModel->setFacts(facts.capabilities);
    updateDetails();
}

void ContainerCapabilitiesPage::retranslateUi()
{
    updateDetails();
}

void ContainerCapabilitiesPage::updateDetails()
{
    QString html;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const QString name = m_presentation->data(current.siblingAtColumn(core::CapabilityModel::NameColumn)).toString();
        const core::CapabilityInfo info = core::Capabilities::info(name);
        html += u"<h3>%1</h3>"_s.arg(name.toHtmlEscaped());
        if (info.note)
            html += u"<p>%1</p>"_s.arg(QCoreApplication::translate("Facts", info.note).toHtmlEscaped());
        else
            html += u"<p>%1</p>"_s.arg(Tr::tr("Not known to matter much inside a container.").toHtmlEscaped());
    } else {
        html += u"<h3>%1</h3><ul>"_s.arg(Tr::tr("Dangerous capabilities this container holds").toHtmlEscaped());
        int n = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto &row = m_model->rowAt(r);
            if (!row.highlight)
                continue;
            ++n;
            const core::CapabilityInfo info = core::Capabilities::info(row.key);
            html += u"<li><b>%1</b>: %2</li>"_s.arg(row.key.toHtmlEscaped(),
                                                     info.note ? QCoreApplication::translate("Facts", info.note).toHtmlEscaped() : QString());
        }
        if (n == 0)
            html += u"<li>%1</li>"_s.arg(Tr::tr("None beyond Docker's default set.").toHtmlEscaped());
        html += u"</ul><p>%1</p>"_s.arg(Tr::tr("Select a capability to read what it allows.").toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace dockscope::ui
