// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per area. Never pass a secret to any of them, at any level:
// secret types print masked, and clear values are only reachable through
// the explicit revealClearValue() call.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcService)
