pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// What a token can reach, one row per API category (allowed, denied or not
// known) from its last check, with when it ran and the request budget left.
ColumnLayout {
    id: root

    property TokenView token: null
    readonly property var rows: token ? token.probeRows : []

    spacing: 6

    QQC2.Label {
        objectName: "probeEmpty"
        Layout.fillWidth: true
        visible: root.rows.length === 0
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: qsTr("Not checked yet. A check sends one cheap request per API category and reads only the answer's "
                   + "status: nothing is changed.")
    }
    Repeater {
        model: root.rows
        delegate: Rectangle {
            id: row
            required property var modelData
            readonly property string reach: modelData.reach
            objectName: "probeRow_" + modelData.category
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 16
            radius: 8
            color: Qt.rgba(0.5, 0.5, 0.5, 0.07)
            Accessible.role: Accessible.StaticText
            Accessible.name: row.modelData.category + ": " + reachLabel.text

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: 12
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modelData.category
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.modelData.detail.length > 0 ? row.modelData.detail : row.modelData.scope
                        font.pixelSize: 12
                        color: Material.secondaryTextColor
                        wrapMode: Text.Wrap
                    }
                }
                StatusText {
                    id: reachLabel
                    objectName: "probeReach"
                    Layout.alignment: Qt.AlignVCenter
                    wrapMode: Text.NoWrap
                    font.weight: Font.DemiBold
                    tone: row.reach === "allowed" ? "success" : row.reach === "denied" ? "error" : "warning"
                    text: row.reach === "allowed" ? "\u2713 " + qsTr("Allowed")
                          : row.reach === "denied" ? "\u2715 " + qsTr("Denied (403)") : "? " + qsTr("Not known")
                }
            }
        }
    }
    QQC2.Label {
        objectName: "probedText"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: Material.secondaryTextColor
        text: !root.token ? "" : root.token.probedText.length > 0 && root.token.budgetText.length > 0
              ? root.token.probedText + " · " + root.token.budgetText : root.token.probedText + root.token.budgetText
    }
}
