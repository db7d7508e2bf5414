// SPDX-License-Identifier: MIT
#include "Credential.h"

namespace AgencyTokens {

QByteArray Credential::basicAuthorizationHeader() const
{
    const QByteArray pair = accountSid.toString().toUtf8() + ':' + authToken.revealClearValue().toUtf8();
    return QByteArrayLiteral("Basic ") + pair.toBase64();
}

QDebug operator<<(QDebug debug, const Credential &credential)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Credential(" << tokenKindToWire(credential.kind) << ", " << credential.accountSid << ", "
                    << credential.authToken << ')';
    return debug;
}

TokenRef TokenRef::scoped(const AccountSid &sid)
{
    TokenRef ref;
    ref.kind = TokenKind::Scoped;
    ref.sid = sid;
    return ref;
}

TokenRef TokenRef::of(const Credential &credential)
{
    return credential.kind == TokenKind::Scoped ? scoped(credential.accountSid) : TokenRef(credential.kind);
}

bool TokenRef::matches(TokenKind otherKind, const AccountSid &otherSid) const
{
    return kind == otherKind && (!isScoped() || sid == otherSid);
}

QString TokenRef::key() const
{
    return isScoped() ? tokenKindToWire(kind) + u'/' + sid.toString() : tokenKindToWire(kind);
}

} // namespace AgencyTokens
