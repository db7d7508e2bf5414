pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Check all: every token this device holds, of every account, asked of the
// platform with one request each (AppController.checkAll), and a row per
// token with what the platform answered.
ScrollPage {
    id: root

    readonly property CheckAllRun run: AppController.checkAllRun

    pageName: "checkall"
    title: qsTr("Check all tokens")
    objectName: "checkAllPage"

    SectionTitle {
        level: 1
        text: root.title
        subtitle: qsTr("Asks the platform whether each token on this device still passes: one request per token, "
                       + "for every account. Nothing is changed.")
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "checkAllButton"
            kind: "filled"
            text: root.run.state.busy ? qsTr("Checking\u2026")
                                      : root.run.state.runs > 0 ? qsTr("Check again") : qsTr("Check all")
            enabled: !root.run.state.busy
            Accessible.name: qsTr("Check every token")
            onClicked: AppController.checkAll()
        }
    }
    QQC2.ProgressBar {
        objectName: "checkAllProgress"
        Layout.fillWidth: true
        visible: root.run.state.busy
        indeterminate: root.run.total === 0
        from: 0
        to: Math.max(1, root.run.total)
        value: root.run.checked
        Accessible.name: qsTr("Checked %1 of %2 tokens").arg(root.run.checked).arg(root.run.total)
    }
    Notice {
        objectName: "checkAllSummary"
        Layout.fillWidth: true
        visible: root.run.state.ended
        tone: Array.from(root.run.results).some(r => r.result === CheckAllRun.Refused || r.result === CheckAllRun.Network)
              ? "warning" : "success"
        title: root.run.finishedText
        text: root.run.state.message
    }

    Repeater {
        model: root.run.results
        delegate: Rectangle {
            id: row
            required property var modelData
            readonly property string tone: [ "success", "error", "warning", "warning", "error" ][modelData.result]
            objectName: "checkRow_" + modelData.accountName + "_" + modelData.tokenTitle
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 20
            radius: 10
            color: root.Material.theme === Material.Dark ? "#2a2c31" : "#ffffff"
            border.color: root.Material.theme === Material.Dark ? "#3a3d44" : "#e1e4ea"
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1, %2: %3. %4").arg(modelData.accountName).arg(modelData.tokenTitle)
                             .arg(modelData.resultText).arg(modelData.sentence)

            GridLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 14
                columns: root.compact ? 1 : 2
                columnSpacing: 16
                rowSpacing: 2
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modelData.tokenTitle
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modelData.accountName
                        font.pixelSize: 12
                        color: Material.secondaryTextColor
                        wrapMode: Text.Wrap
                    }
                }
                StatusText {
                    objectName: "checkResult"
                    Layout.alignment: root.compact ? Qt.AlignLeft : Qt.AlignRight | Qt.AlignTop
                    wrapMode: Text.NoWrap
                    font.weight: Font.DemiBold
                    tone: row.tone
                    text: (row.modelData.result === CheckAllRun.Ok ? "\u2713 " : row.modelData.result
                           === CheckAllRun.Refused || row.modelData.result === CheckAllRun.Network ? "\u2715 " : "\u26a0 ")
                          + row.modelData.resultText
                }
                QQC2.Label {
                    objectName: "checkSentence"
                    Layout.fillWidth: true
                    Layout.columnSpan: root.compact ? 1 : 2
                    text: row.modelData.sentence
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
