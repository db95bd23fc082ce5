// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Argument lists for the user's OpenSSH client. Everything is passed as separate arguments to
// QProcess (never through a local shell); the remote command, which ssh hands to the remote
// user's shell as one string, is built from single-quoted words so that no path or name can be
// read as shell syntax there. Host-key checking is never weakened: no StrictHostKeyChecking
// option is ever added, the user's configuration and known_hosts decide.

#include "core/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dockscope::core {

/// Where and how to reach a host over ssh: ssh://[user@]host[:port][/remote/socket/path].
struct SshTarget
{
    QString host;
    QString user;                   ///< "" = ssh's default (config or local user name)
    quint16 port = 0;               ///< 0 = ssh's default (config or 22)
    QString remoteSocketPath;       ///< "" = the daemon's default (/var/run/docker.sock)
    QString configFile;             ///< ssh -F (tests; "" = ~/.ssh/config)
    QString identityFile;           ///< ssh -i ("" = agent and config)
    QString knownHostsFile;         ///< UserKnownHostsFile ("" = the user's known_hosts)
    QString program = QStringLiteral("ssh");
    int connectTimeoutSeconds = 15;
    /// An OpenSSH control socket (SshControlMaster) the run goes through instead of logging in
    /// again: adds ControlMaster=no and ControlPath ("" = its own connection, the default).
    QString controlPath;

    /// "ssh://user@host:port" without the socket path (for describe() and evidence).
    QString url() const;
    /// Parses ssh://[user@]host[:port][/path]; validates like SshCommand::validate.
    static Result<SshTarget> fromUrl(const QString &url);
};

/// Why an ssh process failed, as read from its exit status and stderr.
enum class SshFailure {
    None,
    HostKeyChanged,         ///< "REMOTE HOST IDENTIFICATION HAS CHANGED"
    HostKeyUnknown,         ///< no known host key and strict checking (batch mode)
    HostKeyVerification,    ///< "Host key verification failed" for another reason
    AuthenticationFailed,   ///< "Permission denied (publickey,…)": no usable key, or a password needed
    ResolveFailed,          ///< "Could not resolve hostname"
    ConnectionRefused,      ///< nothing listens on the ssh port
    ConnectTimeout,         ///< "Connection timed out" / "Operation timed out"
    RemoteSocketMissing,    ///< the remote docker socket does not exist
    RemoteSocketDenied,     ///< the remote user may not open the docker socket
    ForwardRefused,         ///< the server refused the socket forward (AllowStreamLocalForwarding no)
    DockerCliMissing,       ///< dial-stdio: no docker CLI on the remote host
    SshMissing,             ///< the local ssh program could not be started
    Exited,                 ///< anything else: ssh or the remote command failed
};

class SshCommand
{
public:
    /// Refuses a host or user that ssh could read as an option ("-oProxyCommand=…"), empty or
    /// with whitespace/control characters, and a remote socket path that is not absolute or
    /// contains ':' (the -L separator) or control characters; a control path that is not
    /// absolute, is too long for a socket, or holds characters ssh would read ('%', quotes,
    /// whitespace).
    static Result<void> validate(const SshTarget &target);

    /// True when SSH_ASKPASS names an executable and a display exists: the GUI can then answer
    /// prompts (passphrase, unknown host key) through it, so BatchMode is not forced.
    static bool askPassUsable(const QProcessEnvironment &env);
    /// The desktop's askpass program for a GUI whose user set no SSH_ASKPASS: the first
    /// executable of candidates (default: ssh's own default /usr/bin/ssh-askpass, then KDE's,
    /// GNOME's and LXQt's); "" when none is installed.
    static QString desktopAskPass(const QStringList &candidates = defaultAskPassPrograms());
    static QStringList defaultAskPassPrograms();
    /// The environment for the ssh process: env plus SSH_ASKPASS_REQUIRE=prefer when askpass
    /// is usable.
    static QProcessEnvironment processEnvironment(const QProcessEnvironment &env);

    /// Options shared by every invocation, up to and including "--" and the host.
    static Result<QStringList> commonArguments(const SshTarget &target, const QProcessEnvironment &env);

    /// ssh -NT -o ExitOnForwardFailure=yes -L LOCAL:REMOTE … -- host
    static Result<QStringList> forwardArguments(const SshTarget &target, const QString &localSocket,
                                                const QProcessEnvironment &env);
    /// ssh -T … -- host docker [-H unix://PATH] system dial-stdio
    static Result<QStringList> dialStdioArguments(const SshTarget &target, const QProcessEnvironment &env);
    /// ssh -T … -- host 'argv0' 'argv1' …: argv as single-quoted words for the remote shell.
    static Result<QStringList> remoteCommandArguments(const SshTarget &target, const QStringList &argv,
                                                      const QProcessEnvironment &env);

    /// ssh -T … -- host COMMAND, with COMMAND passed as it is: for a constant command line that
    /// every login shell (sh, bash, dash, zsh, fish, tcsh, csh) parses alike. Only letters,
    /// digits, spaces and _ = . / - are accepted; anything variable belongs on standard input.
    static Result<QStringList> fixedRemoteCommandArguments(const SshTarget &target, const QString &command,
                                                           const QProcessEnvironment &env);

    /// ssh -N -f -o ControlMaster=yes -o ControlPersist=SECONDS -o ControlPath=… … -- host: logs
    /// in once, then stays in the background as the master of target.controlPath, forwarding
    /// nothing, until it is told to exit, is killed or has had no session for persistSeconds.
    static Result<QStringList> controlMasterArguments(const SshTarget &target, int persistSeconds,
                                                      const QProcessEnvironment &env);
    /// ssh -o ControlPath=… -O COMMAND … -- host ("check", "exit"): talks to the master only.
    static Result<QStringList> controlCommandArguments(const SshTarget &target, const QString &command);

    /// The remote socket path the forward connects to ("" → /var/run/docker.sock).
    static QString effectiveRemoteSocket(const SshTarget &target);

    /// POSIX single-quoting: 'it'\''s' — safe for sh, bash, dash, zsh.
    static QString shellQuote(const QString &word);

    /// Classifies a failed ssh run from its stderr (exit status 255 = ssh itself failed).
    static SshFailure classify(const QByteArray &standardError);
    /// ErrorCode::SshError with detail "<cause>: <the stderr line that says so>".
    static Error failureError(const QByteArray &standardError, int exitCode);
    /// Stable token of a failure ("host-key-changed"), the prefix of failureError()'s detail.
    static QString failureName(SshFailure failure);
    /// The failure named by an SshError's detail prefix (None for other errors).
    static SshFailure failureOf(const Error &error);
};

} // namespace dockscope::core
