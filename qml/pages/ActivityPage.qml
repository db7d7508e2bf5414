pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// What the app and agency-tokens-cli did with every token on this device,
// newest first: reveals, copies, checks, resets… Never a secret; the oldest
// entries drop off.
ScrollPage {
    id: root

    pageName: "activity"
    title: qsTr("Activity on this device")
    objectName: "activityPage"

    SectionTitle {
        level: 1
        text: root.title
        subtitle: qsTr("What the app and agency-tokens-cli did with each token here, for every account. "
                       + "No secret is kept in it; the oldest entries drop off.")
    }
    Card {
        Layout.fillWidth: true
        ActivityList {
            objectName: "allActivity"
            width: parent.width
            rows: AppController.usage.activity
            withToken: true
        }
    }
}
