pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// A scoped token's API Scopes. Signed in: the catalogue's categories with a
// toggle each, a checkbox per scope, Clear All, then Update (asked first: a
// call outside the new scopes gets 403 at once). A pasted token's scopes are
// not told by the platform: what it can reach, per category, from a check.
ColumnLayout {
    id: root

    required property TokenView token
    readonly property AccountView account: AppController.current
    readonly property bool editable: token.editState.offered
    /// The editor differs from what the platform holds.
    readonly property bool changed: Array.from(editor.selected).sort().join(",") !== Array.from(token.scopes).sort().join(",")

    objectName: "scopedScopesTab"
    spacing: 16

    Component.onCompleted: {
        root.account.loadCatalogue()
        editor.selected = Array.from(root.token.scopes)
    }
    Card {
        Layout.fillWidth: true
        visible: root.editable
        ColumnLayout {
            width: parent.width
            spacing: 12
            SectionTitle {
                text: qsTr("Scopes")
                subtitle: qsTr("The API calls this token may make. Anything else gets 403, as if it were not there.")
            }
            RowLayout {
                visible: root.account.catalogueState.busy
                spacing: 12
                QQC2.BusyIndicator {
                    running: parent.visible
                    Accessible.name: qsTr("Loading the scopes")
                }
                QQC2.Label {
                    text: qsTr("Loading the platform's scopes\u2026")
                }
            }
            ScopeEditor {
                id: editor
                objectName: "scopeEditor"
                Layout.fillWidth: true
                categories: root.account.scopeCategories
            }
            StatusText {
                objectName: "scopesUpdateResult"
                Layout.fillWidth: true
                visible: text.length > 0
                tone: root.token.editState.failed ? "error" : "success"
                text: root.token.editState.message
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                ActionButton {
                    objectName: "scopesResetButton"
                    kind: "text"
                    text: qsTr("Undo changes")
                    enabled: root.changed
                    Accessible.name: qsTr("Undo the changes to the scopes")
                    onClicked: editor.selected = Array.from(root.token.scopes)
                }
                ActionButton {
                    objectName: "scopesUpdateButton"
                    kind: "filled"
                    text: qsTr("Update")
                    enabled: root.changed && editor.selected.length > 0 && root.token.editState.allowed
                    Accessible.name: qsTr("Update the scopes of %1").arg(root.token.title)
                    Accessible.description: editor.selected.length === 0 ? qsTr("Choose at least one scope.")
                                                                         : root.token.editState.blockedReason
                    onClicked: confirmDialog.open()
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 12
            SectionTitle {
                text: qsTr("What it can reach")
                subtitle: root.editable
                          ? qsTr("Checked against the platform, one request per API category.")
                          : qsTr("The platform does not tell which scopes a pasted token has. A check asks, one "
                                 + "request per API category, and reads only whether each is allowed.")
            }
            ProbeRows {
                Layout.fillWidth: true
                token: root.token
            }
            StatusText {
                objectName: "scopesProbeResult"
                Layout.fillWidth: true
                visible: text.length > 0
                tone: root.token.probeState.failed ? "error" : "success"
                text: root.token.probeState.message
            }
            ActionButton {
                objectName: "scopesProbeButton"
                text: root.token.probeState.busy ? qsTr("Checking\u2026") : qsTr("Check what it can reach")
                enabled: root.token.probeState.allowed
                Accessible.name: qsTr("Check what %1 can reach").arg(root.token.title)
                Accessible.description: root.token.probeState.blockedReason
                onClicked: root.token.probe()
            }
        }
    }

    AppDialog {
        id: confirmDialog
        objectName: "scopesConfirmDialog"
        title: qsTr("Update the scopes of “%1”?").arg(root.token.title)
        ColumnLayout {
            width: parent.width
            spacing: 14
            QQC2.Label {
                objectName: "scopesConfirmText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("It will have %1 scopes. The change takes effect at once: an integration that calls "
                           + "something outside them gets 403 from then on. Its Auth Token stays the same.")
                      .arg(editor.selected.length)
            }
            DialogButtons {
                ActionButton {
                    objectName: "scopesConfirmCancel"
                    kind: "text"
                    text: qsTr("Cancel")
                    Accessible.name: text
                    onClicked: confirmDialog.close()
                }
                ActionButton {
                    objectName: "scopesConfirmButton"
                    kind: "filled"
                    text: qsTr("Update")
                    Accessible.name: qsTr("Update the scopes")
                    onClicked: {
                        root.token.updateScopes(editor.selected)
                        confirmDialog.close()
                    }
                }
            }
        }
    }
}
