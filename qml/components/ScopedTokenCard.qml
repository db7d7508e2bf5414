pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// One scoped access token on the REST page: its name, its own Account SID and
// what its last check found. Selecting it opens its pages (Overview, API
// Credentials, API Scopes); More (⋮) resets or replaces it, checks what it can
// reach, or deletes it (each dialog asks first where it changes anything).
ClickableCard {
    id: root

    required property TokenView token

    /// A menu item was chosen: "change" (Reset Token, Replace token…), "probe" or "delete".
    signal actionRequested(string action)

    objectName: "scopedTokenCard_" + token.title
    contentHeight: content.implicitHeight
    Accessible.name: qsTr("Scoped access token %1. Open Overview, API Credentials and API Scopes").arg(token.title)

    ColumnLayout {
        id: content
        width: parent.width
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            // The kind's chip goes under the name: a long translation of it
            // must not squeeze the name into one word per line on a phone.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                QQC2.Label {
                    objectName: "scopedTokenName"
                    Layout.fillWidth: true
                    text: root.token.title
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Chip {
                    text: qsTr("Scoped")
                }
            }
            MoreButton {
                objectName: "scopedMoreButton"
                menuName: "scopedMoreMenu"
                Accessible.name: qsTr("More for %1").arg(root.token.title)
                MenuEntry {
                    objectName: "scopedChangeItem"
                    text: [qsTr("Reset Token"), qsTr("Replace token\u2026"), qsTr("Add its Auth Token\u2026")][root.token.change]
                    enabled: root.token.changeState.allowed
                    onTriggered: root.actionRequested("change")
                }
                MenuEntry {
                    objectName: "scopedProbeItem"
                    text: qsTr("Check what it can reach")
                    enabled: root.token.probeState.allowed
                    onTriggered: root.actionRequested("probe")
                }
                MenuEntry {
                    objectName: "scopedDeleteItem"
                    text: root.token.scoped && AppController.current.tokensOnly ? qsTr("Remove from this device\u2026")
                                                                                  : qsTr("Delete\u2026")
                    enabled: root.token.deleteState.allowed
                    onTriggered: root.actionRequested("delete")
                }
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.token.description
            color: Material.secondaryTextColor
            wrapMode: Text.Wrap
        }
        Fact {
            objectName: "scopedSidFact"
            Layout.fillWidth: true
            label: qsTr("Account SID")
            value: root.token.accountSid
            mono: true
        }
        StatusText {
            objectName: "scopedCheckNote"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: "warning"
            text: root.token.checkNote
        }
        UsageLine {
            Layout.fillWidth: true
            token: root.token
        }
        StatusText {
            objectName: "scopedValueNote"
            Layout.fillWidth: true
            visible: !root.token.hasSecret
            tone: "info"
            text: qsTr("Its Auth Token is not on this device.")
        }
    }
}
