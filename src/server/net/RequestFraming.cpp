// SPDX-License-Identifier: MIT
#include "RequestFraming.h"

#include <QList>

#include <algorithm>

namespace AgencyTokens::Server {

namespace {

constexpr QByteArrayView EndOfHead = "\r\n\r\n";

/// The value of header \a name in a raw request head, lower-cased and trimmed.
QByteArray headerValue(const QList<QByteArray> &lines, QByteArrayView name)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toLower();
    }
    return {};
}

} // namespace

RequestFraming::Progress RequestFraming::consume(QByteArrayView bytes)
{
    Progress progress;
    while (!bytes.isEmpty()) {
        switch (m_phase) {
        case Phase::BetweenRequests:
            m_phase = Phase::Header;
            ++m_request; // a new request: a new header deadline
            m_head.clear();
            break;
        case Phase::Header: {
            // Search from a little before the new bytes: the blank line may straddle two chunks.
            const qsizetype from = std::max<qsizetype>(0, m_head.size() - (EndOfHead.size() - 1));
            const qsizetype appended = std::min<qsizetype>(bytes.size(), MaxHeaderBytes + 1);
            m_head.append(bytes.first(appended));
            const qsizetype end = m_head.indexOf(EndOfHead, from);
            if (end < 0) {
                bytes = {};
                if (m_head.size() > MaxHeaderBytes) {
                    progress.headerTooLong = true;
                    return progress;
                }
                break;
            }
            const qsizetype used = end + EndOfHead.size() - (m_head.size() - appended);
            bytes = bytes.sliced(used);
            m_head.truncate(end);
            headersComplete(progress);
            break;
        }
        case Phase::Body:
            if (m_bodyLeft < 0) { // chunked: the answer ends it
                bytes = {};
                break;
            }
            const qsizetype taken = qsizetype(std::min<qint64>(m_bodyLeft, bytes.size()));
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyLeft == 0)
                requestComplete(progress);
            break;
        }
    }
    return progress;
}

RequestFraming::Progress RequestFraming::answerSent()
{
    Progress progress;
    if (m_phase == Phase::Body && m_bodyLeft < 0)
        requestComplete(progress);
    return progress;
}

void RequestFraming::headersComplete(Progress &progress)
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QByteArray connection = headerValue(lines, "connection");
    const bool http10 = lines.constFirst().trimmed().endsWith("HTTP/1.0");
    m_requestWantsClose = connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    const QByteArray transferEncoding = headerValue(lines, "transfer-encoding");
    bool ok = false;
    const qint64 length = headerValue(lines, "content-length").toLongLong(&ok);
    m_bodyLeft = transferEncoding.contains("chunked") ? -1 : (ok && length > 0 ? length : 0);
    m_head.clear();
    if (m_bodyLeft == 0)
        requestComplete(progress);
    else
        m_phase = Phase::Body;
}

void RequestFraming::requestComplete(Progress &progress)
{
    m_phase = Phase::BetweenRequests;
    ++progress.requestsCompleted;
    progress.wantsClose = progress.wantsClose || m_requestWantsClose;
}

} // namespace AgencyTokens::Server
