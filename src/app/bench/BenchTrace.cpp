// SPDX-License-Identifier: MIT
#include "BenchTrace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQuickWindow>
#include <QTimer>

namespace AgencyTokens {

BenchTrace *BenchTrace::fromEnvironment(const QElapsedTimer &sinceMain, QObject *parent)
{
    const QString path = qEnvironmentVariable("AGENCYTOKENS_BENCH_TRACE");
    return path.isEmpty() ? nullptr : new BenchTrace(path, sinceMain, parent);
}

BenchTrace::BenchTrace(const QString &path, const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_sinceMain(sinceMain)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qWarning("bench trace: cannot open %s", qPrintable(path));
    bool ok = false;
    const int quitMs = qEnvironmentVariableIntValue("AGENCYTOKENS_BENCH_QUIT_MS", &ok);
    m_quitMs = ok ? quitMs : -1;
}

void BenchTrace::watch(QQuickWindow *window)
{
    if (!window || m_window)
        return;
    m_window = window;
    const QList<QByteArray> size = qgetenv("AGENCYTOKENS_BENCH_SIZE").split('x');
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window->resize(size[0].toInt(), size[1].toInt());
    // Direct: frameSwapped comes from the render thread with the threaded render loop.
    connect(window, &QQuickWindow::frameSwapped, this, &BenchTrace::onFrame, Qt::DirectConnection);
}

void BenchTrace::markReady()
{
    if (m_readySeen || m_readyPending)
        return;
    writeLine("data-ready");
    m_readyPending = true;
    if (m_window)
        m_window->update(); // the frame that shows it may already be on its way; this only makes sure one comes
}

void BenchTrace::onFrame()
{
    if (!m_firstFrameSeen.exchange(true))
        writeLine("first-frame");
    if (!m_readyPending.exchange(false))
        return;
    m_readySeen = true;
    writeLine("tokens-shown");
    if (m_quitMs >= 0)
        QMetaObject::invokeMethod(this, [this] { QTimer::singleShot(m_quitMs, qApp, &QCoreApplication::quit); },
                                  Qt::QueuedConnection);
}

void BenchTrace::writeLine(const char *event)
{
    const double monotonicMs = double(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()) / 1e6;
    const double sinceMainMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
    m_file.write(QByteArray(event) + ' ' + QByteArray::number(monotonicMs, 'f', 3) + ' '
                 + QByteArray::number(sinceMainMs, 'f', 3) + '\n');
    m_file.flush();
}

} // namespace AgencyTokens
