// SPDX-License-Identifier: MIT
#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Testing {

HttpClient::HttpClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
}

HttpResponse HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const Headers &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.first(question));
    if (question >= 0)
        url.setQuery(path.sliced(question + 1));
    QNetworkRequest request(url);
    // Every test sees the server's own answer, never a redirect or a cache.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Each request carries exactly the credentials the test gives it: Qt must
    // not answer a 401 challenge with ones it cached from an earlier request.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = body.isEmpty() ? m_network.sendCustomRequest(request, method)
                                          : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(DefaultTimeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResponse response;
    response.timedOut = !reply->isFinished();
    if (response.timedOut)
        reply->abort();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::get(const QString &path, const Headers &headers)
{
    return send("GET"_ba, path, {}, headers);
}

HttpResponse HttpClient::del(const QString &path, const Headers &headers)
{
    return send("DELETE"_ba, path, {}, headers);
}

HttpResponse HttpClient::post(const QString &path, const QJsonObject &json, const Headers &headers)
{
    if (json.isEmpty())
        return send("POST"_ba, path, {}, headers);
    Headers all = headers;
    all.append({"Content-Type"_ba, "application/json"_ba});
    return send("POST"_ba, path, QJsonDocument(json).toJson(QJsonDocument::Compact), all);
}

QString HttpClient::signIn(const QString &username, const QString &password)
{
    const HttpResponse response = post(u"/api/v1/session"_s, {{u"username"_s, username}, {u"password"_s, password}});
    return response.status == 200 ? response.json().value(u"token"_s).toString() : QString();
}

QString HttpClient::signInAndEnable()
{
    const QString session = signIn();
    if (session.isEmpty() || post(u"/api/v1/legacy-tokens/enable"_s, {}, bearer(session)).status != 200)
        return {};
    return session;
}

QJsonArray HttpClient::legacyTokens(const QString &session)
{
    return get(u"/api/v1/legacy-tokens/credentials"_s, bearer(session)).json().value(u"tokens"_s).toArray();
}

HttpResponse HttpClient::put(const QString &path, const QJsonObject &json, const Headers &headers)
{
    Headers all = headers;
    all.append({"Content-Type"_ba, "application/json"_ba});
    return send("PUT"_ba, path, QJsonDocument(json).toJson(QJsonDocument::Compact), all);
}

HttpClient::Headers HttpClient::bearer(const QString &token)
{
    return {{"Authorization"_ba, "Bearer "_ba + token.toUtf8()}};
}

HttpClient::Headers HttpClient::basic(const QString &accountSid, const QString &authToken)
{
    return {{"Authorization"_ba, "Basic "_ba + (accountSid + u':' + authToken).toUtf8().toBase64()}};
}

} // namespace AgencyTokens::Testing
