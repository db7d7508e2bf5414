// SPDX-License-Identifier: MIT
#pragma once

#include "HttpError.h"

#include <QUrl>

namespace AgencyTokens::NetworkPolicy {

/// Largest answer accepted from the platform.
inline constexpr qint64 MaxResponseBytes = 1024 * 1024;
/// Transfer timeout of a request.
inline constexpr int DefaultTimeoutMs = 15000;
/// Same-origin redirects followed at most.
inline constexpr int MaxRedirects = 3;

/// Loopback host: localhost, 127.0.0.0/8 or ::1.
[[nodiscard]] bool isLoopback(const QUrl &url);
/// HTTPS, or plain http to loopback. Anything else is refused before any request.
[[nodiscard]] HttpError checkAddress(const QUrl &url);
/// What the user typed as a platform address: without a scheme, https:// is meant.
[[nodiscard]] QUrl addressFromUserInput(const QString &text);
/// Same scheme, host and port.
[[nodiscard]] bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace AgencyTokens::NetworkPolicy
