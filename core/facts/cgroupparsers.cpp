// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/cgroupparsers.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

Result<qint64> parseCgroupInteger(const QByteArray &text)
{
    const QByteArray v = text.trimmed();
    bool ok = false;
    const qint64 n = v.toLongLong(&ok, 10);
    if (!ok)
        return Error{ErrorCode::ParseError, u"not an integer: \""_s + QString::fromLatin1(v.left(40)) + u'"'};
    return n;
}

Result<Limit> parseCgroupV1Limit(const QByteArray &text)
{
    const QByteArray v = text.trimmed();
    bool ok = false;
    const qint64 n = v.toLongLong(&ok, 10);
    if (!ok) {
        // Beyond LLONG_MAX is "unlimited" too (an unsigned u64 counter on some kernels).
        const quint64 u = v.toULongLong(&ok, 10);
        if (ok && u >= quint64(s_cgroupV1UnlimitedThreshold))
            return Limit{};
        return Error{ErrorCode::ParseError, u"not an integer: \""_s + QString::fromLatin1(v.left(40)) + u'"'};
    }
    if (n == -1 || n >= s_cgroupV1UnlimitedThreshold)
        return Limit{};
    if (n < 0)
        return Error{ErrorCode::ParseError, u"negative limit: "_s + QString::number(n)};
    return Limit{n};
}

Result<Limit> parseCgroupMaxLimit(const QByteArray &text)
{
    const QByteArray v = text.trimmed();
    if (v == "max")
        return Limit{};
    bool ok = false;
    const qint64 n = v.toLongLong(&ok, 10);
    if (!ok || n < 0)
        return Error{ErrorCode::ParseError, u"neither \"max\" nor a count: \""_s + QString::fromLatin1(v.left(40)) + u'"'};
    return Limit{n};
}

Result<QMap<QString, qint64>> parseCgroupKeyed(const QByteArray &text)
{
    QMap<QString, qint64> values;
    int lineNo = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.simplified();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        bool ok = false;
        const qint64 n = f.value(1).toLongLong(&ok, 10);
        if (f.size() != 2 || !ok)
            return Error{ErrorCode::ParseError, u"line %1: not \"key integer\""_s.arg(lineNo)};
        values.insert(QString::fromLatin1(f[0]), n);
    }
    if (values.isEmpty())
        return Error{ErrorCode::ParseError, u"empty"_s};
    return values;
}

Result<CpuMax> parseCpuMax(const QByteArray &text)
{
    const QList<QByteArray> f = text.simplified().split(' ');
    if (f.size() != 2)
        return Error{ErrorCode::ParseError, u"cpu.max: not \"quota period\""_s};
    CpuMax result;
    bool ok = false;
    result.period = f[1].toLongLong(&ok, 10);
    if (!ok || result.period <= 0)
        return Error{ErrorCode::ParseError, u"cpu.max: bad period"_s};
    if (f[0] != "max") {
        const qint64 q = f[0].toLongLong(&ok, 10);
        if (!ok || q <= 0)
            return Error{ErrorCode::ParseError, u"cpu.max: bad quota"_s};
        result.quota = q;
    }
    return result;
}

QStringList parseCgroupLines(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty())
            out.append(QString::fromUtf8(line));
    }
    return out;
}

} // namespace dockscope::core
