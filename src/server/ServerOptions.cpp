// SPDX-License-Identifier: MIT
#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

/// "2, 3": the versions the options may name, for help and errors.
QString knownVersions()
{
    QStringList versions;
    for (const int version : ApiVersions::Supported)
        versions.append(QString::number(version));
    return versions.join(u", "_s);
}

} // namespace

ServerOptions ServerOptions::failure(const QString &message)
{
    ServerOptions options;
    options.m_action = Action::Fail;
    options.m_message = message;
    return options;
}

ServerOptions ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reference platform server for Agency Tokens: the management API and the "
        "platform's Basic-auth check endpoint, with state in SQLite."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption hostOption(u"host"_s, u"Address to bind (default 127.0.0.1)."_s, u"address"_s,
                                        u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free one (default %1)."_s.arg(DefaultPort),
                                        u"port"_s, QString::number(DefaultPort));
    const QCommandLineOption dataOption(u"data"_s, u"Directory for the SQLite database (default: the app data location)."_s,
                                        u"dir"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Seed an empty database with a demo agency and users."_s);
    const QCommandLineOption ttlOption(u"session-ttl"_s, u"Lifetime of a sign-in session (default %1)."_s
                                           .arg(DefaultSessionTtl.count()),
                                       u"seconds"_s, QString::number(DefaultSessionTtl.count()));
    const QCommandLineOption legacyApiVersionOption(
        u"legacy-api-version"_s,
        u"API version that tokens get when legacy tokens are enabled: one of %1 (default %2). "
        "An older one emulates tokens created before version %2, to test the upgrade."_s
            .arg(knownVersions())
            .arg(ApiVersions::Newest),
        u"version"_s, QString::number(ApiVersions::Newest));
    const QCommandLineOption rateLimitOption(
        u"rate-limit"_s, u"Requests an hour per Account SID on the platform API, as the real platform's default (1000)."_s,
        u"requests"_s, u"1000"_s);
    parser.addOptions({hostOption, portOption, dataOption, demoOption, ttlOption, legacyApiVersionOption, rateLimitOption});
    ServerLimits::addOptions(parser);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    // Qt adds --help-all next to --help; both just print the help here.
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        ServerOptions options;
        options.m_action = Action::ShowHelp;
        options.m_message = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        ServerOptions options;
        options.m_action = Action::ShowVersion;
        options.m_message = u"%1 %2"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));

    ServerOptions options;
    options.m_host = parser.value(hostOption).trimmed();
    if (options.m_host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        options.m_address = QHostAddress(QHostAddress::LocalHost);
    else if (!options.m_address.setAddress(options.m_host))
        return failure(u"--host needs an IP address, not \"%1\"."_s.arg(options.m_host));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return failure(u"--port needs a number from 0 to 65535, not \"%1\"."_s.arg(parser.value(portOption)));
    options.m_port = quint16(port);

    const qlonglong ttl = parser.value(ttlOption).toLongLong(&ok);
    if (!ok || ttl < 1 || ttl > MaxSessionTtl.count())
        return failure(u"--session-ttl needs a number of seconds from 1 to %1, not \"%2\"."_s
                           .arg(MaxSessionTtl.count())
                           .arg(parser.value(ttlOption)));
    options.m_sessionTtl = std::chrono::seconds(ttl);

    const int legacyApiVersion = parser.value(legacyApiVersionOption).toInt(&ok);
    if (!ok || !ApiVersions::isKnown(legacyApiVersion))
        return failure(u"--legacy-api-version needs a known API version (one of %1), not \"%2\"."_s
                           .arg(knownVersions(), parser.value(legacyApiVersionOption)));
    options.m_legacyApiVersion = legacyApiVersion;

    const int rateLimit = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || rateLimit < 1 || rateLimit > 1000000)
        return failure(u"--rate-limit needs a number of requests from 1 to 1000000, not \"%1\"."_s
                           .arg(parser.value(rateLimitOption)));
    options.m_rateLimit = rateLimit;

    options.m_dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.m_dataDir.isEmpty())
        return failure(u"No data directory: pass --data DIR."_s);
    options.m_demo = parser.isSet(demoOption);
    if (const auto error = ServerLimits::read(parser, &options.m_limits))
        return failure(*error);
    return options;
}

} // namespace AgencyTokens::Server
