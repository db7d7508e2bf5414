// SPDX-License-Identifier: MIT
#include "KeychainKeys.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::KeychainKeys {

QString accountPart(const QUrl &address, const QString &accountId)
{
    return Service + u'/' + hostPart(address.host(), address.port()) + u'/' + accountId;
}

QString tokenKey(const QString &accountPart, const AccountSid &sid, TokenKind kind)
{
    return accountPart + u'/' + sid.toString() + u'/' + tokenKindKeyPart(kind);
}

QString sessionKey(const QString &accountPart)
{
    return accountPart + u"/session"_s;
}

QString stateKey(const QString &accountPart)
{
    return accountPart + u"/state"_s;
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
