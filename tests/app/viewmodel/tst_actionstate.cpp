// SPDX-License-Identifier: MIT
// ActionState: what it says before, during and after a run, and its rules
// (offered, why not now) worked out when read and re-read on the owner's signal.
#include "ActionState.h"
#include "service/Outcome.h"

#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

class tst_ActionState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutRulesItIsOfferedAndAllowed()
    {
        ActionState state;
        QVERIFY(state.offered());
        QVERIFY(state.allowed());
        QVERIFY(state.blockedReason().isEmpty());
        QVERIFY(!state.busy());
        QVERIFY(!state.ended());
        QCOMPARE(state.runs(), 0);
    }

    void aRunIsBusyThenEndsWithItsMessage()
    {
        ActionState state;
        QSignalSpy finished(&state, &ActionState::finished);
        state.begin();
        QVERIFY(state.busy());
        QVERIFY(!state.allowed());
        QVERIFY(!state.ended());
        state.finish(false, u"refused"_s);
        QVERIFY(state.ended());
        QVERIFY(!state.busy());
        QVERIFY(state.failed());
        QCOMPARE(state.message(), u"refused"_s);
        QCOMPARE(state.runs(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // The next run starts clean, and has not ended while it runs.
        state.begin();
        QVERIFY(!state.ended());
        QVERIFY(!state.failed());
        QVERIFY(state.message().isEmpty());
        state.finish(Outcome::success(), u"done"_s);
        QVERIFY(!state.failed());
        QCOMPARE(state.message(), u"done"_s);
        QCOMPARE(state.runs(), 2);
    }

    void anOfflineFailureSaysSo()
    {
        ActionState state;
        const HttpError offline = HttpError::make(HttpError::Kind::Unreachable, u"no route"_s);
        state.begin();
        state.finish(Outcome::fromApi(offline));
        QVERIFY(state.failed());
        QVERIFY(state.offline());
        ActionState copy;
        copy.begin();
        copy.finishAs(&state);
        QVERIFY(copy.failed());
        QVERIFY(copy.offline());
        QVERIFY(!state.message().isEmpty());
        QCOMPARE(copy.message(), state.message());
    }

    void clearForgetsTheLastResult()
    {
        ActionState state;
        state.begin();
        state.finish(false, u"x"_s);
        QSignalSpy changed(&state, &ActionState::changed);
        state.clear();
        QVERIFY(!state.failed());
        QVERIFY(state.message().isEmpty());
        QCOMPARE(changed.size(), 1);
        state.clear(); // nothing to forget: no signal
        QCOMPARE(changed.size(), 1);
    }

    void rulesAreReadWhenAskedAndReReadOnTheOwnersSignal()
    {
        QObject owner;
        bool offer = true;
        QString reason;
        ActionState state;
        state.setRules(&owner, &QObject::objectNameChanged, [&] { return offer; }, [&] { return reason; });
        QVERIFY(state.allowed());

        QSignalSpy changed(&state, &ActionState::changed);
        reason = u"Offline"_s;
        owner.setObjectName(u"changed"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(state.offered());
        QVERIFY(!state.allowed());
        QCOMPARE(state.blockedReason(), u"Offline"_s);

        offer = false;
        reason = u"Done in the web app"_s;
        owner.setObjectName(u"again"_s);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!state.offered());
        QVERIFY(!state.allowed());
        QCOMPARE(state.blockedReason(), u"Done in the web app"_s);

        offer = true;
        reason.clear();
        QVERIFY(state.allowed());
        state.begin();
        QVERIFY(!state.allowed()); // running: not startable again
    }

    // The window's message bar listens to every action in one place.
    void everyEndIsAlsoReportedToActionEvents()
    {
        ActionState first;
        ActionState second;
        QSignalSpy events(ActionEvents::instance(), &ActionEvents::finished);
        first.begin();
        second.begin();
        QCOMPARE(events.size(), 0);
        second.finish(false, u"refused"_s);
        first.finishAs(&second);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).at(0).value<ActionState *>(), &second);
        QCOMPARE(events.at(0).at(1).toBool(), false);
        QCOMPARE(events.at(1).at(0).value<ActionState *>(), &first);
        QCOMPARE(first.message(), u"refused"_s);
        first.begin();
        first.finish(true, u"done"_s);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(2).at(1).toBool(), true);
        // Neither a start nor a clear is an end.
        first.clear();
        QCOMPARE(events.size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ActionState)
#include "tst_actionstate.moc"
