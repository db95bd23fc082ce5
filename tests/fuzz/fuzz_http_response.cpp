// SPDX-License-Identifier: GPL-3.0-or-later
// HttpParser (core/docker/httpparser.h) over arbitrary bytes, with whichever backend the build
// found (http-parser on Debian 12, llhttp on Debian 13). Each input is a byte stream from the
// daemon: one or more pipelined responses, parsed as HttpConnection does (reset() after each
// complete one, finish() at the end). The stream is parsed twice, in one feed() and in small
// pieces, and both runs must report the same heads, bodies, completions and errors.

#include "fuzzcommon.h"

#include "core/docker/httpparser.h"

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

/// At most this many responses per input: enough for pipelining, bounded for speed.
constexpr int s_maxMessages = 16;

QByteArray parse(QByteArrayView data, qsizetype piece)
{
    QByteArray trace;
    QByteArray body;
    HttpParser parser;
    parser.onHead = [&](const HttpResponseHead &head) {
        trace += "H " + QByteArray::number(head.status) + (head.keepAlive ? " keep" : " close")
            + (head.chunked ? " chunked\n" : "\n");
        for (const auto &[name, value] : head.headers)
            trace += name + ": " + value + '\n';
        trace += "type " + head.mimeType() + " length " + head.header("content-length") + '\n';
        DOCKSCOPE_FUZZ_CHECK(parser.hasHead());
    };
    parser.onBody = [&](QByteArrayView bytes) { body += bytes; };
    parser.onComplete = [&]() {
        trace += "B " + QByteArray::number(body.size()) + '\n' + body + "\nC\n";
        body.clear();
    };

    qsizetype pos = 0;
    int messages = 0;
    while (pos < data.size()) {
        const qsizetype n = qMin(piece, data.size() - pos);
        const Result<qsizetype> consumed = parser.feed(data.sliced(pos, n));
        if (!consumed) {
            trace += "E " + QByteArray::number(int(consumed.error().code)) + '\n';
            return trace;
        }
        DOCKSCOPE_FUZZ_CHECK(*consumed >= 0 && *consumed <= n);
        // Fewer bytes than offered only when a message completed (the next one's bytes stay).
        DOCKSCOPE_FUZZ_CHECK(*consumed == n || parser.isComplete());
        DOCKSCOPE_FUZZ_CHECK(*consumed == 0 || parser.hasStarted() || parser.isComplete());
        pos += *consumed;
        if (parser.isComplete()) {
            if (++messages >= s_maxMessages)
                return trace + "M\n";
            parser.reset();
            DOCKSCOPE_FUZZ_CHECK(!parser.isComplete() && !parser.hasHead());
        }
    }
    const Result<void> finished = parser.finish();
    trace += finished ? QByteArray("F ok\n") : "F " + QByteArray::number(int(finished.error().code)) + '\n';
    return trace;
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    const auto [whole, pieces] = wholeAndInPieces(data, parse);
    if (whole != pieces) {
        std::fprintf(stderr, "--- one feed:\n%s\n--- pieces of %lld:\n%s\n", whole.constData(),
                     qlonglong(pieceSize(data)), pieces.constData());
        fail("the parse depends on how the bytes were split");
    }
    return 0;
}
