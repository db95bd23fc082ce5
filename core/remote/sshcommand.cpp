// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshcommand.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <array>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

bool hasControlOrSpace(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Error invalid(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}

} // namespace

QString SshTarget::url() const
{
    QString s = u"ssh://"_s;
    if (!user.isEmpty())
        s += user + u'@';
    s += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 0)
        s += u':' + QString::number(port);
    return s;
}

Result<SshTarget> SshTarget::fromUrl(const QString &url)
{
    if (!url.startsWith(u"ssh://"_s))
        return invalid(url + u": not an ssh:// URL"_s);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(url + u": "_s + parsed.errorString());
    if (parsed.hasQuery() || parsed.hasFragment() || !parsed.password().isEmpty())
        return invalid(url + u": ssh URLs take no password, query or fragment"_s);
    SshTarget target;
    target.host = parsed.host(QUrl::FullyDecoded);
    target.user = parsed.userName(QUrl::FullyDecoded);
    const int port = parsed.port(0);
    if (port < 0 || port > 65535)
        return invalid(url + u": bad port"_s);
    target.port = static_cast<quint16>(port);
    const QString path = parsed.path(QUrl::FullyDecoded);
    if (!path.isEmpty() && path != u"/"_s)
        target.remoteSocketPath = path;
    if (Result<void> ok = SshCommand::validate(target); !ok)
        return ok.error();
    return target;
}

Result<void> SshCommand::validate(const SshTarget &target)
{
    if (target.host.isEmpty())
        return invalid(u"ssh: empty host name"_s);
    // ssh would read "-oProxyCommand=…" as an option even after other arguments.
    if (target.host.startsWith(u'-'))
        return invalid(u"ssh: host name starts with '-': "_s + target.host);
    if (hasControlOrSpace(target.host) || target.host.contains(u'@') || target.host.contains(u'/'))
        return invalid(u"ssh: bad host name: "_s + target.host);
    if (target.user.startsWith(u'-'))
        return invalid(u"ssh: user name starts with '-': "_s + target.user);
    if (hasControlOrSpace(target.user) || target.user.contains(u'@') || target.user.contains(u':'))
        return invalid(u"ssh: bad user name: "_s + target.user);
    if (!target.remoteSocketPath.isEmpty()) {
        const QString &p = target.remoteSocketPath;
        if (!p.startsWith(u'/'))
            return invalid(u"ssh: remote socket path is not absolute: "_s + p);
        // ':' separates LOCAL:REMOTE in -L; a newline would end the remote command.
        if (p.contains(u':') || hasControlOrSpace(p))
            return invalid(u"ssh: bad remote socket path: "_s + p);
    }
    if (target.program.isEmpty())
        return invalid(u"ssh: no ssh program"_s);
    if (!target.controlPath.isEmpty()) {
        const QString &p = target.controlPath;
        // ssh binds "<path>.<16 random characters>" first and renames it: that name must fit
        // in sockaddr_un's 108 bytes too. '%' would be expanded and quotes or spaces split the
        // -o argument.
        if (!p.startsWith(u'/') || QFile::encodeName(p).size() > 90 || hasControlOrSpace(p)
            || p.contains(u'%') || p.contains(u'"') || p.contains(u'\'') || p.contains(u'=') || p.contains(u'\\'))
            return invalid(u"ssh: bad control socket path: "_s + p);
    }
    return {};
}

bool SshCommand::askPassUsable(const QProcessEnvironment &env)
{
    const QString askPass = env.value(u"SSH_ASKPASS"_s);
    if (askPass.isEmpty())
        return false;
    if (env.value(u"DISPLAY"_s).isEmpty() && env.value(u"WAYLAND_DISPLAY"_s).isEmpty())
        return false;
    const QFileInfo info(askPass);
    return info.isAbsolute() ? info.isExecutable() && info.isFile() : true;
}

QStringList SshCommand::defaultAskPassPrograms()
{
    return {u"/usr/bin/ssh-askpass"_s, u"/usr/bin/ksshaskpass"_s, u"/usr/lib/openssh/gnome-ssh-askpass"_s,
            u"/usr/bin/lxqt-openssh-askpass"_s};
}

QString SshCommand::desktopAskPass(const QStringList &candidates)
{
    for (const QString &program : candidates) {
        const QFileInfo info(program);
        if (info.isFile() && info.isExecutable())
            return program;
    }
    return QString();
}

QProcessEnvironment SshCommand::processEnvironment(const QProcessEnvironment &env)
{
    QProcessEnvironment result = env;
    if (askPassUsable(env)) {
        // Our ssh has no terminal: make it ask through the GUI helper.
        result.insert(u"SSH_ASKPASS_REQUIRE"_s, u"prefer"_s);
    }
    return result;
}

Result<QStringList> SshCommand::commonArguments(const SshTarget &target, const QProcessEnvironment &env)
{
    if (Result<void> ok = validate(target); !ok)
        return ok.error();
    QStringList args;
    if (!target.configFile.isEmpty())
        args << u"-F"_s << target.configFile;
    if (!askPassUsable(env))
        args << u"-o"_s << u"BatchMode=yes"_s;
    args << u"-o"_s << u"ConnectTimeout="_s + QString::number(qMax(1, target.connectTimeoutSeconds));
    // A dead peer must end the process so that we reconnect, not hang.
    args << u"-o"_s << u"ServerAliveInterval=15"_s << u"-o"_s << u"ServerAliveCountMax=3"_s;
    if (!target.knownHostsFile.isEmpty())
        args << u"-o"_s << u"UserKnownHostsFile="_s + target.knownHostsFile;
    if (!target.identityFile.isEmpty())
        args << u"-i"_s << target.identityFile << u"-o"_s << u"IdentitiesOnly=yes"_s;
    // Never forward the user's agent or X display to the inspected host.
    args << u"-a"_s << u"-x"_s;
    if (!target.user.isEmpty())
        args << u"-l"_s << target.user;
    if (target.port != 0)
        args << u"-p"_s << QString::number(target.port);
    // Through the master's socket: no login of its own (if the master is gone, ssh logs in itself).
    if (!target.controlPath.isEmpty())
        args << u"-o"_s << u"ControlMaster=no"_s << u"-o"_s << u"ControlPath="_s + target.controlPath;
    return args;
}

Result<QStringList> SshCommand::controlMasterArguments(const SshTarget &target, int persistSeconds,
                                                       const QProcessEnvironment &env)
{
    if (target.controlPath.isEmpty())
        return invalid(u"ssh: a control master needs a control path"_s);
    SshTarget own = target;
    own.controlPath.clear();
    Result<QStringList> common = commonArguments(own, env);
    if (!common)
        return common;
    if (Result<void> ok = validate(target); !ok)
        return ok.error();
    // -f: the foreground ssh exits once the login succeeded (or failed: its stderr says why),
    // the master goes on in the background with its standard streams on /dev/null.
    // ClearAllForwardings: forwards from the user's configuration are not set up there.
    QStringList args{u"-N"_s, u"-f"_s, u"-o"_s, u"ControlMaster=yes"_s,
                     u"-o"_s, u"ControlPersist="_s + QString::number(qMax(1, persistSeconds)),
                     u"-o"_s, u"ControlPath="_s + target.controlPath,
                     u"-o"_s, u"ClearAllForwardings=yes"_s};
    args += common.value();
    args << u"--"_s << target.host;
    return args;
}

Result<QStringList> SshCommand::controlCommandArguments(const SshTarget &target, const QString &command)
{
    if (Result<void> ok = validate(target); !ok)
        return ok.error();
    if (target.controlPath.isEmpty())
        return invalid(u"ssh: no control path"_s);
    if (command != u"check"_s && command != u"exit"_s)
        return invalid(u"ssh: unknown control command: "_s + command);
    QStringList args;
    if (!target.configFile.isEmpty())
        args << u"-F"_s << target.configFile;
    args << u"-o"_s << u"ControlPath="_s + target.controlPath << u"-O"_s << command;
    if (!target.user.isEmpty())
        args << u"-l"_s << target.user;
    if (target.port != 0)
        args << u"-p"_s << QString::number(target.port);
    args << u"--"_s << target.host;
    return args;
}

QString SshCommand::effectiveRemoteSocket(const SshTarget &target)
{
    return target.remoteSocketPath.isEmpty() ? u"/var/run/docker.sock"_s : target.remoteSocketPath;
}

Result<QStringList> SshCommand::forwardArguments(const SshTarget &target, const QString &localSocket,
                                                 const QProcessEnvironment &env)
{
    Result<QStringList> common = commonArguments(target, env);
    if (!common)
        return common;
    if (!localSocket.startsWith(u'/') || localSocket.contains(u':') || hasControlOrSpace(localSocket))
        return invalid(u"ssh: bad local socket path: "_s + localSocket);
    QStringList args{u"-N"_s, u"-T"_s, u"-o"_s, u"ExitOnForwardFailure=yes"_s,
                     u"-o"_s, u"StreamLocalBindUnlink=yes"_s};
    args += common.value();
    args << u"-L"_s << localSocket + u':' + effectiveRemoteSocket(target);
    args << u"--"_s << target.host;
    return args;
}

Result<QStringList> SshCommand::dialStdioArguments(const SshTarget &target, const QProcessEnvironment &env)
{
    QStringList argv{u"docker"_s};
    if (!target.remoteSocketPath.isEmpty())
        argv << u"-H"_s << u"unix://"_s + target.remoteSocketPath;
    argv << u"system"_s << u"dial-stdio"_s;
    return remoteCommandArguments(target, argv, env);
}

Result<QStringList> SshCommand::remoteCommandArguments(const SshTarget &target, const QStringList &argv,
                                                       const QProcessEnvironment &env)
{
    Result<QStringList> common = commonArguments(target, env);
    if (!common)
        return common;
    if (argv.isEmpty())
        return invalid(u"ssh: empty remote command"_s);
    QStringList args{u"-T"_s, u"-o"_s, u"ClearAllForwardings=yes"_s};
    args += common.value();
    args << u"--"_s << target.host;
    // ssh joins its remaining arguments with spaces and the remote user's shell parses the
    // result: quote each word so that it stays one word there.
    for (const QString &word : argv)
        args << shellQuote(word);
    return args;
}

Result<QStringList> SshCommand::fixedRemoteCommandArguments(const SshTarget &target, const QString &command,
                                                            const QProcessEnvironment &env)
{
    Result<QStringList> common = commonArguments(target, env);
    if (!common)
        return common;
    const bool portable = !command.trimmed().isEmpty() && std::all_of(command.cbegin(), command.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u" _=./-").contains(c);
    });
    if (!portable)
        return invalid(u"ssh: remote command is not a fixed portable command line: "_s + command);
    QStringList args{u"-T"_s, u"-o"_s, u"ClearAllForwardings=yes"_s};
    args += common.value();
    args << u"--"_s << target.host << command;
    return args;
}

QString SshCommand::shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

namespace {

struct Pattern
{
    const char *text;
    SshFailure failure;
};

// First match wins: the host-key change warning ends with "Host key verification failed."
// too, so it comes first; "Permission denied" of the docker socket is told apart from ssh's
// authentication failure by its "(publickey" suffix.
constexpr std::array s_patterns{
    Pattern{"Host key for ", SshFailure::HostKeyChanged},   // "... has changed and you have requested strict checking"
    Pattern{"REMOTE HOST IDENTIFICATION HAS CHANGED", SshFailure::HostKeyChanged},
    Pattern{"host key is known for", SshFailure::HostKeyUnknown},
    Pattern{"Host key verification failed", SshFailure::HostKeyVerification},
    Pattern{"Permission denied (", SshFailure::AuthenticationFailed},
    Pattern{"Too many authentication failures", SshFailure::AuthenticationFailed},
    Pattern{"Could not resolve hostname", SshFailure::ResolveFailed},
    Pattern{"Connection refused", SshFailure::ConnectionRefused},
    Pattern{"Connection timed out", SshFailure::ConnectTimeout},
    Pattern{"Operation timed out", SshFailure::ConnectTimeout},
    Pattern{"administratively prohibited", SshFailure::ForwardRefused},
    Pattern{"Could not request local forwarding", SshFailure::ForwardRefused},
    Pattern{"forwarding failed", SshFailure::ForwardRefused},
    Pattern{"docker: not found", SshFailure::DockerCliMissing},
    Pattern{"docker: command not found", SshFailure::DockerCliMissing},
    Pattern{"docker: No such file or directory", SshFailure::DockerCliMissing},
    Pattern{"No such file or directory", SshFailure::RemoteSocketMissing},
    Pattern{"no such file or directory", SshFailure::RemoteSocketMissing},   // docker CLI (Go)
    Pattern{"connect failed", SshFailure::RemoteSocketMissing},  // "channel 2: open failed: connect failed: …"
    Pattern{"permission denied", SshFailure::RemoteSocketDenied},           // docker CLI (Go)
    Pattern{"Permission denied", SshFailure::RemoteSocketDenied},
};

QByteArray matchingLine(const QByteArray &text, const char *needle)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.contains(needle))
            return line.trimmed();
    }
    return {};
}

QByteArray lastMeaningfulLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        QByteArray line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith('@'))
            return line;
    }
    return {};
}

} // namespace

SshFailure SshCommand::classify(const QByteArray &standardError)
{
    for (const Pattern &p : s_patterns) {
        if (standardError.contains(p.text))
            return p.failure;
    }
    return SshFailure::Exited;
}

Error SshCommand::failureError(const QByteArray &standardError, int exitCode)
{
    const SshFailure failure = classify(standardError);
    QByteArray line;
    for (const Pattern &p : s_patterns) {
        if (p.failure == failure && standardError.contains(p.text)) {
            line = matchingLine(standardError, p.text);
            break;
        }
    }
    if (line.isEmpty())
        line = lastMeaningfulLine(standardError);
    if (line.isEmpty())
        line = "exit status " + QByteArray::number(exitCode);
    return Error{ErrorCode::SshError, failureName(failure) + u": "_s + QString::fromUtf8(line)};
}

QString SshCommand::failureName(SshFailure failure)
{
    switch (failure) {
    case SshFailure::None: return u"none"_s;
    case SshFailure::HostKeyChanged: return u"host-key-changed"_s;
    case SshFailure::HostKeyUnknown: return u"host-key-unknown"_s;
    case SshFailure::HostKeyVerification: return u"host-key-verification-failed"_s;
    case SshFailure::AuthenticationFailed: return u"authentication-failed"_s;
    case SshFailure::ResolveFailed: return u"resolve-failed"_s;
    case SshFailure::ConnectionRefused: return u"connection-refused"_s;
    case SshFailure::ConnectTimeout: return u"connect-timeout"_s;
    case SshFailure::RemoteSocketMissing: return u"remote-socket-missing"_s;
    case SshFailure::RemoteSocketDenied: return u"remote-socket-denied"_s;
    case SshFailure::ForwardRefused: return u"forward-refused"_s;
    case SshFailure::DockerCliMissing: return u"docker-cli-missing"_s;
    case SshFailure::SshMissing: return u"ssh-missing"_s;
    case SshFailure::Exited: return u"exited"_s;
    }
    return u"exited"_s;
}

SshFailure SshCommand::failureOf(const Error &error)
{
    if (error.code != ErrorCode::SshError)
        return SshFailure::None;
    const QString token = error.detail.section(u':', 0, 0);
    for (int i = static_cast<int>(SshFailure::HostKeyChanged); i <= static_cast<int>(SshFailure::Exited); ++i) {
        const auto failure = static_cast<SshFailure>(i);
        if (failureName(failure) == token)
            return failure;
    }
    return SshFailure::Exited;
}

} // namespace dockscope::core
