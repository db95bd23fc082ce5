// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsession.h"

#include "core/concurrency.h"
#include "core/docker/containertracker.h"
#include "core/facts/hostfs.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/remote/elevatedhostfs.h"
#include "core/remote/remoteconnection.h"
#include "ui/report/reportwriter.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

WindowSession::WindowSession(const core::Endpoint &endpoint, QObject *parent)
    : WindowSession(endpoint, nullptr, parent)
{
}

WindowSession::WindowSession(std::unique_ptr<core::RemoteConnection> connection, QObject *parent)
    : WindowSession(connection->client()->endpoint(), std::move(connection), parent)
{
}

WindowSession::WindowSession(const core::Endpoint &endpoint, std::unique_ptr<core::RemoteConnection> &&connection,
                             QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_connection(std::move(connection))
    , m_client(m_connection ? m_connection->client() : new core::DockerClient(endpoint, this))
    , m_tracker(new core::ContainerTracker(m_client, this))
    , m_listModel(new core::ContainerListModel(this))
    , m_checklistModel(new core::ChecklistModel(this))
{
    if (m_connection) {
        // The connection knows whether it reaches the host's files (local, ssh) or only the
        // API (tcp://, a socket forwarded by hand); the socket path here is a local forward.
        m_hostFs = m_connection->hostFs();
    } else if (endpoint.kind == core::Endpoint::Kind::Unix) {
        // Host files are readable only when the daemon runs on this machine (a unix socket here).
        // An ordinary user may elevate later through the host-facts helper; root needs not.
        if (::geteuid() != 0) {
            m_elevatable = std::make_shared<core::ElevatedHostFs>(endpoint.socketPath);
            m_hostFs = m_elevatable;
        } else {
            m_hostFs = std::make_shared<core::LocalHostFs>();
        }
    }

    connect(m_client, &core::DockerClient::connectionStateChanged, this, [this](core::DockerClient::ConnectionState state) {
        std::optional<core::Error> error;
        if (state == core::DockerClient::ConnectionState::Failed || state == core::DockerClient::ConnectionState::Reconnecting)
            error = m_client->lastError();
        Q_EMIT connectionStateChanged(state, error);
    });
    auto upsert = [this](const core::ContainerSummary &container) {
        m_listModel->upsertContainer(container);
        inspectForBadges(container.id);
        Q_EMIT containerUpdated(container);
    };
    connect(m_tracker, &core::ContainerTracker::containerAdded, this, upsert);
    connect(m_tracker, &core::ContainerTracker::containerChanged, this, upsert);
    connect(m_tracker, &core::ContainerTracker::containerRemoved, this, [this](const QString &id) {
        m_listModel->removeContainer(id);
        Q_EMIT containerRemoved(id);
    });
    connect(m_tracker, &core::ContainerTracker::synchronized, this, &WindowSession::reconcile);
    connect(m_tracker, &core::ContainerTracker::liveChanged, this, [this](bool live) {
        if (live)
            Q_EMIT connectionStateChanged(core::DockerClient::ConnectionState::Connected, std::nullopt);
        else if (m_connected)
            Q_EMIT connectionStateChanged(core::DockerClient::ConnectionState::Reconnecting, m_tracker->lastError());
    });
}

WindowSession::~WindowSession()
{
    // Closed while the authentication dialog is up: pkexec is stopped, and neither the worker
    // nor the application's exit waits for the user to answer it.
    if (m_elevating && m_elevatable)
        m_elevatable->cancel();
    // Tear down in dependency order: the audit runner and the tracker use the client, and a
    // client that dies first would end their streams and call back into them.
    delete m_auditRunner;
    m_auditRunner = nullptr;
    delete m_tracker;
    m_tracker = nullptr;
    if (m_connection) {
        m_connection.reset(); // owns the client
    } else {
        m_client->disconnect(this);
        delete m_client;
    }
    m_client = nullptr;
}

QString WindowSession::endpointLabel() const
{
    return m_connection ? m_connection->transportDescription() : m_endpoint.url();
}

QString WindowSession::settingsPrefix() const
{
    return m_connection ? u"remote/%1/"_s.arg(m_connection->profile().id) : QString();
}

bool WindowSession::execProbesAllowed() const
{
    return m_connection && m_connection->execProbesAllowed();
}

void WindowSession::connectToDaemon()
{
    Q_EMIT connectionStateChanged(core::DockerClient::ConnectionState::Connecting, std::nullopt);
    auto fail = [this](const core::Error &error) {
        Q_EMIT connectionStateChanged(core::DockerClient::ConnectionState::Failed, error);
        Q_EMIT connectionFailed(error);
        if (m_pendingExport) {
            const QString path = std::exchange(m_pendingExport, std::nullopt)->first;
            Q_EMIT exportFinished(path, error);
        }
    };
    m_client->negotiate(this, [this, fail](core::Result<core::VersionInfo> version) {
        if (!version) {
            fail(version.error());
            return;
        }
        m_version = version.value();
        m_client->info(this, [this, fail](core::Result<core::DaemonInfo> info) {
            if (!info) {
                fail(info.error());
                return;
            }
            m_info = info.value();
            onConnected();
        });
    });
}

void WindowSession::onConnected()
{
    m_connected = true;
    m_collect = core::CollectContext::fromDaemon(m_info, m_endpoint);
    Q_EMIT connected();
    Q_EMIT connectionStateChanged(core::DockerClient::ConnectionState::Connected, std::nullopt);
    m_tracker->start();
    runAudit();
}

void WindowSession::refresh()
{
    if (!m_connected) {
        connectToDaemon();
        return;
    }
    m_tracker->stop();
    m_tracker->start();
}

void WindowSession::reconcile()
{
    // The tracker's full list is the truth (after a reconnect some may be gone).
    const auto &all = m_tracker->containers();
    for (const QString &id : m_listModel->ids()) {
        if (!all.contains(id)) {
            m_listModel->removeContainer(id);
            Q_EMIT containerRemoved(id);
        }
    }
    for (const core::ContainerSummary &c : all) {
        if (m_listModel->rowOfId(c.id) < 0) {
            m_listModel->upsertContainer(c);
            inspectForBadges(c.id);
            Q_EMIT containerUpdated(c);
        }
    }
    Q_EMIT synchronized(int(all.size()));
}

void WindowSession::inspectForBadges(const QString &id)
{
    m_client->inspectContainer(id, this, [this](core::Result<core::ContainerInspect> inspect) {
        if (inspect)
            m_listModel->setInspect(inspect.value());
    });
}

bool WindowSession::hostFactsElevated() const
{
    return m_elevatable && m_elevatable->isElevated();
}

void WindowSession::authenticateForHostFacts()
{
    if (!m_elevatable || m_elevating)
        return;
    if (m_elevatable->isElevated()) {
        Q_EMIT hostFactsElevation(true, {});
        return;
    }
    m_elevating = true;
    Q_EMIT hostFactsElevationStarted();
    // pkexec waits for the desktop's authentication agent: never on the GUI thread.
    auto fs = m_elevatable;
    core::whenFinished(QtConcurrent::run([fs]() { return fs->elevate(); }), this,
                       [this](const core::Result<void> &started) {
                           m_elevating = false;
                           if (!started) {
                               Q_EMIT hostFactsElevation(false, started.error().detail);
                               return;
                           }
                           runAudit();
                           Q_EMIT hostFactsElevation(true, {});
                       });
}

bool WindowSession::isAuditRunning() const
{
    return m_auditRunner && m_auditRunner->isRunning();
}

void WindowSession::runAudit()
{
    if (!m_connected)
        return;
    if (!m_auditRunner) {
        m_auditRunner = new core::AuditRunner(m_client, m_hostFs, this);
        connect(m_auditRunner, &core::AuditRunner::progress, this, &WindowSession::auditProgress);
        connect(m_auditRunner, &core::AuditRunner::finished, this, &WindowSession::onAuditFinished);
    }
    if (m_auditRunner->isRunning())
        return;
    Q_EMIT auditStarted();
    m_auditRunner->run();
}

QList<core::CheckResult> WindowSession::resultsForContainer(const QString &id) const
{
    QList<core::CheckResult> mine;
    if (!m_lastReport)
        return mine;
    for (const core::CheckResult &r : std::as_const(m_lastReport->results)) {
        if (r.containerId == id)
            mine.append(r);
    }
    return mine;
}

void WindowSession::onAuditFinished(const core::Result<core::AuditReport> &report)
{
    if (report) {
        m_lastReport = report.value();
        m_checklistModel->setResults(m_lastReport->results);
    }
    Q_EMIT auditFinished(report);
    if (m_pendingExport) {
        auto [path, memory] = std::move(*std::exchange(m_pendingExport, std::nullopt));
        if (!report)
            Q_EMIT exportFinished(path, report.error());
        else
            writeReport(path, memory);
    }
}

void WindowSession::exportReport(const QString &path, const QMap<QString, QList<core::MemorySample>> &memory)
{
    if (m_exporting || m_pendingExport) {
        Q_EMIT exportFinished(path, core::Error{core::ErrorCode::InvalidArgument,
                                                u"a report is being written already"_s});
        return;
    }
    if (m_lastReport) {
        writeReport(path, memory);
        return;
    }
    if (!m_connected) {
        // Nothing to report on: say so now instead of waiting for a daemon that is not there.
        const QString detail = m_client->lastError().detail;
        Q_EMIT exportFinished(path, core::Error{core::ErrorCode::DaemonUnreachable,
                                                detail.isEmpty() ? u"not connected to a daemon"_s : detail});
        return;
    }
    // The report needs a checklist: run it first (or wait for the one running), then write.
    m_pendingExport.emplace(path, memory);
    Q_EMIT exportStarted(path);
    runAudit();
}

void WindowSession::writeReport(const QString &path, const QMap<QString, QList<core::MemorySample>> &memory)
{
    report::ReportData data;
    data.audit = *m_lastReport;
    data.endpointLabel = endpointLabel();
    data.generatedAt = QDateTime::currentDateTime();
    data.memory = memory;
    const report::ReportFormat format = report::reportFormatForPath(path);
    m_exporting = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_exportCancel = cancel;
    Q_EMIT exportStarted(path);
    auto *watcher = new QFutureWatcher<core::Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &WindowSession::exportProgress);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_exporting = false;
        m_exportCancel.reset();
        Q_EMIT exportFinished(path, watcher->result());
    });
    // The locale of the language chosen now (core::installTranslators made it the default).
    const QLocale locale;
    watcher->setFuture(QtConcurrent::run([data, format, path, locale, cancel](QPromise<core::Result<void>> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(report::writeReport(
            data, format, path, locale, [&promise](int percent) { promise.setProgressValue(percent); },
            [cancel] { return cancel->load(std::memory_order_relaxed); }));
    }));
}

void WindowSession::cancelExport()
{
    if (m_pendingExport) {
        // Still waiting for the checklist (which goes on: the window shows it).
        const QString path = std::exchange(m_pendingExport, std::nullopt)->first;
        Q_EMIT exportFinished(path, report::exportCancelledError());
        return;
    }
    // The writer stops at its next check and returns Cancelled (its temporary file removed);
    // exportFinished() comes when its thread has ended.
    if (m_exporting && m_exportCancel)
        m_exportCancel->store(true, std::memory_order_relaxed);
}

} // namespace dockscope::ui
