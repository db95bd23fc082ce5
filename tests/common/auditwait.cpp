// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/auditwait.h"

#include "core/facts/hostfs.h"

#include <QSignalSpy>

#include <optional>

namespace dockscope::test {

using namespace Qt::StringLiterals;

core::Result<core::AuditReport> runAuditToEnd(core::DockerClient *client, std::shared_ptr<const core::HostFs> fs,
                                              const QStringList &names, int timeoutMs)
{
    core::AuditRunner runner(client, std::move(fs));
    std::optional<core::Result<core::AuditReport>> got;
    QObject::connect(&runner, &core::AuditRunner::finished, &runner,
                     [&got](const core::Result<core::AuditReport> &r) { got.emplace(r); });
    QSignalSpy spy(&runner, &core::AuditRunner::finished);
    runner.run(names);
    if (!spy.wait(timeoutMs) || !got)
        return core::Error{core::ErrorCode::Timeout, u"audit did not finish"_s};
    return *got;
}

} // namespace dockscope::test
