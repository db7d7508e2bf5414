// SPDX-License-Identifier: MIT
#include "TokenCipher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

// The label the fingerprint key is derived under, so it is never the encryption key itself.
const QByteArray FingerprintPurpose = QByteArrayLiteral("agencytokens fingerprint v1");

constexpr auto Prefix = "v1:"_L1;
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const auto *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

bool TokenCipher::open(const QString &keyFile, bool mayCreate, QString *error)
{
    QFile file(keyFile);
    if (!file.exists()) {
        if (!mayCreate) {
            *error = u"The token key file %1 is missing, but the database holds tokens encrypted with it. "
                     "Restore it (or pass its place with --token-key)."_s.arg(keyFile);
            return false;
        }
        QByteArray key(KeyBytes, Qt::Uninitialized);
        // NewOnly and the mode at creation: no moment where others could open it.
        if (RAND_bytes(bytes(key), int(key.size())) != 1
            || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
            || file.write(key) != key.size() || !file.flush()) {
            *error = u"Cannot create the token key file %1: %2"_s.arg(keyFile, file.errorString());
            file.remove();
            return false;
        }
        m_key = key;
        m_fingerprintKey = QMessageAuthenticationCode::hash(FingerprintPurpose, m_key, QCryptographicHash::Sha256);
        return true;
    }
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (file.permissions() & others) {
        *error = u"The token key file %1 may be read by other users; make it private (chmod 600)."_s.arg(keyFile);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the token key file %1: %2"_s.arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray key = file.read(KeyBytes + 1);
    if (key.size() != KeyBytes) {
        *error = u"The token key file %1 is damaged (it must hold %2 bytes)."_s.arg(keyFile).arg(KeyBytes);
        return false;
    }
    m_key = key;
    m_fingerprintKey = QMessageAuthenticationCode::hash(FingerprintPurpose, m_key, QCryptographicHash::Sha256);
    return true;
}

QString TokenCipher::fingerprint(const QString &token, const QString &accountSid) const
{
    // The SID is in the message too: two rows with one token still differ.
    const QByteArray message = accountSid.toUtf8() + '\0' + token.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_fingerprintKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.first(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool TokenCipher::isEncrypted(const QString &stored)
{
    return stored.startsWith(Prefix);
}

QString TokenCipher::encrypt(const QString &token, const QString &accountSid) const
{
    Q_ASSERT(isOpen());
    const QByteArray plain = token.toUtf8();
    const QByteArray aad = accountSid.toUtf8();
    QByteArray out(NonceBytes + plain.size() + TagBytes, Qt::Uninitialized);
    unsigned char *nonce = bytes(out);
    unsigned char *cipherText = nonce + NonceBytes;
    int length = 0;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const bool ok = context && RAND_bytes(nonce, NonceBytes) == 1
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), nonce) == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(context.get(), cipherText, &length, bytes(plain), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(context.get(), cipherText + length, &length) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, cipherText + plain.size()) == 1;
    // Never fall back to storing the token in clear.
    if (!ok)
        return {};
    return Prefix + QString::fromLatin1(out.toBase64());
}

std::optional<QString> TokenCipher::decrypt(const QString &stored, const QString &accountSid) const
{
    if (!isOpen() || !isEncrypted(stored))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(QStringView(stored).sliced(Prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).size() < NonceBytes + TagBytes)
        return std::nullopt;
    const QByteArray &in = *decoded;
    const QByteArray aad = accountSid.toUtf8();
    const qsizetype cipherSize = in.size() - NonceBytes - TagBytes;
    const unsigned char *nonce = bytes(in);
    const unsigned char *cipherText = nonce + NonceBytes;
    QByteArray tag = in.last(TagBytes);
    QByteArray plain(cipherSize, Qt::Uninitialized);
    int length = 0;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const bool ok = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), nonce) == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(context.get(), bytes(plain), &length, cipherText, int(cipherSize)) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) == 1
        // Final checks the tag: a changed byte or another row's SID fails here.
        && EVP_DecryptFinal_ex(context.get(), bytes(plain) + length, &length) == 1;
    if (!ok)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace AgencyTokens::Server
