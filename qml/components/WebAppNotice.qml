pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// For tokens-only accounts: enabling, resetting and upgrading happen in the
// platform's web app. Gives the exact path there and opens it.
Notice {
    id: root

    readonly property AccountView account: AppController.current
    property string action: qsTr("Enabling, resetting and upgrading tokens")
    property bool opened: false

    objectName: "webAppNotice"
    title: qsTr("%1 happen in the platform's web app").arg(root.action)
    text: qsTr("Open %1 and go to %2. After a reset there, use Replace token… here: the app checks the new "
               + "token and that the old one stopped working before it overwrites the saved one.")
          .arg(account.webAppUrl).arg(account.webAppPath)
          + (root.opened ? "\n" + qsTr("No browser opened. Open this address yourself: %1").arg(account.webAppUrl) : "")

    ActionButton {
        objectName: "openWebAppButton"
        text: qsTr("Open the web app \u2197")
        Accessible.name: qsTr("Open the platform's web app in the browser")
        // When no browser opens, say so and give the address to copy.
        onClicked: root.opened = !Qt.openUrlExternally(root.account.webAppUrl)
    }
}
