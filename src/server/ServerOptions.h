// SPDX-License-Identifier: MIT
#pragma once

#include "ServerLimits.h"
#include "tokens/ApiVersions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <chrono>

namespace AgencyTokens::Server {

/// The command line of agency-tokens-server, parsed and checked.
class ServerOptions
{
public:
    /// What main() should do with the parsed command line.
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    static constexpr quint16 DefaultPort = 8765;
    static constexpr std::chrono::seconds DefaultSessionTtl{8 * 60 * 60};
    /// A year: anything longer is a typo, not a policy.
    static constexpr std::chrono::seconds MaxSessionTtl{365 * 24 * 60 * 60};

    /// Parses \a arguments (including the program name, as QCoreApplication::arguments()).
    [[nodiscard]] static ServerOptions parse(const QStringList &arguments);

    [[nodiscard]] Action action() const { return m_action; }
    /// The help text, the version line or the error, depending on action().
    [[nodiscard]] const QString &message() const { return m_message; }

    /// The host as given on the command line, for the "listening on" line.
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] const QHostAddress &address() const { return m_address; }
    /// 0 means "any free port".
    [[nodiscard]] quint16 port() const { return m_port; }
    /// Where the SQLite file lives.
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }
    /// Seed the demo agency and users into an empty database.
    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] std::chrono::seconds sessionTtl() const { return m_sessionTtl; }
    /// The API version legacy tokens get when an agency enables them; always one
    /// of ApiVersions::Supported. Older than Newest only to exercise the upgrade flow.
    [[nodiscard]] int legacyApiVersion() const { return m_legacyApiVersion; }
    /// Requests an hour per Account SID on the platform's own API (X-RateLimit-Limit).
    [[nodiscard]] int rateLimit() const { return m_rateLimit; }
    /// Hash cost, timeouts, connection caps, token key file.
    [[nodiscard]] const ServerLimits &limits() const { return m_limits; }

private:
    [[nodiscard]] static ServerOptions failure(const QString &message);

    Action m_action = Action::Run;
    QString m_message;
    QString m_host = QStringLiteral("127.0.0.1");
    QHostAddress m_address{QHostAddress::LocalHost};
    quint16 m_port = DefaultPort;
    QString m_dataDir;
    bool m_demo = false;
    std::chrono::seconds m_sessionTtl = DefaultSessionTtl;
    int m_legacyApiVersion = ApiVersions::Newest;
    int m_rateLimit = 1000;
    ServerLimits m_limits;
};

} // namespace AgencyTokens::Server
