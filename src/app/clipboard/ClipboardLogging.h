// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The secure clipboard's category. Labels ("Auth Token") may be logged; the
// copied text never is, at any level.
Q_DECLARE_LOGGING_CATEGORY(lcClipboard)
