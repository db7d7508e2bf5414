<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSid</name>
    <message>
        <source>The Account SID is empty.</source>
        <translation>Die Account SID ist leer.</translation>
    </message>
    <message>
        <source>An Account SID starts with &quot;IR&quot;.</source>
        <translation>Eine Account SID beginnt mit „IR“.</translation>
    </message>
    <message>
        <source>An Account SID has only letters and digits after &quot;IR&quot; (character %1 is not one).</source>
        <translation>Eine Account SID enthält nach „IR“ nur Buchstaben und Ziffern (Zeichen %1 ist keins davon).</translation>
    </message>
    <message>
        <source>An Account SID is %1 characters long, this one has %2.</source>
        <translation>Eine Account SID ist %1 Zeichen lang, diese hat %2.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1, tokens only</source>
        <translation>%1, nur Tokens</translation>
    </message>
    <message>
        <source>%1, signed in</source>
        <translation>%1, angemeldet</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Filter the accounts by name</source>
        <translation>Die Konten nach Namen filtern</translation>
    </message>
</context>
<context>
    <name>AccountsCard</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Each account keeps its own tokens in the keychain.</source>
        <translation>Jedes Konto hat seine eigenen Tokens im Schlüsselbund.</translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (angezeigt)</translation>
    </message>
    <message>
        <source>Tokens only</source>
        <translation>Nur Tokens</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its saved tokens</source>
        <translation>%1 und seine gespeicherten Tokens entfernen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Nothing yet: a reveal, a copy, a check or a reset appears here.</source>
        <translation>Noch nichts: Anzeigen, Kopieren, Prüfen oder Zurücksetzen erscheint hier.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · durch %2</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity on this device</source>
        <translation>Aktivität auf diesem Gerät</translation>
    </message>
    <message>
        <source>What the app and agency-tokens-cli did with each token here, for every account. No secret is kept in it; the oldest entries drop off.</source>
        <translation>Was die App und agency-tokens-cli hier mit jedem Token getan haben, für alle Konten. Es enthält kein Geheimnis; die ältesten Einträge fallen weg.</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Keep your agency&apos;s API tokens in this device&apos;s keychain, check them and copy them safely.</source>
        <translation>Bewahren Sie die API-Tokens Ihrer Agentur im Schlüsselbund dieses Geräts auf, prüfen Sie sie und kopieren Sie sie sicher.</translation>
    </message>
    <message>
        <source>Tokens you have</source>
        <translation>Vorhandene Tokens</translation>
    </message>
    <message>
        <source>Add tokens you already have</source>
        <translation>Vorhandene Tokens hinzufügen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to a platform</source>
        <translation>Bei einer Plattform anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Hinzufügen des Kontos abbrechen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddScopedTokenDialog</name>
    <message>
        <source>Scoped token added</source>
        <translation>Token mit Berechtigungsbereichen hinzugefügt</translation>
    </message>
    <message>
        <source>Add a scoped token to %1</source>
        <translation>Token mit Berechtigungsbereichen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Create it in the platform&apos;s web app first: open %1, go to %2 and select Create Access Token. Then paste its name, Account SID and Auth Token here: the web app shows the Auth Token only once.</source>
        <translation>Erstellen Sie es zuerst in der Web-App der Plattform: Öffnen Sie %1, gehen Sie zu %2 und wählen Sie „Zugriffstoken erstellen“. Fügen Sie dann hier seinen Namen, die Account SID und das Auth Token ein: Die Web-App zeigt das Auth Token nur einmal.</translation>
    </message>
    <message>
        <source>Name (as in the web app)</source>
        <translation>Name (wie in der Web-App)</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>Asking the platform whether it knows this token…</source>
        <translation>Die Plattform wird gefragt, ob sie dieses Token kennt …</translation>
    </message>
    <message>
        <source>Not added: nothing was saved</source>
        <translation>Nicht hinzugefügt: Nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Check and add the scoped token</source>
        <translation>Token mit Berechtigungsbereichen prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add a token to %1</source>
        <translation>Token zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Check and add the token</source>
        <translation>Token prüfen und hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddTokensForm</name>
    <message>
        <source>Copy them from the platform&apos;s web app: %1. The token is checked against the platform&apos;s API before it is saved in this device&apos;s keychain.</source>
        <translation>Kopieren Sie sie aus der Web-App der Plattform: %1. Das Token wird über die API der Plattform geprüft, bevor es im Schlüsselbund dieses Geräts gespeichert wird.</translation>
    </message>
    <message>
        <source>Menu → Settings → Account → Technical → Platform REST Web Services</source>
        <translation>Menü → Einstellungen → Konto → Technik → Plattform-REST-Webdienste</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Kontoname (optional)</translation>
    </message>
    <message>
        <source>Default: the agency&apos;s name</source>
        <translation>Standard: der Name der Agentur</translation>
    </message>
    <message>
        <source>Platform API address</source>
        <translation>API-Adresse der Plattform</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>Ohne Prüfung speichern</translation>
    </message>
    <message>
        <source>Save the token without checking it, while offline</source>
        <translation>Token offline ohne Prüfung speichern</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Check the token and add the account</source>
        <translation>Token prüfen und Konto hinzufügen</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>Ein neues Konto</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Hinzufügen zu</translation>
    </message>
    <message>
        <source>The account the token is added to</source>
        <translation>Das Konto, zu dem das Token hinzugefügt wird</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AccountService</name>
    <message>
        <source>There is no saved token to verify yet.</source>
        <translation>Es ist noch kein gespeichertes Token zum Prüfen vorhanden.</translation>
    </message>
    <message>
        <source>Could not remove this account&apos;s saved tokens.</source>
        <translation>Die gespeicherten Tokens dieses Kontos konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This account was removed in another window or by agency-tokens-cli.</source>
        <translation>Dieses Konto wurde in einem anderen Fenster oder mit agency-tokens-cli entfernt.</translation>
    </message>
    <message>
        <source>The account list is being changed by another program and did not become free; nothing was saved. Try again.</source>
        <translation>Die Kontenliste wird gerade von einem anderen Programm geändert und wurde nicht frei; nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no saved token to probe yet.</source>
        <translation>Es gibt noch kein gespeichertes Token, das geprüft werden kann.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AccountView</name>
    <message>
        <source>Legacy tokens are enabled in the platform&apos;s web app.</source>
        <translation>Legacy-Tokens werden in der Web-App der Plattform aktiviert.</translation>
    </message>
    <message>
        <source>Legacy tokens are already enabled.</source>
        <translation>Legacy-Tokens sind bereits aktiviert.</translation>
    </message>
    <message>
        <source>Every token is saved.</source>
        <translation>Alle Tokens sind gespeichert.</translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation>Kontoadministrator</translation>
    </message>
    <message>
        <source>Implementation specialist</source>
        <translation>Implementierungsspezialist</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Only account administrators and implementation specialists can enable API access and see or reset tokens. Ask one of them if you need a token.</source>
        <translation>Nur Kontoadministratoren und Implementierungsspezialisten können den API-Zugang aktivieren und Tokens sehen oder zurücksetzen. Wenden Sie sich an sie, wenn Sie ein Token brauchen.</translation>
    </message>
    <message>
        <source>Offline: saved tokens can still be viewed and copied.</source>
        <translation>Offline: Gespeicherte Tokens lassen sich weiterhin ansehen und kopieren.</translation>
    </message>
    <message>
        <source>Please wait for the current action to finish.</source>
        <translation>Bitte warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Menu → Settings → Account → Technical → Platform REST Web Services</source>
        <translation>Menü → Einstellungen → Konto → Technik → Plattform-REST-Webdienste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Legacy tokens are on. Reset both tokens now: until then, anyone who saw them while they were being set up could still use them.</source>
        <translation>Legacy-Tokens sind aktiviert. Setzen Sie jetzt beide Tokens zurück: Bis dahin kann sie jeder verwenden, der sie bei der Einrichtung gesehen hat.</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked: the tokens here are shown and copied from memory. They are still saved in the keychain.</source>
        <translation>Der Schlüsselbund ist gesperrt: Die Tokens hier werden aus dem Arbeitsspeicher angezeigt und kopiert. Im Schlüsselbund sind sie weiterhin gespeichert.</translation>
    </message>
    <message>
        <source>Scoped tokens are created in the platform&apos;s web app; paste one here after.</source>
        <translation>Tokens mit Berechtigungsbereichen werden in der Web-App der Plattform erstellt; fügen Sie eines danach hier ein.</translation>
    </message>
    <message>
        <source>This platform does not offer scoped access tokens.</source>
        <translation>Diese Plattform bietet keine Zugriffstokens mit Berechtigungsbereichen an.</translation>
    </message>
    <message>
        <source>Signed-in accounts get their scoped tokens from the platform.</source>
        <translation>Angemeldete Konten erhalten ihre Tokens mit Berechtigungsbereichen von der Plattform.</translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Geben Sie einen Namen für das Token ein.</translation>
    </message>
    <message>
        <source>Enter the primary contact&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Hauptkontakts ein.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without scopes can call nothing.</source>
        <translation>Wählen Sie mindestens einen Berechtigungsbereich: Ein Token ohne Berechtigungsbereiche kann nichts aufrufen.</translation>
    </message>
    <message>
        <source>“%1” is created. Its Auth Token is not saved on this device yet: copy it now, then retry saving.</source>
        <translation>„%1“ ist erstellt. Sein Auth Token ist auf diesem Gerät noch nicht gespeichert: Kopieren Sie es jetzt und versuchen Sie dann erneut zu speichern.</translation>
    </message>
    <message>
        <source>“%1” is created. Copy its Auth Token now: the platform shows it only this once (it stays saved on this device).</source>
        <translation>„%1“ ist erstellt. Kopieren Sie sein Auth Token jetzt: Die Plattform zeigt es nur dieses eine Mal (auf diesem Gerät bleibt es gespeichert).</translation>
    </message>
    <message>
        <source>“%1” is saved. It is genuine, but may not read company information: the check got 403.</source>
        <translation>„%1“ ist gespeichert. Es ist echt, darf aber keine Unternehmensinformationen lesen: Die Prüfung erhielt 403.</translation>
    </message>
    <message>
        <source>“%1” passes and is saved in the keychain.</source>
        <translation>„%1“ ist gültig und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>Der Name darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This account already has a token called “%1”. Choose another name.</source>
        <translation>Dieses Konto hat bereits ein Token namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give at most 20 developer e-mail addresses.</source>
        <translation>Geben Sie höchstens 20 Entwickler-E-Mail-Adressen an.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AppController</name>
    <message>
        <source>Removed, with its saved tokens.</source>
        <translation>Mitsamt den gespeicherten Tokens entfernt.</translation>
    </message>
    <message>
        <source>A token of this account is also saved in %1. A reset in one leaves the other with the old value, which no longer works: keep each token in one account only.</source>
        <translation>Ein Token dieses Kontos ist auch in %1 gespeichert. Ein Zurücksetzen in einem Konto lässt dem anderen den alten Wert, der nicht mehr funktioniert: Behalten Sie jedes Token nur in einem Konto.</translation>
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation>Zu „%1“ hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AppSettings</name>
    <message>
        <source>No browser opened, so the address is on the clipboard: %1</source>
        <translation>Es hat sich kein Browser geöffnet; die Adresse liegt in der Zwischenablage: %1</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::CheckAllRun</name>
    <message>
        <source>Passes</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up: try again in %1 min.</source>
        <translation>Das Anfragelimit der Plattform für diese Stunde ist ausgeschöpft: Versuchen Sie es in %1 Min. erneut.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up: try again later.</source>
        <translation>Das Anfragelimit der Plattform für diese Stunde ist ausgeschöpft: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Refused: the platform does not accept this token; it was reset or deleted, or it is wrong. Paste the current one with Replace token.</source>
        <translation>Abgelehnt: Die Plattform akzeptiert dieses Token nicht; es wurde zurückgesetzt oder gelöscht, oder es ist falsch. Fügen Sie das aktuelle mit „Token ersetzen“ ein.</translation>
    </message>
    <message>
        <source>Refused: the platform does not accept this token; it was reset or deleted elsewhere. Integrations that use it fail too.</source>
        <translation>Abgelehnt: Die Plattform akzeptiert dieses Token nicht; es wurde anderswo zurückgesetzt oder gelöscht. Integrationen, die es verwenden, schlagen ebenfalls fehl.</translation>
    </message>
    <message>
        <source>Genuine, but not allowed to read company information (403): its scopes leave that call out.</source>
        <translation>Echt, aber ohne Erlaubnis, Unternehmensinformationen zu lesen (403): Seine Berechtigungsbereiche schließen diesen Aufruf aus.</translation>
    </message>
    <message>
        <source>Passes: the platform answered for “%1”.</source>
        <translation>Gültig: Die Plattform hat für „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>No token is saved on this device yet.</source>
        <translation>Auf diesem Gerät ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Tokens checked: %1, one request each.</source>
        <translation>Geprüfte Tokens: %1, je eine Anfrage.</translation>
    </message>
    <message>
        <source>Did not pass or got no answer: %1.</source>
        <translation>Ungültig oder ohne Antwort: %1.</translation>
    </message>
    <message>
        <source>Accounts whose keychain entries could not be read, so not checked: %1.</source>
        <translation>Konten, deren Schlüsselbund-Einträge nicht gelesen werden konnten und die daher nicht geprüft wurden: %1.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::CredentialVault</name>
    <message>
        <source>The token is shown, but it could not be saved in the keychain:</source>
        <translation>Das Token wird angezeigt, konnte aber nicht im Schlüsselbund gespeichert werden:</translation>
    </message>
    <message>
        <source>The token is gone here, but its keychain entry could not be removed:</source>
        <translation>Das Token ist hier entfernt, aber sein Schlüsselbund-Eintrag konnte nicht gelöscht werden:</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::IndexLock</name>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::KeychainStore</name>
    <message>
        <source>Waiting for the keychain — unlock it in the prompt that opened. If no prompt opened, the keychain is not answering.</source>
        <translation>Warten auf den Schlüsselbund – entsperren Sie ihn im geöffneten Dialog. Wenn sich kein Dialog geöffnet hat, antwortet der Schlüsselbund nicht.</translation>
    </message>
    <message>
        <source>Waiting for another Agency Tokens process that is using the keychain.</source>
        <translation>Warten auf einen anderen Agency-Tokens-Prozess, der den Schlüsselbund gerade verwendet.</translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the keychain.</source>
        <translation>Warten auf %1, das den Schlüsselbund gerade verwendet.</translation>
    </message>
    <message>
        <source>%1 is using the keychain and has not finished. Close it or let it finish, then try again.</source>
        <translation>%1 verwendet den Schlüsselbund und ist noch nicht fertig. Beenden Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this entry yet.</source>
        <translation>Für diesen Eintrag ist noch nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to your desktop session or opening your password manager), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung oder Öffnen des Passwortmanagers) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Agency Tokens to use the keychain, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Agency Tokens, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Agency Tokens never stores secrets in plain files; install a keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service) and try again.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Agency Tokens speichert Geheimnisse nie in einfachen Dateien; installieren Sie einen Schlüsselbund (GNOME Keyring, KWallet oder den Secret Service von KeePassXC) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) cannot be reached. Start GNOME Keyring, KWallet or another Secret Service provider, then try again. Nothing was saved elsewhere.</source>
        <translation>Der Schlüsselbund des Systems (Secret Service) ist nicht erreichbar. Starten Sie GNOME Keyring, KWallet oder einen anderen Secret-Service-Anbieter und versuchen Sie es erneut. Es wurde nichts anderswo gespeichert.</translation>
    </message>
    <message>
        <source>This keychain does not support the operation. Use another keychain provider.</source>
        <translation>Dieser Schlüsselbund unterstützt den Vorgang nicht. Verwenden Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>The keychain refused to delete the entry. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat das Löschen des Eintrags verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you to unlock it; check for a password prompt, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er darauf, entsperrt zu werden; achten Sie auf eine Passwortabfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unknown keychain error.</source>
        <translation>Unbekannter Fehler des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>Another Agency Tokens window or agency-tokens-cli is using the keychain and has not finished. Close it or let it finish, then try again.</source>
        <translation>Ein anderes Agency-Tokens-Fenster oder agency-tokens-cli verwendet den Schlüsselbund und ist noch nicht fertig. Beenden Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was written: what it was for is gone.</source>
        <translation>Nichts wurde geschrieben: Das, wofür es bestimmt war, gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::SecureClipboard</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>%1 copied · clears in %2 s</source>
        <translation>%1 kopiert · wird in %2 s gelöscht</translation>
    </message>
    <message>
        <source>%1 copied · not cleared automatically</source>
        <translation>%1 kopiert · wird nicht automatisch gelöscht</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::TokenService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept:</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Could not remove the saved tokens, so you are still signed in.</source>
        <translation>Die gespeicherten Tokens konnten nicht entfernt werden, daher sind Sie weiterhin angemeldet.</translation>
    </message>
    <message>
        <source>The platform no longer lists this token.</source>
        <translation>Die Plattform führt dieses Token nicht mehr.</translation>
    </message>
    <message>
        <source>The platform refused this Auth Token for this token, so nothing was saved. Copy it again, whole, or reset the token.</source>
        <translation>Die Plattform hat dieses Auth Token für dieses Token abgelehnt, daher wurde nichts gespeichert. Kopieren Sie es erneut und vollständig, oder setzen Sie das Token zurück.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::TokenView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>Nicht auf diesem Gerät</translation>
    </message>
    <message>
        <source>There is no saved token on this device yet.</source>
        <translation>Auf diesem Gerät ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>This is done in the platform&apos;s web app for accounts of tokens you pasted.</source>
        <translation>Bei Konten mit eingefügten Tokens geschieht das in der Web-App der Plattform.</translation>
    </message>
    <message>
        <source>Signed-in accounts get new tokens from the platform.</source>
        <translation>Angemeldete Konten erhalten neue Tokens von der Plattform.</translation>
    </message>
    <message>
        <source>The %1 token was reset. The old one no longer works.</source>
        <translation>Das Token „%1“ wurde zurückgesetzt. Das alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Passes: the platform answered for “%1”.</source>
        <translation>Gültig: Die Plattform hat für „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Does not pass: the platform refused this token (it is wrong, or it was reset).</source>
        <translation>Ungültig: Die Plattform hat dieses Token abgelehnt (es ist falsch oder wurde zurückgesetzt).</translation>
    </message>
    <message>
        <source>Version %1 did not accept the call: %2</source>
        <translation>Version %1 hat den Aufruf nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Version %1 accepted the call for “%2”.</source>
        <translation>Version %1 hat den Aufruf für „%2“ angenommen.</translation>
    </message>
    <message>
        <source>Version %1: the platform refused this token.</source>
        <translation>Version %1: Die Plattform hat dieses Token abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 token now uses API version %2.</source>
        <translation>Das Token „%1“ verwendet jetzt API-Version %2.</translation>
    </message>
    <message>
        <source>Replaced: the new %1 token passes and the old one no longer does.</source>
        <translation>Ersetzt: Das neue Token „%1“ ist gültig, das alte nicht mehr.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Signed-in accounts get their tokens from the platform.</source>
        <translation>Angemeldete Konten erhalten ihre Tokens von der Plattform.</translation>
    </message>
    <message>
        <source>The account already holds this token: use Replace token.</source>
        <translation>Das Konto hat dieses Token bereits: Verwenden Sie „Token ersetzen“.</translation>
    </message>
    <message>
        <source>Reset (%1)</source>
        <translation>Zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>Replace token (%1)…</source>
        <translation>Token ersetzen (%1) …</translation>
    </message>
    <message>
        <source>Add the %1 token…</source>
        <translation>Token „%1“ hinzufügen …</translation>
    </message>
    <message>
        <source>The %1 token passes and is saved in the keychain.</source>
        <translation>Das Token „%1“ ist gültig und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The %1 token was reset. The old one no longer works. The new one is not saved on this device yet: copy it now, then retry saving.</source>
        <translation>Das Token „%1“ wurde zurückgesetzt. Das alte funktioniert nicht mehr. Das neue ist auf diesem Gerät noch nicht gespeichert: Kopieren Sie es jetzt und speichern Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Not known (chosen in the web app)</source>
        <translation>Nicht bekannt (wird in der Web-App gewählt)</translation>
    </message>
    <message>
        <source>Added to this device</source>
        <translation>Auf diesem Gerät hinzugefügt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Not known: before %1, when it was replaced on this device</source>
        <translation>Nicht bekannt: vor %1, als es auf diesem Gerät ersetzt wurde</translation>
    </message>
    <message>
        <source>Not known (reset in the web app)</source>
        <translation>Nicht bekannt (in der Web-App zurückgesetzt)</translation>
    </message>
    <message>
        <source>Genuine, but not allowed to read company information: the platform knows this token, and its scopes leave that call out.</source>
        <translation>Echt, aber ohne Erlaubnis, Unternehmensinformationen zu lesen: Die Plattform kennt dieses Token, und seine Berechtigungsbereiche schließen diesen Aufruf aus.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>The platform shows a scoped token&apos;s Auth Token only when it is created or reset, and this device does not hold it. Paste it, or reset the token to get a new one.</source>
        <translation>Die Plattform zeigt das Auth Token eines Tokens mit Berechtigungsbereichen nur beim Erstellen oder Zurücksetzen, und dieses Gerät hat es nicht. Fügen Sie es ein, oder setzen Sie das Token zurück, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>This device already holds this token&apos;s value.</source>
        <translation>Dieses Gerät hat den Wert dieses Tokens bereits.</translation>
    </message>
    <message>
        <source>Only scoped access tokens have a name, contacts and scopes.</source>
        <translation>Nur Zugriffstokens mit Berechtigungsbereichen haben einen Namen, Kontakte und Berechtigungsbereiche.</translation>
    </message>
    <message>
        <source>The legacy tokens cannot be deleted.</source>
        <translation>Die Legacy-Tokens können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left this hour.</source>
        <translation>%1 von %2 Anfragen in dieser Stunde übrig.</translation>
    </message>
    <message>
        <source>%1 requests left this hour.</source>
        <translation>%1 Anfragen in dieser Stunde übrig.</translation>
    </message>
    <message>
        <source>Genuine: the platform knows this token, but it may not read company information (403).</source>
        <translation>Echt: Die Plattform kennt dieses Token, aber es darf keine Unternehmensinformationen lesen (403).</translation>
    </message>
    <message>
        <source>The token “%1” passes and is saved in the keychain.</source>
        <translation>Das Token „%1“ ist gültig und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The platform refused this token (it is wrong, or it was reset), so what it may reach is not known.</source>
        <translation>Die Plattform hat dieses Token abgelehnt (es ist falsch oder wurde zurückgesetzt), daher ist nicht bekannt, was es erreichen darf.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up, so the check stopped. Try again later.</source>
        <translation>Das Anfragelimit der Plattform für diese Stunde ist aufgebraucht, daher wurde die Prüfung beendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Saved on the platform.</source>
        <translation>Auf der Plattform gespeichert.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Berechtigungsbereich.</translation>
    </message>
    <message>
        <source>The scopes of “%1” are updated. Calls outside them now get 403.</source>
        <translation>Die Berechtigungsbereiche von „%1“ sind aktualisiert. Aufrufe außerhalb davon erhalten jetzt 403.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>„%1“ ist gelöscht.</translation>
    </message>
    <message>
        <source>Checked in %1 requests: it may call %2 of %3 API categories.</source>
        <translation>Mit %1 Anfragen geprüft: Es darf %2 von %3 API-Kategorien aufrufen.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::TokensOnlyService</name>
    <message>
        <source>The platform can be reached, so the token is checked before it is saved.</source>
        <translation>Die Plattform ist erreichbar, daher wird das Token vor dem Speichern geprüft.</translation>
    </message>
    <message>
        <source>The platform refused this Account SID and Auth Token, so nothing was saved. Check that both are copied whole, from the same token.</source>
        <translation>Die Plattform hat diese Account SID und dieses Auth Token abgelehnt, daher wurde nichts gespeichert. Prüfen Sie, ob beide vollständig und vom selben Token kopiert sind.</translation>
    </message>
    <message>
        <source>There is no token of this kind to replace yet. Add it instead.</source>
        <translation>Es gibt noch kein Token dieser Art zum Ersetzen. Fügen Sie es stattdessen hinzu.</translation>
    </message>
    <message>
        <source>This is the token already saved. Paste the new one from the web app.</source>
        <translation>Das ist das bereits gespeicherte Token. Fügen Sie das neue aus der Web-App ein.</translation>
    </message>
    <message>
        <source>The new token does not pass the platform&apos;s check, so the saved one was kept. Copy it again, whole, from the same account.</source>
        <translation>Das neue Token besteht die Prüfung der Plattform nicht, daher wurde das gespeicherte behalten. Kopieren Sie es erneut und vollständig aus demselben Konto.</translation>
    </message>
    <message>
        <source>The old token still passes, so it has not been reset: both work now, and the saved one was kept. Reset it in the web app, then paste the new one.</source>
        <translation>Das alte Token ist noch gültig, wurde also nicht zurückgesetzt: Beide funktionieren jetzt, und das gespeicherte wurde behalten. Setzen Sie es in der Web-App zurück und fügen Sie dann das neue ein.</translation>
    </message>
    <message>
        <source>The new token is saved, but the old one could not be removed from the keychain:</source>
        <translation>Das neue Token ist gespeichert, aber das alte konnte nicht aus dem Schlüsselbund entfernt werden:</translation>
    </message>
    <message>
        <source>This token belongs to “%1”, not to “%2”, so it was not added here. Add it as an account of its own.</source>
        <translation>Dieses Token gehört zu „%1“, nicht zu „%2“, und wurde deshalb hier nicht hinzugefügt. Fügen Sie es als eigenes Konto hinzu.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s name, as the web app shows it.</source>
        <translation>Geben Sie den Namen des Tokens ein, wie die Web-App ihn zeigt.</translation>
    </message>
    <message>
        <source>The name is too long: at most 100 characters.</source>
        <translation>Der Name ist zu lang: höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>This account already has a token called “%1”. Replace its value, or choose another name.</source>
        <translation>Dieses Konto hat bereits ein Token namens „%1“. Ersetzen Sie seinen Wert, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This account already holds a token with this Account SID.</source>
        <translation>Dieses Konto hat bereits ein Token mit dieser Account SID.</translation>
    </message>
    <message>
        <source>This account holds no such token.</source>
        <translation>Dieses Konto hat kein solches Token.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::UsageStore</name>
    <message>
        <source>The list of integrations (%1) cannot be read: %2</source>
        <translation>Die Liste der Integrationen (%1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list of integrations (%1) is damaged; it is kept as %2 at the next change.</source>
        <translation>Die Liste der Integrationen (%1) ist beschädigt; bei der nächsten Änderung wird sie als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another window or agency-tokens-cli is changing the list of integrations. Try again.</source>
        <translation>Ein anderes Fenster oder agency-tokens-cli ändert gerade die Liste der Integrationen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save the list of integrations (%1): %2</source>
        <translation>Die Liste der Integrationen (%1) konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This is not an export of integrations from Agency Tokens.</source>
        <translation>Dies ist kein Export von Integrationen aus Agency Tokens.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::UsageView</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Confirmed %1</source>
        <translation>Bestätigt %1</translation>
    </message>
    <message>
        <source>1 of 1 integration still has the old token</source>
        <translation>1 von 1 Integration hat noch das alte Token</translation>
    </message>
    <message>
        <source>%1 of %2 integrations still have the old token</source>
        <translation>%1 von %2 Integrationen haben noch das alte Token</translation>
    </message>
    <message>
        <source>%1 holds this token and stops working until it gets the new one.</source>
        <translation>%1 nutzt dieses Token und funktioniert nicht mehr, bis es das neue erhält.</translation>
    </message>
    <message>
        <source>These integrations hold this token and stop working until they get the new one: %1.</source>
        <translation>Diese Integrationen nutzen dieses Token und funktionieren nicht mehr, bis sie das neue erhalten: %1.</translation>
    </message>
    <message>
        <source>Rotate every %1</source>
        <translation>Alle %1 erneuern</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 Tag alt</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 Tage alt</translation>
    </message>
    <message>
        <source>Due for rotation: %1, rotate every %2</source>
        <translation>Erneuerung fällig: %1, alle %2 erneuern</translation>
    </message>
    <message>
        <source>%1 · rotate every %2</source>
        <translation>%1 · alle %2 erneuern</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Copied as a curl command</source>
        <translation>Als curl-Befehl kopiert</translation>
    </message>
    <message>
        <source>Copied as environment variables</source>
        <translation>Als Umgebungsvariablen kopiert</translation>
    </message>
    <message>
        <source>Copied for “%1”</source>
        <translation>Für „%1“ kopiert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Printed by agency-tokens-cli token</source>
        <translation>Von agency-tokens-cli token ausgegeben</translation>
    </message>
    <message>
        <source>Handed to a command (run)</source>
        <translation>An einen Befehl übergeben (run)</translation>
    </message>
    <message>
        <source>Used by agency-tokens-cli curl</source>
        <translation>Von agency-tokens-cli curl verwendet</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>Checked what it can reach</source>
        <translation>Geprüft, was es erreichen kann</translation>
    </message>
    <message>
        <source>Checked what it can reach: %1</source>
        <translation>Geprüft, was es erreichen kann: %1</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Removed from this device</source>
        <translation>Von diesem Gerät entfernt</translation>
    </message>
    <message>
        <source>“%1” has the new token</source>
        <translation>„%1“ hat das neue Token</translation>
    </message>
    <message>
        <source>agency-tokens-cli</source>
        <translation>agency-tokens-cli</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>die App</translation>
    </message>
    <message>
        <source>Enter the integration&apos;s name.</source>
        <translation>Geben Sie den Namen der Integration ein.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This token already lists an integration called “%1”.</source>
        <translation>Dieses Token führt bereits eine Integration namens „%1“.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>genuine, not permitted</source>
        <translation>echt, nicht erlaubt</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>platform not reached</source>
        <translation>Plattform nicht erreicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Legacy tokens are on</source>
        <translation>Legacy-Tokens sind aktiviert</translation>
    </message>
    <message>
        <source>Could not enable legacy tokens</source>
        <translation>Legacy-Tokens konnten nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Token saved in the keychain</source>
        <translation>Token im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The token is still not saved</source>
        <translation>Das Token ist noch immer nicht gespeichert</translation>
    </message>
    <message>
        <source>Read/Write token: API version upgraded</source>
        <translation>Token „Lesen/Schreiben“: API-Version umgestellt</translation>
    </message>
    <message>
        <source>Requests without an IR-Version header now use the new version.</source>
        <translation>Anfragen ohne IR-Version-Header verwenden jetzt die neue Version.</translation>
    </message>
    <message>
        <source>Read-Only token: API version upgraded</source>
        <translation>Token „Nur Lesen“: API-Version umgestellt</translation>
    </message>
    <message>
        <source>Could not read this account&apos;s saved state</source>
        <translation>Der gespeicherte Stand dieses Kontos ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Sign-out did not finish</source>
        <translation>Die Abmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Could not refresh</source>
        <translation>Aktualisieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>The account was not removed</source>
        <translation>Das Konto wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The API reference did not open</source>
        <translation>Die API-Referenz hat sich nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>AttentionCard</name>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Tokens to rotate or integrations to update: %1</source>
        <translation>Zu erneuernde Tokens oder zu aktualisierende Integrationen: %1</translation>
    </message>
    <message>
        <source>Rotate %1 (%2)</source>
        <translation>%1 erneuern (%2)</translation>
    </message>
    <message>
        <source>Update the integrations of %1 (%2)</source>
        <translation>Integrationen von %1 aktualisieren (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Öffnen: %1</translation>
    </message>
</context>
<context>
    <name>AuthToken</name>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Das Auth Token ist leer.</translation>
    </message>
    <message>
        <source>An Auth Token has only letters, digits and . _ ~ - (character %1 is not one).</source>
        <translation>Ein Auth Token enthält nur Buchstaben, Ziffern und . _ ~ - (Zeichen %1 ist keins davon).</translation>
    </message>
    <message>
        <source>An Auth Token is %1 characters long, this one has %2.</source>
        <translation>Ein Auth Token ist %1 Zeichen lang, dieses hat %2.</translation>
    </message>
</context>
<context>
    <name>Breadcrumbs</name>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Current page: %1</source>
        <translation>Aktuelle Seite: %1</translation>
    </message>
</context>
<context>
    <name>CheckAllPage</name>
    <message>
        <source>Check all tokens</source>
        <translation>Alle Tokens prüfen</translation>
    </message>
    <message>
        <source>Asks the platform whether each token on this device still passes: one request per token, for every account. Nothing is changed.</source>
        <translation>Fragt die Plattform, ob jedes Token auf diesem Gerät noch gültig ist: eine Anfrage pro Token, für alle Konten. Nichts wird geändert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Check every token</source>
        <translation>Jedes Token prüfen</translation>
    </message>
    <message>
        <source>Checked %1 of %2 tokens</source>
        <translation>%1 von %2 Tokens geprüft</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <translation>%1, %2: %3. %4</translation>
    </message>
</context>
<context>
    <name>ClipboardBar</name>
    <message>
        <source>Clear now</source>
        <translation>Jetzt leeren</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Zwischenablage jetzt leeren</translation>
    </message>
</context>
<context>
    <name>ClipboardNote</name>
    <message>
        <source>Copied values leave the clipboard after %1 seconds. Paste them only into the integration that needs them.</source>
        <translation>Kopierte Werte verschwinden nach %1 Sekunden aus der Zwischenablage. Fügen Sie sie nur in die Integration ein, die sie braucht.</translation>
    </message>
    <message>
        <source>Copied values stay on the clipboard until you clear them (Settings › Clipboard).</source>
        <translation>Kopierte Werte bleiben in der Zwischenablage, bis Sie sie löschen (Einstellungen › Zwischenablage).</translation>
    </message>
</context>
<context>
    <name>ClipboardSettings</name>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Copied Account SIDs and tokens are removed from the clipboard after this time, and when you sign out.</source>
        <translation>Kopierte Account SIDs und Tokens werden nach dieser Zeit und beim Abmelden aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
</context>
<context>
    <name>ClipboardTimeout</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>CreateTokenPage</name>
    <message>
        <source>Create Access Token</source>
        <translation>Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>“%1” is created</source>
        <translation>„%1“ ist erstellt</translation>
    </message>
    <message>
        <source>A scoped token for %1, with its own Account SID and Auth Token.</source>
        <translation>Ein Token mit Berechtigungsbereichen für %1, mit eigener Account SID und eigenem Auth Token.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <source>Step %1 of 3: %2</source>
        <translation>Schritt %1 von 3: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>1. Setup</source>
        <translation>1. Einrichtung</translation>
    </message>
    <message>
        <source>A name that says which integration uses it.</source>
        <translation>Ein Name, der sagt, welche Integration es verwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Warehouse export</source>
        <translation>z. B. Lagerexport</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <source>API Version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Version %1 (latest)</source>
        <translation>Version %1 (neueste)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>API Version of the new token</source>
        <translation>API-Version des neuen Tokens</translation>
    </message>
    <message>
        <source>2. Contacts</source>
        <translation>2. Kontakte</translation>
    </message>
    <message>
        <source>Who the platform tells about this token, and who to ask before it is reset.</source>
        <translation>Wen die Plattform über dieses Token informiert und wen man vor dem Zurücksetzen fragen sollte.</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Hauptkontakt (E-Mail)</translation>
    </message>
    <message>
        <source>Developer e-mails (optional, separated by commas)</source>
        <translation>Entwickler-E-Mails (optional, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>3. Scopes</source>
        <translation>3. Berechtigungsbereiche</translation>
    </message>
    <message>
        <source>Only what the integration needs: every other call gets 403.</source>
        <translation>Nur, was die Integration braucht: Jeder andere Aufruf erhält 403.</translation>
    </message>
    <message>
        <source>Loading the scopes</source>
        <translation>Berechtigungsbereiche werden geladen</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s scopes…</source>
        <translation>Berechtigungsbereiche der Plattform werden geladen …</translation>
    </message>
    <message>
        <source>The token was not created</source>
        <translation>Das Token wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Creating the token on the platform…</source>
        <translation>Token wird auf der Plattform erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Abbrechen und zurückgehen</translation>
    </message>
    <message>
        <source>Back to step %1</source>
        <translation>Zurück zu Schritt %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Next: step %1</source>
        <translation>Weiter: Schritt %1</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Open its pages</source>
        <translation>Seiten öffnen</translation>
    </message>
    <message>
        <source>Open the pages of the new token</source>
        <translation>Seiten des neuen Tokens öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CredentialRow</name>
    <message>
        <source>Press Ctrl+C to copy</source>
        <translation>Strg+C zum Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>DeleteTokenDialog</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Remove “%1” from this device?</source>
        <translation>„%1“ von diesem Gerät entfernen?</translation>
    </message>
    <message>
        <source>The platform deletes the token: from then on its Account SID and Auth Token get 401, and every integration that uses it fails. This cannot be undone.</source>
        <translation>Die Plattform löscht das Token: Danach erhalten seine Account SID und sein Auth Token 401, und jede Integration, die es verwendet, schlägt fehl. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The app forgets the token and takes it out of the keychain. It keeps working on the platform: delete it in the web app (%1) if no integration needs it.</source>
        <translation>Die App vergisst das Token und entfernt es aus dem Schlüsselbund. Auf der Plattform funktioniert es weiter: Löschen Sie es in der Web-App (%1), wenn keine Integration es braucht.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the token %1</source>
        <translation>Token %1 löschen</translation>
    </message>
    <message>
        <source>Remove the token %1 from this device</source>
        <translation>Token %1 von diesem Gerät entfernen</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Hauptkontakt (E-Mail)</translation>
    </message>
    <message>
        <source>Developer e-mails (separated by commas)</source>
        <translation>Entwickler-E-Mails (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the token&apos;s details on the platform</source>
        <translation>Angaben zum Token auf der Plattform speichern</translation>
    </message>
</context>
<context>
    <name>EnableButton</name>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert …</translation>
    </message>
    <message>
        <source>Enable Legacy Tokens</source>
        <translation>Legacy-Tokens aktivieren</translation>
    </message>
    <message>
        <source>Enabling legacy tokens</source>
        <translation>Legacy-Tokens werden aktiviert</translation>
    </message>
</context>
<context>
    <name>EnableDialog</name>
    <message>
        <source>Enable legacy tokens?</source>
        <translation>Legacy-Tokens aktivieren?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Enable legacy tokens</source>
        <translation>Legacy-Tokens aktivieren</translation>
    </message>
    <message>
        <source>This creates a Read/Write and a Read-Only token for the whole agency. It cannot be undone: the tokens stay until they are reset. Until then, everyone who can open Platform REST Web Services for this agency (in this app or the platform&apos;s web app) can see and copy them. Reset both right after, and give the new values only to the integrations that need them.</source>
        <translation>Dadurch entstehen ein Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ für die ganze Agentur. Das lässt sich nicht rückgängig machen: Die Tokens bleiben, bis sie zurückgesetzt werden. Bis dahin kann jede Person, die „Plattform-REST-Webdienste“ dieser Agentur öffnen kann (in dieser App oder in der Web-App der Plattform), sie sehen und kopieren. Setzen Sie danach sofort beide zurück und geben Sie die neuen Werte nur den Integrationen, die sie brauchen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>%1 · tokens you added, checked against %2</source>
        <translation>%1 · von Ihnen hinzugefügte Tokens, geprüft bei %2</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 auf %3</translation>
    </message>
    <message>
        <source>Legacy API tokens</source>
        <translation>Legacy-API-Tokens</translation>
    </message>
    <message>
        <source>Legacy tokens are on for %1. Manage them under Settings › Account › Technical.</source>
        <translation>Legacy-Tokens sind für %1 aktiviert. Verwalten Sie sie unter Einstellungen › Konto › Technik.</translation>
    </message>
    <message>
        <source>Legacy tokens are off. Turn them on under Settings › Account › Technical if an integration needs them.</source>
        <translation>Legacy-Tokens sind deaktiviert. Aktivieren Sie sie unter Einstellungen › Konto › Technik, wenn eine Integration sie braucht.</translation>
    </message>
    <message>
        <source>Open Platform REST Web Services</source>
        <translation>Plattform-REST-Webdienste öffnen</translation>
    </message>
    <message>
        <source>Keep tokens secret</source>
        <translation>Tokens geheim halten</translation>
    </message>
    <message>
        <source>A token works for anyone who has it. Reset it at once if it may have leaked, and rotate it on a schedule.</source>
        <translation>Ein Token funktioniert für jeden, der es hat. Setzen Sie es sofort zurück, wenn es bekannt geworden sein könnte, und erneuern Sie es regelmäßig.</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
    <message>
        <source>Check all tokens</source>
        <translation>Alle Tokens prüfen</translation>
    </message>
    <message>
        <source>Ask the platform whether every token on this device still passes, for every account: one request per token.</source>
        <translation>Fragen Sie die Plattform, ob jedes Token auf diesem Gerät noch gültig ist, für alle Konten: eine Anfrage pro Token.</translation>
    </message>
    <message>
        <source>Check every token of every account</source>
        <translation>Jedes Token aller Konten prüfen</translation>
    </message>
    <message>
        <source>Activity on this device</source>
        <translation>Aktivität auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>The platform&apos;s request limit (%1 requests an hour) is used up. Try again in %2 s.</source>
        <translation>Das Anfragelimit der Plattform (%1 Anfragen pro Stunde) ist ausgeschöpft. Versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit is used up. Try again in %1 s.</source>
        <translation>Das Anfragelimit der Plattform ist ausgeschöpft. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>einer Webseite</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Try again in %1 s (at %2).</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Versuchen Sie es in %1 s wieder (um %2).</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Try again in %1 min (at %2).</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Versuchen Sie es in %1 Min. wieder (um %2).</translation>
    </message>
    <message>
        <source> The platform said: “%1”</source>
        <translation> Die Plattform meldete: „%1“</translation>
    </message>
    <message>
        <source> (The answer was %1, not JSON.)</source>
        <translation> (Die Antwort war %1, nicht JSON.)</translation>
    </message>
    <message>
        <source> Its explanation was not in the platform&apos;s error format.</source>
        <translation> Die Erklärung war nicht im Fehlerformat der Plattform.</translation>
    </message>
    <message>
        <source>This address uses plain http://. Tokens are only sent over HTTPS (plain http is allowed for this computer only). Use the https:// address of your platform.</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http://. Tokens werden nur über HTTPS gesendet (einfaches http ist nur für diesen Computer erlaubt). Verwenden Sie die https://-Adresse Ihrer Plattform.</translation>
    </message>
    <message>
        <source>This is not a usable platform address. Enter it as https://your-platform.example.</source>
        <translation>Das ist keine verwendbare Plattformadresse. Geben Sie sie als https://ihre-plattform.example ein.</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Check your connection and the address, then try again.</source>
        <translation>Die Plattform ist nicht erreichbar. Prüfen Sie Ihre Verbindung und die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Try again in a moment.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The platform closed the connection without answering. Try again in a moment; if it keeps happening, check the address points at the platform.</source>
        <translation>Die Plattform hat die Verbindung ohne Antwort geschlossen. Versuchen Sie es gleich noch einmal; wenn das wiederholt passiert, prüfen Sie, ob die Adresse auf die Plattform zeigt.</translation>
    </message>
    <message>
        <source>The platform&apos;s secure connection could not be verified, so nothing was sent. Check the address; if it is right, the certificate may be wrong or the network intercepted.</source>
        <translation>Die sichere Verbindung zur Plattform konnte nicht bestätigt werden, daher wurde nichts gesendet. Prüfen Sie die Adresse; stimmt sie, ist vielleicht das Zertifikat falsch oder das Netzwerk wird abgehört.</translation>
    </message>
    <message>
        <source>The platform tried to send this request to another address. It was refused so that your credentials stay with the platform you chose.</source>
        <translation>Die Plattform wollte diese Anfrage an eine andere Adresse weiterleiten. Das wurde abgelehnt, damit Ihre Zugangsdaten bei der gewählten Plattform bleiben.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was far larger than expected and was refused.</source>
        <translation>Die Antwort der Plattform war viel größer als erwartet und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be understood. Check the address points at the platform.</source>
        <translation>Die Antwort der Plattform war unverständlich. Prüfen Sie, ob die Adresse auf die Plattform zeigt.</translation>
    </message>
    <message>
        <source>The platform answered with %1 instead of JSON, so nothing could be read from it. Check that the address is the platform&apos;s API address.</source>
        <translation>Die Plattform hat mit %1 statt mit JSON geantwortet, daher ließ sich nichts daraus lesen. Prüfen Sie, ob die Adresse die API-Adresse der Plattform ist.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderem</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit is used up. Try again later.</source>
        <translation>Das Anfragelimit der Plattform ist ausgeschöpft. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform reported an error. Try again later.</source>
        <translation>Die Plattform hat einen Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Wait a few minutes, then try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your saved tokens are kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre gespeicherten Tokens bleiben erhalten.</translation>
    </message>
    <message>
        <source>Only account administrators and implementation specialists may see or change API tokens. Ask one of them.</source>
        <translation>Nur Kontoadministratoren und Implementierungsspezialisten dürfen API-Tokens sehen oder ändern. Wenden Sie sich an sie.</translation>
    </message>
    <message>
        <source>Legacy tokens are already enabled for this account.</source>
        <translation>Legacy-Tokens sind für dieses Konto bereits aktiviert.</translation>
    </message>
    <message>
        <source>Legacy tokens are not enabled for this account yet.</source>
        <translation>Legacy-Tokens sind für dieses Konto noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>The platform does not know this kind of token.</source>
        <translation>Die Plattform kennt diese Art von Token nicht.</translation>
    </message>
    <message>
        <source>An API version can only be upgraded, never lowered.</source>
        <translation>Eine API-Version lässt sich nur erhöhen, nie herabsetzen.</translation>
    </message>
    <message>
        <source>The platform does not offer this API version.</source>
        <translation>Die Plattform bietet diese API-Version nicht an.</translation>
    </message>
    <message>
        <source>A Read-Only token cannot change data.</source>
        <translation>Ein Token „Nur Lesen“ kann keine Daten ändern.</translation>
    </message>
    <message>
        <source>The platform could not read the request. Update the app.</source>
        <translation>Die Plattform konnte die Anfrage nicht lesen. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The platform refused the request format. Update the app.</source>
        <translation>Die Plattform hat das Format der Anfrage abgelehnt. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The request was too large for the platform.</source>
        <translation>Die Anfrage war zu groß für die Plattform.</translation>
    </message>
    <message>
        <source>The platform refused the request as malformed. Update the app.</source>
        <translation>Die Plattform hat die Anfrage als fehlerhaft abgelehnt. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The platform does not allow this token to do that: a Read-Only token cannot change data, and a token can be limited to some calls.</source>
        <translation>Die Plattform erlaubt das diesem Token nicht: Ein Token „Nur Lesen“ kann keine Daten ändern, und ein Token kann auf bestimmte Aufrufe beschränkt sein.</translation>
    </message>
    <message>
        <source>The platform refused this Account SID and Auth Token: the token is wrong, or it was reset.</source>
        <translation>Die Plattform hat diese Account SID und dieses Auth Token abgelehnt: Das Token ist falsch oder wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>The platform had an internal error. Try again later.</source>
        <translation>Bei der Plattform ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform does not offer this function. Check the address.</source>
        <translation>Die Plattform bietet diese Funktion nicht an. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1). Try again later.</source>
        <translation>Bei der Plattform ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1).</source>
        <translation>Die Plattform hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit (%1 requests an hour) is used up. Try again later.</source>
        <translation>Das Anfragelimit der Plattform (%1 Anfragen pro Stunde) ist ausgeschöpft. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This account already has an access token with this name. Choose another name.</source>
        <translation>Dieses Konto hat bereits ein Zugriffstoken mit diesem Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The platform does not offer one of the chosen scopes. Reload the list of scopes and choose again.</source>
        <translation>Die Plattform bietet einen der gewählten Berechtigungsbereiche nicht an. Laden Sie die Liste der Berechtigungsbereiche neu und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>This account has as many access tokens as the platform allows (50). Delete one it no longer needs first.</source>
        <translation>Dieses Konto hat so viele Zugriffstokens, wie die Plattform erlaubt (50). Löschen Sie zuerst eines, das nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>The platform has no such access token: it may have been deleted. Reload the page.</source>
        <translation>Die Plattform kennt dieses Zugriffstoken nicht: Es wurde vielleicht gelöscht. Laden Sie die Seite neu.</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>IntegrationChecklist</name>
    <message>
        <source>Every listed integration has the new token.</source>
        <translation>Jede aufgeführte Integration hat das neue Token.</translation>
    </message>
</context>
<context>
    <name>IntegrationDialog</name>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>„%1“ aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add an integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
    <message>
        <source>The integration keeps its token; only this device&apos;s list forgets it, so a reset will no longer name it.</source>
        <translation>Die Integration behält ihr Token; nur die Liste dieses Geräts vergisst sie, sodass ein Zurücksetzen sie nicht mehr nennt.</translation>
    </message>
    <message>
        <source>Name (for example “Reporting sync”)</source>
        <translation>Name (zum Beispiel „Berichtsabgleich“)</translation>
    </message>
    <message>
        <source>Owner (who to ask)</source>
        <translation>Zuständig (wen man fragt)</translation>
    </message>
    <message>
        <source>Note (where it runs, what it does)</source>
        <translation>Notiz (wo sie läuft, was sie tut)</translation>
    </message>
    <message>
        <source>API categories it calls</source>
        <translation>API-Kategorien, die sie aufruft</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Ruft %1 auf</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>Aus der Liste entfernen …</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>%1 aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save the integration</source>
        <translation>Integration speichern</translation>
    </message>
    <message>
        <source>Add the integration</source>
        <translation>Integration hinzufügen</translation>
    </message>
</context>
<context>
    <name>IntegrationRow</name>
    <message>
        <source>%1, still has the old token</source>
        <translation>%1, hat noch das alte Token</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Mehr zu %1</translation>
    </message>
    <message>
        <source>Edit or remove…</source>
        <translation>Bearbeiten oder entfernen …</translation>
    </message>
    <message>
        <source>Still has the old token</source>
        <translation>Hat noch das alte Token</translation>
    </message>
    <message>
        <source>Has the new token</source>
        <translation>Hat das neue Token</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Ruft auf: %1</translation>
    </message>
    <message>
        <source>Copy new token</source>
        <translation>Neues Token kopieren</translation>
    </message>
    <message>
        <source>Copy the new token for %1</source>
        <translation>Das neue Token für %1 kopieren</translation>
    </message>
    <message>
        <source>Mark updated</source>
        <translation>Als aktualisiert markieren</translation>
    </message>
    <message>
        <source>%1 has the new token</source>
        <translation>%1 hat das neue Token</translation>
    </message>
</context>
<context>
    <name>IntegrationsCard</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 days (suggested)</source>
        <translation>Alle %1 Tage (empfohlen)</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
    <message>
        <source>Where %1 is used</source>
        <translation>Wo %1 verwendet wird</translation>
    </message>
    <message>
        <source>Each integration that holds this token. A reset then tells you which to update. Kept on this device, without the token.</source>
        <translation>Jede Integration, die dieses Token hat. Ein Zurücksetzen sagt Ihnen dann, welche Sie aktualisieren müssen. Auf diesem Gerät gespeichert, ohne das Token.</translation>
    </message>
    <message>
        <source>Copy the new token into each one below, then mark it updated.</source>
        <translation>Kopieren Sie das neue Token in jede unten, dann markieren Sie sie als aktualisiert.</translation>
    </message>
    <message>
        <source>No integration listed yet.</source>
        <translation>Noch keine Integration aufgeführt.</translation>
    </message>
    <message>
        <source>Add integration…</source>
        <translation>Integration hinzufügen …</translation>
    </message>
    <message>
        <source>Add an integration that uses %1</source>
        <translation>Eine Integration hinzufügen, die %1 verwendet</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Age counts from the token&apos;s creation or last reset (a pasted token: when it was added or replaced).</source>
        <translation>Das Alter zählt ab dem Erstellen oder letzten Zurücksetzen des Tokens (ein eingefügtes Token: ab dem Hinzufügen oder Ersetzen).</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Age not known yet.</source>
        <translation>Alter noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>%1 erneuern</translation>
    </message>
    <message>
        <source>Activity on this device</source>
        <translation>Aktivität auf diesem Gerät</translation>
    </message>
    <message>
        <source>All activity on this device</source>
        <translation>Alle Aktivität auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>IssuedToken</name>
    <message>
        <source>Shown only this once</source>
        <translation>Nur dieses eine Mal angezeigt</translation>
    </message>
    <message>
        <source>The platform never shows this Auth Token again. Copy it into the integration now; it also stays saved in this device&apos;s keychain.</source>
        <translation>Die Plattform zeigt dieses Auth Token nie wieder. Kopieren Sie es jetzt in die Integration; es bleibt auch im Schlüsselbund dieses Geräts gespeichert.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the new Auth Token</source>
        <translation>Neues Auth Token verbergen</translation>
    </message>
    <message>
        <source>Reveal the new Auth Token</source>
        <translation>Neues Auth Token anzeigen</translation>
    </message>
    <message>
        <source>The keychain did not store the new token. Copy it now, then retry saving.</source>
        <translation>Der Schlüsselbund hat das neue Token nicht gespeichert. Kopieren Sie es jetzt und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>KeychainProblemView</name>
    <message>
        <source>This account&apos;s tokens cannot be read from the keychain</source>
        <translation>Die Tokens dieses Kontos können nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Read this account from the keychain again</source>
        <translation>Dieses Konto erneut aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>Nothing was changed or removed. Once the keychain is unlocked, Try again shows the account as it was.</source>
        <translation>Nichts wurde geändert oder entfernt. Sobald der Schlüsselbund entsperrt ist, zeigt „Erneut versuchen“ das Konto wie zuvor.</translation>
    </message>
</context>
<context>
    <name>LabeledField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>LegacyTokensCard</name>
    <message>
        <source>Legacy Account Tokens. Open Overview and API Credentials</source>
        <translation>Legacy-Konto-Tokens. Übersicht und API-Zugangsdaten öffnen</translation>
    </message>
    <message>
        <source>Legacy Account Tokens</source>
        <translation>Legacy-Konto-Tokens</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <source>The platform&apos;s older kind of API credentials: one Read/Write and one Read-Only token for the whole agency. Select the card to see and copy them.</source>
        <translation>Die ältere Art von API-Zugangsdaten der Plattform: ein Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ für die ganze Agentur. Wählen Sie die Karte, um sie anzusehen und zu kopieren.</translation>
    </message>
    <message>
        <source>Move to scoped tokens…</source>
        <translation>Zu Tokens mit Berechtigungsbereichen wechseln …</translation>
    </message>
</context>
<context>
    <name>MobileDrawer</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
</context>
<context>
    <name>MoreButton</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>MoveToScopedDialog</name>
    <message>
        <source>%1 replacement</source>
        <translation>Ersatz für %1</translation>
    </message>
    <message>
        <source>Scoped token created</source>
        <translation>Token mit Berechtigungsbereichen erstellt</translation>
    </message>
    <message>
        <source>Move to scoped tokens</source>
        <translation>Zu Tokens mit Berechtigungsbereichen wechseln</translation>
    </message>
    <message>
        <source>The platform asks agencies to move off legacy tokens. Give each integration a scoped token that may call only what it needs; then reset the legacy token.</source>
        <translation>Die Plattform bittet Agenturen, keine Legacy-Tokens mehr zu verwenden. Geben Sie jeder Integration ein Token mit Berechtigungsbereichen, das nur aufrufen darf, was sie braucht; setzen Sie dann das Legacy-Token zurück.</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Replace the Read/Write token</source>
        <translation>Token „Lesen/Schreiben“ ersetzen</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Replace the Read-Only token</source>
        <translation>Token „Nur Lesen“ ersetzen</translation>
    </message>
    <message>
        <source>Not known yet: check what the %1 token can reach. The scoped token gets the scopes of the API categories it reaches%2.</source>
        <translation>Noch nicht bekannt: Prüfen Sie, was das Token „%1“ erreichen kann. Das Token mit Berechtigungsbereichen erhält die Berechtigungsbereiche der API-Kategorien, die es erreicht%2.</translation>
    </message>
    <message>
        <source>, reads only</source>
        <translation>, nur lesend</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Reichweite prüfen</translation>
    </message>
    <message>
        <source>Check what the %1 token can reach</source>
        <translation>Prüfen, was das Token „%1“ erreichen kann</translation>
    </message>
    <message>
        <source>Scopes for a token that does what the %1 token was found to reach:</source>
        <translation>Berechtigungsbereiche für ein Token, das erreicht, was die Prüfung für das Token „%1“ ergab:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Hauptkontakt (E-Mail)</translation>
    </message>
    <message>
        <source>In the platform&apos;s web app:</source>
        <translation>In der Web-App der Plattform:</translation>
    </message>
    <message>
        <source>1. Open %1 and go to %2.</source>
        <translation>1. Öffnen Sie %1 und gehen Sie zu %2.</translation>
    </message>
    <message>
        <source>2. Select Create Access Token and name it, e.g. “%1”.</source>
        <translation>2. Wählen Sie „Zugriffstoken erstellen“ und benennen Sie es, z. B. „%1“.</translation>
    </message>
    <message>
        <source>3. Choose the scopes listed above, then create it.</source>
        <translation>3. Wählen Sie die oben aufgeführten Berechtigungsbereiche und erstellen Sie es.</translation>
    </message>
    <message>
        <source>4. Copy its Account SID and Auth Token (shown once) and use Add scoped token… here.</source>
        <translation>4. Kopieren Sie seine Account SID und sein Auth Token (nur einmal angezeigt) und verwenden Sie hier „Token hinzufügen …“.</translation>
    </message>
    <message>
        <source>5. Give it to the integrations, then reset the legacy %1 token.</source>
        <translation>5. Geben Sie es den Integrationen und setzen Sie dann das Legacy-Token „%1“ zurück.</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Creating the scoped token…</source>
        <translation>Token mit Berechtigungsbereichen wird erstellt …</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Create scoped token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Create a scoped token to replace the %1 token</source>
        <translation>Token mit Berechtigungsbereichen als Ersatz für das Token „%1“ erstellen</translation>
    </message>
    <message>
        <source>Replaces the legacy %1 token.</source>
        <translation>Ersetzt das Legacy-Token „%1“.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. %1</source>
        <translation>Offline. %1</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry connecting to the platform</source>
        <translation>Erneut mit der Plattform verbinden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Saved tokens still copy.</source>
        <translation>&lt;b&gt;Offline.&lt;/b&gt; Kopieren geht weiter.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>About these tokens</source>
        <translation>Über diese Tokens</translation>
    </message>
    <message>
        <source>Legacy tokens keep working, but they are the older way to reach the API. Give each integration only the token it needs, and reset a token whenever it may have leaked.</source>
        <translation>Legacy-Tokens funktionieren weiterhin, sind aber der ältere Weg zur API. Geben Sie jeder Integration nur das Token, das sie braucht, und setzen Sie ein Token zurück, sobald es bekannt geworden sein könnte.</translation>
    </message>
    <message>
        <source>Legacy tokens are the platform&apos;s older kind of API token: the only kind before April 2025, and still available beside scoped access tokens. Your agency has two: the &lt;b&gt;Read/Write&lt;/b&gt; token for integrations that change data, and the &lt;b&gt;Read-Only&lt;/b&gt; token for those that only read. An integration sends the Account SID as user name and the Auth Token as password.</source>
        <translation>Legacy-Tokens sind die ältere Art von API-Tokens der Plattform: bis April 2025 die einzige, und weiterhin neben Zugriffstokens mit Berechtigungsbereichen verfügbar. Ihre Agentur hat zwei: das Token &lt;b&gt;Lesen/Schreiben&lt;/b&gt; für Integrationen, die Daten ändern, und das Token &lt;b&gt;Nur Lesen&lt;/b&gt; für solche, die nur lesen. Eine Integration sendet die Account SID als Benutzernamen und das Auth Token als Passwort.</translation>
    </message>
</context>
<context>
    <name>ProbeDialog</name>
    <message>
        <source>What “%1” can reach</source>
        <translation>Was „%1“ erreichen kann</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Asking the platform, one request per API category…</source>
        <translation>Die Plattform wird gefragt, eine Anfrage pro API-Kategorie …</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ProbeRows</name>
    <message>
        <source>Not checked yet. A check sends one cheap request per API category and reads only the answer&apos;s status: nothing is changed.</source>
        <translation>Noch nicht geprüft. Eine Prüfung sendet eine einfache Anfrage pro API-Kategorie und liest nur den Status der Antwort: Nichts wird geändert.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied (403)</source>
        <translation>Verweigert (403)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>This removes the account and its saved tokens from this device&apos;s keychain. Other accounts keep theirs. The tokens themselves keep working for your integrations.</source>
        <translation>Das entfernt das Konto und seine gespeicherten Tokens aus dem Schlüsselbund dieses Geräts. Andere Konten behalten ihre. Die Tokens selbst funktionieren für Ihre Integrationen weiter.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the account and its saved tokens</source>
        <translation>Konto und gespeicherte Tokens entfernen</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>Neuen Namen speichern</translation>
    </message>
</context>
<context>
    <name>ReplaceTokenDialog</name>
    <message>
        <source>%1 token replaced</source>
        <translation>Token „%1“ ersetzt</translation>
    </message>
    <message>
        <source>Replace the %1 token</source>
        <translation>Token „%1“ ersetzen</translation>
    </message>
    <message>
        <source>Reset the token in the platform&apos;s web app first (%1), then paste the new Auth Token here. It replaces the saved one only if it passes and the old one no longer does.</source>
        <translation>Setzen Sie das Token zuerst in der Web-App der Plattform zurück (%1) und fügen Sie dann hier das neue Auth Token ein. Es ersetzt das gespeicherte nur, wenn es gültig ist und das alte nicht mehr.</translation>
    </message>
    <message>
        <source>New Auth Token</source>
        <translation>Neues Auth Token</translation>
    </message>
    <message>
        <source>Checking the new and the old token</source>
        <translation>Neues und altes Token werden geprüft</translation>
    </message>
    <message>
        <source>Checking that the new token passes and the old one fails…</source>
        <translation>Es wird geprüft, ob das neue Token gültig ist und das alte nicht mehr …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check and replace</source>
        <translation>Prüfen und ersetzen</translation>
    </message>
    <message>
        <source>Check and replace the %1 token</source>
        <translation>Token „%1“ prüfen und ersetzen</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>New %1 token ready</source>
        <translation>Neues Token „%1“ bereit</translation>
    </message>
    <message>
        <source>Reset (%1)?</source>
        <translation>Zurücksetzen (%1)?</translation>
    </message>
    <message>
        <source>A new Auth Token replaces the current %1 token. The old value stops passing authorization at once: every integration that still uses it fails until you update it with the new token.</source>
        <translation>Ein neues Auth Token ersetzt das aktuelle Token „%1“. Der alte Wert wird sofort nicht mehr autorisiert: Jede Integration, die noch den alten Wert verwendet, schlägt fehl, bis Sie sie mit dem neuen Token aktualisieren.</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Resetting the %1 token…</source>
        <translation>Token „%1“ wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>The token was not reset</source>
        <translation>Das Token wurde nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Reset token</source>
        <translation>Token zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the %1 token</source>
        <translation>Token „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ResetResult</name>
    <message>
        <source>The old %1 token no longer works. Copy the new one into your integrations now.</source>
        <translation>Das alte Token „%1“ funktioniert nicht mehr. Kopieren Sie jetzt das neue in Ihre Integrationen.</translation>
    </message>
    <message>
        <source>New Auth Token</source>
        <translation>Neues Auth Token</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command with the new %1 token</source>
        <translation>curl-Befehl mit dem neuen Token „%1“ kopieren</translation>
    </message>
    <message>
        <source>Copy as environment</source>
        <translation>Als Umgebung kopieren</translation>
    </message>
    <message>
        <source>Copy the new %1 credentials as environment variables</source>
        <translation>Die neuen Zugangsdaten „%1“ als Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <source>The keychain did not store the new token. Copy it now, then retry saving.</source>
        <translation>Der Schlüsselbund hat das neue Token nicht gespeichert. Kopieren Sie es jetzt und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The platform shows it only this once; it stays saved on this device.</source>
        <translation>Die Plattform zeigt es nur dieses eine Mal; auf diesem Gerät bleibt es gespeichert.</translation>
    </message>
</context>
<context>
    <name>RestWebServicesPage</name>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Plattform-REST-Webdienste</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Integrations call the platform&apos;s REST API with HTTP Basic auth: the Account SID as user name and the Auth Token as password.</source>
        <translation>Integrationen rufen die REST-API der Plattform mit HTTP-Basic-Authentifizierung auf: die Account SID als Benutzername und das Auth Token als Passwort.</translation>
    </message>
    <message>
        <source>You can&apos;t manage API tokens</source>
        <translation>Sie können keine API-Tokens verwalten</translation>
    </message>
    <message>
        <source>Legacy tokens are off</source>
        <translation>Legacy-Tokens sind deaktiviert</translation>
    </message>
    <message>
        <source>Select Enable Legacy Tokens if an integration needs them. The platform then creates a Read/Write and a Read-Only token for %1. This cannot be undone.</source>
        <translation>Wählen Sie „Legacy-Tokens aktivieren“, wenn eine Integration sie braucht. Die Plattform erstellt dann ein Token „Lesen/Schreiben“ und ein Token „Nur Lesen“ für %1. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>A new token is not saved on this device yet</source>
        <translation>Ein neues Token ist noch nicht auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>It is shown and can be copied now, but the keychain did not store it.</source>
        <translation>Es wird angezeigt und kann jetzt kopiert werden, aber der Schlüsselbund hat es nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reset a token right after enabling, whenever it may have leaked, and on a schedule.</source>
        <translation>Setzen Sie ein Token gleich nach dem Aktivieren zurück, sobald es bekannt geworden sein könnte, und regelmäßig.</translation>
    </message>
    <message>
        <source>Reset in the web app, then Replace token… here.</source>
        <translation>Setzen Sie es in der Web-App zurück und verwenden Sie dann hier „Token ersetzen …“.</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
    <message>
        <source>API reference ↗</source>
        <translation>API-Referenz ↗</translation>
    </message>
    <message>
        <source>Open the API reference in the browser</source>
        <translation>API-Referenz im Browser öffnen</translation>
    </message>
    <message>
        <source>The same token in two accounts</source>
        <translation>Dasselbe Token in zwei Konten</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Retrieve company information</source>
        <translation>Unternehmensinformationen abrufen</translation>
    </message>
    <message>
        <source>Update company information</source>
        <translation>Unternehmensinformationen ändern</translation>
    </message>
    <message>
        <source>Advertisers</source>
        <translation>Werbetreibende</translation>
    </message>
    <message>
        <source>List advertisers</source>
        <translation>Werbetreibende auflisten</translation>
    </message>
    <message>
        <source>Retrieve an advertiser</source>
        <translation>Einen Werbetreibenden abrufen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>List reports</source>
        <translation>Berichte auflisten</translation>
    </message>
    <message>
        <source>Retrieve report metadata</source>
        <translation>Metadaten eines Berichts abrufen</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Einen Bericht exportieren</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Retrieve a job&apos;s status</source>
        <translation>Status eines Auftrags abrufen</translation>
    </message>
    <message>
        <source>Download a job&apos;s results</source>
        <translation>Ergebnisse eines Auftrags herunterladen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Submit compliance content</source>
        <translation>Inhalte zur Compliance-Prüfung einreichen</translation>
    </message>
    <message>
        <source>Retrieve a compliance submission&apos;s status</source>
        <translation>Status einer Compliance-Einreichung abrufen</translation>
    </message>
    <message>
        <source>Retrieve a compliance submission&apos;s results</source>
        <translation>Ergebnisse einer Compliance-Einreichung abrufen</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>%1 of %2 scopes chosen.</source>
        <translation>%1 von %2 Berechtigungsbereichen gewählt.</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <source>Clear all scopes</source>
        <translation>Alle Berechtigungsbereiche abwählen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All %1 scopes</source>
        <translation>Alle Berechtigungsbereiche (%1)</translation>
    </message>
</context>
<context>
    <name>ScopeProbe</name>
    <message>
        <source>Not asked: the platform refused this Account SID and Auth Token.</source>
        <translation>Nicht gefragt: Die Plattform hat diese Account SID und dieses Auth Token abgelehnt.</translation>
    </message>
    <message>
        <source>Not asked: the platform&apos;s request limit is used up.</source>
        <translation>Nicht gefragt: Das Anfragelimit der Plattform ist ausgeschöpft.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer (HTTP %1) says neither yes nor no.</source>
        <translation>Die Antwort der Plattform (HTTP %1) sagt weder ja noch nein.</translation>
    </message>
</context>
<context>
    <name>ScopedCredentialsTab</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Who to tell before this token is reset: every integration that uses it must get the new value.</source>
        <translation>Wen Sie vor dem Zurücksetzen dieses Tokens informieren sollten: Jede Integration, die es verwendet, braucht den neuen Wert.</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Developer e-mails</source>
        <translation>Entwickler-E-Mails</translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation>Token ersetzen</translation>
    </message>
    <message>
        <source>Reset Token</source>
        <translation>Token zurücksetzen</translation>
    </message>
    <message>
        <source>Reset it in the web app (%1 › its card › API Credentials), then paste the new Auth Token here.</source>
        <translation>Setzen Sie es in der Web-App zurück (%1 › seine Karte › API-Zugangsdaten) und fügen Sie dann hier das neue Auth Token ein.</translation>
    </message>
    <message>
        <source>A new Auth Token at once; the old one stops working, with no grace period.</source>
        <translation>Sofort ein neues Auth Token; das alte funktioniert ohne Übergangsfrist nicht mehr.</translation>
    </message>
    <message>
        <source>Replace token…</source>
        <translation>Token ersetzen …</translation>
    </message>
    <message>
        <source>Replace the token %1</source>
        <translation>Token %1 ersetzen</translation>
    </message>
    <message>
        <source>Reset the token %1</source>
        <translation>Token %1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ScopedOverviewTab</name>
    <message>
        <source>Details and contacts</source>
        <translation>Angaben und Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Developer e-mails</source>
        <translation>Entwickler-E-Mails</translation>
    </message>
    <message>
        <source>Edit the name, description and contacts of %1</source>
        <translation>Name, Beschreibung und Kontakte von %1 bearbeiten</translation>
    </message>
    <message>
        <source>A pasted token&apos;s name here is yours; its description and contacts are changed in the platform&apos;s web app.</source>
        <translation>Den Namen eines eingefügten Tokens legen Sie hier selbst fest; Beschreibung und Kontakte werden in der Web-App der Plattform geändert.</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten …</translation>
    </message>
</context>
<context>
    <name>ScopedScopesTab</name>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <source>The API calls this token may make. Anything else gets 403, as if it were not there.</source>
        <translation>Die API-Aufrufe, die dieses Token machen darf. Alles andere erhält 403, als wäre es nicht vorhanden.</translation>
    </message>
    <message>
        <source>Loading the scopes</source>
        <translation>Berechtigungsbereiche werden geladen</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s scopes…</source>
        <translation>Berechtigungsbereiche der Plattform werden geladen …</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Undo the changes to the scopes</source>
        <translation>Änderungen an den Berechtigungsbereichen verwerfen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update the scopes of %1</source>
        <translation>Berechtigungsbereiche von %1 aktualisieren</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Berechtigungsbereich.</translation>
    </message>
    <message>
        <source>What it can reach</source>
        <translation>Was es erreichen kann</translation>
    </message>
    <message>
        <source>Checked against the platform, one request per API category.</source>
        <translation>Bei der Plattform geprüft, eine Anfrage pro API-Kategorie.</translation>
    </message>
    <message>
        <source>The platform does not tell which scopes a pasted token has. A check asks, one request per API category, and reads only whether each is allowed.</source>
        <translation>Die Plattform verrät nicht, welche Berechtigungsbereiche ein eingefügtes Token hat. Eine Prüfung fragt nach, eine Anfrage pro API-Kategorie, und liest nur, ob jede erlaubt ist.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Reichweite prüfen</translation>
    </message>
    <message>
        <source>Check what %1 can reach</source>
        <translation>Prüfen, was %1 erreichen kann</translation>
    </message>
    <message>
        <source>Update the scopes of “%1”?</source>
        <translation>Berechtigungsbereiche von „%1“ aktualisieren?</translation>
    </message>
    <message>
        <source>It will have %1 scopes. The change takes effect at once: an integration that calls something outside them gets 403 from then on. Its Auth Token stays the same.</source>
        <translation>Es hat dann %1 Berechtigungsbereiche. Die Änderung gilt sofort: Eine Integration, die etwas außerhalb davon aufruft, erhält ab dann 403. Sein Auth Token bleibt gleich.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Update the scopes</source>
        <translation>Berechtigungsbereiche aktualisieren</translation>
    </message>
</context>
<context>
    <name>ScopedTokenCard</name>
    <message>
        <source>Scoped access token %1. Open Overview, API Credentials and API Scopes</source>
        <translation>Zugriffstoken mit Berechtigungsbereichen %1. Übersicht, API-Zugangsdaten und Berechtigungsbereiche öffnen</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>Mit Berechtigungsbereichen</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Mehr für %1</translation>
    </message>
    <message>
        <source>Reset Token</source>
        <translation>Token zurücksetzen</translation>
    </message>
    <message>
        <source>Replace token…</source>
        <translation>Token ersetzen …</translation>
    </message>
    <message>
        <source>Add its Auth Token…</source>
        <translation>Auth Token hinzufügen …</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Reichweite prüfen</translation>
    </message>
    <message>
        <source>Remove from this device…</source>
        <translation>Von diesem Gerät entfernen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Its Auth Token is not on this device.</source>
        <translation>Sein Auth Token ist nicht auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>ScopedTokenPage</name>
    <message>
        <source>Scoped access token</source>
        <translation>Zugriffstoken mit Berechtigungsbereichen</translation>
    </message>
    <message>
        <source>A scoped access token of %1.</source>
        <translation>Ein Zugriffstoken mit Berechtigungsbereichen von %1.</translation>
    </message>
    <message>
        <source>This token is no longer on this account (deleted, or the app was restarted).</source>
        <translation>Dieses Token gehört nicht mehr zu diesem Konto (gelöscht, oder die App wurde neu gestartet).</translation>
    </message>
    <message>
        <source>Open Platform REST Web Services</source>
        <translation>Plattform-REST-Webdienste öffnen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>API-Zugangsdaten</translation>
    </message>
    <message>
        <source>API Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
</context>
<context>
    <name>ScopedTokensSection</name>
    <message>
        <source>Scoped access tokens</source>
        <translation>Zugriffstokens mit Berechtigungsbereichen</translation>
    </message>
    <message>
        <source>What the platform issues now: each with its own Account SID and Auth Token, allowed only the API calls of its scopes.</source>
        <translation>Was die Plattform heute ausgibt: jedes mit eigener Account SID und eigenem Auth Token, nur für die API-Aufrufe seiner Berechtigungsbereiche zugelassen.</translation>
    </message>
    <message>
        <source>Create Access Token</source>
        <translation>Zugriffstoken erstellen</translation>
    </message>
    <message>
        <source>Add scoped token…</source>
        <translation>Token hinzufügen …</translation>
    </message>
    <message>
        <source>Add a scoped token made in the web app</source>
        <translation>Ein in der Web-App erstelltes Token mit Berechtigungsbereichen hinzufügen</translation>
    </message>
    <message>
        <source>No scoped token on this device yet. Create one in the web app, then add it here.</source>
        <translation>Noch kein Token mit Berechtigungsbereichen auf diesem Gerät. Erstellen Sie eines in der Web-App und fügen Sie es dann hier hinzu.</translation>
    </message>
    <message>
        <source>No scoped access token yet. Create one per integration, with only the scopes it needs.</source>
        <translation>Noch kein Zugriffstoken mit Berechtigungsbereichen. Erstellen Sie eines pro Integration, nur mit den Berechtigungsbereichen, die sie braucht.</translation>
    </message>
</context>
<context>
    <name>SecurityTipsPage</name>
    <message>
        <source>Reset right after enabling</source>
        <translation>Gleich nach dem Aktivieren zurücksetzen</translation>
    </message>
    <message>
        <source>Enabling creates both tokens. Reset them at once, so that only the people who need a token have ever seen it.</source>
        <translation>Beim Aktivieren entstehen beide Tokens. Setzen Sie sie sofort zurück, damit nur die Personen sie je gesehen haben, die ein Token brauchen.</translation>
    </message>
    <message>
        <source>Reset on any suspected compromise</source>
        <translation>Bei jedem Verdacht zurücksetzen</translation>
    </message>
    <message>
        <source>If a token may have leaked (a shared screen, a lost laptop, someone who left), reset it now. The old value stops working immediately.</source>
        <translation>Wenn ein Token bekannt geworden sein könnte (ein geteilter Bildschirm, ein verlorener Laptop, jemand hat das Team verlassen), setzen Sie es jetzt zurück. Der alte Wert funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Rotate on a schedule</source>
        <translation>Regelmäßig erneuern</translation>
    </message>
    <message>
        <source>Reset each token regularly, for example every 90 days, and update your integrations in the same change.</source>
        <translation>Setzen Sie jedes Token regelmäßig zurück, zum Beispiel alle 90 Tage, und aktualisieren Sie Ihre Integrationen im selben Schritt.</translation>
    </message>
    <message>
        <source>Never paste tokens into chats, tickets or email</source>
        <translation>Tokens nie in Chats, Tickets oder E-Mails einfügen</translation>
    </message>
    <message>
        <source>Do not commit them to source control either. Keep them in a secret manager or the integration&apos;s protected settings.</source>
        <translation>Checken Sie sie auch nicht in die Versionsverwaltung ein. Bewahren Sie sie in einem Secret-Manager oder in den geschützten Einstellungen der Integration auf.</translation>
    </message>
    <message>
        <source>Use the Read-Only token where you can</source>
        <translation>Wo möglich das Token „Nur Lesen“ verwenden</translation>
    </message>
    <message>
        <source>An integration that only reads should never hold the Read/Write token.</source>
        <translation>Eine Integration, die nur liest, sollte nie das Token „Lesen/Schreiben“ haben.</translation>
    </message>
    <message>
        <source>Let the clipboard forget</source>
        <translation>Die Zwischenablage vergessen lassen</translation>
    </message>
    <message>
        <source>Copied values are cleared automatically. Choose how fast under Settings › Clipboard.</source>
        <translation>Kopierte Werte werden automatisch gelöscht. Wie schnell, legen Sie unter Einstellungen › Zwischenablage fest.</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
    <message>
        <source>A token is as good as a password to your agency&apos;s data.</source>
        <translation>Ein Token ist so viel wert wie ein Passwort zu den Daten Ihrer Agentur.</translation>
    </message>
    <message>
        <source>Open the API reference ↗</source>
        <translation>API-Referenz öffnen ↗</translation>
    </message>
    <message>
        <source>Open the API reference in the browser</source>
        <translation>API-Referenz im Browser öffnen</translation>
    </message>
    <message>
        <source>Keep tokens out of shell history</source>
        <translation>Tokens aus dem Shell-Verlauf heraushalten</translation>
    </message>
    <message>
        <source>Copy as curl starts the line with a space: bash (HISTCONTROL=ignorespace) and zsh (HIST_IGNORE_SPACE) then leave it out of their history. For scripts, agency-tokens-cli run puts the token in one program&apos;s environment and nowhere else.</source>
        <translation>„Als curl kopieren“ beginnt die Zeile mit einem Leerzeichen: bash (HISTCONTROL=ignorespace) und zsh (HIST_IGNORE_SPACE) nehmen sie dann nicht in den Verlauf auf. In Skripten legt agency-tokens-cli run das Token nur in die Umgebung eines einzigen Programms.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 · tokens only</source>
        <translation>%1 · nur Tokens</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · angemeldet als %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Plattform-REST-Webdienste</translation>
    </message>
    <message>
        <source>API access for your integrations: legacy tokens, API version</source>
        <translation>API-Zugang für Ihre Integrationen: Legacy-Tokens, API-Version</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
    <message>
        <source>How to keep access tokens secret</source>
        <translation>So bleiben Zugriffstokens geheim</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>API-Referenz</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Removing it removes its saved tokens from this device.</source>
        <translation>Beim Entfernen werden seine gespeicherten Tokens von diesem Gerät gelöscht.</translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s saved tokens from this device.</source>
        <translation>Beim Abmelden werden die gespeicherten Tokens dieses Kontos von diesem Gerät gelöscht.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Menu, expanded</source>
        <translation>Menü, ausgeklappt</translation>
    </message>
    <message>
        <source>Menu, collapsed</source>
        <translation>Menü, eingeklappt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Plattform-REST-Webdienste</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Sicherheitstipps</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Your session for %1 ended. Sign in again; its saved tokens are kept.</source>
        <translation>Ihre Sitzung für %1 ist abgelaufen. Melden Sie sich erneut an; die gespeicherten Tokens bleiben erhalten.</translation>
    </message>
    <message>
        <source>For a platform that offers the token management API, such as the reference server. On impact.com, add the tokens you already have instead.</source>
        <translation>Für eine Plattform mit der API zur Token-Verwaltung, etwa den Referenzserver. Bei impact.com fügen Sie stattdessen Ihre vorhandenen Tokens hinzu.</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Plattformadresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>This removes the account and its saved tokens from this device&apos;s keychain. Other accounts keep theirs. The tokens themselves keep working for your integrations.</source>
        <translation>Das entfernt das Konto und seine gespeicherten Tokens aus dem Schlüsselbund dieses Geräts. Andere Konten behalten ihre. Die Tokens selbst funktionieren für Ihre Integrationen weiter.</translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s saved tokens and session from this device&apos;s keychain; other accounts keep theirs. The tokens themselves keep working for your integrations; after you sign in again they are fetched from the platform.</source>
        <translation>Beim Abmelden werden die gespeicherten Tokens und die Sitzung dieses Kontos aus dem Schlüsselbund dieses Geräts entfernt; andere Konten behalten ihre. Die Tokens selbst funktionieren für Ihre Integrationen weiter; nach der nächsten Anmeldung werden sie von der Plattform geholt.</translation>
    </message>
    <message>
        <source>The platform cannot be told</source>
        <translation>Die Plattform kann nicht benachrichtigt werden</translation>
    </message>
    <message>
        <source>You are offline, so your session stays valid on the platform until %1. Sign out when you are back online to end it at once.</source>
        <translation>Sie sind offline, daher bleibt Ihre Sitzung auf der Plattform bis %1 gültig. Melden Sie sich ab, wenn Sie wieder online sind, um sie sofort zu beenden.</translation>
    </message>
    <message>
        <source>You are offline, so your session stays valid on the platform until it expires. Sign out when you are back online to end it at once.</source>
        <translation>Sie sind offline, daher bleibt Ihre Sitzung auf der Plattform gültig, bis sie abläuft. Melden Sie sich ab, wenn Sie wieder online sind, um sie sofort zu beenden.</translation>
    </message>
    <message>
        <source>A new token was never saved on this device. Copy it first if you still need it.</source>
        <translation>Ein neues Token wurde nie auf diesem Gerät gespeichert. Kopieren Sie es zuerst, wenn Sie es noch brauchen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove the account and its saved tokens</source>
        <translation>Konto und gespeicherte Tokens entfernen</translation>
    </message>
    <message>
        <source>Sign out and remove saved tokens</source>
        <translation>Abmelden und gespeicherte Tokens entfernen</translation>
    </message>
</context>
<context>
    <name>StartingView</name>
    <message>
        <source>Opening the keychain</source>
        <translation>Schlüsselbund wird geöffnet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command with the %1 token</source>
        <translation>curl-Befehl mit dem Token „%1“ kopieren</translation>
    </message>
    <message>
        <source>Copy as environment</source>
        <translation>Als Umgebung kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 credentials as environment variables</source>
        <translation>Zugangsdaten „%1“ als Umgebungsvariablen kopieren</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Verify that the %1 token passes authorization</source>
        <translation>Prüfen, ob das Token „%1“ autorisiert wird</translation>
    </message>
</context>
<context>
    <name>TokenCredentials</name>
    <message>
        <source>For integrations that read and change data.</source>
        <translation>Für Integrationen, die Daten lesen und ändern.</translation>
    </message>
    <message>
        <source>For integrations that only read.</source>
        <translation>Für Integrationen, die nur lesen.</translation>
    </message>
    <message>
        <source>Not saved on this device</source>
        <translation>Nicht auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>The platform issued this token, but the keychain has not stored it. Copy it now if you need it, then retry saving.</source>
        <translation>Die Plattform hat dieses Token ausgegeben, aber der Schlüsselbund hat es nicht gespeichert. Kopieren Sie es jetzt, wenn Sie es brauchen, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the %1 Auth Token</source>
        <translation>Auth Token „%1“ verbergen</translation>
    </message>
    <message>
        <source>Reveal the %1 Auth Token</source>
        <translation>Auth Token „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Its own Account SID and Auth Token, sent as HTTP Basic; it may call only what its scopes allow.</source>
        <translation>Eigene Account SID und eigenes Auth Token, gesendet als HTTP Basic; es darf nur aufrufen, was seine Berechtigungsbereiche erlauben.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPage</name>
    <message>
        <source>Legacy Account Tokens</source>
        <translation>Legacy-Konto-Tokens</translation>
    </message>
    <message>
        <source>The Read/Write and the Read-Only token of %1.</source>
        <translation>Das Token „Lesen/Schreiben“ und das Token „Nur Lesen“ von %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>API-Zugangsdaten</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
</context>
<context>
    <name>TokenFields</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Which token</source>
        <translation>Welches Token</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
</context>
<context>
    <name>TokenKind</name>
    <message>
        <source>Read/Write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>Mit Berechtigungsbereichen</translation>
    </message>
</context>
<context>
    <name>TokenOverview</name>
    <message>
        <source>Version %1 (current)</source>
        <translation>Version %1 (aktuell)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <source>Reads and changes data through the API.</source>
        <translation>Liest und ändert Daten über die API.</translation>
    </message>
    <message>
        <source>Only reads: the platform refuses writes made with it.</source>
        <translation>Nur lesend: Die Plattform lehnt Schreibzugriffe damit ab.</translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation>Zuletzt zurückgesetzt</translation>
    </message>
    <message>
        <source>API Version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>API Version of the %1 token</source>
        <translation>API-Version des Tokens „%1“</translation>
    </message>
    <message>
        <source>A newer API version is available. Upgrading only goes forward.</source>
        <translation>Eine neuere API-Version ist verfügbar. Umstellen geht nur vorwärts.</translation>
    </message>
    <message>
        <source>This token uses the newest API version.</source>
        <translation>Dieses Token verwendet die neueste API-Version.</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>Mit Berechtigungsbereichen</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>TokenSummary</name>
    <message>
        <source>%1 token, Account SID %2, API version %3, last reset %4</source>
        <translation>Token „%1“, Account SID %2, API-Version %3, zuletzt zurückgesetzt %4</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation>Zuletzt zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 token, not added</source>
        <translation>%1-Token, nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Not added yet (More ⋮)</source>
        <translation>Noch nicht hinzugefügt (Mehr ⋮)</translation>
    </message>
</context>
<context>
    <name>UnsavedTokenNotice</name>
    <message>
        <source>Retry saving</source>
        <translation>Erneut speichern</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade to API version %1?</source>
        <translation>Auf API-Version %1 umstellen?</translation>
    </message>
    <message>
        <source>The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2 instead of %3.</source>
        <translation>Das Token „%1“ behält seinen Wert, aber Anfragen ohne IR-Version-Header beantwortet dann Version %2 statt %3.</translation>
    </message>
    <message>
        <source>The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2.</source>
        <translation>Das Token „%1“ behält seinen Wert, aber Anfragen ohne IR-Version-Header beantwortet dann Version %2.</translation>
    </message>
    <message>
        <source>Existing calls may break. An upgrade cannot be undone.</source>
        <translation>Bestehende Aufrufe können fehlschlagen. Eine Umstellung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Try it first: this checks the token against version %1 without changing anything.</source>
        <translation>Probieren Sie es zuerst aus: Das prüft das Token mit Version %1, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>Wird umgestellt</translation>
    </message>
    <message>
        <source>Trying version %1</source>
        <translation>Version %1 wird ausprobiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try version %1 first</source>
        <translation>Erst Version %1 ausprobieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Umstellen</translation>
    </message>
    <message>
        <source>Upgrade the %1 token to version %2</source>
        <translation>Token „%1“ auf Version %2 umstellen</translation>
    </message>
</context>
<context>
    <name>UserBadge</name>
    <message>
        <source>Tokens only · %1</source>
        <translation>Nur Tokens · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove %1 and its saved tokens</source>
        <translation>%1 und seine gespeicherten Tokens entfernen</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Von %1 abmelden</translation>
    </message>
</context>
<context>
    <name>WebAppNotice</name>
    <message>
        <source>Enabling, resetting and upgrading tokens</source>
        <translation>Aktivieren, Zurücksetzen und Umstellen von Tokens</translation>
    </message>
    <message>
        <source>%1 happen in the platform&apos;s web app</source>
        <translation>%1 geschieht in der Web-App der Plattform</translation>
    </message>
    <message>
        <source>Open %1 and go to %2. After a reset there, use Replace token… here: the app checks the new token and that the old one stopped working before it overwrites the saved one.</source>
        <translation>Öffnen Sie %1 und gehen Sie zu %2. Verwenden Sie nach einem Zurücksetzen dort hier „Token ersetzen …“: Die App prüft das neue Token und ob das alte nicht mehr funktioniert, bevor sie das gespeicherte überschreibt.</translation>
    </message>
    <message>
        <source>No browser opened. Open this address yourself: %1</source>
        <translation>Es hat sich kein Browser geöffnet. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>Open the web app ↗</source>
        <translation>Web-App öffnen ↗</translation>
    </message>
    <message>
        <source>Open the platform&apos;s web app in the browser</source>
        <translation>Web-App der Plattform im Browser öffnen</translation>
    </message>
</context>
</TS>
