// SPDX-License-Identifier: MIT
#include "Cli.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    // TODO(lead): hardenProcess() (src/core/security/ProcessHardening, on another branch) first of all.
    QCoreApplication app(argc, argv);
    // The same settings file and keychain entries as the app, whatever this program is called.
    QCoreApplication::setOrganizationName(QStringLiteral("AgencyTokens"));
    QCoreApplication::setApplicationName(QStringLiteral("agency-tokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENCYTOKENS_VERSION));

    AgencyTokens::Cli::Cli cli;
    QObject::connect(&cli, &AgencyTokens::Cli::Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    const QStringList arguments = QCoreApplication::arguments();
    QTimer::singleShot(0, &cli, [&cli, arguments] { cli.start(arguments); });
    return QCoreApplication::exec();
}
