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

void judgeRootlessDaemon(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info SecurityOptions"_s, securityOptionsText(c));
    r.status = c.daemonRootless() ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeLogLevel(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (c.input().info.debug) {
        r.source = EvidenceSource::Api;
        addEvidence(r, u"/info Debug"_s, u"true"_s);
        r.status = CheckStatus::Warn;
        return;
    }
    if (const auto s = lookup(c, r, u"log-level"_s))
        r.status = (!s->present || s->stringValue() == u"info"_s) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeIptables(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (const auto s = lookup(c, r, u"iptables"_s))
        r.status = s->boolValue(true) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeStorageDriver(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info Driver"_s, c.input().info.driver);
    if (c.input().info.driver.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"/info has no Driver"_s});
        return;
    }
    r.status = c.input().info.driver == u"aufs"_s ? CheckStatus::Fail : CheckStatus::Pass;
}

void judgeDefaultUlimits(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (const auto s = lookup(c, r, u"default-ulimits"_s))
        r.status = s->present ? CheckStatus::Info : CheckStatus::Warn;
}

void judgeUserNamespaceSupport(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info SecurityOptions"_s, securityOptionsText(c));
    if (c.daemonRootless() && !c.daemonRemapsUsers()) {
        r.message = QT_TRANSLATE_NOOP("Checks", "Rootless daemon: root in a container is the daemon owner's "
                                                "unprivileged uid on the host, so remapping adds nothing.");
    }
    r.status = (c.daemonRemapsUsers() || c.daemonRootless()) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeDaemonCgroupParent(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (const auto s = lookup(c, r, u"cgroup-parent"_s))
        r.status = (!s->present || s->stringValue().isEmpty()) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeBaseDeviceSize(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (const auto s = lookup(c, r, u"storage-opts"_s)) {
        bool changed = false;
        for (const QString &o : s->listValue())
            changed = changed || o.contains(u"dm.basesize"_s);
        r.status = changed ? CheckStatus::Warn : CheckStatus::Pass;
    }
}

void judgeAuthorizationPlugins(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    const QStringList p = c.input().info.authorizationPlugins;
    addEvidence(r, u"/info Plugins.Authorization"_s, p.isEmpty() ? u"null"_s : p.join(u", "_s));
    r.status = p.isEmpty() ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeRemoteLogging(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    const QString d = c.input().info.loggingDriver;
    addEvidence(r, u"/info LoggingDriver"_s, d);
    if (d.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"/info has no LoggingDriver"_s});
        return;
    }
    r.status = (d == u"json-file"_s || d == u"local"_s || d == u"none"_s) ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeDaemonNoNewPrivileges(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
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
}

void judgeLiveRestore(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info LiveRestoreEnabled"_s, c.input().info.liveRestoreEnabled ? u"true"_s : u"false"_s);
    r.status = c.input().info.liveRestoreEnabled ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeUserlandProxy(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (const auto s = lookup(c, r, u"userland-proxy"_s))
        r.status = s->boolValue(true) ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeExperimental(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    const bool on = c.input().version.experimental || c.input().info.experimentalBuild;
    addEvidence(r, u"/info ExperimentalBuild"_s, c.input().info.experimentalBuild ? u"true"_s : u"false"_s);
    r.status = on ? CheckStatus::Warn : CheckStatus::Pass;
}

const CheckDefinition s_daemonCheckDefs[] = {
    {.id = "2.1", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Run the Docker daemon as a non-root user, if possible"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A rootless daemon runs as an ordinary user: an escape from a container does not give root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Consider running the daemon in rootless mode (dockerd-rootless-setuptool.sh install)."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command, .remedyCode = "dockerd-rootless-setuptool.sh install",
     .judge = &judgeRootlessDaemon,
     .doc = {.source = "api",
             .reads = "`/info` SecurityOptions `name=rootless`",
             .verdict = "pass when rootless, warn otherwise"}},
    {.id = "2.2", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure network traffic is restricted between containers on the default bridge"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "On the default bridge every container can reach every other one, so one compromised container can attack its neighbours."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Start the daemon with inter-container communication disabled and link containers explicitly through user-defined networks."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"icc\": false }",
     .judge = &judgeIcc,
     .doc = {.source = "api (fallback: config)",
             .reads = "`/networks` bridge Options `com.docker.network.bridge.enable_icc`; no "
                      "default bridge → pass; else `icc` from cmdline/daemon.json",
             .verdict = "the option value"}},
    {.id = "2.3", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure the logging level is set to 'info'"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "'info' records what an investigation needs; 'debug' logs too much and lower levels too little."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set the daemon's log level to info (or remove the option: info is the default)."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"log-level\": \"info\" }",
     .judge = &judgeLogLevel,
     .doc = {.source = "api + config",
             .reads = "`/info` Debug; `log-level` from cmdline/daemon.json",
             .verdict = "the setting, or 'not set (daemon default)'"}},
    {.id = "2.4", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure Docker is allowed to make changes to iptables"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Docker keeps its firewall rules in line with the containers' networking only if it may manage iptables."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Let the daemon manage iptables (remove --iptables=false)."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"iptables\": true }",
     .judge = &judgeIptables,
     .doc = {.source = "config", .reads = "`iptables` (default true)", .verdict = "the setting"}},
    {.id = "2.5", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure insecure registries are not used"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Images from an insecure registry can be replaced in transit."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove insecure registries; give each registry a TLS certificate."),
     .scope = CheckScope::Daemon, .severity = Severity::High,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"insecure-registries\": [] }",
     .judge = &judgeInsecureRegistries,
     .doc = {.source = "api",
             .reads = "`/info` RegistryConfig.InsecureRegistryCIDRs minus the default 127.0.0.0/8, "
                      "IndexConfigs with Secure=false",
             .verdict = "the insecure registries"}},
    {.id = "2.6", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure aufs storage driver is not used"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "aufs is deprecated, out of the mainline kernel and has known crashes."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use overlay2."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"storage-driver\": \"overlay2\" }",
     .judge = &judgeStorageDriver,
     .doc = {.source = "api", .reads = "`/info` Driver", .verdict = "the storage driver"}},
    {.id = "2.7", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure TLS authentication for Docker daemon is configured"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A TCP listener without TLS client verification gives root on the host to anyone who can reach the port."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Listen on TCP only with TLS verification of client certificates, or not at all."),
     .scope = CheckScope::Daemon, .severity = Severity::Critical,
     .remedyKind = RemedyKind::DaemonJson,
     .remedyCode = "{ \"tlsverify\": true, \"tlscacert\": \"/etc/docker/ca.pem\", \"tlscert\": "
                   "\"/etc/docker/server.pem\", \"tlskey\": \"/etc/docker/server-key.pem\" }",
     .judge = &judgeTls,
     .doc = {.source = "api + config + host-files",
             .reads = "`/info` Warnings about TCP without TLS; `hosts` + `tlsverify` from "
                      "cmdline/daemon.json; with `-H fd://` the `ListenStream=` lines of "
                      "`docker.socket` (the winning unit in /etc, /run, /usr/lib, /lib "
                      "`systemd/system` and its `docker.socket.d/*.conf` drop-ins; an empty value "
                      "resets)",
             .verdict = "the TCP listeners and tlsverify; unknown without host files (older "
                        "daemons never warn, so no warning proves nothing) or when docker.socket "
                        "cannot be read"}},
    {.id = "2.8", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure the default ulimit is configured appropriately"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Default ulimits bound what each container may open or fork unless it asks otherwise."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set default ulimits suited to your workloads."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::DaemonJson,
     .remedyCode = "{ \"default-ulimits\": { \"nofile\": { \"Name\": \"nofile\", \"Soft\": 1024, "
                   "\"Hard\": 4096 } } }",
     .judge = &judgeDefaultUlimits,
     .doc = {.source = "config",
             .reads = "`default-ulimits`",
             .verdict = "info when set, warn otherwise"}},
    {.id = "2.9", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Enable user namespace support"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With user namespace remapping, root in a container is an unprivileged user on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Start the daemon with user namespace remapping."),
     .scope = CheckScope::Daemon, .severity = Severity::High,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"userns-remap\": \"default\" }",
     .judge = &judgeUserNamespaceSupport,
     .doc = {.source = "api",
             .reads = "`/info` SecurityOptions `name=userns`, `name=rootless`",
             .verdict = "pass with remapping; pass for a rootless daemon (container root is "
                        "already the owner's unprivileged uid; the message says so); warn "
                        "otherwise"}},
    {.id = "2.10", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure the default cgroup usage has been confirmed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A non-default cgroup parent changes which limits apply to every container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep the default cgroup parent unless a different one is intended."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"cgroup-parent\": \"\" }",
     .judge = &judgeDaemonCgroupParent,
     .doc = {.source = "config", .reads = "`cgroup-parent`", .verdict = "the setting"}},
    {.id = "2.11", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure base device size is not changed until needed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A larger base device lets every container fill more of the host's storage."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove dm.basesize unless it is needed."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"storage-opts\": [] }",
     .judge = &judgeBaseDeviceSize,
     .doc = {.source = "config",
             .reads = "`storage-opts` containing `dm.basesize`",
             .verdict = "the storage options"}},
    {.id = "2.12", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that authorization for Docker client commands is enabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without an authorization plugin, every client that reaches the socket may do everything."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Install and enable an authorization plugin."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::DaemonJson,
     .remedyCode = "{ \"authorization-plugins\": [\"PLUGIN\"] }",
     .judge = &judgeAuthorizationPlugins,
     .doc = {.source = "api", .reads = "`/info` Plugins.Authorization", .verdict = "the plugins"}},
    {.id = "2.13", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure centralized and remote logging is configured"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Logs kept only on the host can be lost or altered along with it."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use a logging driver that ships logs off the host (syslog, journald, gelf, fluentd …)."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"log-driver\": \"syslog\" }",
     .judge = &judgeRemoteLogging,
     .doc = {.source = "api",
             .reads = "`/info` LoggingDriver (json-file/local/none → warn)",
             .verdict = "the driver"}},
    {.id = "2.14", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure containers are restricted from acquiring new privileges"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "no-new-privileges stops setuid binaries from raising privileges inside every container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Turn on no-new-privileges for the whole daemon."),
     .scope = CheckScope::Daemon, .severity = Severity::Medium,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"no-new-privileges\": true }",
     .judge = &judgeDaemonNoNewPrivileges,
     .doc = {.source = "config (fallback: proc)",
             .reads = "`no-new-privileges`; if the config is unreadable, a running container "
                      "without the option but NoNewPrivs 0 proves it off",
             .verdict = "the setting or the container's NoNewPrivs"}},
    {.id = "2.15", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure live restore is enabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With live restore, containers keep running while the daemon restarts or is upgraded."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Enable live restore."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"live-restore\": true }",
     .judge = &judgeLiveRestore,
     .doc = {.source = "api", .reads = "`/info` LiveRestoreEnabled", .verdict = "the value"}},
    {.id = "2.16", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure Userland Proxy is Disabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "The userland proxy is a process per published port that widens the attack surface; hairpin NAT does the same job."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Disable the userland proxy."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"userland-proxy\": false }",
     .judge = &judgeUserlandProxy,
     .doc = {.source = "config",
             .reads = "`userland-proxy` (default true)",
             .verdict = "the setting"}},
    {.id = "2.17", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that a daemon-wide custom seccomp profile is applied if appropriate"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "The default seccomp profile blocks about 44 dangerous system calls; a custom profile can block more."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Apply a custom seccomp profile if your workloads allow it."),
     .scope = CheckScope::Daemon, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::DaemonJson,
     .remedyCode = "{ \"seccomp-profile\": \"/etc/docker/seccomp.json\" }",
     .judge = &judgeSeccompProfile,
     .doc = {.source = "api",
             .reads = "`/info` SecurityOptions seccomp profile",
             .verdict = "note for default/builtin, info for a custom profile, warn without seccomp"}},
    {.id = "2.18", .section = "2",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that experimental features are not implemented in production"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Experimental features are not stable and not covered by security fixes in the same way."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Turn off experimental features."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"experimental\": false }",
     .judge = &judgeExperimental,
     .doc = {.source = "api",
             .reads = "`/info` ExperimentalBuild, `/version` Experimental",
             .verdict = "the value"}},
};

} // namespace

std::span<const CheckDefinition> daemonCheckDefinitions()
{
    return s_daemonCheckDefs;
}

} // namespace dockscope::core
