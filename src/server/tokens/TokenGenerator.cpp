// SPDX-License-Identifier: MIT
#include "TokenGenerator.h"

#include "credentials/AccountSid.h"
#include "credentials/AuthToken.h"

#include <QByteArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {
constexpr int SessionTokenBytes = 32;
} // namespace

QString TokenGenerator::randomString(QLatin1StringView alphabet, qsizetype length)
{
    // Rejection sampling: taking a byte modulo the alphabet size would favour
    // the first characters; discarding the top of the range keeps it uniform.
    const auto size = quint32(alphabet.size());
    const quint32 limit = (256 / size) * size;
    QString result;
    result.reserve(length);
    auto *generator = QRandomGenerator::system();
    while (result.size() < length) {
        const quint32 byte = generator->generate() & 0xFF;
        if (byte < limit)
            result.append(alphabet.at(qsizetype(byte % size)));
    }
    return result;
}

QString TokenGenerator::accountSid()
{
    // The formats are the client's: one definition, in src/core/credentials.
    return AccountSid::Prefix + randomString(AccountSid::Alphabet, AccountSid::Length - AccountSid::Prefix.size());
}

QString TokenGenerator::authToken()
{
    return randomString(AuthToken::Alphabet, AuthToken::Length);
}

QString TokenGenerator::sessionToken()
{
    QByteArray bytes(SessionTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), SessionTokenBytes / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace AgencyTokens::Server
