// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/procparsers.h"

#include <QtNumeric>

#include <QRegularExpression>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

Error parseError(const QString &what)
{
    return Error{ErrorCode::ParseError, what};
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

std::optional<quint64> hex64(const QByteArray &value)
{
    // The kernel prints capability sets as %016llx: fewer digits means a cut read, which
    // would otherwise parse as a much smaller, wrong set.
    const QByteArray v = value.trimmed();
    if (v.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 n = v.toULongLong(&ok, 16);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

std::optional<qint64> decimal(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<std::array<qint64, 4>> idQuad(const QByteArray &value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 4)
        return std::nullopt;
    std::array<qint64, 4> ids{};
    for (int i = 0; i < 4; ++i) {
        const auto n = decimal(parts[i]);
        if (!n || *n < 0)
            return std::nullopt;
        ids[static_cast<size_t>(i)] = *n;
    }
    return ids;
}

QString unescapeOctal(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            const QByteArray digits = field.mid(i + 1, 3);
            bool ok = false;
            const int c = digits.toInt(&ok, 8);
            if (ok && digits.size() == 3 && c < 256) {
                out.append(static_cast<char>(c));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace

// ---- status ----------------------------------------------------------------------------------

std::optional<QByteArray> parseStatField(const QByteArray &stat, int number)
{
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || number < 3)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 1).simplified().split(' ');
    if (fields.size() < number - 2)
        return std::nullopt;
    return fields.at(number - 3);
}

std::optional<qint64> parseStatParentPid(const QByteArray &stat)
{
    const std::optional<QByteArray> field = parseStatField(stat, 4);
    if (!field)
        return std::nullopt;
    bool ok = false;
    const qint64 ppid = field->toLongLong(&ok);
    return ok && ppid > 0 ? std::optional<qint64>(ppid) : std::nullopt;
}

Result<ProcStatus> parseProcStatus(const QByteArray &text)
{
    ProcStatus status;
    bool anyLine = false;
    std::optional<quint64> capInh, capPrm, capEff, capBnd, capAmb;
    const auto capField = [&status](const QByteArray &key, const QByteArray &value,
                                    std::optional<quint64> &target) {
        target = hex64(value);
        if (!target)
            status.problems.append(QString::fromLatin1(key) + u": bad hex \""_s
                                   + QString::fromLatin1(value.trimmed()) + u'"');
    };
    for (const QByteArray &line : lines(text)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        anyLine = true;
        if (key == "Name") {
            status.name = QString::fromUtf8(value);
        } else if (key == "CapInh") {
            capField(key, value, capInh);
        } else if (key == "CapPrm") {
            capField(key, value, capPrm);
        } else if (key == "CapEff") {
            capField(key, value, capEff);
        } else if (key == "CapBnd") {
            capField(key, value, capBnd);
        } else if (key == "CapAmb") {
            capField(key, value, capAmb);
        } else if (key == "NoNewPrivs") {
            const auto n = decimal(value);
            if (n && (*n == 0 || *n == 1))
                status.noNewPrivs = *n == 1;
            else
                status.problems.append(u"NoNewPrivs: bad value"_s);
        } else if (key == "Seccomp") {
            const auto n = decimal(value);
            if (n && *n >= 0 && *n <= 2)
                status.seccompMode = static_cast<int>(*n);
            else
                status.problems.append(u"Seccomp: bad value"_s);
        } else if (key == "Seccomp_filters") {
            const auto n = decimal(value);
            if (n && *n >= 0 && *n < (1 << 30))
                status.seccompFilters = static_cast<int>(*n);
            else
                status.problems.append(u"Seccomp_filters: bad value"_s);
        } else if (key == "Uid") {
            status.uid = idQuad(value);
            if (!status.uid)
                status.problems.append(u"Uid: bad value"_s);
        } else if (key == "Gid") {
            status.gid = idQuad(value);
            if (!status.gid)
                status.problems.append(u"Gid: bad value"_s);
        }
    }
    if (!anyLine)
        return parseError(u"no \"Key: value\" line"_s);
    if (capInh && capPrm && capEff && capBnd && capAmb) {
        status.capabilities = CapabilitySets{*capInh, *capPrm, *capEff, *capBnd, *capAmb};
    } else {
        const char *names[] = {"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"};
        const std::optional<quint64> *values[] = {&capInh, &capPrm, &capEff, &capBnd, &capAmb};
        for (int i = 0; i < 5; ++i) {
            if (!values[i]->has_value()
                && !status.problems.join(u'\n').contains(QString::fromLatin1(names[i])))
                status.problems.append(QString::fromLatin1(names[i]) + u": missing"_s);
        }
    }
    if (!status.uid && !status.problems.contains(u"Uid: bad value"_s))
        status.problems.append(u"Uid: missing"_s);
    return status;
}

// ---- cgroup ----------------------------------------------------------------------------------

std::optional<QString> ProcCgroup::unifiedPath() const
{
    for (const CgroupEntry &e : entries) {
        if (e.hierarchyId == 0 && e.controllers.isEmpty())
            return e.path;
    }
    return std::nullopt;
}

const CgroupEntry *ProcCgroup::controllerEntry(const QString &controller) const
{
    for (const CgroupEntry &e : entries) {
        if (e.controllers.contains(controller))
            return &e;
    }
    return nullptr;
}

std::optional<QString> ProcCgroup::controllerPath(const QString &controller) const
{
    if (const CgroupEntry *e = controllerEntry(controller))
        return e->path;
    return std::nullopt;
}

bool ProcCgroup::namesContainer(const QString &containerId) const
{
    // A short id (12 chars) would also match other containers' ids: insist on the full one.
    if (containerId.size() < 64)
        return false;
    for (const CgroupEntry &e : entries) {
        const QStringList components = e.path.split(u'/', Qt::SkipEmptyParts);
        for (const QString &c : components) {
            if (c == containerId || c.contains(containerId))
                return true;
        }
    }
    return false;
}

Result<ProcCgroup> parseProcCgroup(const QByteArray &text)
{
    ProcCgroup result;
    int lineNo = 0;
    for (const QByteArray &raw : lines(text)) {
        ++lineNo;
        if (raw.isEmpty())
            continue;
        const qsizetype first = raw.indexOf(':');
        const qsizetype second = first < 0 ? -1 : raw.indexOf(':', first + 1);
        if (first <= 0 || second < 0)
            return parseError(u"line %1: not \"id:controllers:path\""_s.arg(lineNo));
        bool ok = false;
        const int id = raw.left(first).toInt(&ok);
        if (!ok || id < 0)
            return parseError(u"line %1: bad hierarchy id"_s.arg(lineNo));
        CgroupEntry e;
        e.hierarchyId = id;
        const QByteArray controllers = raw.mid(first + 1, second - first - 1);
        if (!controllers.isEmpty())
            e.controllers = QString::fromUtf8(controllers).split(u',');
        e.path = QString::fromUtf8(raw.mid(second + 1));
        if (!e.path.startsWith(u'/'))
            return parseError(u"line %1: path is not absolute"_s.arg(lineNo));
        result.entries.append(e);
    }
    if (result.entries.isEmpty())
        return parseError(u"no cgroup line"_s);
    return result;
}

// ---- namespaces ------------------------------------------------------------------------------

Result<NamespaceLink> parseNamespaceLink(const QString &target)
{
    static const QRegularExpression re(u"^([a-z_]+):\\[(\\d+)\\]$"_s);
    const QRegularExpressionMatch m = re.match(target.trimmed());
    if (!m.hasMatch())
        return parseError(u"not \"type:[inode]\": "_s + target);
    bool ok = false;
    const quint64 inode = m.captured(2).toULongLong(&ok);
    if (!ok)
        return parseError(u"inode out of range: "_s + target);
    return NamespaceLink{m.captured(1), inode};
}

// ---- id maps ---------------------------------------------------------------------------------

/// `id` moved from range [from, from + count) to [to, to + count), without signed overflow
/// whatever the range holds (parseIdMap bounds them, but an IdMap may be built elsewhere).
static std::optional<qint64> mapId(qint64 id, qint64 from, qint64 to, qint64 count)
{
    qint64 offset = 0;
    qint64 mapped = 0;
    if (id < from || qSubOverflow(id, from, &offset) || offset >= count
        || qAddOverflow(to, offset, &mapped))
        return std::nullopt;
    return mapped;
}

std::optional<qint64> IdMap::toHost(qint64 inside) const
{
    for (const IdMapRange &r : ranges) {
        if (const auto host = mapId(inside, r.inside, r.outside, r.count))
            return host;
    }
    return std::nullopt;
}

std::optional<qint64> IdMap::toInside(qint64 outside) const
{
    for (const IdMapRange &r : ranges) {
        if (const auto inside = mapId(outside, r.outside, r.inside, r.count))
            return inside;
    }
    return std::nullopt;
}

bool IdMap::isIdentity() const
{
    return ranges.size() == 1 && ranges[0].inside == 0 && ranges[0].outside == 0
        && ranges[0].count == 4294967295LL;
}

Result<IdMap> parseIdMap(const QByteArray &text)
{
    IdMap map;
    int lineNo = 0;
    for (const QByteArray &raw : lines(text)) {
        ++lineNo;
        const QList<QByteArray> f = raw.simplified().split(' ');
        if (raw.simplified().isEmpty())
            continue;
        if (f.size() != 3)
            return parseError(u"line %1: not \"inside outside count\""_s.arg(lineNo));
        const auto a = decimal(f[0]), b = decimal(f[1]), c = decimal(f[2]);
        if (!a || !b || !c || *a < 0 || *b < 0 || *c <= 0)
            return parseError(u"line %1: bad number"_s.arg(lineNo));
        // Ids are 32-bit and the kernel refuses a range that wraps (map_write): first + count
        // and lower_first + count stay within 2^32 - 1.
        constexpr qint64 s_idLimit = 4294967295LL;
        if (*a > s_idLimit || *b > s_idLimit || *c > s_idLimit || *a + *c > s_idLimit
            || *b + *c > s_idLimit)
            return parseError(u"line %1: range beyond 32-bit ids"_s.arg(lineNo));
        map.ranges.append(IdMapRange{*a, *b, *c});
    }
    // An empty map is legitimate: a user namespace whose map was never written.
    return map;
}

// ---- meminfo ---------------------------------------------------------------------------------

Result<QMap<QString, qint64>> parseMeminfo(const QByteArray &text)
{
    QMap<QString, qint64> values;
    int lineNo = 0;
    for (const QByteArray &raw : lines(text)) {
        ++lineNo;
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0)
            return parseError(u"line %1: no colon"_s.arg(lineNo));
        const QList<QByteArray> f = raw.mid(colon + 1).simplified().split(' ');
        const auto n = decimal(f.value(0));
        if (!n || f.size() > 2 || (f.size() == 2 && f[1] != "kB"))
            return parseError(u"line %1: bad value"_s.arg(lineNo));
        qint64 value = *n;
        if (f.size() == 2 && qMulOverflow(*n, qint64(1024), &value))
            return parseError(u"line %1: value out of range"_s.arg(lineNo));
        values.insert(QString::fromLatin1(raw.left(colon)), value);
    }
    if (!values.contains(u"MemTotal"_s))
        return parseError(u"no MemTotal"_s);
    return values;
}

// ---- mountinfo -------------------------------------------------------------------------------

QString MountInfoEntry::propagation() const
{
    QStringList kinds;
    for (const QString &f : optionalFields) {
        if (f.startsWith(u"shared:"_s))
            kinds.append(u"shared"_s);
        else if (f.startsWith(u"master:"_s))
            kinds.append(u"slave"_s);
        else if (f == u"unbindable"_s)
            kinds.append(u"unbindable"_s);
    }
    return kinds.isEmpty() ? u"private"_s : kinds.join(u',');
}

Result<QList<MountInfoEntry>> parseMountInfo(const QByteArray &text)
{
    QList<MountInfoEntry> entries;
    int lineNo = 0;
    for (const QByteArray &raw : lines(text)) {
        ++lineNo;
        const QList<QByteArray> f = raw.split(' ');
        const qsizetype dash = f.indexOf("-");
        if (f.size() < 10 || dash < 6 || f.size() < dash + 4)
            return parseError(u"line %1: too few fields"_s.arg(lineNo));
        MountInfoEntry e;
        bool ok1 = false, ok2 = false;
        e.mountId = f[0].toInt(&ok1);
        e.parentId = f[1].toInt(&ok2);
        const QList<QByteArray> dev = f[2].split(':');
        bool ok3 = false, ok4 = false;
        if (dev.size() == 2) {
            e.major = dev[0].toUInt(&ok3);
            e.minor = dev[1].toUInt(&ok4);
        }
        if (!ok1 || !ok2 || !ok3 || !ok4)
            return parseError(u"line %1: bad id or device"_s.arg(lineNo));
        e.root = unescapeOctal(f[3]);
        e.mountPoint = unescapeOctal(f[4]);
        e.options = QString::fromLatin1(f[5]).split(u',');
        for (qsizetype i = 6; i < dash; ++i)
            e.optionalFields.append(QString::fromLatin1(f[i]));
        e.fsType = unescapeOctal(f[dash + 1]);
        e.source = unescapeOctal(f[dash + 2]);
        e.superOptions = QString::fromLatin1(f[dash + 3]).split(u',');
        entries.append(e);
    }
    return entries;
}

} // namespace dockscope::core
