// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/hostfs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class TestLocalHostFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void procFilesReadToEof();
    void rootedAtFixture();
    void errors_data();
    void errors();
    void listDir();
    void statSocketLike();
};

void TestLocalHostFs::procFilesReadToEof()
{
    // /proc files report size 0; a reader trusting the size would return nothing
    const LocalHostFs fs;
    QVERIFY(fs.isLocal());
    const Result<QByteArray> status = fs.readFile(u"/proc/self/status"_s);
    QVERIFY(status.has_value());
    QVERIFY(status->contains("CapBnd:"));
    const Result<FileStat> st = fs.stat(u"/proc/self/status"_s);
    QVERIFY(st.has_value());
    QCOMPARE(st->size, 0);
    const Result<QString> self = fs.readLink(u"/proc/self"_s);
    QVERIFY(self.has_value());
    QCOMPARE(self->toLongLong(), qint64(::getpid()));
}

void TestLocalHostFs::rootedAtFixture()
{
    const LocalHostFs fs(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/v2-systemd/"));
    QVERIFY(!fs.isLocal());
    const Result<QByteArray> max = fs.readFile(
        u"/sys/fs/cgroup/system.slice/docker-c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00.scope/memory.max"_s);
    QVERIFY(max.has_value());
    QCOMPARE(max->trimmed(), QByteArray("50331648"));
    const Result<QString> ns = fs.readLink(u"/proc/4242/ns/net"_s);
    QVERIFY(ns.has_value());
    QCOMPARE(*ns, u"net:[4026532181]"_s);
}

void TestLocalHostFs::errors_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("missing file") << u"read"_s << u"/proc/4242/nonexistent"_s << ErrorCode::NotFound;
    QTest::addRow("missing link") << u"link"_s << u"/proc/4242/ns/nonexistent"_s << ErrorCode::NotFound;
    QTest::addRow("missing dir") << u"list"_s << u"/nonexistent"_s << ErrorCode::NotFound;
    // a path through a regular file: ENOTDIR is "no such file" for a caller
    QTest::addRow("through a file") << u"stat"_s << u"/proc/meminfo/x"_s << ErrorCode::NotFound;
    // readlink on a non-link is EINVAL, the same errno as an attribute the kernel lacks
    QTest::addRow("EINVAL") << u"link"_s << u"/proc/meminfo"_s << ErrorCode::KernelLacks;
}

void TestLocalHostFs::errors()
{
    QFETCH(QString, op);
    QFETCH(QString, path);
    QFETCH(ErrorCode, code);
    const LocalHostFs fs(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/v1-cgroupfs"));
    Error e;
    if (op == u"read"_s)
        e = fs.readFile(path).error();
    else if (op == u"link"_s)
        e = fs.readLink(path).error();
    else if (op == u"list"_s)
        e = fs.listDir(path).error();
    else
        e = fs.stat(path).error();
    QCOMPARE(e.code, code);
    // detail: the host path (not the fixture path) and the errno text
    QVERIFY2(e.detail.startsWith(path + u": "_s), qPrintable(e.detail));
    QVERIFY(e.detail.size() > path.size() + 3);
}

void TestLocalHostFs::listDir()
{
    const LocalHostFs fs(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/v1-cgroupfs"));
    const Result<QStringList> ns = fs.listDir(u"/proc/4242/ns"_s);
    QVERIFY(ns.has_value());
    QCOMPARE(ns->size(), 10);
    QVERIFY(!ns->contains(u"."_s));
    QVERIFY(ns->contains(u"pid_for_children"_s));
}

void TestLocalHostFs::statSocketLike()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"a"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QFile::link(dir.filePath(u"a"_s), dir.filePath(u"b"_s)));
    const LocalHostFs fs(dir.path());
    const Result<FileStat> a = fs.stat(u"/a"_s);
    const Result<FileStat> b = fs.stat(u"/b"_s);   // follows the link: same device and inode
    QVERIFY(a && b);
    QVERIFY(a->isRegularFile());
    QCOMPARE(a->inode, b->inode);
    QCOMPARE(a->device, b->device);
    QVERIFY(fs.stat(u"/"_s)->isDir());
}

QTEST_GUILESS_MAIN(TestLocalHostFs)
#include "tst_localhostfs.moc"
