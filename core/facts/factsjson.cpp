// SPDX-License-Identifier: GPL-3.0-or-later
// containerFactsToJson(): the `dockscope inspect --format json` object (docs/inspect-schema.md).

#include "core/facts/capabilities.h"
#include "core/facts/factscollector.h"

#include <QJsonArray>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

QString provenanceName(Provenance p)
{
    switch (p) {
    case Provenance::Proc: return u"proc"_s;
    case Provenance::Api: return u"api"_s;
    case Provenance::Exec: return u"exec"_s;
    case Provenance::Unavailable: break;
    }
    return u"unavailable"_s;
}

QString versionName(CgroupVersion v)
{
    switch (v) {
    case CgroupVersion::V1: return u"1"_s;
    case CgroupVersion::V2: return u"2"_s;
    case CgroupVersion::Hybrid: return u"hybrid"_s;
    case CgroupVersion::Unknown: break;
    }
    return QString();
}

QString referenceName(HostReference r)
{
    switch (r) {
    case HostReference::Pid1: return u"pid1"_s;
    case HostReference::DaemonProcess: return u"daemon"_s;
    case HostReference::Self: return u"self"_s;
    case HostReference::None: break;
    }
    return u"none"_s;
}

QString sensitiveName(SensitivePath s)
{
    switch (s) {
    case SensitivePath::None: return u"none"_s;
    case SensitivePath::Root: return u"root"_s;
    case SensitivePath::Boot: return u"boot"_s;
    case SensitivePath::Dev: return u"dev"_s;
    case SensitivePath::Etc: return u"etc"_s;
    case SensitivePath::Lib: return u"lib"_s;
    case SensitivePath::Proc: return u"proc"_s;
    case SensitivePath::Sys: return u"sys"_s;
    case SensitivePath::Usr: return u"usr"_s;
    case SensitivePath::DockerDataRoot: return u"dockerDataRoot"_s;
    case SensitivePath::DockerSocket: return u"dockerSocket"_s;
    case SensitivePath::ContainerdSocket: return u"containerdSocket"_s;
    case SensitivePath::Other: return u"other"_s;
    }
    return u"none"_s;
}

QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{u"code"_s, errorCodeName(e.code)}, {u"detail"_s, e.detail}};
}

QJsonValue num(qint64 v) { return QJsonValue(static_cast<double>(v)); }
QJsonValue limitJson(const Limit &l) { return l ? num(*l) : QJsonValue(QJsonValue::Null); }
QJsonArray strings(const QStringList &l) { return QJsonArray::fromStringList(l); }

QJsonObject mapJson(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), num(it.value()));
    return o;
}

/// Writes a fact under key: its value (null when unknown) and, when unknown, the reason under
/// unavailable[key]. Limits: null with no unavailable entry means "no limit".
class Writer
{
public:
    template<class T, class Convert>
    void put(const QString &key, const Fact<T> &fact, Convert convert)
    {
        if (fact.isKnown()) {
            m_object.insert(key, convert(*fact.value));
        } else {
            m_object.insert(key, QJsonValue::Null);
            m_unavailable.insert(key, errorJson(fact.why));
        }
    }
    void put(const QString &key, const Fact<qint64> &f) { put(key, f, num); }
    void put(const QString &key, const Fact<Limit> &f) { put(key, f, limitJson); }
    void put(const QString &key, const Fact<bool> &f) { put(key, f, [](bool b) { return QJsonValue(b); }); }
    void put(const QString &key, const Fact<int> &f) { put(key, f, [](int i) { return QJsonValue(i); }); }
    void put(const QString &key, const Fact<QString> &f) { put(key, f, [](const QString &s) { return QJsonValue(s); }); }
    void set(const QString &key, const QJsonValue &v) { m_object.insert(key, v); }

    QJsonObject finish(const QString &sourceKey = QString(), Provenance source = Provenance::Proc)
    {
        if (!sourceKey.isEmpty())
            m_object.insert(sourceKey, provenanceName(source));
        if (!m_unavailable.isEmpty())
            m_object.insert(u"unavailable"_s, m_unavailable);
        return m_object;
    }

private:
    QJsonObject m_object;
    QJsonObject m_unavailable;
};

QJsonObject meminfoSummary(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    const std::pair<const char *, const char *> keys[] = {
        {"MemTotal", "memTotal"}, {"MemFree", "memFree"}, {"MemAvailable", "memAvailable"},
        {"SwapTotal", "swapTotal"}, {"SwapFree", "swapFree"}};
    for (const auto &[kernelKey, jsonKey] : keys) {
        const QString k = QString::fromLatin1(kernelKey);
        o.insert(QString::fromLatin1(jsonKey), m.contains(k) ? num(m.value(k)) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

} // namespace

QJsonObject containerFactsToJson(const ContainerFacts &f)
{
    QJsonObject root;
    root.insert(u"id"_s, f.id);
    root.insert(u"name"_s, f.name);
    root.insert(u"pid"_s, num(f.pid));
    root.insert(u"collectedAt"_s, f.collectedAt.toString(Qt::ISODateWithMs));
    {
        Writer w;
        w.put(u"verified"_s, f.pidVerified);
        // How it was proven: its own cgroup, or its parent shim (no cgroup of its own).
        w.set(u"proof"_s, f.pidProof == PidProof::Cgroup ? QJsonValue(u"cgroup"_s)
                          : f.pidProof == PidProof::Shim ? QJsonValue(u"shim"_s)
                                                         : QJsonValue(QJsonValue::Null));
        if (f.pidProof == PidProof::Shim)
            w.set(u"shimPid"_s, num(f.shimPid));
        root.insert(u"pidCheck"_s, w.finish(u"source"_s, f.pidVerified.source));
    }

    // namespaces
    QJsonArray namespaces;
    for (const NamespaceFact &n : f.namespaces.namespaces) {
        QJsonObject o;
        o.insert(u"type"_s, n.type);
        o.insert(u"inode"_s, n.inode.isKnown() ? num(qint64(*n.inode.value)) : QJsonValue(QJsonValue::Null));
        o.insert(u"hostInode"_s, n.hostInode.isKnown() ? num(qint64(*n.hostInode.value)) : QJsonValue(QJsonValue::Null));
        o.insert(u"shared"_s, n.shared ? QJsonValue(*n.shared) : QJsonValue(QJsonValue::Null));
        o.insert(u"declaredMode"_s, n.declaredMode);
        if (!n.declaredPeer.isEmpty())
            o.insert(u"declaredPeer"_s, n.declaredPeer);
        o.insert(u"declaredShared"_s, n.declaredShared ? QJsonValue(*n.declaredShared) : QJsonValue(QJsonValue::Null));
        o.insert(u"disagrees"_s, n.disagrees);
        o.insert(u"source"_s, provenanceName(n.inode.source));
        QJsonObject unavailable;
        if (!n.inode.isKnown())
            unavailable.insert(u"inode"_s, errorJson(n.inode.why));
        if (!n.hostInode.isKnown())
            unavailable.insert(u"hostInode"_s, errorJson(n.hostInode.why));
        if (!unavailable.isEmpty())
            o.insert(u"unavailable"_s, unavailable);
        namespaces.append(o);
    }
    root.insert(u"namespaces"_s, namespaces);
    root.insert(u"namespaceReference"_s,
                QJsonObject{{u"kind"_s, referenceName(f.namespaces.reference)},
                            {u"pid"_s, num(f.namespaces.referencePid)}});
    {
        Writer w;
        w.put(u"uidMap"_s, f.namespaces.uidMap);
        w.put(u"gidMap"_s, f.namespaces.gidMap);
        w.set(u"rootMapsTo"_s, f.namespaces.rootMapsTo ? num(*f.namespaces.rootMapsTo) : QJsonValue(QJsonValue::Null));
        root.insert(u"userNamespace"_s, w.finish(u"source"_s, f.namespaces.uidMap.source));
    }

    // capabilities
    {
        const CapabilityFacts &c = f.capabilities;
        Writer w;
        const auto set = [](quint64 mask) { return strings(Capabilities::names(mask)); };
        w.put(u"effective"_s, c.sets, [&](const CapabilitySets &s) { return set(s.effective); });
        w.put(u"permitted"_s, c.sets, [&](const CapabilitySets &s) { return set(s.permitted); });
        w.put(u"bounding"_s, c.sets, [&](const CapabilitySets &s) { return set(s.bounding); });
        w.put(u"inheritable"_s, c.sets, [&](const CapabilitySets &s) { return set(s.inheritable); });
        w.put(u"ambient"_s, c.sets, [&](const CapabilitySets &s) { return set(s.ambient); });
        w.set(u"added"_s, strings(c.addedToDefault));
        w.set(u"dropped"_s, strings(c.droppedFromDefault));
        w.set(u"declaredAdd"_s, strings(c.declaredAdd));
        w.set(u"declaredDrop"_s, strings(c.declaredDrop));
        w.set(u"privileged"_s, c.privileged);
        w.set(u"expectedBounding"_s, set(c.expectedBounding));
        w.set(u"lastCap"_s, c.lastCap);
        w.put(u"noNewPrivs"_s, c.noNewPrivs);
        w.put(u"seccomp"_s, c.seccompMode);
        w.put(u"seccompFilters"_s, c.seccompFilters);
        w.put(u"lsm"_s, c.lsmLabel);
        w.set(u"appArmorProfile"_s, c.declaredAppArmorProfile);
        w.set(u"securityOpt"_s, strings(c.securityOpt));
        root.insert(u"capabilities"_s, w.finish(u"source"_s, c.sets.source));
    }

    // cgroup
    {
        const CgroupFacts &cg = f.cgroup;
        Writer w;
        const QString v = versionName(cg.version);
        w.set(u"version"_s, v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
        w.set(u"driver"_s, cg.driver);
        w.put(u"path"_s, cg.path);
        Writer m;
        m.put(u"limit"_s, cg.memory.limit);
        m.put(u"usage"_s, cg.memory.usage);
        m.put(u"maxUsage"_s, cg.memory.peak);
        m.put(u"failcnt"_s, cg.memory.limitHits);
        m.put(u"softLimit"_s, cg.memory.softLimit);
        m.put(u"high"_s, cg.memory.high);
        m.put(u"low"_s, cg.memory.low);
        m.put(u"swapLimit"_s, cg.memory.swapLimit);
        m.put(u"swapUsage"_s, cg.memory.swapUsage);
        m.put(u"kmemLimit"_s, cg.memory.kmemLimit);
        m.put(u"kmemUsage"_s, cg.memory.kmemUsage);
        m.put(u"oomKillDisable"_s, cg.memory.oomKillDisable);
        m.put(u"underOom"_s, cg.memory.underOom);
        m.put(u"oomKills"_s, cg.memory.oomKills);
        m.put(u"oomEvents"_s, cg.memory.oomEvents);
        m.put(u"stat"_s, cg.memory.stat, [](const QMap<QString, qint64> &s) { return mapJson(s); });
        w.set(u"memory"_s, m.finish());
        Writer p;
        p.put(u"limit"_s, cg.pids.limit);
        p.put(u"current"_s, cg.pids.current);
        w.set(u"pids"_s, p.finish());
        Writer c;
        c.put(u"shares"_s, cg.cpu.shares);
        c.put(u"weight"_s, cg.cpu.weight);
        c.put(u"quota"_s, cg.cpu.quota);
        c.put(u"period"_s, cg.cpu.period);
        c.put(u"cpusetCpus"_s, cg.cpu.cpusetCpus);
        w.set(u"cpu"_s, c.finish());
        Writer b;
        b.put(u"weight"_s, cg.blkio.weight);
        b.put(u"throttles"_s, cg.blkio.throttles, [](const QStringList &l) { return strings(l); });
        w.set(u"blkio"_s, b.finish());
        const HostConfig &hc = f.inspect.hostConfig;
        w.set(u"declared"_s, QJsonObject{
            {u"memory"_s, num(hc.memory)},
            {u"memorySwap"_s, num(hc.memorySwap)},
            {u"memoryReservation"_s, num(hc.memoryReservation)},
            {u"pidsLimit"_s, hc.pidsLimit ? num(*hc.pidsLimit) : QJsonValue(QJsonValue::Null)},
            {u"nanoCpus"_s, num(hc.nanoCpus)},
            {u"cpuShares"_s, num(hc.cpuShares)},
            {u"cpuQuota"_s, num(hc.cpuQuota)},
            {u"cpuPeriod"_s, num(hc.cpuPeriod)},
            {u"cpusetCpus"_s, hc.cpusetCpus},
            {u"blkioWeight"_s, hc.blkioWeight},
            {u"cgroupParent"_s, hc.cgroupParent},
        });
        root.insert(u"cgroup"_s, w.finish(u"source"_s, cg.path.source));
    }

    // meminfo
    {
        const MeminfoFacts &mi = f.meminfo;
        Writer w;
        w.put(u"container"_s, mi.container, meminfoSummary);
        w.put(u"host"_s, mi.host, meminfoSummary);
        w.put(u"limit"_s, mi.limit);
        w.set(u"seesHostMemory"_s, mi.seesHostMemory ? QJsonValue(*mi.seesHostMemory) : QJsonValue(QJsonValue::Null));
        root.insert(u"meminfo"_s, w.finish(u"source"_s, mi.container.source));
    }

    // mounts
    QJsonArray mounts;
    for (const MountFact &m : f.mounts) {
        mounts.append(QJsonObject{
            {u"type"_s, m.mount.type},
            {u"source"_s, m.mount.source},
            {u"destination"_s, m.mount.destination},
            {u"readOnly"_s, m.readOnly},
            {u"propagation"_s, m.propagation},
            {u"sensitive"_s, sensitiveName(m.sensitive)},
            {u"dockerSocket"_s, m.isDockerSocket},
            {u"socketMatch"_s, provenanceName(m.socketMatch)},
            {u"provenance"_s, provenanceName(m.source)},
        });
    }
    root.insert(u"mounts"_s, mounts);

    // user
    {
        const IdentityFacts &id = f.identity;
        Writer w;
        w.set(u"declared"_s, id.declaredUser);
        w.put(u"uid"_s, id.uid);
        w.put(u"gid"_s, id.gid);
        w.put(u"containerUid"_s, id.containerUid);
        w.set(u"readonlyRootfs"_s, id.readonlyRootfs);
        QJsonArray devices;
        for (const DeviceMapping &d : id.devices) {
            devices.append(QJsonObject{{u"pathOnHost"_s, d.pathOnHost},
                                       {u"pathInContainer"_s, d.pathInContainer},
                                       {u"cgroupPermissions"_s, d.cgroupPermissions}});
        }
        w.set(u"devices"_s, devices);
        w.set(u"maskedPaths"_s, id.maskedPaths ? QJsonValue(strings(*id.maskedPaths)) : QJsonValue(QJsonValue::Null));
        w.set(u"readonlyPaths"_s, id.readonlyPaths ? QJsonValue(strings(*id.readonlyPaths)) : QJsonValue(QJsonValue::Null));
        root.insert(u"user"_s, w.finish(u"source"_s, id.uid.source));
    }
    return root;
}

} // namespace dockscope::core
