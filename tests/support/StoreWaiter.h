// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/SecretStore.h"
#include "network/RestClient.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <optional>

namespace AgencyTokens::Testing {

/// Runs a SecretStore call to its answer in a test, with the event loop
/// running (never a busy wait) and a generous cap so a hang fails the test.
class StoreWaiter
{
public:
    static constexpr int CapMs = 20000;

    static std::optional<SecretStore::Result> write(SecretStore &store, const QString &key, const QString &value)
    {
        return wait([&](QObject *ctx, auto finish) {
            store.write(key, Secret::fromClearValue(value), ctx, finish);
        });
    }
    static std::optional<SecretStore::Result> remove(SecretStore &store, const QString &key)
    {
        return wait([&](QObject *ctx, auto finish) { store.remove(key, ctx, finish); });
    }
    static std::optional<SecretStore::Result> removeAll(SecretStore &store)
    {
        return wait([&](QObject *ctx, auto finish) { store.removeAll(ctx, finish); });
    }
    static std::optional<std::pair<SecretStore::Result, QString>> read(SecretStore &store, const QString &key)
    {
        std::optional<std::pair<SecretStore::Result, QString>> out;
        QObject ctx;
        QEventLoop loop;
        store.read(key, &ctx, [&](const SecretStore::Result &r, const Secret &s) {
            out = std::make_pair(r, s.revealClearValue());
            loop.quit();
        });
        QTimer::singleShot(CapMs, &loop, &QEventLoop::quit);
        if (!out)
            loop.exec();
        return out;
    }

    /// Waits, with the event loop running, until the store has nothing queued or
    /// running and the client (if given) no request in flight. Call it before a test
    /// blocks in a child process that uses the keychain (the CLI): an operation of
    /// this process started just before would hold the keychain lock, unanswered
    /// while the test blocks, and the child would wait out its deadline for it.
    static bool idle(const SecretStore &store, const RestClient *client = nullptr)
    {
        return QTest::qWaitFor(
            [&] { return store.pendingOperations() == 0 && (!client || client->inFlight() == 0); }, CapMs);
    }

private:
    template<typename Call>
    static std::optional<SecretStore::Result> wait(Call call)
    {
        std::optional<SecretStore::Result> out;
        QObject ctx;
        QEventLoop loop;
        call(&ctx, [&](const SecretStore::Result &r) {
            out = r;
            loop.quit();
        });
        QTimer::singleShot(CapMs, &loop, &QEventLoop::quit);
        if (!out)
            loop.exec();
        return out;
    }
};

} // namespace AgencyTokens::Testing
