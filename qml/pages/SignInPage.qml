pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Sign in to the agency's platform. An error keeps what was typed and says
// what went wrong; Enter in any field signs in.
Item {
    id: root

    property string errorText

    function submit() {
        if (!signInButton.enabled)
            return
        root.errorText = ""
        AppController.signIn(serverField.text, userField.text, passwordField.text)
    }

    objectName: "signInPage"

    Component.onCompleted: (serverField.text.length > 0 ? userField : serverField).field.forceActiveFocus()

    Connections {
        target: AppController
        function onOperationFinished(action: string, ok: bool, message: string) {
            if (action !== "signIn")
                return
            root.errorText = ok ? "" : message
            if (ok)
                passwordField.clear()
        }
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 48)
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        Card {
            id: card
            x: (scroller.width - width) / 2
            y: Math.max(24, (scroller.height - height) / 2)
            width: Math.min(scroller.width - 32, 440)
            padding: 28

            ColumnLayout {
                width: parent.width
                spacing: 12

                SectionTitle {
                    level: 1
                    text: AppInfo.name
                    subtitle: qsTr("Sign in with your platform account to manage your agency's legacy API tokens.")
                }
                LabeledField {
                    id: serverField
                    objectName: "serverField"
                    label: qsTr("Platform address")
                    text: AppController.serverUrl
                    placeholder: "https://platform.example.com"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    onAccepted: root.submit()
                }
                LabeledField {
                    id: userField
                    objectName: "userField"
                    label: qsTr("User name")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: root.submit()
                }
                LabeledField {
                    id: passwordField
                    objectName: "passwordField"
                    label: qsTr("Password")
                    echoMode: TextInput.Password
                    onAccepted: root.submit()
                }
                Notice {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: root.errorText.length > 0
                    tone: "error"
                    title: qsTr("Sign-in failed")
                    text: root.errorText
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    spacing: 12
                    QQC2.BusyIndicator {
                        objectName: "signInBusy"
                        Layout.preferredWidth: 36
                        Layout.preferredHeight: 36
                        running: AppController.busy
                        visible: running
                        Accessible.name: qsTr("Signing in")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        kind: "filled"
                        id: signInButton
                        objectName: "signInButton"
                        text: qsTr("Sign in")
                        enabled: !AppController.busy && serverField.text.trim().length > 0
                                 && userField.text.length > 0 && passwordField.text.length > 0
                        Accessible.name: qsTr("Sign in")
                        onClicked: root.submit()
                    }
                }
            }
        }
    }
}
