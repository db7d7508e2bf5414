// SPDX-License-Identifier: MIT
#include "PreAccountUpgrade.h"

#include "keychain/IndexLock.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "logging/Logging.h"

#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// Where the app keeps the last platform it signed in to (AppController), before accounts as now.
constexpr QLatin1StringView LastServerKey{"session/lastServer"};

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(u"AgencyTokens"_s, u"agency-tokens"_s); // AccountList's file
}

QString lockPath()
{
    return QFileInfo(IndexLock::defaultPath()).absolutePath() + u"/agency-tokens-preaccount-upgrade.lock"_s;
}
} // namespace

PreAccountUpgrade::PreAccountUpgrade(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store ? store : new KeychainStore(this))
{
}

PreAccountUpgrade::~PreAccountUpgrade() = default;

bool PreAccountUpgrade::isDone()
{
    return openSettings()->value(MarkerKey).toBool();
}

void PreAccountUpgrade::runThen(SecretStore *store, QObject *context, std::function<void()> next)
{
    if (isDone()) {
        next();
        return;
    }
    auto *upgrade = new PreAccountUpgrade(store, context);
    QPointer<QObject> guard(context);
    upgrade->run([upgrade, guard, next](const Report &) {
        upgrade->deleteLater();
        if (guard)
            next();
    });
}

void PreAccountUpgrade::run(Done done)
{
    m_done = std::move(done);
    m_report = {};
    const auto later = [this](Status status) {
        QMetaObject::invokeMethod(this, [this, status] { finish(status); }, Qt::QueuedConnection);
    };
    if (isDone()) {
        later(Status::AlreadyDone);
        return;
    }
    m_lock = std::make_unique<QLockFile>(lockPath());
    m_lock->setStaleLockTime(0); // stale only when its holder has died
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            later(Status::Busy);
            return;
        }
        qCWarning(lcKeychain) << "cannot create" << lockPath() << "; upgrading the keychain without it";
    }
    if (isDone()) { // another process finished it while this one started
        later(Status::AlreadyDone);
        return;
    }
    m_store->listKeys(this, [this](const SecretStore::Result &r, const QStringList &index) {
        if (r.ok())
            planAndRun(index);
        else
            fail(r);
    });
}

void PreAccountUpgrade::planAndRun(const QStringList &index)
{
    QStringList old;
    for (const QString &key : index) {
        if (PreAccountEntry::parse(key))
            old << key;
    }
    if (old.isEmpty()) {
        finish(Status::Done);
        return;
    }
    m_store->readMany(old, this, [this, index](const SecretStore::Result &r, const QHash<QString, Secret> &found) {
        if (!r.ok()) {
            fail(r);
            return;
        }
        m_values = found;
        const QUrl lastServer(openSettings()->value(LastServerKey).toString());
        for (const PreAccountPlan &plan : PreAccountPlan::make(index, m_values, m_accounts, lastServer))
            queue(plan);
        next();
    });
}

void PreAccountUpgrade::queue(const PreAccountPlan &plan)
{
    if (plan.newAccount) {
        m_steps.push_back([this, info = *plan.account] {
            AccountInfo named = info;
            named.name = m_accounts.uniqueName(info.name); // an earlier host's new account may have taken it
            m_accounts.insert(named);
            qCDebug(lcKeychain) << "pre-account upgrade: a signed-in account" << named.id << "for" << named.address;
            next();
        });
    }
    const QString part = plan.account ? plan.account->keyPart() : QString();
    for (const PreAccountEntry &entry : plan.moves)
        m_steps.push_back([this, entry, target = entry.keyIn(part)] { move(entry, target); });
    if (plan.account)
        m_steps.push_back([this, plan] { writeState(plan); });
    for (const PreAccountEntry &entry : plan.removals)
        m_steps.push_back([this, entry] { remove(entry, false); });
    if (plan.state)
        m_steps.push_back([this, entry = *plan.state] { remove(entry, false); });
}

void PreAccountUpgrade::move(const PreAccountEntry &entry, const QString &target)
{
    // Just before writing: an entry under the new key is newer than ours and stays.
    m_store->read(target, this, [this, entry, target](const SecretStore::Result &held, const Secret &) {
        if (held.ok()) {
            remove(entry, false);
            return;
        }
        if (held.error != SecretStore::Error::NotFound) {
            fail(held);
            return;
        }
        writeConfirmed(target, m_values.value(entry.key), [this, entry] { remove(entry, true); });
    });
}

void PreAccountUpgrade::writeState(const PreAccountPlan &plan)
{
    const QString key = KeychainKeys::stateKey(plan.account->keyPart());
    const auto write = [this, plan, key](const std::optional<QString> &own) {
        const auto json = plan.stateAfter(own, m_values);
        if (json)
            writeConfirmed(key, Secret::fromClearValue(*json), [this] { next(); });
        else
            next();
    };
    if (!plan.accountHasState) {
        write(std::nullopt);
        return;
    }
    m_store->read(key, this, [this, write](const SecretStore::Result &r, const Secret &own) {
        if (r.ok() || r.error == SecretStore::Error::NotFound)
            write(r.ok() ? std::optional(own.revealClearValue()) : std::nullopt);
        else
            fail(r);
    });
}

void PreAccountUpgrade::writeConfirmed(const QString &key, const Secret &value, std::function<void()> then)
{
    m_store->write(key, value, this, [this, key, value, then](const SecretStore::Result &written) {
        if (!written.ok()) {
            fail(written);
            return;
        }
        m_store->read(key, this, [this, key, value, then](const SecretStore::Result &r, const Secret &back) {
            if (!r.ok()) {
                fail(r);
            } else if (back != value) {
                qCWarning(lcKeychain) << "pre-account upgrade:" << key << "reads back other than written";
                fail(SecretStore::failure(SecretStore::Error::Unavailable));
            } else {
                then();
            }
        });
    });
}

void PreAccountUpgrade::remove(const PreAccountEntry &entry, bool moved)
{
    m_store->remove(entry.key, this, [this, entry, moved](const SecretStore::Result &r) {
        if (!r.ok()) {
            fail(r);
            return;
        }
        ++(moved ? m_report.moved : m_report.removed);
        qCDebug(lcKeychain) << "pre-account upgrade:" << entry.key << (moved ? "moved" : "removed");
        next();
    });
}

void PreAccountUpgrade::next()
{
    if (m_steps.empty()) {
        finish(Status::Done);
        return;
    }
    auto step = std::move(m_steps.front());
    m_steps.pop_front();
    step();
}

void PreAccountUpgrade::fail(const SecretStore::Result &result)
{
    m_steps.clear();
    m_report.error = result;
    qCWarning(lcKeychain) << "pre-account upgrade stopped (" << result.error << "); it is tried again at the next start";
    finish(Status::Failed);
}

void PreAccountUpgrade::finish(Status status)
{
    m_report.status = status;
    if (status == Status::Done) {
        const auto settings = openSettings();
        settings->setValue(MarkerKey, true);
        settings->sync();
        if (m_report.moved + m_report.removed > 0)
            qCInfo(lcKeychain) << "keychain entries from before accounts:" << m_report.moved << "moved into accounts,"
                               << m_report.removed << "removed";
    }
    m_lock.reset(); // unlocks
    if (auto done = std::exchange(m_done, nullptr))
        done(m_report);
}

} // namespace AgencyTokens
