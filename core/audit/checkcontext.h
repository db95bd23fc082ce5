// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
#include "core/audit/auditrules.h"
#include "core/audit/daemonconfig.h"
#include "core/facts/hostfs.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

/// One line of /etc/group.
struct GroupEntry
{
    QString name;
    quint32 gid = 0;
    QStringList members;
};

/// One line of /etc/passwd (what the checks need).
struct PasswdEntry
{
    QString name;
    quint32 uid = 0;
    quint32 gid = 0;
};

/// What every check shares, read once per audit: the daemon's configuration, the audit rules,
/// the accounts, the socket in use. Built by runChecks in the worker thread.
class CheckContext
{
public:
    explicit CheckContext(const AuditInput &input);

    /// The host files the checks read before the daemon's configuration is known (the
    /// constructor prefetches them; AuditRunner adds them to an earlier batch of its own).
    static QStringList hostPaths(const AuditInput &input);

    const AuditInput &input() const { return m_input; }
    const HostFs *fs() const { return m_input.hostFs; }
    const DaemonConfig &config() const { return m_config; }
    const AuditRules &auditRules() const { return m_rules; }

    /// The daemon's unix socket on this host ("" when connected over tcp/ssh without one).
    QString socketPath() const;
    bool daemonRemapsUsers() const;     ///< /info SecurityOptions name=userns
    bool daemonRootless() const;
    /// The uid the daemon runs as on the host: 0, or a rootless daemon's user (its process's
    /// real uid); nullopt when a rootless daemon's process cannot be read.
    std::optional<quint32> daemonOwnerUid() const;

    const Result<QList<GroupEntry>> &groups() const { return m_groups; }
    Result<QList<PasswdEntry>> passwd() const { return m_passwd; }
    QString groupName(quint32 gid) const;   ///< "" when unknown
    QString userName(quint32 uid) const;
    /// Members of a group: listed members plus accounts whose primary group it is.
    QStringList groupMembers(quint32 gid) const;

    /// Sets Unknown(Unavailable) and returns false when there is no host access.
    bool requireHostAccess(CheckResult &result) const;
    /// The daemon's data root (/info DockerRootDir) on a host this audit can read, recorded as
    /// evidence; nullopt after setting Unknown(Unavailable) when there is no host access or the
    /// daemon did not say.
    std::optional<QString> requireDataRoot(CheckResult &result) const;

    /// The daemon's pid on this host, when known.
    std::optional<qint64> daemonPid() const { return m_input.host.daemonPid; }

    // Overridable config for tests of remote hosts (the input has no HostFs).
    void setConfig(const DaemonConfig &config) { m_config = config; }
    void setAuditRules(const AuditRules &rules) { m_rules = rules; }

private:
    const AuditInput &m_input;
    DaemonConfig m_config;
    AuditRules m_rules;
    Result<QList<GroupEntry>> m_groups{Error{ErrorCode::Unavailable, QStringLiteral("no host access")}};
    Result<QList<PasswdEntry>> m_passwd{Error{ErrorCode::Unavailable, QStringLiteral("no host access")}};
};

/// runChecks over a prepared context (tests inject a DaemonConfig or AuditRules).
QList<CheckResult> runChecksWith(const CheckContext &context);

// ---- helpers for judges ----------------------------------------------------------------------

void addEvidence(CheckResult &result, const QString &key, const QString &value);
void setUnknown(CheckResult &result, const Error &why);
/// "0660", "drwx--x---"-like text of a stat for evidence.
QString modeText(const FileStat &stat);
QString ownerText(const CheckContext &context, const FileStat &stat);

/// Capability number -> "SYS_ADMIN" (no CAP_ prefix); "" beyond the table.
QString capabilityName(int bit);
/// Names of the bits set in mask, in bit order.
QStringList capabilityNames(quint64 mask);
/// Docker's default bounding set (14 capabilities): 0xa80425fb.
constexpr quint64 dockerDefaultCapabilities = 0xa80425fbULL;
/// "CAP_SYS_ADMIN", "sys_admin", "SYS_ADMIN" -> "SYS_ADMIN"; "all" -> "ALL".
QString normaliseCapability(const QString &name);
/// The bit for a normalised name, or -1.
int capabilityBit(const QString &name);
QString hex(quint64 value);

/// File-permission judgement on a stat: is every permission bit outside `allowed` clear?
bool modeAtMost(const FileStat &stat, quint32 allowed);
/// Stats `path`, judges ownership (uid/gid expected) and records the evidence.
/// Returns the stat when it was read.
std::optional<FileStat> statForCheck(const CheckContext &context, const QString &path, CheckResult &result,
                                     bool absentIsInfo = true);

/// Per-container: the namespace fact of a type, or nullptr.
const NamespaceFact *namespaceFact(const ContainerFacts &facts, const QString &type);

} // namespace dockscope::core
