// SPDX-License-Identifier: MIT
// The reference server's own reading of raw request bytes (RequestFraming,
// behind ConnectionWatch's timeouts). The fuzzer's bytes are fed in chunks
// of fuzzed sizes; the same bytes in one piece must frame the same number
// of requests, since TCP may cut a stream anywhere.
#include "net/RequestFraming.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace AgencyTokens::Server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    const std::size_t seed = input.ConsumeIntegral<std::uint16_t>();
    const std::string stream = input.ConsumeRemainingBytesAsString();

    RequestFraming whole;
    const RequestFraming::Progress once = whole.consume(QByteArrayView(stream.data(), qsizetype(stream.size())));

    RequestFraming pieces;
    RequestFraming::Progress sum;
    std::size_t at = 0;
    std::size_t step = seed;
    quint64 lastRequest = 0;
    while (at < stream.size() && !sum.headerTooLong) {
        step = (step * 1103515245u + 12345u) & 0x7fffffffu; // chunk sizes from the seed
        const std::size_t length = std::min<std::size_t>(1 + step % 700, stream.size() - at);
        const RequestFraming::Progress p = pieces.consume(QByteArrayView(stream.data() + at, qsizetype(length)));
        sum.requestsCompleted += p.requestsCompleted;
        sum.wantsClose = sum.wantsClose || p.wantsClose;
        sum.headerTooLong = p.headerTooLong;
        if (pieces.requestNumber() < lastRequest)
            __builtin_trap();
        lastRequest = pieces.requestNumber();
        at += length;
    }
    if (!once.headerTooLong && !sum.headerTooLong
        && (once.requestsCompleted != sum.requestsCompleted || once.wantsClose != sum.wantsClose))
        __builtin_trap();
    (void)pieces.answerSent();
    return 0;
}
