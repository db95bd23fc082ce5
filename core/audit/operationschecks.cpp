// SPDX-License-Identifier: GPL-3.0-or-later
// §6 Docker security operations, §7 Docker swarm configuration.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"

#include <QCoreApplication>
#include <QSet>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

bool swarmActive(const CheckContext &c)
{
    return c.input().info.swarmState == u"active"_s;
}

/// §7 checks when this node is in no swarm: nothing to configure.
bool notInSwarm(const CheckContext &c, CheckResult &r)
{
    if (swarmActive(c))
        return false;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Swarm.LocalNodeState"_s, c.input().info.swarmState.isEmpty() ? u"\"\""_s : c.input().info.swarmState);
    r.status = r.manual ? CheckStatus::Info : CheckStatus::Pass;
    return true;
}

/// A swarm check whose data (/nodes, /swarm, /secrets) the audit does not collect.
void swarmNotCollected(const CheckContext &c, CheckResult &r, const QString &endpoint)
{
    if (notInSwarm(c, r))
        return;
    if (r.manual) {
        r.status = CheckStatus::Note;
        addEvidence(r, endpoint, u"review by hand"_s);
        return;
    }
    setUnknown(r, Error{ErrorCode::Unavailable, endpoint + u" is not collected by this audit"_s});
}

QJsonObject swarm(const CheckContext &c)
{
    return c.input().info.raw.value(u"Swarm"_s).toObject();
}

void judgeImageSprawl(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    QSet<QString> used;
    for (const ContainerFacts &f : c.input().containers)
        used.insert(f.inspect.imageId);
    const int total = c.input().info.images;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Images"_s, QString::number(total));
    addEvidence(r, u"images used by the containers audited"_s, QString::number(used.size()));
    const qsizetype unused = total - used.size();
    r.status = (unused > 10 && unused > used.size()) ? CheckStatus::Warn : CheckStatus::Info;
}

void judgeContainerSprawl(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const DaemonInfo &i = c.input().info;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Containers"_s, QString::number(i.containers));
    addEvidence(r, u"/info ContainersRunning"_s, QString::number(i.containersRunning));
    addEvidence(r, u"/info ContainersStopped"_s, QString::number(i.containersStopped));
    r.status = (i.containersStopped > 10 && i.containersStopped > i.containersRunning) ? CheckStatus::Warn : CheckStatus::Info;
}

void judgeManagerCount(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (notInSwarm(c, r))
        return;
    const QJsonObject s = swarm(c);
    if (!s.contains(u"Managers"_s)) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"/info Swarm.Managers absent (not a manager)"_s});
        return;
    }
    const int managers = s.value(u"Managers"_s).toInt();
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Swarm.Managers"_s, QString::number(managers));
    r.status = (managers % 2 == 1 && managers <= 7) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeSwarmListenAddress(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (notInSwarm(c, r))
        return;
    const QString addr = swarm(c).value(u"NodeAddr"_s).toString();
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Swarm.NodeAddr"_s, addr);
    setUnknown(r, Error{ErrorCode::Unavailable, u"the listen address is in /swarm, which is not collected"_s});
}

void judgeOverlayEncryption(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (notInSwarm(c, r))
        return;
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Pass;
    int overlays = 0;
    for (const NetworkSummary &n : c.input().networks) {
        if (n.driver != u"overlay"_s)
            continue;
        ++overlays;
        const bool encrypted = n.options.contains(u"encrypted"_s);
        addEvidence(r, u"/networks/%1 Options.encrypted"_s.arg(n.name), encrypted ? u"set"_s : u"absent"_s);
        if (!encrypted)
            r.status = CheckStatus::Fail;
    }
    if (overlays == 0)
        addEvidence(r, u"/networks"_s, u"no overlay network"_s);
}

void judgeSwarmSecrets(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    swarmNotCollected(c, r, u"/secrets"_s);
}

void judgeAutoLock(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    swarmNotCollected(c, r, u"/swarm/unlockkey"_s);
}

void judgeUnlockKeyRotation(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    swarmNotCollected(c, r, u"unlock key history"_s);
}

void judgeNodeCertRotation(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (notInSwarm(c, r))
        return;
    const QJsonObject cluster = swarm(c).value(u"Cluster"_s).toObject();
    const QJsonValue expiry = cluster.value(u"Spec"_s).toObject().value(u"CAConfig"_s).toObject().value(u"NodeCertExpiry"_s);
    r.source = EvidenceSource::Api;
    if (expiry.isUndefined()) {
        swarmNotCollected(c, r, u"/swarm CAConfig.NodeCertExpiry"_s);
        return;
    }
    addEvidence(r, u"/info Swarm.Cluster.Spec.CAConfig.NodeCertExpiry (ns)"_s, QString::number(expiry.toDouble(), 'f', 0));
    r.status = CheckStatus::Info;
}

void judgeCaRotation(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    swarmNotCollected(c, r, u"CA rotation history"_s);
}

void judgeDataPathSeparation(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (notInSwarm(c, r))
        return;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Swarm.NodeAddr"_s, swarm(c).value(u"NodeAddr"_s).toString());
    r.status = CheckStatus::Note;
}

const CheckDefinition s_operationsCheckDefs[] = {
    {.id = "6.1", .section = "6",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that image sprawl is avoided"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Unused images take space and keep old, vulnerable software around."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove images no container uses."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker image prune -a",
     .judge = &judgeImageSprawl,
     .doc = {.source = "api",
             .reads = "`/info` Images vs images used by the audited containers",
             .verdict = "counts (manual)"}},
    {.id = "6.2", .section = "6",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that container sprawl is avoided"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Stopped containers keep their file systems, logs and secrets on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove containers that are no longer needed."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker container prune",
     .judge = &judgeContainerSprawl,
     .doc = {.source = "api",
             .reads = "`/info` Containers, ContainersRunning, ContainersStopped",
             .verdict = "counts (manual)"}},
    {.id = "7.1", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the minimum number of manager nodes have been created in a swarm"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "More managers than needed widen the attack surface; an even number does not add fault tolerance."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep the number of managers small and odd."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker node demote NODE",
     .judge = &judgeManagerCount,
     .doc = {.source = "api",
             .reads = "`/info` Swarm.Managers (odd and ≤ 7); pass when not in a swarm",
             .verdict = "the count"}},
    {.id = "7.2", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that swarm services are bound to a specific host interface"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Swarm's management port on every interface is reachable from networks that have no business there."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Initialise or join the swarm with an explicit --listen-addr."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker swarm init --listen-addr 10.0.0.1:2377",
     .judge = &judgeSwarmListenAddress,
     .doc = {.source = "api",
             .reads = "`/swarm` not collected → unknown in a swarm; pass outside",
             .verdict = "NodeAddr"}},
    {.id = "7.3", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that all Docker swarm overlay networks are encrypted"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Unencrypted overlay traffic between nodes can be read and changed on the wire."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Create overlay networks with encryption."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker network create -d overlay --opt encrypted NET",
     .judge = &judgeOverlayEncryption,
     .doc = {.source = "api",
             .reads = "`/networks` overlay Options.encrypted",
             .verdict = "per overlay network"}},
    {.id = "7.4", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that Docker's secret management commands are used for managing secrets in a swarm cluster"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Swarm secrets are encrypted at rest and given only to the services that need them."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep service secrets in docker secret, not in images or environment variables."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker secret create NAME FILE",
     .judge = &judgeSwarmSecrets,
     .doc = {.source = "api",
             .reads = "`/secrets` not collected",
             .verdict = "note in a swarm, info outside"}},
    {.id = "7.5", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that swarm manager is run in auto-lock mode"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without auto-lock the keys that decrypt the swarm's Raft log lie on disk unprotected."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Turn on auto-lock."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker swarm update --autolock=true",
     .judge = &judgeAutoLock,
     .doc = {.source = "api",
             .reads = "`/swarm/unlockkey` not collected",
             .verdict = "unknown in a swarm, pass outside"}},
    {.id = "7.6", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the swarm manager auto-lock key is rotated periodically"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A key that never changes stays useful to whoever once copied it."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Rotate the unlock key periodically."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker swarm unlock-key --rotate",
     .judge = &judgeUnlockKeyRotation,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
    {.id = "7.7", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that node certificates are rotated as appropriate"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Long-lived node certificates stay useful to whoever once copied them."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set a node certificate expiry that fits your policy."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker swarm update --cert-expiry 48h",
     .judge = &judgeNodeCertRotation,
     .doc = {.source = "api",
             .reads = "/info Swarm.Cluster.Spec.CAConfig.NodeCertExpiry when present",
             .verdict = "the expiry"}},
    {.id = "7.8", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that CA certificates are rotated as appropriate"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A CA that never changes stays useful to whoever once copied its key."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Rotate the swarm CA periodically."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker swarm ca --rotate",
     .judge = &judgeCaRotation,
     .doc = {.source = "none", .reads = "manual", .verdict = "note"}},
    {.id = "7.9", .section = "7",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that management plane traffic is separated from data plane traffic"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Management traffic on the data network can be disturbed or observed by workloads."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use a separate --data-path-addr."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker swarm init --advertise-addr MGMT --data-path-addr DATA",
     .judge = &judgeDataPathSeparation,
     .doc = {.source = "api", .reads = "/info Swarm.NodeAddr", .verdict = "note"}},
};

} // namespace

std::span<const CheckDefinition> operationsCheckDefinitions()
{
    return s_operationsCheckDefs;
}

} // namespace dockscope::core
