// SPDX-License-Identifier: MIT
// IdleIncubator: an asynchronous Loader is built with no window and no frame,
// in slices between which the event loop runs, and nothing is scheduled once
// nothing is being built (no polling while idle).
#include "startup/IdleIncubator.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTest>

#include <memory>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

namespace {

// A Loader whose item takes many slices to build: a few thousand items.
constexpr auto LoaderQml = R"(
import QtQuick
Item {
    readonly property int status: loader.status
    readonly property int built: loader.item ? loader.item.children.length : 0
    Loader {
        id: loader
        asynchronous: true
        sourceComponent: Component {
            Item {
                Repeater {
                    model: 4000
                    Item { width: index; height: 1 }
                }
            }
        }
    }
}
)";

constexpr int LoaderReady = 1; // Loader.Ready
constexpr int LoaderLoading = 2; // Loader.Loading

} // namespace

class tst_IdleIncubator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsScheduledWhileNothingIsBuilt()
    {
        QQmlEngine engine;
        IdleIncubator incubator;
        engine.setIncubationController(&incubator);
        QVERIFY(!incubator.isBuilding());
        QCoreApplication::processEvents();
        QVERIFY(!incubator.isBuilding());
    }

    void anAsynchronousLoaderIsBuiltWithoutAWindow()
    {
        QQmlEngine engine;
        IdleIncubator incubator;
        engine.setIncubationController(&incubator);
        QQmlComponent component(&engine);
        component.setData(LoaderQml, QUrl(u"qrc:/tst_idleincubator/Loader.qml"_s));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));

        // Nothing is built yet: the Loader waits for the incubator.
        QCOMPARE(root->property("status").toInt(), LoaderLoading);
        QVERIFY(incubator.isBuilding());

        // The event loop runs between two slices: a call queued now runs
        // while the item is still being built.
        int statusWhenQueuedCallRan = -1;
        int incubatingWhenQueuedCallRan = -1;
        QMetaObject::invokeMethod(
            this,
            [&] {
                statusWhenQueuedCallRan = root->property("status").toInt();
                incubatingWhenQueuedCallRan = engine.incubationController()->incubatingObjectCount();
            },
            Qt::QueuedConnection);

        QTRY_COMPARE_WITH_TIMEOUT(root->property("status").toInt(), LoaderReady, 20000);
        QCOMPARE(statusWhenQueuedCallRan, LoaderLoading);
        QVERIFY(incubatingWhenQueuedCallRan > 0);
        // The Repeater's 4000 items and the Repeater itself.
        QCOMPARE(root->property("built").toInt(), 4001);

        // Done: no slice is due any more.
        QCOMPARE(engine.incubationController()->incubatingObjectCount(), 0);
        QVERIFY(!incubator.isBuilding());
    }
};

QTEST_MAIN(tst_IdleIncubator)
#include "tst_idleincubator.moc"
