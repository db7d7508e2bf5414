// SPDX-License-Identifier: MIT
#include "ServerLogging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcServer, "agencytokens.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAccess, "agencytokens.server.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerStore, "agencytokens.server.store", QtInfoMsg)

namespace AgencyTokens::Server {

namespace {

QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

void secretSafeFilter(QLoggingCategory *category)
{
    // Let the rules (QT_LOGGING_RULES, qtlogging.ini) decide first, then veto.
    if (s_previousFilter)
        s_previousFilter(category);
    static constexpr char QtHttpServerPrefix[] = "qt.httpserver";
    if (std::strncmp(category->categoryName(), QtHttpServerPrefix, sizeof(QtHttpServerPrefix) - 1) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void installSecretSafeLogFilter()
{
    if (s_previousFilter)
        return;
    s_previousFilter = QLoggingCategory::installFilter(secretSafeFilter);
}

} // namespace AgencyTokens::Server
