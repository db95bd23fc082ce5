// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace dockscope::core {
class CapabilityModel;
class CgroupModel;
class ContainerFactsLoader;
class ElevatedHostFs;
class DockerClient;
class HostFs;
class MeminfoModel;
class MemoryRingBuffer;
class MemorySampler;
class MountModel;
class NamespaceModel;
class SecurityOptionsModel;
class StatsStream;
}

namespace dockscope::ui {

class CodeView;
class FactPresentationModel;
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
/// chart, namespace, capability, cgroup, meminfo and mount tables, and the raw inspect JSON.
/// Survives the container's stop and restart (showing the state) and says so when it is gone.
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

    const core::MemoryRingBuffer *memoryBuffer() const;
    bool isSampling() const;
    MemoryChart *memoryChart() const { return m_chart; }
    QTabWidget *pages() const { return m_pages; }
    QLabel *banner() const { return m_banner; }
    /// The "needs more privileges" bar with its Authenticate button (hidden when not needed).
    QWidget *privilegeBar() const { return m_privilegeBar; }
    /// After the helper came up: read every fact again (the host reference too).
    void refreshAfterElevation();
    QTableView *namespaceView() const { return m_nsView; }
    QTableView *capabilityView() const { return m_capView; }
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
    void startSampling();
    void stopSampling();
    void openStatsStream();
    void updateChart();
    void updateOverview();
    void updateBanner();
    void updatePrivilegeBar();
    void updateCapabilityDetails();
    void updateMeminfoText();
    QTableView *makeTable(FactPresentationModel *model, const QString &objectName);

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
    core::MemorySampler *m_sampler = nullptr;
    QPointer<core::StatsStream> m_stats;

    core::NamespaceModel *m_nsModel;
    core::CapabilityModel *m_capModel;
    core::SecurityOptionsModel *m_secModel;
    core::CgroupModel *m_cgModel;
    core::MeminfoModel *m_memModel;
    core::MountModel *m_mountModel;
    FactPresentationModel *m_nsPresentation;
    FactPresentationModel *m_capPresentation;
    FactPresentationModel *m_secPresentation;
    FactPresentationModel *m_cgPresentation;
    FactPresentationModel *m_memPresentation;
    FactPresentationModel *m_mountPresentation;

    QLabel *m_banner;
    QWidget *m_privilegeBar;
    QLabel *m_privilegeText;
    QPushButton *m_elevateButton;
    QTabWidget *m_pages;
    QTextBrowser *m_overview;
    MemoryChart *m_chart;
    QComboBox *m_window;
    QLabel *m_memorySource;
    QLabel *m_nsNote;
    QTableView *m_nsView;
    QTableView *m_capView;
    QTextBrowser *m_capDetails;
    QTableView *m_secView;
    QTableView *m_cgView;
    QLabel *m_memNote;
    QTableView *m_memView;
    QTableView *m_mountView;
    CodeView *m_inspect;
};

} // namespace dockscope::ui
