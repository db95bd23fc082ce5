// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/meminfocollector.h"

#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/procparsers.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

QStringList meminfoPaths(const QString &procDir)
{
    return {procDir + u"/root/proc/meminfo"_s};
}

QStringList hostMeminfoPaths(const HostFacts &host)
{
    if (host.meminfo.isKnown())
        return {};
    return {u"/proc/meminfo"_s};
}

MeminfoFacts collectMeminfo(const ProcessGate &gate, const HostFacts &host, const Fact<Limit> &limit)
{
    const HostFs &fs = gate.fs();
    MeminfoFacts mi;
    mi.container = readFact<QMap<QString, qint64>>(fs, gate.procDir() + u"/root/proc/meminfo"_s, parseMeminfo);
    if (!gate.isOpen())
        mi.host = Fact<QMap<QString, qint64>>::unavailable(*gate.closedReason());
    else
        mi.host = host.meminfo.isKnown() ? host.meminfo
                                         : readFact<QMap<QString, qint64>>(fs, u"/proc/meminfo"_s, parseMeminfo);
    mi.limit = limit;
    if (mi.container.isKnown() && mi.host.isKnown() && mi.container.value->contains(u"MemTotal"_s))
        mi.seesHostMemory = mi.container.value->value(u"MemTotal"_s) == mi.host.value->value(u"MemTotal"_s);
    return mi;
}

} // namespace dockscope::core::collectors
