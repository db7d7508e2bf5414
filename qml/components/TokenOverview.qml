pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// One token on the Overview tab (a legacy one, or a scoped one with its
// description): dates and the API Version drop-down.
// Choosing a newer version asks first (UpgradeDialog).
Card {
    id: root

    required property TokenView token
    readonly property var versions: {
        const result = []
        for (let i = 0; i < token.upgradeVersions.length; ++i) {
            const v = token.upgradeVersions[i]
            result.push({ value: v, text: v === token.apiVersion ? qsTr("Version %1 (current)").arg(v)
                                                                 : qsTr("Version %1").arg(v) })
        }
        return result
    }

    function syncVersion() {
        versionCombo.currentIndex = versions.findIndex(v => v.value === token.apiVersion)
    }

    readonly property int labelWidth: width < 480 ? 96 : 140

    objectName: "tokenOverview" + token.kind
    onVersionsChanged: syncVersion()

    ColumnLayout {
        width: parent.width
        spacing: 10

        // The chip goes to the next line where name and chip do not fit together.
        Flow {
            Layout.fillWidth: true
            spacing: 10
            QQC2.Label {
                width: Math.min(implicitWidth, parent.width)
                text: root.token.title
                font.pixelSize: 18
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Chip {
                text: root.token.scoped ? qsTr("Scoped") : qsTr("Legacy")
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: root.token.scoped ? (root.token.description.length > 0 ? root.token.description
                                                                         : qsTr("No description."))
                  : root.token.kind === TokenKind.ReadWrite
                  ? qsTr("Reads and changes data through the API.")
                  : qsTr("Only reads: the platform refuses writes made with it.")
        }
        InfoRow {
            objectName: "createdRow" + root.token.kind
            label: root.token.createdLabel
            value: root.token.createdText
            labelWidth: root.labelWidth
        }
        InfoRow {
            objectName: "lastResetRow" + root.token.kind
            label: qsTr("Last reset")
            value: root.token.lastResetText
            labelWidth: root.labelWidth
        }
        // A pasted token's version is chosen in the web app: said as not known, nothing to pick.
        InfoRow {
            objectName: "apiVersionRow" + root.token.kind
            visible: !root.token.apiVersionKnown
            label: qsTr("API Version")
            value: root.token.apiVersionText
            labelWidth: root.labelWidth
        }
        GridLayout {
            visible: root.token.apiVersionKnown
            Layout.fillWidth: true
            columns: root.width < 480 ? 1 : 2
            columnSpacing: 12
            rowSpacing: 4
            QQC2.Label {
                // On its own line on a phone: as wide as it needs ("Version de l'API").
                Layout.preferredWidth: root.width < 480 ? -1 : root.labelWidth
                text: qsTr("API Version")
                color: Material.secondaryTextColor
            }
            Select {
                id: versionCombo
                objectName: "apiVersionCombo" + root.token.kind
                Layout.fillWidth: true
                Layout.maximumWidth: 280
                model: root.versions
                textRole: "text"
                valueRole: "value"
                // Tokens only: the version is chosen in the web app; trying one works from here.
                enabled: root.token.tryVersionState.allowed
                Accessible.name: qsTr("API Version of the %1 token").arg(root.token.title)
                Component.onCompleted: root.syncVersion()
                onActivated: index => {
                    const version = root.versions[index].value
                    if (version !== root.token.apiVersion)
                        upgradeDialog.ask(version)
                }
            }
        }
        QQC2.Label {
            objectName: "apiVersionHint" + root.token.kind
            visible: root.token.apiVersionKnown
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12
            color: Material.secondaryTextColor
            text: root.versions.length > 1
                  ? qsTr("A newer API version is available. Upgrading only goes forward.")
                  : qsTr("This token uses the newest API version.")
        }
    }

    UpgradeDialog {
        id: upgradeDialog
        token: root.token
        onClosed: root.syncVersion()
    }
}
