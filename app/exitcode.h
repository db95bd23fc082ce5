// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dockscope::app {

/// The exit codes of `dockscope` (documented in README.md; tests/cli asserts them).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitThresholdReached = 1,   ///< audit/report: a result reached --fail-on
    ExitUsage = 2,              ///< bad flags or arguments, no such container
    ExitDaemon = 3,             ///< the daemon is unreachable, or permission denied on its socket
    ExitFailure = 4,            ///< anything else (a report that could not be written, HTTP errors)
};

} // namespace dockscope::app
