// SPDX-License-Identifier: MIT
#include "ConstantTime.h"

namespace AgencyTokens::Server {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    // volatile keeps the compiler from turning the loop into an early exit.
    volatile unsigned char result = difference;
    return result == 0;
}

} // namespace AgencyTokens::Server
