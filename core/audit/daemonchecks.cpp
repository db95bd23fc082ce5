// SPDX-License-Identifier: GPL-3.0-or-later
// §2 Docker daemon configuration.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"
#include "core/facts/hostfs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

/// Looks up a daemon option; records evidence, or sets Unknown and returns nullopt.
std::optional<DaemonConfig::Setting> lookup(const CheckContext &c, CheckResult &r, const QString &key)
{
    if (!c.requireHostAccess(r))
        return std::nullopt;
    const DaemonConfig::Setting s = c.config().setting(key);
    if (!s.known) {
        setUnknown(r, s.why);
        return std::nullopt;
    }
    r.source = s.source;
    addEvidence(r, s.evidenceKey, s.evidenceValue);
    return s;
}

const SecurityOption *securityOption(const CheckContext &c, const QString &name)
{
    for (const SecurityOption &o : c.input().info.securityOptions) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

QString securityOptionsText(const CheckContext &c)
{
    QStringList parts;
    for (const SecurityOption &o : c.input().info.securityOptions) {
        QString s = u"name="_s + o.name;
        for (const auto &[k, v] : o.properties)
            s += u',' + k + u'=' + v;
        parts << s;
    }
    return parts.isEmpty() ? u"[]"_s : parts.join(u"; "_s);
}

void judgeIcc(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    // The bridge network's own option is what the daemon enforces; the config is the fallback.
    for (const NetworkSummary &n : c.input().networks) {
        if (n.name == u"bridge"_s && n.driver == u"bridge"_s) {
            const QString icc = n.options.value(u"com.docker.network.bridge.enable_icc"_s).toString();
            r.source = EvidenceSource::Api;
            addEvidence(r, u"/networks/bridge Options com.docker.network.bridge.enable_icc"_s,
                        icc.isEmpty() ? u"(absent: true)"_s : icc);
            r.status = icc == u"false"_s ? CheckStatus::Pass : CheckStatus::Warn;
            return;
        }
    }
    if (!c.input().networks.isEmpty()) {
        // No default bridge (dockerd --bridge=none): containers cannot talk over docker0.
        r.source = EvidenceSource::Api;
        addEvidence(r, u"/networks"_s, u"no default \"bridge\" network"_s);
        r.status = CheckStatus::Pass;
        return;
    }
    if (const auto s = lookup(c, r, u"icc"_s))
        r.status = s->boolValue(true) ? CheckStatus::Warn : CheckStatus::Pass;
}

/// The listeners systemd hands a `dockerd -H fd://` through docker.socket: the unit that wins
/// (/etc, /run, /usr/lib, /lib) and its drop-ins, with "ListenStream=" (empty) resetting the list.
Result<QStringList> socketUnitListeners(const HostFs &fs, QStringList *files)
{
    static const QStringList dirs = {u"/etc/systemd/system"_s, u"/run/systemd/system"_s,
                                     u"/usr/lib/systemd/system"_s, u"/lib/systemd/system"_s};
    QString unit;
    for (const QString &d : dirs) {
        const QString path = d + u"/docker.socket"_s;
        const Result<FileStat> st = fs.stat(path);
        if (st) {
            unit = path;
            break;
        }
        if (st.error().code != ErrorCode::NotFound)
            return st.error();
    }
    if (unit.isEmpty())
        return Error{ErrorCode::NotFound, u"docker.socket: no unit file in /etc, /run, /usr/lib or /lib systemd/system"_s};
    QStringList sources{unit};
    // Drop-ins: by file name across the directories, the earlier directory winning a name.
    QMap<QString, QString> dropIns;
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it) {
        const QString dir = *it + u"/docker.socket.d"_s;
        const Result<QStringList> names = fs.listDir(dir);
        if (!names) {
            if (names.error().code == ErrorCode::NotFound)
                continue;
            return names.error();
        }
        for (const QString &n : *names) {
            if (n.endsWith(u".conf"_s))
                dropIns.insert(n, dir + u'/' + n);
        }
    }
    sources << dropIns.values();
    QStringList listeners;
    for (const QString &path : std::as_const(sources)) {
        const Result<QByteArray> text = fs.readFile(path);
        if (!text)
            return text.error();
        bool inSocket = false;
        for (const QByteArray &raw : text->split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith('[')) {
                inSocket = line == "[Socket]";
                continue;
            }
            if (!inSocket || !line.startsWith("ListenStream"))
                continue;
            const qsizetype eq = line.indexOf('=');
            if (eq < 0 || line.left(eq).trimmed() != "ListenStream")
                continue;
            const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
            if (value.isEmpty())
                listeners.clear();
            else
                listeners << value;
        }
    }
    *files = sources;
    return listeners;
}

/// A systemd ListenStream= value that is a TCP listener: a port, an address:port, [v6]:port
/// (not a path, and not "@abstract" or vsock:).
bool isTcpListenStream(const QString &value)
{
    return !value.startsWith(u'/') && !value.startsWith(u'@') && !value.startsWith(u"vsock:"_s);
}

void judgeTls(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    // The daemon itself warns in /info when it listens on TCP without TLS verification.
    QStringList tcpWarnings;
    for (const QString &w : c.input().info.warnings) {
        if (w.contains(u"without encryption"_s) || w.contains(u"without TLS"_s))
            tcpWarnings << w;
    }
    if (!tcpWarnings.isEmpty()) {
        r.source = EvidenceSource::Api;
        for (const QString &w : std::as_const(tcpWarnings))
            addEvidence(r, u"/info Warnings"_s, w);
        r.status = CheckStatus::Fail;
        return;
    }
    if (!c.fs()) {
        // Older daemons never warn, so the absence of a warning proves nothing.
        addEvidence(r, u"/info Warnings"_s, c.input().info.warnings.isEmpty() ? u"[]"_s : c.input().info.warnings.join(u"; "_s));
        setUnknown(r, Error{ErrorCode::Unavailable, u"no access to the daemon's host: its listeners cannot be read"_s});
        return;
    }
    const DaemonConfig::Setting hosts = c.config().setting(u"hosts"_s);
    if (!hosts.known) {
        setUnknown(r, hosts.why);
        return;
    }
    QStringList tcp;
    bool activated = false;
    for (const QString &h : hosts.listValue()) {
        if (h.startsWith(u"tcp://"_s) || h.startsWith(u"http"_s))
            tcp << h;
        if (h.startsWith(u"fd://"_s))
            activated = true;
    }
    addEvidence(r, hosts.evidenceKey, hosts.present ? hosts.evidenceValue : u"unix socket only"_s);
    r.source = hosts.source;
    if (activated) {
        // -H fd://: the listeners are systemd's, named in docker.socket (possibly TCP).
        QStringList files;
        const Result<QStringList> listeners = socketUnitListeners(*c.fs(), &files);
        if (!listeners) {
            setUnknown(r, listeners.error());
            return;
        }
        addEvidence(r, files.join(u", "_s) + u" ListenStream"_s, listeners->isEmpty() ? u"none"_s : listeners->join(u", "_s));
        r.source = EvidenceSource::HostFiles;
        for (const QString &l : *listeners) {
            if (isTcpListenStream(l))
                tcp << l;
        }
    }
    if (tcp.isEmpty()) {
        r.status = CheckStatus::Pass;
        return;
    }
    const DaemonConfig::Setting verify = c.config().setting(u"tlsverify"_s);
    if (!verify.known) {
        setUnknown(r, verify.why);
        return;
    }
    addEvidence(r, verify.evidenceKey, verify.evidenceValue);
    r.status = verify.boolValue(false) ? CheckStatus::Pass : CheckStatus::Fail;
}

void judgeInsecureRegistries(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    QStringList insecure;
    for (const QString &cidr : c.input().info.insecureRegistryCidrs) {
        if (cidr != u"127.0.0.0/8"_s)   // always present by default: loopback only
            insecure << cidr;
    }
    const QJsonObject index = c.input().info.raw.value(u"RegistryConfig"_s).toObject().value(u"IndexConfigs"_s).toObject();
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (!it.value().toObject().value(u"Secure"_s).toBool(true))
            insecure << it.key();
    }
    addEvidence(r, u"/info RegistryConfig.InsecureRegistryCIDRs"_s, c.input().info.insecureRegistryCidrs.join(u", "_s));
    if (!insecure.isEmpty())
        addEvidence(r, u"insecure registries"_s, insecure.join(u", "_s));
    r.status = insecure.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
}

void judgeSeccompProfile(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info SecurityOptions"_s, securityOptionsText(c));
    const SecurityOption *o = securityOption(c, u"seccomp"_s);
    if (!o) {
        r.status = CheckStatus::Warn;   // no seccomp at all on this daemon
        return;
    }
    QString profile;
    for (const auto &[k, v] : o->properties) {
        if (k == u"profile"_s)
            profile = v;
    }
    r.status = (profile == u"default"_s || profile == u"builtin"_s) ? CheckStatus::Note : CheckStatus::Info;
}

#define J [](const CheckContext &c, const CheckTarget &, CheckResult &r)

const CheckDefinition s_defs[] = {
    {"2.1", "2", QT_TRANSLATE_NOOP("Checks", "Run the Docker daemon as a non-root user, if possible"),
     QT_TRANSLATE_NOOP("Checks", "A rootless daemon runs as an ordinary user: an escape from a container does not give root on the host."),
     QT_TRANSLATE_NOOP("Checks", "Consider running the daemon in rootless mode (dockerd-rootless-setuptool.sh install)."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::Command, "dockerd-rootless-setuptool.sh install",
     J {
         r.source = EvidenceSource::Api;
         addEvidence(r, u"/info SecurityOptions"_s, securityOptionsText(c));
         r.status = c.daemonRootless() ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.2", "2", QT_TRANSLATE_NOOP("Checks", "Ensure network traffic is restricted between containers on the default bridge"),
     QT_TRANSLATE_NOOP("Checks", "On the default bridge every container can reach every other one, so one compromised container can attack its neighbours."),
     QT_TRANSLATE_NOOP("Checks", "Start the daemon with inter-container communication disabled and link containers explicitly through user-defined networks."),
     CheckScope::Daemon, Severity::Medium, false, RemedyKind::DaemonJson, "{ \"icc\": false }", judgeIcc},
    {"2.3", "2", QT_TRANSLATE_NOOP("Checks", "Ensure the logging level is set to 'info'"),
     QT_TRANSLATE_NOOP("Checks", "'info' records what an investigation needs; 'debug' logs too much and lower levels too little."),
     QT_TRANSLATE_NOOP("Checks", "Set the daemon's log level to info (or remove the option: info is the default)."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"log-level\": \"info\" }",
     J {
         if (c.input().info.debug) {
             r.source = EvidenceSource::Api;
             addEvidence(r, u"/info Debug"_s, u"true"_s);
             r.status = CheckStatus::Warn;
             return;
         }
         if (const auto s = lookup(c, r, u"log-level"_s))
             r.status = (!s->present || s->stringValue() == u"info"_s) ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.4", "2", QT_TRANSLATE_NOOP("Checks", "Ensure Docker is allowed to make changes to iptables"),
     QT_TRANSLATE_NOOP("Checks", "Docker keeps its firewall rules in line with the containers' networking only if it may manage iptables."),
     QT_TRANSLATE_NOOP("Checks", "Let the daemon manage iptables (remove --iptables=false)."),
     CheckScope::Daemon, Severity::Medium, false, RemedyKind::DaemonJson, "{ \"iptables\": true }",
     J {
         if (const auto s = lookup(c, r, u"iptables"_s))
             r.status = s->boolValue(true) ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.5", "2", QT_TRANSLATE_NOOP("Checks", "Ensure insecure registries are not used"),
     QT_TRANSLATE_NOOP("Checks", "Images from an insecure registry can be replaced in transit."),
     QT_TRANSLATE_NOOP("Checks", "Remove insecure registries; give each registry a TLS certificate."),
     CheckScope::Daemon, Severity::High, false, RemedyKind::DaemonJson, "{ \"insecure-registries\": [] }", judgeInsecureRegistries},
    {"2.6", "2", QT_TRANSLATE_NOOP("Checks", "Ensure aufs storage driver is not used"),
     QT_TRANSLATE_NOOP("Checks", "aufs is deprecated, out of the mainline kernel and has known crashes."),
     QT_TRANSLATE_NOOP("Checks", "Use overlay2."),
     CheckScope::Daemon, Severity::Medium, false, RemedyKind::DaemonJson, "{ \"storage-driver\": \"overlay2\" }",
     J {
         r.source = EvidenceSource::Api;
         addEvidence(r, u"/info Driver"_s, c.input().info.driver);
         if (c.input().info.driver.isEmpty()) {
             setUnknown(r, Error{ErrorCode::Unavailable, u"/info has no Driver"_s});
             return;
         }
         r.status = c.input().info.driver == u"aufs"_s ? CheckStatus::Fail : CheckStatus::Pass;
     }},
    {"2.7", "2", QT_TRANSLATE_NOOP("Checks", "Ensure TLS authentication for Docker daemon is configured"),
     QT_TRANSLATE_NOOP("Checks", "A TCP listener without TLS client verification gives root on the host to anyone who can reach the port."),
     QT_TRANSLATE_NOOP("Checks", "Listen on TCP only with TLS verification of client certificates, or not at all."),
     CheckScope::Daemon, Severity::Critical, false, RemedyKind::DaemonJson,
     "{ \"tlsverify\": true, \"tlscacert\": \"/etc/docker/ca.pem\", \"tlscert\": \"/etc/docker/server.pem\", \"tlskey\": \"/etc/docker/server-key.pem\" }",
     judgeTls},
    {"2.8", "2", QT_TRANSLATE_NOOP("Checks", "Ensure the default ulimit is configured appropriately"),
     QT_TRANSLATE_NOOP("Checks", "Default ulimits bound what each container may open or fork unless it asks otherwise."),
     QT_TRANSLATE_NOOP("Checks", "Set default ulimits suited to your workloads."),
     CheckScope::Daemon, Severity::Low, true, RemedyKind::DaemonJson,
     "{ \"default-ulimits\": { \"nofile\": { \"Name\": \"nofile\", \"Soft\": 1024, \"Hard\": 4096 } } }",
     J {
         if (const auto s = lookup(c, r, u"default-ulimits"_s))
             r.status = s->present ? CheckStatus::Info : CheckStatus::Warn;
     }},
    {"2.9", "2", QT_TRANSLATE_NOOP("Checks", "Enable user namespace support"),
     QT_TRANSLATE_NOOP("Checks", "With user namespace remapping, root in a container is an unprivileged user on the host."),
     QT_TRANSLATE_NOOP("Checks", "Start the daemon with user namespace remapping."),
     CheckScope::Daemon, Severity::High, false, RemedyKind::DaemonJson, "{ \"userns-remap\": \"default\" }",
     J {
         r.source = EvidenceSource::Api;
         addEvidence(r, u"/info SecurityOptions"_s, securityOptionsText(c));
         if (c.daemonRootless() && !c.daemonRemapsUsers()) {
             r.message = QT_TRANSLATE_NOOP("Checks", "Rootless daemon: root in a container is the daemon owner's "
                                                     "unprivileged uid on the host, so remapping adds nothing.");
         }
         r.status = (c.daemonRemapsUsers() || c.daemonRootless()) ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.10", "2", QT_TRANSLATE_NOOP("Checks", "Ensure the default cgroup usage has been confirmed"),
     QT_TRANSLATE_NOOP("Checks", "A non-default cgroup parent changes which limits apply to every container."),
     QT_TRANSLATE_NOOP("Checks", "Keep the default cgroup parent unless a different one is intended."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"cgroup-parent\": \"\" }",
     J {
         if (const auto s = lookup(c, r, u"cgroup-parent"_s))
             r.status = (!s->present || s->stringValue().isEmpty()) ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.11", "2", QT_TRANSLATE_NOOP("Checks", "Ensure base device size is not changed until needed"),
     QT_TRANSLATE_NOOP("Checks", "A larger base device lets every container fill more of the host's storage."),
     QT_TRANSLATE_NOOP("Checks", "Remove dm.basesize unless it is needed."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"storage-opts\": [] }",
     J {
         if (const auto s = lookup(c, r, u"storage-opts"_s)) {
             bool changed = false;
             for (const QString &o : s->listValue())
                 changed = changed || o.contains(u"dm.basesize"_s);
             r.status = changed ? CheckStatus::Warn : CheckStatus::Pass;
         }
     }},
    {"2.12", "2", QT_TRANSLATE_NOOP("Checks", "Ensure that authorization for Docker client commands is enabled"),
     QT_TRANSLATE_NOOP("Checks", "Without an authorization plugin, every client that reaches the socket may do everything."),
     QT_TRANSLATE_NOOP("Checks", "Install and enable an authorization plugin."),
     CheckScope::Daemon, Severity::Medium, false, RemedyKind::DaemonJson, "{ \"authorization-plugins\": [\"PLUGIN\"] }",
     J {
         r.source = EvidenceSource::Api;
         const QStringList p = c.input().info.authorizationPlugins;
         addEvidence(r, u"/info Plugins.Authorization"_s, p.isEmpty() ? u"null"_s : p.join(u", "_s));
         r.status = p.isEmpty() ? CheckStatus::Warn : CheckStatus::Pass;
     }},
    {"2.13", "2", QT_TRANSLATE_NOOP("Checks", "Ensure centralized and remote logging is configured"),
     QT_TRANSLATE_NOOP("Checks", "Logs kept only on the host can be lost or altered along with it."),
     QT_TRANSLATE_NOOP("Checks", "Use a logging driver that ships logs off the host (syslog, journald, gelf, fluentd …)."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"log-driver\": \"syslog\" }",
     J {
         r.source = EvidenceSource::Api;
         const QString d = c.input().info.loggingDriver;
         addEvidence(r, u"/info LoggingDriver"_s, d);
         if (d.isEmpty()) {
             setUnknown(r, Error{ErrorCode::Unavailable, u"/info has no LoggingDriver"_s});
             return;
         }
         r.status = (d == u"json-file"_s || d == u"local"_s || d == u"none"_s) ? CheckStatus::Warn : CheckStatus::Pass;
     }},
    {"2.14", "2", QT_TRANSLATE_NOOP("Checks", "Ensure containers are restricted from acquiring new privileges"),
     QT_TRANSLATE_NOOP("Checks", "no-new-privileges stops setuid binaries from raising privileges inside every container."),
     QT_TRANSLATE_NOOP("Checks", "Turn on no-new-privileges for the whole daemon."),
     CheckScope::Daemon, Severity::Medium, false, RemedyKind::DaemonJson, "{ \"no-new-privileges\": true }",
     J {
         if (const auto s = lookup(c, r, u"no-new-privileges"_s)) {
             r.status = s->boolValue(false) ? CheckStatus::Pass : CheckStatus::Warn;
             return;
         }
         // The config could not be read; a running container without the option but with
         // NoNewPrivs 0 proves the daemon-wide option is off.
         for (const ContainerFacts &f : c.input().containers) {
             const bool declared = f.capabilities.securityOpt.contains(u"no-new-privileges"_s)
                                   || f.capabilities.securityOpt.contains(u"no-new-privileges:true"_s);
             if (!declared && f.capabilities.noNewPrivs.isKnown() && !*f.capabilities.noNewPrivs.value) {
                 r.evidence.clear();
                 r.unknownReason.reset();
                 addEvidence(r, u"/proc/%1/status NoNewPrivs (%2)"_s.arg(f.pid).arg(f.name), u"0"_s);
                 r.source = EvidenceSource::Proc;
                 r.status = CheckStatus::Warn;
                 return;
             }
         }
     }},
    {"2.15", "2", QT_TRANSLATE_NOOP("Checks", "Ensure live restore is enabled"),
     QT_TRANSLATE_NOOP("Checks", "With live restore, containers keep running while the daemon restarts or is upgraded."),
     QT_TRANSLATE_NOOP("Checks", "Enable live restore."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"live-restore\": true }",
     J {
         r.source = EvidenceSource::Api;
         addEvidence(r, u"/info LiveRestoreEnabled"_s, c.input().info.liveRestoreEnabled ? u"true"_s : u"false"_s);
         r.status = c.input().info.liveRestoreEnabled ? CheckStatus::Pass : CheckStatus::Warn;
     }},
    {"2.16", "2", QT_TRANSLATE_NOOP("Checks", "Ensure Userland Proxy is Disabled"),
     QT_TRANSLATE_NOOP("Checks", "The userland proxy is a process per published port that widens the attack surface; hairpin NAT does the same job."),
     QT_TRANSLATE_NOOP("Checks", "Disable the userland proxy."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"userland-proxy\": false }",
     J {
         if (const auto s = lookup(c, r, u"userland-proxy"_s))
             r.status = s->boolValue(true) ? CheckStatus::Warn : CheckStatus::Pass;
     }},
    {"2.17", "2", QT_TRANSLATE_NOOP("Checks", "Ensure that a daemon-wide custom seccomp profile is applied if appropriate"),
     QT_TRANSLATE_NOOP("Checks", "The default seccomp profile blocks about 44 dangerous system calls; a custom profile can block more."),
     QT_TRANSLATE_NOOP("Checks", "Apply a custom seccomp profile if your workloads allow it."),
     CheckScope::Daemon, Severity::Low, true, RemedyKind::DaemonJson, "{ \"seccomp-profile\": \"/etc/docker/seccomp.json\" }",
     judgeSeccompProfile},
    {"2.18", "2", QT_TRANSLATE_NOOP("Checks", "Ensure that experimental features are not implemented in production"),
     QT_TRANSLATE_NOOP("Checks", "Experimental features are not stable and not covered by security fixes in the same way."),
     QT_TRANSLATE_NOOP("Checks", "Turn off experimental features."),
     CheckScope::Daemon, Severity::Low, false, RemedyKind::DaemonJson, "{ \"experimental\": false }",
     J {
         r.source = EvidenceSource::Api;
         const bool on = c.input().version.experimental || c.input().info.experimentalBuild;
         addEvidence(r, u"/info ExperimentalBuild"_s, c.input().info.experimentalBuild ? u"true"_s : u"false"_s);
         r.status = on ? CheckStatus::Warn : CheckStatus::Pass;
     }},
};

} // namespace

std::span<const CheckDefinition> daemonCheckDefinitions()
{
    return s_defs;
}

} // namespace dockscope::core
