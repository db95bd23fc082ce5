// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace dockscope::core {

struct TlsConfig
{
    QString caFile;         ///< ca.pem ("" = the system's trusted CAs)
    QString certFile;       ///< cert.pem (client certificate, optionally followed by its intermediates)
    QString keyFile;        ///< key.pem
    /// Verify the daemon's certificate (against caFile or the system store) and host name. Off
    /// only where the user asked for it by name: --tls or DOCKER_TLS without --tlsverify or
    /// DOCKER_TLS_VERIFY on a tcp:// URL, SkipTLSVerify in a context, a profile's unchecked box.
    bool verify = true;
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

/// The CLI flags that take part in resolution (-H/--host, --context, and the docker CLI's TLS
/// flags, which apply to a tcp:// daemon named by -H or DOCKER_HOST).
struct EndpointOptions
{
    QString host;
    QString context;
    bool tls = false;           ///< --tls: TLS; without --tlsverify the daemon is not verified
    bool tlsVerify = false;     ///< --tlsverify: TLS, verifying the daemon's certificate
    QString tlsCaCert = {};     ///< --tlscacert (default: DOCKER_CERT_PATH/ca.pem if it exists)
    QString tlsCert = {};       ///< --tlscert (default: DOCKER_CERT_PATH/cert.pem if it exists)
    QString tlsKey = {};        ///< --tlskey (default: DOCKER_CERT_PATH/key.pem if it exists)
};

/// Parses unix://, tcp:// (and http://, https://) and ssh:// URLs as the docker CLI does.
/// https:// gives a TlsConfig that verifies the daemon against the system's CAs.
Result<Endpoint> parseEndpointUrl(const QString &url);

/// Resolves the endpoint exactly like the docker CLI: -H, DOCKER_HOST, --context,
/// DOCKER_CONTEXT, currentContext in <dockerConfigDir>/config.json with contexts under
/// <dockerConfigDir>/contexts/meta/<sha256(name)>/meta.json, rootless
/// $XDG_RUNTIME_DIR/docker.sock, then /var/run/docker.sock. dockerConfigDir is $DOCKER_CONFIG
/// or ~/.docker. TLS for a tcp:// -H or DOCKER_HOST as in the CLI: --tlsverify or a non-empty
/// DOCKER_TLS_VERIFY verify, --tls or DOCKER_TLS alone do not; files from --tlscacert, --tlscert,
/// --tlskey, else DOCKER_CERT_PATH (default <dockerConfigDir>). An https:// URL is always verified.
/// Setting both a host and a context is an InvalidArgument error, as in the CLI.
Result<Endpoint> resolveEndpoint(const EndpointOptions &options, const QProcessEnvironment &env);

} // namespace dockscope::core
