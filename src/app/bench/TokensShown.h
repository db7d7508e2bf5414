// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QElapsedTimer;
class QQmlApplicationEngine;

namespace AgencyTokens {

class AccountView;
class AppController;

/// For main(): with AGENCYTOKENS_BENCH_TRACE set, traces the first frame and the
/// tokens shown (BenchTrace); with AGENCYTOKENS_BENCH_COPY=1 as well, copies the
/// Read/Write token once it is shown, so that the clipboard countdown runs;
/// with AGENCYTOKENS_BENCH_OPEN=<place>, opens that page once they are shown.
/// Does nothing, and costs nothing, when the variable is unset.
void installBenchTrace(QQmlApplicationEngine &engine, const QElapsedTimer &sinceMain);

/// Tells once when the shown account's Read/Write token is on screen and
/// copyable: the account is signed in (the shell is loaded) and its Auth
/// Token is at hand. Follows the app's own signals; nothing polls. Only
/// created for scripts/bench (AGENCYTOKENS_BENCH_TRACE set).
class TokensShown : public QObject
{
    Q_OBJECT
public:
    explicit TokensShown(AppController *app, QObject *parent = nullptr);

Q_SIGNALS:
    void shown();

private:
    void follow();
    void check();

    AppController *m_app;
    QPointer<AccountView> m_followed;
    bool m_done = false;
};

} // namespace AgencyTokens
