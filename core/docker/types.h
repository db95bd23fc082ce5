// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed value structs for the Engine API replies. Each keeps the raw JSON object too, so views
// can show the untouched inspect output and newer daemons' extra fields are never lost.
// Parsing: core/docker/jsonparse.h (fromJson functions, tolerant of absent/unknown fields).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

struct PingInfo
{
    QString apiVersion;     ///< "Api-Version" header, e.g. "1.41"
    QString osType;         ///< "Ostype" header
    QString server;         ///< "Server" header
    bool experimental = false;
};

struct VersionInfo
{
    QString version;        ///< "20.10.24+dfsg1"
    QString apiVersion;     ///< the daemon's maximum
    QString minApiVersion;
    QString gitCommit;
    QString goVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    bool experimental = false;
    QJsonObject raw;
};

/// One parsed "/info" SecurityOptions entry: "name=seccomp,profile=default".
struct SecurityOption
{
    QString name;
    QList<std::pair<QString, QString>> properties; ///< everything after name=, in order
    QString property(const QString &key) const;
};

struct DaemonInfo
{
    QString id;
    QString name;                   ///< host name of the daemon's host
    QString serverVersion;
    QString operatingSystem;
    QString osType;
    QString kernelVersion;
    QString architecture;
    QString dockerRootDir;
    QString driver;                 ///< storage driver
    QString loggingDriver;
    QString cgroupDriver;           ///< "cgroupfs" | "systemd" | "none"
    QString cgroupVersion;          ///< "1" | "2" (a string in the API)
    QString defaultRuntime;
    int ncpu = 0;
    qint64 memTotal = 0;
    int containers = 0;
    int containersRunning = 0;
    int containersPaused = 0;
    int containersStopped = 0;
    int images = 0;
    bool liveRestoreEnabled = false;
    bool debug = false;
    bool experimentalBuild = false;
    bool ipv4Forwarding = false;
    bool memoryLimit = false;
    bool swapLimit = false;
    bool pidsLimit = false;
    bool oomKillDisable = false;
    QList<SecurityOption> securityOptions;
    QStringList warnings;
    QStringList insecureRegistryCidrs;
    QStringList authorizationPlugins;
    QString swarmState;             ///< Swarm.LocalNodeState
    bool swarmControlAvailable = false;
    QJsonObject raw;

    bool hasSecurityOption(const QString &name) const;
    const SecurityOption *securityOption(const QString &name) const;
};

struct PortBinding
{
    QString containerPort;  ///< "80/tcp"
    QString hostIp;         ///< "" or "0.0.0.0" = all interfaces
    QString hostPort;
};

struct MountPoint
{
    QString type;           ///< bind | volume | tmpfs | npipe
    QString name;           ///< volume name
    QString source;         ///< host path
    QString destination;
    QString mode;
    QString propagation;
    bool rw = true;
};

struct ContainerSummary
{
    QString id;
    QString name;           ///< first of Names without the leading '/'
    QStringList names;
    QString image;
    QString imageId;
    QString command;
    qint64 created = 0;     ///< seconds since epoch
    QString state;          ///< created | running | paused | restarting | removing | exited | dead
    QString status;         ///< "Up 3 minutes"
    QString networkMode;
    QList<PortBinding> ports;
    QList<MountPoint> mounts;
    QJsonObject labels;
    QJsonObject raw;
};

struct DeviceMapping
{
    QString pathOnHost;
    QString pathInContainer;
    QString cgroupPermissions;
};

struct HostConfig
{
    bool privileged = false;
    bool readonlyRootfs = false;
    bool publishAllPorts = false;
    bool oomKillDisable = false;
    QStringList capAdd;             ///< verbatim, as stored by the daemon (case and CAP_ prefix vary)
    QStringList capDrop;
    QStringList securityOpt;
    QString pidMode;                ///< "" = private, "host", "container:<id>"
    QString networkMode;
    QString ipcMode;
    QString utsMode;
    QString usernsMode;
    QString cgroupnsMode;           ///< "private" | "host" | "" (daemon default)
    QString cgroupParent;
    QString runtime;
    qint64 memory = 0;              ///< 0 = unlimited
    qint64 memorySwap = 0;          ///< 0 = default, -1 = unlimited
    qint64 memoryReservation = 0;
    qint64 kernelMemory = 0;
    qint64 nanoCpus = 0;
    qint64 cpuShares = 0;
    qint64 cpuQuota = 0;
    qint64 cpuPeriod = 0;
    QString cpusetCpus;
    int blkioWeight = 0;
    std::optional<qint64> pidsLimit; ///< nullopt when null, 0 or -1 (all mean unlimited)
    QStringList binds;
    QList<DeviceMapping> devices;
    QStringList deviceCgroupRules;
    bool hasDeviceRequests = false;
    QString restartPolicyName;
    int restartPolicyMaximumRetryCount = 0;
    std::optional<QStringList> maskedPaths;   ///< nullopt when null (privileged)
    std::optional<QStringList> readonlyPaths;
    QList<PortBinding> portBindings;
    QJsonObject ulimits;            ///< name -> {Soft, Hard}; empty = daemon default
    QString logDriver;
    QJsonObject raw;
};

struct ContainerConfig
{
    QString user;                   ///< "" = the image's user (root unless the image says otherwise)
    QString image;                  ///< as the user named it, e.g. "dstest:1"
    QString hostname;
    QStringList env;
    QStringList cmd;
    QStringList entrypoint;
    QStringList exposedPorts;
    bool hasHealthcheck = false;
    QJsonObject labels;
};

struct ContainerState
{
    QString status;                 ///< created | running | paused | restarting | removing | exited | dead
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool oomKilled = false;
    bool dead = false;
    qint64 pid = 0;                 ///< 0 when not running; a pid of the daemon's kernel
    int exitCode = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString health;                 ///< "" (no healthcheck) | starting | healthy | unhealthy
};

struct ContainerInspect
{
    QString id;
    QString name;                   ///< without the leading '/'
    QString imageId;
    QString path;
    QStringList args;
    QDateTime created;
    QString driver;
    QString appArmorProfile;
    QString processLabel;
    QString mountLabel;
    QStringList execIds;
    int restartCount = 0;
    ContainerState state;
    HostConfig hostConfig;
    ContainerConfig config;
    QList<MountPoint> mounts;
    QList<PortBinding> ports;       ///< NetworkSettings.Ports, as actually bound
    QStringList networks;           ///< NetworkSettings.Networks keys
    QJsonObject raw;
};

struct ImageInspect
{
    QString id;
    QStringList repoTags;
    QString user;
    bool hasHealthcheck = false;
    QDateTime created;
    QJsonObject raw;
};

struct ImageHistoryEntry
{
    QString id;
    QString createdBy;
    qint64 size = 0;
};

struct NetworkSummary
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    bool internal = false;
    QJsonObject options;
    QJsonObject raw;
};

struct TopResult
{
    QStringList titles;
    QList<QStringList> processes;
    /// The values of one column ("CMD", "PID", "UID") for every process.
    QStringList column(const QString &title) const;
};

struct StatsSample
{
    QDateTime read;
    qint64 memoryUsage = 0;
    qint64 memoryMaxUsage = 0;      ///< v1 only; 0 when absent
    qint64 memoryLimit = 0;
    qint64 inactiveFile = 0;        ///< total_inactive_file (v1) or inactive_file (v2)
    std::optional<qint64> memoryFailcnt; ///< omitted by the daemon when 0
    qint64 cpuTotalUsage = 0;
    qint64 systemCpuUsage = 0;
    qint64 preCpuTotalUsage = 0;
    qint64 preSystemCpuUsage = 0;
    int onlineCpus = 0;
    qint64 pidsCurrent = 0;
    qint64 pidsLimit = 0;
    QJsonObject raw;
    /// usage minus inactive file cache, as `docker stats` shows it
    qint64 memoryWorkingSet() const;
};

struct DockerEvent
{
    QString type;                   ///< container | image | network | volume | daemon …
    QString action;                 ///< start | die | destroy | rename | oom | "exec_create: sh -c …"
    QString actorId;
    QJsonObject attributes;
    qint64 timeNano = 0;
    QJsonObject raw;
};

struct ExecOptions
{
    QStringList cmd;                ///< argv; never a shell string
    QString user;
    bool privileged = false;
};

struct ExecOutput
{
    QByteArray standardOutput;
    QByteArray standardError;
};

struct ExecInspect
{
    QString id;
    QString containerId;
    bool running = false;
    int exitCode = 0;
    qint64 pid = 0;
    bool privileged = false;
    QString user;
    QString entrypoint;
    QStringList arguments;
};

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::ContainerSummary)
Q_DECLARE_METATYPE(dockscope::core::ContainerInspect)
Q_DECLARE_METATYPE(dockscope::core::StatsSample)
Q_DECLARE_METATYPE(dockscope::core::DockerEvent)
