// SPDX-License-Identifier: MIT
#include "RestClient.h"

#include "ErrorAnswer.h"
#include "logging/Logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

/// One request with the redirects it is allowed to take.
struct RestClient::Exchange
{
    Request request;
    QUrl url;
    QPointer<QObject> context;
    Done done;
    QElapsedTimer clock;
    int redirects = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool tlsFailed = false;
};

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RestClient::RestClient(QObject *parent)
    : QObject(parent)
{
}

QNetworkAccessManager *RestClient::manager()
{
    if (m_manager)
        return m_manager;
    m_manager = new QNetworkAccessManager(this);
    // Answers carry secrets: never into a disk cache, and no cookies kept.
    m_manager->setCookieJar(nullptr);
    // Redirects are followed by finish(), one checked hop at a time. Qt's own
    // following (even user-verified) reuses connections in ways that can end a
    // chain in an empty reply, and would decide the next hop's method itself.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return m_manager;
}

void RestClient::answer(QObject *context, const Done &done, const Response &response)
{
    if (context)
        done(response);
    --m_inFlight;
    Q_EMIT inFlightChanged();
}

QUrl RestClient::addressFor(const QUrl &base, const QString &path)
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

void RestClient::send(const QUrl &base, const Request &request, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    ++m_inFlight;
    Q_EMIT inFlightChanged();
    if (const HttpError refused = NetworkPolicy::checkAddress(base); !refused.ok()) {
        qCWarning(lcNetwork) << "refused before sending to" << base.toDisplayString(QUrl::RemoveUserInfo) << refused.kind;
        QTimer::singleShot(0, this, [this, guard, done, refused] { answer(guard, done, Response{refused, 0, {}, {}}); });
        return;
    }
    auto exchange = std::make_shared<Exchange>();
    exchange->request = request;
    exchange->url = addressFor(base, request.path);
    exchange->context = guard;
    exchange->done = std::move(done);
    exchange->clock.start();
    start(exchange);
}

void RestClient::start(const std::shared_ptr<Exchange> &exchange)
{
    const Request &request = exchange->request;
    QNetworkRequest netRequest(exchange->url);
    // The platform answers XML unless JSON is asked for.
    netRequest.setRawHeader("Accept", "application/json");
    if (!request.authorization.isEmpty())
        netRequest.setRawHeader("Authorization", request.authorization);
    for (const auto &[name, value] : request.headers)
        netRequest.setRawHeader(name, value);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    netRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Never answer a 401 challenge with credentials Qt cached from another
    // request: a wrong or reset-away token must come back as refused, not
    // pass on the strength of another token sent to the same host earlier.
    netRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    QByteArray payload;
    if (request.body) {
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = manager()->sendCustomRequest(netRequest, request.method, payload);
    qCDebug(lcNetwork) << request.method << exchange->url.path();

    connect(reply, &QNetworkReply::sslErrors, reply, [exchange](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and the reply ends.
        exchange->tlsFailed = true;
        for (const QSslError &error : errors)
            qCWarning(lcNetwork) << "TLS error:" << error.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply, exchange](qint64 received, qint64 total) {
        if (received > m_maxBytes || total > m_maxBytes) {
            exchange->tooLarge = true;
            reply->abort();
        }
    });
    // One deadline for the whole exchange, redirects included.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, exchange] {
        exchange->timedOut = true;
        reply->abort();
    });
    timer->start(std::max<qint64>(0, m_timeoutMs - exchange->clock.elapsed()));
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange] { finish(reply, exchange); });
}

void RestClient::finish(QNetworkReply *reply, const std::shared_ptr<Exchange> &exchange)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Response response;
    if (!exchange->timedOut && !exchange->tooLarge && isRedirect(status)) {
        const HttpError refused = followRedirect(reply, *exchange);
        if (refused.ok() && exchange->context) {
            start(exchange);
            return;
        }
        response = {refused, status, {}, {}};
    } else {
        response = decode(reply, *exchange);
    }
    if (!response.error.ok())
        qCInfo(lcNetwork) << reply->operation() << reply->url().path() << "failed:" << response.error.kind
                          << response.status << response.error.code << reply->error() << "after"
                          << exchange->redirects << "redirects";
    answer(exchange->context, exchange->done, response);
}

HttpError RestClient::followRedirect(QNetworkReply *reply, Exchange &exchange) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode);
    const QUrl target = exchange.url.resolved(location);
    const QByteArray method = exchange.request.method;
    // 301/302/303 would turn a write into a GET: only reads are followed there.
    const bool keepsMethod = status == 307 || status == 308 || method == "GET" || method == "HEAD";
    if (!location.isValid() || location.isEmpty() || !NetworkPolicy::sameOrigin(exchange.url, target)
        || exchange.redirects >= NetworkPolicy::MaxRedirects || !keepsMethod) {
        // Never to another origin: the Authorization header would go with it.
        qCWarning(lcNetwork) << "refused a redirect to" << target.host() << "after" << exchange.redirects
                             << "redirects";
        return HttpError::make(HttpError::Kind::Redirect);
    }
    ++exchange.redirects;
    exchange.url = target;
    return {};
}

RestClient::Response RestClient::decode(QNetworkReply *reply, const Exchange &exchange) const
{
    using Kind = HttpError::Kind;
    if (exchange.tooLarge)
        return {HttpError::make(Kind::TooLarge), 0, {}, {}};
    if (exchange.timedOut)
        return {HttpError::make(Kind::Timeout), 0, {}, {}};
    const QNetworkReply::NetworkError netError = reply->error();
    if (exchange.tlsFailed || netError == QNetworkReply::SslHandshakeFailedError)
        return {HttpError::make(Kind::Tls), 0, {}, {}};
    if (netError == QNetworkReply::OperationCanceledError)
        return {HttpError::make(Kind::Cancelled), 0, {}, {}};

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Qt reports a connection that closed before any status line either as
    // RemoteHostClosedError or, when it was already waiting for an answer, as
    // a finished reply with no headers and its placeholder status 100.
    const bool noFinalAnswer = !statusAttribute.isValid()
        || (statusAttribute.toInt() < 200 && reply->rawHeaderPairs().isEmpty());
    if (netError == QNetworkReply::RemoteHostClosedError || (noFinalAnswer && netError == QNetworkReply::NoError))
        return {HttpError::make(Kind::ConnectionClosed), 0, {}, {}};
    // No HTTP status at all: refused, host not found, reset, network down.
    if (noFinalAnswer)
        return {HttpError::make(Kind::Unreachable), 0, {}, {}};

    const int status = statusAttribute.toInt();
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > m_maxBytes)
        return {HttpError::make(Kind::TooLarge), status, {}, {}};

    const ErrorAnswer::Answer answer{status, reply->header(QNetworkRequest::ContentTypeHeader).toString(), bytes,
                                     ErrorAnswer::rateLimit(*reply)};
    Response response{{}, status, {}, answer.rateLimit};
    if (status == 204)
        return response;
    std::optional<QJsonObject> object = ErrorAnswer::jsonObject(answer);
    if (status >= 200 && status < 300 && object) {
        response.body = *object;
        return response;
    }
    response.error = ErrorAnswer::toError(answer, object);
    return response;
}

} // namespace AgencyTokens
