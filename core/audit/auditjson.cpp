// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditor.h"

#include <QJsonArray>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

QString remedyKindName(RemedyKind k)
{
    switch (k) {
    case RemedyKind::Command: return u"command"_s;
    case RemedyKind::RunFlag: return u"run-flag"_s;
    case RemedyKind::DaemonJson: return u"daemon-json"_s;
    case RemedyKind::Prose: return u"prose"_s;
    case RemedyKind::None: break;
    }
    return u"none"_s;
}

QJsonObject resultToJson(const CheckResult &r)
{
    QJsonObject o;
    o.insert(u"id"_s, r.id);
    o.insert(u"section"_s, r.section);
    o.insert(u"title"_s, QString::fromUtf8(r.title ? r.title : ""));
    o.insert(u"scope"_s, checkScopeName(r.scope));
    if (r.scope == CheckScope::Container) {
        o.insert(u"container"_s, r.containerName);
        o.insert(u"containerId"_s, r.containerId);
    } else if (r.scope == CheckScope::Image && !r.containerId.isEmpty()) {
        o.insert(u"image"_s, r.containerName);
        o.insert(u"imageId"_s, r.containerId);
    }
    o.insert(u"status"_s, checkStatusName(r.status));
    o.insert(u"severity"_s, severityName(r.severity));
    o.insert(u"manual"_s, r.manual);
    QJsonArray ev;
    for (const Evidence &e : r.evidence)
        ev.append(QJsonObject{{u"key"_s, e.key}, {u"value"_s, e.value}});
    o.insert(u"evidence"_s, ev);
    o.insert(u"remedy"_s, r.remedyCode);
    o.insert(u"remedyKind"_s, remedyKindName(r.remedyKind));
    if (r.remedyText)
        o.insert(u"remedyText"_s, QString::fromUtf8(r.remedyText));
    if (r.rationale)
        o.insert(u"rationale"_s, QString::fromUtf8(r.rationale));
    o.insert(u"source"_s, evidenceSourceName(r.source));
    if (r.message) {
        QString m = QString::fromUtf8(r.message);
        for (const QString &a : r.messageArgs)
            m = m.arg(a);
        o.insert(u"message"_s, m);
    }
    if (r.unknownReason) {
        o.insert(u"unknownReason"_s, QJsonObject{{u"code"_s, errorCodeName(r.unknownReason->code)},
                                                 {u"detail"_s, r.unknownReason->detail}});
    }
    return o;
}

} // namespace

QJsonObject auditReportToJson(const AuditReport &report)
{
    QJsonObject root;
    root.insert(u"schema"_s, u"dockscope-audit/1"_s);
    root.insert(u"endpoint"_s, report.endpoint.url());
    root.insert(u"startedAt"_s, report.startedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(u"finishedAt"_s, report.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject daemon;
    daemon.insert(u"version"_s, report.version.version);
    daemon.insert(u"apiVersion"_s, report.version.apiVersion);
    daemon.insert(u"os"_s, report.info.operatingSystem);
    daemon.insert(u"kernelVersion"_s, report.info.kernelVersion.isEmpty() ? report.version.kernelVersion : report.info.kernelVersion);
    daemon.insert(u"name"_s, report.info.name);
    daemon.insert(u"dockerRootDir"_s, report.info.dockerRootDir);
    daemon.insert(u"storageDriver"_s, report.info.driver);
    daemon.insert(u"cgroupDriver"_s, report.info.cgroupDriver);
    daemon.insert(u"cgroupVersion"_s, report.info.cgroupVersion);
    QJsonArray sec;
    for (const SecurityOption &o : report.info.securityOptions)
        sec.append(o.name);
    daemon.insert(u"securityOptions"_s, sec);
    daemon.insert(u"rootless"_s, report.info.hasSecurityOption(u"rootless"_s));
    daemon.insert(u"usernsRemap"_s, report.info.hasSecurityOption(u"userns"_s));
    if (report.host.daemonPid) {
        daemon.insert(u"pid"_s, double(*report.host.daemonPid));
        daemon.insert(u"identifiedBy"_s, report.host.daemonEvidence);
    }
    root.insert(u"daemon"_s, daemon);
    root.insert(u"hostFilesThroughHelper"_s, report.host.throughHelper);
    QJsonArray results;
    for (const CheckResult &r : report.results)
        results.append(resultToJson(r));
    root.insert(u"results"_s, results);
    const AuditSummary s = report.summary;
    root.insert(u"summary"_s, QJsonObject{{u"pass"_s, s.pass}, {u"warn"_s, s.warn}, {u"fail"_s, s.fail},
                                          {u"info"_s, s.info}, {u"note"_s, s.note}, {u"unknown"_s, s.unknown}});
    return root;
}

} // namespace dockscope::core
