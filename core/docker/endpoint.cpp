// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dockscope::core {

namespace {

const QString s_defaultSocket = u"/var/run/docker.sock"_s;

struct Parsed
{
    Endpoint endpoint;
    bool explicitPort = false;
    bool https = false;     ///< the URL said https: TLS, verified
};

/// An IPv6 literal's zone id ("fe80::1%eth0") names a network interface: at most 15 of
/// [A-Za-z0-9._-] (IFNAMSIZ). Anything else is refused, not passed on to ssh or connect():
/// QUrl re-encodes other bytes differently on each round trip (found by fuzz_endpoint).
bool zoneIsInterfaceName(const QString &host)
{
    const qsizetype percent = host.indexOf(u'%');
    if (percent < 0)
        return true;
    const QStringView zone = QStringView(host).mid(percent + 1);
    if (zone.isEmpty() || zone.size() > 15)
        return false;
    return std::all_of(zone.begin(), zone.end(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
    });
}

Result<Parsed> parseUrl(const QString &input)
{
    QString url = input.trimmed();
    if (url.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"empty host URL"_s};
    if (!url.contains(u"://"_s))
        url.prepend(u"tcp://"_s); // the CLI's rule: "host:port" means TCP
    const qsizetype sep = url.indexOf(u"://"_s);
    const QString scheme = url.left(sep).toLower();
    const QString rest = url.mid(sep + 3);

    Parsed parsed;
    Endpoint &e = parsed.endpoint;
    if (scheme == u"unix"_s) {
        e.kind = Endpoint::Kind::Unix;
        e.socketPath = rest.isEmpty() ? s_defaultSocket : rest;
        return parsed;
    }
    if (scheme == u"tcp"_s || scheme == u"http"_s || scheme == u"https"_s) {
        const QUrl qurl(u"tcp://"_s + rest, QUrl::StrictMode);
        if (!qurl.isValid())
            return Error{ErrorCode::InvalidArgument, u"invalid TCP URL %1: %2"_s.arg(input, qurl.errorString())};
        if (!zoneIsInterfaceName(qurl.host()))
            return Error{ErrorCode::InvalidArgument, u"invalid TCP URL %1: the IPv6 zone is not an interface name"_s.arg(input)};
        e.kind = Endpoint::Kind::Tcp;
        e.host = qurl.host().isEmpty() ? u"localhost"_s : qurl.host();
        parsed.explicitPort = qurl.port() > 0;
        e.port = parsed.explicitPort ? quint16(qurl.port()) : quint16(scheme == u"https"_s ? 2376 : 2375);
        if (scheme == u"https"_s) {
            e.tls = TlsConfig{};
            parsed.https = true;
        }
        return parsed;
    }
    if (scheme == u"ssh"_s) {
        const QUrl qurl(url, QUrl::StrictMode);
        if (!qurl.isValid())
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: %2"_s.arg(input, qurl.errorString())};
        if (qurl.host().isEmpty())
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: no host"_s.arg(input)};
        // Both would reach ssh's command line as options (CVE-2017-1000117 style).
        if (qurl.host().startsWith(u'-'))
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: host name starts with '-'"_s.arg(input)};
        if (qurl.userName().startsWith(u'-'))
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: user name starts with '-'"_s.arg(input)};
        if (!zoneIsInterfaceName(qurl.host()))
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: the IPv6 zone is not an interface name"_s.arg(input)};
        if (!qurl.password().isEmpty())
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: plain-text password is not supported"_s.arg(input)};
        if (qurl.hasQuery() || qurl.hasFragment())
            return Error{ErrorCode::InvalidArgument, u"invalid SSH URL %1: extra query or fragment"_s.arg(input)};
        e.kind = Endpoint::Kind::Ssh;
        e.host = qurl.host();
        e.sshUser = qurl.userName();
        parsed.explicitPort = qurl.port() > 0;
        e.port = parsed.explicitPort ? quint16(qurl.port()) : quint16(0);
        e.remoteSocketPath = qurl.path();
        return parsed;
    }
    return Error{ErrorCode::InvalidArgument, u"unsupported scheme \"%1\" in %2"_s.arg(scheme, input)};
}

QString dockerConfigDir(const QProcessEnvironment &env)
{
    QString fromEnv = env.value(u"DOCKER_CONFIG"_s);
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString home = env.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    return home + u"/.docker"_s;
}

QString existing(const QString &path)
{
    return QFileInfo::exists(path) ? path : QString();
}

/// --tls, --tlsverify, --tlscacert/--tlscert/--tlskey, DOCKER_TLS, DOCKER_TLS_VERIFY and
/// DOCKER_CERT_PATH, for -H and DOCKER_HOST (the CLI's ClientOptions.SetDefaultOptions()).
void applyTlsOptions(Parsed &parsed, const EndpointOptions &options, const QProcessEnvironment &env,
                     const QString &configDir)
{
    Endpoint &e = parsed.endpoint;
    if (e.kind != Endpoint::Kind::Tcp)
        return;
    // A URL that says https is verified: DOCKER_TLS (unverified TLS for tcp://) cannot weaken it.
    const bool verify = parsed.https || options.tlsVerify
        || !env.value(u"DOCKER_TLS_VERIFY"_s).isEmpty();
    const bool tls = verify || options.tls || !env.value(u"DOCKER_TLS"_s).isEmpty();
    if (!tls)
        return;
    QString certPath = env.value(u"DOCKER_CERT_PATH"_s);
    if (certPath.isEmpty())
        certPath = configDir;
    TlsConfig config;
    // Like the CLI: files named by a flag are used (and must be readable); default file names
    // that do not exist are simply not used (no ca.pem: the system's CAs).
    config.caFile = !options.tlsCaCert.isEmpty() ? options.tlsCaCert
                                                 : existing(certPath + u"/ca.pem"_s);
    config.certFile = !options.tlsCert.isEmpty() ? options.tlsCert
                                                 : existing(certPath + u"/cert.pem"_s);
    config.keyFile = !options.tlsKey.isEmpty() ? options.tlsKey
                                               : existing(certPath + u"/key.pem"_s);
    config.verify = verify;
    e.tls = config;
    if (!parsed.explicitPort)
        e.port = 2376;
}

Result<Endpoint> defaultEndpoint(const EndpointOptions &options, const QProcessEnvironment &env,
                                 const QString &configDir)
{
    const QString dockerHost = env.value(u"DOCKER_HOST"_s);
    if (!dockerHost.isEmpty()) {
        Result<Parsed> parsed = parseUrl(dockerHost);
        if (!parsed)
            return parsed.error();
        applyTlsOptions(*parsed, options, env, configDir);
        parsed->endpoint.source = Endpoint::Source::DockerHostEnv;
        return parsed->endpoint;
    }
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    const QString runtimeDir = env.value(u"XDG_RUNTIME_DIR"_s);
    if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + u"/docker.sock"_s)) {
        e.socketPath = runtimeDir + u"/docker.sock"_s;
        e.source = Endpoint::Source::Rootless;
    } else {
        e.socketPath = s_defaultSocket;
        e.source = Endpoint::Source::Default;
    }
    return e;
}

Result<Endpoint> contextEndpoint(const QString &name, Endpoint::Source source,
                                 const QProcessEnvironment &env, const QString &configDir)
{
    if (name == u"default"_s) {
        // The default context is DOCKER_HOST with the environment's TLS settings.
        Result<Endpoint> e = defaultEndpoint({}, env, configDir);
        if (e)
            e->contextName = name;
        return e;
    }
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString metaPath = configDir + u"/contexts/meta/"_s + hash + u"/meta.json"_s;
    QFile file(metaPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, u"context \"%1\" not found (%2)"_s.arg(name, metaPath)};
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &jsonError);
    if (!doc.isObject())
        return Error{ErrorCode::ParseError, u"%1: %2"_s.arg(metaPath, jsonError.errorString())};
    const QJsonObject docker = doc.object().value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject();
    const QString host = docker.value(u"Host"_s).toString();
    if (host.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"context \"%1\" has no docker endpoint"_s.arg(name)};
    Result<Parsed> parsed = parseUrl(host);
    if (!parsed)
        return parsed.error();
    Endpoint e = parsed->endpoint;
    const QString tlsDir = configDir + u"/contexts/tls/"_s + hash + u"/docker"_s;
    TlsConfig tls;
    tls.caFile = existing(tlsDir + u"/ca.pem"_s);
    tls.certFile = existing(tlsDir + u"/cert.pem"_s);
    tls.keyFile = existing(tlsDir + u"/key.pem"_s);
    tls.verify = !docker.value(u"SkipTLSVerify"_s).toBool();
    const bool hasMaterial = !tls.caFile.isEmpty() || !tls.certFile.isEmpty() || !tls.keyFile.isEmpty();
    if (e.kind == Endpoint::Kind::Tcp && (hasMaterial || e.tls)) {
        e.tls = tls;
        if (!parsed->explicitPort)
            e.port = 2376;
    }
    e.source = source;
    e.contextName = name;
    return e;
}

} // namespace

QString Endpoint::url() const
{
    switch (kind) {
    case Kind::Unix:
        return u"unix://"_s + socketPath;
    case Kind::Tcp:
    case Kind::Ssh: {
        // Percent-encoded where a URL needs it (an IPv6 zone id's '%', a user or socket path
        // with '"', '/', '@' or non-ASCII bytes), so that the URL parses back to this endpoint
        // (found by fuzz_endpoint).
        QUrl u;
        u.setScheme(kind == Kind::Tcp ? u"tcp"_s : u"ssh"_s);
        u.setHost(host);
        if (kind == Kind::Tcp || port != 0)
            u.setPort(port);
        if (kind == Kind::Ssh) {
            u.setUserName(sshUser);
            u.setPath(remoteSocketPath);
        }
        return u.toString(QUrl::FullyEncoded);
    }
    }
    return {};
}

Result<Endpoint> parseEndpointUrl(const QString &url)
{
    return parseUrl(url).transform([](Parsed &&parsed) { return std::move(parsed.endpoint); });
}

Result<Endpoint> resolveEndpoint(const EndpointOptions &options, const QProcessEnvironment &env)
{
    if (!options.host.isEmpty() && !options.context.isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     u"conflicting options: either specify --host or --context, not both"_s};
    const QString configDir = dockerConfigDir(env);

    // The order of the CLI's resolveContextName(): --context, -H, DOCKER_HOST, DOCKER_CONTEXT,
    // currentContext, then the default context.
    if (!options.context.isEmpty())
        return contextEndpoint(options.context, Endpoint::Source::ContextFlag, env, configDir);
    if (!options.host.isEmpty()) {
        Result<Parsed> parsed = parseUrl(options.host);
        if (!parsed)
            return parsed.error();
        applyTlsOptions(*parsed, options, env, configDir);
        parsed->endpoint.source = Endpoint::Source::HostFlag;
        return parsed->endpoint;
    }
    if (!env.value(u"DOCKER_HOST"_s).isEmpty())
        return defaultEndpoint(options, env, configDir);
    const QString contextEnv = env.value(u"DOCKER_CONTEXT"_s);
    if (!contextEnv.isEmpty())
        return contextEndpoint(contextEnv, Endpoint::Source::DockerContextEnv, env, configDir);

    QFile config(configDir + u"/config.json"_s);
    if (config.open(QIODevice::ReadOnly)) {
        // An unreadable config.json is only a warning for the CLI; it then uses the default.
        const QJsonDocument doc = QJsonDocument::fromJson(config.readAll());
        const QString current = doc.object().value(u"currentContext"_s).toString();
        if (!current.isEmpty())
            return contextEndpoint(current, Endpoint::Source::ConfigContext, env, configDir);
    }
    return defaultEndpoint(options, env, configDir);
}

} // namespace dockscope::core
