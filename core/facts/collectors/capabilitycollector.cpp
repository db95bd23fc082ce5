// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/capabilitycollector.h"

#include "core/facts/capabilities.h"
#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/collectors/statusfile.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

QStringList capabilityPaths(const QString &procDir)
{
    return {procDir + u"/attr/current"_s};
}

CapabilityFacts collectCapabilities(const ProcessGate &gate, const ContainerInspect &inspect, const HostFacts &host,
                                    const StatusFile &statusFile)
{
    const HostConfig &hc = inspect.hostConfig;
    CapabilityFacts caps;
    caps.lastCap = host.capLastCap;
    caps.privileged = hc.privileged;
    caps.declaredAdd = Capabilities::normalise(hc.capAdd);
    caps.declaredDrop = Capabilities::normalise(hc.capDrop);
    caps.expectedBounding = Capabilities::expectedBounding(hc.privileged, hc.capAdd, hc.capDrop,
                                                           host.capLastCap);
    caps.declaredAppArmorProfile = inspect.appArmorProfile;
    caps.securityOpt = hc.securityOpt;

    const std::optional<ProcStatus> &status = statusFile.status();
    if (status && status->capabilities)
        caps.sets = proc(*status->capabilities);
    else
        caps.sets = Fact<CapabilitySets>::unavailable(statusFile.problem(u"Cap"_s));
    caps.noNewPrivs = status && status->noNewPrivs ? proc(*status->noNewPrivs)
                                                   : Fact<bool>::unavailable(statusFile.problem(u"NoNewPrivs"_s));
    caps.seccompMode = status && status->seccompMode ? proc(*status->seccompMode)
                                                     : Fact<int>::unavailable(statusFile.problem(u"Seccomp"_s));
    caps.seccompFilters = status && status->seccompFilters
        ? proc(*status->seccompFilters)
        : Fact<int>::unavailable(statusFile.problem(u"Seccomp_filters"_s));
    const quint64 bounding = caps.sets.isKnown() ? caps.sets.value->bounding : caps.expectedBounding;
    caps.addedToDefault = Capabilities::names(bounding & ~Capabilities::dockerDefault);
    caps.droppedFromDefault = Capabilities::names(Capabilities::dockerDefault & ~bounding);

    const QString attrPath = gate.procDir() + u"/attr/current"_s;
    if (const Result<QByteArray> label = gate.fs().readFile(attrPath)) {
        QByteArray l = *label;
        while (!l.isEmpty() && (l.endsWith('\0') || l.endsWith('\n')))
            l.chop(1);
        caps.lsmLabel = proc(l.isEmpty() ? u"none"_s : QString::fromUtf8(l));
    } else if (label.error().code == ErrorCode::KernelLacks) {
        caps.lsmLabel = proc(u"none"_s);    // EINVAL: no LSM loaded
    } else {
        caps.lsmLabel = Fact<QString>::unavailable(hostError(label.error()));
    }
    return caps;
}

} // namespace dockscope::core::collectors
