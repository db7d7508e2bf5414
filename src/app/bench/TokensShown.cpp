// SPDX-License-Identifier: MIT
#include "TokensShown.h"

#include "AppController.h"
#include "AppServices.h"
#include "AppSettings.h"
#include "BenchTrace.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqml.h>

namespace AgencyTokens {

TokensShown::TokensShown(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::currentChanged, this, &TokensShown::follow);
    connect(app, &AppController::addingChanged, this, &TokensShown::check);
    connect(app, &AppController::startedChanged, this, &TokensShown::check);
    follow();
}

void TokensShown::follow()
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = m_app->current();
    if (m_followed)
        connect(m_followed, &AccountView::changed, this, &TokensShown::check); // phase and credentials
    check();
}

void TokensShown::check()
{
    const AccountView *view = m_app->current();
    if (m_done || !m_app->started() || m_app->adding() || !view || view->phase() != AccountView::Ready
        || !view->readWrite()->hasSecret())
        return;
    m_done = true;
    Q_EMIT shown();
}

void installBenchTrace(QQmlApplicationEngine &engine, const QElapsedTimer &sinceMain)
{
    BenchTrace *trace = BenchTrace::fromEnvironment(sinceMain, &engine);
    if (!trace)
        return;
    trace->watch(qobject_cast<QQuickWindow *>(engine.rootObjects().value(0)));
    auto *app = engine.singletonInstance<AppController *>(qmlTypeId("AgencyTokens", 1, 0, "AppController"));
    if (!app)
        return;
    auto *shown = new TokensShown(app, trace);
    QObject::connect(shown, &TokensShown::shown, trace, &BenchTrace::markReady);
    if (qEnvironmentVariableIntValue("AGENCYTOKENS_BENCH_COPY") == 1)
        QObject::connect(shown, &TokensShown::shown, app, [app] { app->current()->readWrite()->copyToken(); });
    // What a page costs in memory (docs/performance.md): AGENCYTOKENS_BENCH_OPEN=<place> opens
    // that page ("rest", "details#integrations", …) once the tokens are shown, as the user would.
    const QString place = qEnvironmentVariable("AGENCYTOKENS_BENCH_OPEN");
    if (!place.isEmpty())
        QObject::connect(shown, &TokensShown::shown, app, [place] { AppServices::instance()->settings()->setPlace(place); });
}

} // namespace AgencyTokens
