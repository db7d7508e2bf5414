pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import AgencyTokens

// Right after a reset or a replace: the token's integrations as a checklist,
// each with Copy new token and Mark updated. Hidden when none is listed.
Column {
    id: root

    required property TokenView token
    readonly property UsageView usage: token ? token.usage : null

    objectName: "integrationChecklist"
    visible: usage !== null && usage.count > 0
    spacing: 8

    QQC2.Label {
        objectName: "checklistText"
        width: root.width
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        text: root.usage && root.usage.checklistText.length > 0 ? root.usage.checklistText
                                                               : qsTr("Every listed integration has the new token.")
    }
    Repeater {
        model: root.usage ? root.usage.integrations : []
        delegate: IntegrationRow {
            required property var modelData
            width: root.width
            row: modelData
            usage: root.usage
            compact: true
        }
    }
}
