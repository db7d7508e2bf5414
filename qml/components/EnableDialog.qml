pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Confirms "Enable Legacy Tokens": it cannot be undone.
AppDialog {
    id: root

    objectName: "enableDialog"
    title: qsTr("Enable legacy tokens?")

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            objectName: "enableWarning"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This creates a Read/Write and a Read-Only token for the whole agency. It cannot be "
                       + "undone: the tokens stay until they are reset. Until then, everyone who can open "
                       + "Platform REST Web Services for this agency (in this app or the platform's web app) "
                       + "can see and copy them. Reset both right after, and give the new values only to "
                       + "the integrations that need them.")
        }
        DialogButtons {
            ActionButton {
                objectName: "enableCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.reject()
            }
            ActionButton {
                objectName: "enableConfirmButton"
                kind: "filled"
                text: qsTr("Enable")
                Accessible.name: qsTr("Enable legacy tokens")
                onClicked: root.accept()
            }
        }
    }
}
