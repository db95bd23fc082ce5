// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/identitycollector.h"

#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/collectors/statusfile.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

IdentityFacts collectIdentity(const ProcessGate &gate, const ContainerInspect &inspect, const StatusFile &statusFile,
                              const NamespaceFacts &namespaces)
{
    const HostConfig &hc = inspect.hostConfig;
    const std::optional<ProcStatus> &status = statusFile.status();
    std::optional<IdMap> uidMap;
    if (namespaces.uidMap.isKnown()) {
        if (Result<IdMap> m = parseIdMap(namespaces.uidMap.value->toLatin1()))
            uidMap = *m;
    }
    IdentityFacts id;
    id.declaredUser = inspect.config.user;
    id.readonlyRootfs = hc.readonlyRootfs;
    id.devices = hc.devices;
    id.maskedPaths = hc.maskedPaths;
    id.readonlyPaths = hc.readonlyPaths;
    id.uid = status && status->uid ? proc(status->uid->at(0)) : Fact<qint64>::unavailable(statusFile.problem(u"Uid"_s));
    id.gid = status && status->gid ? proc(status->gid->at(0)) : Fact<qint64>::unavailable(statusFile.problem(u"Gid"_s));
    if (id.uid.isKnown() && uidMap) {
        if (const auto inside = uidMap->toInside(*id.uid.value))
            id.containerUid = proc(*inside);
        else
            id.containerUid = missing<qint64>(ErrorCode::NotFound, u"uid %1 is not mapped in %2/uid_map"_s
                                                                        .arg(*id.uid.value).arg(gate.procDir()));
    } else {
        id.containerUid = Fact<qint64>::unavailable(id.uid.isKnown() ? namespaces.uidMap.why : id.uid.why);
    }
    return id;
}

} // namespace dockscope::core::collectors
