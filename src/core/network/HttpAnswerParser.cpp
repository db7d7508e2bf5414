// SPDX-License-Identifier: MIT
#include "HttpAnswerParser.h"

#include <algorithm>

namespace AgencyTokens {

namespace {
/// A chunk-size line longer than this is no chunk size.
constexpr qsizetype MaxChunkSizeLine = 1024;

bool isToken(QByteArrayView name)
{
    static constexpr QByteArrayView other("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || other.contains(c);
    });
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

HttpAnswerParser::HttpAnswerParser(Limits limits, bool headRequest)
    : m_limits(limits)
    , m_headRequest(headRequest)
{
}

QByteArray HttpAnswerParser::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswerParser::State HttpAnswerParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Head && m_state != State::Body)
        return m_state;
    m_pending.append(bytes);
    if (m_state == State::Head)
        readHead();
    if (m_state == State::Body)
        readBody();
    // What was read is dropped once per feed, not once per line or chunk.
    m_pending.remove(0, m_pos);
    m_pos = 0;
    return m_state;
}

HttpAnswerParser::State HttpAnswerParser::close()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    return m_state;
}

void HttpAnswerParser::fail(State state)
{
    m_state = state;
    m_pending.clear();
    m_pos = 0;
}

bool HttpAnswerParser::takeLine(QByteArray &line)
{
    const qsizetype end = m_pending.indexOf('\n', m_pos);
    if (end < 0)
        return false;
    line = m_pending.mid(m_pos, end - m_pos);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = end + 1;
    return true;
}

bool HttpAnswerParser::countLine(const QByteArray &line)
{
    m_headBytes += line.size() + 2;
    if (m_headBytes > m_limits.headerBytes || (!line.isEmpty() && ++m_headLines > m_limits.headerLines)) {
        fail(State::TooLarge);
        return false;
    }
    return true;
}

void HttpAnswerParser::readHead()
{
    QByteArray line;
    while (m_state == State::Head && takeLine(line)) {
        if (m_status == 0) { // the status line, after any empty lines a previous answer left
            if (!line.isEmpty() && !parseStatus(line))
                return fail(State::Malformed);
            m_headBytes += line.size() + 2;
            if (m_headBytes > m_limits.headerBytes)
                return fail(State::TooLarge);
            continue;
        }
        if (!countLine(line))
            return;
        if (line.isEmpty()) {
            endHead();
        } else if (line.startsWith(' ') || line.startsWith('\t')) {
            if (m_lines.isEmpty()) // obsolete line folding, continuing nothing
                return fail(State::Malformed);
            m_lines.last() += ' ' + line.trimmed();
        } else {
            m_lines.append(line);
        }
    }
    // A line still coming counts too: a head that never ends is refused as it grows.
    if (m_state == State::Head && m_headBytes + (m_pending.size() - m_pos) > m_limits.headerBytes)
        fail(State::TooLarge);
}

bool HttpAnswerParser::parseStatus(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ' || (line.size() > 12 && line.at(12) != ' '))
        return false;
    const QByteArrayView code = QByteArrayView(line).sliced(9, 3);
    if (!allDigits(code) || line.at(7) < '0' || line.at(7) > '9')
        return false;
    m_status = code.toInt();
    return m_status >= 100 && m_status <= 599 && m_status != 101; // no protocol switch was asked for
}

void HttpAnswerParser::endHead()
{
    Headers headers;
    for (const QByteArray &line : std::as_const(m_lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(State::Malformed);
        headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    m_lines.clear();
    if (m_status < 200) { // an interim answer: the final one follows (its head counts on)
        m_status = 0;
        return;
    }
    m_headers = std::move(headers);
    m_state = State::Body;
    const QByteArray encoding = header("transfer-encoding").toLower();
    const QByteArray length = header("content-length");
    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_state = State::Done;
    } else if (encoding.endsWith("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!encoding.isEmpty() || length.isNull()) {
        m_framing = Framing::UntilClose;
    } else if (!allDigits(length) || length.size() > 15) {
        fail(State::Malformed);
    } else {
        m_framing = Framing::Length;
        m_remaining = length.toLongLong();
        if (m_remaining > m_limits.bodyBytes)
            fail(State::TooLarge);
        else if (m_remaining == 0)
            m_state = State::Done;
    }
}

void HttpAnswerParser::readBody()
{
    const qsizetype available = m_pending.size() - m_pos;
    switch (m_framing) {
    case Framing::Length: {
        const qsizetype take = qsizetype(std::min<qint64>(m_remaining, available));
        m_body.append(QByteArrayView(m_pending).sliced(m_pos, take));
        m_pos += take;
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
        break;
    }
    case Framing::UntilClose:
        if (m_body.size() + available > m_limits.bodyBytes)
            return fail(State::TooLarge);
        m_body.append(QByteArrayView(m_pending).sliced(m_pos));
        m_pos = m_pending.size();
        break;
    case Framing::Chunked:
        readChunked();
        break;
    case Framing::None:
        break;
    }
}

void HttpAnswerParser::readChunked()
{
    QByteArray line;
    while (m_state == State::Body) {
        switch (m_chunk) {
        case Chunk::Size: {
            if (!takeLine(line)) {
                if (m_pending.size() - m_pos > MaxChunkSizeLine)
                    fail(State::Malformed);
                return;
            }
            const qsizetype extension = line.indexOf(';');
            const QByteArray hex = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = false;
            const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0 || hex.startsWith('-') || hex.startsWith('+'))
                return fail(State::Malformed);
            if (m_body.size() + size > m_limits.bodyBytes)
                return fail(State::TooLarge);
            m_remaining = size;
            m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
            break;
        }
        case Chunk::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_pending.size() - m_pos));
            m_body.append(QByteArrayView(m_pending).sliced(m_pos, take));
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::DataEnd:
            if (!takeLine(line)) {
                if (m_pending.size() - m_pos > 1)
                    fail(State::Malformed);
                return;
            }
            if (!line.isEmpty())
                return fail(State::Malformed);
            m_chunk = Chunk::Size;
            break;
        case Chunk::Trailer:
            if (!takeLine(line)) {
                if (m_headBytes + (m_pending.size() - m_pos) > m_limits.headerBytes)
                    fail(State::TooLarge);
                return;
            }
            if (!countLine(line))
                return;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
    }
}

} // namespace AgencyTokens
