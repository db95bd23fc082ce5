// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/factreading.h"

#include "core/facts/collectcontext.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

Error hostError(const Error &e)
{
    if (e.code == ErrorCode::PermissionDenied)
        return Error{ErrorCode::NeedsRoot, e.detail};
    return e;
}

CgroupVersion parseVersionText(const QString &v)
{
    if (v == u"1"_s)
        return CgroupVersion::V1;
    if (v == u"2"_s)
        return CgroupVersion::V2;
    return CgroupVersion::Unknown;
}

CgroupVersion effectiveVersion(const HostFacts &host, const CollectContext &context)
{
    return host.cgroupVersion == CgroupVersion::Unknown ? parseVersionText(context.cgroupVersion)
                                                        : host.cgroupVersion;
}

} // namespace dockscope::core::collectors
