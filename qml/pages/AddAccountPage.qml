pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Add an account: tokens you already have (any platform), or sign in to a
// platform that offers the management contract. Also where a signed-in
// account whose session ended signs in again.
Item {
    id: root

    readonly property bool again: AppController.signingInAgain

    objectName: "addAccountPage"

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
            width: Math.min(scroller.width - 32, 460)
            padding: 28

            ColumnLayout {
                width: parent.width
                spacing: 12

                SectionTitle {
                    level: 1
                    text: root.again ? qsTr("Sign in again") : AppInfo.name
                    subtitle: root.again ? "" : qsTr("Keep your agency's API tokens in this device's keychain, "
                                                     + "check them and copy them safely.")
                }
                QQC2.TabBar {
                    id: tabs
                    objectName: "addAccountTabs"
                    Layout.fillWidth: true
                    visible: !root.again
                    currentIndex: root.again ? 1 : 0
                    // The layout gives the bar its width; the tabs' widths follow it (share()),
                    // so the bar's own content must not feed back into it (a binding loop).
                    implicitWidth: 0
                    // Each tab's part of the bar in proportion to its label, so
                    // that a long one ("Vorhandene Tokens") is not cut.
                    function share(needed: real): real {
                        return width * needed / (tokensTabButton.implicitWidth + signInTabButton.implicitWidth)
                    }
                    QQC2.TabButton {
                        id: tokensTabButton
                        objectName: "tokensTab"
                        width: tabs.share(implicitWidth)
                        text: qsTr("Tokens you have")
                        Accessible.name: qsTr("Add tokens you already have")
                        FocusRing { shown: tokensTabButton.visualFocus }
                    }
                    QQC2.TabButton {
                        id: signInTabButton
                        objectName: "signInTab"
                        width: tabs.share(implicitWidth)
                        text: qsTr("Sign in")
                        Accessible.name: qsTr("Sign in to a platform")
                        FocusRing { shown: signInTabButton.visualFocus }
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    source: tabs.currentIndex === 0 ? "../components/AddTokensForm.qml"
                                                    : "../components/SignInForm.qml"
                }
                ActionButton {
                    objectName: "cancelAddButton"
                    kind: "text"
                    visible: !root.again && AppController.accounts.length > 0
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel adding an account")
                    onClicked: AppController.cancelAdding()
                }
                // Signing in again is not the only way on: the other accounts, or a new one.
                Flow {
                    Layout.fillWidth: true
                    visible: root.again
                    spacing: 8
                    Repeater {
                        model: AppController.accounts
                        delegate: ActionButton {
                            required property AccountView modelData
                            visible: modelData !== AppController.current
                            kind: "text"
                            text: qsTr("Open %1").arg(modelData.name)
                            Accessible.name: text
                            onClicked: AppController.switchTo(modelData.id)
                        }
                    }
                    ActionButton {
                        kind: "text"
                        text: qsTr("Add account")
                        Accessible.name: text
                        onClicked: AppController.beginAdding()
                    }
                }
            }
        }
    }
}
