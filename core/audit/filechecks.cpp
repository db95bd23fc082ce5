// SPDX-License-Identifier: GPL-3.0-or-later
// §3 Docker daemon configuration files.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"
#include "core/audit/filejudge.h"

#include <QCoreApplication>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

void ownership(const CheckContext &c, CheckResult &r, const QString &path, const QList<quint32> &gids = {0})
{
    r.remedyCode = u"chown root:root %1"_s.arg(path);
    if (path.isEmpty()) {
        if (c.requireHostAccess(r)) {
            r.status = CheckStatus::Info;
            r.source = EvidenceSource::HostFiles;
            addEvidence(r, u"path"_s, u"not present on this host"_s);
        }
        return;
    }
    if (const std::optional<FileStat> st = statForCheck(c, path, r))
        r.status = judgeOwnership(*st, gids);
}

void mode(const CheckContext &c, CheckResult &r, const QString &path, quint32 allowed)
{
    r.remedyCode = u"chmod %1 %2"_s.arg(QString::number(allowed, 8), path);
    if (path.isEmpty()) {
        if (c.requireHostAccess(r)) {
            r.status = CheckStatus::Info;
            r.source = EvidenceSource::HostFiles;
            addEvidence(r, u"path"_s, u"not present on this host"_s);
        }
        return;
    }
    if (const std::optional<FileStat> st = statForCheck(c, path, r))
        r.status = judgeMode(*st, allowed);
}

/// Both verdicts over every file under /etc/docker/certs.d/*/.
void registryCerts(const CheckContext &c, CheckResult &r, bool checkMode)
{
    if (!c.requireHostAccess(r))
        return;
    r.source = EvidenceSource::HostFiles;
    r.remedyCode = checkMode ? u"chmod 444 /etc/docker/certs.d/*/*"_s : u"chown root:root /etc/docker/certs.d/*/*"_s;
    const QString base = u"/etc/docker/certs.d"_s;
    const Result<QStringList> dirs = c.fs()->listDir(base);
    if (!dirs) {
        if (dirs.error().code == ErrorCode::NotFound) {
            r.status = CheckStatus::Info;
            addEvidence(r, base, u"absent: no registry certificates"_s);
        } else {
            setUnknown(r, dirs.error());
        }
        return;
    }
    r.status = CheckStatus::Pass;
    int files = 0;
    for (const QString &d : dirs.value()) {
        const Result<QStringList> entries = c.fs()->listDir(base + u'/' + d);
        if (!entries) {
            if (entries.error().code == ErrorCode::NotFound)
                continue;   // removed in between
            // A directory we cannot list may hold certificates we cannot judge.
            setUnknown(r, entries.error());
            return;
        }
        for (const QString &f : entries.value()) {
            const QString path = base + u'/' + d + u'/' + f;
            const Result<FileStat> st = c.fs()->stat(path);
            if (!st) {
                setUnknown(r, st.error());
                return;
            }
            ++files;
            const CheckStatus s = checkMode ? judgeMode(st.value(), 0444) : judgeOwnership(st.value());
            addEvidence(r, path, ownerText(c, st.value()) + u' ' + modeText(st.value()));
            if (s != CheckStatus::Pass)
                r.status = s;
        }
    }
    if (files == 0) {
        r.status = CheckStatus::Info;
        addEvidence(r, base, u"no certificate files"_s);
    }
}

/// TLS file named by a daemon option: Info when TLS is not configured.
void tlsFile(const CheckContext &c, CheckResult &r, const QString &key, bool checkMode, quint32 allowed)
{
    if (!c.requireHostAccess(r))
        return;
    const DaemonConfig::Setting s = c.config().setting(key);
    if (!s.known) {
        setUnknown(r, s.why);
        return;
    }
    if (!s.present) {
        r.status = CheckStatus::Info;
        r.source = s.source;
        addEvidence(r, s.evidenceKey, s.evidenceValue + u": TLS not configured"_s);
        return;
    }
    addEvidence(r, s.evidenceKey, s.evidenceValue);
    if (checkMode)
        mode(c, r, s.stringValue(), allowed);
    else
        ownership(c, r, s.stringValue());
}

void judgeSocketOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const QString sock = c.socketPath();
    if (!c.requireHostAccess(r))
        return;
    if (sock.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"connected without a local unix socket"_s});
        return;
    }
    r.remedyCode = u"chown root:docker %1"_s.arg(sock);
    if (c.daemonRootless()) {
        // A rootless daemon's socket belongs to the daemon's owner, as everything of it does.
        const std::optional<quint32> owner = c.daemonOwnerUid();
        if (!owner) {
            setUnknown(r, Error{ErrorCode::Unavailable, u"the rootless daemon's owner is unknown"_s});
            return;
        }
        const QString name = c.userName(*owner).isEmpty() ? QString::number(*owner) : c.userName(*owner);
        addEvidence(r, u"daemon owner (rootless)"_s, name);
        r.remedyCode = u"chown %1 %2"_s.arg(name, sock);
        const std::optional<FileStat> st = statForCheck(c, sock, r, false);
        if (!st)
            return;
        if (st->uid != *owner) {
            r.status = CheckStatus::Fail;
            return;
        }
        // Its group may connect too when it has the group bits: only the owner should be in it.
        QStringList others = c.groupMembers(st->gid);
        others.removeAll(name);
        others.removeAll(u"root"_s);
        r.status = (st->permissions() & 0060) && !others.isEmpty() ? CheckStatus::Warn : CheckStatus::Pass;
        return;
    }
    const std::optional<FileStat> st = statForCheck(c, sock, r, false);
    if (!st)
        return;
    if (st->uid != 0) {
        r.status = CheckStatus::Fail;
        return;
    }
    const QString group = c.groupName(st->gid);
    // root:docker as CIS asks; root:root is stricter still (only root can connect).
    r.status = (st->gid == 0 || group == u"docker"_s) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeSocketMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const QString sock = c.socketPath();
    if (!c.requireHostAccess(r))
        return;
    if (sock.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"connected without a local unix socket"_s});
        return;
    }
    r.remedyCode = u"chmod 660 %1"_s.arg(sock);
    if (std::optional<FileStat> st = statForCheck(c, sock, r, false)) {
        // The sticky bit on a socket grants nothing (dockerd sets it on a rootless socket in
        // $XDG_RUNTIME_DIR so that the runtime dir's cleaner leaves it alone).
        st->mode &= ~quint32(01000);
        r.status = judgeMode(*st, 0660);
    }
}

constexpr const char *s_ownRationale = QT_TRANSLATE_NOOP("Checks", "Whoever owns this file can change how the daemon runs, which is root on the host.");
constexpr const char *s_modeRationale = QT_TRANSLATE_NOOP("Checks", "Whoever can write this file can change how the daemon runs, which is root on the host.");
constexpr const char *s_ownRemedy = QT_TRANSLATE_NOOP("Checks", "Give the file to root:root.");
constexpr const char *s_modeRemedy = QT_TRANSLATE_NOOP("Checks", "Remove the write permissions of group and others.");
/// docs/checks.md: how every ownership check decides.
constexpr const char *s_ownershipVerdict =
    "owner uid:gid (names from /etc/group, /etc/passwd) and mode; info when absent";

void judgeDockerServiceOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, systemdUnitPath(c, u"docker.service"_s));
}

void judgeDockerServiceMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, systemdUnitPath(c, u"docker.service"_s), 0644);
}

void judgeDockerSocketUnitOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, systemdUnitPath(c, u"docker.socket"_s));
}

void judgeDockerSocketUnitMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, systemdUnitPath(c, u"docker.socket"_s), 0644);
}

void judgeEtcDockerOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, u"/etc/docker"_s);
}

void judgeEtcDockerMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, u"/etc/docker"_s, 0755);
}

void judgeRegistryCertsOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    registryCerts(c, r, false);
}

void judgeRegistryCertsMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    registryCerts(c, r, true);
}

void judgeTlsCaCertOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlscacert"_s, false, 0);
}

void judgeTlsCaCertMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlscacert"_s, true, 0444);
}

void judgeTlsCertOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlscert"_s, false, 0);
}

void judgeTlsCertMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlscert"_s, true, 0444);
}

void judgeTlsKeyOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlskey"_s, false, 0);
}

void judgeTlsKeyMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    tlsFile(c, r, u"tlskey"_s, true, 0400);
}

void judgeDaemonJsonOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, c.config().configPath());
}

void judgeDaemonJsonMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, c.config().configPath(), 0644);
}

void judgeEtcDefaultDockerOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, u"/etc/default/docker"_s);
}

void judgeEtcDefaultDockerMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, u"/etc/default/docker"_s, 0644);
}

void judgeEtcSysconfigDockerMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, u"/etc/sysconfig/docker"_s, 0644);
}

void judgeEtcSysconfigDockerOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, u"/etc/sysconfig/docker"_s);
}

void judgeContainerdSocketOwnership(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    ownership(c, r, containerdSocketPath(c));
}

void judgeContainerdSocketMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    mode(c, r, containerdSocketPath(c), 0660);
}

const CheckDefinition s_fileCheckDefs[] = {
    {.id = "3.1", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the docker.service file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDockerServiceOwnership,
     .doc = {.source = "host-files",
             .reads = "stat docker.service (first of /etc/systemd/system, /run/systemd/system, "
                      "/usr/lib/systemd/system, /lib/systemd/system)",
             .verdict = s_ownershipVerdict}},
    {.id = "3.2", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that docker.service file permissions are appropriately set"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDockerServiceMode,
     .doc = {.source = "host-files", .reads = "stat docker.service", .verdict = "mode ≤ 0644"}},
    {.id = "3.3", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that docker.socket file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDockerSocketUnitOwnership,
     .doc = {.source = "host-files",
             .reads = "stat docker.socket unit",
             .verdict = s_ownershipVerdict}},
    {.id = "3.4", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that docker.socket file permissions are set to 644 or more restrictive"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDockerSocketUnitMode,
     .doc = {.source = "host-files", .reads = "stat docker.socket unit", .verdict = "mode ≤ 0644"}},
    {.id = "3.5", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/docker directory ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcDockerOwnership,
     .doc = {.source = "host-files", .reads = "stat /etc/docker", .verdict = s_ownershipVerdict}},
    {.id = "3.6", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that /etc/docker directory permissions are set to 755 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcDockerMode,
     .doc = {.source = "host-files", .reads = "stat /etc/docker", .verdict = "mode ≤ 0755"}},
    {.id = "3.7", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that registry certificate file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeRegistryCertsOwnership,
     .doc = {.source = "host-files",
             .reads = "stat every file under /etc/docker/certs.d/*/",
             .verdict = "owner uid:gid (names from /etc/group, /etc/passwd) and mode; info when "
                        "absent; unknown when a registry directory cannot be listed"}},
    {.id = "3.8", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that registry certificate file permissions are set to 444 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Make the certificate files read-only (444)."),
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeRegistryCertsMode,
     .doc = {.source = "host-files",
             .reads = "stat every file under /etc/docker/certs.d/*/",
             .verdict = "mode ≤ 0444; unknown when a registry directory cannot be listed"}},
    {.id = "3.9", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that TLS CA certificate file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsCaCertOwnership,
     .doc = {.source = "host-files",
             .reads = "stat the `tlscacert` named in cmdline/daemon.json",
             .verdict = "info when TLS is not configured"}},
    {.id = "3.10", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that TLS CA certificate file permissions are set to 444 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Make the CA certificate read-only (444)."),
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsCaCertMode,
     .doc = {.source = "host-files", .reads = "stat tlscacert", .verdict = "mode ≤ 0444"}},
    {.id = "3.11", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that Docker server certificate file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsCertOwnership,
     .doc = {.source = "host-files", .reads = "stat tlscert", .verdict = s_ownershipVerdict}},
    {.id = "3.12", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate file permissions are set to 444 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Make the server certificate read-only (444)."),
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsCertMode,
     .doc = {.source = "host-files", .reads = "stat tlscert", .verdict = "mode ≤ 0444"}},
    {.id = "3.13", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate key file ownership is set to root:root"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever owns the server key can impersonate the daemon."),
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsKeyOwnership,
     .doc = {.source = "host-files", .reads = "stat tlskey", .verdict = s_ownershipVerdict}},
    {.id = "3.14", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate key file permissions are set to 400"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can read the server key can impersonate the daemon."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Make the key readable by root only (400)."),
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeTlsKeyMode,
     .doc = {.source = "host-files", .reads = "stat tlskey", .verdict = "mode ≤ 0400"}},
    {.id = "3.15", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker socket file ownership is set to root:docker"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can connect to the socket in use commands the daemon, which is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Give the socket in use to root and the docker group (or root's group)."),
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeSocketOwnership,
     .doc = {.source = "host-files",
             .reads = "stat the socket in use (CollectContext.socketPath / endpoint), never a "
                      "hard-coded path",
             .verdict = "root:docker or root:root pass; other group warn; non-root owner fail. "
                        "Rootless: the daemon's owner (its process's uid, else the socket's owner) "
                        "must own it"}},
    {.id = "3.16", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker socket file permissions are set to 660 or more restrictively"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can connect to the socket in use commands the daemon, which is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove all permissions of others on the socket in use (660)."),
     .scope = CheckScope::Host, .severity = Severity::Critical,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeSocketMode,
     .doc = {.source = "host-files", .reads = "stat the socket in use", .verdict = "mode ≤ 0660"}},
    {.id = "3.17", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the daemon.json file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDaemonJsonOwnership,
     .doc = {.source = "host-files",
             .reads = "stat the config file in use (`--config-file`, else /etc/docker/daemon.json)",
             .verdict = s_ownershipVerdict}},
    {.id = "3.18", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that daemon.json file permissions are set to 644 or more restrictive"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeDaemonJsonMode,
     .doc = {.source = "host-files",
             .reads = "stat the config file in use",
             .verdict = "mode ≤ 0644"}},
    {.id = "3.19", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/default/docker file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcDefaultDockerOwnership,
     .doc = {.source = "host-files",
             .reads = "stat /etc/default/docker",
             .verdict = s_ownershipVerdict}},
    {.id = "3.20", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/default/docker file permissions are set to 644 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcDefaultDockerMode,
     .doc = {.source = "host-files",
             .reads = "stat /etc/default/docker",
             .verdict = "mode ≤ 0644"}},
    {.id = "3.21", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/sysconfig/docker file permissions are set to 644 or more restrictively"),
     .rationale = s_modeRationale,
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcSysconfigDockerMode,
     .doc = {.source = "host-files",
             .reads = "stat /etc/sysconfig/docker",
             .verdict = "mode ≤ 0644"}},
    {.id = "3.22", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/sysconfig/docker file ownership is set to root:root"),
     .rationale = s_ownRationale,
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeEtcSysconfigDockerOwnership,
     .doc = {.source = "host-files",
             .reads = "stat /etc/sysconfig/docker",
             .verdict = s_ownershipVerdict}},
    {.id = "3.23", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Containerd socket file ownership is set to root:root"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can connect to containerd's socket can run containers around the Docker daemon."),
     .remedyText = s_ownRemedy,
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeContainerdSocketOwnership,
     .doc = {.source = "host-files",
             .reads = "stat containerd socket: `--containerd`, else "
                      "<exec-root>/containerd/containerd.sock, else "
                      "/run/containerd/containerd.sock",
             .verdict = s_ownershipVerdict}},
    {.id = "3.24", .section = "3",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Containerd socket file permissions are set to 660 or more restrictively"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can connect to containerd's socket can run containers around the Docker daemon."),
     .remedyText = s_modeRemedy,
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .judge = &judgeContainerdSocketMode,
     .doc = {.source = "host-files", .reads = "stat containerd socket", .verdict = "mode ≤ 0660"}},
};

} // namespace

std::span<const CheckDefinition> fileCheckDefinitions()
{
    return s_fileCheckDefs;
}

} // namespace dockscope::core
