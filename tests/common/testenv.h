// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The environment that tests/testdaemon.sh sets up for integration tests:
//   DOCKSCOPE_TEST_HOST         unix:///…/docker.sock of the plain test daemon
//   DOCKSCOPE_TEST_USERNS_HOST  unix:///…/docker.sock of the --userns-remap=default daemon
//   DOCKSCOPE_TEST_IMAGE        the busybox-static image imported into both ("dockscope-test:1")
//   DOCKSCOPE_TEST_DAEMONCTL    path of tests/testdaemon.sh (restart a daemon mid-test)
//   DOCKSCOPE_TEST_STATE_DIR    the directory that holds the daemons' sockets, roots and logs

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

    static QString host();          ///< DOCKSCOPE_TEST_HOST
    static QString socketPath();    ///< the path part of host()
    static QString usernsHost();    ///< DOCKSCOPE_TEST_USERNS_HOST
    static QString usernsSocketPath();
    static QString image();         ///< DOCKSCOPE_TEST_IMAGE
    static QString daemonCtl();     ///< DOCKSCOPE_TEST_DAEMONCTL
    static QString stateDir();      ///< DOCKSCOPE_TEST_STATE_DIR

    /// Runs the real `docker` CLI against `host` (default: host()), waits up to 60 s.
    static DockerCliResult docker(const QStringList &args, const QString &host = QString());

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
    QString m_name;
    QString m_id;
    QString m_host;
    QString m_error;
};

} // namespace dockscope::test
