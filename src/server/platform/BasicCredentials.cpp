// SPDX-License-Identifier: MIT
#include "BasicCredentials.h"

#include "http/RequestHeaders.h"

namespace AgencyTokens::Server {

namespace {
// A SID and a token are 66 characters; room for generous mistakes, no more.
constexpr qsizetype MaxHeaderLength = 1024;
} // namespace

std::optional<BasicCredentials> BasicCredentials::fromRequest(const QHttpServerRequest &request)
{
    return fromHeader(RequestHeaders::value(request, "Authorization"));
}

std::optional<BasicCredentials> BasicCredentials::fromHeader(const QByteArray &header)
{
    static constexpr QByteArrayView Scheme = "basic ";
    if (header.size() <= Scheme.size() || header.size() > MaxHeaderLength
        || !header.first(Scheme.size()).toLower().startsWith(Scheme))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(header.sliced(Scheme.size()).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    return BasicCredentials{QString::fromUtf8(pair.first(colon)), QString::fromUtf8(pair.sliced(colon + 1))};
}

} // namespace AgencyTokens::Server
