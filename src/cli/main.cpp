// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "security/ProcessHardening.h"
#include "usage/UsageStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    AgencyTokens::hardenProcess(); // before anything: no core dumps, no debugger attach
    QCoreApplication app(argc, argv);
    // The same settings file and keychain entries as the app, whatever this program is called.
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyTokens"));
    QCoreApplication::setApplicationName(QStringLiteral("agency-tokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENCYTOKENS_VERSION));
    // The activity log names this program as "cli".
    AgencyTokens::UsageStore::setProcessActor(AgencyTokens::Actor::Cli);

    // The core's log lines (any level, in any build) repeat in technical terms
    // what the tool says on stderr anyway: a user sees only the tool's message,
    // unless asked with --verbose (Cli::start) or QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("agencytokens.*=false"));

    AgencyTokens::Cli::Cli cli;
    QObject::connect(&cli, &AgencyTokens::Cli::Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    const QStringList arguments = QCoreApplication::arguments();
    QTimer::singleShot(0, &cli, [&cli, arguments] { cli.start(arguments); });
    return QCoreApplication::exec();
}
