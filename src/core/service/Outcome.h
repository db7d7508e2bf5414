// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/SecretStore.h"
#include "network/HttpError.h"

#include <QString>

#include <functional>

namespace AgencyTokens {

/// How an action of the token service ended, in words for the user.
struct Outcome
{
    enum class Source { None, Network, Keychain, Input };

    bool ok = true;
    Source source = Source::None;
    QString message;       ///< empty on success
    HttpError apiError;    ///< when source is Network
    SecretStore::Error storeError = SecretStore::Error::None; ///< when source is Keychain

    [[nodiscard]] static Outcome success() { return {}; }
    [[nodiscard]] static Outcome fromApi(const HttpError &error) { return {false, Source::Network, error.message, error, {}}; }
    [[nodiscard]] static Outcome fromStore(const SecretStore::Result &result, const QString &prefix = {})
    {
        // Not the keychain's failure: the caller's own check said not to write (the
        // account is gone), and its message says it all.
        if (result.error == SecretStore::Error::NotWanted)
            return {false, Source::Input, result.message, {}, result.error};
        return {false, Source::Keychain, prefix.isEmpty() ? result.message : prefix + u' ' + result.message, {}, result.error};
    }
    [[nodiscard]] static Outcome input(const QString &message) { return {false, Source::Input, message, {}, {}}; }
};

using OutcomeDone = std::function<void(const Outcome &)>;

} // namespace AgencyTokens
