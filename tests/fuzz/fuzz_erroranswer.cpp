// SPDX-License-Identifier: MIT
// ErrorAnswer: what an HTTP answer that is not a usable 2xx object stands
// for. The fuzzer's bytes make the whole Answer: status, content type, rate
// limit headers and body.
#include "network/ErrorAnswer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace AgencyTokens;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    ErrorAnswer::Answer answer;
    answer.status = input.ConsumeIntegralInRange<int>(-1, 1000);
    answer.contentType = QString::fromStdString(input.ConsumeRandomLengthString(80));
    answer.rateLimit.limit = input.ConsumeIntegral<int>();
    answer.rateLimit.remaining = input.ConsumeIntegral<int>();
    answer.rateLimit.resetSeconds = input.ConsumeIntegral<int>();
    const std::string body = input.ConsumeRemainingBytesAsString();
    answer.body = QByteArray(body.data(), qsizetype(body.size()));

    const std::optional<QJsonObject> object = ErrorAnswer::jsonObject(answer);
    const HttpError error = ErrorAnswer::toError(answer, object);
    // Every error the user sees has words.
    if (error.message.isEmpty())
        __builtin_trap();
    return 0;
}
