pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// "Move to scoped tokens…" of the legacy card: for the Read/Write or the
// Read-Only token, the scopes a scoped token needs to do what the legacy one
// was found to reach (its check). Signed in: created here at once, its value
// shown once; tokens only: the web app's steps.
AppDialog {
    id: root

    readonly property AccountView account: AppController.current
    readonly property TokenView token: tabs.currentIndex === 0 ? account.readWrite : account.readOnly
    // Re-read when the token's check or the catalogue changes.
    readonly property var scopes: {
        void (token.probedText + account.scopeCategories.length)
        return account.suggestedScopes(token.kind)
    }
    readonly property var titles: {
        const byId = {}
        for (const category of account.scopeCategories)
            for (const scope of category.scopes)
                byId[scope.id] = scope.title + " (" + category.category + ")"
        return scopes.map(id => byId[id] || id)
    }
    readonly property ActionState createState: account.createState
    property int runsAtOpen: 0
    readonly property bool created: createState.ended && createState.runs > runsAtOpen && !createState.failed
                                    && account.createdToken !== null

    function openFor() {
        root.runsAtOpen = root.createState.runs
        root.account.loadCatalogue()
        nameField.text = qsTr("%1 replacement").arg(root.token.title)
        root.open()
    }

    objectName: "moveDialog"
    title: created ? qsTr("Scoped token created") : qsTr("Move to scoped tokens")
    closable: !createState.busy
    height: Math.min(implicitHeight, (QQC2.Overlay.overlay ? QQC2.Overlay.overlay.height : 800) - 32)

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.implicitHeight
        implicitHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content
            width: flick.width
            spacing: 12

            QQC2.Label {
                Layout.fillWidth: true
                visible: !root.created
                wrapMode: Text.Wrap
                text: qsTr("The platform asks agencies to move off legacy tokens. Give each integration a scoped "
                           + "token that may call only what it needs; then reset the legacy token.")
            }
            QQC2.TabBar {
                id: tabs
                objectName: "moveTabs"
                Layout.fillWidth: true
                visible: !root.created
                Material.background: "transparent"
                QQC2.TabButton {
                    objectName: "moveReadWriteTab"
                    text: qsTr("Read/Write")
                    Accessible.name: qsTr("Replace the Read/Write token")
                }
                QQC2.TabButton {
                    objectName: "moveReadOnlyTab"
                    text: qsTr("Read-Only")
                    Accessible.name: qsTr("Replace the Read-Only token")
                }
                onCurrentIndexChanged: nameField.text = qsTr("%1 replacement")
                                       .arg((currentIndex === 0 ? root.account.readWrite : root.account.readOnly).title)
            }
            QQC2.Label {
                objectName: "moveNotChecked"
                Layout.fillWidth: true
                visible: !root.created && root.scopes.length === 0
                wrapMode: Text.Wrap
                text: qsTr("Not known yet: check what the %1 token can reach. The scoped token gets the scopes "
                           + "of the API categories it reaches%2.").arg(root.token.title)
                      .arg(root.token.kind === TokenKind.ReadOnly ? qsTr(", reads only") : "")
            }
            ActionButton {
                objectName: "moveProbeButton"
                visible: !root.created && root.scopes.length === 0
                text: root.token.probeState.busy ? qsTr("Checking\u2026") : qsTr("Check what it can reach")
                enabled: root.token.probeState.allowed
                Accessible.name: qsTr("Check what the %1 token can reach").arg(root.token.title)
                Accessible.description: root.token.probeState.blockedReason
                onClicked: root.token.probe()
            }
            StatusText {
                Layout.fillWidth: true
                visible: text.length > 0 && !root.created
                tone: "error"
                text: root.token.probeState.failed ? root.token.probeState.message : ""
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: !root.created && root.scopes.length > 0
                wrapMode: Text.Wrap
                text: qsTr("Scopes for a token that does what the %1 token was found to reach:").arg(root.token.title)
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                spacing: 2
                Repeater {
                    model: root.created ? [] : root.titles
                    delegate: QQC2.Label {
                        required property string modelData
                        objectName: "moveScope"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: "\u2022 " + modelData
                    }
                }
            }
            // Signed in: made here, at once.
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.account.offersCreate && !root.created && root.scopes.length > 0
                spacing: 8
                LabeledField {
                    id: nameField
                    objectName: "moveNameField"
                    label: qsTr("Name")
                }
                LabeledField {
                    id: contactField
                    objectName: "moveContactField"
                    label: qsTr("Primary contact (e-mail)")
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    onAccepted: createButton.clicked()
                }
            }
            // Tokens only: the web app's steps.
            QQC2.Label {
                objectName: "moveWebAppSteps"
                Layout.fillWidth: true
                visible: root.account.tokensOnly && root.scopes.length > 0
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: qsTr("In the platform's web app:") + "\n"
                      + qsTr("1. Open %1 and go to %2.").arg(root.account.webAppUrl).arg(root.account.webAppPath) + "\n"
                      + qsTr("2. Select Create Access Token and name it, e.g. “%1”.").arg(nameField.text) + "\n"
                      + qsTr("3. Choose the scopes listed above, then create it.") + "\n"
                      + qsTr("4. Copy its Account SID and Auth Token (shown once) and use Add scoped token… here.")
                      + "\n" + qsTr("5. Give it to the integrations, then reset the legacy %1 token.")
                        .arg(root.token.title)
            }
            RowLayout {
                visible: root.createState.busy
                spacing: 12
                QQC2.BusyIndicator {
                    running: root.createState.busy
                    Accessible.name: qsTr("Creating")
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Creating the scoped token\u2026")
                }
            }
            Notice {
                objectName: "moveCreateError"
                Layout.fillWidth: true
                visible: root.createState.failed && root.createState.runs > root.runsAtOpen
                tone: "error"
                title: qsTr("Not created")
                text: root.createState.message
            }
            IssuedToken {
                Layout.fillWidth: true
                visible: root.created
                token: root.created ? root.account.createdToken : null
            }
            DialogButtons {
                ActionButton {
                    objectName: "moveCloseButton"
                    kind: root.created ? "filled" : "text"
                    text: root.created ? qsTr("Done") : qsTr("Close")
                    enabled: root.closable
                    Accessible.name: text
                    onClicked: root.close()
                }
                ActionButton {
                    id: createButton
                    objectName: "moveCreateButton"
                    kind: "filled"
                    visible: root.account.offersCreate && !root.created && root.scopes.length > 0
                    text: qsTr("Create scoped token")
                    enabled: root.createState.allowed
                    Accessible.name: qsTr("Create a scoped token to replace the %1 token").arg(root.token.title)
                    onClicked: if (enabled) root.account.createAccessToken(nameField.text,
                        qsTr("Replaces the legacy %1 token.").arg(root.token.title), 0, contactField.text, [],
                        root.scopes)
                }
            }
        }
    }
}
