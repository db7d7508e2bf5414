// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <optional>

class QCommandLineParser;

namespace AgencyTokens::Server {

/// The hardening knobs of the server: password-hash cost, connection timeouts
/// and caps, where the token key lives. Kept apart from ServerOptions so the
/// command line grows in one place without touching the other options.
class ServerLimits
{
public:
    /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static constexpr int DefaultHashIterations = 600'000;
    /// Hashes at once: each takes a core for a fraction of a second.
    static constexpr int DefaultHashConcurrency = 2;
    static constexpr std::chrono::milliseconds DefaultHeaderTimeout{10'000};
    static constexpr std::chrono::milliseconds DefaultBodyTimeout{30'000};
    static constexpr std::chrono::milliseconds DefaultIdleTimeout{60'000};
    static constexpr int DefaultMaxConnections = 256;

    /// Adds --hash-iterations, --hash-concurrency, the timeouts,
    /// --max-connections, --max-open-files and --token-key to \a parser.
    static void addOptions(QCommandLineParser &parser);
    /// Reads the options added by addOptions(); an error sentence on a bad value.
    [[nodiscard]] static std::optional<QString> read(const QCommandLineParser &parser, ServerLimits *limits);

    [[nodiscard]] int hashIterations() const { return m_hashIterations; }
    [[nodiscard]] int hashConcurrency() const { return m_hashConcurrency; }
    /// From a connection's first byte (or its opening) to the end of the headers.
    [[nodiscard]] std::chrono::milliseconds headerTimeout() const { return m_headerTimeout; }
    /// From the end of the headers to the end of the body.
    [[nodiscard]] std::chrono::milliseconds bodyTimeout() const { return m_bodyTimeout; }
    /// Between an answer and the next request on a kept-alive connection.
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    [[nodiscard]] int maxConnections() const { return m_maxConnections; }
    /// RLIMIT_NOFILE to set at start; 0 leaves the inherited limit. For tests.
    [[nodiscard]] int maxOpenFiles() const { return m_maxOpenFiles; }
    /// The AES key file for Auth Tokens; empty means token.key in the data folder.
    [[nodiscard]] const QString &tokenKeyFile() const { return m_tokenKeyFile; }

private:
    int m_hashIterations = DefaultHashIterations;
    int m_hashConcurrency = DefaultHashConcurrency;
    std::chrono::milliseconds m_headerTimeout = DefaultHeaderTimeout;
    std::chrono::milliseconds m_bodyTimeout = DefaultBodyTimeout;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    int m_maxConnections = DefaultMaxConnections;
    int m_maxOpenFiles = 0;
    QString m_tokenKeyFile;
};

} // namespace AgencyTokens::Server
