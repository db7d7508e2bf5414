pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Home's first card when something waits: tokens due for rotation (most
// overdue first) and integrations that still have an old token, each with
// the way to its token's Integrations tab.
Card {
    id: root

    /// A row was opened: show this token's Integrations tab.
    signal openUsage(string accountId, string tokenKey)

    objectName: "attentionCard"
    ColumnLayout {
        width: parent.width
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Needs your attention")
            }
            Chip {
                id: badge
                objectName: "attentionBadge"
                Layout.alignment: Qt.AlignTop
                text: String(AppController.usage.dueCount + AppController.usage.openChecklists)
                Accessible.name: qsTr("Tokens to rotate or integrations to update: %1").arg(badge.text)
            }
        }
        Column {
            id: attentionRows
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: AppController.usage.dueTokens
                delegate: AttentionRow {
                    required property var modelData
                    objectName: "dueRow"
                    width: attentionRows.width
                    heading: qsTr("Rotate %1 (%2)").arg(modelData.token).arg(modelData.account)
                    detail: modelData.ageText
                    onOpen: root.openUsage(modelData.accountId, modelData.tokenKey)
                }
            }
            Repeater {
                model: AppController.usage.checklists
                delegate: AttentionRow {
                    required property var modelData
                    objectName: "checklistRow"
                    width: attentionRows.width
                    heading: qsTr("Update the integrations of %1 (%2)").arg(modelData.token).arg(modelData.account)
                    detail: modelData.checklistText
                    onOpen: root.openUsage(modelData.accountId, modelData.tokenKey)
                }
            }
        }
    }

    component AttentionRow: ColumnLayout {
        id: attention
        property string heading
        property string detail
        signal open()
        spacing: 4
        StatusText {
            Layout.fillWidth: true
            tone: "warning"
            font.weight: Font.DemiBold
            text: attention.heading
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: attention.detail
        }
        ActionButton {
            objectName: "attentionOpenButton"
            Layout.maximumWidth: implicitWidth
            kind: "text"
            text: qsTr("Open")
            Accessible.name: qsTr("Open: %1").arg(attention.heading)
            onClicked: attention.open()
        }
    }
}
