// SPDX-License-Identifier: MIT
#include "PlatformReply.h"

#include "http/RequestHeaders.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

void writeValue(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValue(xml, it.key(), it.value());
    } else if (value.isArray()) {
        // Lists hold objects of one kind: <Errors><Error>…</Error></Errors>.
        const QString item = name.endsWith(u's') ? name.chopped(1) : name;
        for (const QJsonValue &entry : value.toArray())
            writeValue(xml, item, entry);
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? u"true"_s : u"false"_s);
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble()));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

} // namespace

bool PlatformReply::wantsJson(const QHttpServerRequest &request)
{
    return RequestHeaders::value(request, "Accept").toLower().contains("application/json");
}

QByteArray PlatformReply::toXml(const QJsonObject &object, const QString &root)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeValue(xml, root, object);
    xml.writeEndDocument();
    return out;
}

QHttpServerResponse PlatformReply::document(const QJsonObject &body, const QString &root, bool json, Status status)
{
    if (json)
        return QHttpServerResponse("application/json"_ba, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    return QHttpServerResponse("application/xml"_ba, toXml(body, root), status);
}

QHttpServerResponse PlatformReply::error(Status status, const QString &message, bool json,
                                         const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &e : errors)
        list.append(QJsonObject{{u"Field"_s, e.field}, {u"Message"_s, e.message}});
    return document({{u"Status"_s, u"ERROR"_s}, {u"Message"_s, message}, {u"Errors"_s, list}}, u"ImpactError"_s,
                    json, status);
}

} // namespace AgencyTokens::Server
