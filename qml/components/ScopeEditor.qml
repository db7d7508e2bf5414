pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The scope catalogue by API category, as the platform's form shows it: a
// toggle per category (all of its scopes, or none; partly checked for some), a checkbox per scope with
// the call it allows, and Clear All. `selected` holds the chosen scope ids.
ColumnLayout {
    id: root

    /// AccountView.scopeCategories: [{category, scopes: [{id, title, method, path}]}].
    property var categories: []
    property var selected: []

    /// The user changed the selection.
    signal edited()

    function setScope(id: string, on: bool) {
        const next = root.selected.filter(s => s !== id)
        if (on)
            next.push(id)
        root.selected = next
        root.edited()
    }

    function setCategory(scopes: var, on: bool) {
        const ids = scopes.map(s => s.id)
        const next = root.selected.filter(s => ids.indexOf(s) < 0)
        root.selected = on ? next.concat(ids) : next
        root.edited()
    }

    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        QQC2.Label {
            objectName: "scopeCount"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: qsTr("%1 of %2 scopes chosen.").arg(root.selected.length)
                  .arg(root.categories.reduce((n, c) => n + c.scopes.length, 0))
        }
        ActionButton {
            objectName: "clearAllScopesButton"
            kind: "text"
            text: qsTr("Clear All")
            enabled: root.selected.length > 0
            Accessible.name: qsTr("Clear all scopes")
            onClicked: {
                root.selected = []
                root.edited()
            }
        }
    }

    Repeater {
        model: root.categories
        delegate: Rectangle {
            id: group
            required property var modelData
            // root.selected read here, in the binding itself: a binding that reads it only
            // inside a called function is not re-evaluated when it changes (Qt 6.4).
            readonly property int chosen: {
                const chosenIds = root.selected
                return modelData.scopes.filter(s => chosenIds.indexOf(s.id) >= 0).length
            }
            objectName: "scopeCategory_" + modelData.category
            Layout.fillWidth: true
            implicitHeight: groupLayout.implicitHeight + 16
            radius: 8
            color: Qt.rgba(0.5, 0.5, 0.5, 0.07)

            ColumnLayout {
                id: groupLayout
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: 12
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: group.modelData.category
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    // The category's toggle: all of it, some (partly checked) or none.
                    QQC2.CheckBox {
                        objectName: "categorySwitch_" + group.modelData.category
                        text: qsTr("All")
                        tristate: true
                        // Shown from the selection, never toggled by itself: a click sets the whole category.
                        checkable: false
                        checkState: group.chosen === 0 ? Qt.Unchecked
                                    : group.chosen === group.modelData.scopes.length ? Qt.Checked : Qt.PartiallyChecked
                        Accessible.name: qsTr("All %1 scopes").arg(group.modelData.category)
                        onClicked: root.setCategory(group.modelData.scopes, group.chosen < group.modelData.scopes.length)
                    }
                }
                Repeater {
                    model: group.modelData.scopes
                    delegate: ColumnLayout {
                        id: scopeRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 0
                        QQC2.CheckBox {
                            id: box
                            objectName: "scopeCheck_" + scopeRow.modelData.id
                            Layout.fillWidth: true
                            leftPadding: 0
                            text: scopeRow.modelData.title
                            // Wraps on a phone rather than eliding the scope's title.
                            contentItem: QQC2.Label {
                                leftPadding: box.indicator.width + box.spacing
                                text: box.text
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                            // Shown from the selection, never toggled by itself (that would end the binding).
                            checkable: false
                            checked: root.selected.indexOf(scopeRow.modelData.id) >= 0
                            Accessible.name: scopeRow.modelData.title
                            onClicked: root.setScope(scopeRow.modelData.id, !checked)
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            // Under the title, past the box.
                            Layout.leftMargin: box.indicator.width + box.spacing
                            Layout.bottomMargin: 4
                            text: scopeRow.modelData.method + " " + scopeRow.modelData.path
                            font.family: "monospace"
                            font.pixelSize: 11
                            color: Material.secondaryTextColor
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
            }
        }
    }
}
