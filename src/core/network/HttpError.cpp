// SPDX-License-Identifier: MIT
#include "HttpError.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

HttpError HttpError::make(Kind kind, const QString &detail)
{
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InsecureAddress:
        message = tr("This address uses plain http://. Tokens are only sent over HTTPS (plain http is allowed "
                     "for this computer only). Use the https:// address of your platform.");
        break;
    case Kind::InvalidAddress:
        message = tr("This is not a usable platform address. Enter it as https://your-platform.example.");
        break;
    case Kind::Unreachable:
        message = tr("The platform cannot be reached. Check your connection and the address, then try again.");
        break;
    case Kind::Timeout:
        message = tr("The platform did not answer in time. Try again in a moment.");
        break;
    case Kind::ConnectionClosed:
        message = tr("The platform closed the connection without answering. Try again in a moment; if it keeps "
                     "happening, check the address points at the platform.");
        break;
    case Kind::Tls:
        message = tr("The platform's secure connection could not be verified, so nothing was sent. Check the "
                     "address; if it is right, the certificate may be wrong or the network intercepted.");
        break;
    case Kind::Redirect:
        message = tr("The platform tried to send this request to another address. It was refused so that your "
                     "credentials stay with the platform you chose.");
        break;
    case Kind::TooLarge:
        message = tr("The platform's answer was far larger than expected and was refused.");
        break;
    case Kind::BadResponse:
        message = tr("The platform's answer could not be understood. Check the address points at the platform.");
        break;
    case Kind::NotJson:
        return {kind, 0, {}, tr("The platform answered with %1 instead of JSON, so nothing could be read from it. "
                                "Check that the address is the platform's API address.")
                                 .arg(detail.isEmpty() ? tr("something else") : detail)};
    case Kind::RateLimited:
        message = tr("The platform's request limit is used up. Try again later.");
        break;
    case Kind::Server:
        message = tr("The platform reported an error. Try again later.");
        break;
    case Kind::Cancelled:
        message = tr("The request was cancelled.");
        break;
    }
    if (!detail.isEmpty())
        message += u" ("_s + detail + u')';
    return {kind, 0, {}, message};
}

QString HttpError::messageForCode(const QString &code)
{
    static const QHash<QString, const char *> messages{
        {u"invalid_credentials"_s, QT_TRANSLATE_NOOP("HttpError", "The user name or password is wrong.")},
        {u"too_many_attempts"_s, QT_TRANSLATE_NOOP("HttpError", "Too many failed sign-ins for this user. Wait a few minutes, then try again.")},
        {u"session_required"_s, QT_TRANSLATE_NOOP("HttpError", "You are not signed in. Sign in again.")},
        {u"session_expired"_s, QT_TRANSLATE_NOOP("HttpError", "Your session has expired. Sign in again; your saved tokens are kept.")},
        {u"forbidden"_s, QT_TRANSLATE_NOOP("HttpError", "Only account administrators and implementation specialists may see or change API tokens. Ask one of them.")},
        {u"already_enabled"_s, QT_TRANSLATE_NOOP("HttpError", "Legacy tokens are already enabled for this account.")},
        {u"not_enabled"_s, QT_TRANSLATE_NOOP("HttpError", "Legacy tokens are not enabled for this account yet.")},
        {u"unknown_kind"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not know this kind of token.")},
        {u"downgrade_not_allowed"_s, QT_TRANSLATE_NOOP("HttpError", "An API version can only be upgraded, never lowered.")},
        {u"unknown_version"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not offer this API version.")},
        {u"read_only_token"_s, QT_TRANSLATE_NOOP("HttpError", "A Read-Only token cannot change data.")},
        {u"bad_json"_s, QT_TRANSLATE_NOOP("HttpError", "The platform could not read the request. Update the app.")},
        {u"bad_content_type"_s, QT_TRANSLATE_NOOP("HttpError", "The platform refused the request format. Update the app.")},
        {u"body_too_large"_s, QT_TRANSLATE_NOOP("HttpError", "The request was too large for the platform.")},
        {u"bad_request"_s, QT_TRANSLATE_NOOP("HttpError", "The platform refused the request as malformed. Update the app.")},
        {u"token_forbidden"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not allow this token to do that: a Read-Only token cannot change data, and a token can be limited to some calls.")},
        {u"unauthorized"_s, QT_TRANSLATE_NOOP("HttpError", "The platform refused this Account SID and Auth Token: the token is wrong, or it was reset.")},
        {u"name_taken"_s, QT_TRANSLATE_NOOP("HttpError", "This account already has an access token with this name. Choose another name.")},
        {u"unknown_scope"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not offer one of the chosen scopes. Reload the list of scopes and choose again.")},
        {u"too_many_tokens"_s, QT_TRANSLATE_NOOP("HttpError", "This account has as many access tokens as the platform allows (50). Delete one it no longer needs first.")},
        {u"unknown_token"_s, QT_TRANSLATE_NOOP("HttpError", "The platform has no such access token: it may have been deleted. Reload the page.")},
        {u"internal_error"_s, QT_TRANSLATE_NOOP("HttpError", "The platform had an internal error. Try again later.")},
        {u"not_found"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not offer this function. Check the address.")},
        {u"method_not_allowed"_s, QT_TRANSLATE_NOOP("HttpError", "The platform does not offer this function. Check the address.")},
    };
    const auto it = messages.constFind(code);
    return it == messages.constEnd() ? QString() : tr(it.value());
}

HttpError HttpError::fromStatus(int status)
{
    QString code;
    QString message;
    if (status == 401) {
        code = u"unauthorized"_s;
        message = messageForCode(code);
    } else if (status == 403) {
        code = u"token_forbidden"_s;
        message = messageForCode(code);
    } else if (status == 404) {
        code = u"not_found"_s;
        message = messageForCode(code);
    } else if (status >= 500) {
        message = tr("The platform had an internal error (HTTP %1). Try again later.").arg(status);
    } else {
        message = tr("The platform refused the request (HTTP %1).").arg(status);
    }
    return {Kind::Server, status, code, message};
}

HttpError HttpError::fromServer(int status, const QString &code, const QString &serverMessage)
{
    QString message = messageForCode(code);
    if (!message.isEmpty())
        return {Kind::Server, status, code, message};
    HttpError error = fromStatus(status);
    error.code = code;
    if (status < 500 && status != 401 && !serverMessage.isEmpty())
        error.message = serverMessage.left(300);
    return error;
}

} // namespace AgencyTokens
