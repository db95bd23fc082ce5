// SPDX-License-Identifier: GPL-3.0-or-later
// containerFactsPaths / containerCgroupPaths: the staged lists a batched (ssh) pass fetches
// before collectContainerFacts runs. Each collector declares its own paths; these rows pin
// the whole lists, so a collector that reads a file it did not declare, or stops declaring
// one, shows here (and as an extra ssh run in tst_sshremote). Order is not pinned: a batch is
// a set of paths.

#include "procfixtures.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"

#include <QTest>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

/// The socket bound twice (under its own name, then under the fixture's other name for it),
/// a plain directory, a named volume and a bind without a source.
ContainerInspect withMounts()
{
    ContainerInspect i = inspectFor(s_idV1);
    i.mounts = {MountPoint{u"bind"_s, {}, u"/run/docker.sock"_s, u"/var/run/docker.sock"_s, {}, {}, false},
                MountPoint{u"bind"_s, {}, u"/srv/api.sock"_s, u"/api.sock"_s, {}, {}, true},
                MountPoint{{}, {}, u"/etc"_s, u"/host-etc"_s, {}, {}, false},
                MountPoint{u"bind"_s, {}, u"/etc"_s, u"/etc2"_s, {}, {}, false},
                MountPoint{u"volume"_s, u"data"_s, u"/var/lib/docker/volumes/data/_data"_s, u"/data"_s, {}, {}, true},
                MountPoint{u"bind"_s, {}, {}, u"/empty"_s, {}, {}, true}};
    return i;
}

CollectContext context(const QString &socketPath)
{
    CollectContext c;
    c.socketPath = socketPath;
    return c;
}

QStringList procFiles()
{
    QStringList out;
    for (const char *name : {"cgroup", "stat", "status", "uid_map", "gid_map", "mountinfo", "attr/current", "ns",
                             "root/proc/meminfo"})
        out << u"/proc/4242/"_s + QString::fromLatin1(name);
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class tst_FactsPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containerFactsPaths_data();
    void containerFactsPaths();
    void containerCgroupPaths_data();
    void containerCgroupPaths();
};

void tst_FactsPaths::containerFactsPaths_data()
{
    QTest::addColumn<ContainerInspect>("inspect");
    QTest::addColumn<QString>("socketPath");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("no mounts") << inspectFor(s_idV1) << u"/run/docker.sock"_s
                               << procFiles() + QStringList{u"/run/docker.sock"_s};
    // each bind source once (stat() for the device/inode match with the socket), not volumes
    QTest::addRow("bind mounts")
        << withMounts() << u"/run/docker.sock"_s
        << procFiles() + QStringList{u"/run/docker.sock"_s, u"/srv/api.sock"_s, u"/etc"_s};
    // no socket to compare with (tcp://): no stat() of any source
    QTest::addRow("no local socket") << withMounts() << QString() << procFiles();
    ContainerInspect stopped = withMounts();
    stopped.state.running = false;
    QTest::addRow("not running") << stopped << u"/run/docker.sock"_s << QStringList();
    ContainerInspect noPid = withMounts();
    noPid.state.pid = 0;
    QTest::addRow("no pid") << noPid << u"/run/docker.sock"_s << QStringList();
}

void tst_FactsPaths::containerFactsPaths()
{
    QFETCH(ContainerInspect, inspect);
    QFETCH(QString, socketPath);
    QFETCH(QStringList, expected);
    const QStringList paths = dockscope::core::containerFactsPaths(inspect, context(socketPath));
    QCOMPARE(sorted(paths), sorted(expected));
    QCOMPARE(paths.size(), expected.size());    // no path twice
}

void tst_FactsPaths::containerCgroupPaths_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QStringList>("expected");
    const QString v1 = u"/docker/"_s + s_idV1;
    QTest::addRow("v1: one directory per controller, not cpuacct, freezer, devices or name=systemd")
        << u"v1-cgroupfs"_s << s_idV1 << true
        << QStringList{u"/sys/fs/cgroup/memory"_s + v1, u"/sys/fs/cgroup/pids"_s + v1, u"/sys/fs/cgroup/cpu"_s + v1,
                       u"/sys/fs/cgroup/cpuset"_s + v1, u"/sys/fs/cgroup/blkio"_s + v1};
    // io has no v1 directory: the unified one serves it
    QTest::addRow("hybrid") << u"hybrid-cgroupfs"_s << s_idV1 << true
                            << QStringList{u"/sys/fs/cgroup/memory"_s + v1, u"/sys/fs/cgroup/pids"_s + v1,
                                           u"/sys/fs/cgroup/cpu"_s + v1, u"/sys/fs/cgroup/cpuset"_s + v1,
                                           u"/sys/fs/cgroup/blkio"_s + v1, u"/sys/fs/cgroup/unified"_s + v1};
    // the one unified directory, and its ancestors below the root
    QTest::addRow("v2")
        << u"v2-systemd"_s << s_idV2 << true
        << QStringList{u"/sys/fs/cgroup/system.slice/docker-"_s + s_idV2 + u".scope"_s, u"/sys/fs/cgroup/system.slice"_s};
    QTest::addRow("pid of another host") << u"other-host"_s << s_idV1 << true << QStringList();
    QTest::addRow("another container's cgroup") << u"v1-cgroupfs"_s << s_idV2 << true << QStringList();
    QTest::addRow("not running") << u"v1-cgroupfs"_s << s_idV1 << false << QStringList();
}

void tst_FactsPaths::containerCgroupPaths()
{
    QFETCH(QString, scenario);
    QFETCH(QString, id);
    QFETCH(bool, running);
    QFETCH(QStringList, expected);
    const LocalHostFs fs(scenarioRoot(scenario));
    const CollectContext ctx = context(u"/run/docker.sock"_s);
    const HostFacts host = collectHostFacts(&fs, ctx);
    ContainerInspect inspect = inspectFor(id);
    inspect.state.running = running;
    const QStringList paths = dockscope::core::containerCgroupPaths(inspect, fs, host, ctx);
    QCOMPARE(sorted(paths), sorted(expected));
    QCOMPARE(paths.size(), expected.size());
    // without host access there is nothing to list
    QVERIFY(dockscope::core::containerCgroupPaths(inspect, fs, collectHostFacts(nullptr, ctx), ctx).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FactsPaths)
#include "tst_factspaths.moc"
