// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace AgencyTokens::Testing {

/// Catches every message logged while it lives (from any thread) instead of
/// printing it, with the logging rules given switched on; afterwards the
/// previous handler is back and the rules are reset. One at a time.
class MessageCapture
{
public:
    /// \a filterRules as for QLoggingCategory::setFilterRules, e.g. "*.debug=true".
    explicit MessageCapture(const QString &filterRules)
    {
        {
            QMutexLocker locker(&s_lock);
            s_messages.clear();
        }
        QLoggingCategory::setFilterRules(filterRules);
        m_previous = qInstallMessageHandler(&MessageCapture::capture);
    }
    ~MessageCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    Q_DISABLE_COPY_MOVE(MessageCapture)

    /// The texts of the messages caught so far, in order.
    [[nodiscard]] QStringList messages() const
    {
        QMutexLocker locker(&s_lock);
        return s_messages;
    }

private:
    static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker locker(&s_lock);
        s_messages.append(message);
    }

    static inline QMutex s_lock;
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace AgencyTokens::Testing
