// SPDX-License-Identifier: MIT
// What one part of the app costs in memory on its own (docs/performance.md,
// "Memory, part by part"): the baseline's bare window plus one of
//   --part keychain   one QtKeychain read (libsecret over D-Bus), as the app's start does
//   --part network    one HTTP request with a QNetworkAccessManager, as the app's refresh does
//   --part both       both
// "ready" (BenchTrace) is the first frame after the part has answered. A
// program of its own, so that the baseline links neither library.
#include "BareWindow.h"
#include "BenchTrace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"agency-tokens-bench-parts"_s);
    QCommandLineParser parser;
    const QCommandLineOption partOption(u"part"_s, u"keychain, network or both."_s, u"part"_s);
    const QCommandLineOption serverOption(u"server"_s, u"The address the network part asks."_s, u"url"_s);
    parser.addOptions({partOption, serverOption});
    parser.process(app);
    const QString part = parser.value(partOption);
    const bool keychain = part == "keychain"_L1 || part == "both"_L1;
    const bool network = part == "network"_L1 || part == "both"_L1;
    if (!keychain && !network)
        parser.showHelp(2);
    QQmlApplicationEngine engine;
    QQuickWindow *window = AgencyTokens::Bench::loadBareWindow(engine);
    if (!window)
        return 1;
    AgencyTokens::BenchTrace *trace = AgencyTokens::BenchTrace::fromEnvironment(sinceMain, &app);
    if (trace)
        trace->watch(window);

    int waiting = int(keychain) + int(network);
    const auto answered = [&waiting, trace] {
        if (--waiting == 0 && trace)
            trace->markReady();
    };
    if (keychain) {
        // A key nobody wrote: the read goes to the Secret Service and back all the same.
        auto *job = new QKeychain::ReadPasswordJob(u"agency-tokens-bench-parts"_s, &app);
        job->setKey(u"nothing"_s);
        QObject::connect(job, &QKeychain::Job::finished, &app, answered);
        job->start();
    }
    QNetworkAccessManager manager;
    if (network) {
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(parser.value(serverOption))));
        QObject::connect(reply, &QNetworkReply::finished, &app, [reply, answered] {
            reply->deleteLater();
            answered();
        });
    }
    return QGuiApplication::exec();
}
