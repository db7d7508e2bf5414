// SPDX-License-Identifier: MIT
// Linux and Windows: QClipboard with the hints of SecretMimeData is all it
// takes, and reading the clipboard back has no side effects there.
#include "SystemClipboard.h"

namespace AgencyTokens {

void SystemClipboard::prepare()
{
}

bool SystemClipboard::writeSecret(const QString &, const QString &, int)
{
    return false;
}

SystemClipboard::Ownership SystemClipboard::ownership()
{
    return Ownership::CompareText;
}

} // namespace AgencyTokens
