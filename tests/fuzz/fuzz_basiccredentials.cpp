// SPDX-License-Identifier: MIT
// The reference server's "Authorization: Basic ..." parsing. Whatever it
// accepts has a SID without a colon, and encoding it again gives it back.
#include "platform/BasicCredentials.h"

#include <cstdint>

using namespace AgencyTokens::Server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<BasicCredentials> parsed = BasicCredentials::fromHeader(header);
    if (!parsed)
        return 0;
    if (parsed->accountSid.isEmpty() || parsed->accountSid.contains(QLatin1Char(':')))
        __builtin_trap();
    const QByteArray again =
        "Basic " + (parsed->accountSid.toUtf8() + ':' + parsed->authToken.toUtf8()).toBase64();
    if (again.size() > 1024)
        return 0; // longer than the parser takes: invalid UTF-8 grew into U+FFFD
    const std::optional<BasicCredentials> reparsed = BasicCredentials::fromHeader(again);
    if (!reparsed || reparsed->accountSid != parsed->accountSid || reparsed->authToken != parsed->authToken)
        __builtin_trap();
    return 0;
}
