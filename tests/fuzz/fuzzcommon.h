// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp): quiet logging, a hard failure for
// broken invariants, and feeding a stream in pieces (once whole, once split, to compare).

#include <QByteArray>
#include <QByteArrayView>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

namespace dockscope::fuzz {

/// Logging would dominate the run time (every malformed line is logged) and flood the output;
/// qFatal still aborts, which libFuzzer reports as a crash.
inline void quietQt()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"));
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
}

/// LLVMFuzzerInitialize for a target that needs nothing but quietQt(); a target with more to set
/// up defines its own and calls quietQt() first.
#define DOCKSCOPE_FUZZ_QUIET_INITIALIZE()                                                          \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        ::dockscope::fuzz::quietQt();                                                              \
        return 0;                                                                                  \
    }

/// A broken invariant is a finding like a crash: print why and abort (libFuzzer saves the input).
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

#define DOCKSCOPE_FUZZ_CHECK(condition)                                                            \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::dockscope::fuzz::fail(#condition " (" __FILE__ ":" QT_STRINGIFY(__LINE__) ")");     \
    } while (false)

inline QByteArrayView view(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The size of the pieces a stream is fed in, as a function of the input so that the fuzzer
/// explores it too. Transports split replies anywhere, and the parsers must give the same result
/// for every split. Short inputs go byte by byte (a third of them) or in 2..17-byte pieces; long
/// ones in at most ~128 pieces, so that an input costs about the same whatever its length.
inline qsizetype pieceSize(QByteArrayView data)
{
    const qsizetype base = qMax<qsizetype>(1, data.size() / 128);
    if (data.size() % 3 == 0)
        return base;
    return base + 1 + data.size() % 16;
}

/// Calls feed(QByteArrayView) with consecutive pieces of `data`, `piece` bytes each (the last one
/// may be shorter), until it returns false. Returns whether every piece was fed.
template<class Feed>
bool feedInPieces(QByteArrayView data, qsizetype piece, Feed &&feed)
{
    for (qsizetype pos = 0; pos < data.size(); pos += piece) {
        if (!feed(data.sliced(pos, qMin(piece, data.size() - pos))))
            return false;
    }
    return true;
}

/// What run(data, piece) gave for the whole input in one piece, and in pieceSize() pieces.
template<class R>
struct SplitRuns
{
    R whole;
    R pieces;
};

/// Runs a parse of `data` (run(QByteArrayView, qsizetype piece)) twice: in one piece, then split
/// as pieceSize() says. A parser must not care how its input was split.
template<class Run>
auto wholeAndInPieces(QByteArrayView data, Run &&run)
{
    using R = std::invoke_result_t<Run &, QByteArrayView, qsizetype>;
    // Braces: the whole run comes first.
    return SplitRuns<R>{run(data, qMax<qsizetype>(data.size(), 1)), run(data, pieceSize(data))};
}

} // namespace dockscope::fuzz
