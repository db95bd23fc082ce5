// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/connectionprofile.h"

#include <QDir>

namespace dockscope::core {

using namespace Qt::StringLiterals;

ConnectionProfile ConnectionProfile::forSshUrl(const QString &url)
{
    ConnectionProfile profile;
    profile.kind = Kind::Ssh;
    profile.name = url;
    profile.url = url;
    return profile;
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Local: return u"local"_s;
    case Kind::Unix: return u"unix"_s;
    case Kind::Tcp: return u"tcp"_s;
    case Kind::Ssh: return u"ssh"_s;
    case Kind::DockerContext: return u"context"_s;
    }
    return u"local"_s;
}

std::optional<ConnectionProfile::Kind> ConnectionProfile::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Local, Kind::Unix, Kind::Tcp, Kind::Ssh, Kind::DockerContext}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<TlsConfig> ConnectionProfile::tlsConfig() const
{
    if (kind != Kind::Tcp || !tls)
        return std::nullopt;
    TlsConfig config;
    config.verify = tlsVerify;
    if (!tlsCertPath.isEmpty()) {
        const QDir dir(tlsCertPath);
        config.caFile = dir.filePath(u"ca.pem"_s);
        config.certFile = dir.filePath(u"cert.pem"_s);
        config.keyFile = dir.filePath(u"key.pem"_s);
    }
    if (!tlsCaFile.isEmpty())
        config.caFile = tlsCaFile;
    if (!tlsCertFile.isEmpty())
        config.certFile = tlsCertFile;
    if (!tlsKeyFile.isEmpty())
        config.keyFile = tlsKeyFile;
    return config;
}

Result<void> ConnectionProfile::validate() const
{
    auto invalid = [](const QString &detail) { return Result<void>(Error{ErrorCode::InvalidArgument, detail}); };
    switch (kind) {
    case Kind::Local:
        return {};
    case Kind::DockerContext:
        if (contextName.isEmpty())
            return invalid(u"context profile without a context name"_s);
        return {};
    case Kind::Unix:
        if (!url.startsWith(u"unix:///"_s))
            return invalid(url + u": expected unix:///path"_s);
        return {};
    case Kind::Tcp: {
        if (!url.startsWith(u"tcp://"_s))
            return invalid(url + u": expected tcp://host:port"_s);
        if (tls && (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty()))
            return invalid(u"TLS: a client certificate needs its key, and a key its certificate"_s);
        Result<Endpoint> e = parseEndpointUrl(url);
        if (!e)
            return e.error();
        return {};
    }
    case Kind::Ssh: {
        Result<SshTarget> t = SshTarget::fromUrl(url);
        if (!t)
            return t.error();
        return {};
    }
    }
    return {};
}

Result<Endpoint> ConnectionProfile::endpoint(const QProcessEnvironment &env) const
{
    if (Result<void> ok = validate(); !ok)
        return ok.error();
    Result<Endpoint> e = Error{ErrorCode::InvalidArgument, url};
    switch (kind) {
    case Kind::Local:
        return resolveEndpoint({}, env);
    case Kind::DockerContext: {
        EndpointOptions options;
        options.context = contextName;
        QProcessEnvironment clean = env;
        // The named context wins over whatever the environment says.
        clean.remove(u"DOCKER_HOST"_s);
        clean.remove(u"DOCKER_CONTEXT"_s);
        return resolveEndpoint(options, clean);
    }
    case Kind::Unix:
    case Kind::Tcp:
    case Kind::Ssh:
        e = parseEndpointUrl(url);
        break;
    }
    if (!e)
        return e;
    Endpoint endpoint = e.value();
    endpoint.source = Endpoint::Source::Profile;
    if (kind == Kind::Tcp)
        endpoint.tls = tlsConfig();
    return endpoint;
}

Result<SshTarget> ConnectionProfile::sshTarget(const QProcessEnvironment &env) const
{
    SshTarget target;
    if (kind == Kind::Ssh) {
        Result<SshTarget> t = SshTarget::fromUrl(url);
        if (!t)
            return t;
        target = t.value();
    } else {
        Result<Endpoint> e = endpoint(env);
        if (!e)
            return e.error();
        if (e->kind != Endpoint::Kind::Ssh)
            return Error{ErrorCode::InvalidArgument, e->url() + u": not an ssh endpoint"_s};
        target.host = e->host;
        target.user = e->sshUser;
        target.port = e->port;
        target.remoteSocketPath = e->remoteSocketPath;
        if (Result<void> ok = SshCommand::validate(target); !ok)
            return ok.error();
    }
    target.configFile = sshConfigFile;
    target.identityFile = sshIdentityFile;
    target.knownHostsFile = sshKnownHostsFile;
    return target;
}

} // namespace dockscope::core
