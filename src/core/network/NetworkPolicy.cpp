// SPDX-License-Identifier: MIT
#include "NetworkPolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace AgencyTokens::NetworkPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpError checkAddress(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return HttpError::make(HttpError::Kind::InvalidAddress);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http")
        return isLoopback(url) ? HttpError{} : HttpError::make(HttpError::Kind::InsecureAddress);
    return HttpError::make(HttpError::Kind::InvalidAddress);
}

QUrl addressFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // "platform.example" means the secure address; a plain http:// one must be typed out.
    const QString withScheme = trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed;
    return QUrl(withScheme, QUrl::StrictMode);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme().toLower() == u"https" ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort) == b.port(defaultPort);
}

} // namespace AgencyTokens::NetworkPolicy
