// SPDX-License-Identifier: GPL-3.0-or-later
// DaemonConfig (core/audit/daemonconfig.h): dockerd's command line (/proc/<pid>/cmdline, NUL-
// separated arguments) and its daemon.json, merged as the audit reads them. An input is
//   CMDLINE [ "\0\0\0" DAEMON_JSON ]
// (three NULs never occur in a real cmdline: an empty argument is one NUL pair at most).
// Every key the checks look up is then read back in every form.

#include "fuzzcommon.h"

#include "core/audit/daemonconfig.h"

#include <QJsonObject>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

// The daemon.json keys of the flags DaemonConfig knows, plus ones only the file can set.
const char *const s_keys[] = {
    "icc", "iptables", "ip-forward", "ip-masq", "ipv6", "live-restore", "userland-proxy",
    "no-new-privileges", "tls", "tlsverify", "debug", "experimental", "selinux-enabled", "init",
    "raw-logs", "rootless", "hosts", "storage-opts", "insecure-registries",
    "authorization-plugins", "default-ulimits", "log-opts", "labels", "dns", "log-level",
    "tlscacert", "tlscert", "tlskey", "cgroup-parent", "seccomp-profile", "userns-remap",
    "data-root", "exec-root", "config-file", "containerd", "log-driver", "group", "pidfile",
    "storage-driver", "bridge", "default-cgroupns-mode", "registry-mirrors", "",
};

QStringList splitCmdline(const QByteArray &cmdline)
{
    QStringList argv;
    for (const QByteArray &arg : cmdline.split('\0'))
        argv.append(QString::fromLocal8Bit(arg));
    // The kernel ends the last argument with a NUL too.
    if (!argv.isEmpty() && argv.constLast().isEmpty())
        argv.removeLast();
    return argv;
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray input = view(bytes, size).toByteArray();
    static const QByteArray separator("\0\0\0", 3);
    const qsizetype cut = input.indexOf(separator);
    const QByteArray cmdline = cut < 0 ? input : input.left(cut);
    const QByteArray daemonJson = cut < 0 ? QByteArray() : input.mid(cut + separator.size());
    const QStringList argv = splitCmdline(cmdline);

    (void)DaemonConfig::parseArgv(argv);
    const DaemonConfig config = DaemonConfig::fromParts(argv, daemonJson);
    (void)config.configPath();
    for (const char *key : s_keys) {
        const DaemonConfig::Setting s = config.setting(QString::fromLatin1(key));
        (void)s.boolValue(false);
        (void)s.boolValue(true);
        (void)s.stringValue();
        (void)s.listValue();
    }
    // Only the file, as for a daemon whose command line could not be read.
    const DaemonConfig fileOnly = DaemonConfig::fromParts({}, input);
    for (const char *key : s_keys)
        (void)fileOnly.setting(QString::fromLatin1(key)).listValue();
    return 0;
}
