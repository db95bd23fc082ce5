// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/daemonconfig.h"

#include "core/facts/hostfs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

enum class FlagKind { Bool, String, List };

struct FlagSpec
{
    const char *flag;       ///< long name without dashes
    const char *shortFlag;  ///< single letter or nullptr
    const char *jsonKey;
    FlagKind kind;
};

// dockerd flags that the checks read, with their daemon.json names.
constexpr FlagSpec s_flags[] = {
    {"icc", nullptr, "icc", FlagKind::Bool},
    {"iptables", nullptr, "iptables", FlagKind::Bool},
    {"ip-forward", nullptr, "ip-forward", FlagKind::Bool},
    {"ip-masq", nullptr, "ip-masq", FlagKind::Bool},
    {"ipv6", nullptr, "ipv6", FlagKind::Bool},
    {"live-restore", nullptr, "live-restore", FlagKind::Bool},
    {"userland-proxy", nullptr, "userland-proxy", FlagKind::Bool},
    {"no-new-privileges", nullptr, "no-new-privileges", FlagKind::Bool},
    {"tls", nullptr, "tls", FlagKind::Bool},
    {"tlsverify", nullptr, "tlsverify", FlagKind::Bool},
    {"debug", "D", "debug", FlagKind::Bool},
    {"experimental", nullptr, "experimental", FlagKind::Bool},
    {"selinux-enabled", nullptr, "selinux-enabled", FlagKind::Bool},
    {"init", nullptr, "init", FlagKind::Bool},
    {"raw-logs", nullptr, "raw-logs", FlagKind::Bool},
    {"rootless", nullptr, "rootless", FlagKind::Bool},
    {"host", "H", "hosts", FlagKind::List},
    {"storage-opt", nullptr, "storage-opts", FlagKind::List},
    {"insecure-registry", nullptr, "insecure-registries", FlagKind::List},
    {"authorization-plugin", nullptr, "authorization-plugins", FlagKind::List},
    {"default-ulimit", nullptr, "default-ulimits", FlagKind::List},
    {"log-opt", nullptr, "log-opts", FlagKind::List},
    {"label", nullptr, "labels", FlagKind::List},
    {"dns", nullptr, "dns", FlagKind::List},
    {"log-level", "l", "log-level", FlagKind::String},
    {"tlscacert", nullptr, "tlscacert", FlagKind::String},
    {"tlscert", nullptr, "tlscert", FlagKind::String},
    {"tlskey", nullptr, "tlskey", FlagKind::String},
    {"cgroup-parent", nullptr, "cgroup-parent", FlagKind::String},
    {"seccomp-profile", nullptr, "seccomp-profile", FlagKind::String},
    {"userns-remap", nullptr, "userns-remap", FlagKind::String},
    {"data-root", "g", "data-root", FlagKind::String},
    {"exec-root", nullptr, "exec-root", FlagKind::String},
    {"config-file", nullptr, "config-file", FlagKind::String},
    {"containerd", nullptr, "containerd", FlagKind::String},
    {"log-driver", nullptr, "log-driver", FlagKind::String},
    {"group", "G", "group", FlagKind::String},
    {"pidfile", "p", "pidfile", FlagKind::String},
    {"storage-driver", "s", "storage-driver", FlagKind::String},
    {"bridge", "b", "bridge", FlagKind::String},
};

const FlagSpec *findFlag(const QString &name, bool isShort)
{
    for (const FlagSpec &f : s_flags) {
        if (isShort ? (f.shortFlag && name == QLatin1StringView(f.shortFlag))
                    : name == QLatin1StringView(f.flag))
            return &f;
    }
    return nullptr;
}

bool isBoolKey(const QString &jsonKey)
{
    for (const FlagSpec &f : s_flags) {
        if (f.kind == FlagKind::Bool && jsonKey == QLatin1StringView(f.jsonKey))
            return true;
    }
    return false;
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return u"null"_s;
}

} // namespace

std::optional<bool> DaemonConfig::parseGoBool(QStringView text)
{
    // Go's strconv.ParseBool, which dockerd's flag package uses: exactly these spellings.
    static constexpr const char16_t *s_true[] = {u"1", u"t", u"T", u"TRUE", u"true", u"True"};
    static constexpr const char16_t *s_false[] = {u"0", u"f", u"F", u"FALSE", u"false", u"False"};
    for (const char16_t *t : s_true) {
        if (text == QStringView(t))
            return true;
    }
    for (const char16_t *f : s_false) {
        if (text == QStringView(f))
            return false;
    }
    return std::nullopt;
}

bool DaemonConfig::Setting::boolValue(bool fallback) const
{
    if (!present)
        return fallback;
    if (value.isBool())
        return value.toBool();
    return parseGoBool(value.toString()).value_or(fallback);
}

QString DaemonConfig::Setting::stringValue() const
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return a.isEmpty() ? QString() : valueText(a.last());
    }
    return value.isString() ? value.toString() : valueText(value);
}

QStringList DaemonConfig::Setting::listValue() const
{
    QStringList out;
    if (value.isArray()) {
        const QJsonArray values = value.toArray();
        for (const auto &v : values)
            out << (v.isString() ? v.toString() : valueText(v));
    } else if (value.isObject()) {
        // default-ulimits in daemon.json: {"nofile": {"Name": "nofile", "Soft": …, "Hard": …}}
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out << it.key() + u'=' + valueText(it.value());
    } else if (!value.isNull() && !value.isUndefined()) {
        out << stringValue();
    }
    return out;
}

QJsonObject DaemonConfig::parseArgv(const QStringList &argv)
{
    QJsonObject out;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (!arg.startsWith(u'-') || arg == u"-"_s || arg == u"--"_s)
            continue;
        const bool isShort = !arg.startsWith(u"--"_s);
        QString body = arg.mid(isShort ? 1 : 2);
        std::optional<QString> inlineValue;
        const qsizetype eq = body.indexOf(u'=');
        if (eq >= 0) {
            inlineValue = body.mid(eq + 1);
            body = body.left(eq);
        } else if (isShort && body.size() > 1 && findFlag(body.left(1), true)
                   && findFlag(body.left(1), true)->kind != FlagKind::Bool) {
            // -Hunix:///x style
            inlineValue = body.mid(1);
            body = body.left(1);
        }
        const FlagSpec *spec = findFlag(body, isShort);
        const QString key = spec ? QString::fromLatin1(spec->jsonKey) : body;
        const FlagKind kind = spec ? spec->kind : FlagKind::String;
        if (kind == FlagKind::Bool) {
            // An invalid spelling stays a string: setting() reports it as unknown.
            const std::optional<bool> v = inlineValue ? parseGoBool(*inlineValue) : true;
            if (v)
                out.insert(key, *v);
            else
                out.insert(key, *inlineValue);
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < argv.size() && (spec || !argv.at(i + 1).startsWith(u'-'))) {
            value = argv.at(++i);
        } else {
            out.insert(key, true); // an unknown flag without a value: a bool
            continue;
        }
        if (kind == FlagKind::List) {
            QJsonArray a = out.value(key).toArray();
            a.append(value);
            out.insert(key, a);
        } else {
            out.insert(key, value);
        }
    }
    return out;
}

DaemonConfig DaemonConfig::fromParts(const QStringList &argv, const QByteArray &daemonJson,
                                     const QString &configPath)
{
    DaemonConfig c;
    c.m_argv = argv;
    c.m_flags = parseArgv(argv);
    c.m_cmdlineKnown = !argv.isEmpty();
    c.m_cmdlinePath = u"dockerd command line"_s;
    if (!c.m_cmdlineKnown)
        c.m_cmdlineError = Error{ErrorCode::Unavailable, u"daemon command line unknown"_s};
    c.m_configPath = c.m_flags.value(u"config-file"_s).toString(configPath);
    if (daemonJson.isEmpty()) {
        c.m_fileKnown = true;
        c.m_fileExists = false;
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(daemonJson, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            c.m_fileError = Error{ErrorCode::ParseError, c.m_configPath + u": "_s + pe.errorString()};
        } else {
            c.m_file = doc.object();
            c.m_fileKnown = true;
            c.m_fileExists = true;
        }
    }
    return c;
}

DaemonConfig DaemonConfig::load(const HostFs *hostFs, std::optional<qint64> daemonPid)
{
    DaemonConfig c;
    if (!hostFs) {
        c.m_cmdlineError = Error{ErrorCode::Unavailable, u"no host access"_s};
        c.m_fileError = c.m_cmdlineError;
        return c;
    }
    if (daemonPid && *daemonPid > 0) {
        c.m_cmdlinePath = u"/proc/%1/cmdline"_s.arg(*daemonPid);
        const Result<QByteArray> raw = hostFs->readFile(c.m_cmdlinePath);
        if (raw) {
            QByteArray bytes = raw.value();
            if (bytes.endsWith('\0'))
                bytes.chop(1);
            for (const QByteArray &part : bytes.split('\0'))
                c.m_argv << QString::fromLocal8Bit(part);
            c.m_flags = parseArgv(c.m_argv);
            c.m_cmdlineKnown = !bytes.isEmpty();
            if (!c.m_cmdlineKnown)
                c.m_cmdlineError = Error{ErrorCode::NeedsRoot, c.m_cmdlinePath + u": empty"_s};
        } else {
            c.m_cmdlineError = raw.error();
        }
    } else {
        c.m_cmdlineError = Error{ErrorCode::NotFound, u"the daemon's process was not found on this host"_s};
    }
    const QString fromFlag = c.m_flags.value(u"config-file"_s).toString();
    if (!fromFlag.isEmpty())
        c.m_configPath = fromFlag;
    const Result<QByteArray> file = hostFs->readFile(c.m_configPath);
    if (file) {
        const QByteArray text = file.value().trimmed();
        if (text.isEmpty()) {
            c.m_fileKnown = true;
            c.m_fileExists = true;
        } else {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                c.m_fileError = Error{ErrorCode::ParseError, c.m_configPath + u": "_s + pe.errorString()};
            } else {
                c.m_file = doc.object();
                c.m_fileKnown = true;
                c.m_fileExists = true;
            }
        }
    } else if (file.error().code == ErrorCode::NotFound) {
        c.m_fileKnown = true;   // no file: every option has its default (unless on the command line)
        c.m_fileExists = false;
    } else {
        c.m_fileError = file.error();
    }
    return c;
}

DaemonConfig::Setting DaemonConfig::lookupSetting(const QString &jsonKey) const
{
    Setting s;
    // List options (hosts, storage-opts …) may come from both places: the daemon merges them.
    if (m_cmdlineKnown && m_flags.contains(jsonKey) && m_fileKnown && m_file.contains(jsonKey)
        && m_flags.value(jsonKey).isArray() && m_file.value(jsonKey).isArray()) {
        QJsonArray merged = m_flags.value(jsonKey).toArray();
        const QJsonArray fromFile = m_file.value(jsonKey).toArray();
        for (const auto &v : fromFile)
            merged.append(v);
        s.known = true;
        s.present = true;
        s.value = merged;
        s.evidenceKey = m_cmdlinePath + u" --"_s + jsonKey + u", "_s + m_configPath + u": "_s + jsonKey;
        s.evidenceValue = valueText(merged);
        s.source = EvidenceSource::HostFiles;
        return s;
    }
    if (m_cmdlineKnown && m_flags.contains(jsonKey)) {
        s.known = true;
        s.present = true;
        s.value = m_flags.value(jsonKey);
        s.evidenceKey = m_cmdlinePath + u" --"_s + jsonKey;
        s.evidenceValue = valueText(s.value);
        s.source = EvidenceSource::Proc;
        return s;
    }
    if (m_fileKnown && m_file.contains(jsonKey)) {
        s.known = true;
        s.present = true;
        s.value = m_file.value(jsonKey);
        s.evidenceKey = m_configPath + u": "_s + jsonKey;
        s.evidenceValue = valueText(s.value);
        s.source = EvidenceSource::HostFiles;
        return s;
    }
    if (m_cmdlineKnown && m_fileKnown) {
        s.known = true;
        s.present = false;
        s.evidenceKey = m_cmdlinePath + u", "_s + m_configPath;
        s.evidenceValue = u"%1 not set (daemon default)"_s.arg(jsonKey);
        s.source = m_fileExists ? EvidenceSource::HostFiles : EvidenceSource::Proc;
        return s;
    }
    s.known = false;
    s.why = m_cmdlineKnown ? m_fileError : m_cmdlineError;
    return s;
}

DaemonConfig::Setting DaemonConfig::setting(const QString &jsonKey) const
{
    Setting s = lookupSetting(jsonKey);
    // A boolean option whose value is no Go boolean ("--icc=yes"): neither true nor false.
    if (s.known && s.present && isBoolKey(jsonKey) && !s.value.isBool()
        && !(s.value.isString() && parseGoBool(s.value.toString()))) {
        s.known = false;
        s.why = Error{ErrorCode::ParseError, s.evidenceKey + u": not a boolean: "_s + s.evidenceValue};
    }
    return s;
}

} // namespace dockscope::core
