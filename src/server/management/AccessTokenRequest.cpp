// SPDX-License-Identifier: MIT
#include "AccessTokenRequest.h"

#include "http/JsonBody.h"
#include "tokens/ApiVersions.h"
#include "tokens/ScopeCatalogue.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

bool isEmailLike(const QString &text)
{
    return text.count(u'@') == 1 && text.size() <= AccessTokenRequest::MaxEmail;
}

/// The strings of \a value, if it is an array of strings only.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

// Messages name the field, never echo what was sent.
std::optional<ApiError> readShapes(const QJsonObject &body, AccessTokenRequest::Mode mode, AccessTokenRequest &out)
{
    const bool create = mode == AccessTokenRequest::Mode::Create;
    if (body.contains(u"name"_s) || create) {
        const QString name = body.value(u"name"_s).toString().trimmed();
        if (!body.value(u"name"_s).isString() || name.isEmpty() || name.size() > AccessTokenRequest::MaxName)
            return ApiError::badRequest(u"\"name\" must be a non-empty string of at most 100 characters."_s);
        out.name = name;
    }
    if (body.contains(u"description"_s)) {
        const QJsonValue value = body.value(u"description"_s);
        if (!value.isString() || value.toString().size() > AccessTokenRequest::MaxDescription)
            return ApiError::badRequest(u"\"description\" must be a string of at most 1000 characters."_s);
        out.description = value.toString();
    }
    if (body.contains(u"apiVersion"_s)) {
        out.apiVersion = JsonBody::wholeNumber(body.value(u"apiVersion"_s));
        if (!out.apiVersion)
            return ApiError::badRequest(u"\"apiVersion\" must be a whole number."_s);
    }
    if (body.contains(u"primaryContact"_s) || create) {
        const QJsonValue value = body.value(u"primaryContact"_s);
        if (!value.isString() || !isEmailLike(value.toString()))
            return ApiError::badRequest(u"\"primaryContact\" must be an e-mail address."_s);
        out.primaryContact = value.toString();
    }
    if (body.contains(u"developerEmails"_s)) {
        out.developerEmails = stringList(body.value(u"developerEmails"_s));
        if (!out.developerEmails || out.developerEmails->size() > AccessTokenRequest::MaxDeveloperEmails
            || !std::all_of(out.developerEmails->cbegin(), out.developerEmails->cend(), isEmailLike))
            return ApiError::badRequest(u"\"developerEmails\" must be a list of at most 20 e-mail addresses."_s);
    }
    if (body.contains(u"scopes"_s) || create) {
        out.scopes = stringList(body.value(u"scopes"_s));
        if (!out.scopes || out.scopes->isEmpty())
            return ApiError::badRequest(u"\"scopes\" must be a non-empty list of scope ids."_s);
    }
    return std::nullopt;
}

} // namespace

std::variant<AccessTokenRequest, ApiError> AccessTokenRequest::read(const QJsonObject &body, Mode mode)
{
    AccessTokenRequest request;
    if (auto error = readShapes(body, mode, request))
        return *error;
    if (request.apiVersion && !ApiVersions::isKnown(*request.apiVersion))
        return ApiError::unknownVersion(*request.apiVersion);
    if (request.scopes) {
        for (qsizetype i = 0; i < request.scopes->size(); ++i) {
            if (!ScopeCatalogue::isKnown(request.scopes->at(i)))
                return ApiError{ApiError::Status::UnprocessableEntity, u"unknown_scope"_s,
                                u"scopes[%1] is not in the scope catalogue (GET /api/v1/access-tokens/scopes)."_s.arg(i),
                                {}};
        }
        request.scopes = ScopeCatalogue::normalised(*request.scopes);
    }
    return request;
}

AccessTokenFields AccessTokenRequest::toFields() const
{
    AccessTokenFields fields;
    fields.apiVersion = ApiVersions::Newest;
    applyTo(fields);
    return fields;
}

void AccessTokenRequest::applyTo(AccessTokenFields &fields) const
{
    fields.name = name.value_or(fields.name);
    fields.description = description.value_or(fields.description);
    fields.apiVersion = apiVersion.value_or(fields.apiVersion);
    fields.primaryContact = primaryContact.value_or(fields.primaryContact);
    fields.developerEmails = developerEmails.value_or(fields.developerEmails);
    fields.scopes = scopes.value_or(fields.scopes);
}

} // namespace AgencyTokens::Server
