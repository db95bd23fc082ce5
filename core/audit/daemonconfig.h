// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

class HostFs;

/// The effective configuration of the daemon actually connected to: its command line
/// (/proc/<daemonPid>/cmdline) merged with its config file (--config-file, else
/// /etc/docker/daemon.json). dockerd refuses to start when a key is set in both, so a key is
/// looked up in the command line first, then in the file.
class DaemonConfig
{
public:
    /// One looked-up option.
    struct Setting
    {
        bool known = false;         ///< false: a source could not be read (why says which)
        bool present = false;       ///< set explicitly (else the daemon's default applies)
        QJsonValue value;           ///< bool, string, or array of strings (command line lists)
        QString evidenceKey;        ///< "/proc/123/cmdline --icc" or "/etc/docker/daemon.json: icc"
        QString evidenceValue;      ///< what was there, verbatim
        EvidenceSource source = EvidenceSource::None;
        Error why;

        bool boolValue(bool fallback) const;
        QString stringValue() const;
        QStringList listValue() const;
    };

    DaemonConfig() = default;
    /// Reads both sources through hostFs (nullptr: nothing is known).
    static DaemonConfig load(const HostFs *hostFs, std::optional<qint64> daemonPid);
    /// For tests and remote hosts: from an argv and a daemon.json text (empty = no file).
    static DaemonConfig fromParts(const QStringList &argv, const QByteArray &daemonJson,
                                  const QString &configPath = QStringLiteral("/etc/docker/daemon.json"));

    /// known = false (ParseError) for a boolean option set to something Go's strconv.ParseBool
    /// rejects.
    Setting setting(const QString &jsonKey) const;
    /// Go's strconv.ParseBool: 1 t T TRUE true True / 0 f F FALSE false False, nothing else.
    static std::optional<bool> parseGoBool(QStringView text);

    bool cmdlineKnown() const { return m_cmdlineKnown; }
    bool fileKnown() const { return m_fileKnown; }
    bool fileExists() const { return m_fileExists; }
    QString configPath() const { return m_configPath; }
    QString cmdlinePath() const { return m_cmdlinePath; }
    QStringList argv() const { return m_argv; }
    Error cmdlineError() const { return m_cmdlineError; }
    Error fileError() const { return m_fileError; }

    /// Parses dockerd's argv into daemon.json keys (lists become arrays, bool flags bools).
    static QJsonObject parseArgv(const QStringList &argv);

private:
    Setting lookupSetting(const QString &jsonKey) const;
    QStringList m_argv;
    QJsonObject m_flags;            ///< argv mapped to daemon.json keys
    QJsonObject m_file;
    QString m_configPath = QStringLiteral("/etc/docker/daemon.json");
    QString m_cmdlinePath;
    bool m_cmdlineKnown = false;
    bool m_fileKnown = false;
    bool m_fileExists = false;
    Error m_cmdlineError{ErrorCode::Unavailable, QStringLiteral("daemon command line not read")};
    Error m_fileError;
};

} // namespace dockscope::core
