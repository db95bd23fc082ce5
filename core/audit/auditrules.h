// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace dockscope::core {

class HostFs;

/// The persistent Linux audit rules: /etc/audit/audit.rules and /etc/audit/rules.d/*.rules.
/// (The rules loaded in the kernel need the audit netlink socket; the files are what survives
/// a reboot, and what auditd loads.)
class AuditRules
{
public:
    struct Rule
    {
        QString file;
        int line = 0;
        QString text;
        QString path;       ///< the watched path (-w PATH, -F path=PATH, -F dir=PATH)
    };

    AuditRules() = default;
    static AuditRules load(const HostFs *hostFs);
    /// From rule texts (tests): file name -> contents.
    static AuditRules fromTexts(const QList<std::pair<QString, QByteArray>> &files);

    bool known() const { return m_known; }
    Error error() const { return m_error; }
    bool auditDirExists() const { return m_dirExists; }
    QStringList files() const { return m_files; }

    /// The first rule that watches exactly this path, or nullptr.
    const Rule *ruleFor(const QString &path) const;

private:
    void parse(const QString &file, const QByteArray &text);

    QList<Rule> m_rules;
    QStringList m_files;
    bool m_known = false;
    bool m_dirExists = false;
    Error m_error{ErrorCode::Unavailable, QStringLiteral("no host access")};
};

} // namespace dockscope::core
