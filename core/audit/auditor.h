// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"
#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace dockscope::core {

class DockerClient;
class HostFs;

/// Everything the checks judge. Gathered by AuditRunner (async) or by hand in tests.
struct AuditInput
{
    Endpoint endpoint;
    VersionInfo version;
    DaemonInfo info;
    CollectContext context;
    HostFacts host;
    const HostFs *hostFs = nullptr;     ///< nullptr: no host access (remote over tcp/unix)
    QList<ContainerFacts> containers;   ///< running and stopped containers in scope
    QList<TopResult> tops;              ///< /containers/{id}/top per running container (same order, empty for stopped)
    QList<ImageInspect> images;         ///< images of the containers in scope
    QList<NetworkSummary> networks;
    /// Image id -> /images/{id}/history (4.7, 4.9); absent: not collected.
    QHash<QString, QList<ImageHistoryEntry>> imageHistory;
    /// Container id -> why its top could not be had (running containers only).
    QHash<QString, Error> topErrors;
    /// Container ids whose process list was read from /proc (cgroup.procs + cmdline) instead of
    /// /containers/{id}/top: AuditRunner does that when the host files are local (one `ps` per
    /// top call on the daemon's side costs more than all inspects together).
    QSet<QString> topsFromProc;
};

struct AuditReport
{
    QDateTime startedAt;
    QDateTime finishedAt;
    Endpoint endpoint;
    VersionInfo version;
    DaemonInfo info;
    HostFacts host;
    QList<ContainerFacts> containers;   ///< the facts the checks judged (reports show them)
    QList<CheckResult> results;
    AuditSummary summary;
};

/// Gathers an AuditInput asynchronously (one list call, concurrent inspects over keep-alive,
/// host-file reads and checks in a worker) and runs the checks. Never blocks the caller's thread.
class AuditRunner : public QObject
{
    Q_OBJECT
public:
    /// hostFs may be null (no host access); it must outlive the runner.
    AuditRunner(DockerClient *client, std::shared_ptr<const HostFs> hostFs, QObject *parent = nullptr);
    ~AuditRunner() override;

    /// containerNames empty = every container (running and stopped).
    void run(const QStringList &containerNames = {});
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const dockscope::core::Result<dockscope::core::AuditReport> &report);

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// Pure and blocking: runs every check over the input (host-file reads happen here).
QList<CheckResult> runChecks(const AuditInput &input);

/// The `dockscope audit --format json` document, schema "dockscope-audit/1".
QJsonObject auditReportToJson(const AuditReport &report);

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::AuditReport)
Q_DECLARE_METATYPE(dockscope::core::Result<dockscope::core::AuditReport>)
