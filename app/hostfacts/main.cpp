// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope-hostfacts: the read-only host-facts helper that polkit authorises (issue 17).
//
//   pkexec /usr/libexec/dockscope/dockscope-hostfacts       (the caller is PKEXEC_UID)
//   dockscope-hostfacts --caller-uid UID                    (as root: tests, administrators)
//
// Reads request batches on stdin and writes answers on stdout (core/remote/hostfactsprotocol.h)
// until stdin closes. Before it reads anything it becomes the caller, keeping only the right to
// read files and other users' /proc entries (privileges.h); it serves only the allow-list of
// hostfactspolicy.h. Exit status: 0 stdin closed, 1 stdout or stdin failed, 2 misuse, 3 the
// privileges could not be dropped, 4 the input is not the protocol.

#include "app/hostfacts/daemoncontainers.h"
#include "app/hostfacts/hostfactspolicy.h"
#include "app/hostfacts/privileges.h"
#include "app/hostfacts/recordwriter.h"

#include "core/facts/hostfs.h"
#include "core/remote/hostfactsprotocol.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace dockscope;
using namespace dockscope::hostfacts;

namespace {

enum ExitCode { ExitOk = 0, ExitIo = 1, ExitMisuse = 2, ExitPrivileges = 3, ExitProtocol = 4 };

/// The most bytes of /etc/subuid that are read.
constexpr qsizetype s_maxSubuidBytes = 64 * 1024;

[[noreturn]] void die(ExitCode code, const QByteArray &message)
{
    std::fprintf(stderr, "dockscope-hostfacts: %s\n", message.constData());
    std::exit(code);
}

QByteArray local(const QString &text)
{
    return text.toLocal8Bit();
}

/// A uid as decimal digits (no sign, at most 10 digits, not (uid_t)-1).
std::optional<uid_t> parseUid(const char *text)
{
    const QByteArray s(text);
    const bool digits = std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (s.isEmpty() || s.size() > 10 || !digits || (s.size() > 1 && s.startsWith('0')))
        return std::nullopt;
    const quint64 value = s.toULongLong();
    if (value >= 0xffffffffULL)
        return std::nullopt;
    return uid_t(value);
}

/// Who the helper works for: PKEXEC_UID under pkexec, --caller-uid for root, else itself.
uid_t callerUid(int argc, char **argv)
{
    std::optional<uid_t> requested;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--caller-uid") == 0 && i + 1 < argc && !requested) {
            requested = parseUid(argv[++i]);
            if (!requested)
                die(ExitMisuse, "--caller-uid needs a numeric uid");
        } else {
            die(ExitMisuse, QByteArray("unknown argument ") + argv[i]
                                + "; usage: pkexec dockscope-hostfacts, or as root: "
                                  "dockscope-hostfacts --caller-uid UID");
        }
    }
    if (::getuid() != ::geteuid() || ::getgid() != ::getegid())
        die(ExitMisuse, "refusing to run set-uid or set-gid: install it without those bits "
                        "and run it through pkexec");
    if (::getuid() != 0) {
        if (requested && *requested != ::getuid())
            die(ExitMisuse, "--caller-uid may name only yourself unless run as root");
        return ::getuid();
    }
    if (const char *pkexec = std::getenv("PKEXEC_UID")) {
        // Under pkexec the arguments are the caller's own words: they may not choose whom the
        // helper works for.
        if (requested)
            die(ExitMisuse, "--caller-uid is not accepted under pkexec");
        const std::optional<uid_t> uid = parseUid(pkexec);
        if (!uid)
            die(ExitMisuse, "PKEXEC_UID is not a uid");
        return *uid;
    }
    if (!requested)
        die(ExitMisuse, "run through pkexec, or as root with --caller-uid UID");
    return *requested;
}

/// /etc/subuid, at most s_maxSubuidBytes (a larger file is ignored: no subordinate uids).
QByteArray readSubuid()
{
    const int fd = ::open("/etc/subuid", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return {};
    QByteArray text;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, n);
        if (text.size() > s_maxSubuidBytes) {
            std::fprintf(stderr, "dockscope-hostfacts: /etc/subuid is larger than %lld bytes; ignoring it\n",
                         static_cast<long long>(s_maxSubuidBytes));
            text.clear();
            break;
        }
    }
    ::close(fd);
    return text;
}

bool writeAll(const QByteArray &data)
{
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(STDOUT_FILENO, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QByteArray answer(HostFactsPolicy &policy, const core::HostFactsProtocol::Batch &batch)
{
    policy.beginBatch(batch.daemonSocket);
    RecordWriter writer;
    for (const core::SshBatch::Request &request : batch.requests) {
        const HostFactsPolicy::Decision decision = policy.decide(request);
        writer.write(request, decision.serve);
        // The pid was checked, then read: if another process has it now, what was read is not
        // about the process that was checked.
        if (!policy.stillSame(decision))
            writer.replaceLast("ESRCH");
    }
    return core::HostFactsProtocol::encodeAnswer(writer.finish());
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    if (core::Result<void> fds = closeInheritedDescriptors(); !fds)
        die(ExitMisuse, local(fds.error().detail));
    const uid_t caller = callerUid(argc, argv);
    if (core::Result<void> nnp = forbidNewPrivileges(); !nnp)
        die(ExitPrivileges, "cannot drop privileges: " + local(nnp.error().detail));

    QByteArray userName;
    if (::getuid() == 0 && caller != 0) {
        if (core::Result<void> dropped = becomeCaller(caller, &userName); !dropped)
            die(ExitPrivileges, "cannot drop privileges: " + local(dropped.error().detail));
    } else {
        userName = userNameOf(caller);
        if (::getuid() != 0) {
            if (core::Result<void> dropped = dropAllCapabilities(); !dropped)
                die(ExitPrivileges, "cannot drop capabilities: " + local(dropped.error().detail));
        }
    }

    Caller who;
    who.uid = caller;
    who.subordinateUids = parseSubordinateIds(readSubuid(), QString::fromLocal8Bit(userName), caller);

    const core::LocalHostFs fs;
    LocalDaemonSource source(fs, [](const std::function<void()> &work) {
        // The daemon's socket is stat'ed and connected to with the caller's own permissions.
        if (core::Result<void> lowered = setCapabilitiesEffective(false); !lowered)
            die(ExitPrivileges, "cannot lower capabilities: " + local(lowered.error().detail));
        work();
        if (core::Result<void> raised = setCapabilitiesEffective(true); !raised)
            die(ExitPrivileges, "cannot raise capabilities: " + local(raised.error().detail));
    });
    HostFactsPolicy policy(fs, source, who);

    QByteArray input;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            die(ExitIo, QByteArray("reading stdin: ") + std::strerror(errno));
        if (n == 0) {
            if (!input.isEmpty())
                die(ExitProtocol, "stdin closed inside a request batch");
            return ExitOk;
        }
        input.append(buffer, n);
        for (;;) {
            core::Result<std::optional<core::HostFactsProtocol::Batch>> batch =
                core::HostFactsProtocol::takeBatch(&input);
            if (!batch)
                die(ExitProtocol, "protocol error: " + local(batch.error().detail));
            if (!batch->has_value())
                break;
            if (!writeAll(answer(policy, **batch)))
                die(ExitIo, QByteArray("writing stdout: ") + std::strerror(errno));
        }
    }
}
