pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// The Integrations tab of a token's pages: per token, where it is used, the
// checklist after a reset or a replace, its rotation and this device's activity.
ColumnLayout {
    id: root

    /// The tokens shown: the legacy pair, or one scoped token.
    property list<TokenView> tokens

    signal allActivityRequested()

    objectName: "integrationsTab"
    spacing: 16

    // A Column keeps the cards out of the layout: a token may come and go.
    Column {
        id: cards
        Layout.fillWidth: true
        spacing: 16
        Repeater {
            model: root.tokens
            delegate: IntegrationsCard {
                required property TokenView modelData
                width: cards.width
                token: modelData
                onAllActivityRequested: root.allActivityRequested()
            }
        }
    }
}
