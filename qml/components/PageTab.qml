pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// A tab of a page's tab bar. Three tabs share a phone's width, a long label
// taking two lines rather than losing its end; with `scrolls`, each tab is as
// wide as its label (give it `width: implicitWidth`) and the bar scrolls
// sideways (four tabs on a phone).
QQC2.TabButton {
    id: tab

    property bool scrolls: false

    leftPadding: scrolls ? 16 : 6
    rightPadding: scrolls ? 16 : 6
    contentItem: Text {
        text: tab.text
        font: tab.font
        wrapMode: tab.scrolls ? Text.NoWrap : Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !tab.enabled ? tab.Material.hintTextColor : tab.checked ? tab.Material.accentColor
                                                                       : tab.Material.foreground
    }
    Accessible.name: text
    // Enter selects the tab, as Space and a click do.
    Keys.onReturnPressed: select()
    Keys.onEnterPressed: select()

    function select() {
        tab.checked = true
        tab.clicked()
    }
    FocusRing {
        shown: tab.visualFocus
    }
}
