// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/pinghandshake.h"
#include "core/remote/sshcommand.h"
#include "core/remote/sshcontrolmaster.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_SshCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void fromUrl_data();
    void fromUrl();
    void forwardArguments();
    void dialStdioArguments();
    void controlPath_data();
    void controlPath();
    void controlMasterArguments();
    void controlCheckReply_data();
    void controlCheckReply();
    void batchModeUnlessAskPass_data();
    void batchModeUnlessAskPass();
    void desktopAskPassIsTheFirstInstalled();
    void remoteWordsSurviveTheRemoteShell_data();
    void remoteWordsSurviveTheRemoteShell();
    void classify_data();
    void classify();
    void failureRoundTrip();
    void pingReply_data();
    void pingReply();
};

static QProcessEnvironment plainEnv()
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    return env;
}

void tst_SshCommand::validate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<bool>("ok");
    QTest::addRow("plain host") << u"server.example"_s << QString() << QString() << true;
    QTest::addRow("user and socket") << u"10.0.0.2"_s << u"ops"_s << u"/run/user/1000/docker.sock"_s << true;
    // ssh reads "-oProxyCommand=…" as an option wherever it stands: refused.
    QTest::addRow("host is an option") << u"-oProxyCommand=touch /tmp/x"_s << QString() << QString() << false;
    QTest::addRow("user is an option") << u"host"_s << u"-oProxyCommand=x"_s << QString() << false;
    QTest::addRow("empty host") << QString() << QString() << QString() << false;
    // A space would split the destination into host + remote command.
    QTest::addRow("space in host") << u"host evil"_s << QString() << QString() << false;
    QTest::addRow("newline in host") << u"host\nevil"_s << QString() << QString() << false;
    QTest::addRow("at in host") << u"a@b"_s << QString() << QString() << false;
    QTest::addRow("relative socket") << u"host"_s << QString() << u"docker.sock"_s << false;
    // ':' separates LOCAL:REMOTE in -L and would redirect the forward.
    QTest::addRow("colon in socket") << u"host"_s << QString() << u"/tmp/a:b"_s << false;
    QTest::addRow("newline in socket") << u"host"_s << QString() << u"/tmp/a\nrm -rf /"_s << false;
}

void tst_SshCommand::validate()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, socket);
    QFETCH(bool, ok);
    SshTarget t;
    t.host = host;
    t.user = user;
    t.remoteSocketPath = socket;
    const Result<void> r = SshCommand::validate(t);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        // Every builder refuses too: nothing reaches ssh.
        QVERIFY(!SshCommand::forwardArguments(t, u"/tmp/x/docker.sock"_s, plainEnv()).has_value());
        QVERIFY(!SshCommand::dialStdioArguments(t, plainEnv()).has_value());
    }
}

void tst_SshCommand::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addRow("host only") << u"ssh://server"_s << true << QString() << u"server"_s << 0 << QString();
    QTest::addRow("all parts") << u"ssh://ops@server:2222/run/user/1000/docker.sock"_s << true << u"ops"_s
                               << u"server"_s << 2222 << u"/run/user/1000/docker.sock"_s;
    QTest::addRow("ipv6") << u"ssh://root@[::1]:22"_s << true << u"root"_s << u"::1"_s << 22 << QString();
    QTest::addRow("not ssh") << u"tcp://server:2376"_s << false << QString() << QString() << 0 << QString();
    QTest::addRow("dash host") << u"ssh://-oProxyCommand=x"_s << false << QString() << QString() << 0 << QString();
    // A password in the URL would end up in settings files and process lists.
    QTest::addRow("password") << u"ssh://u:secret@server"_s << false << QString() << QString() << 0 << QString();
}

void tst_SshCommand::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const Result<SshTarget> t = SshTarget::fromUrl(url);
    QCOMPARE(t.has_value(), ok);
    if (!ok)
        return;
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, socket);
    QCOMPARE(t->user, user);
    QCOMPARE(t->host, host);
    QCOMPARE(int(t->port), port);
    QCOMPARE(t->remoteSocketPath, socket);
}

void tst_SshCommand::forwardArguments()
{
    SshTarget t;
    t.host = u"server"_s;
    t.user = u"ops"_s;
    t.port = 2222;
    t.remoteSocketPath = u"/run/docker.sock"_s;
    t.configFile = u"/tmp/cfg"_s;
    t.knownHostsFile = u"/tmp/kh"_s;
    const Result<QStringList> args = SshCommand::forwardArguments(t, u"/tmp/dir/docker.sock"_s, plainEnv());
    QVERIFY(args.has_value());
    const QStringList &a = args.value();
    QVERIFY(a.contains(u"-N"_s));
    QVERIFY(a.contains(u"-T"_s));
    QVERIFY(a.contains(u"ExitOnForwardFailure=yes"_s));
    QVERIFY(a.contains(u"BatchMode=yes"_s));
    QCOMPARE(a.at(a.indexOf(u"-L"_s) + 1), u"/tmp/dir/docker.sock:/run/docker.sock"_s);
    QCOMPARE(a.at(a.indexOf(u"-l"_s) + 1), u"ops"_s);
    QCOMPARE(a.at(a.indexOf(u"-p"_s) + 1), u"2222"_s);
    QCOMPARE(a.at(a.indexOf(u"-F"_s) + 1), u"/tmp/cfg"_s);
    QVERIFY(a.contains(u"UserKnownHostsFile=/tmp/kh"_s));
    // The host is last, after "--": nothing after it can be an option.
    QCOMPARE(a.last(), u"server"_s);
    QCOMPARE(a.at(a.size() - 2), u"--"_s);
    // Host-key checking is never weakened.
    for (const QString &arg : a)
        QVERIFY2(!arg.contains(u"StrictHostKeyChecking"_s, Qt::CaseInsensitive), qPrintable(arg));

    t.remoteSocketPath.clear();
    const Result<QStringList> def = SshCommand::forwardArguments(t, u"/tmp/dir/docker.sock"_s, plainEnv());
    QVERIFY(def.has_value());
    QVERIFY(def->contains(u"/tmp/dir/docker.sock:/var/run/docker.sock"_s));
}

void tst_SshCommand::dialStdioArguments()
{
    SshTarget t;
    t.host = u"server"_s;
    Result<QStringList> args = SshCommand::dialStdioArguments(t, plainEnv());
    QVERIFY(args.has_value());
    QCOMPARE(args->mid(args->indexOf(u"--"_s)),
             (QStringList{u"--"_s, u"server"_s, u"'docker'"_s, u"'system'"_s, u"'dial-stdio'"_s}));
    // A non-default socket goes to docker -H as its own quoted word.
    t.remoteSocketPath = u"/run/user/1000/docker.sock"_s;
    args = SshCommand::dialStdioArguments(t, plainEnv());
    QVERIFY(args.has_value());
    QCOMPARE(args->mid(args->indexOf(u"--"_s) + 2),
             (QStringList{u"'docker'"_s, u"'-H'"_s, u"'unix:///run/user/1000/docker.sock'"_s, u"'system'"_s,
                          u"'dial-stdio'"_s}));
    for (const QString &arg : args.value())
        QVERIFY(!arg.contains(u"StrictHostKeyChecking"_s, Qt::CaseInsensitive));
}

void tst_SshCommand::controlPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addRow("runtime dir") << u"/run/user/1000/dsssh-Ab12Cd/m"_s << true;
    QTest::addRow("relative") << u"dsssh/m"_s << false;
    // ssh binds "<path>.<16 characters>" before renaming it: 90 bytes leave room in sun_path.
    QTest::addRow("90 bytes") << u'/' + QString(89, u'a') << true;
    QTest::addRow("91 bytes") << u'/' + QString(90, u'a') << false;
    // ssh expands %h, %p … in ControlPath: a '%' would name another socket.
    QTest::addRow("percent") << u"/tmp/a%h/m"_s << false;
    // The -o argument is split like a configuration line.
    QTest::addRow("space") << u"/tmp/a b/m"_s << false;
    QTest::addRow("quote") << u"/tmp/a\"b/m"_s << false;
}

void tst_SshCommand::controlPath()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    SshTarget t;
    t.host = u"server"_s;
    t.controlPath = path;
    QCOMPARE(SshCommand::validate(t).has_value(), ok);
    QCOMPARE(SshCommand::controlMasterArguments(t, 60, plainEnv()).has_value(), ok);
    QCOMPARE(SshCommand::controlCommandArguments(t, u"check"_s).has_value(), ok);
    if (!ok)
        return;
    // A run through the master never becomes one itself.
    const Result<QStringList> batch = SshCommand::fixedRemoteCommandArguments(t, u"exec env LC_ALL=C sh -s"_s, plainEnv());
    QVERIFY(batch.has_value());
    QVERIFY(batch->contains(u"ControlMaster=no"_s));
    QVERIFY(batch->contains(u"ControlPath="_s + path));
    QCOMPARE(batch->last(), u"exec env LC_ALL=C sh -s"_s);
}

void tst_SshCommand::controlMasterArguments()
{
    SshTarget t;
    t.host = u"server"_s;
    t.user = u"ops"_s;
    t.port = 2222;
    t.configFile = u"/tmp/cfg"_s;
    t.controlPath = u"/run/user/1000/dsssh-x/m"_s;
    const Result<QStringList> args = SshCommand::controlMasterArguments(t, 90, plainEnv());
    QVERIFY(args.has_value());
    const QStringList &a = args.value();
    // A master that forwards nothing, goes to the background after the login and exits when idle.
    QVERIFY(a.contains(u"-N"_s) && a.contains(u"-f"_s));
    QVERIFY(a.contains(u"ControlMaster=yes"_s));
    QVERIFY(!a.contains(u"ControlMaster=no"_s));
    QVERIFY(a.contains(u"ControlPersist=90"_s));
    QVERIFY(a.contains(u"ControlPath=/run/user/1000/dsssh-x/m"_s));
    QVERIFY(a.contains(u"ClearAllForwardings=yes"_s));
    // The login is an ordinary one: batch mode, no agent or X11 forwarding, host-key checking
    // as configured.
    QVERIFY(a.contains(u"BatchMode=yes"_s));
    QVERIFY(a.contains(u"-a"_s) && a.contains(u"-x"_s));
    QCOMPARE(a.at(a.indexOf(u"-F"_s) + 1), u"/tmp/cfg"_s);
    QCOMPARE(a.mid(a.size() - 2), (QStringList{u"--"_s, u"server"_s}));
    for (const QString &arg : a)
        QVERIFY2(!arg.contains(u"StrictHostKeyChecking"_s, Qt::CaseInsensitive), qPrintable(arg));

    const Result<QStringList> check = SshCommand::controlCommandArguments(t, u"exit"_s);
    QVERIFY(check.has_value());
    QCOMPARE(check->at(check->indexOf(u"-O"_s) + 1), u"exit"_s);
    QCOMPARE(check->last(), u"server"_s);
    QVERIFY(!SshCommand::controlCommandArguments(t, u"stop"_s).has_value());   // only check and exit
    t.controlPath.clear();
    QVERIFY(!SshCommand::controlMasterArguments(t, 90, plainEnv()).has_value());
}

void tst_SshCommand::controlCheckReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<qint64>("pid");
    QTest::addRow("OpenSSH 9") << QByteArray("Master running (pid=4711)\r\n") << qint64(4711);
    QTest::addRow("no master") << QByteArray("Control socket connect(/x/m): No such file or directory\r\n") << qint64(0);
    QTest::addRow("not a number") << QByteArray("Master running (pid=abc)\r\n") << qint64(0);
    QTest::addRow("unterminated") << QByteArray("Master running (pid=12") << qint64(0);
}

void tst_SshCommand::controlCheckReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(qint64, pid);
    QCOMPARE(SshControlMaster::parseCheckReply(reply), pid);
}

void tst_SshCommand::batchModeUnlessAskPass_data()
{
    QTest::addColumn<QString>("askpass");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("batch");
    QTest::addRow("no askpass") << QString() << u":0"_s << true;
    // Without a display the askpass program cannot show its window.
    QTest::addRow("askpass without display") << u"/bin/true"_s << QString() << true;
    QTest::addRow("askpass with display") << u"/bin/true"_s << u":0"_s << false;
    QTest::addRow("askpass not executable") << u"/nonexistent/askpass"_s << u":0"_s << true;
}

void tst_SshCommand::batchModeUnlessAskPass()
{
    QFETCH(QString, askpass);
    QFETCH(QString, display);
    QFETCH(bool, batch);
    QProcessEnvironment env = plainEnv();
    if (!askpass.isEmpty())
        env.insert(u"SSH_ASKPASS"_s, askpass);
    if (!display.isEmpty())
        env.insert(u"DISPLAY"_s, display);
    SshTarget t;
    t.host = u"server"_s;
    const Result<QStringList> args = SshCommand::dialStdioArguments(t, env);
    QVERIFY(args.has_value());
    QCOMPARE(args->contains(u"BatchMode=yes"_s), batch);
    QCOMPARE(SshCommand::processEnvironment(env).value(u"SSH_ASKPASS_REQUIRE"_s) == u"prefer"_s, !batch);
}

void tst_SshCommand::desktopAskPassIsTheFirstInstalled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"ssh-askpass"_s);
    const QString notExecutable = dir.filePath(u"ksshaskpass"_s);
    const QString installed = dir.filePath(u"gnome-ssh-askpass"_s);
    for (const QString &path : {notExecutable, installed}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
    }
    QVERIFY(QFile::setPermissions(installed, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QCOMPARE(SshCommand::desktopAskPass({missing, notExecutable, installed}), installed);
    QCOMPARE(SshCommand::desktopAskPass({missing, notExecutable}), QString());
    QCOMPARE(SshCommand::defaultAskPassPrograms().constFirst(), u"/usr/bin/ssh-askpass"_s);
}

void tst_SshCommand::remoteWordsSurviveTheRemoteShell_data()
{
    QTest::addColumn<QString>("word");
    QTest::addRow("plain") << u"/proc/1/status"_s;
    QTest::addRow("space") << u"/tmp/a b"_s;
    QTest::addRow("quote") << u"it's"_s;
    QTest::addRow("command substitution") << u"$(touch /tmp/pwned)`id`"_s;
    QTest::addRow("semicolon") << u"x; rm -rf /"_s;
    QTest::addRow("newline") << u"a\nb"_s;
    QTest::addRow("glob") << u"/proc/*"_s;
}

void tst_SshCommand::remoteWordsSurviveTheRemoteShell()
{
    // ssh hands "'printf' '%s' WORD" to the remote shell as one string: the word must come out
    // unchanged and unexecuted. Here the "remote shell" is a local sh -c.
    QFETCH(QString, word);
    const QString command = SshCommand::shellQuote(u"printf"_s) + u' ' + SshCommand::shellQuote(u"%s"_s) + u' '
                            + SshCommand::shellQuote(word);
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, command});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
}

void tst_SshCommand::classify_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<int>("failure");
    // Captured from OpenSSH 9.2 and the docker CLI 20.10.
    QTest::addRow("host key changed")
        << QByteArray("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                      "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
                      "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                      "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
                      "Host key for [127.0.0.1]:2222 has changed and you have requested strict checking.\r\n"
                      "Host key verification failed.\r\n")
        << int(SshFailure::HostKeyChanged);
    // Batch mode cannot ask "are you sure you want to continue connecting".
    QTest::addRow("host key unknown")
        << QByteArray("No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\r\n"
                      "Host key verification failed.\r\n")
        << int(SshFailure::HostKeyUnknown);
    QTest::addRow("host key verification only") << QByteArray("Host key verification failed.\r\n")
                                                 << int(SshFailure::HostKeyVerification);
    // A password prompt refused by BatchMode ends like a missing key.
    QTest::addRow("auth") << QByteArray("ops@127.0.0.1: Permission denied (publickey,password).\r\n")
                          << int(SshFailure::AuthenticationFailed);
    QTest::addRow("resolve") << QByteArray("ssh: Could not resolve hostname nohost: Name or service not known\r\n")
                             << int(SshFailure::ResolveFailed);
    QTest::addRow("refused") << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused\r\n")
                             << int(SshFailure::ConnectionRefused);
    QTest::addRow("timeout") << QByteArray("ssh: connect to host 10.255.255.1 port 22: Connection timed out\r\n")
                             << int(SshFailure::ConnectTimeout);
    QTest::addRow("forward socket missing")
        << QByteArray("channel 2: open failed: connect failed: open failed\r\n")
        << int(SshFailure::RemoteSocketMissing);
    QTest::addRow("forward prohibited")
        << QByteArray("channel 2: open failed: administratively prohibited: open failed\r\n")
        << int(SshFailure::ForwardRefused);
    QTest::addRow("dial-stdio socket missing")
        << QByteArray("error during connect: Get \"http://docker/_ping\": dial unix /run/x.sock: connect: "
                      "no such file or directory\n")
        << int(SshFailure::RemoteSocketMissing);
    // Lower-case "permission denied" is the docker CLI's, not ssh's authentication failure.
    QTest::addRow("dial-stdio socket denied")
        << QByteArray("dial unix /var/run/docker.sock: connect: permission denied\n")
        << int(SshFailure::RemoteSocketDenied);
    QTest::addRow("docker cli missing") << QByteArray("bash: line 1: docker: command not found\n")
                                        << int(SshFailure::DockerCliMissing);
    QTest::addRow("docker cli missing dash") << QByteArray("sh: 1: docker: not found\n")
                                             << int(SshFailure::DockerCliMissing);
    QTest::addRow("unknown") << QByteArray("kex_exchange_identification: read: Connection reset by peer\r\n")
                             << int(SshFailure::Exited);
}

void tst_SshCommand::classify()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(int, failure);
    QCOMPARE(int(SshCommand::classify(stderrText)), failure);
    const Error e = SshCommand::failureError(stderrText, 255);
    QCOMPARE(e.code, ErrorCode::SshError);
    QVERIFY2(e.detail.startsWith(SshCommand::failureName(SshFailure(failure)) + u": "_s), qPrintable(e.detail));
    QCOMPARE(int(SshCommand::failureOf(e)), failure);
    // The detail quotes ssh's line, not the banner.
    QVERIFY(!e.detail.contains(u"@@@@"_s));
}

void tst_SshCommand::failureRoundTrip()
{
    for (int i = int(SshFailure::HostKeyChanged); i <= int(SshFailure::Exited); ++i) {
        const Error e{ErrorCode::SshError, SshCommand::failureName(SshFailure(i)) + u": x"_s};
        QCOMPARE(int(SshCommand::failureOf(e)), i);
    }
    QCOMPARE(SshCommand::failureOf(Error{ErrorCode::Timeout, u"host-key-changed: x"_s}), SshFailure::None);
}

void tst_SshCommand::pingReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("outcome"); // 0 need more, 1 ok, 2 error
    const QByteArray ok = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK";
    QTest::addRow("complete") << ok << 1;
    // Every prefix of a good reply asks for more bytes, never fails.
    for (int cut = 1; cut < ok.size(); cut += 7)
        QTest::addRow("cut at %d", cut) << ok.left(cut) << 0;
    QTest::addRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nOK\r\n0\r\n\r\n") << 1;
    QTest::addRow("server error") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n") << 2;
    // A shell banner or an ssh message on stdout is not HTTP.
    QTest::addRow("garbage") << QByteArray("Welcome to the server\r\n") << 2;
}

void tst_SshCommand::pingReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, outcome);
    const std::optional<Result<void>> r = PingHandshake::evaluate(reply);
    QCOMPARE(r.has_value() ? (r->has_value() ? 1 : 2) : 0, outcome);
}

QTEST_GUILESS_MAIN(tst_SshCommand)
#include "tst_sshcommand.moc"
