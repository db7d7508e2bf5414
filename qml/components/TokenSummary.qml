pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// One token on the Legacy Account Tokens card: kind, Account SID, API
// version and last reset; a table row when wide, stacked on a phone.
Rectangle {
    id: root

    required property TokenView token
    readonly property bool compact: width < 560
    /// The widths of the title, API version and last reset columns, shared by
    /// the card's rows so that their columns line up (0: this row's own).
    property var columnWidths: []
    /// What this row's title, API version and last reset need.
    /// (The last reset at most 190 px: a sentence such as "Not known (reset in
    /// the web app)" wraps there, and the Account SID keeps its room.)
    readonly property var neededWidths: [title.implicitWidth, versionFact.implicitWidth,
                                                Math.min(resetFact.implicitWidth, 190)]

    function columnWidth(column: int): real {
        // Whole pixels: fractions would be rounded differently in each row.
        return Math.ceil(Math.max(root.neededWidths[column],
                                  root.columnWidths.length > column ? root.columnWidths[column] : 0))
    }

    objectName: "tokenSummary" + token.kind
    implicitHeight: grid.implicitHeight + 24
    radius: 8
    color: Qt.rgba(0.5, 0.5, 0.5, 0.07)
    Accessible.role: Accessible.StaticText
    Accessible.name: token.present ? qsTr("%1 token, Account SID %2, API version %3, last reset %4")
                                     .arg(token.title).arg(token.accountSid).arg(token.apiVersion).arg(token.lastResetText)
                                   : qsTr("%1 token, not added").arg(token.title)

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 16
        columns: root.compact ? 2 : 4
        columnSpacing: 16
        rowSpacing: 4

        QQC2.Label {
            id: title
            Layout.columnSpan: root.compact ? 2 : 1
            // Fixed widths (minimum = preferred = maximum): what a spanning or
            // filling neighbour needs must not move the columns of one row only.
            Layout.preferredWidth: root.compact ? -1 : Math.max(110, root.columnWidth(0))
            Layout.minimumWidth: Layout.preferredWidth
            Layout.maximumWidth: root.compact ? Infinity : Layout.preferredWidth
            text: root.token.title
            font.weight: Font.DemiBold
        }
        Fact {
            Layout.columnSpan: root.compact ? 2 : 1
            Layout.fillWidth: true
            label: qsTr("Account SID")
            // A tokens-only account may hold one of the two: say how to add the other.
            value: root.token.present ? root.token.accountSid : qsTr("Not added yet (More ⋮)")
            mono: root.token.present
        }
        Fact {
            id: versionFact
            objectName: "apiVersionFact"
            Layout.preferredWidth: root.columnWidth(1)
            Layout.minimumWidth: root.columnWidth(1)
            Layout.maximumWidth: root.columnWidth(1)
            visible: root.token.present
            label: qsTr("API version")
            value: root.token.apiVersion > 0 ? qsTr("Version %1").arg(root.token.apiVersion) : "\u2014"
        }
        Fact {
            id: resetFact
            objectName: "lastResetFact"
            Layout.preferredWidth: root.columnWidth(2)
            Layout.minimumWidth: root.columnWidth(2)
            // On a phone the last column takes the rest of the row.
            Layout.fillWidth: root.compact
            Layout.maximumWidth: root.compact ? Infinity : root.columnWidth(2)
            visible: root.token.present
            label: qsTr("Last reset")
            value: root.token.lastResetText
            wraps: true
        }
        UsageLine {
            Layout.columnSpan: root.compact ? 2 : 4
            Layout.fillWidth: true
            token: root.token
        }
    }
}
