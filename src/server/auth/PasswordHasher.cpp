// SPDX-License-Identifier: MIT
#include "PasswordHasher.h"

#include "ConstantTime.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

constexpr auto Scheme = "pbkdf2-sha256";
// Refuse absurd counts from a damaged row instead of hanging the server.
constexpr int MaxIterations = 10'000'000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    // OpenSSL, not QPasswordDigestor: the same PBKDF2, but about five times
    // faster, which is what lets the default reach OWASP's 600,000 rounds.
    const QByteArray secret = password.toUtf8();
    QByteArray key(PasswordHasher::KeyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), int(key.size()),
                                     reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    const QByteArray key = derive(password, salt, iterations);
    return u"%1$%2$%3$%4"_s.arg(QLatin1StringView(Scheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts.at(0) != QLatin1StringView(Scheme))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > MaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || (*key).size() != KeyBytes)
        return false;
    return constantTimeEquals(derive(password, *salt, iterations), *key);
}

void PasswordHasher::burnVerifyTime(const QString &password, int iterations)
{
    static const QByteArray dummySalt(SaltBytes, '\0');
    (void)derive(password, dummySalt, iterations);
}

} // namespace AgencyTokens::Server
