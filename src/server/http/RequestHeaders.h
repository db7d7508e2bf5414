// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHttpServerRequest>

namespace AgencyTokens::Server::RequestHeaders {

/// The value of header \a name (case-insensitive, as HTTP wants), trimmed;
/// empty when absent.
[[nodiscard]] QByteArray value(const QHttpServerRequest &request, QByteArrayView name);
/// "GET", "POST"... for the access log.
[[nodiscard]] QByteArray methodName(QHttpServerRequest::Method method);

} // namespace AgencyTokens::Server::RequestHeaders
