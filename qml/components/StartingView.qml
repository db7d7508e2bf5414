pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// While the app reads the keychain after the first frame.
Item {
    id: root

    objectName: "startingView"

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12
        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.visible
            Accessible.name: qsTr("Opening the keychain")
        }
        QQC2.Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Opening %1\u2026").arg(AppInfo.name)
            color: Material.secondaryTextColor
        }
    }
}
