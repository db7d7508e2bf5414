// SPDX-License-Identifier: MIT
#pragma once
// The bare window of scripts/bench's baseline, shared by the programs that add
// one part to it (bench/parts): a Material ApplicationWindow at the app's
// size, nothing else. Header-only: the baseline links nothing more than Qt Quick.

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace AgencyTokens::Bench {

/// Loads the bare window into `engine`; null if it could not be made.
inline QQuickWindow *loadBareWindow(QQmlApplicationEngine &engine)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Baseline"
}
)");
    return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

} // namespace AgencyTokens::Bench
