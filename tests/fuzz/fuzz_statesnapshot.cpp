// SPDX-License-Identifier: MIT
// StateSnapshot::fromJson reads what the keychain holds for offline starts.
// Beyond not crashing: whatever it accepts, it must read back after writing
// it (toJson), or an offline start would lose the page.
#include "service/StateSnapshot.h"

#include <cstdint>

using namespace AgencyTokens;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<StateSnapshot> snapshot = StateSnapshot::fromJson(text);
    if (!snapshot)
        return 0;
    const QString written = snapshot->toJson();
    const std::optional<StateSnapshot> again = StateSnapshot::fromJson(written);
    if (!again || again->toJson() != written)
        __builtin_trap();
    return 0;
}
