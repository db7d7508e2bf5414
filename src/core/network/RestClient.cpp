// SPDX-License-Identifier: MIT
#include "RestClient.h"

#include "ErrorAnswer.h"
#include "HttpExchange.h"
#include "logging/Logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
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
    if (!request.query.isEmpty())
        exchange->url.setQuery(request.query, QUrl::StrictMode);
    exchange->context = guard;
    exchange->done = std::move(done);
    exchange->clock.start();
    start(exchange);
}

void RestClient::start(const std::shared_ptr<Exchange> &exchange)
{
    const Request &request = exchange->request;
    HttpExchange::Request hop{request.method, exchange->url, request.headers, {}};
    // A header the request sets itself replaces the one set here.
    const auto setDefault = [&hop](const QByteArray &name, const QByteArray &value) {
        for (const auto &header : std::as_const(hop.headers)) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        hop.headers.emplaceBack(name, value);
    };
    // The platform answers XML unless JSON is asked for.
    setDefault("Accept", "application/json");
    if (!request.authorization.isEmpty())
        setDefault("Authorization", request.authorization);
    if (request.body) {
        setDefault("Content-Type", "application/json");
        hop.body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }
    // No cache and no cookies: nothing of an answer is kept but what the caller takes.
    HttpAnswerParser::Limits limits;
    limits.bodyBytes = m_maxBytes;
    auto *reply = new HttpExchange(std::move(hop), limits, this);
    qCDebug(lcNetwork) << request.method << exchange->url.path();

    // One deadline for the whole exchange, redirects included.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, exchange] {
        exchange->timedOut = true;
        reply->abort();
    });
    connect(reply, &HttpExchange::finished, this, [this, reply, exchange] { finish(reply, exchange); });
    timer->start(std::max<qint64>(0, m_timeoutMs - exchange->clock.elapsed()));
    reply->start();
}

void RestClient::finish(HttpExchange *hop, const std::shared_ptr<Exchange> &exchange)
{
    hop->deleteLater();
    const int status = hop->failure() == HttpExchange::Failure::None ? hop->answer().status() : 0;
    Response response;
    if (!exchange->timedOut && isRedirect(status)) {
        const HttpError refused = exchange->request.followRedirects ? followRedirect(*hop, *exchange)
                                                                    : HttpError::make(HttpError::Kind::Redirect);
        if (refused.ok() && exchange->context) {
            start(exchange);
            return;
        }
        response = {refused, status, {}, {}};
    } else {
        response = decode(*hop, *exchange);
    }
    if (!response.error.ok())
        qCInfo(lcNetwork) << exchange->request.method << hop->url().path() << "failed:" << response.error.kind
                          << response.status << response.error.code << hop->failure() << "after"
                          << exchange->redirects << "redirects";
    answer(exchange->context, exchange->done, response);
}

HttpError RestClient::followRedirect(const HttpExchange &hop, Exchange &exchange) const
{
    const int status = hop.answer().status();
    const QUrl location = QUrl::fromEncoded(hop.answer().header("Location").trimmed(), QUrl::StrictMode);
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

RestClient::Response RestClient::decode(const HttpExchange &hop, const Exchange &exchange) const
{
    using Kind = HttpError::Kind;
    using Failure = HttpExchange::Failure;
    if (exchange.timedOut)
        return {HttpError::make(Kind::Timeout), 0, {}, {}};
    switch (hop.failure()) {
    case Failure::None:
        break;
    case Failure::TooLarge:
        return {HttpError::make(Kind::TooLarge), 0, {}, {}};
    case Failure::Tls:
        return {HttpError::make(Kind::Tls), 0, {}, {}};
    case Failure::Cancelled:
        return {HttpError::make(Kind::Cancelled), 0, {}, {}};
    case Failure::ConnectionClosed:
        return {HttpError::make(Kind::ConnectionClosed), 0, {}, {}};
    case Failure::Unreachable:
        return {HttpError::make(Kind::Unreachable), 0, {}, {}};
    case Failure::Malformed:
        return {HttpError::make(Kind::BadResponse), 0, {}, {}};
    }

    const HttpAnswerParser &reply = hop.answer();
    const int status = reply.status();
    const ErrorAnswer::Answer answer{status, QString::fromLatin1(reply.header("Content-Type")), reply.body(),
                                     ErrorAnswer::rateLimit(reply)};
    Response response{{}, status, {}, answer.rateLimit, ErrorAnswer::isWebPage(answer)};
    if (status == 204 || (exchange.request.statusOnly && status >= 200 && status < 300))
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
