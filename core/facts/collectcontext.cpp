// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectcontext.h"

#include "core/docker/endpoint.h"
#include "core/docker/types.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

CollectContext CollectContext::fromDaemon(const DaemonInfo &info, const Endpoint &endpoint)
{
    CollectContext context;
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        context.socketPath = endpoint.socketPath;
        break;
    case Endpoint::Kind::Ssh:
        context.socketPath = endpoint.remoteSocketPath.isEmpty() ? u"/var/run/docker.sock"_s
                                                                 : endpoint.remoteSocketPath;
        break;
    case Endpoint::Kind::Tcp:
        break;
    }
    context.dockerRootDir = info.dockerRootDir;
    context.cgroupDriver = info.cgroupDriver;
    context.cgroupVersion = info.cgroupVersion;
    context.usernsRemap = info.hasSecurityOption(u"userns"_s);
    context.rootless = info.hasSecurityOption(u"rootless"_s);
    return context;
}

} // namespace dockscope::core
