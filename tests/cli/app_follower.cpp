// SPDX-License-Identifier: MIT
// app-follower: the running app without its QML, for tst_cli_app_concurrent.
// The real AppServices and AppController (the same keychain store, account
// list, watcher of the settings folder and sweep for orphaned entries at
// start as agency-tokens), driven as a busy user would: every few tens of
// milliseconds it shows another listed account (which restores it from the
// keychain and refreshes it, mostly one of the newest four, which the CLI
// processes are about to change or remove; a tokens-only account's refresh asks the
// platform and writes the page state when the agency's name changed) or
// refreshes the shown one. It quits by itself after --run-ms and prints what
// it did on one line.
#include "AccountView.h"
#include "AppController.h"
#include "AppServices.h"
#include "service/AccountService.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"agency-tokens"_s);
    QGuiApplication::setOrganizationName(u"AgencyTokens"_s);
    QCommandLineParser parser;
    const QCommandLineOption runMs(u"run-ms"_s, u"Quit after this many milliseconds."_s, u"ms"_s, u"3000"_s);
    const QCommandLineOption stepMs(u"step-ms"_s, u"Time between two actions."_s, u"ms"_s, u"40"_s);
    parser.addOptions({runMs, stepMs});
    parser.process(app);

    AppServices services({});
    AppController *accounts = services.accounts();
    int switches = 0;
    int refreshes = 0;
    int declined = 0; // writes dropped: the account was removed elsewhere
    int seen = 0;     // views made (at start and for accounts added elsewhere)
    QObject::connect(accounts, &AppController::accountsChanged, &app, [&] {
        for (AccountView *view : accounts->accounts()) {
            if (view->property("counted").toBool())
                continue;
            view->setProperty("counted", true);
            ++seen;
            QObject::connect(view->service(), &AccountService::removedElsewhere, &app, [&declined] { ++declined; });
        }
    });
    accounts->start();

    QTimer step;
    step.setInterval(parser.value(stepMs).toInt());
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        const QList<AccountView *> listed = accounts->accounts();
        if (listed.isEmpty())
            return;
        if (QRandomGenerator::global()->bounded(3) > 0) {
            // Mostly one of the newest: those another process is about to change or remove.
            const int newest = std::min(4, int(listed.size()));
            AccountView *next = QRandomGenerator::global()->bounded(3) > 0
                ? listed.at(listed.size() - 1 - QRandomGenerator::global()->bounded(newest))
                : listed.at(QRandomGenerator::global()->bounded(int(listed.size())));
            if (next != accounts->current()) {
                accounts->switchTo(next->id());
                ++switches;
            }
        } else if (AccountView *current = accounts->current(); current && current->refreshState()->allowed()) {
            current->refresh();
            ++refreshes;
        }
    });
    step.start();
    QTimer::singleShot(parser.value(runMs).toInt(), &app, [&] {
        step.stop();
        // Let what is under way end (the keychain's queue), as a window closed by the user would not wait for.
        auto *drain = new QTimer(&app);
        drain->setInterval(20);
        QObject::connect(drain, &QTimer::timeout, &app, [&, drain] {
            if (services.store()->pendingOperations() == 0)
                QCoreApplication::quit();
        });
        drain->start();
    });
    const int code = QGuiApplication::exec();
    QTextStream(stdout) << u"app-follower: views %1, switches %2, refreshes %3, writes declined %4\n"_s.arg(seen).arg(
        switches).arg(refreshes).arg(declined);
    return code;
}
