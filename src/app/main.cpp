// SPDX-License-Identifier: MIT
#include "AppInfo.h"
#include "AppServices.h"
#include "bench/TokensShown.h"
#include "CommandLine.h"
#include "accounts/PreAccountUpgrade.h"
#include "security/ProcessHardening.h"
#include "Translations.h"
#include "startup/IdleIncubator.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QUrl>

#include <chrono>

Q_IMPORT_QML_PLUGIN(AgencyTokensPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    AgencyTokens::hardenProcess(); // before anything: no core dumps, no debugger attach
    QElapsedTimer sinceMain; // for scripts/bench only (AGENCYTOKENS_BENCH_TRACE)
    sinceMain.start();
    const AgencyTokens::CommandLine options = AgencyTokens::CommandLine::parse(argc, argv);
    if (options.exitCode)
        return *options.exitCode;
    if (!AgencyTokens::CommandLine::checkDisplay())
        return 3;

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"agency-tokens"_s);
    QGuiApplication::setApplicationDisplayName(AgencyTokens::AppInfo::name());
    QGuiApplication::setApplicationVersion(AgencyTokens::AppInfo::version());
    QGuiApplication::setOrganizationName(u"AgencyTokens"_s);
    QGuiApplication::setDesktopFileName(u"io.github.agencytokens.AgencyTokens"_s);
    // The system language; English (the source text) when there is no translation for it.
    AgencyTokens::Translations::install(app);

    // The composition root, before QML asks for its singletons.
    AgencyTokens::AppServices services({options.server, options.apiReference});
    QQuickStyle::setStyle(u"Material"_s);

    // Before the engine: set on it before the window would set its own (IdleIncubator.h says why).
    AgencyTokens::IdleIncubator incubator;
    QQmlApplicationEngine engine;
    engine.setIncubationController(&incubator);
    engine.addImportPath(u"qrc:/"_s);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    // Keychain entries from before accounts go into accounts once, before the app reads any
    // (at once when done before). Qt 6.4 has no loadFromModule(): load the module's file.
    AgencyTokens::PreAccountUpgrade::runThen(services.store(), &app, [&engine, &sinceMain] {
        engine.load(QUrl(u"qrc:/AgencyTokens/Main.qml"_s));
        AgencyTokens::installBenchTrace(engine, sinceMain); // nothing unless AGENCYTOKENS_BENCH_TRACE is set
    });
    const int code = QGuiApplication::exec();
    // The window is gone, the process not yet: a token the platform has just issued
    // (a reset, a new access token) would be lost with its keychain write. What is
    // under way ends first, within a bound: a keychain waiting on a prompt nobody
    // answers does not keep the process on for ever.
    services.finishPending(QDeadlineTimer(std::chrono::seconds(15)));
    return code;
}
