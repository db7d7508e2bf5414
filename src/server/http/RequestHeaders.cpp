// SPDX-License-Identifier: MIT
#include "RequestHeaders.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server::RequestHeaders {

QByteArray value(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &[key, headerValue] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return headerValue.trimmed();
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Head:
        return "HEAD"_ba;
    case Method::Options:
        return "OPTIONS"_ba;
    case Method::Patch:
        return "PATCH"_ba;
    case Method::Connect:
        return "CONNECT"_ba;
    case Method::Trace:
        return "TRACE"_ba;
    default:
        break;
    }
    return "UNKNOWN"_ba;
}

} // namespace AgencyTokens::Server::RequestHeaders
