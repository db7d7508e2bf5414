// SPDX-License-Identifier: MIT
#include "ServerLimits.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

// Below this a hash is no obstacle; only tests may go that low, hence 1.
constexpr int MinHashIterations = 1;
constexpr int MaxHashIterations = 10'000'000;
constexpr double MaxTimeoutSeconds = 24 * 60 * 60;

std::optional<QString> readInt(const QCommandLineParser &parser, const QString &name, int min, int max, int *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return u"--%1 needs a whole number from %2 to %3, not \"%4\"."_s.arg(name).arg(min).arg(max).arg(
            parser.value(name));
    *value = parsed;
    return std::nullopt;
}

std::optional<QString> readSeconds(const QCommandLineParser &parser, const QString &name,
                                   std::chrono::milliseconds *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double seconds = parser.value(name).toDouble(&ok);
    // Fractions are for tests, which need timeouts shorter than a second.
    if (!ok || seconds < 0.05 || seconds > MaxTimeoutSeconds)
        return u"--%1 needs a number of seconds from 0.05 to %2, not \"%3\"."_s.arg(name)
            .arg(MaxTimeoutSeconds)
            .arg(parser.value(name));
    *value = std::chrono::milliseconds(qint64(seconds * 1000));
    return std::nullopt;
}

} // namespace

void ServerLimits::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"hash-iterations"_s, u"PBKDF2 iterations for new password hashes (default %1)."_s.arg(DefaultHashIterations),
         u"n"_s},
        {u"hash-concurrency"_s,
         u"Password hashes computed at once; more sign-ins get 503 (default %1)."_s.arg(DefaultHashConcurrency),
         u"n"_s},
        {u"header-timeout"_s, u"Seconds allowed for a request's headers (default %1)."_s.arg(
                                  DefaultHeaderTimeout.count() / 1000),
         u"seconds"_s},
        {u"body-timeout"_s, u"Seconds allowed for a request's body (default %1)."_s.arg(
                                DefaultBodyTimeout.count() / 1000),
         u"seconds"_s},
        {u"idle-timeout"_s, u"Seconds a kept-alive connection may wait for its next request (default %1)."_s.arg(
                                DefaultIdleTimeout.count() / 1000),
         u"seconds"_s},
        {u"max-connections"_s, u"Open connections at most; more are answered 503 and closed (default %1)."_s.arg(
                                   DefaultMaxConnections),
         u"n"_s},
        {u"max-open-files"_s, u"For tests: lower the open file limit (RLIMIT_NOFILE) to N at start."_s, u"n"_s},
        {u"token-key"_s, u"File with the key that encrypts Auth Tokens (default: token.key in the data folder)."_s,
         u"file"_s},
    });
}

std::optional<QString> ServerLimits::read(const QCommandLineParser &parser, ServerLimits *limits)
{
    if (auto error = readInt(parser, u"hash-iterations"_s, MinHashIterations, MaxHashIterations,
                             &limits->m_hashIterations))
        return error;
    if (auto error = readInt(parser, u"hash-concurrency"_s, 1, 64, &limits->m_hashConcurrency))
        return error;
    if (auto error = readSeconds(parser, u"header-timeout"_s, &limits->m_headerTimeout))
        return error;
    if (auto error = readSeconds(parser, u"body-timeout"_s, &limits->m_bodyTimeout))
        return error;
    if (auto error = readSeconds(parser, u"idle-timeout"_s, &limits->m_idleTimeout))
        return error;
    if (auto error = readInt(parser, u"max-connections"_s, 1, 100'000, &limits->m_maxConnections))
        return error;
    if (auto error = readInt(parser, u"max-open-files"_s, 16, 1'000'000, &limits->m_maxOpenFiles))
        return error;
    limits->m_tokenKeyFile = parser.value(u"token-key"_s);
    return std::nullopt;
}

} // namespace AgencyTokens::Server
