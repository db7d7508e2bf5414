// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

/// Protects the window's pixels while secrets are on screen, through the
/// operating-system hooks of SystemScreen.h. Pages set the two flags; the
/// guard decides what each system does with them.
class ScreenGuard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    /// A token page is open (Android: the window is marked secure).
    Q_PROPERTY(bool tokenPageOpen READ tokenPageOpen WRITE setTokenPageOpen NOTIFY protectionChanged)
    /// A token is revealed (Windows, macOS: the window is excluded from capture).
    Q_PROPERTY(bool tokenRevealed READ tokenRevealed WRITE setTokenRevealed NOTIFY protectionChanged)
public:
    using QObject::QObject;
    ~ScreenGuard() override;

    [[nodiscard]] QWindow *window() const { return m_window; }
    void setWindow(QWindow *window);
    [[nodiscard]] bool tokenPageOpen() const { return m_tokenPageOpen; }
    void setTokenPageOpen(bool open);
    [[nodiscard]] bool tokenRevealed() const { return m_tokenRevealed; }
    void setTokenRevealed(bool revealed);

Q_SIGNALS:
    void windowChanged();
    void protectionChanged();

private:
    void apply();

    QPointer<QWindow> m_window;
    bool m_tokenPageOpen = false;
    bool m_tokenRevealed = false;
};

} // namespace AgencyTokens
