pragma ComponentBehavior: Bound
import QtQuick
import AgencyTokens

// On a token's card: "2 of 3 integrations still have the old token" and,
// when the token is due for rotation, its age. Empty (and hidden) otherwise.
StatusText {
    id: root

    required property TokenView token
    readonly property UsageView usage: token.present ? token.usage : null

    objectName: "usageLine"
    visible: text.length > 0
    tone: "warning"
    readonly property string dueText: usage !== null && usage.due ? usage.ageText : ""
    text: usage === null ? "" : usage.checklistText.length > 0 && dueText.length > 0
                                ? usage.checklistText + " · " + dueText : usage.checklistText + dueText
}
