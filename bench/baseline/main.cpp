// SPDX-License-Identifier: MIT
// The baseline of scripts/bench: what any Qt Quick Controls app of this kind
// costs. A bare ApplicationWindow with the app's style (Material) and window
// size (1280×800; AGENCYTOKENS_BENCH_SIZE resizes it like the app), nothing
// else, traced by the same BenchTrace as the app.
#include "BenchTrace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"agency-tokens-bench-baseline"_s);
    QQuickStyle::setStyle(u"Material"_s);

    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Baseline"
}
)"_ba);
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *trace = AgencyTokens::BenchTrace::fromEnvironment(sinceMain, &app)) {
        trace->watch(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
        trace->markReady(); // nothing to wait for: "ready" is the first frame
    }
    return QGuiApplication::exec();
}
