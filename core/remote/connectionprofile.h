// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/endpoint.h"
#include "core/remote/sshcommand.h"
#include "core/result.h"

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>

namespace dockscope::core {

/// A saved way to reach a Docker daemon (ConnectionProfileStore keeps them in QSettings).
struct ConnectionProfile
{
    enum class Kind {
        Local,          ///< resolved like the docker CLI (DOCKER_HOST, context, default socket)
        Unix,           ///< unix:///path — e.g. a socket the user forwarded by hand (no host access)
        Tcp,            ///< tcp://host:port, optionally TLS (no host access)
        Ssh,            ///< ssh://[user@]host[:port][/remote/socket/path] (full host access)
        DockerContext,  ///< one of the user's docker contexts (read-only import)
    };
    enum class SshTransport { Forward, DialStdio };

    QString id;                     ///< stable key in the store (a UUID; "context:<name>" for contexts)
    QString name;                   ///< shown to the user
    Kind kind = Kind::Local;
    QString url;                    ///< unix://…, tcp://…, ssh://… ("" for Local and DockerContext)
    QString contextName;            ///< Kind::DockerContext

    // TLS for Kind::Tcp: either a DOCKER_CERT_PATH-style directory (ca.pem, cert.pem, key.pem)
    // or the three files.
    bool tls = false;
    bool tlsVerify = true;
    QString tlsCertPath;
    QString tlsCaFile;
    QString tlsCertFile;
    QString tlsKeyFile;

    // Kind::Ssh
    SshTransport sshTransport = SshTransport::Forward;  ///< tried first; the other is the fallback
    QString sshConfigFile;          ///< ssh -F ("" = the user's ~/.ssh/config)
    QString sshIdentityFile;        ///< ssh -i ("" = agent and config)
    QString sshKnownHostsFile;      ///< UserKnownHostsFile ("" = the user's)

    /// Opt-in: run fixed read-only commands inside containers through the exec API when there
    /// is no host access. Off by default.
    bool execProbes = false;

    bool readOnly() const { return kind == Kind::DockerContext; }
    /// The TLS files in effect (cert path layout expanded). nullopt when TLS is off.
    std::optional<TlsConfig> tlsConfig() const;
    /// The endpoint this profile names; env is used for Local and DockerContext resolution.
    Result<Endpoint> endpoint(const QProcessEnvironment &env) const;
    /// For ssh profiles (and ssh contexts, given their resolved endpoint): the ssh target.
    Result<SshTarget> sshTarget(const QProcessEnvironment &env) const;
    /// Checks that the fields fit the kind (URL scheme, TLS files given, no '-' host …).
    Result<void> validate() const;

    /// An unsaved ssh profile for a `-H ssh://…` URL (the CLI, and the GUI started with -H).
    static ConnectionProfile forSshUrl(const QString &url);
    static QString kindName(Kind kind);             ///< "local", "unix", "tcp", "ssh", "context"
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::ConnectionProfile)
