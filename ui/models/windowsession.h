// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"
#include "core/facts/collectcontext.h"
#include "core/facts/factscollector.h"
#include "core/result.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace dockscope::core {
class ChecklistModel;
class ContainerListModel;
class ContainerTracker;
class ElevatedHostFs;
class HostFs;
class RemoteConnection;
}

namespace dockscope::ui {

/// What one window shows of one daemon, without the widgets: the connection (client, host files,
/// the daemon's version and info, the collect context built from them), the live container list,
/// the checklist runs and report exports. MainWindow lays it out and forwards the user's
/// actions; tests drive it without a window (tst_windowsession).
class WindowSession : public QObject
{
    Q_OBJECT
public:
    /// A daemon reached at `endpoint`. Host files are read here when it is a unix socket (an
    /// ordinary user through the elevatable host-facts helper, root directly).
    explicit WindowSession(const core::Endpoint &endpoint, QObject *parent = nullptr);
    /// An opened connection (File → Connect…): its client, its host files (none for tcp:// and
    /// hand-forwarded sockets) and how it was reached. Takes ownership.
    explicit WindowSession(std::unique_ptr<core::RemoteConnection> connection, QObject *parent = nullptr);
    ~WindowSession() override;

    const core::Endpoint &endpoint() const { return m_endpoint; }
    /// The opened connection, nullptr for the endpoint constructor.
    core::RemoteConnection *remoteConnection() const { return m_connection.get(); }
    /// What the user connected to, for reports and titles.
    QString endpointLabel() const;
    /// "" for the local daemon, "remote/<profile id>/" for a profile: where settings are kept.
    QString settingsPrefix() const;

    core::DockerClient *client() const { return m_client; }
    core::ContainerTracker *tracker() const { return m_tracker; }
    /// Null over tcp:// and hand-forwarded sockets: host-side facts are unavailable.
    std::shared_ptr<const core::HostFs> hostFs() const { return m_hostFs; }
    /// The host files when they can be elevated (this machine's daemon, not root), else null.
    std::shared_ptr<core::ElevatedHostFs> elevatable() const { return m_elevatable; }
    bool execProbesAllowed() const;

    /// The daemon answered /version and /info (connected() was emitted).
    bool isConnected() const { return m_connected; }
    const core::VersionInfo &version() const { return m_version; }
    const core::DaemonInfo &info() const { return m_info; }
    /// Built by core from the daemon's answers (CollectContext::fromDaemon) when connected.
    const core::CollectContext &collectContext() const { return m_collect; }

    core::ContainerListModel *containerModel() const { return m_listModel; }
    core::ChecklistModel *checklistModel() const { return m_checklistModel; }

    /// Negotiates, reads /info, then starts the live list and the checklist. Never blocks.
    void connectToDaemon();
    /// Reconnects when not connected; restarts the live list otherwise.
    void refresh();

    /// Runs the checklist (never blocks; nothing when not connected or already running).
    void runAudit();
    bool isAuditRunning() const;
    const std::optional<core::AuditReport> &lastReport() const { return m_lastReport; }
    /// The last checklist's results about one container.
    QList<core::CheckResult> resultsForContainer(const QString &id) const;

    /// Starts the host-facts helper (polkit asks in the desktop's agent; never blocks), then runs
    /// the checklist again. hostFactsElevation() says how it ended.
    void authenticateForHostFacts();
    bool isElevating() const { return m_elevating; }
    bool hostFactsElevated() const;

    /// Writes the report of the last checklist to `path` in the format its suffix names, with
    /// the memory samples given, on a worker thread. Runs the checklist first when there is none
    /// yet. exportFinished() says how it ended, also when it could not start (no daemon).
    void exportReport(const QString &path, const QMap<QString, QList<core::MemorySample>> &memory);
    bool isExporting() const { return m_exporting; }
    /// Stops the export under way: one waiting for its checklist ends at once, a writer stops at
    /// its next step (between the PDF's layout passes and pages). Either way nothing is written
    /// (the old file, if any, stays) and exportFinished() reports ErrorCode::Cancelled. Nothing
    /// when no export runs.
    void cancelExport();

Q_SIGNALS:
    /// The connection's state for the connection bar; error is set for Failed and Reconnecting.
    void connectionStateChanged(dockscope::core::DockerClient::ConnectionState state,
                                const std::optional<dockscope::core::Error> &error);
    /// The daemon's version and info are known; the list and the checklist start.
    void connected();
    void connectionFailed(const dockscope::core::Error &error);

    /// The list model was updated; tabs follow the container's state.
    void containerUpdated(const dockscope::core::ContainerSummary &container);
    void containerRemoved(const QString &id);
    /// A full list was diffed in (first time, or after a reconnect).
    void synchronized(int count);

    void auditStarted();
    void auditProgress(int done, int total);
    /// The checklist model and lastReport() are updated when it succeeded.
    void auditFinished(const dockscope::core::Result<dockscope::core::AuditReport> &report);

    void hostFactsElevationStarted();
    /// authenticateForHostFacts() ended: ok, or why not (technical detail).
    void hostFactsElevation(bool ok, const QString &detail);

    void exportStarted(const QString &path);
    void exportProgress(int percent);
    void exportFinished(const QString &path, const dockscope::core::Result<void> &result);

private:
    WindowSession(const core::Endpoint &endpoint, std::unique_ptr<core::RemoteConnection> &&connection,
                  QObject *parent);
    void onConnected();
    void reconcile();
    void inspectForBadges(const QString &id);
    void onAuditFinished(const core::Result<core::AuditReport> &report);
    void writeReport(const QString &path, const QMap<QString, QList<core::MemorySample>> &memory);

    core::Endpoint m_endpoint;
    std::unique_ptr<core::RemoteConnection> m_connection;
    core::DockerClient *m_client;
    core::ContainerTracker *m_tracker;
    std::shared_ptr<const core::HostFs> m_hostFs;
    std::shared_ptr<core::ElevatedHostFs> m_elevatable;
    bool m_elevating = false;
    core::CollectContext m_collect;
    core::VersionInfo m_version;
    core::DaemonInfo m_info;
    bool m_connected = false;
    core::AuditRunner *m_auditRunner = nullptr;
    std::optional<core::AuditReport> m_lastReport;
    /// An export waiting for the checklist it needs.
    std::optional<std::pair<QString, QMap<QString, QList<core::MemorySample>>>> m_pendingExport;
    bool m_exporting = false;
    /// Set by cancelExport(), read by the writer's thread.
    std::shared_ptr<std::atomic_bool> m_exportCancel;

    core::ContainerListModel *m_listModel;
    core::ChecklistModel *m_checklistModel;
};

} // namespace dockscope::ui
