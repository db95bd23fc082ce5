// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "exitcode.h"
#include "tr.h"

#include "core/docker/syncwait.h"
#include "core/docker/tcptransport.h"
#include "core/facts/hostfs.h"
#include "core/logging.h"
#include "core/remote/elevatedhostfs.h"
#include "core/textsafety.h"

#include <QEventLoop>
#include <QProcessEnvironment>
#include <QFileInfo>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dockscope::app {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
/// Longest wait for one reply; the client has its own, shorter request timeout.
constexpr std::chrono::seconds s_timeout(120);

/// The files of the machine a local unix socket's daemon runs on: "/". Test hook: the golden
/// tests (tests/cli/tst_golden.cpp) set DOCKSCOPE_TEST_HOST_ROOT to a fixture tree
/// (tests/data/proc/<case>), so that the host-side facts are the same on every machine. Such
/// a tree stands for another machine (LocalHostFs::isLocal() is false), and it is said on stderr.
/// Only in builds with the tests (DOCKSCOPE_TEST_HOOKS): a packaged build reads "/" whatever
/// the environment says.
std::shared_ptr<const core::HostFs> localHostFiles()
{
#ifdef DOCKSCOPE_TEST_HOOKS
    const QString testRoot = qEnvironmentVariable("DOCKSCOPE_TEST_HOST_ROOT");
#else
    const QString testRoot;
#endif
    if (testRoot.isEmpty())
        return std::make_shared<const core::LocalHostFs>(u"/"_s);
    qCWarning(lcProc) << "host files are read from the test tree" << testRoot << "(DOCKSCOPE_TEST_HOST_ROOT)";
    return std::make_shared<const core::LocalHostFs>(testRoot);
}
} // namespace

Session::Session(const core::Endpoint &endpoint, QTextStream &err)
    : m_endpoint(endpoint)
    , m_err(err)
{
    if (endpoint.kind == core::Endpoint::Kind::Ssh)
        return; // connect() opens the ssh transport (forward or dial-stdio) and its host files
    m_ownClient = std::make_unique<core::DockerClient>(endpoint);
    m_client = m_ownClient.get();
    // Host files are this machine's only when the daemon is reached over a local unix socket.
    // (A socket forwarded from another machine is caught by the collectors: they verify that
    // each container's pid is really the container's on this kernel.)
    if (endpoint.kind == core::Endpoint::Kind::Unix)
        m_hostFs = localHostFiles();
}

Session::~Session() = default;

QString Session::transportDescription() const
{
    return m_remote ? m_remote->transportDescription() : m_endpoint.url();
}

bool Session::connect()
{
    if (m_endpoint.kind == core::Endpoint::Kind::Ssh) {
        // Over ssh the user's OpenSSH client carries the API (a managed socket forward, or
        // `docker system dial-stdio`), and the same host's /proc, /sys and /etc are read
        // through one batched read-only command per refresh.
        std::optional<Result<std::unique_ptr<core::RemoteConnection>>> opened;
        QEventLoop loop;
        core::RemoteConnection::open(core::ConnectionProfile::forSshUrl(m_endpoint.url()),
                                     QProcessEnvironment::systemEnvironment(), &loop,
                                     [&opened, &loop](Result<std::unique_ptr<core::RemoteConnection>> r) {
                                         opened.emplace(std::move(r));
                                         loop.quit();
                                     });
        if (!opened) {
            QTimer::singleShot(s_timeout, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!opened) {
            fail(Error{ErrorCode::Timeout, u"%1: no answer over ssh"_s.arg(m_endpoint.url())});
            return false;
        }
        if (!*opened) {
            fail(opened->error());
            return false;
        }
        m_remote = std::move(*opened).value();
        m_client = m_remote->client();
        m_hostFs = m_remote->hostFs();
        m_version = m_remote->version();
        return true;
    }
    auto result = core::waitFor<core::VersionInfo>(
        [this](QObject *context, std::function<void(Result<core::VersionInfo>)> callback) {
            m_client->negotiate(context, std::move(callback));
        },
        s_timeout);
    if (!result) {
        fail(result.error());
        return false;
    }
    m_version = result.value();
    return true;
}

bool Session::elevate()
{
    if (m_endpoint.kind != core::Endpoint::Kind::Unix || !m_hostFs) {
        m_err << Tr::tr("--elevate reads this machine's files, but the daemon at %1 is not on this "
                        "machine: the helper cannot help here.")
                     .arg(core::escapeControls(m_endpoint.url()))
              << Qt::endl;
        m_exitCode = ExitUsage;
        return false;
    }
    if (::geteuid() == 0)
        return true;    // root reads every host fact already
    auto elevated = std::make_shared<core::ElevatedHostFs>(m_endpoint.socketPath);
    const Result<void> started = elevated->elevate();
    if (!started) {
        //: %1 why (technical, English)
        m_err << Tr::tr("The host-facts helper is unavailable: %1. Showing what your user can read.")
                     .arg(core::escapeControls(started.error().detail))
              << Qt::endl;
        return true;
    }
    m_hostFs = std::move(elevated);
    return true;
}

Result<core::DaemonInfo> Session::info()
{
    return core::waitFor<core::DaemonInfo>(
        [this](QObject *context, std::function<void(Result<core::DaemonInfo>)> callback) {
            m_client->info(context, std::move(callback));
        },
        s_timeout);
}

Result<QList<core::ContainerSummary>> Session::listContainers(bool all)
{
    return core::waitFor<QList<core::ContainerSummary>>(
        [this, all](QObject *context, std::function<void(Result<QList<core::ContainerSummary>>)> callback) {
            m_client->listContainers(all, context, std::move(callback));
        },
        s_timeout);
}

Result<core::ContainerInspect> Session::inspectContainer(const QString &idOrName)
{
    return core::waitFor<core::ContainerInspect>(
        [this, idOrName](QObject *context, std::function<void(Result<core::ContainerInspect>)> callback) {
            m_client->inspectContainer(idOrName, context, std::move(callback));
        },
        s_timeout);
}

QList<Result<core::ContainerInspect>> Session::inspectContainers(const QStringList &ids)
{
    QList<std::optional<Result<core::ContainerInspect>>> replies(ids.size());
    qsizetype pending = ids.size();
    QEventLoop loop;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_client->inspectContainer(ids.at(i), &loop,
                                   [&replies, &pending, &loop, i](Result<core::ContainerInspect> r) {
                                       replies[i].emplace(std::move(r));
                                       if (--pending == 0)
                                           loop.quit();
                                   });
    }
    if (pending > 0) {
        QTimer::singleShot(std::chrono::seconds(60), &loop, &QEventLoop::quit);
        loop.exec();
    }
    QList<Result<core::ContainerInspect>> results;
    results.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (replies.at(i))
            results.append(*replies.at(i));
        else
            results.append(Error{ErrorCode::Timeout, u"inspect %1: no reply"_s.arg(ids.at(i))});
    }
    return results;
}

Result<core::AuditReport> Session::audit(const QStringList &containerNames)
{
    // A name that matches no container is the user's mistake, not an empty audit.
    const auto named = inspectContainers(containerNames);
    for (qsizetype i = 0; i < named.size(); ++i) {
        if (!named.at(i)) {
            Error error = named.at(i).error();
            if (error.code == ErrorCode::NotFound)
                error.detail = containerNames.at(i);
            return error;
        }
    }
    core::AuditRunner runner(m_client, m_hostFs);
    std::optional<Result<core::AuditReport>> report;
    QEventLoop loop;
    QObject::connect(&runner, &core::AuditRunner::finished, &loop,
                     [&report, &loop](const Result<core::AuditReport> &r) {
                         report.emplace(r);
                         loop.quit();
                     });
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    if (showProgress) {
        QObject::connect(&runner, &core::AuditRunner::progress, &loop, [this](int done, int total) {
            m_err << u'\r' << Tr::tr("Auditing… %1/%2").arg(done).arg(total) << Qt::flush;
        });
    }
    runner.run(containerNames);
    if (!report) {
        QTimer::singleShot(s_timeout * 5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (showProgress)
        m_err << u'\r' << QString(40, u' ') << u'\r' << Qt::flush;
    if (!report)
        return Error{ErrorCode::Timeout, u"audit: no result within %1 s"_s.arg((s_timeout * 5).count())};
    return std::move(*report);
}

core::CollectContext Session::collectContext(const core::DaemonInfo &info) const
{
    return core::CollectContext::fromDaemon(info, m_endpoint);
}

int Session::fail(const Error &error)
{
    m_err << errorMessage(error, m_endpoint) << Qt::endl;
    m_exitCode = exitCodeFor(error.code);
    return m_exitCode;
}

namespace {

QString socketPermissionAdvice(const QString &socketPath)
{
    struct stat st {};
    const QByteArray native = QFileInfo(socketPath).absoluteFilePath().toLocal8Bit();
    if (::stat(native.constData(), &st) == 0) {
        const QFileInfo info(socketPath);
        const QString group = info.group().isEmpty() ? QString::number(st.st_gid) : info.group();
        const QString owner = info.owner().isEmpty() ? QString::number(st.st_uid) : info.owner();
        const QString mode = u"%1"_s.arg(st.st_mode & 07777, 4, 8, QChar(u'0'));
        //: %1 socket path, %2 owner, %3 group, %4 octal mode like 0660
        return Tr::tr("The socket %1 belongs to %2:%3 with mode %4. To use it, your user must be "
                      "in the group \"%3\" (for example: sudo usermod -aG %3 $USER, then log in "
                      "again). Be aware that everyone in that group is root-equivalent on this "
                      "host: whoever can command the daemon can mount the host's files into a "
                      "container. Alternatively use rootless Docker "
                      "(dockerd-rootless-setuptool.sh install) and point DOCKER_HOST at its socket.")
            .arg(socketPath, owner, group, mode);
    }
    //: %1 socket path
    return Tr::tr("To use the socket %1, your user must be in the socket's group (usually "
                  "\"docker\"). Be aware that everyone in that group is root-equivalent on this "
                  "host. Alternatively use rootless Docker (dockerd-rootless-setuptool.sh install) "
                  "and point DOCKER_HOST at its socket.")
        .arg(socketPath);
}

} // namespace

QString errorMessage(const Error &rawError, const core::Endpoint &endpoint)
{
    // The detail quotes the daemon (its message, a container name): shown escaped on a terminal.
    const Error error{rawError.code, core::escapeControls(rawError.detail)};
    const QString where = core::escapeControls(endpoint.url());
    switch (error.code) {
    case ErrorCode::DaemonUnreachable:
        //: %1 endpoint URL, %2 technical detail
        return Tr::tr("Cannot connect to the Docker daemon at %1 (%2). Is the daemon running? "
                      "Choose another daemon with -H/--host, --context or DOCKER_HOST.")
            .arg(where, error.detail);
    case ErrorCode::PermissionDenied:
        //: %1 endpoint URL, %2 technical detail
        return Tr::tr("Permission denied while connecting to the Docker daemon at %1 (%2).")
                   .arg(where, error.detail)
            + u'\n'
            + (endpoint.kind == core::Endpoint::Kind::Unix
                   ? socketPermissionAdvice(endpoint.socketPath)
                   : Tr::tr("Check that your user may use this endpoint."));
    case ErrorCode::ApiVersionUnsupported:
        //: %1 endpoint URL, %2 detail, %3 lowest API version we accept
        return Tr::tr("The Docker daemon at %1 is too old or refused our API version (%2). "
                      "Dockscope needs Engine API %3 or newer.")
            .arg(where, error.detail, core::DockerClient::minimumApiVersion());
    case ErrorCode::Timeout:
        return Tr::tr("The Docker daemon at %1 did not answer in time (%2).").arg(where, error.detail);
    case ErrorCode::ConnectionDropped:
        return Tr::tr("The Docker daemon at %1 closed the connection (%2).").arg(where, error.detail);
    case ErrorCode::ProtocolError:
        return Tr::tr("What answers at %1 does not speak HTTP like a Docker daemon (%2).")
            .arg(where, error.detail);
    case ErrorCode::TlsError:
        switch (core::TcpTransport::failureOf(error)) {
        case core::TlsFailure::ServerUntrusted:
            //: %1 endpoint URL, %2 technical detail. --tlscacert, DOCKER_CERT_PATH, ca.pem, --tls,
            //: --tlsverify and tcp:// stay as they are.
            return Tr::tr("The Docker daemon's certificate at %1 could not be verified (%2); "
                          "nothing was sent to it. Name the CA that issued it with --tlscacert or "
                          "as ca.pem in DOCKER_CERT_PATH, or add it to the system's trusted CAs. "
                          "Only if you accept that anyone on the network path could pose as this "
                          "daemon: use a tcp:// address with --tls and without --tlsverify.")
                .arg(where, error.detail);
        case core::TlsFailure::ServerNameMismatch:
            //: %1 endpoint URL, %2 technical detail
            return Tr::tr("The Docker daemon's certificate at %1 could not be verified: it was "
                          "issued for another host name (%2). Connect with a name or address that "
                          "the certificate lists.")
                .arg(where, error.detail);
        case core::TlsFailure::None:
        case core::TlsFailure::Other:
            break;
        }
        return Tr::tr("The TLS connection to the Docker daemon at %1 failed (%2). Check "
                      "DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.")
            .arg(where, error.detail);
    case ErrorCode::SshError:
        return Tr::tr("The SSH connection to the Docker daemon at %1 failed (%2).").arg(where, error.detail);
    case ErrorCode::InvalidArgument:
        return Tr::tr("Invalid argument: %1.").arg(error.detail);
    case ErrorCode::NotFound:
        return Tr::tr("Not found: %1.").arg(error.detail);
    case ErrorCode::HttpError:
        return Tr::tr("The Docker daemon at %1 answered with an error: %2.").arg(where, error.detail);
    case ErrorCode::ParseError:
        return Tr::tr("The Docker daemon at %1 sent a reply that cannot be read (%2).")
            .arg(where, error.detail);
    case ErrorCode::Cancelled:
        return Tr::tr("Cancelled (%1).").arg(error.detail);
    case ErrorCode::Unavailable:
    case ErrorCode::NeedsRoot:
    case ErrorCode::NotOnThisHost:
    case ErrorCode::NotRunning:
    case ErrorCode::KernelLacks:
    case ErrorCode::NotEnforced:
    case ErrorCode::IoError:
        break;
    }
    //: %1 error code name, %2 detail
    return Tr::tr("Error (%1): %2").arg(core::errorCodeName(error.code), error.detail);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DaemonUnreachable:
    case ErrorCode::PermissionDenied:
    case ErrorCode::ApiVersionUnsupported:
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionDropped:
    case ErrorCode::ProtocolError:
    case ErrorCode::TlsError:
    case ErrorCode::SshError:
        return ExitDaemon;
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

} // namespace dockscope::app
