pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// The "Clipboard" setting: how long a copied token stays on the clipboard.
Card {
    id: root

    readonly property var choices: AppServices.clipboard.timeoutChoices

    objectName: "clipboardSettings"

    ColumnLayout {
        width: parent.width
        spacing: 10
        SectionTitle {
            text: qsTr("Clipboard")
            subtitle: qsTr("Copied Account SIDs and tokens are removed from the clipboard after this time, "
                           + "and when you sign out.")
        }
        Select {
            objectName: "clipboardTimeoutCombo"
            Layout.fillWidth: true
            model: root.choices
            textRole: "label"
            valueRole: "seconds"
            currentIndex: root.choices.findIndex(choice => choice.seconds === AppServices.clipboard.clearAfterSeconds)
            Accessible.name: qsTr("Clear the clipboard after")
            onActivated: index => AppServices.clipboard.clearAfterSeconds = root.choices[index].seconds
        }
    }
}
