// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/1.1 response framing (HttpParser), exec stream frames (MultiplexedStreamDecoder) and
// newline-delimited JSON (JsonLineSplitter): whole, and split into two reads at every byte.

#include "core/docker/httpparser.h"
#include "core/docker/jsonlinesplitter.h"
#include "core/docker/multiplexedstreamdecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope::core;

namespace {

struct Parsed
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    bool keepAlive = false;
    bool complete = false;
    qsizetype consumed = 0;
    int heads = 0;
    std::optional<ErrorCode> error;
};

/// Feeds `pieces` one after the other, then reports EOF when `eof` is set.
Parsed parse(const QList<QByteArray> &pieces, bool eof)
{
    Parsed out;
    HttpParser parser;
    parser.onHead = [&out](const HttpResponseHead &head) {
        ++out.heads;
        out.status = head.status;
        out.keepAlive = head.keepAlive;
        out.contentType = head.mimeType();
    };
    parser.onBody = [&out](QByteArrayView data) { out.body.append(data); };
    parser.onComplete = [&out] { out.complete = true; };
    for (const QByteArray &piece : pieces) {
        const Result<qsizetype> r = parser.feed(piece);
        if (!r) {
            out.error = r.error().code;
            return out;
        }
        out.consumed += *r;
        if (parser.isComplete())
            break;
    }
    if (eof && !parser.isComplete()) {
        const Result<void> r = parser.finish();
        if (!r)
            out.error = r.error().code;
    }
    out.complete = parser.isComplete();
    return out;
}

QByteArray pingReply()
{
    return "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nCache-Control: no-cache, no-store, must-revalidate\r\n"
           "Docker-Experimental: false\r\nOstype: linux\r\nPragma: no-cache\r\n"
           "Server: Docker/20.10.24+dfsg1 (linux)\r\nDate: Sun, 29 Nov 2026 19:09:22 GMT\r\n"
           "Content-Length: 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOK";
}

} // namespace

class tst_HttpFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void response_data();
    void response();
    void splitAtEveryByte_data() { response_data(); }
    void splitAtEveryByte();
    void stopsAtMessageEnd();
    void secondResponseAfterReset();
    void execFrames_data();
    void execFrames();
    void execFramesSplitAtEveryByte();
    void execFramesBadHeader();
    void jsonLinesSplitAtEveryByte();
    void limits_data();
    void limits();
    void jsonLineLimit_data();
    void jsonLineLimit();
};

void tst_HttpFraming::response_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("eof");           // the peer closes after the bytes
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("error");           // -1: none, else an ErrorCode

    QTest::addRow("ping with Content-Length") << pingReply() << false << 200 << "OK"_ba << true << -1;
    QTest::addRow("chunked, two chunks")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
           "5\r\n{\"a\":\r\n3\r\n1}\n\r\n0\r\n\r\n"_ba
        << false << 200 << "{\"a\":1}\n"_ba << true << -1;
    // Hex chunk sizes in upper and lower case, and a chunk extension the parser must skip.
    QTest::addRow("chunked, hex sizes and extension")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
           "A;name=x\r\n0123456789\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n"_ba
        << false << 200 << "0123456789abcdefghijklmnopqrstuvwxyz"_ba << true << -1;
    QTest::addRow("404 with the daemon's message")
        << "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 39\r\n\r\n"
           "{\"message\":\"No such container: nosuch\"}"_ba
        << false << 404 << "{\"message\":\"No such container: nosuch\"}"_ba << true << -1;
    // Exec start without Upgrade: no length, no chunking, the body ends when the daemon closes.
    QTest::addRow("close-delimited exec stream")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n"
           "\x01\x00\x00\x00\x00\x00\x00\x04out\n"_ba
        << true << 200 << "\x01\x00\x00\x00\x00\x00\x00\x04out\n"_ba << false << -1;
    QTest::addRow("Connection: close is not kept alive")
        << "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nOK"_ba
        << false << 200 << "OK"_ba << false << -1;
    QTest::addRow("204 has no body") << "HTTP/1.1 204 No Content\r\n\r\n"_ba << false << 204 << QByteArray()
                                     << true << -1;
    QTest::addRow("garbage") << "SSH-2.0-OpenSSH_9.2\r\n"_ba << false << 0 << QByteArray() << false
                             << int(ErrorCode::ProtocolError);
    QTest::addRow("bad chunk size") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba
                                    << false << 200 << QByteArray() << true << int(ErrorCode::ProtocolError);
    QTest::addRow("cut inside Content-Length body")
        << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345"_ba << true << 200 << "12345"_ba << true
        << int(ErrorCode::ConnectionDropped);
    QTest::addRow("cut inside a chunk")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123"_ba << true << 200 << "0123"_ba
        << true << int(ErrorCode::ConnectionDropped);
    QTest::addRow("cut inside the headers") << "HTTP/1.1 200 OK\r\nContent-Le"_ba << true << 0 << QByteArray()
                                            << false << int(ErrorCode::ConnectionDropped);
    QTest::addRow("closed before any byte") << QByteArray() << true << 0 << QByteArray() << false
                                            << int(ErrorCode::ConnectionDropped);
}

void tst_HttpFraming::response()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, eof);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    QFETCH(int, error);

    const Parsed p = parse({wire}, eof);
    QCOMPARE(p.error ? int(*p.error) : -1, error);
    if (status != 0)
        QCOMPARE(p.status, status);
    QCOMPARE(p.body, body);
    if (error == -1) {
        QVERIFY(p.complete);
        QCOMPARE(p.keepAlive, keepAlive);
        QCOMPARE(p.heads, 1);
    }
}

void tst_HttpFraming::splitAtEveryByte()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, eof);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, error);

    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        const Parsed p = parse({wire.left(cut), wire.mid(cut)}, eof);
        const QByteArray where = "cut at " + QByteArray::number(cut);
        QVERIFY2((p.error ? int(*p.error) : -1) == error, where.constData());
        if (status != 0 && error != int(ErrorCode::ProtocolError))
            QVERIFY2(p.status == status, where.constData());
        if (error == -1) {
            QVERIFY2(p.body == body, where.constData());
            QVERIFY2(p.heads == 1, where.constData());
        }
    }
}

void tst_HttpFraming::stopsAtMessageEnd()
{
    // Two replies in one read (should never happen, the daemon does not pipeline): the parser
    // must stop after the first and leave the rest unconsumed.
    const QByteArray first = pingReply();
    const Parsed p = parse({first + pingReply()}, false);
    QVERIFY(p.complete);
    QCOMPARE(p.consumed, first.size());
}

void tst_HttpFraming::secondResponseAfterReset()
{
    HttpParser parser;
    QByteArray body;
    parser.onBody = [&body](QByteArrayView data) { body.append(data); };
    QVERIFY(parser.feed(pingReply()).has_value());
    QVERIFY(parser.isComplete());
    parser.reset();
    QVERIFY(!parser.isComplete());
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"_ba).has_value());
    QVERIFY(parser.isComplete());
    QCOMPARE(body, "OKabc"_ba);
}

void tst_HttpFraming::execFrames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("framed");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");

    QFile captured(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/docker/exec_start.raw"));
    QVERIFY(captured.open(QIODevice::ReadOnly));
    // Captured from dockerd 20.10: sh -c 'echo out; echo err >&2'.
    QTest::addRow("captured stdout + stderr") << captured.readAll() << true << "out\n"_ba << "err\n"_ba;
    // A zero-length frame is legal and must not desynchronise the decoder.
    QTest::addRow("empty frame") << "\x01\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\x01!"_ba << true << QByteArray() << "!"_ba;
    // Lengths above 255 use more than the last header byte.
    const QByteArray big(300, 'x');
    QTest::addRow("300-byte frame") << "\x01\0\0\0\0\0\x01\x2c"_ba + big << true << big << QByteArray();
    // Tty exec: no frames at all, everything is stdout.
    QTest::addRow("tty raw") << "\x01\0\0\0raw"_ba << false << "\x01\0\0\0raw"_ba << QByteArray();
}

void tst_HttpFraming::execFrames()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, framed);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    MultiplexedStreamDecoder decoder(framed);
    QByteArray gotOut, gotErr;
    decoder.onData = [&](MultiplexedStreamDecoder::Stream s, QByteArrayView d) {
        (s == MultiplexedStreamDecoder::Stream::Stderr ? gotErr : gotOut).append(d);
    };
    QVERIFY(decoder.feed(wire).has_value());
    QVERIFY(decoder.atFrameBoundary());
    QCOMPARE(gotOut, out);
    QCOMPARE(gotErr, err);
}

void tst_HttpFraming::execFramesSplitAtEveryByte()
{
    QFile captured(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/docker/exec_start.raw"));
    QVERIFY(captured.open(QIODevice::ReadOnly));
    const QByteArray wire = captured.readAll();
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        MultiplexedStreamDecoder decoder;
        QByteArray out, err;
        decoder.onData = [&](MultiplexedStreamDecoder::Stream s, QByteArrayView d) {
            (s == MultiplexedStreamDecoder::Stream::Stderr ? err : out).append(d);
        };
        QVERIFY(decoder.feed(QByteArrayView(wire).first(cut)).has_value());
        QVERIFY(decoder.feed(QByteArrayView(wire).sliced(cut)).has_value());
        QCOMPARE(out, "out\n"_ba);
        QCOMPARE(err, "err\n"_ba);
    }
    QVERIFY(MultiplexedStreamDecoder::isFramedMimeType("application/vnd.docker.multiplexed-stream"));
    QVERIFY(MultiplexedStreamDecoder::isFramedMimeType("application/vnd.docker.raw-stream"));
    QVERIFY(!MultiplexedStreamDecoder::isFramedMimeType("application/json"));
}

void tst_HttpFraming::execFramesBadHeader()
{
    // Stream id 7 does not exist: a TTY stream read as if it were framed, or garbage.
    MultiplexedStreamDecoder decoder;
    const Result<void> r = decoder.feed("\x07\0\0\0\0\0\0\x01x"_ba);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::ProtocolError);
}

void tst_HttpFraming::jsonLinesSplitAtEveryByte()
{
    QFile captured(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/docker/events.ndjson"));
    QVERIFY(captured.open(QIODevice::ReadOnly));
    const QByteArray wire = captured.readAll();
    const qsizetype lineCount = wire.count('\n');
    QVERIFY(lineCount > 5);
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        JsonLineSplitter splitter;
        QList<QByteArray> lines = splitter.feed(QByteArrayView(wire).first(cut)).value();
        lines += splitter.feed(QByteArrayView(wire).sliced(cut)).value();
        QCOMPARE(lines.size(), lineCount);
        QCOMPARE(splitter.pending(), 0);
        QVERIFY(lines.first().startsWith('{') && lines.last().endsWith('}'));
    }
}

void tst_HttpFraming::limits_data()
{
    QTest::addColumn<qint64>("headerLimit");
    QTest::addColumn<qint64>("bodyLimit");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("accepted");

    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"_ba;
    // exactly at the limits: accepted (status "OK" + 2 header lines of name + value + 4)
    QTest::addRow("body at the limit") << qint64(1024) << qint64(4)
                                       << QByteArray(head + "Content-Length: 4\r\n\r\n{}{}") << true;
    QTest::addRow("Content-Length past the limit") << qint64(1024) << qint64(4)
                                                   << QByteArray(head + "Content-Length: 5\r\n\r\n{}{} ") << false;
    // the same through chunks: counted as the body grows, no length announced
    QTest::addRow("chunked past the limit")
        << qint64(1024) << qint64(4)
        << QByteArray(head + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n") << false;
    QTest::addRow("close-delimited past the limit") << qint64(1024) << qint64(4)
                                                    << QByteArray(head + "\r\n12345") << false;
    QTest::addRow("no body limit (stream)") << qint64(1024) << qint64(-1)
                                            << QByteArray(head + "\r\n" + QByteArray(100000, 'x')) << true;
    QTest::addRow("one header too long") << qint64(64) << qint64(-1)
                                         << QByteArray(head + "X: " + QByteArray(64, 'a') + "\r\n\r\n") << false;
    // many empty-valued headers add up (each counts its separators)
    QByteArray many = head;
    for (int i = 0; i < 20; ++i)
        many += "X:\r\n";
    QTest::addRow("many tiny headers") << qint64(64) << qint64(-1) << QByteArray(many + "\r\n") << false;
}

void tst_HttpFraming::limits()
{
    QFETCH(qint64, headerLimit);
    QFETCH(qint64, bodyLimit);
    QFETCH(QByteArray, wire);
    QFETCH(bool, accepted);
    // Whole, and byte by byte: a limit must not depend on how the bytes arrive.
    for (const qsizetype step : {wire.size(), qsizetype(1)}) {
        HttpParser parser;
        parser.setHeaderLimit(headerLimit);
        parser.setBodyLimit(bodyLimit);
        std::optional<Error> error;
        for (qsizetype i = 0; i < wire.size() && !error && !parser.isComplete(); i += step) {
            const Result<qsizetype> r = parser.feed(QByteArrayView(wire).sliced(i, qMin(step, wire.size() - i)));
            if (!r)
                error = r.error();
        }
        if (!error && !parser.isComplete()) {
            const Result<void> end = parser.finish();
            if (!end)
                error = end.error();
        }
        QVERIFY2(accepted == !error.has_value(), error ? qPrintable(error->detail) : "accepted");
        if (error) {
            QCOMPARE(error->code, ErrorCode::ProtocolError);
            QVERIFY2(error->detail.contains(u"exceed"_s), qPrintable(error->detail));
        }
    }
}

void tst_HttpFraming::jsonLineLimit_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<int>("linesBeforeError");
    QTest::addColumn<bool>("fails");
    // limit 8 bytes
    QTest::addRow("line at the limit") << QList<QByteArray>{"12345678\n"} << 1 << false;
    QTest::addRow("line past the limit in one piece") << QList<QByteArray>{"{}\n123456789\n"} << 0 << true;
    QTest::addRow("no newline, ever") << QList<QByteArray>{"1234", "5678", "9"} << 0 << true;
    QTest::addRow("short lines forever") << QList<QByteArray>{"1\n2\n", "3\n", "45678\n"} << 4 << false;
}

void tst_HttpFraming::jsonLineLimit()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(int, linesBeforeError);
    QFETCH(bool, fails);
    JsonLineSplitter splitter(8);
    int lines = 0;
    std::optional<Error> error;
    for (const QByteArray &piece : pieces) {
        const Result<QList<QByteArray>> r = splitter.feed(piece);
        if (!r) {
            error = r.error();
            break;
        }
        lines += int(r->size());
    }
    QCOMPARE(lines, linesBeforeError);
    QCOMPARE(error.has_value(), fails);
    if (error) {
        QCOMPARE(error->code, ErrorCode::ProtocolError);
        // broken for good: what follows is not taken for the start of a line
        QVERIFY(!splitter.feed("{}\n"));
    }
}

QTEST_GUILESS_MAIN(tst_HttpFraming)
#include "tst_httpframing.moc"
