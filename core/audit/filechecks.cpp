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

void socketOwner(const CheckContext &c, CheckResult &r)
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

void socketMode(const CheckContext &c, CheckResult &r)
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
#define J [](const CheckContext &c, const CheckTarget &, CheckResult &r)

const CheckDefinition s_defs[] = {
    {"3.1", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the docker.service file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, systemdUnitPath(c, u"docker.service"_s)); }},
    {"3.2", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that docker.service file permissions are appropriately set"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, systemdUnitPath(c, u"docker.service"_s), 0644); }},
    {"3.3", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that docker.socket file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, systemdUnitPath(c, u"docker.socket"_s)); }},
    {"3.4", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that docker.socket file permissions are set to 644 or more restrictive"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, systemdUnitPath(c, u"docker.socket"_s), 0644); }},
    {"3.5", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/docker directory ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, u"/etc/docker"_s); }},
    {"3.6", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that /etc/docker directory permissions are set to 755 or more restrictively"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, u"/etc/docker"_s, 0755); }},
    {"3.7", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that registry certificate file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { registryCerts(c, r, false); }},
    {"3.8", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that registry certificate file permissions are set to 444 or more restrictively"), s_modeRationale,
     QT_TRANSLATE_NOOP("Checks", "Make the certificate files read-only (444)."),
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { registryCerts(c, r, true); }},
    {"3.9", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that TLS CA certificate file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlscacert"_s, false, 0); }},
    {"3.10", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that TLS CA certificate file permissions are set to 444 or more restrictively"), s_modeRationale,
     QT_TRANSLATE_NOOP("Checks", "Make the CA certificate read-only (444)."),
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlscacert"_s, true, 0444); }},
    {"3.11", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that Docker server certificate file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlscert"_s, false, 0); }},
    {"3.12", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate file permissions are set to 444 or more restrictively"), s_modeRationale,
     QT_TRANSLATE_NOOP("Checks", "Make the server certificate read-only (444)."),
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlscert"_s, true, 0444); }},
    {"3.13", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate key file ownership is set to root:root"),
     QT_TRANSLATE_NOOP("Checks", "Whoever owns the server key can impersonate the daemon."), s_ownRemedy,
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlskey"_s, false, 0); }},
    {"3.14", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker server certificate key file permissions are set to 400"),
     QT_TRANSLATE_NOOP("Checks", "Whoever can read the server key can impersonate the daemon."), QT_TRANSLATE_NOOP("Checks", "Make the key readable by root only (400)."),
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "",
     J { tlsFile(c, r, u"tlskey"_s, true, 0400); }},
    {"3.15", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker socket file ownership is set to root:docker"),
     QT_TRANSLATE_NOOP("Checks", "Whoever can connect to the socket in use commands the daemon, which is root on the host."),
     QT_TRANSLATE_NOOP("Checks", "Give the socket in use to root and the docker group (or root's group)."),
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "",
     J { socketOwner(c, r); }},
    {"3.16", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker socket file permissions are set to 660 or more restrictively"),
     QT_TRANSLATE_NOOP("Checks", "Whoever can connect to the socket in use commands the daemon, which is root on the host."),
     QT_TRANSLATE_NOOP("Checks", "Remove all permissions of others on the socket in use (660)."),
     CheckScope::Host, Severity::Critical, false, RemedyKind::Command, "",
     J { socketMode(c, r); }},
    {"3.17", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the daemon.json file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, c.config().configPath()); }},
    {"3.18", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that daemon.json file permissions are set to 644 or more restrictive"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, c.config().configPath(), 0644); }},
    {"3.19", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/default/docker file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, u"/etc/default/docker"_s); }},
    {"3.20", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/default/docker file permissions are set to 644 or more restrictively"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, u"/etc/default/docker"_s, 0644); }},
    {"3.21", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/sysconfig/docker file permissions are set to 644 or more restrictively"), s_modeRationale, s_modeRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { mode(c, r, u"/etc/sysconfig/docker"_s, 0644); }},
    {"3.22", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the /etc/sysconfig/docker file ownership is set to root:root"), s_ownRationale, s_ownRemedy,
     CheckScope::Host, Severity::Medium, false, RemedyKind::Command, "",
     J { ownership(c, r, u"/etc/sysconfig/docker"_s); }},
    {"3.23", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Containerd socket file ownership is set to root:root"),
     QT_TRANSLATE_NOOP("Checks", "Whoever can connect to containerd's socket can run containers around the Docker daemon."), s_ownRemedy,
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "",
     J { ownership(c, r, containerdSocketPath(c)); }},
    {"3.24", "3", QT_TRANSLATE_NOOP("Checks", "Ensure that the Containerd socket file permissions are set to 660 or more restrictively"),
     QT_TRANSLATE_NOOP("Checks", "Whoever can connect to containerd's socket can run containers around the Docker daemon."), s_modeRemedy,
     CheckScope::Host, Severity::High, false, RemedyKind::Command, "",
     J { mode(c, r, containerdSocketPath(c), 0660); }},
};

} // namespace

std::span<const CheckDefinition> fileCheckDefinitions()
{
    return s_defs;
}

} // namespace dockscope::core
