// SPDX-License-Identifier: MIT
#include "RestClient.h"

#include "logging/Logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

struct RestClient::Flags
{
    bool timedOut = false;
    bool tooLarge = false;
    bool crossOrigin = false;
    int redirects = 0;
    bool tlsFailed = false;
};

namespace {

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Answers carry secrets: never into a disk cache, and no cookies kept.
    m_manager->setCookieJar(nullptr);
    m_manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

void RestClient::send(const QUrl &base, const Request &request, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    if (const ApiError refused = NetworkPolicy::checkAddress(base); !refused.ok()) {
        qCWarning(lcNetwork) << "refused before sending to" << base.toDisplayString(QUrl::RemoveUserInfo) << refused.kind;
        QTimer::singleShot(0, this, [guard, done, refused] {
            if (guard)
                done(Response{refused, 0, {}});
        });
        return;
    }

    const QUrl url = joinUrl(base, request.path);
    QNetworkRequest netRequest(url);
    netRequest.setRawHeader("Accept", "application/json");
    if (!request.authorization.isEmpty())
        netRequest.setRawHeader("Authorization", request.authorization);
    for (const auto &[name, value] : request.headers)
        netRequest.setRawHeader(name, value);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    netRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QByteArray payload;
    if (request.body) {
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = m_manager->sendCustomRequest(netRequest, request.method, payload);
    auto flags = std::make_shared<Flags>();
    qCDebug(lcNetwork) << request.method << url.path();

    connect(reply, &QNetworkReply::redirected, reply, [reply, flags, url](const QUrl &target) {
        if (NetworkPolicy::sameOrigin(url, target) && ++flags->redirects <= NetworkPolicy::MaxRedirects) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        // Never follow to another origin: the Authorization header would go with it.
        qCWarning(lcNetwork) << "refused a redirect to" << target.host() << "after" << flags->redirects << "redirects";
        flags->crossOrigin = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [flags](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and the reply ends.
        flags->tlsFailed = true;
        for (const QSslError &error : errors)
            qCWarning(lcNetwork) << "TLS error:" << error.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply, flags](qint64 received, qint64 total) {
        if (received > m_maxBytes || total > m_maxBytes) {
            flags->tooLarge = true;
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, flags] {
        flags->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, flags, guard, done] { finish(reply, flags, guard, done); });
}

void RestClient::finish(QNetworkReply *reply, const std::shared_ptr<Flags> &flags, const QPointer<QObject> &context,
                        const Done &done)
{
    reply->deleteLater();
    const Response response = decode(reply, *flags);
    if (!response.error.ok())
        qCInfo(lcNetwork) << reply->operation() << reply->url().path() << "failed:" << response.error.kind
                          << response.status << response.error.code;
    if (context)
        done(response);
}

RestClient::Response RestClient::decode(QNetworkReply *reply, const Flags &flags) const
{
    using Kind = ApiError::Kind;
    if (flags.crossOrigin)
        return {ApiError::make(Kind::Redirect), 0, {}};
    if (flags.tooLarge)
        return {ApiError::make(Kind::TooLarge), 0, {}};
    if (flags.timedOut)
        return {ApiError::make(Kind::Timeout), 0, {}};
    const QNetworkReply::NetworkError netError = reply->error();
    if (flags.tlsFailed || netError == QNetworkReply::SslHandshakeFailedError)
        return {ApiError::make(Kind::Tls), 0, {}};
    if (netError == QNetworkReply::TooManyRedirectsError || netError == QNetworkReply::InsecureRedirectError)
        return {ApiError::make(Kind::Redirect), 0, {}};
    if (netError == QNetworkReply::OperationCanceledError)
        return {ApiError::make(Kind::Cancelled), 0, {}};

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // No HTTP status at all: refused, host not found, reset, network down.
    if (!statusAttribute.isValid())
        return {ApiError::make(netError == QNetworkReply::NoError ? Kind::BadResponse : Kind::Unreachable), 0, {}};
    const int status = statusAttribute.toInt();
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > m_maxBytes)
        return {ApiError::make(Kind::TooLarge), status, {}};
    if (status >= 300 && status < 400)
        return {ApiError::make(Kind::Redirect), status, {}};

    const bool isJson = reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const bool objectBody = isJson && parseError.error == QJsonParseError::NoError && document.isObject();

    if (status >= 400) {
        const QJsonObject error = objectBody ? document.object().value(u"error"_s).toObject() : QJsonObject();
        return {ApiError::fromServer(status, error.value(u"code"_s).toString(), error.value(u"message"_s).toString()),
                status, {}};
    }
    if (status == 204)
        return {{}, status, {}};
    if (status < 200 || !objectBody)
        return {ApiError::make(Kind::BadResponse), status, {}};
    return {{}, status, document.object()};
}

} // namespace AgencyTokens
