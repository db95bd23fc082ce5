// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"
#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace dockscope::core {

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
};

struct AuditReport
{
    QDateTime startedAt;
    QDateTime finishedAt;
    Endpoint endpoint;
    VersionInfo version;
    DaemonInfo info;
    QList<CheckResult> results;
    AuditSummary summary;
};

/// Pure and blocking: runs every check over the input (host-file reads happen here).
QList<CheckResult> runChecks(const AuditInput &input);

/// The `dockscope audit --format json` document, schema "dockscope-audit/1".
QJsonObject auditReportToJson(const AuditReport &report);

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::AuditReport)
