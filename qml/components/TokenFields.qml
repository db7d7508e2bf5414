pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Account SID and Auth Token as pasted from the platform's web app, with
// the token kind. The token field is masked; surrounding spaces are trimmed
// where the values are checked (C++).
ColumnLayout {
    id: root

    /// A TokenKind: the select lists the kinds in the enum's order.
    property alias kind: kindSelect.currentIndex
    readonly property string accountSid: sidField.text
    readonly property string authToken: tokenField.text
    property bool showKind: true
    readonly property bool complete: sidField.text.trim().length > 0 && tokenField.text.trim().length > 0

    signal accepted()

    /// Puts the keyboard in the Account SID field.
    function focusFirst() {
        sidField.field.forceActiveFocus()
    }

    function clear() {
        sidField.clear()
        tokenField.clear()
    }

    spacing: 12

    ColumnLayout {
        visible: root.showKind
        spacing: 2
        QQC2.Label {
            text: qsTr("Token")
            font.pixelSize: 12
        }
        Select {
            id: kindSelect
            objectName: "tokenKindSelect"
            Layout.fillWidth: true
            model: [qsTr("Read/Write"), qsTr("Read-Only")]
            Accessible.name: qsTr("Which token")
        }
    }
    LabeledField {
        id: sidField
        objectName: "sidField"
        label: qsTr("Account SID")
        placeholder: "IR…"
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onAccepted: root.accepted()
    }
    LabeledField {
        id: tokenField
        objectName: "tokenField"
        label: qsTr("Auth Token")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        onAccepted: root.accepted()
    }
}
