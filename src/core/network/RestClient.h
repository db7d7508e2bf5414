// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "NetworkPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace AgencyTokens {

/// The one place for network policy: HTTPS except loopback (checked before
/// anything is sent), TLS errors never ignored, a transfer timeout,
/// same-origin redirects only, a cap on the answer's size, and strict JSON.
/// Every failure becomes an ApiError with its own user-facing message.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QString path;                     ///< already percent-encoded where needed, starts with '/'
        std::optional<QJsonObject> body;  ///< sent as application/json
        QByteArray authorization;         ///< the whole header value; a secret, never logged
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    struct Response
    {
        ApiError error;
        int status = 0;
        QJsonObject body; ///< the decoded JSON object of a 2xx answer (empty for 204)
    };

    using Done = std::function<void(const Response &)>;

    explicit RestClient(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    /// Sends `request` to `base` + path. `done` is called once, asynchronously,
    /// while `context` lives.
    void send(const QUrl &base, const Request &request, QObject *context, Done done);

private:
    struct Flags;
    void finish(QNetworkReply *reply, const std::shared_ptr<Flags> &flags, const QPointer<QObject> &context, const Done &done);
    [[nodiscard]] Response decode(QNetworkReply *reply, const Flags &flags) const;

    QNetworkAccessManager *m_manager;
    int m_timeoutMs = NetworkPolicy::DefaultTimeoutMs;
    qint64 m_maxBytes = NetworkPolicy::MaxResponseBytes;
};

} // namespace AgencyTokens
