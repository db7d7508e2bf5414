// SPDX-License-Identifier: MIT
#pragma once

#include "http/ApiError.h"
#include "tokens/AccessToken.h"

#include <QJsonObject>

#include <optional>
#include <variant>

namespace AgencyTokens::Server {

/// The fields a create or an edit of a scoped access token sends, checked:
/// only those present are set.
struct AccessTokenRequest
{
    static constexpr qsizetype MaxName = 100;
    static constexpr qsizetype MaxDescription = 1000;
    static constexpr qsizetype MaxEmail = 254;
    static constexpr qsizetype MaxDeveloperEmails = 20;

    enum class Mode { Create, Edit };

    std::optional<QString> name; ///< trimmed
    std::optional<QString> description;
    std::optional<int> apiVersion;
    std::optional<QString> primaryContact;
    std::optional<QStringList> developerEmails;
    std::optional<QStringList> scopes; ///< catalogue order, no duplicates

    /// Reads \a body: first 400 bad_request for a missing (Create: name,
    /// primaryContact, scopes) or malformed field, then 422 unknown_version
    /// and unknown_scope. Unknown fields are ignored.
    [[nodiscard]] static std::variant<AccessTokenRequest, ApiError> read(const QJsonObject &body, Mode mode);
    /// A new token's fields: what was sent, defaults for the rest.
    [[nodiscard]] AccessTokenFields toFields() const;
    /// \a fields with what was sent changed.
    void applyTo(AccessTokenFields &fields) const;
};

} // namespace AgencyTokens::Server
