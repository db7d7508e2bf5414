// SPDX-License-Identifier: MIT
#pragma once

#include "ActionState.h"
#include "credentials/Credential.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

class AccountView;
struct Outcome;
struct VerifyResult;

/// "Check all": every token this device holds, of every account (the legacy
/// pair and the scoped tokens), checked against the platform with ONE request
/// each (CompanyInformation, as Verify), one after the other. An account whose
/// keychain was not read yet is read first, without the network. Each token
/// gets a row: its account, its title, the result and a sentence.
class CheckAllRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    /// Busy while it runs; its message is the summary once it ended.
    Q_PROPERTY(AgencyTokens::ActionState *state READ state CONSTANT)
    /// Tokens to check (known once every account's keychain was read) and checked so far.
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int checked READ checked NOTIFY changed)
    /// One row per token: {accountName, tokenTitle, result (Result), resultText, sentence}.
    Q_PROPERTY(QVariantList results READ resultRows NOTIFY changed)
    /// "Checked 28/11/2026 21:40 (CET)", or "" before the first run.
    Q_PROPERTY(QString finishedText READ finishedText NOTIFY changed)
public:
    /// ok, refused (401), not permitted (403), rate limited (429), no answer (network, or a bad answer).
    enum class Result { Ok, Refused, NotPermitted, RateLimited, Network };
    Q_ENUM(Result)

    struct Row
    {
        QString accountId;
        QString accountName;
        QString tokenTitle;
        TokenRef ref;
        Result result = Result::Network;
        QString sentence;
    };

    explicit CheckAllRun(QObject *parent = nullptr);

    [[nodiscard]] ActionState *state() const { return m_state; }
    [[nodiscard]] int total() const { return int(m_queue.size()); }
    [[nodiscard]] int checked() const { return int(m_rows.size()); }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QVariantList resultRows() const;
    [[nodiscard]] QString finishedText() const;
    [[nodiscard]] static QString resultText(Result result);

    /// Checks every held token of `accounts`; does nothing while a run is under way.
    void start(const QList<AccountView *> &accounts);

Q_SIGNALS:
    void changed();

private:
    struct Pending
    {
        QPointer<AccountView> account;
        TokenRef ref;
    };
    /// Reads the keychain of the next account not read yet, then goes on.
    void readNext();
    /// Checks the next token of the queue, or ends.
    void checkNext();
    void record(const Pending &pending, const QString &title, const Outcome &outcome, const VerifyResult &result);
    void finish();

    ActionState *m_state;
    QList<QPointer<AccountView>> m_accounts;
    int m_reading = 0; // index in m_accounts of the account whose keychain is read next
    int m_unreadable = 0;
    QList<Pending> m_queue;
    QList<Row> m_rows;
    int m_step = 0; // bumped per request: an answer for an earlier step (its account gone) is dropped
    QMetaObject::Connection m_watch; // the account of the request under way going away
    QDateTime m_finishedAt;
};

} // namespace AgencyTokens
