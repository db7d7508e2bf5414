// SPDX-License-Identifier: MIT
#pragma once

#include <QBasicTimer>
#include <QObject>
#include <QQmlIncubationController>

namespace AgencyTokens {

/// Builds what asynchronous Loaders ask for whenever the event loop has
/// nothing else to do, in slices of a few milliseconds, instead of only after
/// each frame the window draws (QQuickWindow's own controller).
///
/// Why: the shell starts loading when the keychain read starts. After the
/// first frame nothing may be drawn for a while (the keychain is read over
/// D-Bus), so a window's controller builds almost nothing in that wait and the
/// frame after the keychain's answer has the whole shell to build. This one
/// uses the wait. Between two slices the event loop runs: a keychain answer,
/// input and the window's frames are never held up by more than one slice.
///
/// Nothing runs while nothing is being built: the zero timer runs only while
/// the engine has objects incubating (no polling when idle).
class IdleIncubator : public QObject, public QQmlIncubationController
{
public:
    /// The longest slice of building between two turns of the event loop.
    static constexpr int SliceMs = 4;

    explicit IdleIncubator(QObject *parent = nullptr);

    /// Is a slice due (objects are being built)? False whenever nothing is.
    [[nodiscard]] bool isBuilding() const { return m_timer.isActive(); }

protected:
    void incubatingObjectCountChanged(int count) override;
    void timerEvent(QTimerEvent *event) override;

private:
    QBasicTimer m_timer;
};

} // namespace AgencyTokens
