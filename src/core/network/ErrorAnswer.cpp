// SPDX-License-Identifier: MIT
#include "ErrorAnswer.h"

#include "HttpAnswerParser.h"
#include "platform/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace AgencyTokens::ErrorAnswer {

namespace {

int headerNumber(const HttpAnswerParser &reply, const QByteArray &name)
{
    bool ok = false;
    const qlonglong value = reply.header(name).trimmed().toLongLong(&ok);
    return ok && value >= 0 ? int(std::min<qlonglong>(value, 1 << 30)) : -1;
}

/// The longest wait taken from the platform's word. A longer one (or a
/// negative, non-numeric or HTTP-date one) is no usable figure: "later".
constexpr int MaxWaitSeconds = 24 * 60 * 60;

/// Seconds to wait from header \a name; -1 when absent or not usable.
int waitSeconds(const HttpAnswerParser &reply, const QByteArray &name)
{
    const int seconds = headerNumber(reply, name);
    return seconds <= MaxWaitSeconds ? seconds : -1;
}

enum class Markup { None, Xml, Html };

Markup markupOf(const Answer &answer)
{
    const QString type = answer.contentType.toLower();
    const QByteArray start = answer.body.trimmed().left(64).toLower();
    if (type.contains(u"html"_s) || start.startsWith("<!doctype html") || start.startsWith("<html"))
        return Markup::Html;
    if (type.contains(u"xml"_s) || start.startsWith("<"))
        return Markup::Xml;
    return Markup::None;
}

/// The platform's envelope: "Message" plus each "Errors" entry's field and message.
std::optional<QString> envelopeMessage(const QJsonObject &object)
{
    if (object.value(u"Status"_s).toString() != u"ERROR"_s)
        return std::nullopt;
    const QJsonValue message = object.value(u"Message"_s);
    const QJsonValue errors = object.value(u"Errors"_s);
    if (!message.isString() || !(errors.isUndefined() || errors.isArray()))
        return std::nullopt; // claims to be the envelope but is not one
    QStringList parts{message.toString().trimmed()};
    for (const QJsonValue &entry : errors.toArray()) {
        const QJsonObject e = entry.toObject();
        const QString field = e.value(u"Field"_s).toString().trimmed();
        const QString text = e.value(u"Message"_s).toString().trimmed();
        if (!text.isEmpty())
            parts.append(field.isEmpty() ? text : field + u": "_s + text);
    }
    parts.removeAll(QString());
    return JsonReader::plainLine(parts.join(u"; "_s)).left(300);
}

HttpError withStatus(HttpError error, int status)
{
    error.status = status;
    return error;
}

HttpError rateLimited(const Answer &answer)
{
    HttpError error = HttpError::make(HttpError::Kind::RateLimited);
    const RestClient::RateLimit &limit = answer.rateLimit;
    error.retryAfterSeconds = limit.resetSeconds;
    if (limit.limit > 0 && limit.resetSeconds >= 0)
        error.message = HttpError::tr("The platform's request limit (%1 requests an hour) is used up. Try again in %2 s.")
                            .arg(limit.limit)
                            .arg(limit.resetSeconds);
    else if (limit.limit > 0)
        error.message = HttpError::tr("The platform's request limit (%1 requests an hour) is used up. Try again later.")
                            .arg(limit.limit);
    else if (limit.resetSeconds >= 0)
        error.message = HttpError::tr("The platform's request limit is used up. Try again in %1 s.").arg(limit.resetSeconds);
    return withStatus(error, answer.status);
}

} // namespace

RestClient::RateLimit rateLimit(const HttpAnswerParser &reply)
{
    RestClient::RateLimit limit;
    limit.limit = headerNumber(reply, "X-RateLimit-Limit");
    limit.remaining = headerNumber(reply, "X-RateLimit-Remaining");
    limit.resetSeconds = waitSeconds(reply, "X-RateLimit-Reset");
    if (limit.resetSeconds < 0)
        limit.resetSeconds = waitSeconds(reply, "Retry-After");
    return limit;
}

bool isWebPage(const Answer &answer)
{
    return markupOf(answer) == Markup::Html;
}

std::optional<QJsonObject> jsonObject(const Answer &answer)
{
    const QString type = answer.contentType.toLower();
    if (!type.startsWith(u"application/json"_s) && !(type.startsWith(u"application/"_s) && type.contains(u"+json"_s)))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

HttpError toError(const Answer &answer, const std::optional<QJsonObject> &object)
{
    using Kind = HttpError::Kind;
    const int status = answer.status;
    const Markup markup = markupOf(answer);
    if (status < 300) {
        if (markup == Markup::Html)
            return withStatus(HttpError::make(Kind::NotJson, HttpError::tr("a web page")), status);
        if (markup == Markup::Xml)
            return withStatus(HttpError::make(Kind::NotJson, HttpError::tr("XML")), status);
        return withStatus(HttpError::make(Kind::BadResponse), status);
    }
    if (status < 400) // a redirect status that is not a redirect, or 304
        return withStatus(HttpError::make(Kind::BadResponse, u"HTTP %1"_s.arg(status)), status);
    if (object) {
        // The management contract's own error object: its code has its own sentence.
        const QJsonObject managed = object->value(u"error"_s).toObject();
        if (!managed.isEmpty()) {
            HttpError error = HttpError::fromServer(status, managed.value(u"code"_s).toString(),
                                                  JsonReader::plainLine(managed.value(u"message"_s).toString()));
            // A lock-out says when it ends (Retry-After), not "a few minutes".
            if (error.code == u"too_many_attempts"_s && answer.rateLimit.resetSeconds >= 0) {
                const int seconds = answer.rateLimit.resetSeconds;
                error.retryAfterSeconds = seconds;
                const QString at = QLocale().toString(QTime::currentTime().addSecs(seconds), QLocale::ShortFormat);
                error.message = seconds < 120
                    ? HttpError::tr("Too many failed sign-ins for this user. Try again in %1 s (at %2).").arg(seconds).arg(at)
                    : HttpError::tr("Too many failed sign-ins for this user. Try again in %1 min (at %2).")
                          .arg((seconds + 59) / 60)
                          .arg(at);
            }
            return error;
        }
    }
    // The platform's hourly limit (the management contract's lock-out was handled above).
    if (status == 429)
        return rateLimited(answer);
    const std::optional<QString> platformMessage = object ? envelopeMessage(*object) : std::nullopt;
    HttpError error = HttpError::fromStatus(status);
    if (platformMessage && !platformMessage->isEmpty())
        error.message += HttpError::tr(" The platform said: “%1”").arg(*platformMessage);
    else if (markup != Markup::None && status < 500)
        error.message += HttpError::tr(" (The answer was %1, not JSON.)").arg(markup == Markup::Html ? HttpError::tr("a web page") : HttpError::tr("XML"));
    else if (object && !platformMessage && object->contains(u"Status"_s))
        error.message += HttpError::tr(" Its explanation was not in the platform's error format.");
    return error;
}

} // namespace AgencyTokens::ErrorAnswer
