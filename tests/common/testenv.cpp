// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenv.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QUrl>

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

QString TestEnv::uniqueName(const QString &prefix)
{
    return u"dstest-%1-%2"_s.arg(prefix).arg(qulonglong(QRandomGenerator::global()->generate() & 0xffffffu), 8, 16, QChar(u'0'));
}

ScopedContainer::ScopedContainer(const QString &prefix, const QStringList &runOptions,
                                 const QStringList &command, bool start, const QString &host)
    : m_name(TestEnv::uniqueName(prefix))
    , m_host(host.isEmpty() ? TestEnv::host() : host)
{
    QStringList args{start ? u"run"_s : u"create"_s};
    if (start)
        args << u"-d"_s;
    args << u"--name"_s << m_name << runOptions << TestEnv::image() << command;
    const DockerCliResult r = TestEnv::docker(args, m_host);
    if (!r.ok()) {
        m_error = u"docker %1 failed (%2): %3"_s.arg(args.join(u' ')).arg(r.exitCode)
                      .arg(QString::fromUtf8(r.standardError).trimmed());
        return;
    }
    m_id = r.out().section(u'\n', -1);
}

ScopedContainer::~ScopedContainer()
{
    TestEnv::docker({u"rm"_s, u"-f"_s, u"-v"_s, m_name}, m_host);
}

qint64 ScopedContainer::pid() const
{
    const DockerCliResult r = TestEnv::docker({u"inspect"_s, u"-f"_s, u"{{.State.Pid}}"_s, m_name}, m_host);
    return r.ok() ? r.out().toLongLong() : 0;
}

} // namespace dockscope::test
