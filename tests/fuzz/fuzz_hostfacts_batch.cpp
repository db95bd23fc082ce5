// SPDX-License-Identifier: GPL-3.0-or-later
// HostFactsProtocol::takeBatch (core/remote/hostfactsprotocol.h): the request batches that
// dockscope-hostfacts, the polkit-authorised helper, reads on its stdin, i.e. bytes from whoever
// started it. Batches are taken from the input until it fails or runs out, once whole and once
// fed in pieces: both must give the same batches and the same end. Every batch must keep the
// limits (requests, path bytes, absolute paths without NUL), and its encoding must be exactly the
// bytes it was taken from (one spelling per batch). takeAnswer runs on the same bytes.

#include "fuzzcommon.h"

#include "core/remote/hostfactsprotocol.h"

#include <QFile>

using namespace dockscope::core;
using namespace dockscope::fuzz;
namespace Protocol = dockscope::core::HostFactsProtocol;

namespace {

struct Taken
{
    QList<QByteArray> batches;  ///< each batch re-encoded
    bool failed = false;
    QByteArray rest;
};

bool operator==(const Taken &a, const Taken &b)
{
    // After a failure the pieces run stopped feeding: only a clean end leaves the same rest.
    return a.batches == b.batches && a.failed == b.failed && (a.failed || a.rest == b.rest);
}

void checkBatch(const Protocol::Batch &batch, QByteArrayView consumed)
{
    DOCKSCOPE_FUZZ_CHECK(batch.requests.size() <= Protocol::s_maxRequests);
    DOCKSCOPE_FUZZ_CHECK(consumed.size() <= Protocol::s_maxBatchBytes);
    const auto pathOk = [](const QString &path) {
        const QByteArray bytes = QFile::encodeName(path);
        return !bytes.isEmpty() && bytes.size() <= Protocol::s_maxPathBytes && bytes.startsWith('/')
            && !bytes.contains('\0');
    };
    DOCKSCOPE_FUZZ_CHECK(pathOk(batch.daemonSocket));
    for (const SshBatch::Request &r : batch.requests) {
        DOCKSCOPE_FUZZ_CHECK(pathOk(r.path));
        DOCKSCOPE_FUZZ_CHECK(!r.linksOnly || r.withContents);
    }
    const Result<QByteArray> again = Protocol::encodeBatch(batch);
    DOCKSCOPE_FUZZ_CHECK(again.has_value());
    DOCKSCOPE_FUZZ_CHECK(QByteArrayView(*again) == consumed);
}

/// Takes batches from data fed `piece` bytes at a time, as the helper reads its stdin.
Taken takeAll(QByteArrayView data, qsizetype piece)
{
    Taken taken;
    QByteArray buffer;
    feedInPieces(data, piece, [&](QByteArrayView bytes) {
        buffer.append(bytes);
        for (;;) {
            const QByteArray before = buffer;
            Result<std::optional<Protocol::Batch>> batch = Protocol::takeBatch(&buffer);
            if (!batch) {
                DOCKSCOPE_FUZZ_CHECK(batch.error().code == ErrorCode::ProtocolError);
                DOCKSCOPE_FUZZ_CHECK(buffer == before);
                taken.failed = true;
                return false;
            }
            if (!batch->has_value()) {
                // Not yet: the buffer is left alone, and it never holds a whole batch's worth.
                DOCKSCOPE_FUZZ_CHECK(buffer == before);
                DOCKSCOPE_FUZZ_CHECK(buffer.size() < Protocol::s_maxBatchBytes);
                return true;
            }
            const qsizetype consumed = before.size() - buffer.size();
            DOCKSCOPE_FUZZ_CHECK(consumed > 0 && before.endsWith(buffer));
            checkBatch(**batch, QByteArrayView(before).first(consumed));
            taken.batches.append(*Protocol::encodeBatch(**batch));
        }
    });
    taken.rest = buffer;
    return taken;
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    const auto runs =
        wholeAndInPieces(data, [](QByteArrayView d, qsizetype piece) { return takeAll(d, piece); });
    // A batch is decided by its own bytes: however the input was split, the same batches come
    // out and it ends the same way.
    DOCKSCOPE_FUZZ_CHECK(runs.whole == runs.pieces);

    // The client's side on the same bytes: an answer never exceeds its limit.
    QByteArray buffer = data.toByteArray();
    for (int i = 0; i < 64; ++i) {
        Result<std::optional<QByteArray>> answer = Protocol::takeAnswer(&buffer, 4096);
        if (!answer || !answer->has_value())
            break;
        DOCKSCOPE_FUZZ_CHECK((*answer)->size() <= 4096);
    }
    return 0;
}
