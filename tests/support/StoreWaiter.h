// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/SecretStore.h"

#include <QEventLoop>
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
