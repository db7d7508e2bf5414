pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// What this device did with tokens, newest first: when, what, which token
// (when `withToken`) and whether the app or agency-tokens-cli did it. Never a secret.
Column {
    id: root

    /// UsageView.activityRows: when, whenText, actionText, byText (account, token).
    property var rows: []
    property bool withToken: false
    /// At most this many rows; 0 for all.
    property int limit: 0

    spacing: 0

    QQC2.Label {
        objectName: "activityEmpty"
        width: root.width
        visible: root.rows.length === 0
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: qsTr("Nothing yet: a reveal, a copy, a check or a reset appears here.")
    }
    Repeater {
        model: root.limit > 0 ? root.rows.slice(0, root.limit) : root.rows
        delegate: Item {
            id: entry
            required property var modelData
            required property int index
            objectName: "activityRow"
            width: root.width
            implicitHeight: lines.implicitHeight + 14
            Accessible.role: Accessible.StaticText
            Accessible.name: what.text + ". " + who.text

            Rectangle {
                width: parent.width
                height: 1
                visible: entry.index > 0
                color: entry.Material.dividerColor
            }
            Column {
                id: lines
                y: 7
                width: parent.width
                spacing: 2
                QQC2.Label {
                    id: what
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: root.withToken ? qsTr("%1 — %2 (%3)").arg(entry.modelData.actionText)
                                                               .arg(entry.modelData.token)
                                                               .arg(entry.modelData.account)
                                         : entry.modelData.actionText
                }
                QQC2.Label {
                    id: who
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    color: Material.secondaryTextColor
                    text: qsTr("%1 · by %2").arg(entry.modelData.whenText).arg(entry.modelData.byText)
                }
            }
        }
    }
}
