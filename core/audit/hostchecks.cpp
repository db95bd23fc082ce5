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
    if (!c.requireHostAccess(r))
        return;
    const QString root = c.input().info.dockerRootDir;
    if (root.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"/info has no DockerRootDir"_s});
        return;
    }
    addEvidence(r, u"/info DockerRootDir"_s, root);
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

const CheckDefinition s_defs[] = {
    {"1.1.1", "1", QT_TRANSLATE_NOOP("Checks", "Ensure a separate partition for containers has been created"),
     QT_TRANSLATE_NOOP("Checks", "Containers and images can fill the file system that holds the daemon's data root; on the root partition that stops the host."),
     QT_TRANSLATE_NOOP("Checks", "Put the daemon's data root on its own partition or logical volume."),
     CheckScope::Host, Severity::Low, false, RemedyKind::Command,
     "mount /dev/<vg>/docker /var/lib/docker   # and add it to /etc/fstab", judgePartition},
    {"1.1.2", "1", QT_TRANSLATE_NOOP("Checks", "Ensure only trusted users are allowed to control Docker daemon"),
     QT_TRANSLATE_NOOP("Checks", "Every member of the socket's group can start a privileged container and so is root on the host."),
     QT_TRANSLATE_NOOP("Checks", "Remove every user who should not be root from the socket's group."),
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "gpasswd -d USER docker", judgeTrustedUsers},
    {"1.1.3", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for the Docker daemon"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, daemonBinaryPath(c), false); }},
    {"1.1.4", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /run/containerd"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, u"/run/containerd"_s); }},
    {"1.1.5", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /var/lib/docker"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) {
         const QString root = c.input().info.dockerRootDir;
         judgeAuditRule(c, r, root.isEmpty() ? u"/var/lib/docker"_s : root, false);
     }},
    {"1.1.6", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/docker"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, u"/etc/docker"_s); }},
    {"1.1.7", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - docker.service"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, systemdUnitPath(c, u"docker.service"_s)); }},
    {"1.1.8", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - containerd.sock"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, containerdSocketPath(c)); }},
    {"1.1.9", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - docker.socket"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, systemdUnitPath(c, u"docker.socket"_s)); }},
    {"1.1.10", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/default/docker"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, u"/etc/default/docker"_s); }},
    {"1.1.11", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/docker/daemon.json"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, c.config().configPath()); }},
    {"1.1.12", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/containerd/config.toml"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, u"/etc/containerd/config.toml"_s); }},
    {"1.1.13", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /etc/sysconfig/docker"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, u"/etc/sysconfig/docker"_s); }},
    {"1.1.14", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, binaryPath(c, u"containerd"_s)); }},
    {"1.1.15", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, binaryPath(c, u"containerd-shim"_s)); }},
    {"1.1.16", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v1"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, binaryPath(c, u"containerd-shim-runc-v1"_s)); }},
    {"1.1.17", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v2"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, binaryPath(c, u"containerd-shim-runc-v2"_s)); }},
    {"1.1.18", "1", QT_TRANSLATE_NOOP("Checks", "Ensure auditing is configured for Docker files and directories - /usr/bin/runc"), s_auditRationale, s_auditRemedy,
     CheckScope::Host, Severity::Low, false, RemedyKind::Command, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) { judgeAuditRule(c, r, binaryPath(c, u"runc"_s)); }},
    {"1.2.1", "1", QT_TRANSLATE_NOOP("Checks", "Ensure the container host has been Hardened"),
     QT_TRANSLATE_NOOP("Checks", "Containers share the host's kernel: a weak host weakens every container."),
     QT_TRANSLATE_NOOP("Checks", "Review the host against a hardening guide for its distribution (CIS distribution benchmark, grsecurity, SELinux or AppArmor)."),
     CheckScope::Host, Severity::Medium, true, RemedyKind::Prose, "",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) {
         r.status = CheckStatus::Note;
         addEvidence(r, u"/info OperatingSystem"_s, c.input().info.operatingSystem);
         addEvidence(r, u"/info KernelVersion"_s, c.input().info.kernelVersion);
         r.source = EvidenceSource::Api;
     }},
    {"1.2.2", "1", QT_TRANSLATE_NOOP("Checks", "Ensure that the version of Docker is up to date"),
     QT_TRANSLATE_NOOP("Checks", "Old releases carry known vulnerabilities; a release feed is needed to tell which version is current."),
     QT_TRANSLATE_NOOP("Checks", "Compare the version with your distribution's or Docker's current release and update."),
     CheckScope::Daemon, Severity::Medium, true, RemedyKind::Command, "apt-get install --only-upgrade docker.io",
     [](const CheckContext &c, const CheckTarget &, CheckResult &r) {
         r.status = CheckStatus::Note;
         r.source = EvidenceSource::Api;
         addEvidence(r, u"/version Version"_s, c.input().version.version);
         addEvidence(r, u"/version ApiVersion"_s, c.input().version.apiVersion);
     }},
};

} // namespace

std::span<const CheckDefinition> hostCheckDefinitions()
{
    return s_defs;
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
    const QString managed = (execRoot.present ? execRoot.stringValue() : u"/var/run/docker"_s)
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
