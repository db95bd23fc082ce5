// SPDX-License-Identifier: GPL-3.0-or-later
// §1 Host configuration.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"

#include <QCoreApplication>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

bool exists(const CheckContext &c, const QString &path)
{
    return c.fs() && c.fs()->stat(path).has_value();
}

QString unescapeMount(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'\\' && i + 3 < s.size()) {
            bool ok = false;
            const int code = s.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

void judgePartition(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const std::optional<QString> dataRoot = c.requireDataRoot(r);
    if (!dataRoot)
        return;
    const QString &root = *dataRoot;
    const QString mi = c.daemonPid() ? u"/proc/%1/mountinfo"_s.arg(*c.daemonPid()) : u"/proc/self/mountinfo"_s;
    const Result<QByteArray> text = c.fs()->readFile(mi);
    r.source = EvidenceSource::Proc;
    if (!text) {
        setUnknown(r, text.error());
        return;
    }
    QString best;
    QString bestLine;
    for (const QByteArray &raw : text.value().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 5)
            continue;
        const QString mp = unescapeMount(f.at(4));
        const bool under = root == mp || mp == u"/"_s || root.startsWith(mp + u'/');
        if (under && mp.size() >= best.size()) {
            best = mp;
            const qsizetype dash = f.indexOf(u"-"_s);
            bestLine = dash >= 0 && dash + 2 < f.size() ? f.at(dash + 1) + u' ' + f.at(dash + 2) : QString();
        }
    }
    if (best.isEmpty()) {
        setUnknown(r, Error{ErrorCode::ParseError, mi + u": no mount holds "_s + root});
        return;
    }
    addEvidence(r, mi, u"mount point %1 (%2)"_s.arg(best, bestLine));
    r.status = best == u"/"_s ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeTrustedUsers(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (!c.requireHostAccess(r))
        return;
    r.source = EvidenceSource::HostFiles;
    if (!c.groups()) {
        setUnknown(r, c.groups().error());
        return;
    }
    std::optional<quint32> gid;
    const QString sock = c.socketPath();
    if (!sock.isEmpty()) {
        const Result<FileStat> st = c.fs()->stat(sock);
        if (st) {
            gid = st->gid;
            addEvidence(r, sock, ownerText(c, st.value()) + u' ' + modeText(st.value()));
        }
    }
    if (!gid) {
        for (const GroupEntry &g : c.groups().value()) {
            if (g.name == u"docker"_s)
                gid = g.gid;
        }
    }
    if (!gid) {
        addEvidence(r, u"/etc/group"_s, u"no docker group"_s);
        r.status = CheckStatus::Pass;
        return;
    }
    QStringList members = c.groupMembers(*gid);
    members.removeAll(u"root"_s);
    const QString name = c.groupName(*gid);
    addEvidence(r, u"/etc/group "_s + (name.isEmpty() ? QString::number(*gid) : name),
                members.isEmpty() ? u"no members"_s : members.join(u", "_s));
    if (*gid == 0) {
        r.status = CheckStatus::Pass;   // only root's group: as restricted as it gets
        return;
    }
    r.status = members.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
    if (!members.isEmpty())
        r.remedyCode = u"gpasswd -d USER %1"_s.arg(name.isEmpty() ? u"docker"_s : name);
}

/// optional: the path may legitimately not exist on this host (Info "absent").
void judgeAuditRule(const CheckContext &c, CheckResult &r, const QString &path, bool optional = true)
{
    if (!c.requireHostAccess(r))
        return;
    r.source = EvidenceSource::HostFiles;
    r.remedyCode = u"echo '-w %1 -k docker' >> /etc/audit/rules.d/docker.rules && augenrules --load"_s.arg(path);
    const AuditRules &rules = c.auditRules();
    if (!rules.known()) {
        setUnknown(r, rules.error());
        return;
    }
    if (path.isEmpty()) {
        r.status = CheckStatus::Info;
        addEvidence(r, u"path"_s, u"not present on this host"_s);
        return;
    }
    addEvidence(r, u"watched path"_s, path);
    if (optional && !exists(c, path)) {
        r.status = CheckStatus::Info;
        addEvidence(r, path, u"absent: nothing to audit"_s);
        return;
    }
    if (const AuditRules::Rule *rule = rules.ruleFor(path)) {
        addEvidence(r, u"%1:%2"_s.arg(rule->file).arg(rule->line), rule->text);
        r.status = CheckStatus::Pass;
        return;
    }
    addEvidence(r, rules.auditDirExists() ? u"/etc/audit/audit.rules, /etc/audit/rules.d/*.rules"_s
                                          : u"/etc/audit"_s,
                rules.auditDirExists() ? u"no rule watches "_s + path : u"absent (auditd not configured)"_s);
    r.status = CheckStatus::Warn;
}

constexpr const char *s_auditRationale = QT_TRANSLATE_NOOP("Checks", "Auditing records who changed or used Docker's files and binaries, which matters after an incident.");
constexpr const char *s_auditRemedy = QT_TRANSLATE_NOOP("Checks", "Add a file watch rule for this path to the audit rules and reload them.");
/// docs/checks.md: what every audit-rule check (1.1.3 … 1.1.18) reads and decides.
constexpr CheckDoc s_auditDoc{
    .source = "host-files",
    .reads = "`/etc/audit/audit.rules`, `/etc/audit/rules.d/*.rules`: a `-w PATH` or `-F path=`/`dir=` rule "
             "for exactly that path",
    .verdict = "pass: the rule line (file:line); warn: no rule; info: the path does not exist on this host; "
               "unknown: rules unreadable"};

void judgeAuditDaemonBinary(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, daemonBinaryPath(c), false);
}

void judgeAuditRunContainerd(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, u"/run/containerd"_s);
}

void judgeAuditDataRoot(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const QString root = c.input().info.dockerRootDir;
    judgeAuditRule(c, r, root.isEmpty() ? u"/var/lib/docker"_s : root, false);
}

void judgeAuditEtcDocker(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, u"/etc/docker"_s);
}

void judgeAuditDockerService(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, systemdUnitPath(c, u"docker.service"_s));
}

void judgeAuditContainerdSocket(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, containerdSocketPath(c));
}

void judgeAuditDockerSocketUnit(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, systemdUnitPath(c, u"docker.socket"_s));
}

void judgeAuditEtcDefaultDocker(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, u"/etc/default/docker"_s);
}

void judgeAuditDaemonJson(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, c.config().configPath());
}

void judgeAuditContainerdConfig(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, u"/etc/containerd/config.toml"_s);
}

void judgeAuditEtcSysconfigDocker(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, u"/etc/sysconfig/docker"_s);
}

void judgeAuditContainerdBinary(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, binaryPath(c, u"containerd"_s));
}

void judgeAuditContainerdShim(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, binaryPath(c, u"containerd-shim"_s));
}

void judgeAuditContainerdShimRuncV1(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, binaryPath(c, u"containerd-shim-runc-v1"_s));
}

void judgeAuditContainerdShimRuncV2(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, binaryPath(c, u"containerd-shim-runc-v2"_s));
}

void judgeAuditRunc(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    judgeAuditRule(c, r, binaryPath(c, u"runc"_s));
}

void judgeHostHardened(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.status = CheckStatus::Note;
    addEvidence(r, u"/info OperatingSystem"_s, c.input().info.operatingSystem);
    addEvidence(r, u"/info KernelVersion"_s, c.input().info.kernelVersion);
    r.source = EvidenceSource::Api;
}

void judgeDockerVersion(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.status = CheckStatus::Note;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/version Version"_s, c.input().version.version);
    addEvidence(r, u"/version ApiVersion"_s, c.input().version.apiVersion);
}

const CheckDefinition s_hostCheckDefs[] = {
    {.id = "1.1.1", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure a separate partition for containers has been created"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Containers and images can fill the file system that holds the daemon's data root; on the root partition that stops the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Put the daemon's data root on its own partition or logical volume."),
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "mount /dev/<vg>/docker /var/lib/docker   # and add it to /etc/fstab",
     .judge = &judgePartition,
     .doc = {.source = "proc + api",
             .reads = "`/info` DockerRootDir; `/proc/<daemonPid>/mountinfo` (else "
                      "`/proc/self/mountinfo`)",
             .verdict = "the mount point holding the data root and its device; warn when it is `/`"}},
    {.id = "1.1.2", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure only trusted users are allowed to control Docker daemon"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Every member of the socket's group can start a privileged container and so is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove every user who should not be root from the socket's group."),
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command, .remedyCode = "gpasswd -d USER docker",
     .judge = &judgeTrustedUsers,
     .doc = {.source = "host-files",
             .reads = "stat of the socket in use → its group; `/etc/group` members + `/etc/passwd` "
                      "primary members",
             .verdict = "the members (root excluded); warn when any"}},
    {.id = "1.1.3", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for the Docker daemon"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditDaemonBinary,
     .doc = s_auditDoc},
    {.id = "1.1.4", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /run/containerd"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditRunContainerd,
     .doc = s_auditDoc},
    {.id = "1.1.5", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /var/lib/docker"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditDataRoot,
     .doc = s_auditDoc},
    {.id = "1.1.6", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/docker"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditEtcDocker,
     .doc = s_auditDoc},
    {.id = "1.1.7", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - docker.service"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditDockerService,
     .doc = s_auditDoc},
    {.id = "1.1.8", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - containerd.sock"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdSocket,
     .doc = s_auditDoc},
    {.id = "1.1.9", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - docker.socket"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditDockerSocketUnit,
     .doc = s_auditDoc},
    {.id = "1.1.10", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/default/docker"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditEtcDefaultDocker,
     .doc = s_auditDoc},
    {.id = "1.1.11", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/docker/daemon.json"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditDaemonJson,
     .doc = s_auditDoc},
    {.id = "1.1.12", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/containerd/config.toml"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdConfig,
     .doc = s_auditDoc},
    {.id = "1.1.13", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/sysconfig/docker"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditEtcSysconfigDocker,
     .doc = s_auditDoc},
    {.id = "1.1.14", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdBinary,
     .doc = s_auditDoc},
    {.id = "1.1.15", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdShim,
     .doc = s_auditDoc},
    {.id = "1.1.16", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v1"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdShimRuncV1,
     .doc = s_auditDoc},
    {.id = "1.1.17", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v2"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditContainerdShimRuncV2,
     .doc = s_auditDoc},
    {.id = "1.1.18", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/runc"),
     .rationale = s_auditRationale,
     .remedyText = s_auditRemedy,
     .scope = CheckScope::Host, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeAuditRunc,
     .doc = s_auditDoc},
    {.id = "1.2.1", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure the container host has been Hardened"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Containers share the host's kernel: a weak host weakens every container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Review the host against a hardening guide for its distribution (CIS distribution benchmark, grsecurity, SELinux or AppArmor)."),
     .scope = CheckScope::Host, .severity = Severity::Medium, .manual = true,
     .remedyKind = RemedyKind::Prose,
     .judge = &judgeHostHardened,
     .doc = {.source = "api",
             .reads = "`/info` OperatingSystem, KernelVersion",
             .verdict = "note only (manual)"}},
    {.id = "1.2.2", .section = "1",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the version of Docker is up to date"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Old releases carry known vulnerabilities; a release feed is needed to tell which version is current."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Compare the version with your distribution's or Docker's current release and update."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "apt-get install --only-upgrade docker.io",
     .judge = &judgeDockerVersion,
     .doc = {.source = "api",
             .reads = "`/version` Version, ApiVersion",
             .verdict = "note only: no release feed offline"}},
};

} // namespace

std::span<const CheckDefinition> hostCheckDefinitions()
{
    return s_hostCheckDefs;
}

QString daemonBinaryPath(const CheckContext &c)
{
    if (c.fs() && c.daemonPid()) {
        const Result<QString> exe = c.fs()->readLink(u"/proc/%1/exe"_s.arg(*c.daemonPid()));
        if (exe && !exe->isEmpty())
            return QString(exe.value()).remove(u" (deleted)"_s);
    }
    const QString found = binaryPath(c, u"dockerd"_s);
    return found.isEmpty() ? u"/usr/bin/dockerd"_s : found;
}

QString systemdUnitPath(const CheckContext &c, const QString &unit)
{
    const QString dirs[] = {u"/etc/systemd/system/"_s, u"/run/systemd/system/"_s, u"/usr/lib/systemd/system/"_s,
                            u"/lib/systemd/system/"_s};
    for (const QString &d : dirs) {
        if (exists(c, d + unit))
            return d + unit;
    }
    return QString();
}

QString containerdSocketPath(const CheckContext &c)
{
    const DaemonConfig::Setting s = c.config().setting(u"containerd"_s);
    if (s.present)
        return s.stringValue();
    const DaemonConfig::Setting execRoot = c.config().setting(u"exec-root"_s);
    QString managed = (execRoot.present ? execRoot.stringValue() : u"/var/run/docker"_s)
                            + u"/containerd/containerd.sock"_s;
    if (exists(c, managed))
        return managed;
    return u"/run/containerd/containerd.sock"_s;
}

QString binaryPath(const CheckContext &c, const QString &name)
{
    const QString dirs[] = {u"/usr/bin/"_s, u"/usr/sbin/"_s, u"/usr/local/bin/"_s, u"/bin/"_s, u"/sbin/"_s};
    for (const QString &d : dirs) {
        if (exists(c, d + name))
            return d + name;
    }
    return u"/usr/bin/"_s + name;
}

} // namespace dockscope::core
