// SPDX-License-Identifier: MIT
// The reference server's management request bodies: size, content type and
// JSON checks over the raw body and Content-Type value.
#include "http/JsonBody.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace AgencyTokens::Server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    const std::string contentType =
        input.ConsumeBool() ? std::string("application/json; charset=utf-8") : input.ConsumeRandomLengthString(100);
    const std::string body = input.ConsumeRemainingBytesAsString();
    const JsonBody parsed = JsonBody::parse(QByteArray(body.data(), qsizetype(body.size())),
                                            QByteArray(contentType.data(), qsizetype(contentType.size())));
    // Exactly one of: empty, refused, an object.
    if (parsed.isEmpty() != body.empty())
        __builtin_trap();
    if (parsed.isEmpty() && parsed.error())
        __builtin_trap();
    if (parsed.error() && parsed.error()->message.isEmpty())
        __builtin_trap();
    return 0;
}
