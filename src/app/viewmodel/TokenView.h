// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

class TokenService;

/// One legacy token as the pages show it. No clear secret in any property:
/// the masked form only; the clear value goes straight from C++ to the
/// clipboard, or to a view on an explicit reveal.
class TokenView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int kind READ kind CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(bool present READ present NOTIFY changed)
    Q_PROPERTY(QString accountSid READ accountSid NOTIFY changed)
    Q_PROPERTY(int apiVersion READ apiVersion NOTIFY changed)
    Q_PROPERTY(QString createdText READ createdText NOTIFY changed)
    Q_PROPERTY(QString lastResetText READ lastResetText NOTIFY changed)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY changed)
    Q_PROPERTY(QString maskedToken READ maskedToken NOTIFY changed)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY changed)
    Q_PROPERTY(QVariantList upgradeVersions READ upgradeVersions NOTIFY changed)
public:
    TokenView(TokenService *service, TokenKind kind, QObject *parent = nullptr);

    [[nodiscard]] int kind() const { return int(m_kind); }
    [[nodiscard]] TokenKind tokenKind() const { return m_kind; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool present() const;
    [[nodiscard]] QString accountSid() const;
    [[nodiscard]] int apiVersion() const;
    /// "28 Nov 2026, 21:40" in the local time zone, or "—".
    [[nodiscard]] QString createdText() const;
    /// As createdText, or "Never" before the first reset.
    [[nodiscard]] QString lastResetText() const;
    /// Whether the Auth Token is at hand (keychain or a fresh answer).
    [[nodiscard]] bool hasSecret() const;
    [[nodiscard]] QString maskedToken() const;
    /// The token came from the server but the keychain has not confirmed it.
    [[nodiscard]] bool unsaved() const;
    /// The current API version and the newer ones: an upgrade only goes forward.
    [[nodiscard]] QVariantList upgradeVersions() const;

Q_SIGNALS:
    void changed();

private:
    TokenService *m_service;
    TokenKind m_kind;
};

} // namespace AgencyTokens
