pragma ComponentBehavior: Bound
import QtQuick

// Colours for a tone ("info", "success", "warning", "error") that stay
// readable in the light and the dark theme. Used by Notice and StatusText.
QtObject {
    id: root

    required property string tone
    required property bool dark

    readonly property color foreground: {
        switch (root.tone) {
        case "success": return root.dark ? "#8fd19e" : "#1e6b34"
        case "warning": return root.dark ? "#ffd27a" : "#6b4a00"
        case "error": return root.dark ? "#ffab9e" : "#a3261b"
        default: return root.dark ? "#a9c7ff" : "#1f4aa8"
        }
    }
    readonly property color background: {
        switch (root.tone) {
        case "success": return root.dark ? "#1f3325" : "#e8f5ec"
        case "warning": return root.dark ? "#3a2f16" : "#fff4dc"
        case "error": return root.dark ? "#3d2220" : "#fdecea"
        default: return root.dark ? "#1d2a40" : "#e8effc"
        }
    }
    readonly property color border: Qt.tint(root.background, Qt.rgba(root.foreground.r, root.foreground.g,
                                                                      root.foreground.b, 0.25))
    readonly property string glyph: {
        switch (root.tone) {
        case "success": return "\u2713"
        case "warning": return "\u26a0"
        case "error": return "\u2715"
        default: return "\u2139"
        }
    }
}
