// SPDX-License-Identifier: MIT
// scripts/bench's set-up: signs the app in with the demo administrator and
// enables legacy tokens, through the app's own view model, so that the
// account list (QSettings) and the keychain hold what a signed-in user's do:
// the session, the page state and both tokens.
//   agency-tokens-bench-setup --server http://127.0.0.1:PORT
#include "AppController.h"
#include "AppServices.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QGuiApplication>

#include <chrono>
#include <cstdio>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    // The app's names: the same settings file.
    QGuiApplication::setOrganizationName(u"AgencyTokens"_s);
    QGuiApplication::setApplicationName(u"agency-tokens"_s);
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, u"The reference server."_s, u"url"_s);
    parser.addOption(server);
    parser.process(app);

    AppServices services({});
    AppController &controller = *services.accounts();
    controller.start();
    const auto fail = [](const char *what, const QString &message) {
        std::fprintf(stderr, "bench setup: %s: %s\n", what, qPrintable(message));
        QCoreApplication::exit(1);
    };
    QObject::connect(controller.signInState(), &ActionState::finished, &controller, [&](bool ok) {
        AccountView *account = controller.current();
        if (!ok || !account)
            return fail("sign-in failed", controller.signInState()->message());
        QObject::connect(account->enableState(), &ActionState::finished, &controller, [&, account](bool enabled) {
            if (!enabled || !account->readWrite()->hasSecret() || account->hasUnsavedTokens())
                return fail("enable failed", account->enableState()->message());
            QCoreApplication::quit();
        });
        if (!account->enableState()->allowed())
            return fail("cannot enable", account->enableState()->blockedReason());
        account->enable();
    });
    controller.signIn(parser.value(server), u"admin"_s, u"admin-demo"_s);
    if (const int code = QGuiApplication::exec(); code != 0)
        return code;
    // Not before every keychain write has ended (the page state follows the tokens), as
    // the app quits: an app started offline next must find the state that says the tokens are on.
    if (!services.finishPending(QDeadlineTimer(std::chrono::seconds(60)))) {
        std::fputs("bench setup: the keychain writes did not end\n", stderr);
        return 1;
    }
    std::puts("signed in, legacy tokens enabled and saved");
    return 0;
}
