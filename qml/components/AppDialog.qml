pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2

// The look every dialog shares: modal, centred in the window, Esc closes it
// unless it is in the middle of something (set `closable: false`).
QQC2.Dialog {
    id: root

    property bool closable: true

    modal: true
    focus: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(QQC2.Overlay.overlay.width - 32, 520)
    padding: 24
    topPadding: 8
    closePolicy: closable ? QQC2.Popup.CloseOnEscape | QQC2.Popup.CloseOnPressOutside : QQC2.Popup.NoAutoClose
    Accessible.role: Accessible.Dialog
    Accessible.name: root.title
}
