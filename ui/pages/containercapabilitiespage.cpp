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
#include <QFontMetrics>
#include <QTextBrowser>
#include <QTextOption>

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
    // Capability names are single words with underscores: break lines only between words, and
    // keep the pane wide enough for the longest name in bold (CAP_CHECKPOINT_RESTORE).
    m_details->setWordWrapMode(QTextOption::WordWrap);
    QFont bold = m_details->font();
    bold.setBold(true);
    m_details->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(u"• CAP_CHECKPOINT_RESTORE:"_s)
                               + 2 * m_details->frameWidth() + 40);
    top->setCollapsible(1, false);
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
    const auto note = [](const QString &capability) {
        const core::CapabilityInfo info = core::Capabilities::info(capability);
        return info.note ? QCoreApplication::translate("Facts", info.note) : QString();
    };
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const QString name = m_presentation->data(current.siblingAtColumn(core::CapabilityModel::NameColumn)).toString();
        html += u"<h3>%1</h3>"_s.arg(name.toHtmlEscaped());
        const QString risk = CapabilityPresentation::riskText(name);
        if (!risk.isEmpty())
            html += u"<p><i>%1</i></p>"_s.arg(risk.toHtmlEscaped());
        const QString text = note(name);
        html += u"<p>%1</p>"_s.arg((text.isEmpty() ? Tr::tr("Not known to matter much inside a container.") : text)
                                        .toHtmlEscaped());
    } else {
        // The same definition as the checklist's DS-DANGEROUS-CAPS (core::Capabilities::risk):
        // dangerous ones are never in Docker's default set; the default, risky ones are listed
        // apart so a default container does not read as dangerous.
        const auto section = [&](const QString &heading, const QStringList &names, const QString &none) {
            html += u"<h3>%1</h3><ul>"_s.arg(heading.toHtmlEscaped());
            for (const QString &n : names)
                html += u"<li><b>%1</b>: %2</li>"_s.arg(n.toHtmlEscaped(), note(n).toHtmlEscaped());
            if (names.isEmpty())
                html += u"<li>%1</li>"_s.arg(none.toHtmlEscaped());
            html += u"</ul>"_s;
        };
        section(Tr::tr("Dangerous capabilities this container holds"),
                m_model->held(core::CapabilityRisk::Dangerous), Tr::tr("None."));
        section(Tr::tr("Risky capabilities from Docker's default set"),
                m_model->held(core::CapabilityRisk::Risky, true), Tr::tr("None: they were dropped."));
        QStringList addedRisky = m_model->held(core::CapabilityRisk::Risky);
        for (const QString &n : m_model->held(core::CapabilityRisk::Risky, true))
            addedRisky.removeAll(n);
        if (!addedRisky.isEmpty())
            section(Tr::tr("Risky capabilities added to Docker's default set"), addedRisky, QString());
        html += u"<p>%1</p>"_s.arg(Tr::tr("Select a capability to read what it allows.").toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace dockscope::ui
