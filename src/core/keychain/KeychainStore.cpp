// SPDX-License-Identifier: MIT
#include "KeychainStore.h"

#include "KeychainKeys.h"
#include "logging/Logging.h"
#ifdef AGENCYTOKENS_SECRET_SERVICE
#include "SecretServiceWatch.h"
#endif

#include <qt6keychain/keychain.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace AgencyTokens {

namespace {

SecretStore::Error fromKeychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::Error::CouldNotDelete;
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::DeniedByUser;
    case QKeychain::AccessDenied:
        return SecretStore::Error::Locked;
    case QKeychain::NoBackendAvailable:
        return SecretStore::Error::NoBackend;
    case QKeychain::NotImplemented:
        return SecretStore::Error::NotImplemented;
    case QKeychain::OtherError:
        return SecretStore::Error::Unavailable;
    }
    return SecretStore::Error::Unavailable;
}

template<typename JobType>
JobType *newJob(const QString &key)
{
    auto *job = new JobType(QString(KeychainKeys::Service));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: secrets do not go to plain files
    job->setKey(key);
    return job;
}

QStringList decodeIndex(const QString &text)
{
    QStringList keys;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array) {
        if (value.isString())
            keys.append(value.toString());
    }
    return keys;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : SecretStore(parent)
{
    m_waitingNotice.setSingleShot(true);
    m_waitingNotice.setInterval(DefaultWaitingNoticeMs);
    connect(&m_waitingNotice, &QTimer::timeout, this, [this] {
        setWaiting(m_lock.waitingForOtherProcess() ? WaitingFor::OtherProcess : WaitingFor::Keychain);
    });
}

QString KeychainStore::waitingMessage() const
{
    switch (m_waitingFor) {
    case WaitingFor::Nothing:
        break;
    case WaitingFor::Keychain:
        return tr("Waiting for the keychain — unlock it in the prompt that opened. If no prompt "
                  "opened, the keychain is not answering.");
    case WaitingFor::OtherProcess: {
        const QString holder = m_lock.holder();
        return holder.isEmpty() ? tr("Waiting for another Agency Tokens process that is using the keychain.")
                                : tr("Waiting for %1, which is using the keychain.").arg(holder);
    }
    }
    return {};
}

void KeychainStore::setWaiting(WaitingFor what)
{
    if (m_waitingFor == what)
        return;
    m_waitingFor = what;
    if (what == WaitingFor::Keychain)
        qCInfo(lcKeychain) << "waiting for the keychain (an unlock prompt may be open)";
    else if (what == WaitingFor::OtherProcess)
        qCInfo(lcKeychain) << "waiting for the keychain lock, held by" << m_lock.holder();
    Q_EMIT waitingChanged(what != WaitingFor::Nothing);
}

SecretStore::Result KeychainStore::lockFailure() const
{
    const QString holder = m_lock.holder();
    if (holder.isEmpty())
        return failure(Error::Busy);
    return {Error::Busy, tr("%1 is using the keychain and has not finished. Close it or let it finish, "
                            "then try again.").arg(holder)};
}

void KeychainStore::noteStuck(const Result &result)
{
    if (m_giveUpWhenStuck && (result.error == Error::Timeout || result.error == Error::Busy) && !m_stuck)
        m_stuck = result;
}

void KeychainStore::enqueue(Step operation)
{
#ifdef AGENCYTOKENS_SECRET_SERVICE
    // From the first use on (not at start): the Secret Service says when the keychain locks or unlocks.
    if (!m_lockWatch) {
        auto *watch = new SecretServiceWatch(this);
        connect(watch, &SecretServiceWatch::lockedChanged, this, &KeychainStore::setFoundLocked);
        m_lockWatch = watch;
    }
#endif
    m_queue.push_back(std::move(operation));
    Q_EMIT pendingChanged();
    if (m_running)
        return;
    // Start on the next turn of the event loop: callers always get their
    // answer asynchronously, even from a quick keychain.
    m_running = true;
    QTimer::singleShot(0, this, &KeychainStore::startNext);
}

void KeychainStore::startNext()
{
    // Every operation ends here (its answer calls this first): give the lock
    // back before the caller hears the result.
    m_lock.release();
    m_waitingNotice.stop();
    setWaiting(WaitingFor::Nothing);
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    Step next = std::move(m_queue.front());
    m_queue.pop_front();
    if (m_stuck) {
        // Nothing has answered since: do not wait out another deadline.
        next.fail(*m_stuck);
        return;
    }
    // The notice counts from the operation's start, the lock wait included.
    m_waitingNotice.start();
    // Held from the index read to the index write: another process's write
    // cannot fall in between and be overwritten.
    m_lock.acquire(QDeadlineTimer(m_timeoutMs), [this, next](bool held) {
        if (!held) {
            const Result busy = lockFailure();
            noteStuck(busy);
            next.fail(busy);
            return;
        }
        if (m_waitingFor == WaitingFor::OtherProcess) {
            // The other process is done; from here a long wait is the keychain's own.
            setWaiting(WaitingFor::Nothing);
            m_waitingNotice.start();
        }
        next.run();
    });
}

SecretStore::Done KeychainStore::ending(QObject *context, Done done)
{
    // The lock goes back before the caller hears the result (see startNext);
    // a caller that is gone meanwhile hears nothing.
    return [this, guard = QPointer<QObject>(context), done](const Result &result) {
        noteLockFrom(result);
        startNext();
        if (guard)
            done(result);
        Q_EMIT pendingChanged();
    };
}

void KeychainStore::runJob(QKeychain::Job *job, JobDone done)
{
    // Shared between the job's answer and the deadline: whichever comes first wins.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, done, timer, key = job->key()] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcKeychain) << "keychain job timed out for" << key;
        noteStuck(failure(Error::Timeout));
        done(failure(Error::Timeout), nullptr);
    });
    connect(job, &QKeychain::Job::finished, this, [answered, done, timer](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return; // too late: the operation already ended with a timeout
        timer->stop();
        timer->deleteLater();
        const Error error = fromKeychainError(finished->error());
        if (error != Error::None && error != Error::NotFound)
            qCWarning(lcKeychain) << "keychain error" << error << "for" << finished->key() << ':'
                                  << finished->errorString();
        done(error == Error::None ? Result{} : failure(error), finished);
    });
    timer->start(m_timeoutMs);
    ++m_jobsStarted;
    job->start();
}

void KeychainStore::withIndex(IndexMissing missing, Done onFailure, std::function<void()> next)
{
    // Read afresh for every operation: another instance may have changed it.
    runJob(newJob<QKeychain::ReadPasswordJob>(KeychainKeys::indexKey()),
           [this, missing, onFailure, next](const Result &result, QKeychain::Job *job) {
               if (result.ok()) {
                   m_index = decodeIndex(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
                   next();
               } else if (result.error != Error::NotFound) {
                   onFailure(result);
               } else if (missing == IndexMissing::Continue) {
                   m_index = QStringList();
                   next();
               } else {
                   probeUnlocked(onFailure, next);
               }
           });
}

void KeychainStore::probeUnlocked(Done onFailure, std::function<void()> next)
{
    // libsecret answers "not found" for every read and deletes nothing from a
    // locked collection, without an error. Only a write tells: try one, and
    // take it back so that no entry is left behind.
    saveIndex({}, [this, onFailure, next](const Result &written) {
        if (!written.ok()) {
            onFailure(written);
            return;
        }
        runJob(newJob<QKeychain::DeletePasswordJob>(KeychainKeys::indexKey()),
               [onFailure, next](const Result &removed, QKeychain::Job *) {
                   if (removed.ok() || removed.error == Error::NotFound)
                       next();
                   else
                       onFailure(removed);
               });
    });
}

void KeychainStore::saveIndex(QStringList index, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(KeychainKeys::indexKey());
    job->setTextData(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(index)).toJson(QJsonDocument::Compact)));
    runJob(job, [this, index, done](const Result &result, QKeychain::Job *) {
        if (result.ok())
            m_index = index;
        done(result);
    });
}

void KeychainStore::read(const QString &key, QObject *context, ReadDone done)
{
    readMany({key}, context, [key, done](const Result &result, const QHash<QString, Secret> &found) {
        if (result.ok() && !found.contains(key))
            done(failure(Error::NotFound), {});
        else
            done(result, found.value(key));
    });
}

void KeychainStore::readMany(const QStringList &keys, QObject *context, ReadManyDone done)
{
    // What the operation has found so far; answered only when it succeeds.
    auto found = std::make_shared<QHash<QString, Secret>>();
    const Done end = ending(context, [found, done](const Result &result) {
        done(result, result.ok() ? *found : QHash<QString, Secret>());
    });
    enqueue({[this, keys, found, end] {
        readValues(keys, found, [this, keys, found, end](const Result &result, const QHash<QString, Secret> &) {
            if (!result.ok() || found->size() == keys.size()) {
                // Every value found: the collection is unlocked, no need to ask the index.
                end(result);
                return;
            }
            // A locked collection reads as empty under libsecret: through the
            // index (and its probe) to tell "locked" from "not found".
            withIndex(IndexMissing::Probe, end, [end] { end(Result{}); });
        });
    }, end});
}

void KeychainStore::readValues(QStringList keys, std::shared_ptr<QHash<QString, Secret>> found, ReadManyDone done)
{
    if (keys.isEmpty()) {
        done(Result{}, *found);
        return;
    }
    const QString key = keys.takeFirst();
    runJob(newJob<QKeychain::ReadPasswordJob>(key), [this, key, keys, found, done](const Result &result, QKeychain::Job *job) {
        if (result.ok())
            found->insert(key, Secret::fromClearValue(static_cast<QKeychain::ReadPasswordJob *>(job)->textData()));
        else if (result.error != Error::NotFound) {
            done(result, {});
            return;
        }
        readValues(keys, found, done);
    });
}

void KeychainStore::write(const QString &key, const Secret &value, QObject *context, Done done)
{
    writeIf(key, value, {}, context, std::move(done));
}

void KeychainStore::writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done)
{
    const Done end = ending(context, done);
    enqueue({[this, key, value, check, end] {
        // Under the lock: no other process's operation falls between the check and the write.
        if (check) {
            if (const Result checked = check(); !checked.ok()) {
                end(checked);
                return;
            }
        }
        // The index is written first: a key recorded but never written costs
        // nothing, a key written but not recorded would survive sign-out.
        withIndex(IndexMissing::Continue, end, [this, key, value, end] {
            auto writeValue = [this, key, value, end](const Result &indexResult) {
                if (!indexResult.ok()) {
                    end(indexResult);
                    return;
                }
                auto *job = newJob<QKeychain::WritePasswordJob>(key);
                job->setTextData(value.revealClearValue());
                runJob(job, [end](const Result &result, QKeychain::Job *) { end(result); });
            };
            if (m_index->contains(key))
                writeValue(Result{});
            else
                saveIndex(*m_index + QStringList{key}, writeValue);
        });
    }, end});
}

void KeychainStore::remove(const QString &key, QObject *context, Done done)
{
    const Done end = ending(context, done);
    enqueue({[this, key, end] {
        withIndex(IndexMissing::Probe, end, [this, key, end] {
            removeKeys({key}, [this, key, end](const Result &result) {
                if (!result.ok() || !m_index->contains(key)) {
                    end(result);
                    return;
                }
                QStringList index = *m_index;
                index.removeAll(key);
                saveIndex(index, end);
            });
        });
    }, end});
}

void KeychainStore::removeAll(QObject *context, Done done)
{
    const Done end = ending(context, done);
    enqueue({[this, end] {
        withIndex(IndexMissing::Probe, end, [this, end] {
            const QStringList keys = *m_index + QStringList{KeychainKeys::indexKey()};
            removeKeys(keys, [this, end](const Result &result) {
                if (result.ok())
                    m_index = QStringList();
                end(result);
            });
        });
    }, end});
}

void KeychainStore::removeUnder(const QString &prefix, QObject *context, Done done)
{
    removeUnderThen(prefix, {}, context, std::move(done));
}

void KeychainStore::removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done)
{
    // `then` runs before `end` gives the lock back, whether or not the caller is still there.
    const Done end = [then, ended = ending(context, done)](const Result &result) {
        if (result.ok() && then)
            then();
        ended(result);
    };
    enqueue({[this, prefix, end] {
        withIndex(IndexMissing::Probe, end, [this, prefix, end] {
            const QString under = prefix + u'/';
            QStringList keys;
            QStringList kept;
            for (const QString &key : std::as_const(*m_index))
                (key.startsWith(under) ? keys : kept).append(key);
            // The index goes too once nothing is left in it: no entry outlives the last account.
            const bool last = kept.isEmpty();
            if (last)
                keys.append(KeychainKeys::indexKey());
            removeKeys(keys, [this, kept, last, end](const Result &result) {
                if (!result.ok() || last) {
                    if (result.ok())
                        m_index = QStringList();
                    end(result);
                    return;
                }
                saveIndex(kept, end);
            });
        });
    }, end});
}

void KeychainStore::listKeys(QObject *context, KeysDone done)
{
    QPointer<QObject> guard(context);
    auto end = [this, guard, done](const Result &result, const QStringList &keys) {
        startNext();
        if (guard)
            done(result, keys);
        Q_EMIT pendingChanged();
    };
    enqueue({[this, end] {
        // Probe: a missing index must be told apart from a locked keyring.
        withIndex(IndexMissing::Probe, [end](const Result &failed) { end(failed, {}); }, [this, end] {
            const QStringList keys = *m_index;
            end(Result{}, keys);
        });
    }, [end](const Result &failed) { end(failed, {}); }});
}

void KeychainStore::removeKeys(QStringList keys, Done done)
{
    if (keys.isEmpty()) {
        done(Result{});
        return;
    }
    const QString key = keys.takeFirst();
    runJob(newJob<QKeychain::DeletePasswordJob>(key), [this, keys, done](const Result &result, QKeychain::Job *) {
        // Already gone is as good as deleted.
        if (!result.ok() && result.error != Error::NotFound) {
            done(result);
            return;
        }
        removeKeys(keys, done);
    });
}

} // namespace AgencyTokens
