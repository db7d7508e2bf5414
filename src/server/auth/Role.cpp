// SPDX-License-Identifier: MIT
#include "Role.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

QString roleToWire(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"administrator"_s;
    case Role::ImplementationSpecialist:
        return u"implementationSpecialist"_s;
    case Role::Staff:
        break;
    }
    return u"staff"_s;
}

std::optional<Role> roleFromWire(QStringView wire)
{
    if (wire == u"administrator")
        return Role::Administrator;
    if (wire == u"implementationSpecialist")
        return Role::ImplementationSpecialist;
    if (wire == u"staff")
        return Role::Staff;
    return std::nullopt;
}

bool canManageTokens(Role role)
{
    return role == Role::Administrator || role == Role::ImplementationSpecialist;
}

} // namespace AgencyTokens::Server
