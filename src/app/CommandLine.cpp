// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

CommandLine CommandLine::parse(int argc, char *argv[])
{
    // A short-lived core application: QCommandLineParser wants one, and the
    // GUI application must not start before we know a window is wanted.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"agency-tokens"_s);
    QCoreApplication::setApplicationVersion(AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Agency Tokens: manage an agency's legacy API tokens. Every secret stays in the system keychain."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, u"Platform address to sign in to (prefills the sign-in page)."_s,
                                          u"URL"_s);
    const QCommandLineOption apiReferenceOption(u"api-reference"_s, u"Address of the API reference link."_s, u"URL"_s);
    parser.addOption(serverOption);
    parser.addOption(apiReferenceOption);

    CommandLine result;
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "agency-tokens: %s\nTry 'agency-tokens --help'.\n", qPrintable(parser.errorText()));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(versionOption)) {
        std::printf("agency-tokens %s\n", qPrintable(AppInfo::version()));
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(serverOption)) {
        result.server = QUrl::fromUserInput(parser.value(serverOption));
        if (!result.server.isValid()) {
            std::fprintf(stderr, "agency-tokens: --server: not an address: %s\n", qPrintable(parser.value(serverOption)));
            result.exitCode = 2;
        }
    }
    result.apiReference = parser.value(apiReferenceOption);
    return result;
}

bool CommandLine::checkDisplay()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("agency-tokens: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, or headless under a virtual display:\n"
                   "    xvfb-run -a agency-tokens\n",
                   stderr);
        return false;
    }
#endif
    return true;
}

} // namespace AgencyTokens
