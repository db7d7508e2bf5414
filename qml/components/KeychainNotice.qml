import QtQuick
import AgencyTokens

// An unlock prompt of the keychain waits for the user: what to tell them.
// Its own file so that AppShell loads it only while the keychain waits.
Notice {
    objectName: "keychainWaiting"
    tone: "warning"
    text: AppServices.keychainWaiting
}
