pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// A scoped token's Overview: its name and description, dates and the API
// Version drop-down (an upgrade only goes forward), and its contacts with
// Edit (signed in; a pasted token's are changed in the web app).
ColumnLayout {
    id: root

    required property TokenView token

    objectName: "scopedOverviewTab"
    spacing: 16

    TokenOverview {
        Layout.fillWidth: true
        token: root.token
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 10
            SectionTitle {
                text: qsTr("Details and contacts")
            }
            InfoRow {
                objectName: "scopedNameRow"
                label: qsTr("Name")
                value: root.token.name
                labelWidth: root.width < 480 ? 96 : 140
            }
            InfoRow {
                label: qsTr("Description")
                value: root.token.description.length > 0 ? root.token.description : "\u2014"
                labelWidth: root.width < 480 ? 96 : 140
            }
            InfoRow {
                objectName: "scopedContactRow"
                label: qsTr("Primary contact")
                value: root.token.primaryContact.length > 0 ? root.token.primaryContact : qsTr("Not known")
                labelWidth: root.width < 480 ? 96 : 140
            }
            InfoRow {
                label: qsTr("Developer e-mails")
                value: root.token.developerEmails.length > 0 ? Array.from(root.token.developerEmails).join(", ") : "\u2014"
                labelWidth: root.width < 480 ? 96 : 140
            }
            ActionButton {
                objectName: "editTokenButton"
                // Never wider than the card (its label wraps instead).
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                visible: root.token.editState.offered
                text: qsTr("Edit details\u2026")
                enabled: root.token.editState.allowed
                Accessible.name: qsTr("Edit the name, description and contacts of %1").arg(root.token.title)
                Accessible.description: root.token.editState.blockedReason
                onClicked: editDialog.openFor(root.token)
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: !root.token.editState.offered
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                text: qsTr("A pasted token's name here is yours; its description and contacts are changed in the "
                           + "platform's web app.")
            }
            StatusText {
                objectName: "editResult"
                Layout.fillWidth: true
                visible: text.length > 0
                tone: root.token.editState.failed ? "error" : "success"
                text: root.token.editState.message
            }
        }
    }

    EditTokenDialog {
        id: editDialog
    }
}
