// SPDX-License-Identifier: MIT
#include "PreAccountEntry.h"

#include "KeychainKeys.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
std::optional<TokenKind> kindFromKeyPart(const QString &part)
{
    for (TokenKind kind : LegacyTokenKinds) {
        if (part == tokenKindKeyPart(kind))
            return kind;
    }
    return std::nullopt;
}
} // namespace

std::optional<PreAccountEntry> PreAccountEntry::parse(const QString &key)
{
    const QString prefix = KeychainKeys::Service + u'/';
    if (!key.startsWith(prefix))
        return std::nullopt;
    // A host part never holds a '/', a SID never does either.
    const QStringList parts = key.mid(prefix.size()).split(u'/');
    if (parts.contains(QString()))
        return std::nullopt;
    PreAccountEntry entry;
    entry.key = key;
    entry.host = parts.constFirst();
    if (parts.size() == 2 && parts.at(1) == u"session") {
        entry.kind = Kind::Session;
        return entry;
    }
    if (parts.size() == 2 && parts.at(1) == u"state") {
        entry.kind = Kind::State;
        return entry;
    }
    // "<host>/<sid>/<kind>"; an account's own three-part keys end in "session" or "state".
    if (parts.size() == 3) {
        if (const auto kind = kindFromKeyPart(parts.at(2))) {
            entry.kind = Kind::Token;
            entry.tokenKind = *kind;
            entry.sid = parts.at(1);
            return entry;
        }
    }
    return std::nullopt;
}

QString PreAccountEntry::keyIn(const QString &accountPart) const
{
    switch (kind) {
    case Kind::Session:
        return KeychainKeys::sessionKey(accountPart);
    case Kind::State:
        return KeychainKeys::stateKey(accountPart);
    case Kind::Token:
        // As KeychainKeys::tokenKey(), from the SID as written (it was valid when it was).
        return accountPart + u'/' + sid + u'/' + tokenKindKeyPart(tokenKind);
    }
    return {};
}

} // namespace AgencyTokens
