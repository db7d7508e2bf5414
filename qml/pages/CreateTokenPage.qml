pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Create Access Token, in the platform's three steps: 1 setup (name,
// description, API version, the newest by default), 2 contacts, 3 scopes;
// then the new Auth Token, shown this once. A step goes on only once it is
// complete (AccountView.draftProblem says what is missing); an error of the
// platform is shown on the last step with the form kept as typed.
ScrollPage {
    id: root

    readonly property AccountView account: AppController.current
    readonly property ActionState state: account.createState
    /// 1, 2, 3: the form's steps; 4: done.
    property int step: 1
    property int runsAtOpen: 0
    /// Set once the user tried to go on: then what is missing is said.
    property bool tried: false
    readonly property var emails: emailsField.text.split(/[,;\s]+/).filter(e => e.length > 0)
    readonly property string problem: account.draftProblem(step, nameField.text, contactField.text, emails,
                                                           scopes.selected)

    function next() {
        root.tried = true
        if (root.problem.length > 0)
            return
        root.tried = false
        if (root.step < 3) {
            root.step += 1
            return
        }
        const version = versionSelect.currentValue === undefined ? 0 : versionSelect.currentValue
        root.account.createAccessToken(nameField.text, descriptionField.text, version, contactField.text,
                                       root.emails, scopes.selected)
    }

    pageName: "create"
    title: qsTr("Create Access Token")
    objectName: "createPage"
    Component.onCompleted: {
        root.runsAtOpen = root.state.runs
        root.account.loadCatalogue()
    }

    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok && root.account.createdToken !== null)
                root.step = 4
        }
    }

    SectionTitle {
        level: 1
        text: root.step === 4 ? qsTr("“%1” is created").arg(nameField.text.trim()) : root.title
        subtitle: root.step === 4 ? "" : qsTr("A scoped token for %1, with its own Account SID and Auth Token.")
                                         .arg(root.account.agencyName)
    }

    // 1 Setup · 2 Contacts · 3 Scopes
    Flow {
        objectName: "createSteps"
        Layout.fillWidth: true
        visible: root.step < 4
        spacing: 8
        Repeater {
            model: [qsTr("Setup"), qsTr("Contacts"), qsTr("Scopes")]
            delegate: Chip {
                required property string modelData
                required property int index
                text: (index + 1) + " " + modelData
                opacity: root.step === index + 1 ? 1 : 0.55
                font.weight: root.step === index + 1 ? Font.Bold : Font.Normal
                Accessible.name: qsTr("Step %1 of 3: %2").arg(index + 1).arg(modelData)
                                 + (root.step === index + 1 ? ", " + qsTr("current") : "")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.step === 1
        ColumnLayout {
            width: parent.width
            spacing: 12
            SectionTitle {
                text: qsTr("1. Setup")
                subtitle: qsTr("A name that says which integration uses it.")
            }
            LabeledField {
                id: nameField
                objectName: "createNameField"
                label: qsTr("Name")
                placeholder: qsTr("e.g. Warehouse export")
                onAccepted: root.next()
            }
            LabeledField {
                id: descriptionField
                objectName: "createDescriptionField"
                label: qsTr("Description (optional)")
                onAccepted: root.next()
            }
            ColumnLayout {
                spacing: 2
                QQC2.Label {
                    text: qsTr("API Version")
                    font.pixelSize: 12
                    color: Material.secondaryTextColor
                }
                Select {
                    id: versionSelect
                    objectName: "createVersionSelect"
                    Layout.preferredWidth: 240
                    Layout.maximumWidth: root.compact ? 240 : 280
                    readonly property var versions: root.account.apiVersions
                    model: versions.map((v, i) => ({ value: v, text: i === versions.length - 1
                                                                       ? qsTr("Version %1 (latest)").arg(v)
                                                                       : qsTr("Version %1").arg(v) }))
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("API Version of the new token")
                    // The newest by default.
                    onCountChanged: currentIndex = count - 1
                    Component.onCompleted: currentIndex = count - 1
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.step === 2
        ColumnLayout {
            width: parent.width
            spacing: 12
            SectionTitle {
                text: qsTr("2. Contacts")
                subtitle: qsTr("Who the platform tells about this token, and who to ask before it is reset.")
            }
            LabeledField {
                id: contactField
                objectName: "createContactField"
                label: qsTr("Primary contact (e-mail)")
                placeholder: "ops@example.com"
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: root.next()
            }
            LabeledField {
                id: emailsField
                objectName: "createEmailsField"
                label: qsTr("Developer e-mails (optional, separated by commas)")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: root.next()
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.step === 3
        ColumnLayout {
            width: parent.width
            spacing: 12
            SectionTitle {
                text: qsTr("3. Scopes")
                subtitle: qsTr("Only what the integration needs: every other call gets 403.")
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
                id: scopes
                objectName: "createScopeEditor"
                Layout.fillWidth: true
                categories: root.account.scopeCategories
            }
        }
    }

    Notice {
        objectName: "createProblem"
        Layout.fillWidth: true
        visible: root.step < 4 && root.tried && root.problem.length > 0
        tone: "warning"
        text: root.problem
    }
    Notice {
        objectName: "createError"
        Layout.fillWidth: true
        visible: root.step === 3 && root.state.failed && root.state.runs > root.runsAtOpen && !root.tried
        tone: "error"
        title: qsTr("The token was not created")
        text: root.state.message
    }
    RowLayout {
        visible: root.state.busy
        spacing: 12
        QQC2.BusyIndicator {
            running: root.state.busy
            Accessible.name: qsTr("Creating")
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Creating the token on the platform\u2026")
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: root.step < 4
        spacing: 8
        ActionButton {
            objectName: "createBackButton"
            kind: "text"
            text: root.step === 1 ? qsTr("Cancel") : qsTr("Back")
            enabled: !root.state.busy
            Accessible.name: root.step === 1 ? qsTr("Cancel and go back") : qsTr("Back to step %1").arg(root.step - 1)
            onClicked: {
                root.tried = false
                if (root.step === 1)
                    root.openPage("rest")
                else
                    root.step -= 1
            }
        }
        ActionButton {
            objectName: "createNextButton"
            kind: "filled"
            text: root.step < 3 ? qsTr("Next") : root.state.busy ? qsTr("Creating\u2026") : qsTr("Create")
            enabled: root.step < 3 || root.state.allowed
            Accessible.name: root.step < 3 ? qsTr("Next: step %1").arg(root.step + 1) : qsTr("Create the token")
            Accessible.description: root.state.blockedReason
            onClicked: root.next()
        }
    }

    // Done: the value, this once.
    IssuedToken {
        Layout.fillWidth: true
        visible: root.step === 4
        token: root.step === 4 ? root.account.createdToken : null
    }
    Flow {
        Layout.fillWidth: true
        visible: root.step === 4
        spacing: 8
        ActionButton {
            objectName: "createOpenTokenButton"
            text: qsTr("Open its pages")
            Accessible.name: qsTr("Open the pages of the new token")
            onClicked: {
                root.account.openedToken = root.account.createdToken
                root.openPage("scoped")
            }
        }
        ActionButton {
            objectName: "createDoneButton"
            kind: "filled"
            text: qsTr("Done")
            Accessible.name: text
            onClicked: root.openPage("rest")
        }
    }
}
