// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope-hostfacts (issue 17): the pipe protocol (core/remote/hostfactsprotocol.h), the
// allow-list over fixture /proc trees (app/hostfacts/hostfactspolicy.h), the records it writes
// (read back with SshBatch::parse, and byte for byte against the ssh batch script), the daemon
// query against a scripted socket, and the executable itself (misuse, protocol errors, answers;
// as root also the privilege drop, seen from outside in /proc/<helper>/status).

#include "app/hostfacts/daemoncontainers.h"
#include "app/hostfacts/hostfactspolicy.h"
#include "app/hostfacts/recordwriter.h"

#include "core/remote/hostfactsprotocol.h"
#include "core/remote/sshbatch.h"

#include "tests/core/audit/fixturehostfs.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <thread>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace dockscope;
using namespace dockscope::core;
using namespace dockscope::hostfacts;
using namespace Qt::StringLiterals;
namespace Protocol = dockscope::core::HostFactsProtocol;

Q_DECLARE_METATYPE(dockscope::hostfacts::Serve)

namespace {

// Two full ids: the fixture daemon's container, and one of some other daemon.
const QString s_idA = u"4594850bd5603fa594dfc1a2a8ba43cdb0b8e4e5cb0d1b0e6a3b1f2e9d0c7a61"_s;
const QString s_idB = u"be1ab7e956e02b559b00aa11bb22cc33dd44ee55ff66778899aabbccddeeff00"_s;
const QString s_socket = u"/run/docker.sock"_s;

SshBatch::Request req(const QString &path, char mode = 'p')
{
    return SshBatch::Request{path, mode != 'p', mode == 'l'};
}

QByteArray encoded(const QList<SshBatch::Request> &requests, const QString &socket = s_socket)
{
    const Result<QByteArray> bytes = Protocol::encodeBatch(Protocol::Batch{socket, requests});
    return bytes ? *bytes : QByteArray();
}

/// A daemon whose answers the test decides, counting how often it was asked.
class FakeDaemon final : public DaemonSource
{
public:
    /// Answers of successive containerIds() calls; the last one repeats.
    QList<QSet<QString>> idAnswers{{s_idA}};
    std::optional<qint64> pid = 700;
    std::optional<quint32> owner = 0;
    int idCalls = 0;
    int pidCalls = 0;

    Result<QSet<QString>> containerIds(const QString &) override
    {
        QSet<QString> ids = idAnswers.at(qMin<qsizetype>(idCalls, idAnswers.size() - 1));
        ++idCalls;
        return ids;
    }
    std::optional<qint64> daemonPid(const QString &) override
    {
        ++pidCalls;
        return pid;
    }
    std::optional<quint32> socketOwner(const QString &) override { return owner; }
};

/// A process in the fixture /proc: stat (parent, start time), status (uid), cgroup, cmdline.
void addProcess(test::FixtureHostFs &fs, qint64 pid, qint64 ppid, qint64 uid, const QByteArray &cgroup,
                const QByteArrayList &argv, quint64 startTime = 4242)
{
    const QByteArray dir = "/proc/" + QByteArray::number(pid);
    const QByteArray comm = argv.isEmpty() ? QByteArray("x") : argv.first().mid(argv.first().lastIndexOf('/') + 1);
    // Fields 3 … 22 (state … starttime); comm with a space and a ')' as a process may name itself.
    fs.setFile(QString::fromLatin1(dir + "/stat"),
               QByteArray::number(pid) + " (" + comm + " x) y) S " + QByteArray::number(ppid)
                   + " 1 1 0 -1 4194560 100 0 0 0 0 0 0 0 20 0 1 0 " + QByteArray::number(startTime)
                   + " 1000 100\n");
    const QByteArray u = QByteArray::number(uid);
    fs.setFile(QString::fromLatin1(dir + "/status"),
               "Name:\t" + comm + "\nUid:\t" + u + '\t' + u + '\t' + u + '\t' + u + "\nGid:\t0\t0\t0\t0\n");
    fs.setFile(QString::fromLatin1(dir + "/cgroup"), cgroup);
    fs.setFile(QString::fromLatin1(dir + "/cmdline"), argv.join('\0') + '\0');
}

QByteArrayList shimArgv(const QString &id)
{
    return {"/usr/bin/containerd-shim-runc-v2", "-namespace", "moby", "-id", id.toLatin1(), "-address",
            "/run/containerd/containerd.sock"};
}

/// The rootful scenario every policy row decides over.
void addRootfulHost(test::FixtureHostFs &fs)
{
    const QByteArray a = s_idA.toLatin1();
    const QByteArray b = s_idB.toLatin1();
    addProcess(fs, 1, 0, 0, "0::/init.scope\n", {"/sbin/init"});
    addProcess(fs, 100, 1, 0, "0::/system.slice/ssh.service\n", {"sshd: /usr/sbin/sshd -D"});
    addProcess(fs, 150, 1, 0, "0::/system.slice/containerd.service\n", shimArgv(s_idA));
    addProcess(fs, 200, 150, 0, "12:memory:/docker/" + a + "\n11:cpu,cpuacct:/docker/" + a + "\n0::/\n", {"sleep"});
    addProcess(fs, 300, 150, 0, "0::/system.slice/docker-" + a + ".scope/init.scope\n", {"/sbin/init"});
    addProcess(fs, 400, 401, 0, "0::/\n", {"sh"});
    addProcess(fs, 401, 150, 0, "0::/\n", {"/sbin/docker-init"});
    addProcess(fs, 500, 1, 0, "0::/system.slice/docker-" + b + ".scope\n", {"nginx"});
    addProcess(fs, 600, 1, 1000, "0::/user.slice\n", {"/home/eve/containerd-shim", "-id", a});
    addProcess(fs, 601, 600, 0, "0::/user.slice\n", {"/usr/bin/passwd"});
    addProcess(fs, 700, 1, 0, "0::/system.slice/docker.service\n", {"/usr/bin/dockerd", "-H", "fd://"});
    addProcess(fs, 800, 1, 0, "0::/docker/" + a + "0\n", {"sleep"});
    addProcess(fs, 900, 901, 0, "0::/\n", {"loop"});
    addProcess(fs, 901, 900, 0, "0::/\n", {"loop"});
}

/// Writes a record for each request and parses the answer back.
QHash<QString, SshBatch::Entry> writeAndParse(const QList<std::pair<SshBatch::Request, Serve>> &rows,
                                              QStringList *problems, RecordWriter writer = RecordWriter())
{
    QList<SshBatch::Request> requests;
    for (const auto &[request, serve] : rows) {
        writer.write(request, serve);
        requests.append(request);
    }
    return SshBatch::parse(writer.finish(), requests, problems);
}

/// A symlink with exactly this target (QFile::link may make it absolute).
bool makeLink(const QString &target, const QString &path)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// Whether this process may run the helper's privilege drop (root with the capabilities it uses).
bool canDropPrivileges()
{
    if (::geteuid() != 0)
        return false;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:")) {
            const quint64 eff = line.mid(7).trimmed().toULongLong(nullptr, 16);
            // SETGID, SETUID, SETPCAP, DAC_READ_SEARCH, SYS_PTRACE
            const quint64 needed = (1ULL << 6) | (1ULL << 7) | (1ULL << 8) | (1ULL << 2) | (1ULL << 19);
            return (eff & needed) == needed;
        }
    }
    return false;
}

/// A scripted daemon socket: accepts one connection, reads the request, answers `reply` (or
/// nothing, holding the connection until the client gives up) and closes.
class ScriptedSocket
{
public:
    ScriptedSocket(const QString &path, const QByteArray &reply, bool answer = true)
    {
        m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(address.sun_path, p.constData(), size_t(p.size()));
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 1) != 0)
            return;
        m_ok = true;
        m_thread = std::thread([this, reply, answer] {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                return;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            m_request = request;
            if (answer) {
                for (qsizetype done = 0; done < reply.size();) {
                    const ssize_t n = ::write(client, reply.constData() + done, size_t(reply.size() - done));
                    if (n <= 0)
                        break;
                    done += n;
                }
            } else {
                // Silent until the client closes (its timeout).
                while (::read(client, buffer, sizeof buffer) > 0) {
                }
            }
            ::close(client);
        });
    }
    ~ScriptedSocket()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool ok() const { return m_ok; }
    /// What the client sent (valid after the client is done).
    QByteArray request()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_request;
    }

private:
    int m_listener = -1;
    bool m_ok = false;
    std::thread m_thread;
    QByteArray m_request;
};

QByteArray httpReply(const QByteArray &status, const QByteArray &body, bool contentLength = true)
{
    QByteArray r = "HTTP/1.0 " + status + "\r\nContent-Type: application/json\r\n";
    if (contentLength)
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

struct HelperRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The helper's arguments for this test process: as root it must be told whom it works for.
QStringList helperArguments(const QString &callerUid)
{
    return ::geteuid() == 0 ? QStringList{u"--caller-uid"_s, callerUid} : QStringList();
}

HelperRun runHelper(const QStringList &arguments, const QByteArray &input,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(DOCKSCOPE_HOSTFACTS_BUILD_PATH), arguments);
    HelperRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        p.kill();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class tst_HostFactsHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- protocol ----
    void batchRoundTrip();
    void batchInPieces();
    void forgedBatches_data();
    void forgedBatches();
    void framingKeepsOddPaths();
    void encodeRefuses_data();
    void encodeRefuses();
    void limits();
    void answers();
    void deniedErrno();

    // ---- policy ----
    void canonicalPaths_data();
    void canonicalPaths();
    void idTokens();
    void decide_data();
    void decide();
    void rootless_data();
    void rootless();
    void refetchOncePerBatch();
    void daemonRelocated();
    void pidReuse();
    void subordinateIds();

    // ---- records ----
    void records();
    void recordsMatchTheScript();
    void containerRootWalk();
    void answerLimit();

    // ---- the daemon query ----
    void containerIds();
    void fetch_data();
    void fetch();
    void fetchTimeout();
    void fetchNoDaemon();

    // ---- the executable ----
    void helperMisuse();
    void helperProtocolError();
    void helperAnswers();
    void helperDropsPrivileges();
};

// ---- protocol --------------------------------------------------------------------------------

void tst_HostFactsHelper::batchRoundTrip()
{
    const QList<SshBatch::Request> requests{req(u"/proc/42/ns"_s, 'l'), req(u"/sys/fs/cgroup/x"_s, 'c'),
                                            req(u"/etc/docker/daemon.json"_s), req(u"/tmp/ünï cödé"_s)};
    const QByteArray one = encoded(requests);
    const QByteArray two = encoded({req(u"/proc/1/status"_s)}, u"/home/u/.docker/run/docker.sock"_s);
    QVERIFY(one.startsWith("DSQ1 4\nH 16\n/run/docker.sock\nR l 11\n/proc/42/ns\nR c 16\n/sys/fs/cgroup/x\n"));
    // Two batches back to back (a client that pipelines) come out one at a time, in order.
    QByteArray buffer = one + two;
    Result<std::optional<Protocol::Batch>> first = Protocol::takeBatch(&buffer);
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->daemonSocket, s_socket);
    QCOMPARE((*first)->requests.size(), requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QCOMPARE((*first)->requests.at(i).path, requests.at(i).path);
        QCOMPARE((*first)->requests.at(i).withContents, requests.at(i).withContents);
        QCOMPARE((*first)->requests.at(i).linksOnly, requests.at(i).linksOnly);
    }
    QCOMPARE(buffer, two);
    Result<std::optional<Protocol::Batch>> second = Protocol::takeBatch(&buffer);
    QVERIFY(second && second->has_value());
    QCOMPARE((*second)->daemonSocket, u"/home/u/.docker/run/docker.sock"_s);
    QVERIFY(buffer.isEmpty());
    // An empty batch (how a client checks that the helper answers).
    buffer = encoded({});
    Result<std::optional<Protocol::Batch>> empty = Protocol::takeBatch(&buffer);
    QVERIFY(empty && empty->has_value() && (*empty)->requests.isEmpty());
}

void tst_HostFactsHelper::batchInPieces()
{
    // Every prefix is "not yet" and leaves the buffer alone; the whole is the batch.
    const QByteArray whole = encoded({req(u"/proc/42/ns/net"_s), req(u"/sys/fs/cgroup/a"_s, 'c')});
    for (qsizetype n = 0; n < whole.size(); ++n) {
        QByteArray buffer = whole.first(n);
        const Result<std::optional<Protocol::Batch>> r = Protocol::takeBatch(&buffer);
        QVERIFY2(r && !r->has_value(), qPrintable(u"prefix of %1 bytes"_s.arg(n)));
        QCOMPARE(buffer, whole.first(n));
    }
    QByteArray buffer = whole;
    const Result<std::optional<Protocol::Batch>> r = Protocol::takeBatch(&buffer);
    QVERIFY(r && r->has_value());
    QCOMPARE((*r)->requests.size(), 2);
}

void tst_HostFactsHelper::forgedBatches_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray h = "H 16\n/run/docker.sock\n";
    QTest::addRow("wrong magic") << QByteArray("DSQ2 0\n" + h);
    QTest::addRow("garbage first byte") << QByteArray("XSQ1");
    QTest::addRow("negative count") << QByteArray("DSQ1 -1\n" + h);
    QTest::addRow("huge count") << QByteArray("DSQ1 99999999999\n" + h);
    QTest::addRow("count above the limit") << QByteArray("DSQ1 4097\n" + h);
    QTest::addRow("count with a leading zero") << QByteArray("DSQ1 01\n" + h + "R p 2\n/a\n");
    QTest::addRow("header line never ends") << QByteArray("DSQ1 " + QByteArray(40, '1'));
    QTest::addRow("request before the socket") << QByteArray("DSQ1 1\nR p 2\n/a\n");
    QTest::addRow("socket path relative") << QByteArray("DSQ1 0\nH 11\ndocker.sock\n");
    // The path's length claims more than there is before the next line: the byte where its
    // newline should be is something else.
    QTest::addRow("length longer than the data") << QByteArray("DSQ1 2\n" + h + "R p 9\n/a\nR p 2\n/b\n");
    QTest::addRow("length shorter than the data") << QByteArray("DSQ1 1\n" + h + "R p 2\n/abc\n");
    QTest::addRow("path with NUL") << QByteArray("DSQ1 1\n" + h + "R p 4\n/a\0b\n"_ba);
    QTest::addRow("relative path") << QByteArray("DSQ1 1\n" + h + "R p 3\nabc\n");
    QTest::addRow("empty path") << QByteArray("DSQ1 1\n" + h + "R p 0\n\n");
    QTest::addRow("path longer than PATH_MAX")
        << QByteArray("DSQ1 1\n" + h + "R p 4097\n/" + QByteArray(4096, 'a') + '\n');
    QTest::addRow("path not UTF-8") << QByteArray("DSQ1 1\n" + h + "R p 3\n/\xff\xfe\n");
    QTest::addRow("unknown mode") << QByteArray("DSQ1 1\n" + h + "R x 2\n/a\n");
    QTest::addRow("extra field") << QByteArray("DSQ1 1\n" + h + "R p 2 3\n/a\n");
    QTest::addRow("length with a sign") << QByteArray("DSQ1 1\n" + h + "R p +2\n/a\n");
    QTest::addRow("5000 requests") << QByteArray("DSQ1 5000\n" + h);
    // A header that promises the most requests, each of the longest path: the buffer passes
    // s_maxBatchBytes before the batch ends.
    QByteArray big = "DSQ1 4096\n" + h;
    while (big.size() <= Protocol::s_maxBatchBytes)
        big += "R p 4096\n/" + QByteArray(4095, 'a') + '\n';
    QTest::addRow("oversized batch") << big;
}

void tst_HostFactsHelper::forgedBatches()
{
    QFETCH(QByteArray, bytes);
    QByteArray buffer = bytes;
    const Result<std::optional<Protocol::Batch>> r = Protocol::takeBatch(&buffer);
    QVERIFY2(!r, r && r->has_value() ? "accepted as a batch" : "taken as the start of a batch");
    QCOMPARE(r.error().code, ErrorCode::ProtocolError);
}

void tst_HostFactsHelper::framingKeepsOddPaths()
{
    // Length-prefixed paths: a newline or ".." cannot break the framing, so the protocol carries
    // them and the policy refuses them (one odd path must not end the session).
    for (const QString &path : {u"/proc/1/ns/net\nP 0"_s, u"/proc/200/../100/ns/net"_s}) {
        QByteArray buffer = encoded({req(path), req(u"/proc/1/status"_s)});
        const Result<std::optional<Protocol::Batch>> r = Protocol::takeBatch(&buffer);
        QVERIFY(r && r->has_value());
        QCOMPARE((*r)->requests.size(), 2);
        QCOMPARE((*r)->requests.first().path, path);
        QVERIFY(!isCanonicalPath(path));
    }
}

void tst_HostFactsHelper::encodeRefuses_data()
{
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QStringList>("paths");
    QTest::addRow("relative path") << s_socket << QStringList{u"proc/1/status"_s};
    QTest::addRow("empty path") << s_socket << QStringList{QString()};
    QTest::addRow("path with NUL") << s_socket << QStringList{u"/a\0b"_s};
    QTest::addRow("path longer than PATH_MAX") << s_socket << QStringList{u'/' + QString(4096, u'a')};
    QTest::addRow("relative socket") << u"docker.sock"_s << QStringList{u"/a"_s};
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many << u"/proc/%1/status"_s.arg(i);
    QTest::addRow("5000 requests") << s_socket << many;
    // 600 paths of 4000 bytes: 2.4 MB, above s_maxBatchBytes.
    QTest::addRow("oversized batch") << s_socket << QStringList(600, u'/' + QString(3999, u'a'));
}

void tst_HostFactsHelper::encodeRefuses()
{
    QFETCH(QString, socket);
    QFETCH(QStringList, paths);
    Protocol::Batch batch{socket, {}};
    for (const QString &p : std::as_const(paths))
        batch.requests.append(req(p));
    const Result<QByteArray> r = Protocol::encodeBatch(batch);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
}

void tst_HostFactsHelper::limits()
{
    // Exactly at the limits: accepted both ways.
    QList<SshBatch::Request> most;
    for (int i = 0; i < Protocol::s_maxRequests; ++i)
        most.append(req(u"/proc/%1/status"_s.arg(i)));
    QByteArray buffer = encoded(most);
    QVERIFY(!buffer.isEmpty());
    Result<std::optional<Protocol::Batch>> r = Protocol::takeBatch(&buffer);
    QVERIFY(r && r->has_value());
    QCOMPARE((*r)->requests.size(), Protocol::s_maxRequests);
    const QString longest = u'/' + QString(Protocol::s_maxPathBytes - 1, u'a');
    buffer = encoded({req(longest)}, longest);
    r = Protocol::takeBatch(&buffer);
    QVERIFY(r && r->has_value());
    QCOMPARE((*r)->requests.first().path, longest);
}

void tst_HostFactsHelper::answers()
{
    const QByteArray records = "DSB1\nP 0\nS ERR EDSDENIED\nE\nDSB1 END 1\n";
    const QByteArray whole = Protocol::encodeAnswer(records) + "DSR1 0\n";
    for (qsizetype n = 0; n < whole.size() - 7; ++n) {
        QByteArray buffer = whole.first(n);
        const Result<std::optional<QByteArray>> partial = Protocol::takeAnswer(&buffer);
        QVERIFY2(partial && !partial->has_value(), qPrintable(u"prefix of %1 bytes"_s.arg(n)));
    }
    QByteArray buffer = whole;
    Result<std::optional<QByteArray>> r = Protocol::takeAnswer(&buffer);
    QVERIFY(r && r->has_value());
    QCOMPARE(**r, records);
    r = Protocol::takeAnswer(&buffer);
    QVERIFY(r && r->has_value() && (*r)->isEmpty());
    QVERIFY(buffer.isEmpty());
    // Content cannot end an answer early: the count decides, whatever the records hold.
    const QByteArray tricky = "DSB1\nP 0\nF\n 44 53 52 31\nZ OK\nE\nDSR1 0\n";
    buffer = Protocol::encodeAnswer(tricky);
    r = Protocol::takeAnswer(&buffer);
    QVERIFY(r && r->has_value());
    QCOMPARE(**r, tricky);
    for (const QByteArray &bad : {QByteArray("DSR2 1\n"), QByteArray("DSR1 -1\n"), QByteArray("DSR1 01\n"),
                                  QByteArray("HTTP/1.1 200 OK\r\n"), QByteArray("DSR1 " + QByteArray(40, '9'))}) {
        buffer = bad;
        QVERIFY2(!Protocol::takeAnswer(&buffer), bad.constData());
    }
    buffer = "DSR1 1001\n";
    r = Protocol::takeAnswer(&buffer, 1000);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::ProtocolError);
}

void tst_HostFactsHelper::deniedErrno()
{
    const Error e = SshBatch::errnoError(Protocol::s_deniedErrno, u"/etc/shadow"_s);
    QCOMPARE(e.code, ErrorCode::PermissionDenied);
    QCOMPARE(e.detail, u"/etc/shadow: not served by the host-facts helper"_s);
    QCOMPARE(SshBatch::errnoError("EACCES", u"/x"_s).code, ErrorCode::PermissionDenied);
    QCOMPARE(SshBatch::errnoError("ENOENT", u"/x"_s).code, ErrorCode::NotFound);
}

// ---- policy ----------------------------------------------------------------------------------

void tst_HostFactsHelper::canonicalPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("canonical");
    QTest::addRow("plain") << u"/proc/1/ns/net"_s << true;
    QTest::addRow("root alone") << u"/"_s << false;
    QTest::addRow("relative") << u"proc/1"_s << false;
    QTest::addRow("double slash") << u"/proc//1"_s << false;
    QTest::addRow("leading double slash") << u"//proc/1"_s << false;
    QTest::addRow("trailing slash") << u"/proc/1/"_s << false;
    QTest::addRow("dot") << u"/proc/./1"_s << false;
    QTest::addRow("dot dot") << u"/proc/1/.."_s << false;
    QTest::addRow("dot dot inside") << u"/sys/fs/cgroup/a/../b"_s << false;
    QTest::addRow("dots in a name are fine") << u"/etc/audit/rules.d/a..b.rules"_s << true;
    QTest::addRow("newline") << u"/etc/docker/daemon.json\n"_s << false;
    QTest::addRow("NUL") << u"/etc/docker\0/daemon.json"_s << false;
    QTest::addRow("4096 bytes") << QString(u'/' + QString(4095, u'a')) << true;
    QTest::addRow("4097 bytes") << QString(u'/' + QString(4096, u'a')) << false;
}

void tst_HostFactsHelper::canonicalPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, canonical);
    QCOMPARE(isCanonicalPath(path), canonical);
}

void tst_HostFactsHelper::idTokens()
{
    const QString a = s_idA;
    QCOMPARE(fullIdTokens(u"/docker/"_s + a), QStringList{a});
    QCOMPARE(fullIdTokens(u"/system.slice/docker-"_s + a + u".scope/init.scope"_s), QStringList{a});
    QCOMPARE(fullIdTokens(u"/kubepods/pod1/"_s + a), QStringList{a});
    // Part of a longer hex run, or with upper-case digits: not a full id.
    QVERIFY(fullIdTokens(u"/docker/"_s + a + u'0').isEmpty());
    QVERIFY(fullIdTokens(u"/docker/f"_s + a).isEmpty());
    QVERIFY(fullIdTokens(u"/docker/"_s + a.toUpper()).isEmpty());
    QVERIFY(fullIdTokens(u"/docker/"_s + a.left(63)).isEmpty());
    QVERIFY(isFullContainerId(a));
    QVERIFY(!isFullContainerId(a.left(12)));
}

void tst_HostFactsHelper::decide_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QChar>("mode");
    QTest::addColumn<Serve>("expected");
    const QString a = s_idA;
    const QString b = s_idB;
    // A container process by its cgroup (v1 "/docker/<id>", v2 "docker-<id>.scope/init.scope").
    QTest::addRow("v1 container: ns/net") << u"/proc/200/ns/net"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("v1 container: ns dir") << u"/proc/200/ns"_s << QChar(u'l') << Serve::NamespaceDir;
    QTest::addRow("v1 container: status") << u"/proc/200/status"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("v1 container: mountinfo") << u"/proc/200/mountinfo"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("v1 container: apparmor") << u"/proc/200/attr/apparmor/current"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("v1 container: exe") << u"/proc/200/exe"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("v1 container: meminfo") << u"/proc/200/root/proc/meminfo"_s << QChar(u'p') << Serve::ContainerFile;
    QTest::addRow("v2 container: ns/pid") << u"/proc/300/ns/pid"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("v2 container: cgroup") << u"/proc/300/cgroup"_s << QChar(u'p') << Serve::ProcFile;
    // No cgroup of its own: two levels below the container's shim, or the shim itself.
    QTest::addRow("below the shim") << u"/proc/400/ns/net"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("child of the shim") << u"/proc/401/root/proc/meminfo"_s << QChar(u'p') << Serve::ContainerFile;
    QTest::addRow("the shim") << u"/proc/150/ns/net"_s << QChar(u'p') << Serve::Link;
    // Not a container of this daemon.
    QTest::addRow("sshd: ns/net") << u"/proc/100/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("sshd: status") << u"/proc/100/status"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("another daemon's container") << u"/proc/500/ns/net"_s << QChar(u'p') << Serve::Denied;
    // A user's process named like a shim, with a root child (a set-uid program it ran).
    QTest::addRow("fake shim's root child") << u"/proc/601/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("fake shim") << u"/proc/600/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("id inside a longer hex run") << u"/proc/800/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("parent loop") << u"/proc/900/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("no such process") << u"/proc/4711/ns/net"_s << QChar(u'p') << Serve::Denied;
    // PID 1, the host reference: namespaces, status and cgroup only.
    QTest::addRow("pid 1: ns/net") << u"/proc/1/ns/net"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("pid 1: ns dir") << u"/proc/1/ns"_s << QChar(u'l') << Serve::NamespaceDir;
    QTest::addRow("pid 1: status") << u"/proc/1/status"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("pid 1: cgroup") << u"/proc/1/cgroup"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("pid 1: cmdline") << u"/proc/1/cmdline"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("pid 1: mountinfo") << u"/proc/1/mountinfo"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("pid 1: exe") << u"/proc/1/exe"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("pid 1: meminfo") << u"/proc/1/root/proc/meminfo"_s << QChar(u'p') << Serve::Denied;
    // The daemon: everything but a container's files.
    QTest::addRow("daemon: exe") << u"/proc/700/exe"_s << QChar(u'p') << Serve::Link;
    QTest::addRow("daemon: cmdline") << u"/proc/700/cmdline"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("daemon: mountinfo") << u"/proc/700/mountinfo"_s << QChar(u'p') << Serve::ProcFile;
    QTest::addRow("daemon: meminfo") << u"/proc/700/root/proc/meminfo"_s << QChar(u'p') << Serve::Denied;
    // Never served, whoever the process is.
    QTest::addRow("environ") << u"/proc/200/environ"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("container's /etc/shadow") << u"/proc/200/root/etc/shadow"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("container root") << u"/proc/200/root"_s << QChar(u'l') << Serve::Denied;
    QTest::addRow("fd") << u"/proc/200/fd"_s << QChar(u'l') << Serve::Denied;
    QTest::addRow("mem") << u"/proc/200/mem"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("cwd") << u"/proc/200/cwd"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("unknown namespace") << u"/proc/200/ns/foo"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("self") << u"/proc/self/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("host meminfo") << u"/proc/meminfo"_s << QChar(u'p') << Serve::Denied;
    // "../" and other spellings.
    QTest::addRow("dot dot to sshd") << u"/proc/200/../100/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("dot dot out of root") << u"/proc/200/root/proc/../../etc/shadow"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("dot") << u"/proc/200/ns/./net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("double slash") << u"//proc/200/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("trailing slash") << u"/proc/200/ns/net/"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("leading zero pid") << u"/proc/0200/ns/net"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("newline") << u"/proc/200/ns/net\n"_s << QChar(u'p') << Serve::Denied;
    // The daemon's configuration.
    QTest::addRow("/etc/shadow") << u"/etc/shadow"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("daemon.json") << u"/etc/docker/daemon.json"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("default/docker") << u"/etc/default/docker"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("sysconfig/docker") << u"/etc/sysconfig/docker"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("containerd config") << u"/etc/containerd/config.toml"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("audit.rules") << u"/etc/audit/audit.rules"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("rules.d listing") << u"/etc/audit/rules.d"_s << QChar(u'p') << Serve::ConfigDir;
    QTest::addRow("rules.d with contents") << u"/etc/audit/rules.d"_s << QChar(u'c') << Serve::Denied;
    QTest::addRow("rules.d file") << u"/etc/audit/rules.d/x.rules"_s << QChar(u'p') << Serve::ConfigFile;
    QTest::addRow("rules.d hidden file") << u"/etc/audit/rules.d/.x.rules"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("rules.d other file") << u"/etc/audit/rules.d/x.conf"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("rules.d subdirectory") << u"/etc/audit/rules.d/a/x.rules"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("rules.d dot dot") << u"/etc/audit/rules.d/../../shadow"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("docker key") << u"/etc/docker/key.json"_s << QChar(u'p') << Serve::Denied;
    QTest::addRow("/etc/docker") << u"/etc/docker"_s << QChar(u'c') << Serve::Denied;
    // Cgroup files of the daemon's containers.
    QTest::addRow("v1 cgroup dir") << u"/sys/fs/cgroup/memory/docker/"_s + a << QChar(u'c') << Serve::Cgroup;
    const QString v2 = u"/sys/fs/cgroup/system.slice/docker-"_s;
    QTest::addRow("v1 cgroup file") << u"/sys/fs/cgroup/memory/docker/"_s + a + u"/memory.stat"_s << QChar(u'p')
                                    << Serve::Cgroup;
    QTest::addRow("v2 cgroup file") << v2 + a + u".scope/memory.max"_s << QChar(u'p') << Serve::Cgroup;
    QTest::addRow("v2 nested cgroup") << v2 + a + u".scope/init.scope"_s << QChar(u'c') << Serve::Cgroup;
    QTest::addRow("another daemon's cgroup") << v2 + b + u".scope"_s << QChar(u'c') << Serve::Denied;
    QTest::addRow("cgroup root") << u"/sys/fs/cgroup/memory"_s << QChar(u'c') << Serve::Denied;
    QTest::addRow("cgroup dot dot") << v2 + a + u".scope/../ssh.service"_s << QChar(u'c') << Serve::Denied;
    QTest::addRow("cgroup longer hex run") << u"/sys/fs/cgroup/docker/"_s + a + u"0"_s << QChar(u'c') << Serve::Denied;
    QTest::addRow("not below /sys/fs/cgroup") << u"/sys/kernel/"_s + a << QChar(u'p') << Serve::Denied;
}

void tst_HostFactsHelper::decide()
{
    QFETCH(QString, path);
    QFETCH(QChar, mode);
    QFETCH(Serve, expected);
    test::FixtureHostFs fs(u"/nonexistent-fixture-root"_s);
    addRootfulHost(fs);
    FakeDaemon daemon;
    HostFactsPolicy policy(fs, daemon, Caller{1000, {}});
    policy.beginBatch(s_socket);
    const HostFactsPolicy::Decision d = policy.decide(req(path, char(mode.unicode())));
    QCOMPARE(d.serve, expected);
    if (expected == Serve::Denied)
        return;
    // A served /proc path carries the process it was decided for, to check it was not reused.
    if (path.startsWith(u"/proc/"_s)) {
        QCOMPARE(d.pid, path.section(u'/', 2, 2).toLongLong());
        QCOMPARE(d.startTime, quint64(4242));
        QVERIFY(policy.stillSame(d));
    }
}

void tst_HostFactsHelper::rootless_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<Serve>("expected");
    QTest::addRow("the caller's own process") << qint64(210) << Serve::Link;
    QTest::addRow("a subordinate uid") << qint64(220) << Serve::Link;
    QTest::addRow("the last subordinate uid") << qint64(221) << Serve::Link;
    QTest::addRow("just past the subordinate range") << qint64(222) << Serve::Denied;
    // A rootless daemon can name any id: a root process in a cgroup named like its container
    // is not the caller's.
    QTest::addRow("root in that cgroup") << qint64(230) << Serve::Denied;
    QTest::addRow("another user in that cgroup") << qint64(240) << Serve::Denied;
    QTest::addRow("below the caller's shim") << qint64(161) << Serve::Link;
    QTest::addRow("below a root shim") << qint64(171) << Serve::Denied;
    QTest::addRow("the rootless daemon") << qint64(710) << Serve::Link;
    QTest::addRow("pid 1 stays the host reference") << qint64(1) << Serve::Link;
}

void tst_HostFactsHelper::rootless()
{
    QFETCH(qint64, pid);
    QFETCH(Serve, expected);
    test::FixtureHostFs fs(u"/nonexistent-fixture-root"_s);
    const QByteArray a = s_idA.toLatin1();
    const QByteArray cgroup = "0::/user.slice/user-1000.slice/user@1000.service/user.slice/docker-" + a + ".scope\n";
    addProcess(fs, 1, 0, 0, "0::/init.scope\n", {"/sbin/init"});
    addProcess(fs, 210, 160, 1000, cgroup, {"sleep"});
    addProcess(fs, 220, 160, 100999, cgroup, {"sleep"});
    addProcess(fs, 221, 160, 165535, cgroup, {"sleep"});
    addProcess(fs, 222, 160, 165536, cgroup, {"sleep"});
    addProcess(fs, 230, 1, 0, cgroup, {"/usr/bin/passwd"});
    addProcess(fs, 240, 1, 2000, cgroup, {"sleep"});
    addProcess(fs, 160, 1, 1000, "0::/user.slice/user-1000.slice/user@1000.service/app.slice\n", shimArgv(s_idA));
    addProcess(fs, 161, 160, 100000, "0::/\n", {"sleep"});
    addProcess(fs, 170, 1, 0, "0::/system.slice/containerd.service\n", shimArgv(s_idA));
    addProcess(fs, 171, 170, 0, "0::/\n", {"sleep"});
    addProcess(fs, 710, 1, 1000, "0::/user.slice/user-1000.slice/user@1000.service/app.slice\n",
               {"dockerd", "--rootless"});
    FakeDaemon daemon;
    daemon.owner = 1000;
    daemon.pid = 710;
    HostFactsPolicy policy(fs, daemon, Caller{1000, {IdRange{100000, 65536}}});
    policy.beginBatch(u"/run/user/1000/docker.sock"_s);
    QCOMPARE(policy.decide(req(u"/proc/%1/ns/net"_s.arg(pid))).serve, expected);
}

void tst_HostFactsHelper::refetchOncePerBatch()
{
    test::FixtureHostFs fs(u"/nonexistent-fixture-root"_s);
    addRootfulHost(fs);
    FakeDaemon daemon;
    // The first answer predates container A; every later one knows it.
    daemon.idAnswers = {{}, {s_idA}};
    HostFactsPolicy policy(fs, daemon, Caller{1000, {}});
    policy.beginBatch(s_socket);
    // Nothing is asked for what needs no daemon.
    QCOMPARE(policy.decide(req(u"/etc/docker/daemon.json"_s)).serve, Serve::ConfigFile);
    QCOMPARE(policy.decide(req(u"/proc/1/ns/net"_s)).serve, Serve::Link);
    QCOMPARE(daemon.idCalls, 0);
    // The batch's one question was its first: A stays unknown in this batch.
    QCOMPARE(policy.decide(req(u"/proc/200/ns/net"_s)).serve, Serve::Denied);
    QCOMPARE(policy.decide(req(u"/sys/fs/cgroup/memory/docker/"_s + s_idA)).serve, Serve::Denied);
    QCOMPARE(daemon.idCalls, 1);
    // The next batch asks again once, for the id it does not know.
    policy.beginBatch(s_socket);
    QCOMPARE(policy.decide(req(u"/proc/200/ns/net"_s)).serve, Serve::Link);
    QCOMPARE(daemon.idCalls, 2);
    QCOMPARE(policy.decide(req(u"/proc/500/ns/net"_s)).serve, Serve::Denied);
    QCOMPARE(policy.decide(req(u"/proc/300/ns/net"_s)).serve, Serve::Link);
    QCOMPARE(daemon.idCalls, 2);
    // B is no container of this daemon: one question per batch, however often it is named.
    policy.beginBatch(s_socket);
    QCOMPARE(policy.decide(req(u"/proc/500/ns/net"_s)).serve, Serve::Denied);
    QCOMPARE(policy.decide(req(u"/proc/500/status"_s)).serve, Serve::Denied);
    QCOMPARE(policy.decide(req(u"/sys/fs/cgroup/system.slice/docker-"_s + s_idB + u".scope"_s)).serve, Serve::Denied);
    QCOMPARE(daemon.idCalls, 3);
    // The cache is per socket: another daemon's containers are its own question.
    policy.beginBatch(u"/run/other.sock"_s);
    QCOMPARE(policy.decide(req(u"/proc/200/ns/net"_s)).serve, Serve::Link);
    QCOMPARE(daemon.idCalls, 4);
}

void tst_HostFactsHelper::daemonRelocated()
{
    test::FixtureHostFs fs(u"/nonexistent-fixture-root"_s);
    addRootfulHost(fs);
    addProcess(fs, 750, 1, 0, "0::/system.slice/docker.service\n", {"/usr/bin/dockerd", "-H", "fd://"});
    FakeDaemon daemon;
    HostFactsPolicy policy(fs, daemon, Caller{1000, {}});
    policy.beginBatch(s_socket);
    QCOMPARE(policy.decide(req(u"/proc/700/exe"_s)).serve, Serve::Link);
    QCOMPARE(daemon.pidCalls, 1);
    // The daemon restarted as 750: a dockerd that is not the located one is looked for again,
    // once per batch; a process that is no dockerd never makes it look.
    daemon.pid = 750;
    policy.beginBatch(s_socket);
    QCOMPARE(policy.decide(req(u"/proc/100/exe"_s)).serve, Serve::Denied);
    QCOMPARE(daemon.pidCalls, 1);
    QCOMPARE(policy.decide(req(u"/proc/750/exe"_s)).serve, Serve::Link);
    QCOMPARE(daemon.pidCalls, 2);
    QCOMPARE(policy.decide(req(u"/proc/700/exe"_s)).serve, Serve::Denied);
    QCOMPARE(daemon.pidCalls, 2);
}

void tst_HostFactsHelper::pidReuse()
{
    test::FixtureHostFs fs(u"/nonexistent-fixture-root"_s);
    addRootfulHost(fs);
    FakeDaemon daemon;
    HostFactsPolicy policy(fs, daemon, Caller{1000, {}});
    policy.beginBatch(s_socket);
    const HostFactsPolicy::Decision d = policy.decide(req(u"/proc/200/ns/net"_s));
    QCOMPARE(d.serve, Serve::Link);
    QVERIFY(policy.stillSame(d));
    // The container's process exited and sshd got its pid: another start time.
    addProcess(fs, 200, 1, 0, "0::/system.slice/ssh.service\n", {"sshd"}, 9999);
    QVERIFY(!policy.stillSame(d));
    fs.remove(u"/proc/200"_s);
    QVERIFY(!policy.stillSame(d));
    // Denied and non-process decisions need no such check.
    QVERIFY(policy.stillSame(policy.decide(req(u"/etc/docker/daemon.json"_s))));
}

void tst_HostFactsHelper::subordinateIds()
{
    const QByteArray text = "# comment\n"
                            "alice:100000:65536\n"
                            "1000:300000:10\n"
                            "bob:200000:65536\n"
                            "alice:400000:0\n"              // empty
                            "alice:4294967290:10\n"          // past 2^32
                            "alice:abc:10\n"
                            "alice:500000\n"
                            "  alice:600000:5  \n";
    const QList<IdRange> ranges = parseSubordinateIds(text, u"alice"_s, 1000);
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges.at(0).start, quint32(100000));
    QCOMPARE(ranges.at(1).start, quint32(300000));
    QCOMPARE(ranges.at(2).start, quint32(600000));
    Caller caller{1000, ranges};
    QVERIFY(caller.owns(1000));
    QVERIFY(caller.owns(100000));
    QVERIFY(caller.owns(165535));
    QVERIFY(!caller.owns(165536));
    QVERIFY(caller.owns(300009));
    QVERIFY(!caller.owns(200000));
    QVERIFY(!caller.owns(0));
    QVERIFY(parseSubordinateIds(text, QString(), 1001).isEmpty());
}

// ---- records ---------------------------------------------------------------------------------

void tst_HostFactsHelper::records()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString d = QDir(tmp.path()).canonicalPath();
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QVERIFY(writeFile(d + u"/a"_s, "hello\n"));
    QVERIFY(writeFile(d + u"/e"_s, {}));
    QVERIFY(writeFile(d + u"/bin"_s, all));
    QVERIFY(writeFile(d + u"/big"_s, QByteArray(RecordWriter::s_maxContentBytes + 1, 'x')));
    QVERIFY(writeFile(d + u"/max"_s, QByteArray(RecordWriter::s_maxContentBytes, 'y')));
    QVERIFY(makeLink(u"a"_s, d + u"/l"_s));
    QVERIFY(QDir(d).mkdir(u"sub"_s));
    QVERIFY(writeFile(d + u"/sub/x"_s, "1\n"));
    QVERIFY(writeFile(d + u"/sub/.hidden"_s, "h\n"));
    QVERIFY(makeLink(u"x"_s, d + u"/sub/lnk"_s));
    QVERIFY(QDir(d).mkdir(u"sub/child"_s));
    QVERIFY(::mkfifo(QFile::encodeName(d + u"/fifo"_s).constData(), 0600) == 0);

    const QList<std::pair<SshBatch::Request, Serve>> rows{
        {req(d + u"/a"_s), Serve::ConfigFile},
        {req(d + u"/l"_s), Serve::ConfigFile},
        {req(d + u"/l"_s), Serve::ProcFile},        // the same path, where no link is followed
        {req(d + u"/bin"_s), Serve::ProcFile},
        {req(d + u"/e"_s), Serve::ProcFile},
        {req(d + u"/big"_s), Serve::ConfigFile},
        {req(d + u"/max"_s), Serve::ConfigFile},
        {req(d + u"/missing"_s), Serve::ProcFile},
        {req(d + u"/fifo"_s), Serve::ConfigFile},
        {req(d + u"/sub"_s, 'c'), Serve::Cgroup},
        {req(d + u"/a"_s, 'p'), Serve::Link},
        {req(d + u"/sub/lnk"_s, 'p'), Serve::Denied},
    };
    QStringList problems;
    QHash<QString, SshBatch::Entry> e = writeAndParse(rows, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

    const SshBatch::Entry &a = e.value(d + u"/a"_s);
    QVERIFY(a.stat && a.stat->has_value() && a.stat->value().isRegularFile());
    QCOMPARE(a.stat->value().size, 6);
    // The Link row for the same path came last and replaced it: stat, no content.
    QVERIFY(!a.content);
    QVERIFY(!a.link);
    // Where the link is followed: its target's stat and content, and the target's name.
    const SshBatch::Entry &l = e.value(d + u"/l"_s);
    QVERIFY(l.stat);
    QVERIFY(!l.stat->has_value());
    QCOMPARE(l.stat->error().code, ErrorCode::IoError);    // the ProcFile row (later) refuses the link
    QVERIFY(!l.content);
    const SshBatch::Entry &bin = e.value(d + u"/bin"_s);
    QVERIFY(bin.content && bin.content->has_value());
    QCOMPARE(bin.content->value(), all);
    const SshBatch::Entry &empty = e.value(d + u"/e"_s);
    QVERIFY(empty.content && empty.content->has_value());
    QVERIFY(empty.content->value().isEmpty());
    // Past 1 MiB: the stat, no content; at 1 MiB: all of it.
    const SshBatch::Entry &big = e.value(d + u"/big"_s);
    QVERIFY(big.stat && big.stat->has_value());
    QCOMPARE(big.stat->value().size, RecordWriter::s_maxContentBytes + 1);
    QVERIFY(!big.content);
    const SshBatch::Entry &max = e.value(d + u"/max"_s);
    QVERIFY(max.content && max.content->has_value());
    QCOMPARE(max.content->value().size(), RecordWriter::s_maxContentBytes);
    const SshBatch::Entry &missing = e.value(d + u"/missing"_s);
    QVERIFY(missing.stat && !missing.stat->has_value());
    QCOMPARE(missing.stat->error().code, ErrorCode::NotFound);
    // A FIFO is never opened for reading (it would block): its stat only.
    const SshBatch::Entry &fifo = e.value(d + u"/fifo"_s);
    QVERIFY(fifo.stat && fifo.stat->has_value() && S_ISFIFO(fifo.stat->value().mode));
    QVERIFY(!fifo.content);
    // A cgroup directory: every name listed; the regular, visible files with stat and content.
    const SshBatch::Entry &sub = e.value(d + u"/sub"_s);
    QVERIFY(sub.entries && sub.entries->has_value());
    QCOMPARE(sub.entries->value(), (QStringList{u".hidden"_s, u"child"_s, u"lnk"_s, u"x"_s}));
    const SshBatch::Entry &x = e.value(d + u"/sub/x"_s);
    QVERIFY(x.stat && x.stat->has_value());
    QVERIFY(x.content && x.content->has_value());
    QCOMPARE(x.content->value(), QByteArray("1\n"));
    QVERIFY(!e.contains(d + u"/sub/.hidden"_s));
    QVERIFY(!e.contains(d + u"/sub/child"_s));
    // The link in it was not followed, and the Denied row below names it: refused, nothing read.
    const SshBatch::Entry &lnk = e.value(d + u"/sub/lnk"_s);
    QVERIFY(lnk.stat && !lnk.stat->has_value());
    QCOMPARE(lnk.stat->error().code, ErrorCode::PermissionDenied);
    QVERIFY(lnk.stat->error().detail.endsWith(u"not served by the host-facts helper"_s));
    QVERIFY(!lnk.link && !lnk.content);

    // Namespace-like directory in mode l: its entries' stat (followed) and link targets, never
    // content; mode l of a cgroup directory: stat only.
    e = writeAndParse({{req(d + u"/sub"_s, 'l'), Serve::NamespaceDir}}, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(e.value(d + u"/sub/lnk"_s).link && e.value(d + u"/sub/lnk"_s).link->has_value());
    QCOMPARE(e.value(d + u"/sub/lnk"_s).link->value(), u"x"_s);
    QVERIFY(e.value(d + u"/sub/lnk"_s).stat->value().isRegularFile());
    QVERIFY(!e.value(d + u"/sub/lnk"_s).content);
    QVERIFY(!e.value(d + u"/sub/x"_s).content);
    e = writeAndParse({{req(d + u"/sub"_s, 'l'), Serve::Cgroup}, {req(d + u"/l"_s), Serve::Link}}, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(e.value(d + u"/sub/x"_s).stat && !e.value(d + u"/sub/x"_s).content);
    QVERIFY(e.value(d + u"/l"_s).link && e.value(d + u"/l"_s).link->has_value());
    QCOMPARE(e.value(d + u"/l"_s).link->value(), u"a"_s);
    QVERIFY(e.value(d + u"/l"_s).stat->value().isRegularFile());
    QVERIFY(!e.value(d + u"/l"_s).content);
    // Mode p of a directory, and the rules.d listing: names only.
    e = writeAndParse({{req(d + u"/sub"_s), Serve::ConfigDir}}, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.value(d + u"/sub"_s).entries->value().size(), 4);

    // An unreadable file: root reads it anyway (the helper keeps CAP_DAC_READ_SEARCH), others
    // get EACCES in the content section.
    QVERIFY(writeFile(d + u"/secret"_s, "s\n"));
    QVERIFY(QFile::setPermissions(d + u"/secret"_s, QFileDevice::Permissions()));
    e = writeAndParse({{req(d + u"/secret"_s), Serve::ConfigFile}}, &problems);
    const SshBatch::Entry &secret = e.value(d + u"/secret"_s);
    QVERIFY(secret.stat && secret.stat->has_value());
    QVERIFY(secret.content);
    if (::geteuid() == 0) {
        QVERIFY(secret.content->has_value());
    } else {
        QVERIFY(!secret.content->has_value());
        QCOMPARE(secret.content->error().code, ErrorCode::PermissionDenied);
    }
}

void tst_HostFactsHelper::recordsMatchTheScript()
{
    // Where the helper reads what the script reads, the bytes are the same: SshBatch::parse
    // reads the helper's answers as it reads the script's.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString d = QDir(tmp.path()).canonicalPath();
    QVERIFY(writeFile(d + u"/a"_s, "hello\n"));
    QVERIFY(writeFile(d + u"/e"_s, {}));
    QVERIFY(writeFile(d + u"/sixteen"_s, "0123456789abcdef"));
    QVERIFY(writeFile(d + u"/seventeen"_s, "0123456789abcdefg"));
    QVERIFY(writeFile(d + u"/big"_s, QByteArray(RecordWriter::s_maxContentBytes + 1, 'x')));
    QVERIFY(makeLink(u"a"_s, d + u"/l"_s));
    QVERIFY(makeLink(u"nowhere"_s, d + u"/dangling"_s));
    QVERIFY(QDir(d).mkdir(u"cg"_s));
    QVERIFY(writeFile(d + u"/cg/memory.max"_s, "max\n"));
    QVERIFY(writeFile(d + u"/cg/memory.current"_s, "4096\n"));
    QVERIFY(writeFile(d + u"/cg/.hidden"_s, "h\n"));
    const QList<std::pair<SshBatch::Request, Serve>> rows{
        {req(d + u"/a"_s), Serve::ConfigFile},
        {req(d + u"/e"_s), Serve::ConfigFile},
        {req(d + u"/sixteen"_s), Serve::ConfigFile},
        {req(d + u"/seventeen"_s), Serve::ConfigFile},
        {req(d + u"/big"_s), Serve::ConfigFile},
        {req(d + u"/l"_s), Serve::ConfigFile},
        {req(d + u"/dangling"_s), Serve::ConfigFile},
        {req(d + u"/missing"_s), Serve::ConfigFile},
        {req(d + u"/cg"_s, 'c'), Serve::Cgroup},
        {req(d + u"/cg"_s, 'l'), Serve::Cgroup},
        {req(d + u"/cg"_s), Serve::ConfigDir},
    };
    RecordWriter writer;
    QList<SshBatch::Request> requests;
    for (const auto &[request, serve] : rows) {
        writer.write(request, serve);
        requests.append(request);
    }
    const Result<QByteArray> input = SshBatch::standardInput(requests);
    QVERIFY(input);
    QProcess sh;
    sh.start(u"env"_s, {u"LC_ALL=C"_s, u"sh"_s, u"-s"_s});
    QVERIFY(sh.waitForStarted(10000));
    sh.write(*input);
    sh.closeWriteChannel();
    QVERIFY(sh.waitForFinished(60000));
    const QByteArray script = sh.readAllStandardOutput();
    QCOMPARE(writer.finish(), script);
}

void tst_HostFactsHelper::containerRootWalk()
{
    // /proc/<pid>/root/…: walked without following any link the container could have placed.
    // Our own root stands in for a container's.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString d = QDir(tmp.path()).canonicalPath();
    QVERIFY(QDir(d).mkdir(u"proc"_s));
    QVERIFY(writeFile(d + u"/proc/meminfo"_s, "MemTotal: 1 kB\n"));
    QVERIFY(QDir(d).mkdir(u"evil"_s));
    QVERIFY(makeLink(u"/etc/hostname"_s, d + u"/evil/meminfo"_s));
    QVERIFY(makeLink(u"/proc"_s, d + u"/linkdir"_s));
    const QString root = u"/proc/%1/root"_s.arg(::getpid());
    const QList<std::pair<SshBatch::Request, Serve>> rows{
        {req(root + d + u"/proc/meminfo"_s), Serve::ContainerFile},
        {req(root + d + u"/evil/meminfo"_s), Serve::ContainerFile},
        {req(root + d + u"/linkdir/meminfo"_s), Serve::ContainerFile},
        {req(root + d + u"/proc/missing"_s), Serve::ContainerFile},
    };
    QStringList problems;
    const QHash<QString, SshBatch::Entry> e = writeAndParse(rows, &problems);
    QVERIFY(problems.isEmpty());
    const SshBatch::Entry &good = e.value(root + d + u"/proc/meminfo"_s);
    QVERIFY(good.content && good.content->has_value());
    QCOMPARE(good.content->value(), QByteArray("MemTotal: 1 kB\n"));
    for (const QString &refused : {u"/evil/meminfo"_s, u"/linkdir/meminfo"_s}) {
        const SshBatch::Entry &r = e.value(root + d + refused);
        QVERIFY2(r.stat && !r.stat->has_value(), qPrintable(refused));
        QCOMPARE(r.stat->error().code, ErrorCode::IoError);
        QVERIFY(!r.content && !r.link);
    }
    QCOMPARE(e.value(root + d + u"/proc/missing"_s).stat->error().code, ErrorCode::NotFound);
}

void tst_HostFactsHelper::answerLimit()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString d = QDir(tmp.path()).canonicalPath();
    QVERIFY(writeFile(d + u"/kb"_s, QByteArray(1024, 'k')));
    // Room for about one file's hex (3.1 KiB): the second content is refused, later records are
    // "EIO", and the answer stays near the limit whatever the batch asked.
    const qsizetype limit = 4000;
    RecordWriter writer(limit);
    QList<SshBatch::Request> requests;
    for (int i = 0; i < 100; ++i) {
        requests.append(req(d + u"/kb"_s));
        writer.write(requests.last(), Serve::ConfigFile);
    }
    const QByteArray out = writer.finish();
    QVERIFY2(out.size() < limit + 100 * 24, qPrintable(QString::number(out.size())));
    // Every request names the same path: look at the raw records.
    QVERIFY(out.contains("Z OK\n"));
    QVERIFY(out.contains("F\nZ ERR EIO\n"));
    QVERIFY(out.contains("P 99\nS ERR EIO\nE\nDSB1 END 100\n"));
    QStringList problems;
    SshBatch::parse(out, requests, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(writer.count(), 100);
}

// ---- the daemon query ------------------------------------------------------------------------

void tst_HostFactsHelper::containerIds()
{
    QFile f(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/docker/containers.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<QSet<QString>> ids = parseContainerIds(f.readAll());
    QVERIFY(ids);
    QCOMPARE(ids->size(), 3);
    const Result<QSet<QString>> mixed = parseContainerIds(
        "[{\"Id\":\"" + s_idA.toLatin1() + "\"},{\"Id\":\"4594850bd560\"},{\"Id\":\"" + s_idB.toUpper().toLatin1()
        + "\"},{\"Id\":42},\"x\",{\"Names\":[\"/a\"]}]");
    QVERIFY(mixed);
    QCOMPARE(*mixed, QSet<QString>{s_idA});
    QVERIFY(!parseContainerIds("{\"message\":\"page not found\"}"));
    QVERIFY(!parseContainerIds("[{\"Id\":"));
}

void tst_HostFactsHelper::fetch_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("expectedIds");      // -1: an error
    QTest::addColumn<int>("expectedCode");
    const QByteArray body = "[{\"Id\":\"" + s_idA.toLatin1() + "\"},{\"Id\":\"" + s_idB.toLatin1() + "\"}]";
    QTest::addRow("200 with Content-Length") << httpReply("200 OK", body) << 2 << 0;
    QTest::addRow("200 until the connection closes") << httpReply("200 OK", body, false) << 2 << 0;
    QTest::addRow("404") << httpReply("404 Not Found", "{\"message\":\"page not found\"}") << -1
                         << int(ErrorCode::HttpError);
    QTest::addRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << -1 << int(ErrorCode::ProtocolError);
    QTest::addRow("body longer than allowed") << httpReply("200 OK", "[" + QByteArray(5000, ' ') + "]") << -1
                                              << int(ErrorCode::ProtocolError);
    QTest::addRow("cut short") << httpReply("200 OK", body).chopped(10) << -1 << int(ErrorCode::ConnectionDropped);
    QTest::addRow("not JSON") << httpReply("200 OK", "<html>") << -1 << int(ErrorCode::ParseError);
}

void tst_HostFactsHelper::fetch()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, expectedIds);
    QFETCH(int, expectedCode);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + u"/d.sock"_s;
    ScriptedSocket server(path, reply);
    QVERIFY(server.ok());
    const Result<QSet<QString>> ids = fetchContainerIds(path, std::chrono::seconds(20), 4096);
    QCOMPARE(server.request(), QByteArray("GET /containers/json?all=1 HTTP/1.0\r\nHost: docker\r\n\r\n"));
    if (expectedIds < 0) {
        QVERIFY(!ids);
        QCOMPARE(int(ids.error().code), expectedCode);
        QVERIFY(ids.error().detail.startsWith(path));
    } else {
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().detail));
        QCOMPARE(ids->size(), expectedIds);
    }
}

void tst_HostFactsHelper::fetchTimeout()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.path() + u"/d.sock"_s;
    ScriptedSocket server(path, {}, false);
    QVERIFY(server.ok());
    const Result<QSet<QString>> ids = fetchContainerIds(path, std::chrono::milliseconds(200));
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, ErrorCode::Timeout);
}

void tst_HostFactsHelper::fetchNoDaemon()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const Result<QSet<QString>> ids = fetchContainerIds(tmp.path() + u"/none.sock"_s);
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, ErrorCode::DaemonUnreachable);
    const Result<QSet<QString>> tooLong = fetchContainerIds(u'/' + QString(200, u'a'));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);
}

// ---- the executable --------------------------------------------------------------------------

void tst_HostFactsHelper::helperMisuse()
{
    HelperRun run = runHelper({u"--bogus"_s}, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("dockscope-hostfacts: unknown argument --bogus"));
    run = runHelper({u"--caller-uid"_s, u"-1"_s}, {});
    QCOMPARE(run.exitCode, 2);
    if (::geteuid() != 0) {
        // Not root: it works for its own user only.
        run = runHelper({u"--caller-uid"_s, u"0"_s}, {});
        QCOMPARE(run.exitCode, 2);
        return;
    }
    // Root must say whom it works for; under pkexec the caller may not choose.
    run = runHelper({}, {});
    QCOMPARE(run.exitCode, 2);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PKEXEC_UID"_s, u"1000"_s);
    run = runHelper({u"--caller-uid"_s, u"0"_s}, {}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("not accepted under pkexec"));
}

void tst_HostFactsHelper::helperProtocolError()
{
    const HelperRun run = runHelper(helperArguments(u"0"_s), "DSQ1 1\nH 3\nrel\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("protocol error"));
    // Closed in the middle of a batch.
    const HelperRun cut = runHelper(helperArguments(u"0"_s), encoded({req(u"/proc/1/status"_s)}).chopped(3));
    QCOMPARE(cut.exitCode, 4);
}

void tst_HostFactsHelper::helperAnswers()
{
    // No daemon at the socket: no container is served, the host reference and refusals are.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QList<SshBatch::Request> first{req(u"/proc/1/status"_s), req(u"/etc/shadow"_s), req(u"/proc/1/environ"_s),
                                         req(u"/proc/1/../1/status"_s)};
    const QList<SshBatch::Request> second{req(u"/proc/%1/ns/net"_s.arg(::getpid()))};
    const QString socket = tmp.path() + u"/none.sock"_s;
    const HelperRun run = runHelper(helperArguments(u"0"_s), encoded(first, socket) + encoded(second, socket)
                                                                  + encoded({}, socket));
    QCOMPARE(run.exitCode, 0);
    QByteArray out = run.out;
    QList<QHash<QString, SshBatch::Entry>> answers;
    for (const QList<SshBatch::Request> &requests : {first, second, QList<SshBatch::Request>()}) {
        Result<std::optional<QByteArray>> answer = Protocol::takeAnswer(&out);
        QVERIFY(answer && answer->has_value());
        QStringList problems;
        answers.append(SshBatch::parse(**answer, requests, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }
    QVERIFY(out.isEmpty());
    const SshBatch::Entry status = answers.at(0).value(u"/proc/1/status"_s);
    QVERIFY(status.content && status.content->has_value());
    QVERIFY(status.content->value().startsWith("Name:"));
    for (const QString &refused : {u"/etc/shadow"_s, u"/proc/1/environ"_s, u"/proc/1/../1/status"_s}) {
        const SshBatch::Entry e = answers.at(0).value(refused);
        QVERIFY2(e.stat && !e.stat->has_value(), qPrintable(refused));
        QCOMPARE(e.stat->error().detail, refused + u": not served by the host-facts helper"_s);
    }
    // This test is no container of a daemon that does not exist.
    const SshBatch::Entry mine = answers.at(1).value(second.first().path);
    QVERIFY(mine.stat && !mine.stat->has_value());
    QCOMPARE(mine.stat->error().code, ErrorCode::PermissionDenied);
    QVERIFY(answers.at(2).isEmpty());
}

void tst_HostFactsHelper::helperDropsPrivileges()
{
    if (!canDropPrivileges())
        QSKIP("needs root with CAP_SETUID, CAP_SETGID, CAP_SETPCAP, CAP_DAC_READ_SEARCH and CAP_SYS_PTRACE");
    const passwd *nobody = ::getpwuid(65534);
    if (!nobody)
        QSKIP("no passwd entry for uid 65534");
    const QByteArray gid = QByteArray::number(nobody->pw_gid);
    QProcess p;
    p.start(QStringLiteral(DOCKSCOPE_HOSTFACTS_BUILD_PATH), {u"--caller-uid"_s, u"65534"_s});
    QVERIFY(p.waitForStarted(10000));
    // Its first answer comes after the drop: then its credentials are what it will read with.
    p.write(encoded({}));
    QByteArray out;
    Result<std::optional<QByteArray>> answer = std::optional<QByteArray>();
    while (answer && !answer->has_value()) {
        QVERIFY2(p.waitForReadyRead(10000), p.readAllStandardError().constData());
        out += p.readAllStandardOutput();
        answer = Protocol::takeAnswer(&out);
    }
    QVERIFY(answer);
    QFile statusFile(u"/proc/%1/status"_s.arg(p.processId()));
    QVERIFY(statusFile.open(QIODevice::ReadOnly));
    QHash<QByteArray, QByteArray> status;
    for (const QByteArray &line : statusFile.readAll().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            status.insert(line.left(colon), line.mid(colon + 1).simplified());
    }
    QCOMPARE(status.value("Uid"), QByteArray("65534 65534 65534 65534"));
    QCOMPARE(status.value("Gid"), QByteArray(gid + ' ' + gid + ' ' + gid + ' ' + gid));
    // CAP_DAC_READ_SEARCH (2) and CAP_SYS_PTRACE (19), nothing else, in every set that counts.
    QCOMPARE(status.value("CapEff"), QByteArray("0000000000080004"));
    QCOMPARE(status.value("CapPrm"), QByteArray("0000000000080004"));
    QCOMPARE(status.value("CapBnd"), QByteArray("0000000000080004"));
    QCOMPARE(status.value("CapInh"), QByteArray("0000000000000000"));
    QCOMPARE(status.value("CapAmb"), QByteArray("0000000000000000"));
    QCOMPARE(status.value("NoNewPrivs"), QByteArray("1"));
    // Not dumpable: the caller's uid may not ptrace it (its /proc files stay root's).
    QCOMPARE(QFileInfo(u"/proc/%1/mem"_s.arg(p.processId())).ownerId(), 0u);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_HostFactsHelper)
#include "tst_hostfactshelper.moc"
