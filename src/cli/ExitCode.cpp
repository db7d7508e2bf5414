// SPDX-License-Identifier: MIT
#include "ExitCode.h"

namespace AgencyTokens::Cli {

int exitCodeFor(const HttpError &error)
{
    switch (error.kind) {
    case HttpError::Kind::None:
        return Ok;
    case HttpError::Kind::InsecureAddress:
    case HttpError::Kind::InvalidAddress:
        return Usage;
    case HttpError::Kind::RateLimited:
        return RateLimited;
    case HttpError::Kind::Server:
        // 401/403 are the platform's verdict on the token; 5xx its own trouble.
        return error.status >= 500 ? NetworkError : Refused;
    default:
        return NetworkError;
    }
}

int graverExitCode(int a, int b)
{
    const auto rank = [](int code) {
        switch (code) {
        case Ok:
            return 0;
        case RateLimited:
            return 1;
        case NetworkError:
            return 2;
        case KeychainError:
            return 3;
        case Usage:
            return 4;
        default:
            return 5; // Refused
        }
    };
    return rank(b) > rank(a) ? b : a;
}

int exitCodeFor(const Outcome &outcome)
{
    if (outcome.ok)
        return Ok;
    switch (outcome.source) {
    case Outcome::Source::Keychain:
        return KeychainError;
    case Outcome::Source::Network:
        return exitCodeFor(outcome.apiError);
    case Outcome::Source::Input:
    case Outcome::Source::None:
        break;
    }
    return Refused;
}

} // namespace AgencyTokens::Cli
