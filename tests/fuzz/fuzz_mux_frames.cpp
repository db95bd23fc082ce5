// SPDX-License-Identifier: GPL-3.0-or-later
// MultiplexedStreamDecoder (core/docker/multiplexedstreamdecoder.h): the 8-byte frame headers of
// exec and logs streams. The same bytes decoded in one feed() and in small pieces must give the
// same stdout/stderr bytes and the same error; unframed (TTY) streams pass through unchanged.

#include "fuzzcommon.h"

#include "core/docker/multiplexedstreamdecoder.h"

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

QByteArray decode(QByteArrayView data, qsizetype piece, bool framed)
{
    QByteArray trace;
    int last = -1;
    qsizetype delivered = 0;
    MultiplexedStreamDecoder decoder(framed);
    decoder.onData = [&](MultiplexedStreamDecoder::Stream stream, QByteArrayView payload) {
        delivered += payload.size();
        if (payload.isEmpty())
            return;
        // Consecutive pieces of one stream are merged: a split frame arrives in parts.
        if (int(stream) != last) {
            trace += "\n[" + QByteArray::number(int(stream)) + "] ";
            last = int(stream);
        }
        trace += payload;
    };
    int errorCode = 0;
    const bool fedAll = feedInPieces(data, piece, [&](QByteArrayView chunk) {
        const Result<void> fed = decoder.feed(chunk);
        if (!fed)
            errorCode = int(fed.error().code);
        return bool(fed);
    });
    if (!fedAll)
        return trace + "\nE " + QByteArray::number(errorCode);
    DOCKSCOPE_FUZZ_CHECK(delivered <= data.size());
    return trace + (decoder.atFrameBoundary() ? "\nboundary" : "\nmid-frame");
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    const auto framed = wholeAndInPieces(data, [](QByteArrayView d, qsizetype piece) {
        return decode(d, piece, true);
    });
    if (framed.whole != framed.pieces)
        fail("framed decoding depends on how the bytes were split");
    const QByteArray raw = decode(data, pieceSize(data), false);
    const QByteArray expected = data.isEmpty() ? QByteArray("\nboundary")
                                               : "\n[1] " + data.toByteArray() + "\nboundary";
    DOCKSCOPE_FUZZ_CHECK(raw == expected);
    // The Content-Type check sees the first line of the input as a media type.
    const qsizetype eol = data.indexOf('\n');
    (void)MultiplexedStreamDecoder::isFramedMimeType(eol < 0 ? data : data.first(eol));
    return 0;
}
