// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hostfacts/privileges.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dockscope::hostfacts {

using namespace Qt::StringLiterals;
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

constexpr quint64 bit(int cap)
{
    return quint64(1) << cap;
}

/// The capabilities the helper keeps: read any file and directory; inspect any process.
constexpr quint64 s_kept = bit(CAP_DAC_READ_SEARCH) | bit(CAP_SYS_PTRACE);

/// Whether becomeCaller() succeeded (the kept capabilities are in the permitted set).
bool s_keepsCapabilities = false;

Error failure(const QString &what)
{
    return Error{ErrorCode::PermissionDenied, what};
}

Error errnoFailure(const char *call)
{
    return failure(QLatin1StringView(call) + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
}

struct CapSets
{
    quint64 effective = 0;
    quint64 permitted = 0;
    quint64 inheritable = 0;
};

bool capGet(CapSets *sets)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    sets->effective = data[0].effective | (quint64(data[1].effective) << 32);
    sets->permitted = data[0].permitted | (quint64(data[1].permitted) << 32);
    sets->inheritable = data[0].inheritable | (quint64(data[1].inheritable) << 32);
    return true;
}

bool capSet(const CapSets &sets)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    data[0].effective = quint32(sets.effective);
    data[1].effective = quint32(sets.effective >> 32);
    data[0].permitted = quint32(sets.permitted);
    data[1].permitted = quint32(sets.permitted >> 32);
    data[0].inheritable = quint32(sets.inheritable);
    data[1].inheritable = quint32(sets.inheritable >> 32);
    return ::syscall(SYS_capset, &header, data) == 0;
}

/// The highest capability this kernel knows (PR_CAPBSET_READ fails past it).
int lastCapability()
{
    int cap = 0;
    while (cap < 63 && ::prctl(PR_CAPBSET_READ, cap + 1, 0, 0, 0) >= 0)
        ++cap;
    return cap;
}

struct Account
{
    QByteArray name;
    gid_t gid = 0;
};

std::optional<Account> accountOf(uid_t uid)
{
    std::vector<char> buffer(16384);
    for (;;) {
        passwd entry{};
        passwd *found = nullptr;
        const int err = ::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found);
        if (err == ERANGE && buffer.size() < 1024 * 1024) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        if (err != 0 || !found)
            return std::nullopt;
        return Account{QByteArray(found->pw_name), found->pw_gid};
    }
}

} // namespace

Result<void> closeInheritedDescriptors()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) < 0)
            return failure(u"descriptor %1 is not open"_s.arg(fd));
    }
#if defined(SYS_close_range)
    if (::syscall(SYS_close_range, 3U, ~0U, 0U) == 0)
        return {};
#endif
    // Kernels before 5.9: every possible number.
    const long max = std::min<long>(::sysconf(_SC_OPEN_MAX), 1 << 20);
    for (long fd = 3; fd < max; ++fd)
        ::close(int(fd));
    return {};
}

Result<void> forbidNewPrivileges()
{
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return errnoFailure("prctl(PR_SET_NO_NEW_PRIVS)");
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return errnoFailure("prctl(PR_SET_DUMPABLE)");
    return {};
}

QByteArray userNameOf(uid_t uid)
{
    const std::optional<Account> account = accountOf(uid);
    return account ? account->name : QByteArray();
}

Result<void> becomeCaller(uid_t uid, QByteArray *userName)
{
    const std::optional<Account> account = accountOf(uid);
    if (!account)
        return failure(u"uid %1 has no passwd entry"_s.arg(uid));
    *userName = account->name;
    const gid_t gid = account->gid;

    // The caller's supplementary groups (the docker group among them), as login would set them.
    std::vector<gid_t> groups(64);
    for (;;) {
        int count = int(groups.size());
        if (::getgrouplist(account->name.constData(), gid, groups.data(), &count) >= 0) {
            groups.resize(size_t(count));
            break;
        }
        if (count <= int(groups.size()) || count > 65536)
            return failure(u"getgrouplist failed for uid %1"_s.arg(uid));
        groups.resize(size_t(count));
    }
    if (::setgroups(groups.size(), groups.data()) != 0)
        return errnoFailure("setgroups");

    // Everything but the kept capabilities leaves the bounding set (needs CAP_SETPCAP: before
    // the uid changes), and the ambient set is emptied.
    const int last = lastCapability();
    for (int cap = 0; cap <= last; ++cap) {
        if (!(s_kept & bit(cap)) && ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0)
            return errnoFailure("prctl(PR_CAPBSET_DROP)");
    }
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL)
        return errnoFailure("prctl(PR_CAP_AMBIENT_CLEAR_ALL)");

    // Keep the permitted set across the uid change, then narrow it to the two.
    if (::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) != 0)
        return errnoFailure("prctl(PR_SET_KEEPCAPS)");
    if (::setresgid(gid, gid, gid) != 0)
        return errnoFailure("setresgid");
    if (::setresuid(uid, uid, uid) != 0)
        return errnoFailure("setresuid");
    if (!capSet(CapSets{s_kept, s_kept, 0}))
        return errnoFailure("capset");
    if (::prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) != 0)
        return errnoFailure("prctl(PR_SET_KEEPCAPS, 0)");
    // The credentials changed: make sure the caller cannot ptrace or read /proc/<helper>/mem.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return errnoFailure("prctl(PR_SET_DUMPABLE)");

    // Verify, not trust: every id is the caller's, the capability sets hold exactly the two,
    // and root cannot come back.
    uid_t ru = 0, eu = 0, su = 0;
    gid_t rg = 0, eg = 0, sg = 0;
    if (::getresuid(&ru, &eu, &su) != 0 || ru != uid || eu != uid || su != uid)
        return failure(u"getresuid: the uids are not all %1"_s.arg(uid));
    if (::getresgid(&rg, &eg, &sg) != 0 || rg != gid || eg != gid || sg != gid)
        return failure(u"getresgid: the gids are not all %1"_s.arg(gid));
    CapSets sets;
    if (!capGet(&sets))
        return errnoFailure("capget");
    if (sets.effective != s_kept || sets.permitted != s_kept || sets.inheritable != 0)
        return failure(u"capget: effective %1, permitted %2, inheritable %3 instead of %4 only"_s
                           .arg(sets.effective, 0, 16).arg(sets.permitted, 0, 16).arg(sets.inheritable, 0, 16)
                           .arg(s_kept, 0, 16));
    for (int cap = 0; cap <= last; ++cap) {
        const bool bounded = ::prctl(PR_CAPBSET_READ, cap, 0, 0, 0) == 1;
        if (bounded != bool(s_kept & bit(cap)))
            return failure(u"capability %1 is still in the bounding set"_s.arg(cap));
    }
    if (::prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
        return failure(u"no_new_privs is not set"_s);
    if (uid != 0 && ::setresuid(0, 0, 0) == 0)
        return failure(u"setresuid(0) succeeded after the drop"_s);
    s_keepsCapabilities = true;
    return {};
}

Result<void> dropAllCapabilities()
{
    if (!capSet(CapSets{}))
        return errnoFailure("capset");
    CapSets sets;
    if (!capGet(&sets))
        return errnoFailure("capget");
    if (sets.effective || sets.permitted || sets.inheritable)
        return failure(u"capabilities remain after capset"_s);
    s_keepsCapabilities = false;
    return {};
}

Result<void> setCapabilitiesEffective(bool effective)
{
    if (!s_keepsCapabilities)
        return {};
    if (!capSet(CapSets{effective ? s_kept : 0, s_kept, 0}))
        return errnoFailure("capset");
    return {};
}

} // namespace dockscope::hostfacts
