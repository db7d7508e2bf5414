// SPDX-License-Identifier: MIT
#include "ClipboardLogging.h"

Q_LOGGING_CATEGORY(lcClipboard, "agencytokens.clipboard", QtInfoMsg)
