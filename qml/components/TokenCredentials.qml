pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// One token's credentials: Account SID and Auth Token with Copy, Reveal,
// copy as curl or environment, and Verify. The clear token is held only
// while revealed and is dropped when hidden or when this view goes away.
Card {
    id: root

    required property TokenView token
    property string revealedToken

    function hide() {
        root.revealedToken = ""
    }

    objectName: "tokenCredentials" + token.kind
    onVisibleChanged: if (!visible) hide()
    Component.onDestruction: hide()

    // A revealed token hides itself again after a short while.
    Timer {
        objectName: "rehideTimer"
        interval: AppController.revealSeconds * 1000
        running: root.revealedToken.length > 0
        onTriggered: root.hide()
    }

    Connections {
        target: root.token
        function onChanged() {
            if (root.revealedToken.length > 0)
                root.revealedToken = AppController.revealToken(root.token.kind)
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 12

        SectionTitle {
            text: root.token.title
            subtitle: root.token.kind === AppController.ReadWrite ? qsTr("For integrations that read and change data.")
                                                                  : qsTr("For integrations that only read.")
        }
        Notice {
            objectName: "unsavedNotice"
            Layout.fillWidth: true
            visible: root.token.unsaved
            tone: "warning"
            title: qsTr("Not saved on this device")
            text: qsTr("The platform issued this token, but the keychain has not stored it. Copy it now if you "
                       + "need it, then retry saving.")
            ActionButton {
                objectName: "retrySaveButton"
                text: qsTr("Retry saving")
                enabled: !AppController.busy
                Accessible.name: text
                onClicked: AppController.retrySave()
            }
        }
        CredentialRow {
            objectName: "accountSidRow"
            Layout.fillWidth: true
            label: qsTr("Account SID")
            value: root.token.accountSid
            copyEnabled: root.token.present
            onCopyRequested: AppController.copyAccountSid(root.token.kind)
        }
        CredentialRow {
            objectName: "authTokenRow"
            Layout.fillWidth: true
            label: qsTr("Auth Token")
            value: root.revealedToken.length > 0 ? root.revealedToken : root.token.maskedToken
            copyEnabled: root.token.hasSecret
            onCopyRequested: AppController.copyToken(root.token.kind)
            ActionButton {
                objectName: "revealButton"
                kind: "text"
                text: root.revealedToken.length > 0 ? qsTr("Hide") : qsTr("Reveal")
                checkable: true
                checked: root.revealedToken.length > 0
                enabled: root.token.hasSecret
                Accessible.name: checked ? qsTr("Hide the %1 Auth Token").arg(root.token.title)
                                         : qsTr("Reveal the %1 Auth Token").arg(root.token.title)
                onToggled: root.revealedToken = checked ? AppController.revealToken(root.token.kind) : ""
            }
        }
        TokenActions {
            Layout.fillWidth: true
            token: root.token
        }
    }
}
