// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace dockscope::core {

struct TlsConfig
{
    QString caFile;         ///< ca.pem
    QString certFile;       ///< cert.pem (client certificate)
    QString keyFile;        ///< key.pem
    bool verify = true;     ///< DOCKER_TLS_VERIFY / tlsverify: verify the daemon's certificate
};

/// Where the Docker daemon is, and how we found out (shown to the user).
struct Endpoint
{
    enum class Kind { Unix, Tcp, Ssh };
    /// Which rule of the docker CLI's resolution order produced this endpoint.
    enum class Source { HostFlag, DockerHostEnv, ContextFlag, DockerContextEnv, ConfigContext,
                        Rootless, Default, Profile };

    Kind kind = Kind::Unix;
    Source source = Source::Default;
    QString socketPath;             ///< Kind::Unix
    QString host;                   ///< Kind::Tcp, Kind::Ssh
    quint16 port = 0;               ///< Kind::Tcp (2375/2376 default), Kind::Ssh (0 = ssh's default)
    std::optional<TlsConfig> tls;   ///< Kind::Tcp with TLS
    QString sshUser;                ///< Kind::Ssh
    QString remoteSocketPath;       ///< Kind::Ssh: the socket on the remote host ("" = daemon default)
    QString contextName;            ///< set when a docker context supplied the endpoint

    /// Canonical URL: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host:22/path
    QString url() const;
};

/// The CLI flags that take part in resolution (-H/--host, --context).
struct EndpointOptions
{
    QString host;
    QString context;
};

/// Parses unix://, tcp:// (and http://, https://) and ssh:// URLs as the docker CLI does.
Result<Endpoint> parseEndpointUrl(const QString &url);

/// Resolves the endpoint exactly like the docker CLI: -H, DOCKER_HOST, --context,
/// DOCKER_CONTEXT, currentContext in <dockerConfigDir>/config.json with contexts under
/// <dockerConfigDir>/contexts/meta/<sha256(name)>/meta.json, rootless
/// $XDG_RUNTIME_DIR/docker.sock, then /var/run/docker.sock. TLS from DOCKER_TLS_VERIFY and
/// DOCKER_CERT_PATH (default <dockerConfigDir>). dockerConfigDir is $DOCKER_CONFIG or ~/.docker.
/// Setting both a host and a context is an InvalidArgument error, as in the CLI.
Result<Endpoint> resolveEndpoint(const EndpointOptions &options, const QProcessEnvironment &env);

} // namespace dockscope::core
