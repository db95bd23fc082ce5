// SPDX-License-Identifier: GPL-3.0-or-later
#include "containertab.h"

#include "core/docker/dockerclient.h"
#include "core/facts/containerfactsloader.h"
#include "core/remote/elevatedhostfs.h"
#include "core/remote/execprobe.h"
#include "ui/errortext.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/pages/containercapabilitiespage.h"
#include "ui/pages/containercgroupspage.h"
#include "ui/pages/containerinspectpage.h"
#include "ui/pages/containermeminfopage.h"
#include "ui/pages/containermemorypage.h"
#include "ui/pages/containermountspage.h"
#include "ui/pages/containernamespacespage.h"
#include "ui/pages/containeroverviewpage.h"
#include "ui/tr.h"
#include "ui/widgets/codeview.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerTab::ContainerTab(const QString &id, const QString &name, const ContainerTabContext &context,
                           QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_name(name)
    , m_context(context)
    , m_loader(new core::ContainerFactsLoader(context.client, context.hostFs, context.collect, this))
    , m_banner(new QLabel(this))
    , m_privilegeBar(new QWidget(this))
    , m_privilegeText(new QLabel(m_privilegeBar))
    , m_elevateButton(new QPushButton(m_privilegeBar))
    , m_pages(new QTabWidget(this))
    , m_overview(new ContainerOverviewPage(context.collect.rootless, this))
    , m_memory(new ContainerMemoryPage(context.client, id, context.hostFs, this))
    , m_namespaces(new ContainerNamespacesPage(this))
    , m_capabilities(new ContainerCapabilitiesPage(this))
    , m_cgroups(new ContainerCgroupsPage(this))
    , m_meminfo(new ContainerMeminfoPage(this))
    , m_mounts(new ContainerMountsPage(this))
    , m_inspect(new ContainerInspectPage(this))
    , m_factPages{m_namespaces, m_capabilities, m_cgroups, m_meminfo, m_mounts}
{
    setObjectName(u"containerTab"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // error details name container paths
    m_banner->setObjectName(u"stateBanner"_s);
    m_banner->setMargin(6);

    // Facts the user may not read: one bar that says what is missing and offers the helper.
    m_privilegeBar->setObjectName(u"privilegeBar"_s);
    m_privilegeBar->setAttribute(Qt::WA_StyledBackground);
    m_privilegeBar->setStyleSheet(u"#privilegeBar { background:#fdf0c4; color:black; }"_s);
    m_privilegeText->setWordWrap(true);
    m_privilegeText->setTextFormat(Qt::PlainText);
    m_elevateButton->setObjectName(u"elevateButton"_s);
    auto *privilegeLayout = new QHBoxLayout(m_privilegeBar);
    privilegeLayout->setContentsMargins(6, 4, 6, 4);
    privilegeLayout->addWidget(m_privilegeText, 1);
    privilegeLayout->addWidget(m_elevateButton);
    m_privilegeBar->setVisible(false);
    connect(m_elevateButton, &QPushButton::clicked, this, &ContainerTab::elevationRequested);

    // In the order of enum Page.
    m_pages->addTab(m_overview, QString());
    m_pages->addTab(m_memory, QString());
    m_pages->addTab(m_namespaces, QString());
    m_pages->addTab(m_capabilities, QString());
    m_pages->addTab(m_cgroups, QString());
    m_pages->addTab(m_meminfo, QString());
    m_pages->addTab(m_mounts, QString());
    m_pages->addTab(m_inspect, QString());

    // Every table is one Tab stop: arrows move inside, Tab leaves.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_privilegeBar);
    layout->addWidget(m_pages, 1);

    // The stats stream replaces unreadable cgroup files only while the container runs.
    connect(m_memory, &ContainerMemoryPage::cgroupUnreadable, this, [this] {
        if (m_state == "running"_L1 && !m_gone)
            m_memory->openStatsStream();
    });
    connect(m_loader, &core::ContainerFactsLoader::factsReady, this, &ContainerTab::onFacts);
    connect(m_loader, &core::ContainerFactsLoader::failed, this, &ContainerTab::onFactsFailed);
    retranslateUi();
    reload();
}

ContainerTab::~ContainerTab() = default;

QString ContainerTab::title() const
{
    if (m_gone)
        return Tr::tr("%1 (removed)").arg(m_name);
    if (m_state == "running"_L1 || m_state.isEmpty())
        return m_name;
    return Tr::tr("%1 (%2)").arg(m_name, ContainerListPresentation::stateText(m_state));
}

void ContainerTab::reload()
{
    if (m_gone)
        return;
    m_loader->load(m_id);
}

bool ContainerTab::find()
{
    if (m_pages->currentWidget() != m_inspect)
        return false;
    auto *code = m_inspect->findChild<CodeView *>();
    if (!code)
        return false;
    code->showFind();
    return true;
}

void ContainerTab::onFacts(const core::ContainerFacts &facts)
{
    m_facts = facts;
    m_haveFacts = true;
    m_loadError.reset();
    if (!facts.inspect.name.isEmpty())
        m_name = facts.inspect.name;
    if (!facts.inspect.state.status.isEmpty())
        m_state = facts.inspect.state.status;
    ++m_factsGeneration;
    m_inspect->setInspect(facts.inspect.raw);
    showFacts();
    if (facts.inspect.state.running)
        m_memory->startSampling();
    else
        m_memory->stopSampling();
    Q_EMIT titleChanged();
    if (m_context.execProbes && facts.inspect.state.running)
        runExecProbes();
}

void ContainerTab::showFacts()
{
    m_memory->setFacts(m_facts);
    for (FactTablePage *page : std::as_const(m_factPages))
        page->setFacts(m_facts);
    updateOverview();
    updateBanner();
    updatePrivilegeBar();
}

void ContainerTab::refreshAfterElevation()
{
    m_loader->invalidateHostFacts();
    reload();
}

namespace {
bool forWantOfPrivileges(const core::Error &why)
{
    return why.code == core::ErrorCode::NeedsRoot || why.code == core::ErrorCode::PermissionDenied;
}
} // namespace

void ContainerTab::updatePrivilegeBar()
{
    bool namespaces = false;
    bool meminfo = false;
    if (m_haveFacts && m_context.elevatable && !m_context.elevatable->isElevated()) {
        namespaces = std::any_of(m_facts.namespaces.namespaces.cbegin(), m_facts.namespaces.namespaces.cend(),
                                 [](const core::NamespaceFact &n) {
                                     return !n.inode.isKnown() && forWantOfPrivileges(n.inode.why);
                                 });
        meminfo = !m_facts.meminfo.container.isKnown() && forWantOfPrivileges(m_facts.meminfo.container.why);
    }
    QString missing;
    if (namespaces && meminfo)
        missing = Tr::tr("Your user may not read this container's namespaces and its own /proc/meminfo.");
    else if (namespaces)
        missing = Tr::tr("Your user may not read this container's namespaces.");
    else if (meminfo)
        missing = Tr::tr("Your user may not read this container's own /proc/meminfo.");
    m_privilegeText->setText(missing.isEmpty() ? QString()
                                               : missing + u' '
                                                     + Tr::tr("The read-only host-facts helper can, once you "
                                                              "authenticate (polkit); it stays for this session."));
    m_privilegeBar->setVisible(!missing.isEmpty());
}

void ContainerTab::runExecProbes()
{
    // Once per facts load: the results belong to this load only (a reload or restart starts a
    // new one). Failed commands leave the facts with their unavailable reasons.
    const quint64 generation = m_factsGeneration;
    core::ExecProbe::run(m_context.client, m_id, this, [this, generation](const core::ExecProbe::Outputs &outputs) {
        if (generation != m_factsGeneration || m_gone)
            return;
        core::ExecProbe::apply(outputs, &m_facts);
        showFacts();
    });
}

void ContainerTab::onFactsFailed(const core::Error &error)
{
    if (error.code == core::ErrorCode::NotFound) {
        setGone();
        return;
    }
    m_loadError = error;
    updateBanner();
    updateOverview();
}

void ContainerTab::setState(const QString &state, const QString &name)
{
    if (m_gone)
        return;
    const bool nameChanged = !name.isEmpty() && name != m_name;
    if (nameChanged)
        m_name = name;
    if (state == m_state) {
        if (nameChanged)
            Q_EMIT titleChanged();
        return;
    }
    m_state = state;
    updateBanner();
    if (state == "running"_L1)
        reload(); // a restart: new pid, new /proc entries; sampling resumes when facts arrive
    else
        m_memory->stopSampling();
    updateOverview();
    Q_EMIT titleChanged();
}

void ContainerTab::setGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_state = u"gone"_s;
    m_loader->cancel();
    m_memory->stopSampling();
    updateBanner();
    updateOverview();
    Q_EMIT titleChanged();
}

void ContainerTab::setAuditResults(const QList<core::CheckResult> &results)
{
    m_audit = results;
    updateOverview();
}

const core::MemoryRingBuffer *ContainerTab::memoryBuffer() const
{
    return m_memory->buffer();
}

bool ContainerTab::isSampling() const
{
    return m_memory->isSampling();
}

MemoryChart *ContainerTab::memoryChart() const
{
    return m_memory->chart();
}

QTableView *ContainerTab::namespaceView() const
{
    return m_namespaces->view();
}

QTableView *ContainerTab::capabilityView() const
{
    return m_capabilities->view();
}

void ContainerTab::updateBanner()
{
    QString text;
    QString style;
    if (m_gone) {
        text = Tr::tr("This container has been removed. What you see is the last state read before it was removed.");
        style = u"background:#c0392b;color:white;"_s;
    } else if (m_loadError) {
        text = Tr::tr("The container's facts could not be read: %1 (%2)").arg(errorText(m_loadError->code), m_loadError->detail);
        style = u"background:#f39c12;color:black;"_s;
    } else if (!m_state.isEmpty() && m_state != "running"_L1) {
        const auto &st = m_facts.inspect.state;
        if (m_state == "exited"_L1)
            text = st.oomKilled ? Tr::tr("The container has exited (code %1): the OOM killer ended it. Sampling has stopped; it resumes when the container starts again.").arg(st.exitCode)
                                : Tr::tr("The container has exited. Sampling has stopped; it resumes when the container starts again.");
        else
            text = Tr::tr("The container is %1.").arg(ContainerListPresentation::stateText(m_state));
        style = u"background:#7f8c8d;color:white;"_s;
    }
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
    m_banner->setVisible(!text.isEmpty());
}

void ContainerTab::updateOverview()
{
    m_overview->showContainer(m_name, m_gone ? u"gone"_s : m_state, m_haveFacts ? &m_facts : nullptr, m_audit);
}

void ContainerTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The pages retranslate themselves; the overview is drawn from the tab's state.
        retranslateUi();
        updateBanner();
        updatePrivilegeBar();
        updateOverview();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void ContainerTab::retranslateUi()
{
    m_elevateButton->setText(Tr::tr("Authenticate to read host facts"));
    m_pages->setTabText(OverviewPage, Tr::tr("Overview"));
    m_pages->setTabText(MemoryPage, Tr::tr("Memory"));
    m_pages->setTabText(NamespacesPage, Tr::tr("Namespaces"));
    m_pages->setTabText(CapabilitiesPage, Tr::tr("Capabilities"));
    m_pages->setTabText(CgroupsPage, Tr::tr("Cgroups"));
    m_pages->setTabText(MeminfoPage, Tr::tr("Memory view"));
    m_pages->setTabText(MountsPage, Tr::tr("Mounts"));
    m_pages->setTabText(InspectPage, Tr::tr("Inspect JSON"));
}

} // namespace dockscope::ui
