// SPDX-License-Identifier: MIT
#include "StateSnapshot.h"

#include "platform/JsonReader.h"
#include "platform/PlatformDecoding.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString StateSnapshot::toJson() const
{
    QJsonArray tokens;
    for (const TokenInfo &t : state.tokens) {
        QJsonObject token{{u"kind"_s, tokenKindToWire(t.kind)},
                          {u"accountSid"_s, t.accountSid.toString()},
                          {u"apiVersion"_s, t.apiVersion},
                          {u"createdAt"_s, dateValue(t.createdAt)},
                          {u"lastResetAt"_s, dateValue(t.lastResetAt)}};
        // The fingerprint of the token the keychain holds next to this state.
        if (!t.fingerprint.isEmpty())
            token.insert(u"fingerprint"_s, t.fingerprint);
        tokens.append(token);
    }
    QJsonArray versions;
    for (int v : state.apiVersions)
        versions.append(v);
    const QJsonObject root{
        {u"user"_s, QJsonObject{{u"username"_s, username}, {u"displayName"_s, displayName}, {u"role"_s, role}}},
        {u"agency"_s, agencyName},
        {u"legacyTokensEnabled"_s, state.legacyTokensEnabled},
        {u"canManage"_s, state.canManage},
        {u"apiVersions"_s, versions},
        {u"tokens"_s, tokens},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<StateSnapshot> StateSnapshot::fromJson(const QString &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    StateSnapshot snapshot;
    QString problem;
    if (!PlatformDecoding::servicesState(root, snapshot.state, problem))
        return std::nullopt;
    JsonReader reader(root);
    JsonReader user(reader.object(u"user"_s));
    snapshot.username = user.string(u"username"_s);
    snapshot.displayName = user.string(u"displayName"_s);
    snapshot.role = user.string(u"role"_s);
    snapshot.agencyName = reader.string(u"agency"_s);
    if (!reader.ok() || !user.ok())
        return std::nullopt;
    return snapshot;
}

} // namespace AgencyTokens
