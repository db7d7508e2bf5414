// SPDX-License-Identifier: MIT
#pragma once

namespace AgencyTokens {

/// Keeps the secrets of this process out of core files and away from other
/// processes of the same user that would attach a debugger: on Linux and
/// Android no dumpable flag (no core, no ptrace by non-root peers, no
/// /proc/<pid>/mem) and a zero core limit; on macOS a zero core limit and,
/// in release builds, PT_DENY_ATTACH; on Windows no error-reporting dumps.
/// Call it first in main(), before any secret exists. Failures are ignored:
/// the app still works, it is only less hardened.
void hardenProcess();

} // namespace AgencyTokens
