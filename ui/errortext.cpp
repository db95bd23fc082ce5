// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "ui/tr.h"
#include "core/localization.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ErrorCode;

QString errorText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DaemonUnreachable: return Tr::tr("The Docker daemon cannot be reached at this address.");
    case ErrorCode::PermissionDenied: return Tr::tr("Permission denied: this user may not open the Docker socket or file.");
    case ErrorCode::ApiVersionUnsupported: return Tr::tr("The daemon's API version is not supported.");
    case ErrorCode::NotFound: return Tr::tr("Not found.");
    case ErrorCode::ParseError: return Tr::tr("The data could not be understood.");
    case ErrorCode::Timeout: return Tr::tr("The request timed out.");
    case ErrorCode::ConnectionDropped: return Tr::tr("The connection to the daemon was dropped.");
    case ErrorCode::HttpError: return Tr::tr("The daemon refused the request.");
    case ErrorCode::ProtocolError: return Tr::tr("The daemon's reply is not valid HTTP.");
    case ErrorCode::TlsError: return Tr::tr("The TLS handshake or certificate check failed.");
    case ErrorCode::SshError: return Tr::tr("The SSH connection failed.");
    case ErrorCode::InvalidArgument: return Tr::tr("The address or option is malformed.");
    case ErrorCode::Unavailable: return Tr::tr("This cannot be read on this host.");
    case ErrorCode::NeedsRoot: return Tr::tr("This can only be read by root or the process owner.");
    case ErrorCode::NotOnThisHost: return Tr::tr("The container runs on another kernel (a VM or a remote host).");
    case ErrorCode::NotRunning: return Tr::tr("The container is not running.");
    case ErrorCode::KernelLacks: return Tr::tr("This kernel does not provide it.");
    case ErrorCode::NotEnforced: return Tr::tr("Declared, but the kernel does not enforce it.");
    case ErrorCode::IoError: return Tr::tr("A read or write failed.");
    case ErrorCode::Cancelled: return Tr::tr("Cancelled.");
    }
    return Tr::tr("Unknown error.");
}

QString errorFix(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DaemonUnreachable:
        return Tr::tr("Check that dockerd is running and that DOCKER_HOST or the context points at it.");
    case ErrorCode::PermissionDenied:
        return Tr::tr("Run as root or add the user to the socket's group (which makes the user root-equivalent).");
    case ErrorCode::ApiVersionUnsupported:
        return Tr::tr("Upgrade the Docker engine.");
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionDropped:
        return Tr::tr("Dockscope keeps trying to reconnect; press F5 to retry now.");
    case ErrorCode::TlsError:
        return Tr::tr("Check DOCKER_CERT_PATH and the certificates' host names.");
    case ErrorCode::SshError:
        return Tr::tr("Check that 'ssh host docker version' works without a password prompt.");
    case ErrorCode::NeedsRoot:
        return Tr::tr("Run Dockscope as root to see this.");
    default:
        return QString();
    }
}

QString detailText(const core::Error &error)
{
    const QString &detail = error.detail;
    if (detail.isEmpty())
        return detail;
    // Core's local-socket details read "<path>: <what> (<Qt's text>)".
    const qsizetype colon = detail.indexOf(u": "_s);
    const QString where = colon > 0 ? detail.left(colon) : detail;
    QString sentence;
    if (detail.contains("no such socket"_L1) || detail.contains("Invalid name"_L1)
        || detail.contains("ServerNotFound"_L1)) {
        sentence = Tr::tr("There is no socket at %1: dockerd is not running there, or this is the wrong "
                          "address. Start dockerd and press Retry, or connect to another host.")
                       .arg(where);
    } else if (detail.contains("connection refused"_L1, Qt::CaseInsensitive)) {
        sentence = Tr::tr("The socket %1 exists, but nothing accepts connections on it: dockerd has "
                          "stopped. Start it and press Retry.")
                       .arg(where);
    } else if (error.code == ErrorCode::PermissionDenied) {
        sentence = Tr::tr("This user may not open %1. Run Dockscope as root, or add the user to the "
                          "socket's group (which makes the user root-equivalent).")
                       .arg(where);
    } else if (error.code == ErrorCode::Timeout) {
        sentence = Tr::tr("%1 did not answer in time: the daemon may be overloaded or hung. Press Retry.")
                       .arg(where);
    }
    if (sentence.isEmpty())
        return detail;
    //: %1 is a sentence saying what to do, %2 the raw technical message (untranslated)
    return Tr::tr("%1\nTechnical detail: %2").arg(sentence, detail);
}

QString unavailableReason(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NeedsRoot:
    case ErrorCode::PermissionDenied: return Tr::tr("needs root");
    case ErrorCode::NotOnThisHost: return Tr::tr("not on this host");
    case ErrorCode::Unavailable: return Tr::tr("no host access");
    case ErrorCode::NotRunning: return Tr::tr("container not running");
    case ErrorCode::KernelLacks: return Tr::tr("kernel lacks it");
    case ErrorCode::NotEnforced: return Tr::tr("not enforced");
    case ErrorCode::NotFound: return Tr::tr("not found");
    case ErrorCode::ParseError: return Tr::tr("unreadable format");
    default: return errorText(code);
    }
}

QString unavailableText(const core::Error &error)
{
    if (error.detail.isEmpty())
        return Tr::tr("unavailable: %1").arg(unavailableReason(error.code));
    //: %1 is a short reason ("needs root"), %2 the technical detail (path: errno text)
    return Tr::tr("unavailable: %1 — %2").arg(unavailableReason(error.code), core::translatedDetail(error.detail));
}

} // namespace dockscope::ui
