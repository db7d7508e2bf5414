// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/SecretStore.h"

#include <QTimer>

namespace AgencyTokens::Testing {

/// The real store with one fault injected on demand: writes fail with a
/// chosen error (what a keychain that locks mid-flow does), everything else
/// goes to the real keychain.
class FailingStore : public SecretStore
{
public:
    explicit FailingStore(SecretStore *real, QObject *parent = nullptr) : SecretStore(parent), m_real(real) {}

    void setFailWrites(Error error) { m_failWrites = error; }

    void read(const QString &key, QObject *context, ReadDone done) override { m_real->read(key, context, done); }
    void write(const QString &key, const Secret &value, QObject *context, Done done) override
    {
        if (m_failWrites == Error::None) {
            m_real->write(key, value, context, done);
            return;
        }
        QTimer::singleShot(0, context, [done, error = m_failWrites] { done(failure(error)); });
    }
    void writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done) override
    {
        if (m_failWrites == Error::None) {
            m_real->writeIf(key, value, std::move(check), context, done);
            return;
        }
        QTimer::singleShot(0, context, [done, error = m_failWrites] { done(failure(error)); });
    }
    void remove(const QString &key, QObject *context, Done done) override { m_real->remove(key, context, done); }
    void removeAll(QObject *context, Done done) override { m_real->removeAll(context, done); }
    void removeUnder(const QString &prefix, QObject *context, Done done) override
    {
        m_real->removeUnder(prefix, context, done);
    }
    void removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done) override
    {
        m_real->removeUnderThen(prefix, std::move(then), context, done);
    }

private:
    SecretStore *m_real;
    Error m_failWrites = Error::None;
};

} // namespace AgencyTokens::Testing
