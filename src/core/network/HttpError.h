// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace AgencyTokens {

/// Why a request failed, with the sentence the user sees. Mapped once, at
/// the boundary (RestClient), from Qt Network errors and server error codes.
struct HttpError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(HttpError)
public:
    enum class Kind {
        None,
        InsecureAddress, ///< plain http:// to a host that is not loopback; nothing was sent
        InvalidAddress,  ///< not a usable http(s) address
        Unreachable,     ///< connection refused, host not found, network down
        Timeout,         ///< no complete answer within the transfer timeout
        ConnectionClosed, ///< the server closed the connection before a final answer
        Tls,             ///< certificate or handshake failure (never ignored)
        Redirect,        ///< redirect to another origin, refused
        TooLarge,        ///< answer above the size cap
        BadResponse,     ///< malformed or unexpected answer
        NotJson,         ///< an XML or HTML answer where JSON was asked for
        RateLimited,     ///< 429: the platform's hourly request limit is used up
        Server,          ///< an HTTP error status (code holds the server's error code)
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int status = 0;   ///< HTTP status when there was one
    QString code;     ///< the server's error code, e.g. "session_expired"
    QString message;  ///< user-facing: what happened and what to do
    int retryAfterSeconds = -1; ///< when the platform said how long to wait

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    /// Network-level failure: the server could not be reached at all.
    [[nodiscard]] bool isOffline() const { return kind == Kind::Unreachable || kind == Kind::Timeout; }

    [[nodiscard]] static HttpError make(Kind kind, const QString &detail = {});
    /// From an HTTP error answer: the code's own message, or the server's text for unknown codes.
    [[nodiscard]] static HttpError fromServer(int status, const QString &code, const QString &serverMessage);
    /// From an HTTP error status alone (the platform's own API has no error codes).
    [[nodiscard]] static HttpError fromStatus(int status);
    /// The sentence for a known server error code; empty for an unknown one.
    [[nodiscard]] static QString messageForCode(const QString &code);
};

} // namespace AgencyTokens

Q_DECLARE_METATYPE(AgencyTokens::HttpError)
