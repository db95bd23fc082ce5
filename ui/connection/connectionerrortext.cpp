// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/connectionerrortext.h"

#include "core/docker/tcptransport.h"
#include "core/remote/sshcommand.h"
#include "ui/tr.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ErrorCode;
using core::SshFailure;

QString ConnectionErrorText::sentence(const core::Error &error)
{
    switch (core::SshCommand::failureOf(error)) {
    case SshFailure::HostKeyChanged:
        return Tr::tr("The server's SSH host key has changed since you last connected. This can mean that "
                      "someone intercepts the connection. Confirm the new key with the server's administrator, "
                      "then remove the old entry with \"ssh-keygen -R HOST\".");
    case SshFailure::HostKeyUnknown:
        return Tr::tr("The server's SSH host key is not known yet. Connect once with \"ssh HOST\" in a terminal, "
                      "check the fingerprint and accept it; Dockscope never accepts unknown keys by itself.");
    case SshFailure::HostKeyVerification:
        return Tr::tr("The server's SSH host key could not be verified. Check your known_hosts file.");
    case SshFailure::AuthenticationFailed:
        return Tr::tr("SSH login was refused. Load your key into ssh-agent (ssh-add) or name it in "
                      "~/.ssh/config; password prompts need an SSH_ASKPASS program.");
    case SshFailure::ResolveFailed:
        return Tr::tr("The host name could not be resolved. Check the name or your ~/.ssh/config.");
    case SshFailure::ConnectionRefused:
        return Tr::tr("Nothing accepts SSH connections on that host and port. Check that sshd runs and the port.");
    case SshFailure::ConnectTimeout:
        return Tr::tr("The SSH connection timed out. Check the network, firewall and any ProxyJump host.");
    case SshFailure::RemoteSocketMissing:
        return Tr::tr("The Docker socket on the remote host could not be opened: it does not exist, or the SSH "
                      "server refuses to forward it. Check that Docker runs there and the socket path in the "
                      "profile (rootless Docker: /run/user/UID/docker.sock), or use the dial-stdio transport.");
    case SshFailure::RemoteSocketDenied:
        return Tr::tr("The remote user may not open the Docker socket. Add the user to the docker group "
                      "there (which is equivalent to root) or use rootless Docker.");
    case SshFailure::ForwardRefused:
        return Tr::tr("The SSH server refuses to forward the Docker socket (AllowStreamLocalForwarding). "
                      "Choose the \"docker system dial-stdio\" transport instead.");
    case SshFailure::DockerCliMissing:
        return Tr::tr("The remote host has no docker command, which the dial-stdio transport needs. Install "
                      "the Docker CLI there or use the socket forward.");
    case SshFailure::SshMissing:
        return Tr::tr("The ssh program could not be started. Install the OpenSSH client.");
    case SshFailure::Exited:
        return Tr::tr("The SSH connection failed.");
    case SshFailure::None:
        break;
    }
    switch (core::TcpTransport::failureOf(error)) {
    case core::TlsFailure::ServerUntrusted:
        return Tr::tr("The daemon's certificate could not be verified: no CA you trust issued it, so nothing "
                      "was sent. Name the CA certificate (or a directory with ca.pem) in the profile, or add "
                      "the CA to the system's trusted certificates.");
    case core::TlsFailure::ServerNameMismatch:
        return Tr::tr("The daemon's certificate could not be verified: it was issued for another host name. "
                      "Use a name or address that the certificate lists.");
    case core::TlsFailure::None:
    case core::TlsFailure::Other:
        break;
    }
    switch (error.code) {
    case ErrorCode::TlsError:
        return Tr::tr("The TLS connection failed. Check the CA certificate and that the client certificate "
                      "and key were issued for this daemon.");
    case ErrorCode::PermissionDenied:
        return Tr::tr("You may not open the Docker socket. Join the socket's group (which is equivalent to "
                      "root) or use rootless Docker.");
    case ErrorCode::DaemonUnreachable:
        return Tr::tr("No Docker daemon answers at this address.");
    case ErrorCode::Timeout:
        return Tr::tr("The daemon did not answer in time.");
    case ErrorCode::ConnectionDropped:
    case ErrorCode::ProtocolError:
        return Tr::tr("The connection closed before the daemon answered. A TLS port reached without TLS "
                      "behaves like this.");
    case ErrorCode::ApiVersionUnsupported:
        return Tr::tr("The daemon's API version is too old for Dockscope.");
    case ErrorCode::InvalidArgument:
        return Tr::tr("The connection settings are not valid.");
    default:
        return Tr::tr("The connection failed.");
    }
}

QString ConnectionErrorText::withDetail(const core::Error &error)
{
    if (error.detail.isEmpty())
        return sentence(error);
    return sentence(error) + u'\n' + error.detail;
}

} // namespace dockscope::ui
