// SPDX-License-Identifier: GPL-3.0-or-later
// JsonLineSplitter (core/docker/jsonlinesplitter.h): the newline-delimited JSON of the stats and
// events streams. Fed in one piece and in small pieces, it must give the same lines and the same
// unfinished tail; every line that is a JSON object then goes through the conversions the
// streams apply (json::statsSample, json::dockerEvent).

#include "fuzzcommon.h"

#include "core/docker/jsonlinesplitter.h"
#include "core/docker/jsonparse.h"

#include <QJsonObject>
#include <QObject>

#include <type_traits>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

// feed() returns the lines, or (with a line-length limit) a Result of them: accept both.
[[maybe_unused]] bool takeLines(QList<QByteArray> lines, QList<QByteArray> *out)
{
    *out += lines;
    return true;
}

template<class R>
bool takeLines(const R &result, QList<QByteArray> *out)
{
    if (!result.has_value())
        return false;
    *out += result.value();
    return true;
}

struct Split
{
    QList<QByteArray> lines;
    qsizetype pending = 0;
    bool failed = false;
};

Split split(QByteArrayView data, qsizetype piece)
{
    Split s;
    JsonLineSplitter splitter;
    s.failed = !feedInPieces(data, piece, [&](QByteArrayView chunk) {
        return takeLines(splitter.feed(chunk), &s.lines);
    });
    s.pending = splitter.pending();
    return s;
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data = view(bytes, size);
    const auto [whole, pieces] = wholeAndInPieces(data, split);
    if (!whole.failed && !pieces.failed) {
        DOCKSCOPE_FUZZ_CHECK(whole.lines == pieces.lines);
        DOCKSCOPE_FUZZ_CHECK(whole.pending == pieces.pending);
    }
    for (const QByteArray &line : whole.lines) {
        DOCKSCOPE_FUZZ_CHECK(!line.isEmpty() && !line.contains('\n'));
    }

    // What StatsStream and EventStream do with each chunk.
    QObject owner;
    JsonLineSplitter splitter;
    int objects = 0;
    feedInPieces(data, 64, [&](QByteArrayView chunk) {
        (void)splitter.deliverObjects(chunk, &owner, "fuzz", [&](const QJsonObject &object) {
            ++objects;
            (void)json::statsSample(object);
            (void)json::dockerEvent(object);
        });
        return true;
    });
    DOCKSCOPE_FUZZ_CHECK(objects <= whole.lines.size() || whole.failed);
    return 0;
}
