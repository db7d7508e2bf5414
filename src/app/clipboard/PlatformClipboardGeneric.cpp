// SPDX-License-Identifier: MIT
// Linux and Windows: QClipboard with the hints of SecretMimeData is all it
// takes, and reading the clipboard back has no side effects there.
#include "PlatformClipboard.h"

namespace AgencyTokens {

void PlatformClipboard::prepare()
{
}

bool PlatformClipboard::writeSecret(const QString &, const QString &, int)
{
    return false;
}

PlatformClipboard::Ownership PlatformClipboard::ownership()
{
    return Ownership::CompareText;
}

} // namespace AgencyTokens
