// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dockscope::core {
class ContainerFactsLoader;
class ElevatedHostFs;
class DockerClient;
class HostFs;
class MemoryRingBuffer;
}

namespace dockscope::ui {

class ContainerCapabilitiesPage;
class ContainerCgroupsPage;
class ContainerInspectPage;
class ContainerMeminfoPage;
class ContainerMemoryPage;
class ContainerMountsPage;
class ContainerNamespacesPage;
class ContainerOverviewPage;
class FactTablePage;
class MemoryChart;

/// What every container tab needs from the window: the client, host access, collect context.
struct ContainerTabContext
{
    core::DockerClient *client = nullptr;
    std::shared_ptr<const core::HostFs> hostFs;     ///< null: no host access (remote)
    core::CollectContext collect;
    /// Opt-in exec probes (remote profile without host access): read capabilities, meminfo and
    /// namespace inodes from inside a running container through the exec API.
    bool execProbes = false;
    /// This host's files with the host-facts helper (issue 17): when the user may not read some
    /// facts and it is not elevated yet, the tab offers "Authenticate to read host facts".
    /// Null for remote hosts and for root.
    std::shared_ptr<const core::ElevatedHostFs> elevatable = {};
};

/// One opened container: overview with the most important findings first, the live memory
/// chart, namespace, capability, cgroup, meminfo and mount tables, and the raw inspect JSON,
/// each a page of its own (Container*Page). The tab reads the facts and feeds them to the
/// pages, shows the state banner and the privileges bar. Survives the container's stop and
/// restart (showing the state) and says so when it is gone.
class ContainerTab : public QWidget
{
    Q_OBJECT
public:
    enum Page { OverviewPage, MemoryPage, NamespacesPage, CapabilitiesPage, CgroupsPage, MeminfoPage,
                MountsPage, InspectPage };

    ContainerTab(const QString &id, const QString &name, const ContainerTabContext &context,
                 QWidget *parent = nullptr);
    ~ContainerTab() override;

    QString containerId() const { return m_id; }
    QString containerName() const { return m_name; }
    /// The Engine API's state word, "gone" once removed.
    QString state() const { return m_state; }
    bool isGone() const { return m_gone; }
    /// "name (exited)" style tab title, translated.
    QString title() const;

    /// From the live list: the container changed state (or its name).
    void setState(const QString &state, const QString &name);
    /// The container was removed: stop sampling, keep the last facts, say it is gone.
    void setGone();
    /// The audit's results for this container (the overview lists failures first).
    void setAuditResults(const QList<core::CheckResult> &results);
    /// Reads the facts again.
    void reload();
    /// Ctrl+F: finds in the page shown when it has text to search (the inspect JSON); false
    /// when the page has nothing to find in.
    bool find();

    const core::MemoryRingBuffer *memoryBuffer() const;
    bool isSampling() const;
    MemoryChart *memoryChart() const;
    QTabWidget *pages() const { return m_pages; }
    QLabel *banner() const { return m_banner; }
    /// The "needs more privileges" bar with its Authenticate button (hidden when not needed).
    QWidget *privilegeBar() const { return m_privilegeBar; }
    /// After the helper came up: read every fact again (the host reference too).
    void refreshAfterElevation();
    QTableView *namespaceView() const;
    QTableView *capabilityView() const;
    bool hasFacts() const { return m_haveFacts; }
    const core::ContainerFacts &facts() const { return m_facts; }

Q_SIGNALS:
    void titleChanged();
    /// The user asked to authenticate for the host-facts helper.
    void elevationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFacts(const core::ContainerFacts &facts);
    void onFactsFailed(const core::Error &error);
    void showFacts();
    void runExecProbes();
    void updateOverview();
    void updateBanner();
    void updatePrivilegeBar();

    QString m_id;
    QString m_name;
    QString m_state;
    bool m_gone = false;
    bool m_haveFacts = false;
    quint64 m_factsGeneration = 0;  ///< counts facts loads; late exec probe results are dropped
    ContainerTabContext m_context;
    core::ContainerFacts m_facts;
    QList<core::CheckResult> m_audit;
    std::optional<core::Error> m_loadError;

    core::ContainerFactsLoader *m_loader;

    QLabel *m_banner;
    QWidget *m_privilegeBar;
    QLabel *m_privilegeText;
    QPushButton *m_elevateButton;
    QTabWidget *m_pages;
    ContainerOverviewPage *m_overview;
    ContainerMemoryPage *m_memory;
    ContainerNamespacesPage *m_namespaces;
    ContainerCapabilitiesPage *m_capabilities;
    ContainerCgroupsPage *m_cgroups;
    ContainerMeminfoPage *m_meminfo;
    ContainerMountsPage *m_mounts;
    ContainerInspectPage *m_inspect;
    QList<FactTablePage *> m_factPages;
};

} // namespace dockscope::ui
