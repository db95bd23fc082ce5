// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditrules.h"

#include "core/facts/hostfs.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {
QString normalise(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}
} // namespace

void AuditRules::parse(const QString &file, const QByteArray &text)
{
    m_files << file;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList tokens = line.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QString path;
            if (tokens.at(i) == u"-w"_s && i + 1 < tokens.size()) {
                path = tokens.at(i + 1);
            } else if (tokens.at(i) == u"-F"_s && i + 1 < tokens.size()) {
                const QString &f = tokens.at(i + 1);
                if (f.startsWith(u"path="_s))
                    path = f.mid(5);
                else if (f.startsWith(u"dir="_s))
                    path = f.mid(4);
            } else if (tokens.at(i).startsWith(u"-w/"_s)) {
                path = tokens.at(i).mid(2);
            }
            if (!path.isEmpty())
                m_rules.append(Rule{file, int(n + 1), line, normalise(path)});
        }
    }
}

AuditRules AuditRules::fromTexts(const QList<std::pair<QString, QByteArray>> &files)
{
    AuditRules r;
    r.m_known = true;
    r.m_dirExists = !files.isEmpty();
    for (const auto &[name, text] : files)
        r.parse(name, text);
    return r;
}

AuditRules AuditRules::load(const HostFs *hostFs)
{
    AuditRules r;
    if (!hostFs)
        return r;
    const Result<FileStat> dir = hostFs->stat(u"/etc/audit"_s);
    if (!dir) {
        if (dir.error().code == ErrorCode::NotFound) {
            r.m_known = true;   // auditd's configuration is absent: no rules at all
            return r;
        }
        r.m_error = dir.error();
        return r;
    }
    r.m_dirExists = true;
    r.m_known = true;
    const Result<QByteArray> main = hostFs->readFile(u"/etc/audit/audit.rules"_s);
    if (main)
        r.parse(u"/etc/audit/audit.rules"_s, main.value());
    else if (main.error().code != ErrorCode::NotFound) {
        r.m_known = false;
        r.m_error = main.error();
    }
    const Result<QStringList> entries = hostFs->listDir(u"/etc/audit/rules.d"_s);
    if (entries) {
        QStringList names = entries.value();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (!name.endsWith(u".rules"_s))
                continue;
            const QString path = u"/etc/audit/rules.d/"_s + name;
            const Result<QByteArray> text = hostFs->readFile(path);
            if (text) {
                r.parse(path, text.value());
            } else {
                r.m_known = false;
                r.m_error = text.error();
            }
        }
    } else if (entries.error().code != ErrorCode::NotFound) {
        r.m_known = false;
        r.m_error = entries.error();
    }
    return r;
}

const AuditRules::Rule *AuditRules::ruleFor(const QString &path) const
{
    const QString want = normalise(path);
    for (const Rule &rule : m_rules) {
        if (rule.path == want)
            return &rule;
    }
    return nullptr;
}

} // namespace dockscope::core
