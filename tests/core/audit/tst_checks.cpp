// SPDX-License-Identifier: GPL-3.0-or-later
// Every check of the table, judged over a hand-made AuditInput and the fixture host tree
// tests/data/hostfiles/good/ (a hardened host): each check passes there, and each row below
// changes one fact and expects the verdict a user must see.
#include "fixturehostfs.h"

#include "core/audit/auditor.h"
#include "core/audit/checkcontext.h"
#include "core/audit/checkdefinition.h"
#include "core/audit/checktables.h"
#include "core/facts/factscollector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 s_sock = 0140000;
constexpr quint32 s_dir = 0040000;
constexpr quint32 s_file = 0100000;
constexpr quint32 s_dockerGid = 999;
constexpr qint64 s_miB = 1024 * 1024;

struct Scenario
{
    FixtureHostFs fs{QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/hostfiles/good")};
    AuditInput input;
    bool noHost = false;

    ContainerFacts &c() { return input.containers[0]; }
    void setNs(const QString &type, bool shared)
    {
        for (NamespaceFact &ns : c().namespaces.namespaces) {
            if (ns.type == type) {
                ns.shared = shared;
                ns.inode = Fact<quint64>::known(shared ? *ns.hostInode.value : *ns.hostInode.value + 1000, Provenance::Proc);
            }
        }
    }
    void setBounding(quint64 bounding, quint64 effective)
    {
        c().capabilities.sets = Fact<CapabilitySets>::known(CapabilitySets{0, effective, effective, bounding, 0}, Provenance::Proc);
    }
};

using Mutator = std::function<void(Scenario &)>;

/// Neither remapping nor rootless: the hardened fixture has both, and either one gives every
/// container a user namespace of its own.
void plainDaemon(Scenario &s)
{
    s.input.info.securityOptions.removeIf([](const SecurityOption &o) {
        return o.name == QLatin1String("userns") || o.name == QLatin1String("rootless");
    });
}

SecurityOption opt(const QString &name, QList<std::pair<QString, QString>> props = {})
{
    SecurityOption o;
    o.name = name;
    o.properties = std::move(props);
    return o;
}

NamespaceFact ns(const QString &type, quint64 host)
{
    NamespaceFact n;
    n.type = type;
    n.hostInode = Fact<quint64>::known(host, Provenance::Proc);
    n.inode = Fact<quint64>::known(host + 1000, Provenance::Proc);
    n.shared = false;
    n.declaredShared = false;
    return n;
}

/// A well-run container on a hardened host, every fact enforced (read from /proc).
ContainerFacts goodContainer()
{
    ContainerFacts f;
    f.id = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    f.name = u"good"_s;
    f.pid = 5000;
    f.pidVerified = Fact<bool>::known(true, Provenance::Proc);
    ContainerInspect &i = f.inspect;
    i.id = f.id;
    i.name = f.name;
    i.imageId = u"sha256:img"_s;
    i.appArmorProfile = u"docker-default"_s;
    i.processLabel = u"system_u:system_r:container_t:s0:c1,c2"_s;
    i.state.status = u"running"_s;
    i.state.running = true;
    i.state.pid = 5000;
    i.state.health = u"healthy"_s;
    i.config.user = u"1000"_s;
    i.config.hasHealthcheck = true;
    i.config.image = u"dockscope-test:1"_s;
    i.networks = {u"app"_s};
    HostConfig &h = i.hostConfig;
    h.readonlyRootfs = true;
    h.memory = 64 * s_miB;
    h.cpuShares = 512;
    h.pidsLimit = 100;
    h.restartPolicyName = u"on-failure"_s;
    h.restartPolicyMaximumRetryCount = 3;
    h.capDrop = {u"NET_RAW"_s};
    h.ipcMode = u"private"_s;
    h.networkMode = u"app"_s;
    // Empty SecurityOpt on purpose: no-new-privileges comes from the daemon (5.26 trap).
    f.capabilities.noNewPrivs = Fact<bool>::known(true, Provenance::Proc);
    f.capabilities.seccompMode = Fact<int>::known(2, Provenance::Proc);
    f.capabilities.sets = Fact<CapabilitySets>::known(
        CapabilitySets{0, 0, 0, dockerDefaultCapabilities & ~(quint64(1) << 13), 0}, Provenance::Proc);
    f.capabilities.lsmLabel = Fact<QString>::known(u"docker-default (enforce)"_s, Provenance::Proc);
    f.cgroup.version = CgroupVersion::V1;
    f.cgroup.path = Fact<QString>::known(u"/sys/fs/cgroup/memory/docker/"_s + f.id, Provenance::Proc);
    f.cgroup.memory.limit = Fact<Limit>::known(Limit(64 * s_miB), Provenance::Proc);
    f.cgroup.pids.limit = Fact<Limit>::known(Limit(100), Provenance::Proc);
    f.cgroup.cpu.shares = Fact<qint64>::known(512, Provenance::Proc);
    f.meminfo.limit = Fact<Limit>::known(Limit(64 * s_miB), Provenance::Proc);
    f.meminfo.seesHostMemory = true;
    f.meminfo.host = Fact<QMap<QString, qint64>>::known({{u"MemTotal"_s, 8192 * s_miB}}, Provenance::Proc);
    f.meminfo.container = f.meminfo.host;
    quint64 inode = 4026531835;
    for (const QString &type : {u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s, u"user"_s, u"uts"_s})
        f.namespaces.namespaces << ns(type, inode++);
    f.namespaces.reference = HostReference::DaemonProcess;
    f.namespaces.referencePid = 4242;
    f.namespaces.rootMapsTo = 100000;
    f.identity.declaredUser = u"1000"_s;
    f.identity.uid = Fact<qint64>::known(101000, Provenance::Proc);
    f.identity.containerUid = Fact<qint64>::known(1000, Provenance::Proc);
    f.identity.readonlyRootfs = true;
    return f;
}

void makeGood(Scenario &s)
{
    FixtureHostFs &fs = s.fs;
    fs.setStat(u"/run/docker.sock"_s, s_sock | 0660, 0, s_dockerGid);
    fs.setStat(u"/run/containerd/containerd.sock"_s, s_sock | 0660, 0, 0);
    fs.setStat(u"/var/lib/docker"_s, s_dir | 0710, 0, 0);
    fs.setStat(u"/etc/docker/ca.pem"_s, s_file | 0444, 0, 0);
    fs.setStat(u"/etc/docker/server.pem"_s, s_file | 0444, 0, 0);
    fs.setStat(u"/etc/docker/server-key.pem"_s, s_file | 0400, 0, 0);
    fs.setStat(u"/etc/docker/certs.d/registry.example:5000/ca.crt"_s, s_file | 0444, 0, 0);
    fs.setLink(u"/proc/4242/exe"_s, u"/usr/sbin/dockerd"_s);
    // The fixture's daemon is both remapping and rootless (so that every check has a passing
    // state), and runs as uid 0 (proc/4242/status), so its owner is root.

    AuditInput &in = s.input;
    in.endpoint.kind = Endpoint::Kind::Unix;
    in.endpoint.socketPath = u"/run/docker.sock"_s;
    in.context.socketPath = u"/run/docker.sock"_s;
    in.context.dockerRootDir = u"/var/lib/docker"_s;
    in.host.hostAccess = true;
    in.host.daemonPid = 4242;
    in.hostFs = &s.fs;
    in.version.version = u"20.10.24"_s;
    in.version.apiVersion = u"1.41"_s;
    DaemonInfo &i = in.info;
    i.dockerRootDir = u"/var/lib/docker"_s;
    i.driver = u"overlay2"_s;
    i.loggingDriver = u"syslog"_s;
    i.liveRestoreEnabled = true;
    i.authorizationPlugins = {u"authz-broker"_s};
    i.swarmState = u"inactive"_s;
    i.insecureRegistryCidrs = {u"127.0.0.0/8"_s};  // always there by default
    i.securityOptions = {opt(u"apparmor"_s), opt(u"seccomp"_s, {{u"profile"_s, u"default"_s}}), opt(u"selinux"_s),
                         opt(u"userns"_s), opt(u"rootless"_s)};
    i.images = 1;
    i.containers = 1;
    i.containersRunning = 1;
    i.raw = QJsonObject{{u"ID"_s, u"X"_s}};
    NetworkSummary bridge;
    bridge.name = u"bridge"_s;
    bridge.driver = u"bridge"_s;
    bridge.options = QJsonObject{{u"com.docker.network.bridge.enable_icc"_s, u"false"_s}};
    in.networks = {bridge};
    in.containers = {goodContainer()};
    TopResult top;
    top.titles = {u"UID"_s, u"PID"_s, u"PPID"_s, u"C"_s, u"STIME"_s, u"TTY"_s, u"TIME"_s, u"CMD"_s};
    top.processes = {{u"101000"_s, u"5000"_s, u"4990"_s, u"0"_s, u"10:00"_s, u"?"_s, u"00:00:00"_s, u"sleep 600"_s}};
    in.tops = {top};
    ImageInspect image;
    image.id = u"sha256:img"_s;
    image.repoTags = {u"dockscope-test:1"_s};
    image.hasHealthcheck = true;
    image.raw = QJsonObject{{u"Config"_s, QJsonObject{{u"Env"_s, QJsonArray{u"PATH=/bin"_s}}}}};
    in.images = {image};
    in.imageHistory.insert(image.id, {ImageHistoryEntry{u"1"_s, u"/bin/sh -c apt-get update && apt-get install -y curl"_s, 0},
                                      ImageHistoryEntry{u"2"_s, u"ADD file:0123 in / "_s, 0}});
}

QList<CheckResult> run(Scenario &s)
{
    if (s.noHost)
        s.input.hostFs = nullptr;
    return runChecks(s.input);
}

const CheckResult *find(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString describe(const CheckResult &r)
{
    QStringList ev;
    for (const Evidence &e : r.evidence)
        ev << e.key + u" = "_s + e.value;
    return u"%1 %2 [%3] source=%4: %5"_s.arg(r.id, r.containerName, checkStatusName(r.status),
                                                evidenceSourceName(r.source), ev.join(u" | "_s));
}

} // namespace

Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(dockscope::core::CheckStatus)
Q_DECLARE_METATYPE(dockscope::core::EvidenceSource)

class tst_Checks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("DOCKER_CONTENT_TRUST", "1"); }

    void table()
    {
        // The 117 CIS ids of docker-bench-security's default run, in order, plus ours.
        QStringList cis;
        for (int i = 1; i <= 18; ++i)
            cis << u"1.1.%1"_s.arg(i);
        cis << u"1.2.1"_s << u"1.2.2"_s;
        const int counts[] = {0, 0, 18, 24, 12, 32, 2, 9};
        for (int sec = 2; sec <= 7; ++sec)
            for (int i = 1; i <= counts[sec]; ++i)
                cis << u"%1.%2"_s.arg(sec).arg(i);
        QCOMPARE(cis.size(), 117);
        QStringList ids;
        for (const CheckDefinition &d : checkDefinitions()) {
            ids << QString::fromLatin1(d.id);
            QVERIFY2(d.title && *d.title && d.rationale && *d.rationale && d.remedyText && *d.remedyText, d.id);
            QVERIFY(d.judge);
        }
        QCOMPARE(ids.mid(0, 117), cis);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const char *ds : {"DS-SOCKET-ACCESS", "DS-DATA-ROOT", "DS-USERNS", "DS-ROOTLESS", "DS-MEMINFO",
                               "DS-HOST-NS", "DS-NS-DISAGREE", "DS-DANGEROUS-CAPS"})
            QVERIFY2(ids.contains(QString::fromLatin1(ds)), ds);
        // CIS "manual" checks are flagged (never Pass).
        // 2.1 is decided by /info (name=rootless): a rootless daemon passes it.
        for (const char *m : {"1.2.1", "1.2.2", "2.8", "2.17", "4.2", "4.3", "4.4", "4.7", "4.8", "4.9", "4.10",
                              "4.11", "4.12", "5.9", "5.18", "5.19", "5.23", "5.24", "5.28", "5.30", "6.1", "6.2",
                              "7.4", "7.6", "7.7", "7.8", "7.9"})
            QVERIFY2(findCheckDefinition(QString::fromLatin1(m))->manual, m);
        QVERIFY(!findCheckDefinition(u"5.4"_s)->manual);
    }

    /// On the hardened fixture every automated check passes, every manual one is Info/Note.
    void hardenedHostPasses_data()
    {
        QTest::addColumn<QString>("id");
        for (const CheckDefinition &d : checkDefinitions())
            QTest::addRow("%s", d.id) << QString::fromLatin1(d.id);
    }
    void hardenedHostPasses()
    {
        QFETCH(QString, id);
        Scenario s;
        makeGood(s);
        const QList<CheckResult> results = run(s);
        const CheckResult *r = find(results, id);
        QVERIFY(r);
        QVERIFY2(!r->evidence.isEmpty(), qPrintable(describe(*r)));
        if (r->manual)
            QVERIFY2(r->status == CheckStatus::Info || r->status == CheckStatus::Note, qPrintable(describe(*r)));
        else
            QVERIFY2(r->status == CheckStatus::Pass, qPrintable(describe(*r)));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Mutator>("mutate");
        QTest::addColumn<CheckStatus>("expected");
        QTest::addColumn<QString>("evidence");    ///< a substring some evidence value must hold
        using S = Scenario;
        const auto json = [](S &s, const char *text) { s.fs.setFile(u"/etc/docker/daemon.json"_s, QByteArray(text)); };
        const auto noRules = [](S &s) {
            s.fs.setFile(u"/etc/audit/audit.rules"_s, "");
            s.fs.setFile(u"/etc/audit/rules.d/docker.rules"_s, "# nothing\n");
        };
        const auto add = [](const char *name, const char *id, const Mutator &m, CheckStatus st, const char *ev = "") {
            QTest::addRow("%s", name) << QString::fromLatin1(id) << m << st << QString::fromUtf8(ev);
        };

        // §1
        add("1.1.1 data root on /", "1.1.1", [](S &s) {
            s.fs.setFile(u"/proc/4242/mountinfo"_s, "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n");
        }, CheckStatus::Warn, "mount point /");
        add("1.1.1 mountinfo unreadable", "1.1.1", [](S &s) { s.fs.deny(u"/proc/4242/mountinfo"_s); }, CheckStatus::Unknown);
        add("1.1.2 user in the socket's group", "1.1.2", [](S &s) {
            s.fs.setFile(u"/etc/group"_s, "root:x:0:\ndocker:x:999:alice\n");
        }, CheckStatus::Warn, "alice");
        // Primary group counts too: alice's passwd gid is the socket's group.
        add("1.1.2 primary group member", "1.1.2", [](S &s) {
            s.fs.setFile(u"/etc/passwd"_s, "root:x:0:0::/root:/bin/sh\nalice:x:1000:999::/home/alice:/bin/sh\n");
        }, CheckStatus::Warn, "alice");
        // The group of the socket actually in use, not a group called "docker".
        add("1.1.2 socket in another group", "1.1.2", [](S &s) {
            s.fs.setFile(u"/etc/group"_s, "root:x:0:\ndocker:x:999:\nops:x:1001:bob\n");
            s.fs.setStat(u"/run/docker.sock"_s, s_sock | 0660, 0, 1001);
        }, CheckStatus::Warn, "bob");
        for (const char *id : {"1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8", "1.1.9", "1.1.10", "1.1.11", "1.1.12",
                               "1.1.13", "1.1.14", "1.1.15", "1.1.16", "1.1.17", "1.1.18"})
            add(qPrintable(QString::fromLatin1(id) + u" no audit rules"_s), id, noRules, CheckStatus::Warn, "no rule watches");
        add("1.1.3 auditd not configured", "1.1.3", [](S &s) { s.fs.remove(u"/etc/audit"_s); }, CheckStatus::Warn, "absent");
        add("1.1.3 rules unreadable", "1.1.3", [](S &s) { s.fs.deny(u"/etc/audit/rules.d"_s); }, CheckStatus::Unknown);
        // The daemon's binary is the one /proc/<pid>/exe names, not a guessed path.
        add("1.1.3 rule for another binary", "1.1.3", [](S &s) { s.fs.setLink(u"/proc/4242/exe"_s, u"/opt/docker/dockerd"_s); },
            CheckStatus::Warn, "/opt/docker/dockerd");
        add("1.1.7 no docker.service", "1.1.7", [](S &s) { s.fs.remove(u"/lib/systemd/system/docker.service"_s); },
            CheckStatus::Info, "not present");
        add("1.2.1 always a note", "1.2.1", [](S &) {}, CheckStatus::Note);
        add("1.2.2 always a note", "1.2.2", [](S &) {}, CheckStatus::Note, "20.10.24");

        // §2
        add("2.1 not rootless", "2.1", [](S &s) { s.input.info.securityOptions.removeLast(); }, CheckStatus::Warn);
        add("2.2 icc on the bridge", "2.2", [](S &s) {
            s.input.networks[0].options = QJsonObject{{u"com.docker.network.bridge.enable_icc"_s, u"true"_s}};
        }, CheckStatus::Warn, "true");
        // --bridge=none: there is no default bridge to talk over, whatever icc says.
        add("2.2 no default bridge", "2.2", [json](S &s) { s.input.networks[0].name = u"app"_s; json(s, "{\"icc\": true}"); },
            CheckStatus::Pass, "no default");
        add("2.3 debug level", "2.3", [json](S &s) { json(s, "{\"log-level\": \"debug\"}"); }, CheckStatus::Warn, "debug");
        add("2.3 /info Debug", "2.3", [](S &s) { s.input.info.debug = true; }, CheckStatus::Warn);
        add("2.4 iptables off in daemon.json", "2.4", [json](S &s) { json(s, "{\"iptables\": false}"); }, CheckStatus::Warn);
        add("2.4 iptables off on the command line", "2.4", [](S &s) {
            s.fs.setFile(u"/proc/4242/cmdline"_s, QByteArray("dockerd\0--iptables=false\0", 25));
        }, CheckStatus::Warn, "--iptables");
        add("2.4 no daemon process", "2.4", [](S &s) { s.input.host.daemonPid.reset(); }, CheckStatus::Unknown);
        add("2.5 insecure registry", "2.5", [](S &s) { s.input.info.insecureRegistryCidrs << u"10.0.0.0/8"_s; },
            CheckStatus::Fail, "10.0.0.0/8");
        add("2.6 aufs", "2.6", [](S &s) { s.input.info.driver = u"aufs"_s; }, CheckStatus::Fail);
        add("2.7 tcp without tlsverify", "2.7", [json](S &s) { json(s, "{\"hosts\": [\"tcp://0.0.0.0:2375\"]}"); },
            CheckStatus::Fail, "tcp://");
        add("2.7 daemon warns", "2.7", [](S &s) {
            s.input.info.warnings << u"WARNING: API is accessible on http://0.0.0.0:2375 without encryption."_s;
        }, CheckStatus::Fail, "without encryption");
        add("2.8 no default ulimits", "2.8", [json](S &s) { json(s, "{}"); }, CheckStatus::Warn);
        add("2.9 no userns", "2.9", [](S &s) { plainDaemon(s); }, CheckStatus::Warn);
        // Rootless maps container root to the daemon owner's uid: remapping adds nothing.
        add("2.9 rootless without remapping", "2.9", [](S &s) { s.input.info.securityOptions.removeAt(3); },
            CheckStatus::Pass, "rootless");
        add("2.1 rootless passes", "2.1", [](S &) {}, CheckStatus::Pass, "rootless");
        // dockerd -H fd:// (the fixture's) takes its listeners from docker.socket.
        add("2.7 docker.socket listens on TCP", "2.7", [json](S &s) {
            json(s, "{\"hosts\": [\"fd://\"]}");
            s.fs.remove(u"/etc/systemd/system/docker.socket.d/listen.conf"_s);  // it resets the list
            s.fs.setFile(u"/lib/systemd/system/docker.socket"_s,
                         "[Socket]\nListenStream=/run/docker.sock\nListenStream=0.0.0.0:2375\n");
        }, CheckStatus::Fail, "0.0.0.0:2375");
        add("2.7 docker.socket drop-in adds TCP", "2.7", [json](S &s) {
            json(s, "{\"hosts\": [\"fd://\"]}");
            s.fs.setFile(u"/etc/systemd/system/docker.socket.d/listen.conf"_s, "[Socket]\nListenStream=2375\n");
        }, CheckStatus::Fail, "2375");
        add("2.7 docker.socket unreadable", "2.7", [](S &s) { s.fs.deny(u"/lib/systemd/system/docker.socket"_s); },
            CheckStatus::Unknown);
        // No host files and no /info warning: older daemons never warn, so nothing is proven.
        add("2.7 remote without a warning", "2.7", [](S &s) { s.noHost = true; }, CheckStatus::Unknown);
        add("2.10 cgroup-parent", "2.10", [json](S &s) { json(s, "{\"cgroup-parent\": \"/custom\"}"); }, CheckStatus::Warn);
        add("2.11 basesize", "2.11", [json](S &s) { json(s, "{\"storage-opts\": [\"dm.basesize=20G\"]}"); }, CheckStatus::Warn);
        add("2.12 no authz", "2.12", [](S &s) { s.input.info.authorizationPlugins.clear(); }, CheckStatus::Warn);
        add("2.13 json-file", "2.13", [](S &s) { s.input.info.loggingDriver = u"json-file"_s; }, CheckStatus::Warn);
        add("2.14 nnp off", "2.14", [json](S &s) { json(s, "{\"no-new-privileges\": false}"); }, CheckStatus::Warn);
        add("2.14 daemon.json unreadable", "2.14", [](S &s) { s.fs.deny(u"/etc/docker/daemon.json"_s); }, CheckStatus::Unknown);
        // Unreadable config, but a container without the option runs with NoNewPrivs 0.
        add("2.14 proven off by a container", "2.14", [](S &s) {
            s.fs.deny(u"/etc/docker/daemon.json"_s);
            s.c().capabilities.noNewPrivs = Fact<bool>::known(false, Provenance::Proc);
        }, CheckStatus::Warn, "0");
        add("2.15 no live restore", "2.15", [](S &s) { s.input.info.liveRestoreEnabled = false; }, CheckStatus::Warn);
        add("2.16 userland proxy", "2.16", [json](S &s) { json(s, "{\"userland-proxy\": true}"); }, CheckStatus::Warn);
        add("2.17 no seccomp", "2.17", [](S &s) { s.input.info.securityOptions.removeAt(1); }, CheckStatus::Warn);
        add("2.17 custom profile", "2.17", [](S &s) {
            s.input.info.securityOptions[1] = opt(u"seccomp"_s, {{u"profile"_s, u"/etc/docker/seccomp.json"_s}});
        }, CheckStatus::Info);
        add("2.18 experimental", "2.18", [](S &s) { s.input.info.experimentalBuild = true; }, CheckStatus::Warn);

        // §3: owners and modes as FileStat values
        const auto own = [add](const char *id, const QString &path, quint32 type) {
            add(qPrintable(QString::fromLatin1(id) + u" owned by a user"_s), id,
                [path, type](S &s) { s.fs.setStat(path, type | 0644, 1000, 1000); }, CheckStatus::Fail, "1000");
        };
        const auto perm = [add](const char *id, const QString &path, quint32 mode) {
            add(qPrintable(QString::fromLatin1(id) + u" too open"_s), id,
                [path, mode](S &s) { s.fs.setStat(path, mode, 0, 0); }, CheckStatus::Fail);
        };
        own("3.1", u"/lib/systemd/system/docker.service"_s, s_file);
        perm("3.2", u"/lib/systemd/system/docker.service"_s, s_file | 0664);
        own("3.3", u"/lib/systemd/system/docker.socket"_s, s_file);
        perm("3.4", u"/lib/systemd/system/docker.socket"_s, s_file | 0646);
        own("3.5", u"/etc/docker"_s, s_dir);
        perm("3.6", u"/etc/docker"_s, s_dir | 0775);
        own("3.7", u"/etc/docker/certs.d/registry.example:5000/ca.crt"_s, s_file);
        perm("3.8", u"/etc/docker/certs.d/registry.example:5000/ca.crt"_s, s_file | 0644);
        own("3.9", u"/etc/docker/ca.pem"_s, s_file);
        perm("3.10", u"/etc/docker/ca.pem"_s, s_file | 0644);
        own("3.11", u"/etc/docker/server.pem"_s, s_file);
        perm("3.12", u"/etc/docker/server.pem"_s, s_file | 0644);
        own("3.13", u"/etc/docker/server-key.pem"_s, s_file);
        perm("3.14", u"/etc/docker/server-key.pem"_s, s_file | 0440);
        own("3.15", u"/run/docker.sock"_s, s_sock);
        perm("3.16", u"/run/docker.sock"_s, s_sock | 0666);
        own("3.17", u"/etc/docker/daemon.json"_s, s_file);
        perm("3.18", u"/etc/docker/daemon.json"_s, s_file | 0666);
        own("3.19", u"/etc/default/docker"_s, s_file);
        perm("3.20", u"/etc/default/docker"_s, s_file | 0666);
        perm("3.21", u"/etc/sysconfig/docker"_s, s_file | 0666);
        own("3.22", u"/etc/sysconfig/docker"_s, s_file);
        own("3.23", u"/run/containerd/containerd.sock"_s, s_sock);
        perm("3.24", u"/run/containerd/containerd.sock"_s, s_sock | 0666);
        add("3.9 TLS not configured", "3.9", [json](S &s) { json(s, "{}"); }, CheckStatus::Info, "not configured");
        // The socket actually connected to, never /var/run/docker.sock by habit.
        add("3.16 the socket in use", "3.16", [](S &s) {
            s.input.context.socketPath = u"/srv/d/docker.sock"_s;
            s.fs.setStat(u"/srv/d/docker.sock"_s, s_sock | 0666, 0, 0);
        }, CheckStatus::Fail, "/srv/d/docker.sock");
        add("3.15 socket group not docker", "3.15", [](S &s) { s.fs.setStat(u"/run/docker.sock"_s, s_sock | 0660, 0, 1000); },
            CheckStatus::Warn);
        add("3.16 no host access", "3.16", [](S &s) { s.noHost = true; }, CheckStatus::Unknown);

        // §4
        add("4.1 root in the container", "4.1", [](S &s) { s.c().identity.containerUid = Fact<qint64>::known(0, Provenance::Proc); },
            CheckStatus::Warn, "0");
        // Declared fallback when /proc cannot be read.
        add("4.1 declared root", "4.1", [](S &s) {
            s.c().identity = IdentityFacts{};
            s.c().inspect.config.user = QString();
        }, CheckStatus::Warn, "(root)");
        add("4.2 note", "4.2", [](S &) {}, CheckStatus::Note);
        add("4.3 note", "4.3", [](S &) {}, CheckStatus::Note);
        add("4.4 note", "4.4", [](S &) {}, CheckStatus::Note);
        add("4.5 no content trust", "4.5", [](S &) { qunsetenv("DOCKER_CONTENT_TRUST"); }, CheckStatus::Warn, "unset");
        add("4.6 no healthcheck", "4.6", [](S &s) { s.input.images[0].hasHealthcheck = false; }, CheckStatus::Warn);
        add("4.7 update alone", "4.7", [](S &s) {
            s.input.imageHistory[u"sha256:img"_s] = {ImageHistoryEntry{u"1"_s, u"/bin/sh -c apt-get update"_s, 0}};
        }, CheckStatus::Warn, "apt-get update");
        add("4.8 note", "4.8", [](S &) {}, CheckStatus::Note);
        add("4.9 ADD", "4.9", [](S &s) {
            s.input.imageHistory[u"sha256:img"_s] << ImageHistoryEntry{u"3"_s, u"ADD app.tar.gz /app"_s, 0};
        }, CheckStatus::Warn, "ADD app.tar.gz");
        add("4.10 secret in env", "4.10", [](S &s) {
            s.input.images[0].raw = QJsonObject{{u"Config"_s, QJsonObject{{u"Env"_s, QJsonArray{u"DB_PASSWORD=hunter2"_s}}}}};
        }, CheckStatus::Warn, "DB_PASSWORD");
        add("4.11 note", "4.11", [](S &) {}, CheckStatus::Note);
        add("4.12 note", "4.12", [](S &) {}, CheckStatus::Note);

        // §5
        add("5.1 swarm", "5.1", [](S &s) { s.input.info.swarmState = u"active"_s; }, CheckStatus::Warn);
        add("5.2 unconfined", "5.2", [](S &s) { s.c().inspect.appArmorProfile = u"unconfined"_s; }, CheckStatus::Fail);
        add("5.2 no AppArmor on the host", "5.2", [](S &s) { s.input.info.securityOptions.removeFirst(); }, CheckStatus::Info);
        add("5.3 label=disable", "5.3", [](S &s) { s.c().capabilities.securityOpt = {u"label=disable"_s}; }, CheckStatus::Fail);
        // --user 1000 --cap-add SYS_ADMIN: CapEff is 0, the bounding set still holds SYS_ADMIN.
        add("5.4 non-root with SYS_ADMIN in the bounding set", "5.4", [](S &s) {
            s.setBounding(dockerDefaultCapabilities | (quint64(1) << 21), 0);
            s.c().inspect.hostConfig.capAdd = {u"CAP_SYS_ADMIN"_s};
        }, CheckStatus::Fail, "SYS_ADMIN");
        add("5.4 declared only", "5.4", [](S &s) {
            s.c().capabilities.sets = Fact<CapabilitySets>::unavailable(Error{ErrorCode::NotRunning, {}});
            s.c().inspect.hostConfig.capAdd = {u"sys_ptrace"_s};
        }, CheckStatus::Fail, "sys_ptrace");
        // Adding a capability that is in the default set anyway adds nothing.
        add("5.4 declared default cap", "5.4", [](S &s) {
            s.c().capabilities.sets = Fact<CapabilitySets>::unavailable(Error{ErrorCode::NotRunning, {}});
            s.c().inspect.hostConfig.capAdd = {u"CAP_CHOWN"_s};
        }, CheckStatus::Pass);
        add("5.5 privileged", "5.5", [](S &s) { s.c().inspect.hostConfig.privileged = true; }, CheckStatus::Fail);
        const auto mount = [](const QString &src, const QString &dst, bool ro, const QString &prop = u"rprivate"_s) {
            MountFact m;
            m.mount.type = u"bind"_s;
            m.mount.source = src;
            m.mount.destination = dst;
            m.mount.rw = !ro;
            m.readOnly = ro;
            m.propagation = prop;
            return m;
        };
        add("5.6 /etc rw", "5.6", [mount](S &s) { s.c().mounts = {mount(u"/etc"_s, u"/host-etc"_s, false)}; }, CheckStatus::Fail, "/etc");
        add("5.6 /usr ro", "5.6", [mount](S &s) { s.c().mounts = {mount(u"/usr"_s, u"/u"_s, true)}; }, CheckStatus::Warn);
        add("5.7 sshd", "5.7", [](S &s) { s.input.tops[0].processes[0][7] = u"/usr/sbin/sshd -D"_s; }, CheckStatus::Fail, "sshd");
        // AuditRunner reads the process list from cgroup.procs + /proc/<pid>/cmdline when local.
        add("5.7 sshd seen in /proc", "5.7", [](S &s) {
            s.input.tops[0] = TopResult{{u"PID"_s, u"CMD"_s}, {{u"5000"_s, u"/bin/sh /tmp/sshd -D"_s}}};
            s.input.topsFromProc.insert(s.c().id);
        }, CheckStatus::Fail, "/tmp/sshd");
        add("5.7 top failed", "5.7", [](S &s) {
            s.input.topErrors.insert(s.c().id, Error{ErrorCode::HttpError, u"500"_s});
        }, CheckStatus::Unknown);
        add("5.7 sshd-keygen is not sshd", "5.7", [](S &s) { s.input.tops[0].processes[0][7] = u"sshd-keygen-wrapper"_s; },
            CheckStatus::Pass);
        const auto port = [](const QString &ip, const QString &hostPort) {
            PortBinding p;
            p.containerPort = u"80/tcp"_s;
            p.hostIp = ip;
            p.hostPort = hostPort;
            return p;
        };
        add("5.8 port 80", "5.8", [port](S &s) { s.c().inspect.ports = {port(u"127.0.0.1"_s, u"80"_s)}; }, CheckStatus::Fail);
        add("5.9 publish all", "5.9", [](S &s) { s.c().inspect.hostConfig.publishAllPorts = true; }, CheckStatus::Warn);
        add("5.10 host network (enforced)", "5.10", [](S &s) { s.setNs(u"net"_s, true); }, CheckStatus::Fail, "vs");
        add("5.10 host network (declared)", "5.10", [](S &s) {
            s.c().namespaces.namespaces.clear();
            s.c().inspect.hostConfig.networkMode = u"host"_s;
        }, CheckStatus::Fail, "host");
        // Memory=0 declared, but the cgroup parent bounds it: hierarchical_memory_limit.
        add("5.11 limit from cgroup parent", "5.11", [](S &s) {
            s.c().inspect.hostConfig.memory = 0;
            s.c().cgroup.memory.limit = Fact<Limit>::known(std::nullopt, Provenance::Proc);
            s.c().cgroup.memory.stat = Fact<QMap<QString, qint64>>::known({{u"hierarchical_memory_limit"_s, 256 * s_miB}},
                                                                          Provenance::Proc);
        }, CheckStatus::Pass, "268435456");
        // Declared 64m, but the kernel enforces nothing: the kernel wins.
        add("5.11 declared but not enforced", "5.11", [](S &s) {
            s.c().cgroup.memory.limit = Fact<Limit>::known(std::nullopt, Provenance::Proc);
            s.c().cgroup.memory.stat = Fact<QMap<QString, qint64>>::known({{u"hierarchical_memory_limit"_s, 9223372036854771712LL}},
                                                                          Provenance::Proc);
        }, CheckStatus::Fail, "unlimited");
        add("5.11 declared none (no proc)", "5.11", [](S &s) {
            plainDaemon(s);
            s.c().cgroup.memory.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotRunning, {}});
            s.c().inspect.hostConfig.memory = 0;
        }, CheckStatus::Fail);
        add("5.12 default shares", "5.12", [](S &s) { s.c().cgroup.cpu.shares = Fact<qint64>::known(1024, Provenance::Proc); },
            CheckStatus::Warn);
        add("5.13 writable rootfs", "5.13", [](S &s) { s.c().inspect.hostConfig.readonlyRootfs = false; }, CheckStatus::Warn);
        add("5.14 all interfaces", "5.14", [port](S &s) { s.c().inspect.ports = {port(u"0.0.0.0"_s, u"8080"_s)}; },
            CheckStatus::Warn, "0.0.0.0");
        add("5.14 loopback only", "5.14", [port](S &s) { s.c().inspect.ports = {port(u"127.0.0.1"_s, u"8080"_s)}; },
            CheckStatus::Pass);
        add("5.15 always", "5.15", [](S &s) { s.c().inspect.hostConfig.restartPolicyName = u"always"_s; }, CheckStatus::Warn);
        add("5.16 host pid", "5.16", [](S &s) { s.setNs(u"pid"_s, true); }, CheckStatus::Fail);
        add("5.17 host ipc", "5.17", [](S &s) { s.setNs(u"ipc"_s, true); }, CheckStatus::Fail);
        add("5.18 device", "5.18", [](S &s) {
            s.c().inspect.hostConfig.devices = {DeviceMapping{u"/dev/sda"_s, u"/dev/sda"_s, u"rwm"_s}};
        }, CheckStatus::Warn, "/dev/sda");
        add("5.19 ulimit set", "5.19", [](S &s) { s.c().inspect.hostConfig.ulimits = QJsonObject{{u"nofile"_s, 1024}}; },
            CheckStatus::Info);
        add("5.20 rshared", "5.20", [mount](S &s) { s.c().mounts = {mount(u"/srv"_s, u"/srv"_s, false, u"rshared"_s)}; },
            CheckStatus::Fail, "rshared");
        add("5.21 host uts", "5.21", [](S &s) { s.setNs(u"uts"_s, true); }, CheckStatus::Fail);
        // Seccomp 0 in status even though SecurityOpt says nothing.
        add("5.22 seccomp disabled (enforced)", "5.22", [](S &s) { s.c().capabilities.seccompMode = Fact<int>::known(0, Provenance::Proc); },
            CheckStatus::Fail, "0");
        add("5.22 unconfined (declared)", "5.22", [](S &s) {
            s.c().capabilities.seccompMode = Fact<int>::unavailable(Error{ErrorCode::NotRunning, {}});
            s.c().capabilities.securityOpt = {u"seccomp=unconfined"_s};
        }, CheckStatus::Fail);
        add("5.23 note", "5.23", [](S &) {}, CheckStatus::Note);
        add("5.24 note", "5.24", [](S &) {}, CheckStatus::Note);
        add("5.25 cgroup parent", "5.25", [](S &s) { s.c().inspect.hostConfig.cgroupParent = u"/mine"_s; }, CheckStatus::Warn);
        add("5.26 NoNewPrivs 0", "5.26", [](S &s) { s.c().capabilities.noNewPrivs = Fact<bool>::known(false, Provenance::Proc); },
            CheckStatus::Warn);
        add("5.27 no healthcheck", "5.27", [](S &s) {
            s.c().inspect.state.health.clear();
            s.c().inspect.config.hasHealthcheck = false;
        }, CheckStatus::Warn);
        add("5.27 unhealthy", "5.27", [](S &s) { s.c().inspect.state.health = u"unhealthy"_s; }, CheckStatus::Warn);
        add("5.28 note", "5.28", [](S &) {}, CheckStatus::Note);
        add("5.29 pids max", "5.29", [](S &s) { s.c().cgroup.pids.limit = Fact<Limit>::known(std::nullopt, Provenance::Proc); },
            CheckStatus::Fail, "max");
        // systemd driver, no --pids-limit: the scope still gets systemd's TasksMax default
        // (pids.max 4681). Enforced, but a host-wide default, not this container's own limit.
        add("5.29 systemd TasksMax default, --pids-limit unset", "5.29", [](S &s) {
            s.c().cgroup.driver = u"systemd"_s;
            s.c().inspect.hostConfig.pidsLimit = std::nullopt;
            s.c().cgroup.pids.limit = Fact<Limit>::known(Limit(4681), Provenance::Proc);
        }, CheckStatus::Fail, "4681 = service manager default");
        // The same driver with --pids-limit 100: the container's own limit passes.
        add("5.29 systemd driver, --pids-limit 100", "5.29", [](S &s) { s.c().cgroup.driver = u"systemd"_s; },
            CheckStatus::Pass, "100");
        add("5.30 default bridge", "5.30", [](S &s) { s.c().inspect.networks = {u"bridge"_s}; }, CheckStatus::Warn);
        // --userns host on a remapping daemon: root inside is root outside.
        add("5.31 userns host on a remap daemon", "5.31", [](S &s) {
            s.c().inspect.hostConfig.usernsMode = u"host"_s;
            s.setNs(u"user"_s, true);
        }, CheckStatus::Fail);
        // Without remapping every container shares the host's user ns: that is 2.9, not 5.31.
        add("5.31 plain daemon default", "5.31", [](S &s) {
            plainDaemon(s);
            s.setNs(u"user"_s, true);
        }, CheckStatus::Pass);
        add("5.31 plain daemon --userns host", "5.31", [](S &s) {
            plainDaemon(s);
            s.c().inspect.hostConfig.usernsMode = u"host"_s;
            s.setNs(u"user"_s, true);
        }, CheckStatus::Warn);
        // The socket under another name, matched by inode.
        add("5.32 socket renamed", "5.32", [mount](S &s) {
            MountFact m = mount(u"/srv/ctl.sock"_s, u"/ctl.sock"_s, true);
            m.isDockerSocket = true;
            m.socketMatch = Provenance::Proc;
            s.c().mounts = {m};
        }, CheckStatus::Fail, "/srv/ctl.sock");
        // Named docker.sock, but another daemon's socket (different inode).
        add("5.32 another daemon's docker.sock", "5.32", [mount](S &s) {
            MountFact m = mount(u"/home/u/docker.sock"_s, u"/docker.sock"_s, true);
            m.socketMatch = Provenance::Proc;
            s.c().mounts = {m};
        }, CheckStatus::Pass);
        add("5.32 path only", "5.32", [mount](S &s) { s.c().mounts = {mount(u"/var/run/docker.sock"_s, u"/var/run/docker.sock"_s, false)}; },
            CheckStatus::Fail);

        // §6, §7
        add("6.1 sprawl", "6.1", [](S &s) { s.input.info.images = 40; }, CheckStatus::Warn);
        add("6.2 sprawl", "6.2", [](S &s) { s.input.info.containersStopped = 30; }, CheckStatus::Warn);
        const auto swarm = [](S &s) {
            s.input.info.swarmState = u"active"_s;
            s.input.info.raw.insert(u"Swarm"_s, QJsonObject{{u"Managers"_s, 2}, {u"NodeAddr"_s, u"10.0.0.1"_s}});
        };
        add("7.1 two managers", "7.1", swarm, CheckStatus::Warn);
        add("7.2 swarm active", "7.2", swarm, CheckStatus::Unknown);
        add("7.3 unencrypted overlay", "7.3", [swarm](S &s) {
            swarm(s);
            NetworkSummary n;
            n.name = u"ov"_s;
            n.driver = u"overlay"_s;
            s.input.networks << n;
        }, CheckStatus::Fail, "absent");
        add("7.4 swarm active", "7.4", swarm, CheckStatus::Note);
        add("7.5 swarm active", "7.5", swarm, CheckStatus::Unknown);
        add("7.6 swarm active", "7.6", swarm, CheckStatus::Note);
        add("7.7 swarm active", "7.7", swarm, CheckStatus::Note);
        add("7.8 swarm active", "7.8", swarm, CheckStatus::Note);
        add("7.9 swarm active", "7.9", swarm, CheckStatus::Note, "10.0.0.1");

        // DS
        add("DS-SOCKET-ACCESS world", "DS-SOCKET-ACCESS", [](S &s) { s.fs.setStat(u"/run/docker.sock"_s, s_sock | 0666, 0, s_dockerGid); },
            CheckStatus::Fail, "every local user");
        add("DS-SOCKET-ACCESS members", "DS-SOCKET-ACCESS", [](S &s) {
            s.fs.setFile(u"/etc/group"_s, "root:x:0:\ndocker:x:999:alice,bob\n");
        }, CheckStatus::Warn, "alice, bob");
        add("DS-SOCKET-ACCESS remote", "DS-SOCKET-ACCESS", [](S &s) { s.noHost = true; }, CheckStatus::Unknown);
        add("DS-DATA-ROOT world-readable", "DS-DATA-ROOT", [](S &s) { s.fs.setStat(u"/var/lib/docker"_s, s_dir | 0755, 0, 0); },
            CheckStatus::Warn, "0755");
        add("DS-DATA-ROOT writable", "DS-DATA-ROOT", [](S &s) { s.fs.setStat(u"/var/lib/docker"_s, s_dir | 0777, 0, 0); },
            CheckStatus::Fail);
        add("DS-USERNS off", "DS-USERNS", [](S &s) { plainDaemon(s); }, CheckStatus::Warn);
        add("DS-USERNS rootless", "DS-USERNS", [](S &s) { s.input.info.securityOptions.removeAt(3); }, CheckStatus::Pass,
            "rootless");
        // A rootless daemon's socket is its owner's, in a private $XDG_RUNTIME_DIR.
        add("DS-SOCKET-ACCESS rootless, private runtime dir", "DS-SOCKET-ACCESS", [](S &s) {
            s.fs.setFile(u"/proc/4242/status"_s, "Name:\tdockerd\nUid:\t1000\t1000\t1000\t1000\n");
            s.fs.setStat(u"/run/user/1000"_s, s_dir | 0700, 1000, 1000);
            s.fs.setStat(u"/run/user/1000/docker.sock"_s, s_sock | 0660, 1000, 1000);
            s.input.context.socketPath = u"/run/user/1000/docker.sock"_s;
        }, CheckStatus::Pass, "private");
        add("DS-SOCKET-ACCESS rootless, socket of another user", "DS-SOCKET-ACCESS", [](S &s) {
            s.fs.setFile(u"/proc/4242/status"_s, "Name:\tdockerd\nUid:\t1000\t1000\t1000\t1000\n");
            s.fs.setStat(u"/run/user/1000"_s, s_dir | 0700, 1000, 1000);
            s.fs.setStat(u"/run/user/1000/docker.sock"_s, s_sock | 0660, 1001, 1000);
            s.input.context.socketPath = u"/run/user/1000/docker.sock"_s;
        }, CheckStatus::Fail);
        // dockerd sets the sticky bit on a rootless socket: it grants no access.
        add("3.16 sticky bit on the socket", "3.16", [](S &s) { s.fs.setStat(u"/run/docker.sock"_s, s_sock | 01660, 0, s_dockerGid); },
            CheckStatus::Pass);
        add("3.15 rootless socket of another user", "3.15", [](S &s) {
            s.fs.setFile(u"/proc/4242/status"_s, "Name:\tdockerd\nUid:\t1000\t1000\t1000\t1000\n");
            s.fs.setStat(u"/run/user/1000/docker.sock"_s, s_sock | 0660, 1001, 1000);
            s.input.context.socketPath = u"/run/user/1000/docker.sock"_s;
        }, CheckStatus::Fail);
        add("3.15 rootless daemon's uid unreadable", "3.15", [](S &s) { s.fs.deny(u"/proc/4242/status"_s); },
            CheckStatus::Unknown);
        add("3.15 rootless socket owned by the daemon's user", "3.15", [](S &s) {
            s.fs.setFile(u"/proc/4242/status"_s, "Name:\tdockerd\nUid:\t1000\t1000\t1000\t1000\n");
            s.fs.setStat(u"/run/user/1000/docker.sock"_s, s_sock | 0660, 1000, 1000);
            s.input.context.socketPath = u"/run/user/1000/docker.sock"_s;
        }, CheckStatus::Pass);
        add("DS-DATA-ROOT rootless, owner's home", "DS-DATA-ROOT", [](S &s) {
            s.fs.setFile(u"/proc/4242/status"_s, "Name:\tdockerd\nUid:\t1000\t1000\t1000\t1000\n");
            s.fs.setStat(u"/home/u/.local/share/docker"_s, s_dir | 0710, 1000, 1000);
            s.input.info.dockerRootDir = u"/home/u/.local/share/docker"_s;
        }, CheckStatus::Pass);
        add("DS-DATA-ROOT rootful, not root's", "DS-DATA-ROOT", [](S &s) {
            plainDaemon(s);
            s.fs.setStat(u"/var/lib/docker"_s, s_dir | 0710, 1000, 0);
        }, CheckStatus::Fail);
        // A registry directory that cannot be listed may hold certificates: not a pass.
        add("3.7 registry directory unreadable", "3.7", [](S &s) { s.fs.deny(u"/etc/docker/certs.d/registry.example:5000"_s); },
            CheckStatus::Unknown);
        add("3.8 registry directory unreadable", "3.8", [](S &s) { s.fs.deny(u"/etc/docker/certs.d/registry.example:5000"_s); },
            CheckStatus::Unknown);
        // Limits recorded but not enforced (rootless without cgroups): a fail, not the declaration's pass.
        add("5.11 not enforced (cgroup driver none)", "5.11", [](S &s) {
            s.c().cgroup.memory.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotEnforced, u"cgroup driver none"_s});
        }, CheckStatus::Fail, "not enforced");
        // Cgroup driver "none": a stopped container's declared limit will not be enforced either.
        add("5.11 stopped container, cgroup driver none", "5.11", [](S &s) {
            s.input.context.cgroupDriver = u"none"_s;
            s.c().inspect.state.running = false;
            s.c().cgroup.memory.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotRunning, u"not running"_s});
        }, CheckStatus::Fail, "none");
        add("DS-MEMINFO stopped container, cgroup driver none", "DS-MEMINFO", [](S &s) {
            s.input.context.cgroupDriver = u"none"_s;
            s.c().inspect.state.running = false;
            s.c().meminfo = MeminfoFacts{};
            s.c().meminfo.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotRunning, u"not running"_s});
            s.c().cgroup.memory.limit = s.c().meminfo.limit;
        }, CheckStatus::Warn, "none");
        add("5.29 not enforced (pids not delegated)", "5.29", [](S &s) {
            s.c().cgroup.pids.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotEnforced, u"no pids in cgroup.controllers"_s});
        }, CheckStatus::Fail, "not enforced");
        add("DS-MEMINFO not enforced", "DS-MEMINFO", [](S &s) {
            s.c().meminfo.limit = Fact<Limit>::unavailable(Error{ErrorCode::NotEnforced, u"cgroup driver none"_s});
            s.c().cgroup.memory.limit = s.c().meminfo.limit;
        }, CheckStatus::Warn, "not enforced");
        // A running container whose namespaces cannot be read: its declaration is no evidence.
        add("DS-HOST-NS namespaces unreadable", "DS-HOST-NS", [](S &s) {
            for (NamespaceFact &n : s.c().namespaces.namespaces) {
                n.inode = Fact<quint64>::unavailable(Error{ErrorCode::NeedsRoot, u"/proc/5000/ns: Permission denied"_s});
                n.shared.reset();
            }
        }, CheckStatus::Unknown);
        add("DS-ROOTLESS off", "DS-ROOTLESS", [](S &s) {
            s.input.info.securityOptions.removeLast();
            s.input.info.securityOptions.removeAt(3);
        }, CheckStatus::Warn);
        add("DS-MEMINFO no limit", "DS-MEMINFO", [](S &s) {
            s.c().meminfo.limit = Fact<Limit>::known(std::nullopt, Provenance::Proc);
        }, CheckStatus::Warn, "8589934592");
        add("DS-HOST-NS pid", "DS-HOST-NS", [](S &s) { s.setNs(u"pid"_s, true); }, CheckStatus::Fail, "pid");
        add("DS-NS-DISAGREE", "DS-NS-DISAGREE", [](S &s) {
            s.c().inspect.hostConfig.networkMode = u"host"_s;
            for (NamespaceFact &n : s.c().namespaces.namespaces) {
                if (n.type == u"net"_s) {
                    n.declaredMode = u"host"_s;
                    n.declaredShared = true;
                }
            }
        }, CheckStatus::Fail, "declared shared");
        add("DS-DANGEROUS-CAPS ptrace", "DS-DANGEROUS-CAPS", [](S &s) { s.setBounding(dockerDefaultCapabilities | (quint64(1) << 19), 0); },
            CheckStatus::Fail, "SYS_PTRACE (bounding)");
    }

    void verdicts()
    {
        QFETCH(QString, id);
        QFETCH(Mutator, mutate);
        QFETCH(CheckStatus, expected);
        QFETCH(QString, evidence);
        Scenario s;
        makeGood(s);
        mutate(s);
        const QList<CheckResult> results = run(s);
        qputenv("DOCKER_CONTENT_TRUST", "1");
        const CheckResult *r = find(results, id);
        QVERIFY(r);
        QVERIFY2(r->status == expected, qPrintable(u"expected %1, got "_s.arg(checkStatusName(expected)) + describe(*r)));
        if (expected == CheckStatus::Unknown)
            QVERIFY2(r->unknownReason.has_value(), qPrintable(describe(*r)));
        if (!evidence.isEmpty()) {
            bool found = false;
            for (const Evidence &e : r->evidence)
                found = found || e.value.contains(evidence) || e.key.contains(evidence);
            QVERIFY2(found, qPrintable(u"no evidence with \""_s + evidence + u"\": "_s + describe(*r)));
        }
        for (const Evidence &e : r->evidence)
            QVERIFY2(!e.value.contains(u"hunter2"_s), "a secret's value leaked into the evidence");
    }

    /// A failing DS-DANGEROUS-CAPS row names what was found; its title claims nothing.
    void dangerousCapsReadsRight()
    {
        Scenario s;
        makeGood(s);
        s.setBounding(dockerDefaultCapabilities | (quint64(1) << 21), 0);   // + CAP_SYS_ADMIN
        const QList<CheckResult> failing = run(s);
        const CheckResult *r = find(failing, u"DS-DANGEROUS-CAPS"_s);
        QVERIFY(r);
        QCOMPARE(r->status, CheckStatus::Fail);
        const QString title = QString::fromUtf8(r->title);
        // "fail — <title>" must not read as the pass condition.
        for (const char *claim : {"no ", "not ", "only", "holds no", "none"})
            QVERIFY2(!title.contains(QLatin1String(claim), Qt::CaseInsensitive), qPrintable(title));
        QVERIFY(r->message);
        const QString message = QString::fromUtf8(r->message).arg(r->messageArgs.value(0));
        QVERIFY2(message.contains(u"SYS_ADMIN"_s) && !message.startsWith(u"No "_s), qPrintable(message));
        // Docker's default set: pass, with its risky members named apart, not as dangerous.
        Scenario d;
        makeGood(d);
        d.setBounding(dockerDefaultCapabilities, dockerDefaultCapabilities);
        const QList<CheckResult> passing = run(d);
        const CheckResult *p = find(passing, u"DS-DANGEROUS-CAPS"_s);
        QCOMPARE(p->status, CheckStatus::Pass);
        QString risky;
        for (const Evidence &e : p->evidence) {
            if (e.key == u"default, risky capabilities"_s)
                risky = e.value;
        }
        QCOMPARE(risky, u"DAC_OVERRIDE (effective), SETUID (effective), NET_RAW (effective), MKNOD (effective)"_s);
    }

    /// No DS check's title states its pass condition: every verdict reads "<verdict> — <title>".
    void dsTitlesAreNeutral()
    {
        for (const CheckDefinition &d : dsCheckDefinitions()) {
            const QString title = u" "_s + QString::fromUtf8(d.title);
            for (const char *claim : {"no ", "not ", "only ", "is ", "are ", "runs ", "holds ", "match", "does "})
                QVERIFY2(!title.contains(QString(u" "_s + QLatin1String(claim)), Qt::CaseInsensitive),
                         qPrintable(QString::fromLatin1(d.id) + u": "_s + title));
        }
    }

    /// Over tcp without host access nothing host-side may pass silently.
    void remoteNeverSilentlyPasses()
    {
        Scenario s;
        makeGood(s);
        s.noHost = true;
        s.input.host.hostAccess = false;
        const QList<CheckResult> results = run(s);
        for (const CheckResult &r : results) {
            QVERIFY2(!r.evidence.isEmpty(), qPrintable(r.id));
            if (r.status == CheckStatus::Unknown)
                QVERIFY2(r.unknownReason && !r.unknownReason->detail.isEmpty(), qPrintable(r.id));
        }
        for (const char *id : {"1.1.1", "1.1.3", "3.1", "3.16", "2.3", "2.7", "2.14", "DS-DATA-ROOT"})
            QVERIFY2(find(results, QString::fromLatin1(id))->status == CheckStatus::Unknown, id);
        // API-decidable checks still decide.
        QCOMPARE(find(results, u"2.9"_s)->status, CheckStatus::Pass);
        QCOMPARE(find(results, u"5.5"_s)->status, CheckStatus::Pass);
    }

    /// Never pass on missing evidence: with every host file unreadable, the facts collected the
    /// real way (collectHostFacts, collectContainerFacts) are all unavailable, and no check may
    /// pass on them. A pass may rest only on what the Engine API said (source "api"), and its
    /// evidence never reads "unknown" or "unreadable". Walks every check, for a plain, a remapped
    /// and a rootless daemon, with a running container that declares every limit. (4.5 passes
    /// on this client's own DOCKER_CONTENT_TRUST: read, and no host file.)
    void noPassOnUnreadableEvidence_data()
    {
        QTest::addColumn<QStringList>("securityOptions");
        QTest::addColumn<QString>("cgroupDriver");
        QTest::addRow("plain daemon") << QStringList{u"seccomp"_s} << u"cgroupfs"_s;
        QTest::addRow("remapped daemon") << QStringList{u"seccomp"_s, u"userns"_s} << u"cgroupfs"_s;
        QTest::addRow("rootless daemon, cgroup v1") << QStringList{u"seccomp"_s, u"rootless"_s} << u"none"_s;
        QTest::addRow("rootless daemon, cgroup v2") << QStringList{u"seccomp"_s, u"rootless"_s} << u"systemd"_s;
    }
    void noPassOnUnreadableEvidence()
    {
        QFETCH(QStringList, securityOptions);
        QFETCH(QString, cgroupDriver);
        Scenario s;
        makeGood(s);
        s.input.info.securityOptions.clear();
        for (const QString &o : securityOptions)
            s.input.info.securityOptions << opt(o);
        s.input.info.cgroupDriver = cgroupDriver;
        s.fs.denyAll();
        s.input.context = CollectContext::fromDaemon(s.input.info, s.input.endpoint);
        s.input.host = collectHostFacts(&s.fs, s.input.context);
        const ContainerInspect inspect = s.c().inspect;
        s.input.containers = {collectContainerFacts(inspect, &s.fs, s.input.host, s.input.context)};
        QVERIFY(!s.c().pidVerified.isKnown());
        const QList<CheckResult> results = run(s);
        QVERIFY(results.size() > 100);
        for (const CheckResult &r : results) {
            if (r.status != CheckStatus::Pass)
                continue;
            QVERIFY2(r.source != EvidenceSource::HostFiles && r.source != EvidenceSource::Proc,
                     qPrintable(u"passed on unreadable host files: "_s + describe(r)));
            for (const Evidence &e : r.evidence) {
                const QString v = e.value.toLower();
                QVERIFY2(!v.contains(u"unknown"_s) && !v.contains(u"unreadable"_s) && !v.contains(u"unavailable"_s),
                         qPrintable(u"passed on evidence that was not read: "_s + describe(r)));
            }
            // A limit is judged from the declaration only where the daemon enforces limits.
            if (r.id == u"5.11"_s || r.id == u"5.12"_s || r.id == u"5.29"_s)
                QVERIFY2(!securityOptions.contains(u"rootless"_s), qPrintable(u"limit passed on the declaration alone: "_s + describe(r)));
        }
    }

    /// One result per container for container checks, naming the container.
    void perContainerResults()
    {
        Scenario s;
        makeGood(s);
        ContainerFacts bad = goodContainer();
        bad.id = u"bad"_s;
        bad.name = u"bad"_s;
        bad.inspect.hostConfig.privileged = true;
        s.input.containers << bad;
        s.input.tops << TopResult{};
        const QList<CheckResult> results = run(s);
        QList<const CheckResult *> r55;
        for (const CheckResult &r : results) {
            if (r.id == u"5.5"_s)
                r55 << &r;
        }
        QCOMPARE(r55.size(), 2);
        QCOMPARE(r55[0]->containerName, u"good"_s);
        QCOMPARE(r55[0]->status, CheckStatus::Pass);
        QCOMPARE(r55[1]->containerName, u"bad"_s);
        QCOMPARE(r55[1]->status, CheckStatus::Fail);
        QCOMPARE(r55[1]->scope, CheckScope::Container);
    }

    void noContainers()
    {
        Scenario s;
        makeGood(s);
        s.input.containers.clear();
        s.input.tops.clear();
        const QList<CheckResult> results = run(s);
        const CheckResult *r = find(results, u"5.4"_s);
        QVERIFY(r);
        QCOMPARE(r->status, CheckStatus::Info);
    }
};

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
