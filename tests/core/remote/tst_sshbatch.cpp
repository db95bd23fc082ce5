// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshbatch.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

namespace {

const QByteArray s_token = "DSTESTTOKEN";

// The requests of tests/core/remote/data/batch_capture.out, captured by running
// SshBatch::script() as user nobody on a fixture tree (see the comments in each test).
QList<SshBatch::Request> captureRequests()
{
    return {
        {u"/tmp/dsfix/hostname"_s, false},
        {u"/tmp/dsfix/cg"_s, true},
        {u"/tmp/dsfix/link"_s, false},
        {u"/tmp/dsfix/missing"_s, false},
        {u"/proc/1/ns/net"_s, false},
        {u"/tmp/dsfix/secret"_s, false},
        {u"/proc/self/attr/current"_s, false},
        {u"/tmp/dsfix/empty"_s, false},
        {u"/tmp/dsfix/locked"_s, false},
    };
}

QByteArray capture()
{
    QFile f(QStringLiteral(DOCKSCOPE_REMOTE_TEST_DATA "/batch_capture.out"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestSshBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesCapture();
    void errorsMapLikeLocalReads_data();
    void errorsMapLikeLocalReads();
    void truncated_data();
    void truncated();
    void garbage_data();
    void garbage();
    void scriptRunsUnderSh();
    void pathsAreArgumentsNotScript();
};

void TestSshBatch::parsesCapture()
{
    const QByteArray out = capture();
    QVERIFY(!out.isEmpty());
    QStringList problems;
    const auto entries = SshBatch::parse(out, s_token, captureRequests(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    const SshBatch::Entry host = entries.value(u"/tmp/dsfix/hostname"_s);
    QVERIFY(host.stat && host.stat->has_value());
    QVERIFY(host.stat->value().isRegularFile());
    QCOMPARE(host.stat->value().size, 11);
    QVERIFY(host.content && host.content->has_value());
    QCOMPARE(host.content->value(), QByteArray("remotehost\n"));
    QVERIFY(!host.entries);

    const SshBatch::Entry cg = entries.value(u"/tmp/dsfix/cg"_s);
    QVERIFY(cg.stat && cg.stat->value().isDir());
    QVERIFY(cg.entries && cg.entries->has_value());
    QCOMPARE(cg.entries->value(), (QStringList{u"memory.limit_in_bytes"_s, u"memory.stat"_s,
                                               u"memory.usage_in_bytes"_s, u"notrail"_s, u"tricky"_s}));
    // A "with contents" directory brings its files along, under their full paths.
    QCOMPARE(entries.value(u"/tmp/dsfix/cg/memory.limit_in_bytes"_s).content->value(),
             QByteArray("9223372036854771712\n"));
    QCOMPARE(entries.value(u"/tmp/dsfix/cg/memory.stat"_s).content->value(),
             QByteArray("cache 0\nrss 4096\ntotal_inactive_file 0\n"));
    // No trailing newline stays without one: the frame's newline is not part of the content.
    QCOMPARE(entries.value(u"/tmp/dsfix/cg/notrail"_s).content->value(), QByteArray("no-newline"));
    // Content that mimics a control line, NUL bytes and trailing empty lines pass unharmed.
    QCOMPARE(entries.value(u"/tmp/dsfix/cg/tricky"_s).content->value(),
             QByteArray("line\nDSTESTTOKEN Y fake\n\0bin\0\n\n", 31));

    const SshBatch::Entry link = entries.value(u"/tmp/dsfix/link"_s);
    QVERIFY(link.link && link.link->has_value());
    QCOMPARE(link.link->value(), u"hostname"_s);
    QCOMPARE(link.content->value(), QByteArray("remotehost\n"));

    const SshBatch::Entry empty = entries.value(u"/tmp/dsfix/empty"_s);
    QVERIFY(empty.entries && empty.entries->has_value());
    QVERIFY(empty.entries->value().isEmpty());
    QCOMPARE(entries.size(), 9 + 5);
}

void TestSshBatch::errorsMapLikeLocalReads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<char>("section"); // S stat, L link, F content, D entries
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("missing file") << u"/tmp/dsfix/missing"_s << 'S' << ErrorCode::NotFound;
    // PID 1's namespace links are refused even to root here: PermissionDenied, as locally.
    QTest::addRow("ns link of pid 1") << u"/proc/1/ns/net"_s << 'L' << ErrorCode::PermissionDenied;
    QTest::addRow("ns link stat") << u"/proc/1/ns/net"_s << 'S' << ErrorCode::PermissionDenied;
    QTest::addRow("unreadable file") << u"/tmp/dsfix/secret"_s << 'F' << ErrorCode::PermissionDenied;
    // No LSM: attr/current gives EINVAL, which the facts layer reports as "none".
    QTest::addRow("attr current") << u"/proc/self/attr/current"_s << 'F' << ErrorCode::KernelLacks;
    QTest::addRow("unreadable dir") << u"/tmp/dsfix/locked"_s << 'D' << ErrorCode::PermissionDenied;
}

void TestSshBatch::errorsMapLikeLocalReads()
{
    QFETCH(QString, path);
    QFETCH(char, section);
    QFETCH(ErrorCode, code);
    const auto entries = SshBatch::parse(capture(), s_token, captureRequests());
    QVERIFY(entries.contains(path));
    const SshBatch::Entry e = entries.value(path);
    Error error;
    switch (section) {
    case 'S': QVERIFY(e.stat && !e.stat->has_value()); error = e.stat->error(); break;
    case 'L': QVERIFY(e.link && !e.link->has_value()); error = e.link->error(); break;
    case 'F': QVERIFY(e.content && !e.content->has_value()); error = e.content->error(); break;
    default: QVERIFY(e.entries && !e.entries->has_value()); error = e.entries->error(); break;
    }
    QCOMPARE(error.code, code);
    QVERIFY2(error.detail.startsWith(path + u": "_s), qPrintable(error.detail));
}

void TestSshBatch::truncated_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("complete");
    const QByteArray out = capture();
    // Records end with "<token> E\n"; find where each ends.
    QList<int> ends;
    const QByteArray endLine = s_token + QByteArray(" E\n");
    for (qsizetype pos = out.indexOf(endLine); pos >= 0; pos = out.indexOf(endLine, pos + 1))
        ends.append(int(pos + s_token.size() + 3));
    QCOMPARE(ends.size(), 9);
    QTest::addRow("nothing") << 0 << 0;
    QTest::addRow("inside the first header") << 5 << 0;
    // The first record without its "E" line is not trusted.
    QTest::addRow("first record without end") << ends.at(0) - 2 << 0;
    QTest::addRow("first record complete") << ends.at(0) << 1;
    // Cut inside the cgroup directory's nested files: the directory and its files are dropped.
    QTest::addRow("inside nested files") << ends.at(1) - 40 << 1;
    QTest::addRow("after three records") << ends.at(2) << 3;
    QTest::addRow("before the last end") << ends.at(8) - 1 << 8;
    QTest::addRow("everything") << int(out.size()) << 9;
}

void TestSshBatch::truncated()
{
    QFETCH(int, cut);
    QFETCH(int, complete);
    const QList<SshBatch::Request> requests = captureRequests();
    QStringList problems;
    const auto entries = SshBatch::parse(capture().left(cut), s_token, requests, &problems);
    int top = 0;
    for (const SshBatch::Request &r : requests)
        top += entries.contains(r.path) ? 1 : 0;
    QCOMPARE(top, complete);
    // Records come in order: exactly the first `complete` ones are there.
    for (int i = 0; i < requests.size(); ++i)
        QCOMPARE(entries.contains(requests.at(i).path), i < complete);
    const bool nestedThere = entries.contains(u"/tmp/dsfix/cg/memory.stat"_s);
    QCOMPARE(nestedThere, complete >= 2);
}

void TestSshBatch::garbage_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("expected");
    const QByteArray rec0 = "DSTESTTOKEN P 0\nDSTESTTOKEN S OK 81a4 0 0 3 1 2\nDSTESTTOKEN F\nabc\nDSTESTTOKEN Z OK\nDSTESTTOKEN E\n";
    const QByteArray rec1 = "DSTESTTOKEN P 1\nDSTESTTOKEN S ERR ENOENT gone\nDSTESTTOKEN E\n";
    const QStringList both{u"/a"_s, u"/b"_s};
    // A login banner or a chatty .bashrc before the script's output is skipped.
    QTest::addRow("banner before") << QByteArray("Welcome!\nLast login: today\n") + rec0 + rec1 << both;
    QTest::addRow("noise between") << rec0 + "some noise\n" + rec1 << both;
    QTest::addRow("another token") << QByteArray(rec0).replace("DSTESTTOKEN", "OTHERTOKEN") + rec1
                                   << QStringList{u"/b"_s};
    QTest::addRow("index out of range") << QByteArray(rec0).replace("P 0", "P 7") + rec1 << QStringList{u"/b"_s};
    QTest::addRow("index not a number") << QByteArray(rec0).replace("P 0", "P x") + rec1 << QStringList{u"/b"_s};
    // A stat line with a missing field is not a stat.
    QTest::addRow("short stat") << QByteArray(rec0).replace("0 3 1 2", "0 3 1") + rec1 << QStringList{u"/b"_s};
    QTest::addRow("bad hex mode") << QByteArray(rec0).replace("81a4", "zz") + rec1 << QStringList{u"/b"_s};
    QTest::addRow("unknown section") << QByteArray(rec0).replace(" F\n", " Q\n") + rec1 << QStringList{u"/b"_s};
    QTest::addRow("bad status") << QByteArray(rec0).replace("Z OK", "Z MAYBE") + rec1 << QStringList{u"/b"_s};
    // The second record starts before the first ended (output of an interrupted run): the
    // first is dropped, the second is read in full.
    QTest::addRow("record inside record") << QByteArray(rec0).replace("DSTESTTOKEN F\n", QByteArray(rec1 + "DSTESTTOKEN F\n"))
                                          << QStringList{u"/b"_s};
    QTest::addRow("random bytes") << QByteArray("\x01\x02\xff garbage \n\n DSTESTTOKEN") << QStringList{};
}

void TestSshBatch::garbage()
{
    QFETCH(QByteArray, output);
    QFETCH(QStringList, expected);
    const QList<SshBatch::Request> requests{{u"/a"_s, false}, {u"/b"_s, false}};
    const auto entries = SshBatch::parse(output, s_token, requests);
    QStringList keys = entries.keys();
    keys.sort();
    QCOMPARE(keys, expected);
    if (entries.contains(u"/a"_s))
        QCOMPARE(entries.value(u"/a"_s).content->value(), QByteArray("abc"));
    if (entries.contains(u"/b"_s))
        QCOMPARE(entries.value(u"/b"_s).stat->error().code, ErrorCode::NotFound);
}

void TestSshBatch::scriptRunsUnderSh()
{
    // The script as the remote side runs it (sh -c SCRIPT sh TOKEN MODE PATH …), here locally.
    const QByteArray token = SshBatch::newToken();
    const QList<SshBatch::Request> requests{{u"/proc/self/status"_s, false}, {u"/proc/self/ns"_s, false},
                                            {u"/proc/self/ns/net"_s, false}, {u"/nonexistent/x"_s, false}};
    const QStringList argv = SshBatch::remoteArgv(token, requests);
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QStringList problems;
    const auto entries = SshBatch::parse(p.readAllStandardOutput(), token, requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(entries.value(u"/proc/self/status"_s).content->value().contains("CapEff:"));
    QVERIFY(entries.value(u"/proc/self/ns"_s).entries->value().contains(u"net"_s));
    QVERIFY(entries.value(u"/proc/self/ns/net"_s).link->value().startsWith(u"net:["_s));
    QCOMPARE(entries.value(u"/nonexistent/x"_s).stat->error().code, ErrorCode::NotFound);
}

void TestSshBatch::pathsAreArgumentsNotScript()
{
    // A path full of shell syntax is a path: it is stat'ed, not run.
    const QString evil = u"/tmp/$(touch /tmp/dockscope-pwned)`touch /tmp/dockscope-pwned`;touch /tmp/dockscope-pwned"_s;
    QFile::remove(u"/tmp/dockscope-pwned"_s);
    const QByteArray token = SshBatch::newToken();
    const QList<SshBatch::Request> requests{{evil, true}};
    const QStringList argv = SshBatch::remoteArgv(token, requests);
    QVERIFY(!argv.at(2).contains(evil));
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(!QFile::exists(u"/tmp/dockscope-pwned"_s));
    const auto entries = SshBatch::parse(p.readAllStandardOutput(), token, requests);
    QCOMPARE(entries.value(evil).stat->error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestSshBatch)
#include "tst_sshbatch.moc"
