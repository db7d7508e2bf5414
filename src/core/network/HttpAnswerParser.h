// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace AgencyTokens {

/// Reads one HTTP/1.1 answer from bytes as they arrive, within caps on the
/// header section (bytes and lines, interim answers and chunk trailers
/// included) and on the body. The caps are checked as bytes come in, so a
/// peer that floods the head is refused after a few KiB, not after it ends.
class HttpAnswerParser
{
public:
    struct Limits
    {
        qsizetype headerBytes = 64 * 1024; ///< the whole head: status line and header lines
        int headerLines = 100;             ///< header lines, the status line not counted
        qsizetype bodyBytes = 1024 * 1024; ///< the decoded body
    };
    enum class State {
        Head,      ///< reading the status line and headers
        Body,      ///< reading the body
        Done,      ///< a whole answer
        TooLarge,  ///< a cap was passed: nothing more is read
        Malformed, ///< not an HTTP/1.x answer
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    /// \a headRequest: the answer to a HEAD request has no body.
    explicit HttpAnswerParser(Limits limits, bool headRequest = false);

    /// Takes the next bytes of the connection; returns the state after them.
    State feed(QByteArrayView bytes);
    /// The peer closed the connection: an answer read to its close is complete.
    State close();

    [[nodiscard]] State state() const { return m_state; }
    /// A final (not 1xx) status line was read.
    [[nodiscard]] bool hasStatus() const { return m_status >= 200; }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const Headers &headers() const { return m_headers; }
    /// The first header named \a name (case-insensitive); empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] const QByteArray &body() const { return m_body; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    /// Takes the next whole line of the pending bytes (without CR LF); false when there is none yet.
    bool takeLine(QByteArray &line);
    /// Counts a head or trailer line against the caps.
    bool countLine(const QByteArray &line);
    void readHead();
    bool parseStatus(const QByteArray &line);
    void endHead();
    void readBody();
    void readChunked();
    void fail(State state);

    Limits m_limits;
    bool m_headRequest = false;
    State m_state = State::Head;
    Framing m_framing = Framing::None;
    Chunk m_chunk = Chunk::Size;
    QByteArray m_pending;
    qsizetype m_pos = 0; ///< where the unread part of m_pending starts
    qsizetype m_headBytes = 0;
    int m_headLines = 0;
    int m_status = 0;
    QList<QByteArray> m_lines; ///< header lines of the head being read
    Headers m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; ///< of Content-Length or of the current chunk
};

} // namespace AgencyTokens
