// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The environment that tests/testdaemon.sh sets up for integration tests:
//   DOCKSCOPE_TEST_HOST         unix:///…/docker.sock of the plain test daemon
//   DOCKSCOPE_TEST_USERNS_HOST  unix:///…/docker.sock of the --userns-remap=default daemon
//   DOCKSCOPE_TEST_IMAGE        the busybox-static image imported into both ("dockscope-test:1")
//   DOCKSCOPE_TEST_DAEMONCTL    path of tests/testdaemon.sh (restart a daemon mid-test)
//   DOCKSCOPE_TEST_STATE_DIR    the directory that holds the daemons' sockets, roots and logs
// Only where this host can run rootless Docker (else DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE = why):
//   DOCKSCOPE_TEST_ROOTLESS_HOST             unix://$XDG_RUNTIME_DIR/docker.sock of the rootless daemon
//   DOCKSCOPE_TEST_ROOTLESS_USER             the unprivileged user that runs it (not in the docker group)
//   DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR  that user's XDG_RUNTIME_DIR for the daemon (0700, the user's)
//   DOCKSCOPE_TEST_ROOTLESS_HOME             that user's home

#include <QProcess>
#include <QString>
#include <QStringList>

namespace dockscope::test {

struct DockerCliResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    bool ok() const { return exitCode == 0; }
    /// stdout without the trailing newline
    QString out() const;
};

class TestEnv
{
public:
    /// Fails the current test (QFAIL-style message in *why) when the variables are missing.
    static bool available(QString *why);
    /// True in the software-emulated Debian 13 guest (scripts/debian13/guest-test.sh sets
    /// DOCKSCOPE_TEST_EMULATED): everything runs ten times slower there. Tests of mechanics that
    /// do not depend on the host (ssh process handling, locale rules) skip there with
    /// skipUnderEmulationReason(); the Debian 12 leg runs them on real hardware.
    static bool emulated();
    static const char *skipUnderEmulationReason();

    static QString host();          ///< DOCKSCOPE_TEST_HOST
    static QString socketPath();    ///< the path part of host()
    static QString usernsHost();    ///< DOCKSCOPE_TEST_USERNS_HOST
    static QString usernsSocketPath();
    static QString image();         ///< DOCKSCOPE_TEST_IMAGE
    static QString daemonCtl();     ///< DOCKSCOPE_TEST_DAEMONCTL
    static QString stateDir();      ///< DOCKSCOPE_TEST_STATE_DIR

    /// Runs the real `docker` CLI against `host` (default: host()), waits up to 60 s.
    static DockerCliResult docker(const QStringList &args, const QString &host = QString());

    // ---- the rootless daemon (tests/testdaemon.sh starts it where the host allows) ----
    /// True when DOCKSCOPE_TEST_ROOTLESS_HOST and _USER are set; otherwise *why says why
    /// (DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE from testdaemon.sh, or the missing variable): QSKIP it.
    static bool rootlessAvailable(QString *why);
    static QString rootlessHost();        ///< DOCKSCOPE_TEST_ROOTLESS_HOST
    static QString rootlessSocketPath();  ///< the path part of rootlessHost()
    static QString rootlessUser();        ///< DOCKSCOPE_TEST_ROOTLESS_USER
    static QString rootlessRuntimeDir();  ///< DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR
    static QString rootlessHome();        ///< DOCKSCOPE_TEST_ROOTLESS_HOME (else the passwd entry)
    /// `base` as the rootless user's login would have it: HOME, USER, LOGNAME, XDG_RUNTIME_DIR of
    /// that user, no DOCKER_HOST / DOCKER_CONTEXT (so a client must find the socket itself).
    static QProcessEnvironment rootlessEnvironment(const QProcessEnvironment &base);
    /// A command prefix that runs a program as rootlessUser() with exactly `environment`:
    /// `runuser -u USER -- env -i K=V …` (for CliRunner::run's prefix argument).
    static QStringList asRootlessUser(const QProcessEnvironment &environment);
    /// Runs `program args` as rootlessUser() with rootlessEnvironment(system environment),
    /// plus `extraEnv`; waits up to timeoutMs.
    static DockerCliResult runAsRootlessUser(const QString &program, const QStringList &args,
                                             const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000);
    /// The real `docker` CLI as rootlessUser() against rootlessHost().
    static DockerCliResult rootlessDocker(const QStringList &args);

    /// A unique container name for this test ("dstest-<prefix>-<random>").
    static QString uniqueName(const QString &prefix);
};

/// Creates a container with `docker run -d` (or `docker create` when start is false) and
/// removes it (docker rm -f) on destruction, so each test cleans up after itself.
class ScopedContainer
{
public:
    ScopedContainer(const QString &prefix, const QStringList &runOptions,
                    const QStringList &command = {QStringLiteral("sleep"), QStringLiteral("600")},
                    bool start = true, const QString &host = QString());
    /// On the rootless daemon, through the docker CLI run as the rootless user.
    struct Rootless {};
    ScopedContainer(Rootless, const QString &prefix, const QStringList &runOptions,
                    const QStringList &command = {QStringLiteral("sleep"), QStringLiteral("600")});
    ~ScopedContainer();
    ScopedContainer(const ScopedContainer &) = delete;
    ScopedContainer &operator=(const ScopedContainer &) = delete;

    bool ok() const { return !m_id.isEmpty(); }
    QString error() const { return m_error; }
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString host() const { return m_host; }
    /// State.Pid through `docker inspect`
    qint64 pid() const;

private:
    DockerCliResult cli(const QStringList &args) const;
    void create(const QStringList &runOptions, const QStringList &command, bool start);
    QString m_name;
    QString m_id;
    QString m_host;
    QString m_error;
    bool m_rootless = false;
};

} // namespace dockscope::test
