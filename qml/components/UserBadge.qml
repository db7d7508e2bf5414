pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The shown account: who is signed in (or that it holds pasted tokens), and
// a way to sign out of it (or remove it).
ColumnLayout {
    id: root

    readonly property AccountView account: AppController.current
    readonly property string shownName: account.tokensOnly ? account.name : account.displayName

    signal signOutRequested()

    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: Material.accent
            QQC2.Label {
                anchors.centerIn: parent
                text: root.shownName.length > 0 ? root.shownName.charAt(0).toUpperCase() : "?"
                color: root.Material.theme === Material.Dark ? "#15171c" : "#ffffff"
                font.pixelSize: 18
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            QQC2.Label {
                objectName: "signedInName"
                Layout.fillWidth: true
                text: root.shownName
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.account.tokensOnly ? qsTr("Tokens only · %1").arg(root.account.hostName)
                                              : qsTr("%1 · %2").arg(root.account.roleName).arg(root.account.name)
                color: Material.secondaryTextColor
                font.pixelSize: 12
                // "Account administrator · Demo Agency" is wider than the sidebar: two lines.
                wrapMode: Text.Wrap
            }
        }
    }
    ActionButton {
        objectName: "signOutButton"
        kind: "text"
        Layout.fillWidth: true
        text: root.account.tokensOnly ? qsTr("Remove account") : qsTr("Sign out")
        Accessible.name: root.account.tokensOnly ? qsTr("Remove %1 and its saved tokens").arg(root.account.name)
                                                 : qsTr("Sign out of %1").arg(root.account.name)
        onClicked: root.signOutRequested()
    }
}
