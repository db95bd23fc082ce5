// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which containers a daemon has, asked over its socket with the caller's own permissions: the
// helper serves facts only about containers of a daemon the caller can use. Blocking and
// bounded (time and bytes); plain POSIX sockets, no event loop.

#include "app/hostfacts/hostfactspolicy.h"

#include "core/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>

namespace dockscope::core {
class HostFs;
}

namespace dockscope::hostfacts {

/// The most bytes of the daemon's reply (a /containers/json of thousands of containers).
inline constexpr qsizetype s_maxContainerListBytes = 16 * 1024 * 1024;

/// The ids of the body of GET /containers/json: every "Id" that is a full id (64 lower-case
/// hex digits). ParseError when the body is not a JSON array.
core::Result<QSet<QString>> parseContainerIds(const QByteArray &json);

/// Connects to the unix socket at socketPath, sends
/// "GET /containers/json?all=1 HTTP/1.0", and parses the reply: status 200 required, at most
/// maxBytes of body, everything within timeout.
core::Result<QSet<QString>> fetchContainerIds(const QString &socketPath,
                                              std::chrono::milliseconds timeout = std::chrono::seconds(10),
                                              qsizetype maxBytes = s_maxContainerListBytes);

/// The DaemonSource of the running helper: the socket is stat'ed and asked inside asCaller
/// (the helper's capabilities lowered, so only the caller's own permissions count), the daemon
/// located with core::locateDaemon over fs.
class LocalDaemonSource final : public DaemonSource
{
public:
    using AsCaller = std::function<void(const std::function<void()> &)>;

    LocalDaemonSource(const core::HostFs &fs, AsCaller asCaller);

    core::Result<QSet<QString>> containerIds(const QString &socket) override;
    std::optional<qint64> daemonPid(const QString &socket) override;
    std::optional<quint32> socketOwner(const QString &socket) override;

private:
    const core::HostFs &m_fs;
    AsCaller m_asCaller;
};

} // namespace dockscope::hostfacts
