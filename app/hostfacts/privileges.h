// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How dockscope-hostfacts gives up root before it reads anything: it becomes the caller (uid,
// gid, groups) and keeps only CAP_DAC_READ_SEARCH (read any file, search any directory) and
// CAP_SYS_PTRACE (/proc/<pid>/ns and root of other users' processes). It cannot write as root,
// cannot gain privileges again (no_new_privs, bounding set), and lowers even those two while
// it talks to the daemon's socket, so that connecting needs the caller's own permissions.

#include "core/result.h"

#include <QByteArray>

#include <sys/types.h>

namespace dockscope::hostfacts {

/// Closes every descriptor above 2. Fails when 0, 1 or 2 is not open (a later open would take
/// its number, and answers would go into a file).
core::Result<void> closeInheritedDescriptors();

/// prctl(PR_SET_NO_NEW_PRIVS) and not dumpable (the caller's uid may not ptrace the helper).
core::Result<void> forbidNewPrivileges();

/// Root → the caller with the two capabilities, verified (getresuid, capget, the bounding set).
/// userName: the caller's passwd name (for /etc/subuid).
core::Result<void> becomeCaller(uid_t uid, QByteArray *userName);

/// Not root: drops whatever capabilities the process has (file capabilities), verified.
core::Result<void> dropAllCapabilities();

/// The user name of uid, empty when it has none.
QByteArray userNameOf(uid_t uid);

/// Lowers (false) or raises (true) the kept capabilities in the effective set; no-op after
/// dropAllCapabilities() or for a root caller (who keeps root).
core::Result<void> setCapabilitiesEffective(bool effective);

} // namespace dockscope::hostfacts
