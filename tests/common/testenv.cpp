// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenv.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <pwd.h>

namespace dockscope::test {

using namespace Qt::StringLiterals;

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QString pathOf(const QString &url)
{
    if (url.startsWith(u"unix://"_s))
        return url.mid(7);
    return url;
}
} // namespace

QString DockerCliResult::out() const
{
    return QString::fromUtf8(standardOutput).trimmed();
}

bool TestEnv::emulated()
{
    return qEnvironmentVariableIsSet("DOCKSCOPE_TEST_EMULATED");
}

const char *TestEnv::skipUnderEmulationReason()
{
    return "host-independent mechanics: run on the Debian 12 leg; left out under software emulation "
           "(DOCKSCOPE_TEST_EMULATED), where they cost minutes";
}

bool TestEnv::available(QString *why)
{
    const char *required[] = {"DOCKSCOPE_TEST_HOST", "DOCKSCOPE_TEST_USERNS_HOST", "DOCKSCOPE_TEST_IMAGE",
                              "DOCKSCOPE_TEST_DAEMONCTL", "DOCKSCOPE_TEST_STATE_DIR"};
    for (const char *name : required) {
        if (qEnvironmentVariableIsEmpty(name)) {
            if (why)
                *why = u"%1 is not set: integration tests need the test daemons; run ./scripts/test "
                       "(or tests/testdaemon.sh start and source its env file)"_s
                           .arg(QString::fromLatin1(name));
            return false;
        }
    }
    return true;
}

QString TestEnv::host() { return env("DOCKSCOPE_TEST_HOST"); }
QString TestEnv::socketPath() { return pathOf(host()); }
QString TestEnv::usernsHost() { return env("DOCKSCOPE_TEST_USERNS_HOST"); }
QString TestEnv::usernsSocketPath() { return pathOf(usernsHost()); }
QString TestEnv::image() { return env("DOCKSCOPE_TEST_IMAGE"); }
QString TestEnv::daemonCtl() { return env("DOCKSCOPE_TEST_DAEMONCTL"); }
QString TestEnv::stateDir() { return env("DOCKSCOPE_TEST_STATE_DIR"); }

DockerCliResult TestEnv::docker(const QStringList &args, const QString &host)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, host.isEmpty() ? TestEnv::host() : host);
    e.remove(u"DOCKER_CONTEXT"_s);
    p.setProcessEnvironment(e);
    p.start(u"docker"_s, args);
    DockerCliResult r;
    if (!p.waitForStarted(10000)) {
        r.standardError = "cannot start docker: " + p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.standardError = "docker " + args.join(u' ').toUtf8() + " timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.standardOutput = p.readAllStandardOutput();
    r.standardError = p.readAllStandardError();
    return r;
}

bool TestEnv::rootlessAvailable(QString *why)
{
    if (!qEnvironmentVariableIsEmpty("DOCKSCOPE_TEST_ROOTLESS_HOST") && !qEnvironmentVariableIsEmpty("DOCKSCOPE_TEST_ROOTLESS_USER")
        && !qEnvironmentVariableIsEmpty("DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR"))
        return true;
    if (why) {
        const QString reason = env("DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE");
        *why = reason.isEmpty()
            ? u"DOCKSCOPE_TEST_ROOTLESS_HOST is not set: no rootless test daemon (tests/testdaemon.sh start "
              "writes it, or DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE with the reason, to its env file)"_s
            : u"no rootless Docker daemon on this host: "_s + reason;
    }
    return false;
}

QString TestEnv::rootlessHost() { return env("DOCKSCOPE_TEST_ROOTLESS_HOST"); }
QString TestEnv::rootlessSocketPath() { return pathOf(rootlessHost()); }
QString TestEnv::rootlessUser() { return env("DOCKSCOPE_TEST_ROOTLESS_USER"); }
QString TestEnv::rootlessRuntimeDir() { return env("DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR"); }

QString TestEnv::rootlessHome()
{
    QString home = env("DOCKSCOPE_TEST_ROOTLESS_HOME");
    if (!home.isEmpty())
        return home;
    const struct passwd *pw = ::getpwnam(rootlessUser().toLocal8Bit().constData());
    return pw ? QString::fromLocal8Bit(pw->pw_dir) : QString();
}

QProcessEnvironment TestEnv::rootlessEnvironment(const QProcessEnvironment &base)
{
    QProcessEnvironment e = base;
    for (const auto &name : {u"DOCKER_HOST"_s, u"DOCKER_CONTEXT"_s, u"DOCKER_TLS_VERIFY"_s, u"DOCKER_CERT_PATH"_s,
                             u"SUDO_USER"_s, u"SUDO_UID"_s, u"SUDO_GID"_s, u"MAIL"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
        e.remove(name);
    e.insert(u"HOME"_s, rootlessHome());
    e.insert(u"USER"_s, rootlessUser());
    e.insert(u"LOGNAME"_s, rootlessUser());
    e.insert(u"XDG_RUNTIME_DIR"_s, rootlessRuntimeDir());
    if (!e.contains(u"PATH"_s))
        e.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"_s);
    return e;
}

QStringList TestEnv::asRootlessUser(const QProcessEnvironment &environment)
{
    QStringList prefix{u"runuser"_s, u"-u"_s, rootlessUser(), u"--"_s, u"env"_s, u"-i"_s};
    for (const QString &key : environment.keys())
        prefix << key + u'=' + environment.value(key);
    return prefix;
}

DockerCliResult TestEnv::runAsRootlessUser(const QString &program, const QStringList &args,
                                           const QProcessEnvironment &extraEnv, int timeoutMs)
{
    QProcessEnvironment e = rootlessEnvironment(QProcessEnvironment::systemEnvironment());
    for (const QString &key : extraEnv.keys())
        e.insert(key, extraEnv.value(key));
    QStringList argv = asRootlessUser(e);
    argv << program << args;
    QProcess p;
    p.start(argv.takeFirst(), argv);
    DockerCliResult r;
    if (!p.waitForStarted(10000)) {
        r.standardError = "cannot start runuser: " + p.errorString().toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.standardError = program.toUtf8() + ' ' + args.join(u' ').toUtf8() + " (as " + rootlessUser().toUtf8() + ") timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.standardOutput = p.readAllStandardOutput();
    r.standardError = p.readAllStandardError();
    return r;
}

DockerCliResult TestEnv::rootlessDocker(const QStringList &args)
{
    QProcessEnvironment extra;
    extra.insert(u"DOCKER_HOST"_s, rootlessHost());
    return runAsRootlessUser(u"docker"_s, args, extra);
}

QString TestEnv::uniqueName(const QString &prefix)
{
    return u"dstest-%1-%2"_s.arg(prefix).arg(qulonglong(QRandomGenerator::global()->generate() & 0xffffffu), 8, 16, QChar(u'0'));
}

ScopedContainer::ScopedContainer(const QString &prefix, const QStringList &runOptions,
                                 const QStringList &command, bool start, const QString &host)
    : m_name(TestEnv::uniqueName(prefix))
    , m_host(host.isEmpty() ? TestEnv::host() : host)
{
    create(runOptions, command, start);
}

ScopedContainer::ScopedContainer(Rootless, const QString &prefix, const QStringList &runOptions,
                                 const QStringList &command)
    : m_name(TestEnv::uniqueName(prefix))
    , m_host(TestEnv::rootlessHost())
    , m_rootless(true)
{
    // What the rootless daemon needs on this host (tests/testdaemon.sh: "--security-opt
    // apparmor=unconfined" where Docker's rootless mode cannot use AppArmor), then the test's own.
    const QStringList hostOptions =
        qEnvironmentVariable("DOCKSCOPE_TEST_ROOTLESS_RUN_OPTIONS").split(u' ', Qt::SkipEmptyParts);
    create(hostOptions + runOptions, command, true);
}

DockerCliResult ScopedContainer::cli(const QStringList &args) const
{
    return m_rootless ? TestEnv::rootlessDocker(args) : TestEnv::docker(args, m_host);
}

void ScopedContainer::create(const QStringList &runOptions, const QStringList &command, bool start)
{
    QStringList args{start ? u"run"_s : u"create"_s};
    if (start)
        args << u"-d"_s;
    args << u"--name"_s << m_name << runOptions << TestEnv::image() << command;
    const DockerCliResult r = cli(args);
    if (!r.ok()) {
        m_error = u"docker %1 failed (%2): %3"_s.arg(args.join(u' ')).arg(r.exitCode)
                      .arg(QString::fromUtf8(r.standardError).trimmed());
        return;
    }
    m_id = r.out().section(u'\n', -1);
    if (!start)
        return;
    // `docker run -d` returns once runc has started the container, which may be a moment
    // before its process has exec'd the command: until then the pid is `runc init` with its Go
    // threads (pids.current 5, not 1) and no command line of its own. Tests read the container
    // as a user would look at it, after it started.
    const qint64 p = pid();
    if (p <= 0)
        return;
    const bool execd = QTest::qWaitFor([p] {
        QFile comm(u"/proc/%1/comm"_s.arg(p));
        return !comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("runc");
    }, 30000);
    if (!execd) {
        m_error = u"container %1 (pid %2) was still in runc init after 30 s"_s.arg(m_name).arg(p);
        m_id.clear();
    }
}

ScopedContainer::~ScopedContainer()
{
    cli({u"rm"_s, u"-f"_s, u"-v"_s, m_name});
}

qint64 ScopedContainer::pid() const
{
    const DockerCliResult r = cli({u"inspect"_s, u"-f"_s, u"{{.State.Pid}}"_s, m_name});
    return r.ok() ? r.out().toLongLong() : 0;
}

} // namespace dockscope::test
