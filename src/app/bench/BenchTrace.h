// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <atomic>

class QQuickWindow;

namespace AgencyTokens {

/// Startup timing for scripts/bench, measured from inside without changing
/// behaviour. Exists only when AGENCYTOKENS_BENCH_TRACE=<file> is set; then it
/// appends one line per event to that file:
///   first-frame <monotonic ms> <ms since main()>
///   data-ready <monotonic ms> <ms since main()>   (the tokens are in memory)
///   tokens-shown <monotonic ms> <ms since main()> (the frame that shows them)
/// The monotonic clock is CLOCK_MONOTONIC on Linux, so a driver that noted the
/// time before starting the process gets the time from process start, loading
/// of shared libraries included. No timer and no polling: it listens to
/// QQuickWindow::frameSwapped until the events it waits for have happened.
class BenchTrace : public QObject
{
    Q_OBJECT
public:
    /// Null unless AGENCYTOKENS_BENCH_TRACE is set. `sinceMain` was started first thing in main().
    static BenchTrace *fromEnvironment(const QElapsedTimer &sinceMain, QObject *parent);

    /// Records the first frame `window` shows. With AGENCYTOKENS_BENCH_SIZE=<w>x<h>
    /// (e.g. 390x844), first resizes the window, before anything is drawn.
    void watch(QQuickWindow *window);
    /// The app's content is ready: recorded now (data-ready), and with the next frame (when it is on screen).
    /// With AGENCYTOKENS_BENCH_QUIT_MS=<n>, the app quits n ms after that frame.
    void markReady();

private:
    BenchTrace(const QString &path, const QElapsedTimer &sinceMain, QObject *parent);
    void onFrame();
    void writeLine(const char *event);

    QFile m_file;
    QElapsedTimer m_sinceMain;
    QQuickWindow *m_window = nullptr;
    // Atomic: with a threaded render loop, frameSwapped comes from the render thread.
    std::atomic_bool m_firstFrameSeen = false;
    std::atomic_bool m_readyPending = false;
    std::atomic_bool m_readySeen = false;
    int m_quitMs = -1;
};

} // namespace AgencyTokens
