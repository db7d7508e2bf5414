// SPDX-License-Identifier: MIT
#pragma once

#include "service/Outcome.h"

namespace AgencyTokens::Cli {

/// The documented exit codes (agency-tokens-cli(1)). `run` and `curl` exit
/// with their command's status once it has started.
enum ExitCode : int {
    Ok = 0,
    Refused = 1,       ///< refused, or a check that failed (a wrong or reset-away token)
    Usage = 2,         ///< bad arguments, unknown account
    KeychainError = 3, ///< keychain locked, refused or missing
    NetworkError = 4,  ///< the platform could not be reached or answered badly
    RateLimited = 5,   ///< the platform's hourly request limit is used up (429)
};

/// The exit code for how a core action ended.
[[nodiscard]] int exitCodeFor(const Outcome &outcome);
[[nodiscard]] int exitCodeFor(const HttpError &error);
/// Of two exit codes of a command that checks several tokens, the one to exit
/// with: a refusal over anything else (a token that no longer works needs
/// someone to act), then the keychain, the network, the rate limit.
[[nodiscard]] int graverExitCode(int a, int b);

} // namespace AgencyTokens::Cli
