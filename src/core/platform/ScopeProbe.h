// SPDX-License-Identifier: MIT
#pragma once

#include "PlatformTypes.h"
#include "ScopeCatalogue.h"
#include "network/RestClient.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <memory>

namespace AgencyTokens {

/// PlatformApi::probe: the probe calls of ScopeCatalogue, one after another,
/// with a credential's Basic auth, read by status only (docs/architecture.md,
/// "What a token can reach"). Keeps itself alive until its last answer.
class ScopeProbe : public std::enable_shared_from_this<ScopeProbe>
{
    Q_DECLARE_TR_FUNCTIONS(ScopeProbe)
public:
    using Done = std::function<void(const HttpError &, const ProbeResult &)>;

    /// The most requests a probe may send, whatever the catalogue grows to.
    static constexpr int MaxRequests = 8;

    /// Starts a probe; `done` is called once, asynchronously, while `context` lives.
    static void start(RestClient *client, const QUrl &base, const Credential &credential, QObject *context,
                      Done done);

    /// How the probe reads one answer, by its status (0: no answer, see `error`).
    [[nodiscard]] static ProbeRow::Reach reachOf(int status);

    ScopeProbe(RestClient *client, const QUrl &base, const Credential &credential, QObject *context, Done done);

private:
    void next();
    void read(const RestClient::Response &response);
    /// The rows from `from` on were never asked: Unknown, with `why`.
    void skipFrom(qsizetype from, const QString &why);
    void finish(const HttpError &error = {});

    RestClient *m_client;
    QUrl m_base;
    AccountSid m_sid;
    QByteArray m_authorization; ///< a secret: on the wire only, dropped with the probe
    QPointer<QObject> m_context;
    Done m_done;
    QList<ScopeCatalogue::ProbeCall> m_calls;
    qsizetype m_index = 0; ///< the row being asked
    ProbeResult m_result;
};

} // namespace AgencyTokens
