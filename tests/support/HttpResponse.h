// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace AgencyTokens::Testing {

/// What came back for one request, read out while the reply still existed.
struct HttpResponse
{
    /// HTTP status; 0 when no response arrived (see networkError).
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    /// True when the request timed out before an answer.
    bool timedOut = false;

    /// The value of header \a name (case-insensitive), empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// The body as a JSON object; empty when it is not one.
    [[nodiscard]] QJsonObject json() const;
    /// error.code of an error body, empty otherwise.
    [[nodiscard]] QString errorCode() const;
};

} // namespace AgencyTokens::Testing
