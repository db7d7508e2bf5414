// SPDX-License-Identifier: MIT
// The baseline of scripts/bench: what any Qt Quick Controls app of this kind
// costs. A bare ApplicationWindow with the app's style (Material) and window
// size (1280×800; AGENCYTOKENS_BENCH_SIZE resizes it like the app), nothing
// else, traced by the same BenchTrace as the app.
#include "BareWindow.h"
#include "BenchTrace.h"

#include <QElapsedTimer>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"agency-tokens-bench-baseline"_s);
    QQmlApplicationEngine engine;
    QQuickWindow *window = AgencyTokens::Bench::loadBareWindow(engine);
    if (!window)
        return 1;
    if (auto *trace = AgencyTokens::BenchTrace::fromEnvironment(sinceMain, &app)) {
        trace->watch(window);
        trace->markReady(); // nothing to wait for: "ready" is the first frame
    }
    return QGuiApplication::exec();
}
