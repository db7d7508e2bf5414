// SPDX-License-Identifier: MIT
#include "AccountSid.h"

#include <QCoreApplication>

namespace AgencyTokens {

Validation AccountSid::validate(QStringView text)
{
    using R = Validation::Reason;
    text = text.trimmed();
    if (text.isEmpty())
        return Validation::refuse(R::Empty, tr("The Account SID is empty."));
    if (!text.startsWith(Prefix))
        return Validation::refuse(R::WrongPrefix, tr("An Account SID starts with \"IR\"."));
    for (qsizetype i = Prefix.size(); i < text.size(); ++i) {
        if (text.at(i).unicode() >= 128 || !Alphabet.contains(text.at(i)))
            return Validation::refuse(R::BadCharacter,
                                      tr("An Account SID has only letters and digits after \"IR\" "
                                         "(character %1 is not one).").arg(i + 1));
    }
    if (text.size() != Length)
        return Validation::refuse(R::WrongLength,
                                  tr("An Account SID is %1 characters long, this one has %2.")
                                      .arg(Length).arg(text.size()));
    return Validation::accept();
}

std::optional<AccountSid> AccountSid::parse(QStringView text)
{
    if (!validate(text).ok())
        return std::nullopt;
    return AccountSid(text.trimmed().toString());
}

QDebug operator<<(QDebug debug, const AccountSid &sid)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AccountSid(" << sid.toString() << ')';
    return debug;
}

} // namespace AgencyTokens
