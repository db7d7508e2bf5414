// SPDX-License-Identifier: MIT
#include "AuthToken.h"

#include <QCoreApplication>

namespace AgencyTokens {

bool AuthToken::isAllowedCharacter(QChar c)
{
    return c.unicode() < 128 && Alphabet.contains(c);
}

Validation AuthToken::validate(QStringView text)
{
    using R = Validation::Reason;
    if (text.isEmpty())
        return Validation::refuse(R::Empty, tr("The Auth Token is empty."));
    // Say where the bad character is, never what it is: the text is a secret.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAllowedCharacter(text.at(i)))
            return Validation::refuse(R::BadCharacter,
                                      tr("An Auth Token has only letters, digits and . _ ~ - "
                                         "(character %1 is not one).").arg(i + 1));
    }
    if (text.size() != Length)
        return Validation::refuse(R::WrongLength,
                                  tr("An Auth Token is %1 characters long, this one has %2.")
                                      .arg(Length).arg(text.size()));
    return Validation::accept();
}

std::optional<AuthToken> AuthToken::parse(const QString &text)
{
    if (!validate(text).ok())
        return std::nullopt;
    return AuthToken(Secret::fromClearValue(text));
}

QDebug operator<<(QDebug debug, const AuthToken &token)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AuthToken(" << (token.isEmpty() ? QStringLiteral("empty") : token.masked()) << ')';
    return debug;
}

} // namespace AgencyTokens
