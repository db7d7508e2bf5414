// SPDX-License-Identifier: MIT
// PlatformDecoding (and JsonReader under it): every decoder over the JSON
// object the fuzzer's bytes parse to, as a server answer would reach them.
#include "platform/PlatformDecoding.h"

#include <QJsonDocument>

#include <cstdint>

using namespace AgencyTokens;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    QString problem;
    SessionInfo session;
    (void)PlatformDecoding::session(json, session, problem);
    TokenInfo token;
    (void)PlatformDecoding::tokenInfo(json, token, problem);
    ServicesState state;
    (void)PlatformDecoding::servicesState(json, state, problem);
    Credential credential;
    (void)PlatformDecoding::credential(json, credential, problem);
    QList<Credential> credentials;
    (void)PlatformDecoding::credentials(json, credentials, problem);
    VerifyResult verify;
    (void)PlatformDecoding::verifyResult(json, verify, problem);
    TokenInfo accessToken;
    (void)PlatformDecoding::accessToken(json, accessToken, problem);
    QList<TokenInfo> accessTokens;
    (void)PlatformDecoding::accessTokens(json, accessTokens, problem);
    IssuedAccessToken issued;
    (void)PlatformDecoding::issuedAccessToken(json, issued, problem);
    QList<ScopeInfo> scopes;
    (void)PlatformDecoding::scopeCatalogue(json, scopes, problem);
    return 0;
}
