pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Who is signed in, to which agency, and a way to sign out.
ColumnLayout {
    id: root

    property bool showSignOut: true

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
                text: AppController.displayName.length > 0 ? AppController.displayName.charAt(0).toUpperCase() : "?"
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
                text: AppController.displayName
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: AppController.roleName
                color: Material.secondaryTextColor
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
    }
    ActionButton {
        objectName: "signOutButton"
        kind: "text"
        Layout.fillWidth: true
        visible: root.showSignOut
        text: qsTr("Sign out")
        Accessible.name: qsTr("Sign out")
        onClicked: root.signOutRequested()
    }
}
