// SPDX-License-Identifier: MIT
// Six agency-tokens-cli processes (three did not show the race on 2 cores) changing the account list at once (the
// real binary, the real keychain of the test's private session): every
// account a process acknowledged (exit 0) is listed afterwards, every one it
// removed is gone, and no keychain entry is left that no listed account owns.
#include "CliProcesses.h"
#include "KeyringControl.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(AGENCYTOKENS_CLI_BINARY);
// Well-formed, never sent anywhere: the adds run with --no-verify.
const QString Sid = u"IRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"_s;
const QByteArray Token = "Tttttttttttttttttttttttttttttt01";

constexpr int Rounds = 20;
constexpr int Processes = 6;

QString accountName(int process, int round)
{
    return u"p%1-r%2"_s.arg(process).arg(round);
}

// Run to its end (it may have ended already: waitForFinished() is false then).
bool finished(QProcess &p)
{
    return p.state() == QProcess::NotRunning || p.waitForFinished(60000);
}

} // namespace

class TestCliConcurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixProcessesLoseNothing()
    {
        QVERIFY(QFile::exists(Cli));
        AccountList list;
        QVERIFY(list.accounts().isEmpty());

        QStringList added;   // acknowledged adds
        QStringList removed; // acknowledged removes
        int refused = 0;
        for (int round = 0; round < Rounds; ++round) {
            // Each round: every process adds an account of its own; every other
            // round, as many others remove what the last round added.
            std::vector<std::pair<QString, std::unique_ptr<QProcess>>> adds, removes;
            for (int p = 0; p < Processes; ++p) {
                const QString name = accountName(p, round);
                adds.emplace_back(name, startCli({u"add"_s, u"--no-verify"_s, u"--account"_s, name, u"--kind"_s,
                                                  u"rw"_s, u"--sid"_s, Sid}));
                if (round % 2 == 1 && added.contains(accountName(p, round - 1)))
                    removes.emplace_back(accountName(p, round - 1),
                                         startCli({u"remove"_s, u"--account"_s, accountName(p, round - 1)}));
            }
            // All at once: wait until every adder is blocked on its standard input.
            (void)QTest::qWaitFor([&adds] {
                return std::all_of(adds.cbegin(), adds.cend(), [](const auto &a) { return readingStdin(*a.second); });
            }, 10000);
            for (auto &[name, process] : removes)
                release(*process);
            for (auto &[name, process] : adds)
                release(*process, Token + '\n');
            for (auto &[name, process] : adds) {
                QVERIFY2(finished(*process), qPrintable(name + u": "_s + QString::fromUtf8(process->readAllStandardError())));
                if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0)
                    added << name;
                else
                    ++refused, qWarning() << "add" << name << "ended" << process->exitCode()
                                          << process->readAllStandardError();
            }
            for (auto &[name, process] : removes) {
                QVERIFY2(finished(*process), qPrintable(name + u": "_s + QString::fromUtf8(process->readAllStandardError())));
                if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0)
                    removed << name;
                else
                    qWarning() << "remove" << name << "ended" << process->exitCode()
                               << process->readAllStandardError();
            }
        }
        // Nothing is refused when nothing goes wrong: the waits are short.
        QCOMPARE(refused, 0);
        QVERIFY(removed.size() >= Rounds / 2 * Processes / 2); // the removes did run

        QStringList listed;
        QStringList ownedPrefixes;
        for (const AccountInfo &info : list.accounts()) {
            listed << info.name;
            ownedPrefixes << info.keyPart() + u'/';
        }
        int lost = 0;
        for (const QString &name : std::as_const(added)) {
            if (!removed.contains(name) && !listed.contains(name)) {
                ++lost;
                qWarning() << "acknowledged but not listed:" << name;
            }
        }
        QCOMPARE(lost, 0);
        for (const QString &name : std::as_const(removed))
            QVERIFY2(!listed.contains(name), qPrintable(u"removed but listed: "_s + name));
        QCOMPARE(listed.size(), added.size() - removed.size());

        // Every entry is owned by a listed account, and every listed account holds its token.
        const QStringList entries = KeyringControl::appEntries();
        int orphans = 0;
        for (const QString &key : entries) {
            if (key == KeychainKeys::indexKey())
                continue;
            const bool owned = std::any_of(ownedPrefixes.cbegin(), ownedPrefixes.cend(),
                                           [&key](const QString &prefix) { return key.startsWith(prefix); });
            if (!owned) {
                ++orphans;
                qWarning() << "orphaned keychain entry:" << key;
            }
        }
        QCOMPARE(orphans, 0);
        for (const QString &prefix : std::as_const(ownedPrefixes)) {
            const QString key = KeychainKeys::tokenKey(prefix.chopped(1), *AccountSid::parse(Sid), TokenKind::ReadWrite);
            QVERIFY2(entries.contains(key), qPrintable(u"no token under "_s + prefix));
        }
        // The keychain's own index agrees with the keyring.
        KeychainStore store;
        std::optional<QStringList> indexedKeys;
        store.listKeys(this, [&](const SecretStore::Result &r, const QStringList &keys) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            indexedKeys = keys;
        });
        QVERIFY(QTest::qWaitFor([&] { return indexedKeys.has_value(); }, 20000));
        QStringList indexed = *indexedKeys;
        QStringList held = entries;
        held.removeAll(KeychainKeys::indexKey());
        indexed.sort();
        held.sort();
        QCOMPARE(indexed, held);
    }

    void bothKindsAddedAtOnceAreBothKept()
    {
        // One account, its two tokens added by two processes at once: the state
        // entry (which lists the tokens) is changed under its lock and keeps both.
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            QVERIFY(runRemove(info.name));
        const QString sidRo = u"IRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2"_s;
        auto first = startCli({u"add"_s, u"--no-verify"_s, u"--account"_s, u"Both"_s, u"--kind"_s, u"rw"_s, u"--sid"_s, Sid});
        release(*first, Token + '\n');
        QVERIFY(finished(*first));
        QCOMPARE(first->exitCode(), 0);
        for (int round = 0; round < 10; ++round) {
            std::vector<std::unique_ptr<QProcess>> adds;
            adds.push_back(startCli({u"add"_s, u"--no-verify"_s, u"--account"_s, u"Both"_s, u"--kind"_s, u"rw"_s,
                                     u"--sid"_s, Sid}));
            adds.push_back(startCli({u"add"_s, u"--no-verify"_s, u"--account"_s, u"Both"_s, u"--kind"_s, u"ro"_s,
                                     u"--sid"_s, sidRo}));
            (void)QTest::qWaitFor([&adds] {
                return std::all_of(adds.cbegin(), adds.cend(), [](const auto &a) { return readingStdin(*a); });
            }, 10000);
            for (auto &p : adds)
                release(*p, Token + '\n');
            for (auto &p : adds) {
                QVERIFY(finished(*p));
                QCOMPARE(p->exitCode(), 0);
            }
            auto listing = startCli({u"accounts"_s, u"--json"_s});
            release(*listing);
            QVERIFY(finished(*listing));
            const QByteArray json = listing->readAllStandardOutput();
            QVERIFY2(json.contains("\"kind\": \"rw\"") && json.contains("\"kind\": \"ro\""), json.constData());
            // Back to one token for the next round.
            auto ro = KeychainKeys::tokenKey(list.accounts().constFirst().keyPart(), *AccountSid::parse(sidRo),
                                             TokenKind::ReadOnly);
            QVERIFY(KeyringControl::appEntries().contains(ro));
            if (round + 1 < 10) {
                QVERIFY(runRemove(u"Both"_s));
                auto again = startCli({u"add"_s, u"--no-verify"_s, u"--account"_s, u"Both"_s, u"--kind"_s, u"rw"_s,
                                       u"--sid"_s, Sid});
                release(*again, Token + '\n');
                QVERIFY(finished(*again));
                QCOMPARE(again->exitCode(), 0);
            }
        }
    }

private:
    static bool runRemove(const QString &name)
    {
        auto p = startCli({u"remove"_s, u"--account"_s, name});
        release(*p);
        return finished(*p) && p->exitCode() == 0;
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrent)
#include "tst_cli_concurrent.moc"
