// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpage.h"

#include "core/models/checklistmodel.h"
#include "ui/charts/verdictchart.h"
#include "ui/errortext.h"
#include "ui/tr.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

HostPage::HostPage(core::ChecklistModel *checklist, QWidget *parent)
    : QWidget(parent)
    , m_model(checklist)
    , m_facts(new QLabel(this))
    , m_chart(new VerdictChart(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"hostPage"_s);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page has the tab's whole height: the chart needs no more than a laptop screen leaves.
    m_chart->setMinimumSize(280, 240);

    m_split->setObjectName(u"hostSplitter"_s);
    m_split->addWidget(scroll);
    m_split->addWidget(m_chart);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    // The facts are a two-column table of words: never narrower than a short line of them
    // (the chart's size hint would otherwise take nearly all of a 1024 px window).
    scroll->setMinimumWidth(m_facts->fontMetrics().averageCharWidth() * 40);
    m_split->setSizes({400, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    const auto updateChart = [this] { m_chart->setSummaries(m_model->sectionSummaries()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateChart);
    retranslateUi();
}

void HostPage::setDaemon(const core::VersionInfo &version, const core::DaemonInfo &info)
{
    m_version = version;
    m_info = info;
    m_haveDaemon = true;
    m_failure.reset();
    retranslateUi();
}

void HostPage::setConnectionFailed(const core::Error &error)
{
    m_failure = error;
    retranslateUi();
}

void HostPage::setConnecting()
{
    m_failure.reset();
    retranslateUi();
}

void HostPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HostPage::retranslateUi()
{
    if (m_failure) {
        // The last facts are stale once the daemon is gone: say what is wrong instead.
        QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(Tr::tr("Not connected to the Docker daemon").toHtmlEscaped(),
                                                     errorText(m_failure->code).toHtmlEscaped());
        const QString fix = errorFix(m_failure->code);
        if (!fix.isEmpty())
            html += u"<p>%1</p>"_s.arg(fix.toHtmlEscaped());
        html += u"<p>%1</p>"_s.arg(
            Tr::tr("Use Retry or “Connect to another host…” above; the checklist runs once connected.")
                .toHtmlEscaped());
        m_facts->setText(html);
        return;
    }
    if (!m_haveDaemon) {
        m_facts->setText(Tr::tr("Connecting to the Docker daemon…"));
        return;
    }
    const auto &i = m_info;
    const QLocale locale;
    QString html = u"<h3>%1</h3><table>"_s.arg(Tr::tr("Docker daemon on %1").arg(i.name).toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                          value.toHtmlEscaped());
    };
    const auto yesNo = [](bool b) { return b ? Tr::tr("yes") : Tr::tr("no"); };
    row(Tr::tr("Docker version"), m_version.version);
    row(Tr::tr("API version"), m_version.apiVersion);
    row(Tr::tr("Operating system"), i.operatingSystem);
    row(Tr::tr("Kernel"), i.kernelVersion);
    row(Tr::tr("Cgroup version / driver"), Tr::tr("v%1 / %2").arg(i.cgroupVersion, i.cgroupDriver));
    row(Tr::tr("Storage driver"), i.driver);
    row(Tr::tr("Data root"), i.dockerRootDir);
    row(Tr::tr("CPUs / memory"), Tr::tr("%1 / %2").arg(QString::number(i.ncpu),
                                                     locale.formattedDataSize(i.memTotal, 1, QLocale::DataSizeIecFormat)));
    row(Tr::tr("Containers"), Tr::tr("%1 running, %2 paused, %3 stopped")
                                  .arg(i.containersRunning).arg(i.containersPaused).arg(i.containersStopped));
    QStringList security;
    for (const auto &opt : i.securityOptions)
        security.append(opt.name);
    row(Tr::tr("Security options"), security.isEmpty() ? Tr::tr("none") : security.join(u", "_s));
    row(Tr::tr("User namespace remapping"), yesNo(i.hasSecurityOption(u"userns"_s)));
    row(Tr::tr("Rootless"), yesNo(i.hasSecurityOption(u"rootless"_s)));
    row(Tr::tr("Live restore"), yesNo(i.liveRestoreEnabled));
    row(Tr::tr("Logging driver"), i.loggingDriver);
    html += u"</table>"_s;
    if (!i.warnings.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(Tr::tr("The daemon warns:").toHtmlEscaped());
        for (const QString &w : i.warnings)
            html += u"<li>%1</li>"_s.arg(w.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    m_facts->setText(html);
}

} // namespace dockscope::ui
