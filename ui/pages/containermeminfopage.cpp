// SPDX-License-Identifier: GPL-3.0-or-later
#include "containermeminfopage.h"

#include "core/models/meminfomodel.h"
#include "ui/models/meminfopresentation.h"
#include "ui/tr.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerMeminfoPage::ContainerMeminfoPage(QWidget *parent)
    : FactTablePage(u"meminfoPage"_s, parent)
    , m_model(new core::MeminfoModel(this))
    , m_note(new QLabel(this))
{
    setContent(addTable(m_model, new MeminfoPresentation(this), u"meminfoView"_s), m_note);
}

void ContainerMeminfoPage::showFacts(const core::ContainerFacts &facts)
{
    m_facts = facts.meminfo;
    m_model->setFacts(m_facts);
    retranslateUi();
}

void ContainerMeminfoPage::retranslateUi()
{
    const auto &mi = m_facts;
    QString text = Tr::tr("Namespaces do not virtualise /proc/meminfo: a process in the container reads the host's memory figures, whatever the cgroup allows. Programs that size caches from MemTotal can overrun their limit and be OOM-killed.");
    if (mi.seesHostMemory.value_or(false) && mi.limit.isKnown()) {
        const QLocale locale;
        const auto hostTotal = mi.host.isKnown() ? mi.host.value->value(u"MemTotal"_s) : 0;
        if (*mi.limit.value)
            text += u"\n\n"_s + Tr::tr("Here: the container sees %1 of memory but may use only %2.")
                                    .arg(locale.formattedDataSize(hostTotal, 1, QLocale::DataSizeIecFormat),
                                         locale.formattedDataSize(**mi.limit.value, 1, QLocale::DataSizeIecFormat));
        else
            text += u"\n\n"_s + Tr::tr("Here: the container sees %1 and has no memory limit, so it may really take all of it.")
                                    .arg(locale.formattedDataSize(hostTotal, 1, QLocale::DataSizeIecFormat));
    }
    m_note->setText(text);
}

} // namespace dockscope::ui
