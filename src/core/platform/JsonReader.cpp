// SPDX-License-Identifier: MIT
#include "JsonReader.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString JsonReader::plainLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
        else if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return out.trimmed();
}

JsonReader::JsonReader(const QJsonObject &object, const QString &where)
    : m_object(object)
    , m_where(where)
{
}

void JsonReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = m_where.isEmpty() ? problem : m_where + u": "_s + problem;
}

QJsonValue JsonReader::field(const QString &name, QJsonValue::Type type, bool nullable)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        fail(u"field \"%1\" is missing"_s.arg(name));
        return {};
    }
    if (nullable && value.isNull())
        return value;
    if (value.type() != type) {
        fail(u"field \"%1\" has the wrong type"_s.arg(name));
        return {};
    }
    return value;
}

QString JsonReader::string(const QString &name)
{
    return field(name, QJsonValue::String).toString();
}

int JsonReader::integer(const QString &name)
{
    const QJsonValue value = field(name, QJsonValue::Double);
    if (!ok())
        return 0;
    const double number = value.toDouble();
    // Checked before any cast: converting a double outside int's range (or
    // NaN) to int is undefined behaviour. QJsonDocument turns 1e400 into inf.
    if (!std::isfinite(number)) {
        fail(u"field \"%1\" is not a finite number"_s.arg(name));
        return 0;
    }
    if (number < double(std::numeric_limits<int>::min()) || number > double(std::numeric_limits<int>::max())) {
        fail(u"field \"%1\" is out of range (%2 to %3)"_s.arg(name)
                 .arg(std::numeric_limits<int>::min())
                 .arg(std::numeric_limits<int>::max()));
        return 0;
    }
    if (std::trunc(number) != number) {
        fail(u"field \"%1\" is not a whole number"_s.arg(name));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const QString &name)
{
    return field(name, QJsonValue::Bool).toBool();
}

QJsonArray JsonReader::array(const QString &name)
{
    return field(name, QJsonValue::Array).toArray();
}

QJsonObject JsonReader::object(const QString &name)
{
    return field(name, QJsonValue::Object).toObject();
}

QDateTime JsonReader::dateTime(const QString &name, bool nullable)
{
    const QJsonValue value = field(name, QJsonValue::String, nullable);
    if (value.isNull() || !ok())
        return {};
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid())
        fail(u"field \"%1\" is not a date"_s.arg(name));
    return parsed;
}

} // namespace AgencyTokens
