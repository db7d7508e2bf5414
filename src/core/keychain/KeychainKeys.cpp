// SPDX-License-Identifier: MIT
#include "KeychainKeys.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::KeychainKeys {

QString tokenKey(const QString &host, const AccountSid &sid, TokenKind kind)
{
    return Service + u"/"_s + host + u'/' + sid.toString() + u'/' + tokenKindKeyPart(kind);
}

QString sessionKey(const QString &host)
{
    return Service + u"/"_s + host + u"/session"_s;
}

QString stateKey(const QString &host)
{
    return Service + u"/"_s + host + u"/state"_s;
}

QString indexKey()
{
    return Service + u"/index"_s;
}

QString hostPart(const QString &host, int port)
{
    const QString lower = host.toLower();
    return port > 0 ? lower + u':' + QString::number(port) : lower;
}

} // namespace AgencyTokens::KeychainKeys
