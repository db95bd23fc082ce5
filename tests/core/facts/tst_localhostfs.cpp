// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/hostfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_LocalHostFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void procFilesReadToEof();
    void rootedAtFixture();
    void errors_data();
    void errors();
    void listDir();
    void statSocketLike();
    void hostileFiles_data();
    void hostileFiles();
    void throughMagicLink();
    void containerSymlinkNotFollowed();
};

void tst_LocalHostFs::procFilesReadToEof()
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

void tst_LocalHostFs::rootedAtFixture()
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

void tst_LocalHostFs::errors_data()
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

void tst_LocalHostFs::errors()
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

void tst_LocalHostFs::listDir()
{
    const LocalHostFs fs(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/v1-cgroupfs"));
    const Result<QStringList> ns = fs.listDir(u"/proc/4242/ns"_s);
    QVERIFY(ns.has_value());
    QCOMPARE(ns->size(), 10);
    QVERIFY(!ns->contains(u"."_s));
    QVERIFY(ns->contains(u"pid_for_children"_s));
}

void tst_LocalHostFs::statSocketLike()
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

void tst_LocalHostFs::hostileFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("readable");
    // A container with CAP_SYS_ADMIN can bind /dev/zero over its own /proc/meminfo, which the
    // host reads as /proc/<pid>/root/proc/meminfo: a device is refused, not read forever.
    QTest::addRow("/dev/zero through a symlink") << u"zero"_s << false;
    // A FIFO has no writer: opening it must not wait for one.
    QTest::addRow("FIFO") << u"fifo"_s << false;
    // A regular file that does not end (FUSE) stands in as one just past the cap.
    QTest::addRow("regular file past 1 MiB") << u"big"_s << false;
    QTest::addRow("regular file of exactly 1 MiB") << u"exact"_s << true;
    QTest::addRow("directory") << u"dir"_s << false;
}

void tst_LocalHostFs::hostileFiles()
{
    QFETCH(QString, kind);
    QFETCH(bool, readable);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"meminfo"_s);
    const qint64 cap = 1024 * 1024;
    if (kind == u"zero"_s) {
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"dir"_s) {
        QVERIFY(QDir(dir.path()).mkdir(u"meminfo"_s));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kind == u"big"_s ? cap + 1 : cap)); // sparse: costs no disk
    }
    const LocalHostFs fs(dir.path());
    const Result<QByteArray> r = fs.readFile(u"/meminfo"_s);
    QCOMPARE(r.has_value(), readable);
    if (readable) {
        QCOMPARE(r->size(), cap);
        return;
    }
    QCOMPARE(errorCodeName(r.error().code), errorCodeName(ErrorCode::IoError));
    QVERIFY2(r.error().detail.startsWith(u"/meminfo: "_s), qPrintable(r.error().detail));
}

void tst_LocalHostFs::throughMagicLink()
{
    // /proc/<pid>/root is a symlink the reads must follow (only the file itself is judged).
    const LocalHostFs fs;
    const Result<QByteArray> status = fs.readFile(u"/proc/self/root/proc/self/status"_s);
    QVERIFY2(status.has_value(), status ? "" : qPrintable(status.error().detail));
    QVERIFY(status->contains("CapBnd:"));
}

void tst_LocalHostFs::containerSymlinkNotFollowed()
{
    // A container with its own mounts makes /proc/meminfo a symlink to "/etc/hostname": read as
    // /proc/<pid>/root/proc/meminfo, that would be *our* /etc/hostname.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"proc/4242/root/proc"_s));
    QFile secret(dir.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("host secret\n");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), dir.filePath(u"proc/4242/root/proc/meminfo"_s)));
    const LocalHostFs fs(dir.path());
    const Result<QByteArray> r = fs.readFile(u"/proc/4242/root/proc/meminfo"_s);
    QVERIFY2(!r.has_value(), r ? r->constData() : "");
    // the same link elsewhere on the host is the host's own business
    QVERIFY(QFile::link(secret.fileName(), dir.filePath(u"hostlink"_s)));
    QCOMPARE(fs.readFile(u"/hostlink"_s).value_or(QByteArray()), QByteArray("host secret\n"));
}

QTEST_GUILESS_MAIN(tst_LocalHostFs)
#include "tst_localhostfs.moc"
