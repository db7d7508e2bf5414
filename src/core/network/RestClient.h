// SPDX-License-Identifier: MIT
#pragma once

#include "HttpError.h"
#include "NetworkPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace AgencyTokens {

class HttpExchange;

/// The one place for network policy: HTTPS except loopback (checked before
/// anything is sent), TLS errors never ignored, a transfer timeout,
/// same-origin redirects only (each hop checked before it is sent), caps on
/// the answer's head and body, and strict JSON. Every failure becomes an
/// HttpError with its own user-facing message. Each request is an
/// HttpExchange of its own (why not QNetworkAccessManager: see there).
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QString path;                     ///< already percent-encoded where needed, starts with '/'
        QString query;                    ///< percent-encoded, without '?'; empty: none
        std::optional<QJsonObject> body;  ///< sent as application/json
        QByteArray authorization;         ///< the whole header value; a secret, never logged
        QList<std::pair<QByteArray, QByteArray>> headers;
        /// Only the status matters (the probe): a 2xx answer is a success
        /// whatever its body, which is neither decoded nor kept.
        bool statusOnly = false;
        /// false: a redirect is refused (Kind::Redirect) instead of followed,
        /// so that one request is one request on the wire.
        bool followRedirects = true;
    };

    /// The platform's X-RateLimit-* headers; -1 where a header was absent.
    struct RateLimit
    {
        int limit = -1;
        int remaining = -1;
        int resetSeconds = -1; ///< seconds until the window resets; -1 also when over a day or not a number
    };

    struct Response
    {
        HttpError error;
        int status = 0;
        QJsonObject body; ///< the decoded JSON object of a 2xx answer (empty for 204)
        RateLimit rateLimit;
        /// The answer was a web page (HTML): something in front of the API
        /// answered (a proxy, a sign-in page), not the API itself.
        bool webPage = false;
    };

    using Done = std::function<void(const Response &)>;

    explicit RestClient(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    /// Sends `request` to `base` + path (+ query). `done` is called once, asynchronously,
    /// while `context` lives.
    void send(const QUrl &base, const Request &request, QObject *context, Done done);
    /// Where send() sends a request for `path`: `base` with its own path, then
    /// `path` (percent-encoded, starting with '/'); no query, no fragment.
    [[nodiscard]] static QUrl addressFor(const QUrl &base, const QString &path);

    /// Requests sent whose `done` has not been called yet: zero means idle.
    [[nodiscard]] int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    /// inFlight() changed. Emitted after a `done` has returned, so a request
    /// that it sent is already counted: a chain never shows zero in between.
    void inFlightChanged();

private:
    struct Exchange;
    void start(const std::shared_ptr<Exchange> &exchange);
    void finish(HttpExchange *hop, const std::shared_ptr<Exchange> &exchange);
    /// Calls `done` if `context` lives, then counts the request as answered.
    void answer(QObject *context, const Done &done, const Response &response);
    /// The next hop of a same-origin redirect, or the error that ends the exchange.
    [[nodiscard]] HttpError followRedirect(const HttpExchange &hop, Exchange &exchange) const;
    [[nodiscard]] Response decode(const HttpExchange &hop, const Exchange &exchange) const;

    int m_inFlight = 0;
    int m_timeoutMs = NetworkPolicy::DefaultTimeoutMs;
    qint64 m_maxBytes = NetworkPolicy::MaxResponseBytes;
};

} // namespace AgencyTokens
