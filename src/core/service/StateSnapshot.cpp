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

namespace {

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &each : list)
        array.append(each);
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &each : value.toArray()) {
        if (each.isString())
            out.append(each.toString());
    }
    return out;
}

QJsonObject tokenJson(const TokenInfo &t)
{
    QJsonObject token{{u"kind"_s, tokenKindToWire(t.kind)},
                      {u"accountSid"_s, t.accountSid.toString()},
                      {u"apiVersion"_s, t.apiVersion},
                      {u"createdAt"_s, dateValue(t.createdAt)},
                      {u"lastResetAt"_s, dateValue(t.lastResetAt)}};
    // The fingerprint of the token the keychain holds next to this state.
    if (!t.fingerprint.isEmpty())
        token.insert(u"fingerprint"_s, t.fingerprint);
    if (t.kind == TokenKind::Scoped) {
        token.insert(u"id"_s, t.accountSid.toString());
        token.insert(u"name"_s, t.name);
        token.insert(u"description"_s, t.description);
        token.insert(u"primaryContact"_s, t.primaryContact);
        token.insert(u"developerEmails"_s, stringArray(t.developerEmails));
        token.insert(u"scopes"_s, stringArray(t.scopes));
    }
    // What this device found out: not the platform's, ignored by its decoding.
    if (t.lastCheck != CheckAnswer::Passed)
        token.insert(u"lastCheck"_s, checkAnswerToWire(t.lastCheck));
    if (t.probedAt.isValid()) {
        token.insert(u"probedAt"_s, dateValue(t.probedAt));
        token.insert(u"reachable"_s, stringArray(t.reachable));
        token.insert(u"unreachable"_s, stringArray(t.unreachable));
    }
    return token;
}

/// The local findings of tokenJson(), read back into the decoded `tokens`.
void takeFindings(const QJsonArray &raw, QList<TokenInfo> &tokens)
{
    for (qsizetype i = 0; i < tokens.size() && i < raw.size(); ++i) {
        const QJsonObject each = raw.at(i).toObject();
        TokenInfo &info = tokens[i];
        info.lastCheck = checkAnswerFromWire(each.value(u"lastCheck"_s).toString());
        info.probedAt = QDateTime::fromString(each.value(u"probedAt"_s).toString(), Qt::ISODate);
        if (info.probedAt.isValid()) {
            info.reachable = stringList(each.value(u"reachable"_s));
            info.unreachable = stringList(each.value(u"unreachable"_s));
        }
    }
}

} // namespace

QString StateSnapshot::toJson() const
{
    QJsonArray tokens;
    for (const TokenInfo &t : state.tokens)
        tokens.append(tokenJson(t));
    QJsonArray accessTokens;
    for (const TokenInfo &t : state.accessTokens)
        accessTokens.append(tokenJson(t));
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
    QJsonObject all = root;
    // Written whenever there is something to say, so that an account without
    // scoped tokens keeps the snapshot it had.
    if (state.accessTokensOffered || !state.accessTokens.isEmpty())
        all.insert(u"accessTokens"_s, accessTokens);
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
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
    takeFindings(root.value(u"tokens"_s).toArray(), snapshot.state.tokens);
    takeFindings(root.value(u"accessTokens"_s).toArray(), snapshot.state.accessTokens);
    return snapshot;
}

} // namespace AgencyTokens
