// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshbatch.h"

#include "core/remote/sshcommand.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

namespace {

// The requests of tests/core/remote/data/batch_capture.out, captured by running
// SshBatch::standardInput() through `env LC_ALL=C sh -s` as user nobody on a fixture tree
// (see the comments in each test).
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

/// Runs the batch as sshd would: `SHELL -c REMOTECOMMAND` with the script and paths on stdin.
/// scriptShell, if set, runs the script directly instead (`env LC_ALL=C <scriptShell> -s`).
QByteArray runLocally(const QList<SshBatch::Request> &requests, const QString &loginShell,
                      const QStringList &scriptShell = {}, int *exitCode = nullptr)
{
    const Result<QByteArray> in = SshBatch::standardInput(requests);
    if (!in)
        return {};
    QProcess p;
    if (scriptShell.isEmpty())
        p.start(loginShell, {u"-c"_s, SshBatch::remoteCommand()});
    else
        p.start(u"env"_s, QStringList{u"LC_ALL=C"_s} + scriptShell + QStringList{u"-s"_s});
    if (!p.waitForStarted(20000))
        return {};
    p.write(in.value());
    p.closeWriteChannel();
    QByteArray out;
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        p.waitForReadyRead(1000);
        out += p.readAllStandardOutput();
    }
    out += p.readAllStandardOutput();
    if (exitCode)
        *exitCode = p.exitCode();
    return out;
}

} // namespace

class tst_SshBatch : public QObject
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
    void scriptRunsUnderEveryShell_data();
    void scriptRunsUnderEveryShell();
    void pathsAreDataNotScript();
    void forgedContentIsContent();
    void awkwardNames();
    void nothingVariableOnTheCommandLine();
    void pathWithNulIsRefused();
    void linksOnlyReadsNoContent();
    void textRequestsAreExact_data();
    void textRequestsAreExact();
    void splitKeepsBatchesBounded();
    void manyPaths();
};

void tst_SshBatch::parsesCapture()
{
    const QByteArray out = capture();
    QVERIFY(!out.isEmpty());
    QStringList problems;
    const auto entries = SshBatch::parse(out, captureRequests(), &problems);
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
    // Content that mimics control lines, NUL bytes and trailing empty lines pass unharmed.
    QCOMPARE(entries.value(u"/tmp/dsfix/cg/tricky"_s).content->value(),
             QByteArray("line\nZ OK\nE\nP 1\nS OK 81a4 0 0 3 1 2\n\0bin\0\n\n", 43));

    const SshBatch::Entry link = entries.value(u"/tmp/dsfix/link"_s);
    QVERIFY(link.link && link.link->has_value());
    QCOMPARE(link.link->value(), u"hostname"_s);
    QCOMPARE(link.content->value(), QByteArray("remotehost\n"));

    const SshBatch::Entry empty = entries.value(u"/tmp/dsfix/empty"_s);
    QVERIFY(empty.entries && empty.entries->has_value());
    QVERIFY(empty.entries->value().isEmpty());
    QCOMPARE(entries.size(), 9 + 5);
}

void tst_SshBatch::errorsMapLikeLocalReads_data()
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

void tst_SshBatch::errorsMapLikeLocalReads()
{
    QFETCH(QString, path);
    QFETCH(char, section);
    QFETCH(ErrorCode, code);
    const auto entries = SshBatch::parse(capture(), captureRequests());
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

void tst_SshBatch::truncated_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("complete");
    const QByteArray out = capture();
    // Records end with an "E" line; find where each ends.
    QList<int> ends;
    for (qsizetype pos = out.indexOf("\nE\n"); pos >= 0; pos = out.indexOf("\nE\n", pos + 1))
        ends.append(int(pos + 3));
    QCOMPARE(ends.size(), 9);
    QTest::addRow("nothing") << 0 << 0;
    QTest::addRow("inside the start line") << 3 << 0;
    // The first record without its "E" line is not trusted.
    QTest::addRow("first record without end") << ends.at(0) - 2 << 0;
    QTest::addRow("first record complete") << ends.at(0) << 1;
    // Cut inside the cgroup directory's nested files: the directory and its files are dropped.
    QTest::addRow("inside nested files") << ends.at(1) - 40 << 1;
    QTest::addRow("after three records") << ends.at(2) << 3;
    QTest::addRow("before the last end") << ends.at(8) - 1 << 8;
    QTest::addRow("everything") << int(out.size()) << 9;
}

void tst_SshBatch::truncated()
{
    QFETCH(int, cut);
    QFETCH(int, complete);
    const QList<SshBatch::Request> requests = captureRequests();
    QStringList problems;
    const auto entries = SshBatch::parse(capture().left(cut), requests, &problems);
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

void tst_SshBatch::garbage_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("expected");
    const QByteArray rec0 = "P 0\nS OK 81a4 0 0 3 1 2\nF\n 61 62 63\nZ OK\nE\n";
    const QByteArray rec1 = "P 1\nS ERR ENOENT\nE\n";
    const QByteArray start = "DSB1\n";
    const QByteArray end = "DSB1 END 2\n";
    const QStringList both{u"/a"_s, u"/b"_s};
    // A login banner or a chatty .bashrc before the script's output is skipped.
    QTest::addRow("banner before") << QByteArray("Welcome!\nLast login: today\n") + start + rec0 + rec1 + end << both;
    QTest::addRow("no end line") << start + rec0 + rec1 << both;
    QTest::addRow("no start line") << rec0 + rec1 + end << QStringList{};
    // After the start line, the parse is strict: anything that does not fit ends it.
    QTest::addRow("noise between") << start + rec0 + "some noise\n" + rec1 + end << QStringList{u"/a"_s};
    QTest::addRow("index out of order") << start + QByteArray(rec0).replace("P 0", "P 1") + rec1 + end << QStringList{};
    QTest::addRow("index not a number") << start + QByteArray(rec0).replace("P 0", "P x") + rec1 + end << QStringList{};
    QTest::addRow("too many records") << start + rec0 + rec1 + "P 2\nS ERR ENOENT\nE\n" << both;
    // A stat line with a missing field is not a stat.
    QTest::addRow("short stat") << start + QByteArray(rec0).replace("0 3 1 2", "0 3 1") + rec1 << QStringList{};
    QTest::addRow("bad hex mode") << start + QByteArray(rec0).replace("81a4", "zz") + rec1 << QStringList{};
    QTest::addRow("unknown section") << start + QByteArray(rec0).replace("F\n", "Q\n") + rec1 << QStringList{};
    QTest::addRow("bad status") << start + QByteArray(rec0).replace("Z OK", "Z MAYBE") + rec1 << QStringList{};
    QTest::addRow("errno not a name") << start + QByteArray(rec1).replace("ENOENT", "enoent x") << QStringList{};
    QTest::addRow("odd hex digit") << start + QByteArray(rec0).replace(" 63", " 6") + rec1 << QStringList{};
    QTest::addRow("not hex") << start + QByteArray(rec0).replace(" 63", " zz") + rec1 << QStringList{};
    // Length-prefixed blobs: exactly n bytes and a newline, or nothing.
    QTest::addRow("link blob too long") << start + QByteArray(rec0).replace("F\n", "L OK 99\nabc\nF\n") + rec1 << QStringList{};
    QTest::addRow("link blob too short") << start + QByteArray(rec0).replace("F\n", "L OK 1\nabc\nF\n") + rec1 << QStringList{};
    QTest::addRow("negative length") << start + QByteArray(rec0).replace("F\n", "L OK -3\nabc\nF\n") + rec1 << QStringList{};
    QTest::addRow("random bytes") << QByteArray("\x01\x02\xff garbage \n\n DSB1") << QStringList{};
}

void tst_SshBatch::garbage()
{
    QFETCH(QByteArray, output);
    QFETCH(QStringList, expected);
    const QList<SshBatch::Request> requests{{u"/a"_s, false}, {u"/b"_s, false}};
    const auto entries = SshBatch::parse(output, requests);
    QStringList keys = entries.keys();
    keys.sort();
    QCOMPARE(keys, expected);
    if (entries.contains(u"/a"_s))
        QCOMPARE(entries.value(u"/a"_s).content->value(), QByteArray("abc"));
    if (entries.contains(u"/b"_s))
        QCOMPARE(entries.value(u"/b"_s).stat->error().code, ErrorCode::NotFound);
}

void tst_SshBatch::scriptRunsUnderEveryShell_data()
{
    QTest::addColumn<QString>("loginShell");
    QTest::addColumn<QStringList>("scriptShell");
    // sshd runs `<login shell> -c <remote command>`: the command must mean the same in each.
    QTest::addRow("bash login shell") << u"/bin/bash"_s << QStringList();
    QTest::addRow("dash login shell") << u"/bin/dash"_s << QStringList();
    // fish and tcsh quote differently from sh: the old quoted `sh -c '…'` broke there.
    QTest::addRow("fish login shell") << u"/usr/bin/fish"_s << QStringList();
    QTest::addRow("tcsh login shell") << u"/usr/bin/tcsh"_s << QStringList();
    // The script itself under other POSIX shells that may be a host's sh.
    QTest::addRow("busybox ash runs the script") << QString() << QStringList{u"busybox"_s, u"sh"_s};
    QTest::addRow("bash runs the script") << QString() << QStringList{u"bash"_s};
}

void tst_SshBatch::scriptRunsUnderEveryShell()
{
    QFETCH(QString, loginShell);
    QFETCH(QStringList, scriptShell);
    if (!loginShell.isEmpty())
        QVERIFY2(QFileInfo(loginShell).isExecutable(), qPrintable(loginShell + u" missing: run scripts/install-deps"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"it's a \"file\" $(x)"_s));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("content\n\0end", 12) == 12);
    f.close();
    const QList<SshBatch::Request> requests{{u"/proc/self/status"_s, false}, {u"/proc/self/ns"_s, true},
                                            {u"/proc/self/ns/net"_s, false}, {u"/nonexistent/x"_s, false},
                                            {f.fileName(), false}, {dir.path(), false}};
    int exitCode = -1;
    const QByteArray out = runLocally(requests, loginShell, scriptShell, &exitCode);
    QCOMPARE(exitCode, 0);
    QStringList problems;
    const auto entries = SshBatch::parse(out, requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(entries.value(u"/proc/self/status"_s).content->value().contains("CapEff:"));
    const QStringList ns = entries.value(u"/proc/self/ns"_s).entries->value();
    QVERIFY(ns.contains(u"net"_s));
    // Each namespace link came along with the directory (ns/net was also asked for itself).
    QCOMPARE(entries.size(), requests.size() + ns.size() - 1);
    QVERIFY(entries.value(u"/proc/self/ns/net"_s).link->value().startsWith(u"net:["_s));
    QVERIFY(entries.value(u"/proc/self/ns/mnt"_s).link->value().startsWith(u"mnt:["_s));
    QCOMPARE(entries.value(u"/nonexistent/x"_s).stat->error().code, ErrorCode::NotFound);
    QCOMPARE(entries.value(f.fileName()).content->value(), QByteArray("content\n\0end", 12));
    QCOMPARE(entries.value(dir.path()).entries->value(), QStringList{QFileInfo(f).fileName()});
}

void tst_SshBatch::pathsAreDataNotScript()
{
    // A path full of shell syntax is a path: it is stat'ed, not run.
    const QString evil = u"/tmp/$(touch /tmp/dockscope-pwned)`touch /tmp/dockscope-pwned`;touch /tmp/dockscope-pwned'\n"
                         "touch /tmp/dockscope-pwned\n'"_s;
    QFile::remove(u"/tmp/dockscope-pwned"_s);
    const QList<SshBatch::Request> requests{{evil, true}, {u"/"_s, false}};
    QVERIFY(!SshBatch::remoteCommand().contains(u"touch"_s));
    const auto entries = SshBatch::parse(runLocally(requests, u"/bin/sh"_s), requests);
    QVERIFY(!QFile::exists(u"/tmp/dockscope-pwned"_s));
    QCOMPARE(entries.value(evil).stat->error().code, ErrorCode::NotFound);
    QVERIFY(entries.value(u"/"_s).entries->value().contains(u"proc"_s));
}

void tst_SshBatch::forgedContentIsContent()
{
    // What a process on the audited host controls (a file's bytes, a file name, its own argv)
    // written to look like records: it comes back as content, and the other paths keep their
    // real answer. Before, a token on the remote command line (visible in `ps`) framed the
    // output, and content that knew it could add records or replace earlier ones.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The old attack: a later file re-answers an earlier path ("P 0") with a fake stat and content.
    const QByteArray fake = "Z OK\nE\nP 0\nS OK 81a4 0 0 4 1 2\nF\n 66 61 6b 65\nZ OK\nE\nDSB1 END 2\n"
                            "DSB1\nP 0\nS OK 81a4 0 0 4 1 2\nE\n";
    QFile forged(dir.filePath(u"forged"_s));
    QVERIFY(forged.open(QIODevice::WriteOnly) && forged.write(fake) == fake.size());
    forged.close();
    const QString fakeName = u"x\nE\nP 1\nS OK 81a4 0 0 4 1 2\nn 1\ny"_s;
    QFile named(dir.filePath(fakeName));
    QVERIFY(named.open(QIODevice::WriteOnly));
    named.close();
    const QString absent = dir.filePath(u"absent"_s);
    const QList<SshBatch::Request> requests{{absent, false}, {forged.fileName(), false}, {dir.path(), false}};
    QStringList problems;
    const auto entries = SshBatch::parse(runLocally(requests, u"/bin/sh"_s), requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.value(forged.fileName()).content->value(), fake);
    QCOMPARE(entries.value(absent).stat->error().code, ErrorCode::NotFound);
    QVERIFY(!entries.value(absent).content);
    QCOMPARE(entries.value(dir.path()).entries->value(), (QStringList{u"forged"_s, fakeName}));
}

void tst_SshBatch::awkwardNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList names{u"new\nline"_s, u"it's"_s, u"$HOME"_s, u"`id`"_s, u"two  spaces "_s, u"-n"_s,
                            u"*"_s, u"back\\slash"_s, u".hidden"_s, u"\u00e9t\u00e9 \u4e2d"_s, u"trailing\n"_s};
    QList<SshBatch::Request> requests;
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(name));
        f.write(name.toUtf8());
        f.close();
        requests.append({f.fileName(), false});
    }
    // A link whose target has a newline and ends with one.
    const QString link = dir.filePath(u"link"_s);
    QVERIFY(QFile::link(u"new\nline"_s, link));
    requests.append({link, false});
    requests.append({dir.path(), true});
    QStringList problems;
    const auto entries = SshBatch::parse(runLocally(requests, u"/bin/sh"_s), requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const QString &name : names)
        QCOMPARE(entries.value(dir.filePath(name)).content->value(), name.toUtf8());
    QCOMPARE(entries.value(link).link->value(), u"new\nline"_s);
    QStringList expected = names;
    expected << u"link"_s;
    expected.sort();
    QCOMPARE(entries.value(dir.path()).entries->value(), expected);
}

void tst_SshBatch::nothingVariableOnTheCommandLine()
{
    SshTarget target;
    target.host = u"example.org"_s;
    const QList<SshBatch::Request> requests{{u"/proc/1/status"_s, false}, {u"/etc/docker/daemon.json"_s, false}};
    const Result<QStringList> args
        = SshCommand::fixedRemoteCommandArguments(target, SshBatch::remoteCommand(), QProcessEnvironment());
    QVERIFY(args.has_value());
    // The remote command is the last argument, as it is, and the same for every batch.
    QCOMPARE(args->last(), SshBatch::remoteCommand());
    QCOMPARE(args->at(args->size() - 2), u"example.org"_s);
    for (const SshBatch::Request &r : requests) {
        QVERIFY(!args->join(u' ').contains(r.path));
        QVERIFY(SshBatch::standardInput(requests)->contains(r.path.toUtf8()));
    }
    // Only words that every login shell reads alike.
    for (const QString &bad : {u"sh -c 'x'"_s, u"echo $HOME"_s, u"a;b"_s, u"a\nb"_s, u""_s, u"a|b"_s, u"{a}"_s})
        QCOMPARE(SshCommand::fixedRemoteCommandArguments(target, bad, QProcessEnvironment()).error().code,
                 ErrorCode::InvalidArgument);
}

void tst_SshBatch::pathWithNulIsRefused()
{
    const Result<QByteArray> in = SshBatch::standardInput({{u"/etc/x\0y"_s, false}});
    QVERIFY(!in.has_value());
    QCOMPARE(in.error().code, ErrorCode::InvalidArgument);
}

void tst_SshBatch::linksOnlyReadsNoContent()
{
    // /proc/<pid>/fd: the daemon locator reads each link; the files behind them stay unread.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"log"_s));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("big log") == 7);
    f.close();
    QVERIFY(QFile::link(f.fileName(), dir.filePath(u"3"_s)));
    const QList<SshBatch::Request> requests{{dir.path(), true, true}};
    QStringList problems;
    const auto entries = SshBatch::parse(runLocally(requests, u"/bin/sh"_s), requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const SshBatch::Entry link = entries.value(dir.filePath(u"3"_s));
    QCOMPARE(link.link->value(), f.fileName());
    QCOMPARE(link.stat->value().size, 7);
    QVERIFY(!link.content);
    QVERIFY(entries.value(f.fileName()).stat->has_value());
    QVERIFY(!entries.value(f.fileName()).content);
}

void tst_SshBatch::textRequestsAreExact_data()
{
    QTest::addColumn<QStringList>("scriptShell");
    // A host's sh may be any of these; each reads the text files with its own read builtin.
    QTest::addRow("sh") << QStringList{u"sh"_s};
    QTest::addRow("bash") << QStringList{u"bash"_s};
    QTest::addRow("busybox ash") << QStringList{u"busybox"_s, u"sh"_s};
}

void tst_SshBatch::textRequestsAreExact()
{
    // Text requests (cgroup directories, /proc/<pid>/status …) are read by sh itself, without
    // an od per file (an audit of 50 containers reads thousands): what comes back must be the
    // file's bytes all the same, records forged in it included, and the framing must hold.
    QFETCH(QStringList, scriptShell);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray forged = "Z OK\nE\nP 0\nS OK 81a4 0 0 4 1 2\nT 4\nfake\nE\nDSB1 END 1\n";
    const QHash<QString, QByteArray> files{
        {u"limit"_s, "9223372036854771712\n"},
        {u"no-newline"_s, "max 100000"},
        {u"spaces"_s, "  lead\\ing\t and trailing  \n\nsecond line\\\n"},
        {u"forged"_s, forged},
        {u"empty"_s, QByteArray()},   // read as nothing: od confirms it is empty
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(dir.filePath(it.key()));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(it.value()) == it.value().size());
    }
    // Links are read with one readlink per directory; a target with a newline in it makes
    // that output ambiguous, and the script reads each link on its own instead.
    QVERIFY(QFile::link(u"limit"_s, dir.filePath(u"link"_s)));
    QVERIFY(QFile::link(u"a\nb"_s, dir.filePath(u"newline-link"_s)));

    SshBatch::Request cg{dir.path(), true};
    cg.text = true;
    SshBatch::Request single{dir.filePath(u"no-newline"_s), false};
    single.text = true;
    // A read that fails (here EIO at offset 0) gives sh nothing; od then names the error.
    SshBatch::Request failing{u"/proc/self/mem"_s, false};
    failing.text = true;
    const QList<SshBatch::Request> requests{cg, single, failing};
    int exitCode = -1;
    const QByteArray out = runLocally(requests, QString(), scriptShell, &exitCode);
    QCOMPARE(exitCode, 0);
    QStringList problems;
    const auto entries = SshBatch::parse(out, requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const SshBatch::Entry e = entries.value(dir.filePath(it.key()));
        QVERIFY2(e.content && e.content->has_value(), qPrintable(it.key()));
        QCOMPARE(e.content->value(), it.value());
    }
    QCOMPARE(entries.value(single.path).content->value(), QByteArray("max 100000"));
    QCOMPARE(entries.value(dir.filePath(u"link"_s)).link->value(), u"limit"_s);
    QCOMPARE(entries.value(dir.filePath(u"link"_s)).content->value(), files.value(u"limit"_s));
    QCOMPARE(entries.value(dir.filePath(u"newline-link"_s)).link->value(), u"a\nb"_s);
    const SshBatch::Entry mem = entries.value(failing.path);
    QVERIFY(mem.content && !mem.content->has_value());
    // Read by sh (a T section), not by od (hex lines): the forged records are one blob.
    QVERIFY(out.contains(QByteArray("\nT " + QByteArray::number(forged.size()) + '\n' + forged + '\n')));
    QVERIFY(!out.contains("\n 5a 20 4f 4b"));   // "Z OK" as od would print it
}

void tst_SshBatch::splitKeepsBatchesBounded()
{
    QList<SshBatch::Request> requests;
    for (int i = 0; i < 10000; ++i)
        requests.append({u"/sys/fs/cgroup/system.slice/docker-%1.scope/memory.max"_s.arg(i, 64, 10, QChar(u'0')), i % 3 == 0});
    const QList<QList<SshBatch::Request>> batches = SshBatch::split(requests);
    QList<SshBatch::Request> joined;
    for (const QList<SshBatch::Request> &b : batches) {
        QVERIFY(b.size() <= SshBatch::s_maxRequestsPerBatch);
        const Result<QByteArray> in = SshBatch::standardInput(b);
        QVERIFY(in.has_value());
        QVERIFY(in->size() <= SshBatch::script().size() + SshBatch::s_maxPathBytesPerBatch + 64);
        joined += b;
    }
    QCOMPARE(batches.size(), 10);   // 10,000 × 121 bytes (path and quoting) in batches of 128 KiB
    QCOMPARE(joined.size(), requests.size());
    for (int i = 0; i < requests.size(); ++i)
        QCOMPARE(joined.at(i).path, requests.at(i).path);
    // Many short paths: the request count bounds the batch.
    QCOMPARE(SshBatch::split(QList<SshBatch::Request>(5000, {u"/a"_s, false})).size(), 3);
    QVERIFY(SshBatch::split({}).isEmpty());
}

void tst_SshBatch::manyPaths()
{
    // Many paths of a big host, through the real script: 3,000 (more than one batch; the
    // integration test sends 10,000 over ssh), 12 files, the rest absent, in batches of bounded
    // size. The answer for each must be its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<SshBatch::Request> requests;
    for (int i = 0; i < 3000; ++i) {
        const QString name = u"f%1-%2"_s.arg(i).arg(QString(40, u'x'));
        if (i % 250 == 0) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(i)) > 0);
        }
        requests.append({dir.filePath(name), false});
    }
    QElapsedTimer timer;
    timer.start();
    const QList<QList<SshBatch::Request>> batches = SshBatch::split(requests);
    QVERIFY(batches.size() > 1);
    int answered = 0;
    for (const QList<SshBatch::Request> &batch : batches) {
        QStringList problems;
        const auto entries = SshBatch::parse(runLocally(batch, u"/bin/sh"_s), batch, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(entries.size(), batch.size());
        for (const SshBatch::Request &r : batch) {
            const int i = QFileInfo(r.path).fileName().section(u'-', 0, 0).mid(1).toInt();
            const SshBatch::Entry e = entries.value(r.path);
            if (i % 250 == 0)
                QCOMPARE(e.content->value(), QByteArray::number(i));
            else
                QCOMPARE(e.stat->error().code, ErrorCode::NotFound);
            ++answered;
        }
    }
    QCOMPARE(answered, 3000);
    qInfo("3,000 paths in %lld batches: %lld ms", qint64(batches.size()), timer.elapsed());
}

QTEST_GUILESS_MAIN(tst_SshBatch)
#include "tst_sshbatch.moc"
