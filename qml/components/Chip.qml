pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// A small rounded tag ("Legacy", "API v3").
QQC2.Label {
    id: root

    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: 12
    font.weight: Font.DemiBold
    color: Material.accent
    background: Rectangle {
        radius: height / 2
        color: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.14)
    }
}
