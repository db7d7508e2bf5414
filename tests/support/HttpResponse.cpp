// SPDX-License-Identifier: MIT
#include "HttpResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Testing {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace AgencyTokens::Testing
