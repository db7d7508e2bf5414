// SPDX-License-Identifier: MIT
#pragma once

#include "ActionState.h"
#include "TokenView.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

/// The app's settings, none of them secret: how long a revealed token stays
/// on screen, the page on screen, the address a sign-in starts from, and the
/// API reference. The pages reach it as the AppSettings singleton.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// How long a revealed Auth Token stays on screen before it hides itself.
    Q_PROPERTY(int revealSeconds READ revealSeconds WRITE setRevealSeconds NOTIFY revealSecondsChanged)
    /// The page on screen, kept across a change of shell (a rotation, a resized window).
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY placeChanged)
    /// The address a new sign-in starts from: --server, or the last one used. Never what a refused attempt typed.
    Q_PROPERTY(QString defaultServer READ defaultServer CONSTANT)
    Q_PROPERTY(QString apiReferenceUrl READ apiReferenceUrl CONSTANT)
    /// Opening the API reference: fails, with the address copied, when no browser opens.
    Q_PROPERTY(AgencyTokens::ActionState *openReferenceState READ openReferenceState CONSTANT)
public:
    /// `server` and `apiReference`: from the command line (empty: the last server used, the platform's reference).
    AppSettings(const QUrl &server, const QString &apiReference, QObject *parent = nullptr);
    /// The instance of the running AppServices, for QML.
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] int revealSeconds() const { return m_revealSeconds; }
    void setRevealSeconds(int seconds);
    [[nodiscard]] QString place() const { return m_place; }
    void setPlace(const QString &place);
    [[nodiscard]] QString defaultServer() const { return m_defaultServer.toString(); }
    /// The API address a new tokens-only account starts from: --server when the
    /// app was started with it, else the address of the accounts already here
    /// (a tokens-only one's first), else the platform's own.
    [[nodiscard]] Q_INVOKABLE QString suggestedApiAddress() const;
    [[nodiscard]] QString apiReferenceUrl() const { return m_apiReferenceUrl; }
    [[nodiscard]] ActionState *openReferenceState() const { return m_openReference; }
    /// The platform signed in to: the next sign-in starts from it.
    void rememberServer(const QUrl &server);

    /// In the browser; when none opens, says so and puts the address on the clipboard.
    Q_INVOKABLE void openApiReference();

Q_SIGNALS:
    void revealSecondsChanged();
    void placeChanged();

private:
    ActionState *m_openReference;
    QString m_apiReferenceUrl;
    QUrl m_defaultServer;
    QUrl m_commandLineServer;
    int m_revealSeconds = TokenView::DefaultRevealSeconds;
    QString m_place = QStringLiteral("home");
};

} // namespace AgencyTokens
