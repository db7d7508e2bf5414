// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per area of the server. None of them ever receives a secret:
// no passwords, session tokens, Auth Tokens, Authorization headers or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcServer)       // start-up, options, shutdown
Q_DECLARE_LOGGING_CATEGORY(lcServerAccess) // one line per request: method, path, status
Q_DECLARE_LOGGING_CATEGORY(lcServerStore)  // SQLite

namespace AgencyTokens::Server {

/// Keeps Qt's own HTTP server categories below debug and info whatever
/// QT_LOGGING_RULES says: at debug level they print each request with all
/// its headers, Authorization included.
void installSecretSafeLogFilter();

} // namespace AgencyTokens::Server
