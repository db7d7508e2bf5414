// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace AgencyTokens::Server {

/// Follows the raw bytes of HTTP/1.1 requests on one connection just enough
/// to know where each request ends: headers up to the blank line, then a body
/// of Content-Length bytes (or a chunked one, which ends with its answer).
/// Pure: no socket, no timer; ConnectionWatch drives it and it is fuzzed.
class RequestFraming
{
public:
    enum class Phase { Header, Body, BetweenRequests };
    /// Requests whose headers are longer are cut off: Qt would buffer them without end.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    /// What one chunk of bytes did.
    struct Progress
    {
        int requestsCompleted = 0;
        /// One of the completed requests asked for Connection: close (or was HTTP/1.0).
        bool wantsClose = false;
        /// The headers grew past MaxHeaderBytes: the connection must go.
        bool headerTooLong = false;
    };

    /// Takes the next bytes received, in order.
    [[nodiscard]] Progress consume(QByteArrayView bytes);
    /// An answer has gone out in full; a chunked request is over once answered.
    [[nodiscard]] Progress answerSent();

    [[nodiscard]] Phase phase() const { return m_phase; }
    /// Counts requests begun on this connection (each gets its own deadline).
    [[nodiscard]] quint64 requestNumber() const { return m_request; }

private:
    void headersComplete(Progress &progress);
    void requestComplete(Progress &progress);

    Phase m_phase = Phase::Header;
    QByteArray m_head;
    /// Body bytes still to come; -1 while chunked (ends with the answer).
    qint64 m_bodyLeft = 0;
    bool m_requestWantsClose = false;
    quint64 m_request = 0;
};

} // namespace AgencyTokens::Server
