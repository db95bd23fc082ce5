// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparse.h"

#include <QtNumeric>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dockscope::core::json {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

qint64 int64(const QJsonValue &v)
{
    if (v.isDouble()) {
        const qint64 asInt = v.toInteger(std::numeric_limits<qint64>::min());
        if (asInt != std::numeric_limits<qint64>::min())
            return asInt;
        const double d = v.toDouble();
        if (std::isfinite(d) && d < 9.2e18 && d > -9.2e18)
            return qint64(d);
        return d > 0 ? std::numeric_limits<qint64>::max() : 0;
    }
    if (v.isString()) // a few fields are strings on some daemons
        return v.toString().toLongLong();
    return 0;
}

qint64 int64(const QJsonObject &o, QLatin1StringView key)
{
    return int64(o.value(key));
}

int int32(const QJsonObject &o, QLatin1StringView key)
{
    return int(qBound(qint64(std::numeric_limits<int>::min()), int64(o, key), qint64(std::numeric_limits<int>::max())));
}

bool boolean(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toBool();
}

QJsonObject obj(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

/// A JSON array of strings, or a single string (Cmd/Entrypoint can be either); null -> empty.
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        const QJsonArray array = v.toArray();
        for (const auto &item : array)
            out.append(item.toString());
    }
    return out;
}

QStringList strings(const QJsonObject &o, QLatin1StringView key)
{
    return strings(o.value(key));
}

std::optional<QStringList> optionalStrings(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return std::nullopt;
    return strings(v);
}

MountPoint mountPoint(const QJsonObject &o)
{
    MountPoint m;
    m.type = str(o, "Type"_L1);
    m.name = str(o, "Name"_L1);
    m.source = str(o, "Source"_L1);
    m.destination = str(o, "Destination"_L1);
    m.mode = str(o, "Mode"_L1);
    m.propagation = str(o, "Propagation"_L1);
    m.rw = o.contains("RW"_L1) ? boolean(o, "RW"_L1) : true;
    return m;
}

/// {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "443/tcp": null}
QList<PortBinding> portMap(const QJsonObject &o)
{
    QList<PortBinding> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray bindings = it.value().toArray();
        for (const auto &b : bindings) {
            const QJsonObject binding = b.toObject();
            out.append({it.key(), str(binding, "HostIp"_L1), str(binding, "HostPort"_L1)});
        }
    }
    return out;
}

ContainerState containerState(const QJsonObject &o)
{
    ContainerState s;
    s.status = str(o, "Status"_L1);
    s.running = boolean(o, "Running"_L1);
    s.paused = boolean(o, "Paused"_L1);
    s.restarting = boolean(o, "Restarting"_L1);
    s.oomKilled = boolean(o, "OOMKilled"_L1);
    s.dead = boolean(o, "Dead"_L1);
    s.pid = int64(o, "Pid"_L1);
    s.exitCode = int32(o, "ExitCode"_L1);
    s.startedAt = parseTime(str(o, "StartedAt"_L1));
    s.finishedAt = parseTime(str(o, "FinishedAt"_L1));
    s.health = str(obj(o, "Health"_L1), "Status"_L1);
    return s;
}

HostConfig hostConfig(const QJsonObject &o)
{
    HostConfig h;
    h.raw = o;
    h.privileged = boolean(o, "Privileged"_L1);
    h.readonlyRootfs = boolean(o, "ReadonlyRootfs"_L1);
    h.publishAllPorts = boolean(o, "PublishAllPorts"_L1);
    h.oomKillDisable = boolean(o, "OomKillDisable"_L1);
    h.capAdd = strings(o, "CapAdd"_L1);
    h.capDrop = strings(o, "CapDrop"_L1);
    h.securityOpt = strings(o, "SecurityOpt"_L1);
    h.pidMode = str(o, "PidMode"_L1);
    h.networkMode = str(o, "NetworkMode"_L1);
    h.ipcMode = str(o, "IpcMode"_L1);
    h.utsMode = str(o, "UTSMode"_L1);
    h.usernsMode = str(o, "UsernsMode"_L1);
    h.cgroupnsMode = str(o, "CgroupnsMode"_L1);
    h.cgroupParent = str(o, "CgroupParent"_L1);
    h.runtime = str(o, "Runtime"_L1);
    h.memory = int64(o, "Memory"_L1);
    h.memorySwap = int64(o, "MemorySwap"_L1);
    h.memoryReservation = int64(o, "MemoryReservation"_L1);
    h.kernelMemory = int64(o, "KernelMemory"_L1);
    h.nanoCpus = int64(o, "NanoCpus"_L1);
    h.cpuShares = int64(o, "CpuShares"_L1);
    h.cpuQuota = int64(o, "CpuQuota"_L1);
    h.cpuPeriod = int64(o, "CpuPeriod"_L1);
    h.cpusetCpus = str(o, "CpusetCpus"_L1);
    h.blkioWeight = int32(o, "BlkioWeight"_L1);
    const qint64 pids = int64(o, "PidsLimit"_L1);
    if (pids > 0)
        h.pidsLimit = pids; // null, 0 and -1 all mean unlimited
    h.binds = strings(o, "Binds"_L1);
    const QJsonArray devices = o.value("Devices"_L1).toArray();
    for (const auto &d : devices) {
        const QJsonObject device = d.toObject();
        h.devices.append({str(device, "PathOnHost"_L1), str(device, "PathInContainer"_L1),
                          str(device, "CgroupPermissions"_L1)});
    }
    h.deviceCgroupRules = strings(o, "DeviceCgroupRules"_L1);
    h.hasDeviceRequests = !o.value("DeviceRequests"_L1).toArray().isEmpty();
    const QJsonObject restart = obj(o, "RestartPolicy"_L1);
    h.restartPolicyName = str(restart, "Name"_L1);
    h.restartPolicyMaximumRetryCount = int32(restart, "MaximumRetryCount"_L1);
    h.maskedPaths = optionalStrings(o, "MaskedPaths"_L1);
    h.readonlyPaths = optionalStrings(o, "ReadonlyPaths"_L1);
    h.portBindings = portMap(obj(o, "PortBindings"_L1));
    const QJsonArray ulimits = o.value("Ulimits"_L1).toArray();
    for (const auto &u : ulimits) {
        const QJsonObject limit = u.toObject();
        h.ulimits.insert(str(limit, "Name"_L1),
                         QJsonObject{{u"Soft"_s, limit.value("Soft"_L1)}, {u"Hard"_s, limit.value("Hard"_L1)}});
    }
    h.logDriver = str(obj(o, "LogConfig"_L1), "Type"_L1);
    return h;
}

bool hasHealthcheck(const QJsonObject &config)
{
    const QStringList test = strings(obj(config, "Healthcheck"_L1), "Test"_L1);
    return !test.isEmpty() && test.first() != u"NONE"_s;
}

ContainerConfig containerConfig(const QJsonObject &o)
{
    ContainerConfig c;
    c.user = str(o, "User"_L1);
    c.image = str(o, "Image"_L1);
    c.hostname = str(o, "Hostname"_L1);
    c.env = strings(o, "Env"_L1);
    c.cmd = strings(o, "Cmd"_L1);
    c.entrypoint = strings(o, "Entrypoint"_L1);
    c.exposedPorts = obj(o, "ExposedPorts"_L1).keys();
    c.hasHealthcheck = hasHealthcheck(o);
    c.labels = obj(o, "Labels"_L1);
    return c;
}

} // namespace

Result<QJsonObject> parseObject(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorCode::ParseError, u"JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{ErrorCode::ParseError, u"expected a JSON object"_s};
    return doc.object();
}

Result<QJsonArray> parseArray(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorCode::ParseError, u"JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString())};
    if (doc.isNull() || (!doc.isArray() && !doc.isObject()))
        return Error{ErrorCode::ParseError, u"expected a JSON array"_s};
    if (doc.isObject())
        return Error{ErrorCode::ParseError, u"expected a JSON array, got an object"_s};
    return doc.array();
}

QString daemonMessage(QByteArrayView body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    if (doc.isObject()) {
        QString message = doc.object().value("message"_L1).toString();
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body).trimmed().left(500);
}

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u"0001-01-01"_s))
        return {};
    QString t = text;
    // Qt reads at most milliseconds; cut nanoseconds down to three digits.
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt : QDateTime();
}

SecurityOption parseSecurityOption(const QString &entry)
{
    SecurityOption option;
    const QStringList parts = entry.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = eq < 0 ? part : part.left(eq);
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        if (key == u"name"_s && option.name.isEmpty())
            option.name = value;
        else
            option.properties.append({key, value});
    }
    return option;
}

VersionInfo versionInfoFromDaemonInfo(const QJsonObject &info, const QString &apiVersion)
{
    VersionInfo v;
    v.version = str(info, "ServerVersion"_L1);
    v.apiVersion = apiVersion;
    v.os = str(info, "OSType"_L1);
    v.arch = str(info, "Architecture"_L1);
    v.kernelVersion = str(info, "KernelVersion"_L1);
    v.experimental = boolean(info, "ExperimentalBuild"_L1);
    return v;
}

VersionInfo versionInfo(const QJsonObject &o)
{
    VersionInfo v;
    v.raw = o;
    v.version = str(o, "Version"_L1);
    v.apiVersion = str(o, "ApiVersion"_L1);
    v.minApiVersion = str(o, "MinAPIVersion"_L1);
    v.gitCommit = str(o, "GitCommit"_L1);
    v.goVersion = str(o, "GoVersion"_L1);
    v.os = str(o, "Os"_L1);
    v.arch = str(o, "Arch"_L1);
    v.kernelVersion = str(o, "KernelVersion"_L1);
    v.experimental = boolean(o, "Experimental"_L1);
    // The top-level bool is omitted when false; the Engine component says it as a string.
    const QJsonArray components = o.value("Components"_L1).toArray();
    for (const auto &c : components) {
        const QJsonObject component = c.toObject();
        if (str(component, "Name"_L1) == u"Engine"_s
            && obj(component, "Details"_L1).value("Experimental"_L1).toString() == u"true"_s)
            v.experimental = true;
    }
    return v;
}

DaemonInfo daemonInfo(const QJsonObject &o)
{
    DaemonInfo i;
    i.raw = o;
    i.id = str(o, "ID"_L1);
    i.name = str(o, "Name"_L1);
    i.serverVersion = str(o, "ServerVersion"_L1);
    i.operatingSystem = str(o, "OperatingSystem"_L1);
    i.osType = str(o, "OSType"_L1);
    i.kernelVersion = str(o, "KernelVersion"_L1);
    i.architecture = str(o, "Architecture"_L1);
    i.dockerRootDir = str(o, "DockerRootDir"_L1);
    i.driver = str(o, "Driver"_L1);
    i.loggingDriver = str(o, "LoggingDriver"_L1);
    i.cgroupDriver = str(o, "CgroupDriver"_L1);
    const QJsonValue cgroupVersion = o.value("CgroupVersion"_L1);
    i.cgroupVersion = cgroupVersion.isDouble() ? QString::number(int64(cgroupVersion)) : cgroupVersion.toString();
    i.defaultRuntime = str(o, "DefaultRuntime"_L1);
    i.ncpu = int32(o, "NCPU"_L1);
    i.memTotal = int64(o, "MemTotal"_L1);
    i.containers = int32(o, "Containers"_L1);
    i.containersRunning = int32(o, "ContainersRunning"_L1);
    i.containersPaused = int32(o, "ContainersPaused"_L1);
    i.containersStopped = int32(o, "ContainersStopped"_L1);
    i.images = int32(o, "Images"_L1);
    i.liveRestoreEnabled = boolean(o, "LiveRestoreEnabled"_L1);
    i.debug = boolean(o, "Debug"_L1);
    i.experimentalBuild = boolean(o, "ExperimentalBuild"_L1);
    i.ipv4Forwarding = boolean(o, "IPv4Forwarding"_L1);
    i.memoryLimit = boolean(o, "MemoryLimit"_L1);
    i.swapLimit = boolean(o, "SwapLimit"_L1);
    i.pidsLimit = boolean(o, "PidsLimit"_L1);
    i.oomKillDisable = boolean(o, "OomKillDisable"_L1);
    const QStringList options = strings(o, "SecurityOptions"_L1);
    for (const QString &entry : options)
        i.securityOptions.append(parseSecurityOption(entry));
    i.warnings = strings(o, "Warnings"_L1);
    i.insecureRegistryCidrs = strings(obj(o, "RegistryConfig"_L1), "InsecureRegistryCIDRs"_L1);
    i.authorizationPlugins = strings(obj(o, "Plugins"_L1), "Authorization"_L1);
    const QJsonObject swarm = obj(o, "Swarm"_L1);
    i.swarmState = str(swarm, "LocalNodeState"_L1);
    i.swarmControlAvailable = boolean(swarm, "ControlAvailable"_L1);
    return i;
}

ContainerSummary containerSummary(const QJsonObject &o)
{
    ContainerSummary c;
    c.raw = o;
    c.id = str(o, "Id"_L1);
    c.names = strings(o, "Names"_L1);
    if (!c.names.isEmpty()) {
        c.name = c.names.first();
        if (c.name.startsWith(u'/'))
            c.name.remove(0, 1);
    }
    c.image = str(o, "Image"_L1);
    c.imageId = str(o, "ImageID"_L1);
    c.command = str(o, "Command"_L1);
    c.created = int64(o, "Created"_L1);
    c.state = str(o, "State"_L1);
    c.status = str(o, "Status"_L1);
    c.networkMode = str(obj(o, "HostConfig"_L1), "NetworkMode"_L1);
    const QJsonArray ports = o.value("Ports"_L1).toArray();
    for (const auto &p : ports) {
        const QJsonObject port = p.toObject();
        PortBinding b;
        b.containerPort = QString::number(int64(port, "PrivatePort"_L1)) + u'/' + str(port, "Type"_L1);
        b.hostIp = str(port, "IP"_L1);
        if (port.contains("PublicPort"_L1))
            b.hostPort = QString::number(int64(port, "PublicPort"_L1));
        c.ports.append(b);
    }
    const QJsonArray mounts = o.value("Mounts"_L1).toArray();
    for (const auto &m : mounts)
        c.mounts.append(mountPoint(m.toObject()));
    c.labels = obj(o, "Labels"_L1);
    return c;
}

ContainerInspect containerInspect(const QJsonObject &o)
{
    ContainerInspect c;
    c.raw = o;
    c.id = str(o, "Id"_L1);
    c.name = str(o, "Name"_L1);
    if (c.name.startsWith(u'/'))
        c.name.remove(0, 1);
    c.imageId = str(o, "Image"_L1);
    c.path = str(o, "Path"_L1);
    c.args = strings(o, "Args"_L1);
    c.created = parseTime(str(o, "Created"_L1));
    c.driver = str(o, "Driver"_L1);
    c.appArmorProfile = str(o, "AppArmorProfile"_L1);
    c.processLabel = str(o, "ProcessLabel"_L1);
    c.mountLabel = str(o, "MountLabel"_L1);
    c.execIds = strings(o, "ExecIDs"_L1);
    c.restartCount = int32(o, "RestartCount"_L1);
    c.state = containerState(obj(o, "State"_L1));
    c.hostConfig = hostConfig(obj(o, "HostConfig"_L1));
    c.config = containerConfig(obj(o, "Config"_L1));
    const QJsonArray mounts = o.value("Mounts"_L1).toArray();
    for (const auto &m : mounts)
        c.mounts.append(mountPoint(m.toObject()));
    const QJsonObject network = obj(o, "NetworkSettings"_L1);
    c.ports = portMap(obj(network, "Ports"_L1));
    c.networks = obj(network, "Networks"_L1).keys();
    return c;
}

TopResult topResult(const QJsonObject &o)
{
    TopResult t;
    t.titles = strings(o, "Titles"_L1);
    const QJsonArray processes = o.value("Processes"_L1).toArray();
    for (const auto &p : processes)
        t.processes.append(strings(p));
    return t;
}

StatsSample statsSample(const QJsonObject &o)
{
    StatsSample s;
    s.raw = o;
    s.read = parseTime(str(o, "read"_L1));
    const QJsonObject memory = obj(o, "memory_stats"_L1);
    s.memoryUsage = int64(memory, "usage"_L1);
    s.memoryMaxUsage = int64(memory, "max_usage"_L1);
    s.memoryLimit = int64(memory, "limit"_L1);
    if (memory.contains("failcnt"_L1))
        s.memoryFailcnt = int64(memory, "failcnt"_L1);
    const QJsonObject memStats = obj(memory, "stats"_L1);
    s.inactiveFile = memStats.contains("total_inactive_file"_L1) ? int64(memStats, "total_inactive_file"_L1)
                                                                 : int64(memStats, "inactive_file"_L1);
    const QJsonObject cpu = obj(o, "cpu_stats"_L1);
    const QJsonObject cpuUsage = obj(cpu, "cpu_usage"_L1);
    s.cpuTotalUsage = int64(cpuUsage, "total_usage"_L1);
    s.systemCpuUsage = int64(cpu, "system_cpu_usage"_L1);
    s.onlineCpus = int32(cpu, "online_cpus"_L1);
    if (s.onlineCpus == 0) // older daemons: the length of percpu_usage
        s.onlineCpus = int(cpuUsage.value("percpu_usage"_L1).toArray().size());
    const QJsonObject precpu = obj(o, "precpu_stats"_L1);
    s.preCpuTotalUsage = int64(obj(precpu, "cpu_usage"_L1), "total_usage"_L1);
    s.preSystemCpuUsage = int64(precpu, "system_cpu_usage"_L1);
    const QJsonObject pids = obj(o, "pids_stats"_L1);
    s.pidsCurrent = int64(pids, "current"_L1);
    s.pidsLimit = int64(pids, "limit"_L1);
    return s;
}

ImageInspect imageInspect(const QJsonObject &o)
{
    ImageInspect i;
    i.raw = o;
    i.id = str(o, "Id"_L1);
    i.repoTags = strings(o, "RepoTags"_L1);
    const QJsonObject config = obj(o, "Config"_L1);
    i.user = str(config, "User"_L1);
    i.hasHealthcheck = hasHealthcheck(config);
    i.created = parseTime(str(o, "Created"_L1));
    return i;
}

ImageHistoryEntry imageHistoryEntry(const QJsonObject &o)
{
    return {str(o, "Id"_L1), str(o, "CreatedBy"_L1), int64(o, "Size"_L1)};
}

NetworkSummary networkSummary(const QJsonObject &o)
{
    NetworkSummary n;
    n.raw = o;
    n.id = str(o, "Id"_L1);
    n.name = str(o, "Name"_L1);
    n.driver = str(o, "Driver"_L1);
    n.scope = str(o, "Scope"_L1);
    n.internal = boolean(o, "Internal"_L1);
    n.options = obj(o, "Options"_L1);
    return n;
}

DockerEvent dockerEvent(const QJsonObject &o)
{
    DockerEvent e;
    e.raw = o;
    e.type = str(o, "Type"_L1);
    e.action = str(o, "Action"_L1);
    if (e.action.isEmpty())
        e.action = str(o, "status"_L1); // pre-1.22 daemons
    const QJsonObject actor = obj(o, "Actor"_L1);
    e.actorId = str(actor, "ID"_L1);
    if (e.actorId.isEmpty())
        e.actorId = str(o, "id"_L1);
    e.attributes = obj(actor, "Attributes"_L1);
    e.timeNano = int64(o, "timeNano"_L1);
    // Seconds past 2262 (or before 1678) do not fit in nanoseconds: no time rather than UB
    // (found by fuzz_json_lines).
    if (e.timeNano == 0 && qMulOverflow(int64(o, "time"_L1), qint64(1000000000), &e.timeNano))
        e.timeNano = 0;
    return e;
}

ExecInspect execInspect(const QJsonObject &o)
{
    ExecInspect e;
    e.id = str(o, "ID"_L1);
    e.containerId = str(o, "ContainerID"_L1);
    e.running = boolean(o, "Running"_L1);
    e.exitCode = int32(o, "ExitCode"_L1);
    e.pid = int64(o, "Pid"_L1);
    const QJsonObject process = obj(o, "ProcessConfig"_L1);
    e.privileged = boolean(process, "privileged"_L1);
    e.user = str(process, "user"_L1);
    e.entrypoint = str(process, "entrypoint"_L1);
    e.arguments = strings(process, "arguments"_L1);
    return e;
}

} // namespace dockscope::core::json
