// SPDX-License-Identifier: MIT
#include "PlatformTypes.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString checkAnswerToWire(CheckAnswer answer)
{
    switch (answer) {
    case CheckAnswer::Passed:
        break;
    case CheckAnswer::Refused:
        return u"refused"_s;
    case CheckAnswer::NotPermitted:
        return u"notPermitted"_s;
    case CheckAnswer::RateLimited:
        return u"rateLimited"_s;
    }
    return u"passed"_s;
}

CheckAnswer checkAnswerFromWire(QStringView text)
{
    if (text == u"refused")
        return CheckAnswer::Refused;
    if (text == u"notPermitted")
        return CheckAnswer::NotPermitted;
    if (text == u"rateLimited")
        return CheckAnswer::RateLimited;
    return CheckAnswer::Passed;
}

QString probeReachToWire(ProbeRow::Reach reach)
{
    switch (reach) {
    case ProbeRow::Reach::Allowed:
        return u"allowed"_s;
    case ProbeRow::Reach::Denied:
        return u"denied"_s;
    case ProbeRow::Reach::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace AgencyTokens
