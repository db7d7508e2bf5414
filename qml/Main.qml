pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import AgencyTokens

QQC2.ApplicationWindow {
    id: root

    readonly property bool wide: width >= 720

    width: 1280
    height: 800
    visible: true
    title: AppInfo.name

    QQC2.Label {
        anchors.centerIn: parent
        text: qsTr("%1 %2").arg(AppInfo.name).arg(AppInfo.version)
    }
}
