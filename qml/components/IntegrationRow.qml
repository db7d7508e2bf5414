pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// One integration of a token: name, owner, the API categories it calls, a
// note, when it was last confirmed. After a reset or a replace it is a
// checklist row: copy the new value for it, then mark it updated.
Rectangle {
    id: root

    required property var row
    required property UsageView usage
    /// Inside a dialog (after a reset or a replace): name, state and the two buttons only.
    property bool compact: false

    signal editRequested()

    readonly property bool dark: Material.theme === Material.Dark

    objectName: "integrationRow_" + row.name
    implicitHeight: content.implicitHeight + 24
    radius: 10
    color: row.pending ? (dark ? "#3a3020" : "#fff6e0") : (dark ? "#25272c" : "#f4f5f9")
    border.color: row.pending ? (dark ? "#8a6d2f" : "#e8c77a") : "transparent"
    Accessible.role: Accessible.Grouping
    Accessible.name: row.pending ? qsTr("%1, still has the old token").arg(row.name) : row.name

    ColumnLayout {
        id: content
        x: 14
        y: 12
        width: parent.width - 28
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            QQC2.Label {
                objectName: "integrationName"
                Layout.fillWidth: true
                text: root.row.name
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            MoreButton {
                objectName: "integrationMoreButton"
                visible: !root.compact
                menuName: "integrationMenu"
                Accessible.name: qsTr("More for %1").arg(root.row.name)
                MenuEntry {
                    objectName: "integrationEditItem"
                    text: qsTr("Edit or remove\u2026")
                    onTriggered: root.editRequested()
                }
            }
        }
        StatusText {
            objectName: "integrationPending"
            Layout.fillWidth: true
            visible: root.row.pending
            tone: "warning"
            text: qsTr("Still has the old token")
        }
        StatusText {
            objectName: "integrationDone"
            Layout.fillWidth: true
            visible: root.compact && !root.row.pending
            tone: "success"
            text: qsTr("Has the new token")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.compact && text.length > 0
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: [root.row.owner.length > 0 ? qsTr("Owner: %1").arg(root.row.owner) : "",
                   root.row.usesText.length > 0 ? qsTr("Calls: %1").arg(root.row.usesText) : ""]
                  .filter(part => part.length > 0).join(" · ")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.compact && text.length > 0
            wrapMode: Text.Wrap
            text: root.row.note
        }
        QQC2.Label {
            objectName: "integrationConfirmed"
            Layout.fillWidth: true
            visible: !root.compact && text.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: 12
            color: Material.secondaryTextColor
            text: root.row.confirmedText
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.row.pending
            spacing: 8
            ActionButton {
                objectName: "integrationCopyButton"
                text: qsTr("Copy new token")
                enabled: root.usage !== null
                Accessible.name: qsTr("Copy the new token for %1").arg(root.row.name)
                onClicked: root.usage.copyFor(root.row.id)
            }
            ActionButton {
                objectName: "integrationUpdatedButton"
                kind: "filled"
                text: qsTr("Mark updated")
                Accessible.name: qsTr("%1 has the new token").arg(root.row.name)
                onClicked: root.usage.markUpdated(root.row.id)
            }
        }
    }
}
