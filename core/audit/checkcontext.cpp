// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/checkcontext.h"
#include "core/facts/procparsers.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *s_capNames[] = {
    "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID",
    "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW",
    "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT",
    "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
    "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG",
    "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE",
};
constexpr int s_capCount = int(sizeof(s_capNames) / sizeof(s_capNames[0]));

Result<QList<GroupEntry>> parseGroups(const HostFs *fs)
{
    const Result<QByteArray> text = fs->readFile(u"/etc/group"_s);
    if (!text)
        return text.error();
    QList<GroupEntry> out;
    for (const QByteArray &raw : text.value().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).trimmed().split(u':');
        if (f.size() < 3 || f.at(0).startsWith(u'#'))
            continue;
        GroupEntry g;
        g.name = f.at(0);
        g.gid = f.at(2).toUInt();
        if (f.size() > 3)
            g.members = f.at(3).split(u',', Qt::SkipEmptyParts);
        out << g;
    }
    return out;
}

Result<QList<PasswdEntry>> parsePasswd(const HostFs *fs)
{
    const Result<QByteArray> text = fs->readFile(u"/etc/passwd"_s);
    if (!text)
        return text.error();
    QList<PasswdEntry> out;
    for (const QByteArray &raw : text.value().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).trimmed().split(u':');
        if (f.size() < 4 || f.at(0).startsWith(u'#'))
            continue;
        out << PasswdEntry{f.at(0), f.at(2).toUInt(), f.at(3).toUInt()};
    }
    return out;
}

} // namespace

QStringList CheckContext::hostPaths(const AuditInput &input)
{
    QStringList paths{u"/etc/group"_s, u"/etc/passwd"_s, u"/etc/docker"_s, u"/etc/docker/daemon.json"_s,
                      u"/etc/default/docker"_s, u"/etc/sysconfig/docker"_s, u"/etc/audit"_s,
                      u"/etc/audit/audit.rules"_s, u"/etc/audit/rules.d"_s, u"/etc/containerd/config.toml"_s,
                      u"/run/containerd"_s, u"/run/containerd/containerd.sock"_s,
                      u"/var/run/docker/containerd/containerd.sock"_s, u"/etc/docker/certs.d"_s};
    for (const QString &dir : {u"/etc/systemd/system/"_s, u"/run/systemd/system/"_s,
                               u"/usr/lib/systemd/system/"_s, u"/lib/systemd/system/"_s}) {
        paths << dir + u"docker.service"_s << dir + u"docker.socket"_s << dir + u"docker.socket.d"_s;
    }
    for (const QString &dir : {u"/usr/bin/"_s, u"/usr/sbin/"_s, u"/usr/local/bin/"_s, u"/bin/"_s, u"/sbin/"_s}) {
        for (const QString &bin : {u"dockerd"_s, u"containerd"_s, u"containerd-shim"_s,
                                   u"containerd-shim-runc-v1"_s, u"containerd-shim-runc-v2"_s, u"runc"_s})
            paths << dir + bin;
    }
    if (const std::optional<qint64> pid = input.host.daemonPid) {
        for (const char *name : {"cmdline", "exe", "mountinfo", "status"})
            paths << u"/proc/%1/"_s.arg(*pid) + QLatin1StringView(name);
    } else {
        paths << u"/proc/self/mountinfo"_s;
    }
    if (!input.context.socketPath.isEmpty()) {
        paths << input.context.socketPath;
        paths << input.context.socketPath.section(u'/', 0, -2);   // its directory ($XDG_RUNTIME_DIR)
    }
    if (!input.info.dockerRootDir.isEmpty())
        paths << input.info.dockerRootDir;
    return paths;
}

CheckContext::CheckContext(const AuditInput &input)
    : m_input(input)
{
    if (input.hostFs) {
        // One batch for the files the host checks read or stat (a remote HostFs turns this into
        // a single ssh command instead of one per file; the local one ignores it), then one for
        // the files the daemon's configuration names.
        input.hostFs->prefetch(hostPaths(input));
        m_config = DaemonConfig::load(input.hostFs, input.host.daemonPid);
        QStringList named;
        for (const char *key : {"containerd", "tlscacert", "tlscert", "tlskey"}) {
            const DaemonConfig::Setting s = m_config.setting(QString::fromLatin1(key));
            if (s.present && !s.stringValue().isEmpty())
                named << s.stringValue();
        }
        const DaemonConfig::Setting execRoot = m_config.setting(u"exec-root"_s);
        if (execRoot.present && !execRoot.stringValue().isEmpty())
            named << execRoot.stringValue() + u"/containerd/containerd.sock"_s;
        const QString certsDir = u"/etc/docker/certs.d"_s;
        const Result<QStringList> certDirs = input.hostFs->listDir(certsDir);
        if (certDirs) {
            for (const QString &d : *certDirs)
                named << certsDir + u'/' + d;
        }
        if (const Result<QStringList> rules = input.hostFs->listDir(u"/etc/audit/rules.d"_s)) {
            for (const QString &f : *rules)
                named << u"/etc/audit/rules.d/"_s + f;
        }
        if (!named.isEmpty())
            input.hostFs->prefetch(named);
        // The registry certificates one level further down (only when there are any).
        QStringList certFiles;
        for (const QString &d : certDirs.value_or(QStringList())) {
            const QString dir = certsDir + u'/' + d;
            for (const QString &f : input.hostFs->listDir(dir).value_or(QStringList()))
                certFiles << dir + u'/' + f;
        }
        if (!certFiles.isEmpty())
            input.hostFs->prefetch(certFiles);
        m_rules = AuditRules::load(input.hostFs);
        m_groups = parseGroups(input.hostFs);
        m_passwd = parsePasswd(input.hostFs);
    } else {
        m_config = DaemonConfig::load(nullptr, std::nullopt);
    }
}

QString CheckContext::socketPath() const
{
    if (!m_input.context.socketPath.isEmpty())
        return m_input.context.socketPath;
    if (m_input.endpoint.kind == Endpoint::Kind::Unix)
        return m_input.endpoint.socketPath;
    return QString();
}

bool CheckContext::daemonRemapsUsers() const
{
    for (const SecurityOption &o : m_input.info.securityOptions) {
        if (o.name == u"userns"_s)
            return true;
    }
    return false;
}

bool CheckContext::daemonRootless() const
{
    for (const SecurityOption &o : m_input.info.securityOptions) {
        if (o.name == u"rootless"_s)
            return true;
    }
    return false;
}

std::optional<quint32> CheckContext::daemonOwnerUid() const
{
    if (!daemonRootless())
        return 0;
    if (!fs())
        return std::nullopt;
    if (const std::optional<qint64> pid = daemonPid()) {
        if (const Result<QByteArray> status = fs()->readFile(u"/proc/%1/status"_s.arg(*pid))) {
            const Result<ProcStatus> parsed = parseProcStatus(*status);
            if (parsed && parsed->uid && parsed->uid->at(0) >= 0)
                return quint32(parsed->uid->at(0));
        }
    }
    // Not the socket's owner: judging the socket by its own owner would pass any owner.
    return std::nullopt;
}

QString CheckContext::groupName(quint32 gid) const
{
    if (m_groups) {
        for (const GroupEntry &g : m_groups.value()) {
            if (g.gid == gid)
                return g.name;
        }
    }
    return QString();
}

QString CheckContext::userName(quint32 uid) const
{
    if (m_passwd) {
        for (const PasswdEntry &p : m_passwd.value()) {
            if (p.uid == uid)
                return p.name;
        }
    }
    return QString();
}

QStringList CheckContext::groupMembers(quint32 gid) const
{
    QStringList out;
    if (m_groups) {
        for (const GroupEntry &g : m_groups.value()) {
            if (g.gid == gid)
                out << g.members;
        }
    }
    if (m_passwd) {
        for (const PasswdEntry &p : m_passwd.value()) {
            if (p.gid == gid && !out.contains(p.name))
                out << p.name;
        }
    }
    return out;
}

bool CheckContext::requireHostAccess(CheckResult &result) const
{
    if (m_input.hostFs)
        return true;
    setUnknown(result, m_input.host.noAccessReason.detail.isEmpty()
                           ? Error{ErrorCode::Unavailable, u"no access to the daemon's host files"_s}
                           : m_input.host.noAccessReason);
    return false;
}

std::optional<QString> CheckContext::requireDataRoot(CheckResult &result) const
{
    if (!requireHostAccess(result))
        return std::nullopt;
    const QString root = m_input.info.dockerRootDir;
    if (root.isEmpty()) {
        setUnknown(result, Error{ErrorCode::Unavailable, u"/info has no DockerRootDir"_s});
        return std::nullopt;
    }
    addEvidence(result, u"/info DockerRootDir"_s, root);
    return root;
}

void addEvidence(CheckResult &result, const QString &key, const QString &value)
{
    result.evidence.append(Evidence{key, value});
}

void setUnknown(CheckResult &result, const Error &why)
{
    result.status = CheckStatus::Unknown;
    result.unknownReason = why;
    addEvidence(result, u"unknown"_s, errorCodeName(why.code) + u": "_s + why.detail);
}

QString modeText(const FileStat &stat)
{
    QString s;
    if (stat.isDir())
        s += u'd';
    else if (stat.isSocket())
        s += u's';
    else
        s += u'-';
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        s += (stat.mode & (0400u >> i)) ? QLatin1Char(rwx[i]) : QLatin1Char('-');
    return u"%1 (%2)"_s.arg(QString::number(stat.permissions(), 8).rightJustified(4, u'0'), s);
}

QString ownerText(const CheckContext &context, const FileStat &stat)
{
    QString user = context.userName(stat.uid);
    QString group = context.groupName(stat.gid);
    if (user.isEmpty())
        user = QString::number(stat.uid);
    if (group.isEmpty())
        group = QString::number(stat.gid);
    return u"%1:%2 (%3:%4)"_s.arg(user, group).arg(stat.uid).arg(stat.gid);
}

QString capabilityName(int bit)
{
    if (bit < 0 || bit >= s_capCount)
        return bit >= 0 ? u"CAP_%1"_s.arg(bit) : QString();
    return QString::fromLatin1(s_capNames[bit]);
}

QStringList capabilityNames(quint64 mask)
{
    QStringList out;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            out << capabilityName(bit);
    }
    return out;
}

QString normaliseCapability(const QString &name)
{
    QString n = name.trimmed().toUpper();
    if (n.startsWith(u"CAP_"_s))
        n = n.mid(4);
    return n;
}

int capabilityBit(const QString &name)
{
    const QString n = normaliseCapability(name);
    for (int i = 0; i < s_capCount; ++i) {
        if (n == QLatin1StringView(s_capNames[i]))
            return i;
    }
    return -1;
}

QString hex(quint64 value)
{
    return u"0x"_s + QString::number(value, 16).rightJustified(16, u'0');
}

bool modeAtMost(const FileStat &stat, quint32 allowed)
{
    return (stat.permissions() & ~allowed & 07777) == 0;
}

std::optional<FileStat> statForCheck(const CheckContext &context, const QString &path, CheckResult &result,
                                     bool absentIsInfo)
{
    if (!context.requireHostAccess(result))
        return std::nullopt;
    const Result<FileStat> st = context.fs()->stat(path);
    result.source = EvidenceSource::HostFiles;
    if (!st) {
        if (st.error().code == ErrorCode::NotFound && absentIsInfo) {
            result.status = CheckStatus::Info;
            addEvidence(result, path, u"absent"_s);
            return std::nullopt;
        }
        setUnknown(result, st.error());
        return std::nullopt;
    }
    addEvidence(result, path, ownerText(context, st.value()) + u' ' + modeText(st.value()));
    return st.value();
}

const NamespaceFact *namespaceFact(const ContainerFacts &facts, const QString &type)
{
    for (const NamespaceFact &ns : facts.namespaces.namespaces) {
        if (ns.type == type)
            return &ns;
    }
    return nullptr;
}

} // namespace dockscope::core
