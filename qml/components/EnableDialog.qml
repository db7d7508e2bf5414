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
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This creates a Read/Write and a Read-Only token for the whole agency. It cannot be "
                       + "undone: the tokens stay until they are reset. Reset both right after, so that only "
                       + "your team knows them.")
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
