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

} // namespace AgencyTokens
