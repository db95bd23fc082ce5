// SPDX-License-Identifier: GPL-3.0-or-later
// SshBatch::parse (core/remote/sshbatch.h): the stdout of the remote read-only batch script, i.e.
// bytes from the remote host. The requests are those of the capture the corpus starts from (the
// script run with sh over a fixture tree, see README.md); every record must be dropped or
// parsed without crashing, and only requested paths (or entries of requested "with contents"
// directories) may come back.
//
// With DOCKSCOPE_FUZZ_PRINT_STDIN set, prints SshBatch::standardInput() for those requests and
// exits: `fuzz_ssh_batch | sh -s` is how the seed was captured.

#include "fuzzcommon.h"

#include "core/remote/sshbatch.h"

#include <cstdlib>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

const QList<SshBatch::Request> &requests()
{
    static const QList<SshBatch::Request> list{
        {QStringLiteral("/tmp/dsfix/hostname"), false},
        {QStringLiteral("/tmp/dsfix/cg"), true},
        {QStringLiteral("/tmp/dsfix/link"), false},
        {QStringLiteral("/tmp/dsfix/missing"), false},
        {QStringLiteral("/proc/1/ns/net"), false},
        {QStringLiteral("/tmp/dsfix/dir"), false},
        {QStringLiteral("/proc/self/attr/current"), false},
        {QStringLiteral("/tmp/dsfix/empty"), false},
        {QStringLiteral("/tmp/dsfix/odd name\n'quoted'"), false},
    };
    return list;
}

bool requested(const QString &path)
{
    for (const SshBatch::Request &r : requests()) {
        if (path == r.path || (r.withContents && path.startsWith(r.path + QLatin1Char('/'))))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietQt();
    if (std::getenv("DOCKSCOPE_FUZZ_PRINT_STDIN")) {
        const Result<QByteArray> input = SshBatch::standardInput(requests());
        if (!input)
            fail("standardInput() refused the requests");
        std::fwrite(input->constData(), 1, size_t(input->size()), stdout);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray output = view(bytes, size).toByteArray();
    QStringList problems;
    const QHash<QString, SshBatch::Entry> entries = SshBatch::parse(output, requests(), &problems);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        DOCKSCOPE_FUZZ_CHECK(requested(it.key()));
        const SshBatch::Entry &e = it.value();
        if (e.stat && e.stat->has_value()) {
            (void)e.stat->value().isDir();
            (void)e.stat->value().isRegularFile();
        }
    }
    (void)SshBatch::parse(output, requests());
    // The errno names of the input's first line, as the script reports them.
    const qsizetype eol = output.indexOf('\n');
    (void)SshBatch::errnoError(output.left(eol < 0 ? 64 : qMin<qsizetype>(eol, 64)), QStringLiteral("/x"));
    return 0;
}
