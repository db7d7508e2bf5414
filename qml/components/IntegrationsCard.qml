pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Where one token is used: its integrations (after a reset or a replace, a
// checklist until each has the new value), its rotation policy and age, and
// what this device did with it. Kept beside the keychain, never a secret.
Card {
    id: root

    required property TokenView token
    readonly property UsageView usage: token ? token.usage : null
    /// Rows of activity shown; the Activity page shows them all.
    property int activityLimit: 5

    signal allActivityRequested()

    objectName: "integrationsCard_" + (token ? token.title : "")

    readonly property var policyChoices: {
        const days = [0, 30, 60, 90, 180, 365]
        if (usage && usage.rotateEveryDays > 0 && days.indexOf(usage.rotateEveryDays) < 0)
            days.push(usage.rotateEveryDays)
        days.sort((a, b) => a - b)
        return days.map(d => ({ value: d,
                                text: d === 0 ? qsTr("Off")
                                      : d === usage.suggestedRotationDays ? qsTr("Every %1 days (suggested)").arg(d)
                                      : qsTr("Every %1 days").arg(d) }))
    }

    ColumnLayout {
        width: parent.width
        spacing: 12

        SectionTitle {
            text: qsTr("Where %1 is used").arg(root.token.title)
            subtitle: qsTr("Each integration that holds this token. A reset then tells you which to "
                           + "update. Kept on this device, without the token.")
        }
        Notice {
            objectName: "checklistNotice"
            Layout.fillWidth: true
            visible: root.usage.checklistText.length > 0
            tone: "warning"
            title: root.usage.checklistText
            text: qsTr("Copy the new token into each one below, then mark it updated.")
        }
        ClipboardNote {
            Layout.fillWidth: true
            visible: root.usage.pendingCount > 0
        }
        QQC2.Label {
            objectName: "noIntegrations"
            Layout.fillWidth: true
            visible: root.usage.count === 0
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: qsTr("No integration listed yet.")
        }
        // A Column, not the layout: rows come and go as the list changes.
        Column {
            id: rows
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: root.usage.integrations
                delegate: IntegrationRow {
                    required property var modelData
                    width: rows.width
                    row: modelData
                    usage: root.usage
                    onEditRequested: dialog.openEdit(root.usage, modelData)
                }
            }
        }
        ActionButton {
            objectName: "addIntegrationButton"
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Add integration\u2026")
            Accessible.name: qsTr("Add an integration that uses %1").arg(root.token.title)
            onClicked: dialog.openAdd(root.usage)
        }
        StatusText {
            objectName: "usageProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: "error"
            text: root.usage.problem
        }

        SectionTitle {
            Layout.topMargin: 8
            text: qsTr("Rotation")
            subtitle: qsTr("Age counts from the token's creation or last reset (a pasted token: when it was "
                           + "added or replaced).")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Chip {
                objectName: "dueChip"
                visible: root.usage.due
                text: qsTr("Due")
                color: Material.theme === Material.Dark ? "#ffb74d" : "#a15c00"
            }
            QQC2.Label {
                objectName: "ageText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.usage.ageText.length > 0 ? root.usage.ageText : qsTr("Age not known yet.")
            }
        }
        Select {
            id: policyCombo
            objectName: "rotationPolicy"
            Layout.fillWidth: true
            Layout.maximumWidth: 300
            model: root.policyChoices
            textRole: "text"
            valueRole: "value"
            currentIndex: root.policyChoices.findIndex(c => c.value === root.usage.rotateEveryDays)
            Accessible.name: qsTr("Rotate %1").arg(root.token.title)
            onActivated: index => root.usage.setRotateEveryDays(root.policyChoices[index].value)
        }

        SectionTitle {
            Layout.topMargin: 8
            text: qsTr("Activity on this device")
        }
        ActivityList {
            objectName: "tokenActivity"
            Layout.fillWidth: true
            rows: root.usage.activity
            limit: root.activityLimit
        }
        ActionButton {
            objectName: "allActivityButton"
            kind: "text"
            Layout.maximumWidth: implicitWidth
            text: qsTr("All activity on this device")
            Accessible.name: text
            onClicked: root.allActivityRequested()
        }
    }

    IntegrationDialog {
        id: dialog
    }
}
