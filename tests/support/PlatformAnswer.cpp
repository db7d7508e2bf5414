// SPDX-License-Identifier: MIT
#include "PlatformAnswer.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Testing::PlatformAnswer {

QString envelopeMessage(const HttpResponse &response)
{
    const QJsonObject json = response.json();
    if (!response.header("Content-Type").startsWith("application/json") || json.value(u"Status"_s) != u"ERROR"_s
        || !json.value(u"Message"_s).isString() || !json.value(u"Errors"_s).isArray())
        return u"<not the envelope: %1>"_s.arg(QString::fromUtf8(response.body));
    return json.value(u"Message"_s).toString();
}

QHash<QString, QString> xmlFields(const QByteArray &xml, QString *root)
{
    QHash<QString, QString> fields;
    QXmlStreamReader reader(xml);
    int depth = 0;
    QString current;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1)
                *root = reader.name().toString();
            if (depth == 2)
                current = reader.name().toString();
        } else if (token == QXmlStreamReader::Characters && depth == 2) {
            fields[current] += reader.text().toString();
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && !fields.contains(current))
                fields[current] = QString();
            --depth;
        }
    }
    if (reader.hasError())
        fields[u"<error>"_s] = reader.errorString();
    return fields;
}

} // namespace AgencyTokens::Testing::PlatformAnswer
