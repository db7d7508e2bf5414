// SPDX-License-Identifier: MIT
#pragma once

#include "HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace AgencyTokens::Testing {

/// A blocking-in-test HTTP client for the reference server: each call runs a
/// local event loop until the reply finishes or a timeout passes.
class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static constexpr int DefaultTimeoutMs = 10000;

    /// Requests go to \a baseUrl plus the path given to each call.
    explicit HttpClient(const QUrl &baseUrl);

    /// Any method; \a body is sent as is (no Content-Type unless in \a headers).
    /// \a path may end in a query ("?PageSize=1").
    [[nodiscard]] HttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                    const Headers &headers = {});
    [[nodiscard]] HttpResponse get(const QString &path, const Headers &headers = {});
    [[nodiscard]] HttpResponse del(const QString &path, const Headers &headers = {});
    /// \a json as application/json; an empty object sends no body at all.
    [[nodiscard]] HttpResponse post(const QString &path, const QJsonObject &json = {}, const Headers &headers = {});
    [[nodiscard]] HttpResponse put(const QString &path, const QJsonObject &json, const Headers &headers = {});

    /// Signs in (POST /api/v1/session), by default as the demo server's admin;
    /// the session token, or empty when the server refused.
    [[nodiscard]] QString signIn(const QString &username = QStringLiteral("admin"),
                                 const QString &password = QStringLiteral("admin-demo"));

    /// The demo server's admin signed in and the legacy tokens turned on: the
    /// session token, or empty when either failed.
    [[nodiscard]] QString signInAndEnable();
    /// The "tokens" of the credentials call (accountSid, authToken, kind each).
    [[nodiscard]] QJsonArray legacyTokens(const QString &session);

    /// Authorization: Bearer \a token.
    [[nodiscard]] static Headers bearer(const QString &token);
    /// Authorization: Basic base64(\a accountSid:\a authToken).
    [[nodiscard]] static Headers basic(const QString &accountSid, const QString &authToken);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace AgencyTokens::Testing
