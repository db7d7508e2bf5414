// SPDX-License-Identifier: MIT
// agency-tokens-server: the reference platform server (see docs/api.md).
#include "ReferenceServer.h"
#include "ServerLogging.h"
#include "ServerOptions.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

using namespace AgencyTokens::Server;

int main(int argc, char *argv[])
{
    // Before anything: it holds every agency's Auth Tokens and the users' sessions, so no core
    // dumps and no debugger attach, as the app and the CLI.
    AgencyTokens::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agency-tokens-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENCYTOKENS_VERSION));
    installSecretSafeLogFilter();

    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments());
    switch (options.action()) {
    case ServerOptions::Action::ShowHelp:
    case ServerOptions::Action::ShowVersion:
        std::fprintf(stdout, "%s\n", qPrintable(options.message()));
        return 0;
    case ServerOptions::Action::Fail:
        std::fprintf(stderr, "agency-tokens-server: %s\nTry --help.\n", qPrintable(options.message()));
        return 2;
    case ServerOptions::Action::Run:
        break;
    }

    ReferenceServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "agency-tokens-server: %s\n", qPrintable(error));
        return 1;
    }
    // Scripts and tests wait for exactly this line, so it goes out at once.
    std::fprintf(stdout, "listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
