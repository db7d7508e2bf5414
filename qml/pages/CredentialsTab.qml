pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// API Credentials: Account SID and Auth Token of the Read/Write and the
// Read-Only token, each with copy; tokens stay masked until revealed.
ColumnLayout {
    id: root

    objectName: "credentialsTab"
    spacing: 16

    ClipboardNote {
        Layout.fillWidth: true
    }

    // Once for the account: reveal and copy work from memory while the keychain is locked.
    Notice {
        objectName: "keychainLockedNotice"
        Layout.fillWidth: true
        visible: text.length > 0
        tone: "warning"
        text: AppController.current.keychainLockedNote
    }
    TokenCredentials {
        id: readWrite
        Layout.fillWidth: true
        token: AppController.current.readWrite
    }
    TokenCredentials {
        id: readOnly
        Layout.fillWidth: true
        token: AppController.current.readOnly
    }
    // While a token is revealed, TokenView keeps the screen guarded (C++).
}
