pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import AgencyTokens

// Above copyable credentials: how long a copied value stays on the clipboard.
QQC2.Label {
    wrapMode: Text.Wrap
    color: Material.secondaryTextColor
    text: AppServices.clipboard.clearAfterSeconds > 0
          ? qsTr("Copied values leave the clipboard after %1 seconds. Paste them only into the "
                 + "integration that needs them.").arg(AppServices.clipboard.clearAfterSeconds)
          : qsTr("Copied values stay on the clipboard until you clear them (Settings › Clipboard).")
}
