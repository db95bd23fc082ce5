// SPDX-License-Identifier: GPL-3.0-or-later
#include "containeroverviewpage.h"

#include "core/facts/containerfacts.h"
#include "core/models/containerlistmodel.h"
#include "ui/models/checklistpresentation.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/models/namespacepresentation.h"
#include "ui/pages/checklistpage.h"
#include "ui/tr.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerOverviewPage::ContainerOverviewPage(bool rootless, QWidget *parent)
    : QWidget(parent)
    , m_rootless(rootless)
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void ContainerOverviewPage::showContainer(const QString &name, const QString &state,
                                          const core::ContainerFacts *facts, const QList<core::CheckResult> &audit)
{
    QString html;
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                          value.toHtmlEscaped());
    };
    html += u"<h2>%1</h2>"_s.arg(name.toHtmlEscaped());
    html += u"<table>"_s;
    html += row(Tr::tr("State"), ContainerListPresentation::stateText(state));
    if (facts) {
        const auto &in = facts->inspect;
        html += row(Tr::tr("Image"), in.config.image.isEmpty() ? in.imageId : in.config.image);
        QStringList cmd = in.config.entrypoint;
        cmd += in.config.cmd;
        if (cmd.isEmpty()) {
            cmd.append(in.path);
            cmd += in.args;
        }
        html += row(Tr::tr("Command"), cmd.join(u' '));
        html += row(Tr::tr("User"), in.config.user.isEmpty() ? Tr::tr("(image default: root)") : in.config.user);
        html += row(Tr::tr("PID on the host"), in.state.pid > 0 ? QString::number(in.state.pid) : Tr::tr("none (not running)"));
        html += row(Tr::tr("ID"), in.id.left(12));
        if (m_rootless) {
            // Said once here: it changes what the capability and cgroup pages mean.
            html += row(Tr::tr("Daemon"),
                        Tr::tr("Rootless: root in this container is the daemon owner's unprivileged user on the host, "
                               "and its capabilities are those of root inside the rootless user namespace, not of host root."));
        }
        if (facts->pidProof == core::PidProof::Shim) {
            html += row(Tr::tr("Control group"),
                        Tr::tr("None of its own (cgroup driver \"none\"): its limits are recorded but not enforced."));
        }
    }
    html += u"</table>"_s;

    // Most important findings first: the audit's failures and warnings by severity, then
    // what the declaration alone shows.
    QList<core::CheckResult> findings;
    for (const core::CheckResult &r : audit) {
        if (r.status == core::CheckStatus::Fail || r.status == core::CheckStatus::Warn)
            findings.append(r);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const core::CheckResult &a, const core::CheckResult &b) {
        if (a.severity != b.severity)
            return int(a.severity) > int(b.severity);
        return a.status == core::CheckStatus::Fail && b.status != core::CheckStatus::Fail;
    });
    html += u"<h3>%1</h3><ul>"_s.arg(Tr::tr("Findings").toHtmlEscaped());
    if (facts) {
        QStringList added;
        const int badges = int(core::ContainerListModel::badgesFor(facts->inspect, &added));
        const QString local = ContainerListPresentation::badgeToolTip(badges, added);
        for (const QString &line : local.split(u'\n'))
            html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        for (const auto &ns : facts->namespaces.namespaces) {
            if (ns.shared.value_or(false) && ns.type != "user"_L1 && ns.type != "cgroup"_L1
                && !ns.type.startsWith("time"_L1))
                html += u"<li>%1</li>"_s.arg(Tr::tr("Namespace %1 is shared with the host: %2")
                                                 .arg(ns.type, NamespacePresentation::namespaceNote(ns.type, true))
                                                 .toHtmlEscaped());
        }
    }
    for (const core::CheckResult &r : std::as_const(findings)) {
        const QString title = r.title ? QCoreApplication::translate("Checks", r.title) : r.id;
        html += u"<li><span style='color:%1'><b>%2</b></span> %3 — %4</li>"_s.arg(
            ChecklistPresentation::statusColor(r.status).name(),
            ChecklistPresentation::statusText(r.status).toHtmlEscaped(), r.id.toHtmlEscaped(),
            QString(title + u' ' + ChecklistPage::messageText(r)).toHtmlEscaped());
    }
    if (!facts && findings.isEmpty())
        html += u"<li>%1</li>"_s.arg(Tr::tr("Reading the container's facts…").toHtmlEscaped());
    html += u"</ul>"_s;
    if (audit.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(Tr::tr("The checklist has not judged this container yet; the findings above come from its configuration.").toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace dockscope::ui
