# German. Read by scripts/translations: English source text -> translation.
# A key "Context|source" translates one context only.
# Terms: token = das Token; legacy tokens = Legacy-Tokens; keychain = Schlüsselbund;
# reset = zurücksetzen; upgrade = umstellen; verify = prüfen; passes = ist gültig.
# The path of the platform: Menü → Einstellungen → Konto → Technik → Plattform-REST-Webdienste.
# Proper names stay: Agency Tokens, Account SID, Auth Token, IR-Version, curl, JSON, XML.

TRANSLATIONS = {
    # AccountSid
    "The Account SID is empty.": "Die Account SID ist leer.",
    'An Account SID starts with "IR".': "Eine Account SID beginnt mit „IR“.",
    'An Account SID has only letters and digits after "IR" (character %1 is not one).':
        "Eine Account SID enthält nach „IR“ nur Buchstaben und Ziffern (Zeichen %1 ist keins davon).",
    "An Account SID is %1 characters long, this one has %2.":
        "Eine Account SID ist %1 Zeichen lang, diese hat %2.",
    # AccountSwitcher, AccountsCard
    "Accounts": "Konten",
    "%1, tokens only": "%1, nur Tokens",
    "%1, signed in": "%1, angemeldet",
    "Add account": "Konto hinzufügen",
    "Each account keeps its own tokens in the keychain.": "Jedes Konto hat seine eigenen Tokens im Schlüsselbund.",
    " (shown)": " (angezeigt)",
    "Tokens only": "Nur Tokens",
    "Signed in": "Angemeldet",
    "Rename": "Umbenennen",
    "Rename %1": "%1 umbenennen",
    "Remove": "Entfernen",
    "Remove %1 and its saved tokens": "%1 und seine gespeicherten Tokens entfernen",
    # AddAccountPage
    "Sign in again": "Erneut anmelden",
    "Keep your agency's API tokens in this device's keychain, check them and copy them safely.":
        "Bewahren Sie die API-Tokens Ihrer Agentur im Schlüsselbund dieses Geräts auf, prüfen Sie sie und "
        "kopieren Sie sie sicher.",
    "Tokens you have": "Vorhandene Tokens",
    "Add tokens you already have": "Vorhandene Tokens hinzufügen",
    "Sign in": "Anmelden",
    "Sign in to a platform": "Bei einer Plattform anmelden",
    "Cancel": "Abbrechen",
    "Cancel adding an account": "Hinzufügen des Kontos abbrechen",
    "Open %1": "%1 öffnen",
    # AddTokenDialog, AddTokensForm
    "Add a token to %1": "Token zu %1 hinzufügen",
    "Checking…": "Wird geprüft …",
    "Check and add": "Prüfen und hinzufügen",
    "Check and add the token": "Token prüfen und hinzufügen",
    "Copy them from the platform's web app: %1. The token is checked against the platform's API before it is "
    "saved in this device's keychain.":
        "Kopieren Sie sie aus der Web-App der Plattform: %1. Das Token wird über die API der Plattform geprüft, "
        "bevor es im Schlüsselbund dieses Geräts gespeichert wird.",
    "Menu → Settings → Account → Technical → Platform REST Web Services":
        "Menü → Einstellungen → Konto → Technik → Plattform-REST-Webdienste",
    "Account name (optional)": "Kontoname (optional)",
    "The agency's name, from the platform": "Der Name der Agentur, von der Plattform",
    "Platform API address": "API-Adresse der Plattform",
    "Not saved": "Nicht gespeichert",
    "Save without checking": "Ohne Prüfung speichern",
    "Save the token without checking it, while offline": "Token offline ohne Prüfung speichern",
    "Checking the token": "Token wird geprüft",
    "Check the token and add the account": "Token prüfen und Konto hinzufügen",
    # AccountService, AccountView, AppController, CredentialVault
    "There is no saved token to verify yet.": "Es ist noch kein gespeichertes Token zum Prüfen vorhanden.",
    "Could not remove this account's saved tokens.":
        "Die gespeicherten Tokens dieses Kontos konnten nicht entfernt werden.",
    "Legacy tokens are enabled in the platform's web app.":
        "Legacy-Tokens werden in der Web-App der Plattform aktiviert.",
    "Legacy tokens are already enabled.": "Legacy-Tokens sind bereits aktiviert.",
    "Every token is saved.": "Alle Tokens sind gespeichert.",
    "Account administrator": "Kontoadministrator",
    "Implementation specialist": "Implementierungsspezialist",
    "Staff": "Mitarbeiter",
    "Only account administrators and implementation specialists can enable API access and see or reset tokens. "
    "Ask one of them if you need a token.":
        "Nur Kontoadministratoren und Implementierungsspezialisten können den API-Zugang aktivieren und Tokens "
        "sehen oder zurücksetzen. Wenden Sie sich an sie, wenn Sie ein Token brauchen.",
    "Offline: saved tokens can still be viewed and copied.":
        "Offline: Gespeicherte Tokens lassen sich weiterhin ansehen und kopieren.",
    "Please wait for the current action to finish.": "Bitte warten Sie, bis die laufende Aktion abgeschlossen ist.",
    "%1 (%2)": "%1 (%2)",
    "%1 of %2": "%1 von %2",
    "Legacy tokens are on. Reset both tokens now: until then, anyone who saw them while they were being set up "
    "could still use them.":
        "Legacy-Tokens sind aktiviert. Setzen Sie jetzt beide Tokens zurück: Bis dahin kann sie jeder verwenden, "
        "der sie bei der Einrichtung gesehen hat.",
    "Saved in the keychain.": "Im Schlüsselbund gespeichert.",
    "The %1 token passes and is saved in the keychain.":
        "Das Token „%1“ ist gültig und im Schlüsselbund gespeichert.",
    "Read/Write": "Lesen/Schreiben",
    "Read-Only": "Nur Lesen",
    "Removed, with its saved tokens.": "Mitsamt den gespeicherten Tokens entfernt.",
    "The token is shown, but it could not be saved in the keychain:":
        "Das Token wird angezeigt, konnte aber nicht im Schlüsselbund gespeichert werden:",
    # SecretStore
    "Nothing is stored in the keychain for this entry yet.":
        "Für diesen Eintrag ist noch nichts im Schlüsselbund gespeichert.",
    "The keychain is locked. Unlock it (for example by signing in to your desktop session or opening your "
    "password manager), then try again.":
        "Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung "
        "oder Öffnen des Passwortmanagers) und versuchen Sie es erneut.",
    "Access to the keychain was refused. Allow Agency Tokens to use the keychain, then try again.":
        "Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Agency Tokens, den Schlüsselbund zu "
        "verwenden, und versuchen Sie es erneut.",
    "No keychain is available on this system. Agency Tokens never stores secrets in plain files; install a "
    "keychain (GNOME Keyring, KWallet or KeePassXC's Secret Service) and try again.":
        "Auf diesem System ist kein Schlüsselbund verfügbar. Agency Tokens speichert Geheimnisse nie in "
        "einfachen Dateien; installieren Sie einen Schlüsselbund (GNOME Keyring, KWallet oder den Secret Service "
        "von KeePassXC) und versuchen Sie es erneut.",
    "The system keychain (Secret Service) cannot be reached. Start GNOME Keyring, KWallet or another Secret "
    "Service provider, then try again. Nothing was saved elsewhere.":
        "Der Schlüsselbund des Systems (Secret Service) ist nicht erreichbar. Starten Sie GNOME Keyring, KWallet "
        "oder einen anderen Secret-Service-Anbieter und versuchen Sie es erneut. Es wurde nichts anderswo "
        "gespeichert.",
    "This keychain does not support the operation. Use another keychain provider.":
        "Dieser Schlüsselbund unterstützt den Vorgang nicht. Verwenden Sie einen anderen Anbieter.",
    "The keychain refused to delete the entry. Unlock it and try again.":
        "Der Schlüsselbund hat das Löschen des Eintrags verweigert. Entsperren Sie ihn und versuchen Sie es erneut.",
    "The keychain did not answer in time. It may be waiting for you to unlock it; check for a password prompt, "
    "then try again.":
        "Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er darauf, entsperrt zu werden; "
        "achten Sie auf eine Passwortabfrage und versuchen Sie es erneut.",
    "Unknown keychain error.": "Unbekannter Fehler des Schlüsselbunds.",
    # SecureClipboard, TokenService
    "Secret": "Geheimnis",
    "%1 copied · clears in %2 s": "%1 kopiert · wird in %2 s gelöscht",
    "%1 copied · not cleared automatically": "%1 kopiert · wird nicht automatisch gelöscht",
    "Enter your user name and password.": "Geben Sie Benutzername und Passwort ein.",
    "Signed in, but the session could not be kept:": "Angemeldet, aber die Sitzung konnte nicht gespeichert werden:",
    "Could not remove the saved tokens, so you are still signed in.":
        "Die gespeicherten Tokens konnten nicht entfernt werden, daher sind Sie weiterhin angemeldet.",
    # TokenView
    "—": "—",
    "Never": "Nie",
    "Not on this device": "Nicht auf diesem Gerät",
    "There is no saved token on this device yet.": "Auf diesem Gerät ist noch kein Token gespeichert.",
    "This is done in the platform's web app for accounts of tokens you pasted.":
        "Bei Konten mit eingefügten Tokens geschieht das in der Web-App der Plattform.",
    "Signed-in accounts get new tokens from the platform.": "Angemeldete Konten erhalten neue Tokens von der Plattform.",
    "The %1 token was reset. The old one no longer works.":
        "Das Token „%1“ wurde zurückgesetzt. Das alte funktioniert nicht mehr.",
    "Passes: the platform answered for “%1”.": "Gültig: Die Plattform hat für „%1“ geantwortet.",
    "Does not pass: the platform refused this token (it is wrong, or it was reset).":
        "Ungültig: Die Plattform hat dieses Token abgelehnt (es ist falsch oder wurde zurückgesetzt).",
    "Version %1 did not accept the call: %2": "Version %1 hat den Aufruf nicht angenommen: %2",
    "Version %1 accepted the call for “%2”.": "Version %1 hat den Aufruf für „%2“ angenommen.",
    "Version %1: the platform refused this token.": "Version %1: Die Plattform hat dieses Token abgelehnt.",
    "The %1 token now uses API version %2.": "Das Token „%1“ verwendet jetzt API-Version %2.",
    "Replaced: the new %1 token passes and the old one no longer does.":
        "Ersetzt: Das neue Token „%1“ ist gültig, das alte nicht mehr.",
    "Auth Token": "Auth Token",
    "Account SID": "Account SID",
    "curl command": "curl-Befehl",
    "environment variables": "Umgebungsvariablen",
    # TokensOnlyService
    "The platform can be reached, so the token is checked before it is saved.":
        "Die Plattform ist erreichbar, daher wird das Token vor dem Speichern geprüft.",
    "The platform refused this Account SID and Auth Token, so nothing was saved. Check that both are copied "
    "whole, from the same token.":
        "Die Plattform hat diese Account SID und dieses Auth Token abgelehnt, daher wurde nichts gespeichert. "
        "Prüfen Sie, ob beide vollständig und vom selben Token kopiert sind.",
    "There is no token of this kind to replace yet. Add it instead.":
        "Es gibt noch kein Token dieser Art zum Ersetzen. Fügen Sie es stattdessen hinzu.",
    "This is the token already saved. Paste the new one from the web app.":
        "Das ist das bereits gespeicherte Token. Fügen Sie das neue aus der Web-App ein.",
    "The new token does not pass the platform's check, so the saved one was kept. Copy it again, whole, from the "
    "same account.":
        "Das neue Token besteht die Prüfung der Plattform nicht, daher wurde das gespeicherte behalten. Kopieren "
        "Sie es erneut und vollständig aus demselben Konto.",
    "The old token still passes, so it has not been reset: both work now, and the saved one was kept. Reset it in "
    "the web app, then paste the new one.":
        "Das alte Token ist noch gültig, wurde also nicht zurückgesetzt: Beide funktionieren jetzt, und das "
        "gespeicherte wurde behalten. Setzen Sie es in der Web-App zurück und fügen Sie dann das neue ein.",
    # HttpError
    "This address uses plain http://. Tokens are only sent over HTTPS (plain http is allowed for this computer "
    "only). Use the https:// address of your platform.":
        "Diese Adresse verwendet unverschlüsseltes http://. Tokens werden nur über HTTPS gesendet (einfaches http "
        "ist nur für diesen Computer erlaubt). Verwenden Sie die https://-Adresse Ihrer Plattform.",
    "This is not a usable platform address. Enter it as https://your-platform.example.":
        "Das ist keine verwendbare Plattformadresse. Geben Sie sie als https://ihre-plattform.example ein.",
    "The platform cannot be reached. Check your connection and the address, then try again.":
        "Die Plattform ist nicht erreichbar. Prüfen Sie Ihre Verbindung und die Adresse und versuchen Sie es erneut.",
    "The platform did not answer in time. Try again in a moment.":
        "Die Plattform hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.",
    "The platform closed the connection without answering. Try again in a moment; if it keeps happening, check "
    "the address points at the platform.":
        "Die Plattform hat die Verbindung ohne Antwort geschlossen. Versuchen Sie es gleich noch einmal; wenn das "
        "wiederholt passiert, prüfen Sie, ob die Adresse auf die Plattform zeigt.",
    "The platform's secure connection could not be verified, so nothing was sent. Check the address; if it is "
    "right, the certificate may be wrong or the network intercepted.":
        "Die sichere Verbindung zur Plattform konnte nicht bestätigt werden, daher wurde nichts gesendet. Prüfen "
        "Sie die Adresse; stimmt sie, ist vielleicht das Zertifikat falsch oder das Netzwerk wird abgehört.",
    "The platform tried to send this request to another address. It was refused so that your credentials stay "
    "with the platform you chose.":
        "Die Plattform wollte diese Anfrage an eine andere Adresse weiterleiten. Das wurde abgelehnt, damit Ihre "
        "Zugangsdaten bei der gewählten Plattform bleiben.",
    "The platform's answer was far larger than expected and was refused.":
        "Die Antwort der Plattform war viel größer als erwartet und wurde abgelehnt.",
    "The platform's answer could not be understood. Check the address points at the platform.":
        "Die Antwort der Plattform war unverständlich. Prüfen Sie, ob die Adresse auf die Plattform zeigt.",
    "The platform answered with %1 instead of JSON, so nothing could be read from it. Check that the address is "
    "the platform's API address.":
        "Die Plattform hat mit %1 statt mit JSON geantwortet, daher ließ sich nichts daraus lesen. Prüfen Sie, ob "
        "die Adresse die API-Adresse der Plattform ist.",
    "something else": "etwas anderem",
    "The platform's request limit is used up. Try again later.":
        "Das Anfragelimit der Plattform ist ausgeschöpft. Versuchen Sie es später erneut.",
    "The platform reported an error. Try again later.":
        "Die Plattform hat einen Fehler gemeldet. Versuchen Sie es später erneut.",
    "The request was cancelled.": "Die Anfrage wurde abgebrochen.",
    "The user name or password is wrong.": "Benutzername oder Passwort ist falsch.",
    "Too many failed sign-ins for this user. Wait a few minutes, then try again.":
        "Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Warten Sie einige Minuten und versuchen Sie es "
        "dann erneut.",
    "You are not signed in. Sign in again.": "Sie sind nicht angemeldet. Melden Sie sich erneut an.",
    "Your session has expired. Sign in again; your saved tokens are kept.":
        "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre gespeicherten Tokens bleiben erhalten.",
    "Only account administrators and implementation specialists may see or change API tokens. Ask one of them.":
        "Nur Kontoadministratoren und Implementierungsspezialisten dürfen API-Tokens sehen oder ändern. Wenden "
        "Sie sich an sie.",
    "Legacy tokens are already enabled for this account.": "Legacy-Tokens sind für dieses Konto bereits aktiviert.",
    "Legacy tokens are not enabled for this account yet.": "Legacy-Tokens sind für dieses Konto noch nicht aktiviert.",
    "The platform does not know this kind of token.": "Die Plattform kennt diese Art von Token nicht.",
    "An API version can only be upgraded, never lowered.":
        "Eine API-Version lässt sich nur erhöhen, nie herabsetzen.",
    "The platform does not offer this API version.": "Die Plattform bietet diese API-Version nicht an.",
    "A Read-Only token cannot change data.": "Ein Token „Nur Lesen“ kann keine Daten ändern.",
    "The platform could not read the request. Update the app.":
        "Die Plattform konnte die Anfrage nicht lesen. Aktualisieren Sie die App.",
    "The platform refused the request format. Update the app.":
        "Die Plattform hat das Format der Anfrage abgelehnt. Aktualisieren Sie die App.",
    "The request was too large for the platform.": "Die Anfrage war zu groß für die Plattform.",
    "The platform refused the request as malformed. Update the app.":
        "Die Plattform hat die Anfrage als fehlerhaft abgelehnt. Aktualisieren Sie die App.",
    "The platform does not allow this token to do that: a Read-Only token cannot change data, and a token can be "
    "limited to some calls.":
        "Die Plattform erlaubt das diesem Token nicht: Ein Token „Nur Lesen“ kann keine Daten ändern, und ein "
        "Token kann auf bestimmte Aufrufe beschränkt sein.",
    "The platform refused this Account SID and Auth Token: the token is wrong, or it was reset.":
        "Die Plattform hat diese Account SID und dieses Auth Token abgelehnt: Das Token ist falsch oder wurde "
        "zurückgesetzt.",
    "The platform had an internal error. Try again later.":
        "Bei der Plattform ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.",
    "The platform does not offer this function. Check the address.":
        "Die Plattform bietet diese Funktion nicht an. Prüfen Sie die Adresse.",
    "The platform had an internal error (HTTP %1). Try again later.":
        "Bei der Plattform ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.",
    "The platform refused the request (HTTP %1).": "Die Plattform hat die Anfrage abgelehnt (HTTP %1).",
    "The platform's request limit (%1 requests an hour) is used up. Try again in %2 s.":
        "Das Anfragelimit der Plattform (%1 Anfragen pro Stunde) ist ausgeschöpft. Versuchen Sie es in %2 s erneut.",
    "The platform's request limit is used up. Try again in %1 s.":
        "Das Anfragelimit der Plattform ist ausgeschöpft. Versuchen Sie es in %1 s erneut.",
    "a web page": "einer Webseite",
    "XML": "XML",
    " The platform said: “%1”": " Die Plattform meldete: „%1“",
    " (The answer was %1, not JSON.)": " (Die Antwort war %1, nicht JSON.)",
    " Its explanation was not in the platform's error format.":
        " Die Erklärung war nicht im Fehlerformat der Plattform.",
    # AppShell
    "Legacy tokens are on": "Legacy-Tokens sind aktiviert",
    "Could not enable legacy tokens": "Legacy-Tokens konnten nicht aktiviert werden",
    "Token saved in the keychain": "Token im Schlüsselbund gespeichert",
    "The token is still not saved": "Das Token ist noch immer nicht gespeichert",
    "Read/Write token: API version upgraded": "Token „Lesen/Schreiben“: API-Version umgestellt",
    "Requests without an IR-Version header now use the new version.":
        "Anfragen ohne IR-Version-Header verwenden jetzt die neue Version.",
    "Read-Only token: API version upgraded": "Token „Nur Lesen“: API-Version umgestellt",
    "Could not read this account's saved state": "Der gespeicherte Stand dieses Kontos ließ sich nicht lesen",
    "Sign-out did not finish": "Die Abmeldung wurde nicht abgeschlossen",
    "Could not refresh": "Aktualisieren fehlgeschlagen",
    "The account was not removed": "Das Konto wurde nicht entfernt",
    # AuthToken
    "The Auth Token is empty.": "Das Auth Token ist leer.",
    "An Auth Token has only letters, digits and . _ ~ - (character %1 is not one).":
        "Ein Auth Token enthält nur Buchstaben, Ziffern und . _ ~ - (Zeichen %1 ist keins davon).",
    "An Auth Token is %1 characters long, this one has %2.": "Ein Auth Token ist %1 Zeichen lang, dieses hat %2.",
    # Breadcrumbs, ClipboardBar, ClipboardSettings, ClipboardTimeout, CredentialRow, CredentialsTab
    "Go to %1": "Zu %1",
    "Current page: %1": "Aktuelle Seite: %1",
    "Clear now": "Jetzt leeren",
    "Clear the clipboard now": "Zwischenablage jetzt leeren",
    "Clipboard": "Zwischenablage",
    "Copied Account SIDs and tokens are removed from the clipboard after this time, and when you sign out.":
        "Kopierte Account SIDs und Tokens werden nach dieser Zeit und beim Abmelden aus der Zwischenablage entfernt.",
    "Clear the clipboard after": "Zwischenablage leeren nach",
    "1 minute": "1 Minute",
    "%1 minutes": "%1 Minuten",
    "%1 seconds": "%1 Sekunden",
    "Press Ctrl+C to copy": "Strg+C zum Kopieren",
    "Copy": "Kopieren",
    "Copy %1": "%1 kopieren",
    "Copied values leave the clipboard after %1 seconds. Paste them only into the integration that needs them.":
        "Kopierte Werte verschwinden nach %1 Sekunden aus der Zwischenablage. Fügen Sie sie nur in die "
        "Integration ein, die sie braucht.",
    "Copied values stay on the clipboard until you clear them (Settings › Clipboard).":
        "Kopierte Werte bleiben in der Zwischenablage, bis Sie sie leeren (Einstellungen › Zwischenablage).",
    # EnableButton, EnableDialog
    "Enabling…": "Wird aktiviert …",
    "Enable Legacy Tokens": "Legacy-Tokens aktivieren",
    "Enabling legacy tokens": "Legacy-Tokens werden aktiviert",
    "Enable legacy tokens?": "Legacy-Tokens aktivieren?",
    "This creates a Read/Write and a Read-Only token for the whole agency. It cannot be undone: the tokens stay "
    "until they are reset. Reset both right after, so that only your team knows them.":
        "Dadurch entstehen ein Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ für die ganze Agentur. Das lässt "
        "sich nicht rückgängig machen: Die Tokens bleiben, bis sie zurückgesetzt werden. Setzen Sie danach sofort "
        "beide zurück, damit nur Ihr Team sie kennt.",
    "Enable": "Aktivieren",
    "Enable legacy tokens": "Legacy-Tokens aktivieren",
    # HomePage
    "Home": "Startseite",
    "Welcome, %1": "Willkommen, %1",
    "%1 · tokens you added, checked against %2": "%1 · von Ihnen hinzugefügte Tokens, geprüft bei %2",
    "%1 · %2 on %3": "%1 · %2 auf %3",
    "Legacy API tokens": "Legacy-API-Tokens",
    "Legacy tokens are on for %1. Manage them under Settings › Account › Technical.":
        "Legacy-Tokens sind für %1 aktiviert. Verwalten Sie sie unter Einstellungen › Konto › Technik.",
    "Legacy tokens are off. Turn them on under Settings › Account › Technical if an integration needs them.":
        "Legacy-Tokens sind deaktiviert. Aktivieren Sie sie unter Einstellungen › Konto › Technik, wenn eine "
        "Integration sie braucht.",
    "Open Platform REST Web Services": "Plattform-REST-Webdienste öffnen",
    "Keep tokens secret": "Tokens geheim halten",
    "A token works for anyone who has it. Reset it at once if it may have leaked, and rotate it on a schedule.":
        "Ein Token funktioniert für jeden, der es hat. Setzen Sie es sofort zurück, wenn es bekannt geworden sein "
        "könnte, und erneuern Sie es regelmäßig.",
    "Security tips": "Sicherheitstipps",
    # InfoBar, LegacyTokensCard
    "Dismiss message": "Meldung schließen",
    "Legacy Account Tokens. Open Overview and API Credentials":
        "Legacy-Konto-Tokens. Übersicht und API-Zugangsdaten öffnen",
    "Add the %1 token…": "Token „%1“ hinzufügen …",
    "Replace token (%1)…": "Token ersetzen (%1) …",
    "Reset (%1)": "Zurücksetzen (%1)",
    "Legacy Account Tokens": "Legacy-Konto-Tokens",
    "More": "Mehr",
    "Legacy": "Legacy",
    "The platform's older kind of API credentials: one Read/Write and one Read-Only token for the whole agency. "
    "Select the card to see and copy them.":
        "Die ältere Art von API-Zugangsdaten der Plattform: ein Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ "
        "für die ganze Agentur. Wählen Sie die Karte, um sie anzusehen und zu kopieren.",
    # MobileDrawer, MobileShell, OfflineBanner
    "Settings": "Einstellungen",
    "Back": "Zurück",
    "Menu": "Menü",
    "Offline. %1": "Offline. %1",
    "Reconnecting": "Verbindung wird hergestellt",
    "Retry": "Erneut versuchen",
    "Retry connecting to the platform": "Erneut mit der Plattform verbinden",
    # OverviewTab
    "About these tokens": "Über diese Tokens",
    "Any API tokens created before April 2025 are considered legacy tokens. Your agency has two: the "
    "<b>Read/Write</b> token for integrations that change data, and the <b>Read-Only</b> token for those that "
    "only read. An integration sends the Account SID as user name and the Auth Token as password.":
        "Alle vor April 2025 erstellten API-Tokens gelten als Legacy-Tokens. Ihre Agentur hat zwei: das Token "
        "<b>Lesen/Schreiben</b> für Integrationen, die Daten ändern, und das Token <b>Nur Lesen</b> für solche, "
        "die nur lesen. Eine Integration sendet die Account SID als Benutzernamen und das Auth Token als Passwort.",
    "Legacy tokens keep working, but they are the older way to reach the API. Give each integration only the "
    "token it needs, and reset a token whenever it may have leaked.":
        "Legacy-Tokens funktionieren weiterhin, sind aber der ältere Weg zur API. Geben Sie jeder Integration nur "
        "das Token, das sie braucht, und setzen Sie ein Token zurück, sobald es bekannt geworden sein könnte.",
    # RemoveAccountDialog, RenameAccountDialog
    "Remove %1?": "%1 entfernen?",
    "This removes the account and its saved tokens from this device's keychain. Other accounts keep theirs. The "
    "tokens themselves keep working for your integrations.":
        "Das entfernt das Konto und seine gespeicherten Tokens aus dem Schlüsselbund dieses Geräts. Andere Konten "
        "behalten ihre. Die Tokens selbst funktionieren für Ihre Integrationen weiter.",
    "Remove the account and its saved tokens": "Konto und gespeicherte Tokens entfernen",
    "Rename account": "Konto umbenennen",
    "Name": "Name",
    "Save the new name": "Neuen Namen speichern",
    # ReplaceTokenDialog
    "%1 token replaced": "Token „%1“ ersetzt",
    "Replace the %1 token": "Token „%1“ ersetzen",
    "Reset the token in the platform's web app first (%1), then paste the new Auth Token here. It replaces the "
    "saved one only if it passes and the old one no longer does.":
        "Setzen Sie das Token zuerst in der Web-App der Plattform zurück (%1) und fügen Sie dann hier das neue "
        "Auth Token ein. Es ersetzt das gespeicherte nur, wenn es gültig ist und das alte nicht mehr.",
    "New Auth Token": "Neues Auth Token",
    "Checking the new and the old token": "Neues und altes Token werden geprüft",
    "Checking that the new token passes and the old one fails…":
        "Es wird geprüft, ob das neue Token gültig ist und das alte nicht mehr …",
    "Done": "Fertig",
    "Check and replace": "Prüfen und ersetzen",
    "Check and replace the %1 token": "Token „%1“ prüfen und ersetzen",
    # ResetDialog, ResetResult
    "New %1 token ready": "Neues Token „%1“ bereit",
    "Reset (%1)?": "Zurücksetzen (%1)?",
    "A new Auth Token replaces the current %1 token. The old value stops passing authorization at once: every "
    "integration that still uses it fails until you update it with the new token.":
        "Ein neues Auth Token ersetzt das aktuelle Token „%1“. Der alte Wert wird sofort nicht mehr autorisiert: "
        "Jede Integration, die ihn noch verwendet, schlägt fehl, bis Sie sie mit dem neuen Token aktualisieren.",
    "Resetting": "Wird zurückgesetzt",
    "Resetting the %1 token…": "Token „%1“ wird zurückgesetzt …",
    "The token was not reset": "Das Token wurde nicht zurückgesetzt",
    "Try again": "Erneut versuchen",
    "Reset token": "Token zurücksetzen",
    "Reset the %1 token": "Token „%1“ zurücksetzen",
    "The old %1 token no longer works. Copy the new one into your integrations now.":
        "Das alte Token „%1“ funktioniert nicht mehr. Kopieren Sie jetzt das neue in Ihre Integrationen.",
    "Copy as curl": "Als curl kopieren",
    "Copy a curl command with the new %1 token": "curl-Befehl mit dem neuen Token „%1“ kopieren",
    "Copy as environment": "Als Umgebung kopieren",
    "Copy the new %1 credentials as environment variables":
        "Die neuen Zugangsdaten „%1“ als Umgebungsvariablen kopieren",
    "The keychain did not store the new token. Copy it now, then retry saving.":
        "Der Schlüsselbund hat das neue Token nicht gespeichert. Kopieren Sie es jetzt und speichern Sie dann erneut.",
    "Retry saving": "Erneut speichern",
    # RestWebServicesPage
    "Platform REST Web Services": "Plattform-REST-Webdienste",
    "Account": "Konto",
    "Technical": "Technik",
    "Integrations call the platform's REST API with HTTP Basic auth: the Account SID as user name and the Auth "
    "Token as password.":
        "Integrationen rufen die REST-API der Plattform mit HTTP-Basic-Authentifizierung auf: die Account SID als "
        "Benutzername und das Auth Token als Passwort.",
    "You can't manage API tokens": "Sie können keine API-Tokens verwalten",
    "Legacy tokens are off": "Legacy-Tokens sind deaktiviert",
    "Select Enable Legacy Tokens if an integration needs them. The platform then creates a Read/Write and a "
    "Read-Only token for %1. This cannot be undone.":
        "Wählen Sie „Legacy-Tokens aktivieren“, wenn eine Integration sie braucht. Die Plattform erstellt dann ein "
        "Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ für %1. Das lässt sich nicht rückgängig machen.",
    "A new token is not saved on this device yet": "Ein neues Token ist noch nicht auf diesem Gerät gespeichert",
    "It is shown and can be copied now, but the keychain did not store it.":
        "Es wird angezeigt und kann jetzt kopiert werden, aber der Schlüsselbund hat es nicht gespeichert.",
    "Reset a token right after enabling, whenever it may have leaked, and on a schedule.":
        "Setzen Sie ein Token gleich nach dem Aktivieren zurück, sobald es bekannt geworden sein könnte, und "
        "regelmäßig.",
    "Reset in the web app, then Replace token… here.":
        "Setzen Sie es in der Web-App zurück und verwenden Sie dann hier „Token ersetzen …“.",
    "API reference ↗": "API-Referenz ↗",
    "Open the API reference in the browser": "API-Referenz im Browser öffnen",
    # SecurityTipsPage
    "Reset right after enabling": "Gleich nach dem Aktivieren zurücksetzen",
    "Enabling creates both tokens. Reset them at once, so that only the people who need a token have ever seen it.":
        "Beim Aktivieren entstehen beide Tokens. Setzen Sie sie sofort zurück, damit nur die Personen sie je "
        "gesehen haben, die ein Token brauchen.",
    "Reset on any suspected compromise": "Bei jedem Verdacht zurücksetzen",
    "If a token may have leaked (a shared screen, a lost laptop, someone who left), reset it now. The old value "
    "stops working immediately.":
        "Wenn ein Token bekannt geworden sein könnte (ein geteilter Bildschirm, ein verlorener Laptop, jemand hat "
        "das Team verlassen), setzen Sie es jetzt zurück. Der alte Wert funktioniert sofort nicht mehr.",
    "Rotate on a schedule": "Regelmäßig erneuern",
    "Reset each token regularly, for example every 90 days, and update your integrations in the same change.":
        "Setzen Sie jedes Token regelmäßig zurück, zum Beispiel alle 90 Tage, und aktualisieren Sie Ihre "
        "Integrationen im selben Schritt.",
    "Never paste tokens into chats, tickets or email": "Tokens nie in Chats, Tickets oder E-Mails einfügen",
    "Do not commit them to source control either. Keep them in a secret manager or the integration's protected "
    "settings.":
        "Checken Sie sie auch nicht in die Versionsverwaltung ein. Bewahren Sie sie in einem Secret-Manager oder "
        "in den geschützten Einstellungen der Integration auf.",
    "Use the Read-Only token where you can": "Wo möglich das Token „Nur Lesen“ verwenden",
    "An integration that only reads should never hold the Read/Write token.":
        "Eine Integration, die nur liest, sollte nie das Token „Lesen/Schreiben“ haben.",
    "Let the clipboard forget": "Die Zwischenablage vergessen lassen",
    "Copied values are cleared automatically. Choose how fast under Settings › Clipboard.":
        "Kopierte Werte werden automatisch gelöscht. Wie schnell, legen Sie unter Einstellungen › Zwischenablage "
        "fest.",
    "A token is as good as a password to your agency's data.":
        "Ein Token ist so viel wert wie ein Passwort zu den Daten Ihrer Agentur.",
    "Open the API reference ↗": "API-Referenz öffnen ↗",
    # SettingsPage
    "%1 · tokens only": "%1 · nur Tokens",
    "%1 · signed in as %2": "%1 · angemeldet als %2",
    "General": "Allgemein",
    "Agency": "Agentur",
    "Your role": "Ihre Rolle",
    "Platform": "Plattform",
    "API access for your integrations: legacy tokens, API version":
        "API-Zugang für Ihre Integrationen: Legacy-Tokens, API-Version",
    "Help": "Hilfe",
    "How to keep access tokens secret": "So bleiben Zugriffstokens geheim",
    "API reference": "API-Referenz",
    "This account": "Dieses Konto",
    "Session": "Sitzung",
    "Removing it removes its saved tokens from this device.":
        "Beim Entfernen werden seine gespeicherten Tokens von diesem Gerät gelöscht.",
    "Signing out removes this account's saved tokens from this device.":
        "Beim Abmelden werden die gespeicherten Tokens dieses Kontos von diesem Gerät gelöscht.",
    # Sidebar, SignInForm
    "Menu, expanded": "Menü, ausgeklappt",
    "Menu, collapsed": "Menü, eingeklappt",
    "Your session for %1 ended. Sign in again; its saved tokens are kept.":
        "Ihre Sitzung für %1 ist abgelaufen. Melden Sie sich erneut an; die gespeicherten Tokens bleiben erhalten.",
    "For a platform that offers the token management API, such as the reference server. On impact.com, add the "
    "tokens you already have instead.":
        "Für eine Plattform mit der API zur Token-Verwaltung, etwa den Referenzserver. Bei impact.com fügen Sie "
        "stattdessen Ihre vorhandenen Tokens hinzu.",
    "Platform address": "Plattformadresse",
    "User name": "Benutzername",
    "Password": "Passwort",
    "Sign-in failed": "Anmeldung fehlgeschlagen",
    "%1 (attempt %2)": "%1 (Versuch %2)",
    "Signing in": "Anmeldung läuft",
    # SignOutDialog
    "Sign out of %1?": "Von %1 abmelden?",
    "Signing out removes this account's saved tokens and session from this device's keychain; other accounts keep "
    "theirs. The tokens themselves keep working for your integrations; after you sign in again they are fetched "
    "from the platform.":
        "Beim Abmelden werden die gespeicherten Tokens und die Sitzung dieses Kontos aus dem Schlüsselbund dieses "
        "Geräts entfernt; andere Konten behalten ihre. Die Tokens selbst funktionieren für Ihre Integrationen "
        "weiter; nach der nächsten Anmeldung werden sie von der Plattform geholt.",
    "The platform cannot be told": "Die Plattform kann nicht benachrichtigt werden",
    "You are offline, so your session stays valid on the platform until %1. Sign out when you are back online to "
    "end it at once.":
        "Sie sind offline, daher bleibt Ihre Sitzung auf der Plattform bis %1 gültig. Melden Sie sich ab, wenn Sie "
        "wieder online sind, um sie sofort zu beenden.",
    "You are offline, so your session stays valid on the platform until it expires. Sign out when you are back "
    "online to end it at once.":
        "Sie sind offline, daher bleibt Ihre Sitzung auf der Plattform gültig, bis sie abläuft. Melden Sie sich ab, "
        "wenn Sie wieder online sind, um sie sofort zu beenden.",
    "A new token was never saved on this device. Copy it first if you still need it.":
        "Ein neues Token wurde nie auf diesem Gerät gespeichert. Kopieren Sie es zuerst, wenn Sie es noch brauchen.",
    "Sign out": "Abmelden",
    "Sign out and remove saved tokens": "Abmelden und gespeicherte Tokens entfernen",
    # StartingView, TokenActions
    "Opening the keychain": "Schlüsselbund wird geöffnet",
    "Opening %1…": "%1 wird geöffnet …",
    "Copy a curl command with the %1 token": "curl-Befehl mit dem Token „%1“ kopieren",
    "Copy the %1 credentials as environment variables": "Zugangsdaten „%1“ als Umgebungsvariablen kopieren",
    "Verifying…": "Wird geprüft …",
    "Verify": "Prüfen",
    "Verify that the %1 token passes authorization": "Prüfen, ob das Token „%1“ autorisiert wird",
    # TokenCredentials
    "For integrations that read and change data.": "Für Integrationen, die Daten lesen und ändern.",
    "For integrations that only read.": "Für Integrationen, die nur lesen.",
    "Not saved on this device": "Nicht auf diesem Gerät gespeichert",
    "The platform issued this token, but the keychain has not stored it. Copy it now if you need it, then retry "
    "saving.":
        "Die Plattform hat dieses Token ausgegeben, aber der Schlüsselbund hat es nicht gespeichert. Kopieren Sie "
        "es jetzt, wenn Sie es brauchen, und speichern Sie dann erneut.",
    "Hide": "Verbergen",
    "Reveal": "Anzeigen",
    "Hide the %1 Auth Token": "Auth Token „%1“ verbergen",
    "Reveal the %1 Auth Token": "Auth Token „%1“ anzeigen",
    # TokenDetailsPage, TokenFields
    "The Read/Write and the Read-Only token of %1.": "Das Token „Lesen/Schreiben“ und das Token „Nur Lesen“ von %1.",
    "Overview": "Übersicht",
    "API Credentials": "API-Zugangsdaten",
    "Token": "Token",
    "Which token": "Welches Token",
    # TokenOverview, TokenSummary
    "Version %1 (current)": "Version %1 (aktuell)",
    "Version %1": "Version %1",
    "Reads and changes data through the API.": "Liest und ändert Daten über die API.",
    "Only reads: the platform refuses writes made with it.":
        "Nur lesend: Die Plattform lehnt Schreibzugriffe damit ab.",
    "Created": "Erstellt",
    "Last reset": "Zuletzt zurückgesetzt",
    "API Version": "API-Version",
    "API Version of the %1 token": "API-Version des Tokens „%1“",
    "A newer API version is available. Upgrading only goes forward.":
        "Eine neuere API-Version ist verfügbar. Umstellen geht nur vorwärts.",
    "This token uses the newest API version.": "Dieses Token verwendet die neueste API-Version.",
    "%1 token, Account SID %2, API version %3, last reset %4":
        "Token „%1“, Account SID %2, API-Version %3, zuletzt zurückgesetzt %4",
    "API version": "API-Version",
    # UpgradeDialog
    "Upgrade to API version %1?": "Auf API-Version %1 umstellen?",
    "The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2 "
    "instead of %3.":
        "Das Token „%1“ behält seinen Wert, aber Anfragen ohne IR-Version-Header beantwortet dann Version %2 statt %3.",
    "The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2.":
        "Das Token „%1“ behält seinen Wert, aber Anfragen ohne IR-Version-Header beantwortet dann Version %2.",
    "Existing calls may break. An upgrade cannot be undone.":
        "Bestehende Aufrufe können fehlschlagen. Eine Umstellung lässt sich nicht rückgängig machen.",
    "Try it first: this checks the token against version %1 without changing anything.":
        "Probieren Sie es zuerst aus: Das prüft das Token mit Version %1, ohne etwas zu ändern.",
    "Upgrading": "Wird umgestellt",
    "Trying version %1": "Version %1 wird ausprobiert",
    "Try version %1 first": "Erst Version %1 ausprobieren",
    "Upgrade": "Umstellen",
    "Upgrade the %1 token to version %2": "Token „%1“ auf Version %2 umstellen",
    # UserBadge, WebAppNotice
    "Tokens only · %1": "Nur Tokens · %1",
    "%1 · %2": "%1 · %2",
    "Remove account": "Konto entfernen",
    "Sign out of %1": "Von %1 abmelden",
    "Enabling, resetting and upgrading tokens": "Aktivieren, Zurücksetzen und Umstellen von Tokens",
    "%1 happen in the platform's web app": "%1 geschieht in der Web-App der Plattform",
    "Open %1 and go to %2. After a reset there, use Replace token… here: the app checks the new token and that "
    "the old one stopped working before it overwrites the saved one.":
        "Öffnen Sie %1 und gehen Sie zu %2. Verwenden Sie nach einem Zurücksetzen dort hier „Token ersetzen …“: "
        "Die App prüft das neue Token und ob das alte nicht mehr funktioniert, bevor sie das gespeicherte "
        "überschreibt.",
    "No browser opened. Open this address yourself: %1": "Es hat sich kein Browser geöffnet. Öffnen Sie diese Adresse selbst: %1",
    "Open the web app ↗": "Web-App öffnen ↗",
    "Open the platform's web app in the browser": "Web-App der Plattform im Browser öffnen",
    "Not added yet (More ⋮)": "Noch nicht hinzugefügt (Mehr ⋮)",
    "%1 token, not added": "%1-Token, nicht hinzugefügt",
    # Added with the first-use fixes
    "No browser opened, so the address is on the clipboard: %1":
        "Es hat sich kein Browser geöffnet; die Adresse liegt in der Zwischenablage: %1",
    "Waiting for the keychain — unlock it in the prompt that opened.":
        "Warte auf den Schlüsselbund – entsperren Sie ihn im geöffneten Dialog.",
    "Too many failed sign-ins for this user. Try again in %1 s (at %2).":
        "Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Versuchen Sie es in %1 s wieder (um %2).",
    "Too many failed sign-ins for this user. Try again in %1 min (at %2).":
        "Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Versuchen Sie es in %1 Min. wieder (um %2).",
    "The API reference did not open": "Die API-Referenz hat sich nicht geöffnet",
    "<b>Offline.</b> Saved tokens still copy.": "<b>Offline.</b> Kopieren geht weiter.",
    "Keep tokens out of shell history": "Tokens aus dem Shell-Verlauf heraushalten",
    "Copy as curl starts the line with a space: bash (HISTCONTROL=ignorespace) and zsh (HIST_IGNORE_SPACE) then leave it out of their history. For scripts, agency-tokens-cli run puts the token in one program's environment and nowhere else.":
        "„Als curl kopieren“ beginnt die Zeile mit einem Leerzeichen: bash (HISTCONTROL=ignorespace) und zsh "
        "(HIST_IGNORE_SPACE) nehmen sie dann nicht in den Verlauf auf. In Skripten legt agency-tokens-cli run "
        "das Token nur in die Umgebung eines einzigen Programms.",

}
