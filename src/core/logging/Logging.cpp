// SPDX-License-Identifier: MIT
#include "Logging.h"

Q_LOGGING_CATEGORY(lcAccounts, "agencytokens.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "agencytokens.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "agencytokens.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "agencytokens.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "agencytokens.service", QtInfoMsg)
