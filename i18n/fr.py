# French. Read by scripts/translations: English source text -> translation.
# A key "Context|source" translates one context only.
# Terms: token = jeton; legacy tokens = jetons hérités; keychain = trousseau;
# reset = réinitialiser; upgrade = passer à une version; verify = vérifier; passes = est valide.
# The path of the platform: Menu → Paramètres → Compte → Technique → Services web REST de la plateforme.
# Proper names stay: Agency Tokens, Account SID, Auth Token, IR-Version, curl, JSON, XML.
# Written with plain spaces before « : ; ? ! » and inside « »; made non-breaking at the end.

TRANSLATIONS = {
    # AccountSid
    "The Account SID is empty.": "L'Account SID est vide.",
    'An Account SID starts with "IR".': "Un Account SID commence par « IR ».",
    'An Account SID has only letters and digits after "IR" (character %1 is not one).':
        "Un Account SID ne contient que des lettres et des chiffres après « IR » (le caractère %1 n'en est pas un).",
    "An Account SID is %1 characters long, this one has %2.":
        "Un Account SID compte %1 caractères, celui-ci en a %2.",
    # AccountSwitcher, AccountsCard
    "Accounts": "Comptes",
    "%1, tokens only": "%1, jetons seulement",
    "%1, signed in": "%1, connecté",
    "Add account": "Ajouter un compte",
    "Each account keeps its own tokens in the keychain.": "Chaque compte garde ses propres jetons dans le trousseau.",
    " (shown)": " (affiché)",
    "Tokens only": "Jetons seulement",
    "Signed in": "Connecté",
    "Rename": "Renommer",
    "Rename %1": "Renommer %1",
    "Remove": "Supprimer",
    "Remove %1 and its saved tokens": "Supprimer %1 et ses jetons enregistrés",
    # AddAccountPage
    "Sign in again": "Se reconnecter",
    "Keep your agency's API tokens in this device's keychain, check them and copy them safely.":
        "Gardez les jetons API de votre agence dans le trousseau de cet appareil, vérifiez-les et copiez-les "
        "en toute sécurité.",
    "Tokens you have": "Vos jetons",
    "Add tokens you already have": "Ajouter des jetons que vous avez déjà",
    "Sign in": "Se connecter",
    "Sign in to a platform": "Se connecter à une plateforme",
    "Cancel": "Annuler",
    "Cancel adding an account": "Annuler l'ajout d'un compte",
    "Open %1": "Ouvrir %1",
    # AddTokenDialog, AddTokensForm
    "Add a token to %1": "Ajouter un jeton à %1",
    "Checking…": "Vérification…",
    "Check and add": "Vérifier et ajouter",
    "Check and add the token": "Vérifier et ajouter le jeton",
    "Copy them from the platform's web app: %1. The token is checked against the platform's API before it is "
    "saved in this device's keychain.":
        "Copiez-les depuis l'application web de la plateforme : %1. Le jeton est vérifié auprès de l'API de la "
        "plateforme avant d'être enregistré dans le trousseau de cet appareil.",
    "Menu → Settings → Account → Technical → Platform REST Web Services":
        "Menu → Paramètres → Compte → Technique → Services web REST de la plateforme",
    "Account name (optional)": "Nom du compte (facultatif)",
    "The agency's name, from the platform": "Le nom de l'agence, fourni par la plateforme",
    "Platform API address": "Adresse de l'API de la plateforme",
    "Not saved": "Non enregistré",
    "Save without checking": "Enregistrer sans vérifier",
    "Save the token without checking it, while offline": "Enregistrer le jeton sans le vérifier, hors ligne",
    "Checking the token": "Vérification du jeton",
    "Check the token and add the account": "Vérifier le jeton et ajouter le compte",
    # AccountService, AccountView, AppController, CredentialVault
    "There is no saved token to verify yet.": "Aucun jeton enregistré à vérifier pour l'instant.",
    "Could not remove this account's saved tokens.": "Impossible de supprimer les jetons enregistrés de ce compte.",
    "Legacy tokens are enabled in the platform's web app.":
        "Les jetons hérités s'activent dans l'application web de la plateforme.",
    "Legacy tokens are already enabled.": "Les jetons hérités sont déjà activés.",
    "Every token is saved.": "Tous les jetons sont enregistrés.",
    "Account administrator": "Administrateur du compte",
    "Implementation specialist": "Spécialiste de la mise en œuvre",
    "Staff": "Personnel",
    "Only account administrators and implementation specialists can enable API access and see or reset tokens. "
    "Ask one of them if you need a token.":
        "Seuls les administrateurs du compte et les spécialistes de la mise en œuvre peuvent activer l'accès à "
        "l'API et voir ou réinitialiser les jetons. Adressez-vous à l'un d'eux si vous avez besoin d'un jeton.",
    "Offline: saved tokens can still be viewed and copied.":
        "Hors ligne : les jetons enregistrés restent consultables et copiables.",
    "Please wait for the current action to finish.": "Veuillez attendre la fin de l'action en cours.",
    "%1 (%2)": "%1 (%2)",
    "%1 of %2": "%1 de %2",
    "Legacy tokens are on. Reset both tokens now: until then, anyone who saw them while they were being set up "
    "could still use them.":
        "Les jetons hérités sont activés. Réinitialisez les deux jetons maintenant : d'ici là, toute personne qui "
        "les a vus pendant la configuration pourrait encore s'en servir.",
    "Saved in the keychain.": "Enregistré dans le trousseau.",
    "The %1 token passes and is saved in the keychain.":
        "Le jeton « %1 » est valide et enregistré dans le trousseau.",
    "Read/Write": "Lecture/écriture",
    "Read-Only": "Lecture seule",
    "Removed, with its saved tokens.": "Supprimé, avec ses jetons enregistrés.",
    "The token is shown, but it could not be saved in the keychain:":
        "Le jeton est affiché, mais il n'a pas pu être enregistré dans le trousseau :",
    # SecretStore
    "Nothing is stored in the keychain for this entry yet.":
        "Rien n'est encore enregistré dans le trousseau pour cette entrée.",
    "The keychain is locked. Unlock it (for example by signing in to your desktop session or opening your "
    "password manager), then try again.":
        "Le trousseau est verrouillé. Déverrouillez-le (par exemple en ouvrant votre session de bureau ou votre "
        "gestionnaire de mots de passe), puis réessayez.",
    "Access to the keychain was refused. Allow Agency Tokens to use the keychain, then try again.":
        "L'accès au trousseau a été refusé. Autorisez Agency Tokens à utiliser le trousseau, puis réessayez.",
    "No keychain is available on this system. Agency Tokens never stores secrets in plain files; install a "
    "keychain (GNOME Keyring, KWallet or KeePassXC's Secret Service) and try again.":
        "Aucun trousseau n'est disponible sur ce système. Agency Tokens n'enregistre jamais de secrets dans de "
        "simples fichiers ; installez un trousseau (GNOME Keyring, KWallet ou le Secret Service de KeePassXC) "
        "et réessayez.",
    "The system keychain (Secret Service) cannot be reached. Start GNOME Keyring, KWallet or another Secret "
    "Service provider, then try again. Nothing was saved elsewhere.":
        "Le trousseau du système (Secret Service) est injoignable. Démarrez GNOME Keyring, KWallet ou un autre "
        "fournisseur Secret Service, puis réessayez. Rien n'a été enregistré ailleurs.",
    "This keychain does not support the operation. Use another keychain provider.":
        "Ce trousseau ne prend pas en charge cette opération. Utilisez un autre fournisseur de trousseau.",
    "The keychain refused to delete the entry. Unlock it and try again.":
        "Le trousseau a refusé de supprimer l'entrée. Déverrouillez-le et réessayez.",
    "The keychain did not answer in time. It may be waiting for you to unlock it; check for a password prompt, "
    "then try again.":
        "Le trousseau n'a pas répondu à temps. Il attend peut-être d'être déverrouillé ; cherchez une demande de "
        "mot de passe, puis réessayez.",
    "Unknown keychain error.": "Erreur inconnue du trousseau.",
    # SecureClipboard, TokenService
    "Secret": "Secret",
    "%1 copied · clears in %2 s": "%1 copié · effacé dans %2 s",
    "%1 copied · not cleared automatically": "%1 copié · pas d'effacement automatique",
    "Enter your user name and password.": "Saisissez votre nom d'utilisateur et votre mot de passe.",
    "Signed in, but the session could not be kept:": "Connecté, mais la session n'a pas pu être conservée :",
    "Could not remove the saved tokens, so you are still signed in.":
        "Impossible de supprimer les jetons enregistrés : vous êtes donc toujours connecté.",
    # TokenView
    "—": "—",
    "Never": "Jamais",
    "Not on this device": "Pas sur cet appareil",
    "There is no saved token on this device yet.": "Aucun jeton n'est encore enregistré sur cet appareil.",
    "This is done in the platform's web app for accounts of tokens you pasted.":
        "Pour les comptes créés à partir de jetons collés, cela se fait dans l'application web de la plateforme.",
    "Signed-in accounts get new tokens from the platform.":
        "Les comptes connectés reçoivent les nouveaux jetons de la plateforme.",
    "The %1 token was reset. The old one no longer works.":
        "Le jeton « %1 » a été réinitialisé. L'ancien ne fonctionne plus.",
    "Passes: the platform answered for “%1”.": "Valide : la plateforme a répondu pour « %1 ».",
    "Does not pass: the platform refused this token (it is wrong, or it was reset).":
        "Non valide : la plateforme a refusé ce jeton (il est erroné ou a été réinitialisé).",
    "Version %1 did not accept the call: %2": "La version %1 n'a pas accepté l'appel : %2",
    "Version %1 accepted the call for “%2”.": "La version %1 a accepté l'appel pour « %2 ».",
    "Version %1: the platform refused this token.": "Version %1 : la plateforme a refusé ce jeton.",
    "The %1 token now uses API version %2.": "Le jeton « %1 » utilise désormais la version %2 de l'API.",
    "Replaced: the new %1 token passes and the old one no longer does.":
        "Remplacé : le nouveau jeton « %1 » est valide et l'ancien ne l'est plus.",
    "Auth Token": "Auth Token",
    "Account SID": "Account SID",
    "curl command": "commande curl",
    "environment variables": "variables d'environnement",
    # TokensOnlyService
    "The platform can be reached, so the token is checked before it is saved.":
        "La plateforme est joignable : le jeton est donc vérifié avant d'être enregistré.",
    "The platform refused this Account SID and Auth Token, so nothing was saved. Check that both are copied "
    "whole, from the same token.":
        "La plateforme a refusé cet Account SID et cet Auth Token : rien n'a été enregistré. Vérifiez que les deux "
        "sont copiés en entier, depuis le même jeton.",
    "There is no token of this kind to replace yet. Add it instead.":
        "Il n'y a pas encore de jeton de ce type à remplacer. Ajoutez-le plutôt.",
    "This is the token already saved. Paste the new one from the web app.":
        "C'est le jeton déjà enregistré. Collez le nouveau depuis l'application web.",
    "The new token does not pass the platform's check, so the saved one was kept. Copy it again, whole, from the "
    "same account.":
        "Le nouveau jeton ne passe pas la vérification de la plateforme : le jeton enregistré a été conservé. "
        "Copiez-le de nouveau, en entier, depuis le même compte.",
    "The old token still passes, so it has not been reset: both work now, and the saved one was kept. Reset it in "
    "the web app, then paste the new one.":
        "L'ancien jeton est toujours valide, il n'a donc pas été réinitialisé : les deux fonctionnent, et celui "
        "qui est enregistré a été conservé. Réinitialisez-le dans l'application web, puis collez le nouveau.",
    # HttpError
    "This address uses plain http://. Tokens are only sent over HTTPS (plain http is allowed for this computer "
    "only). Use the https:// address of your platform.":
        "Cette adresse utilise http:// sans chiffrement. Les jetons ne sont envoyés qu'en HTTPS (http simple "
        "n'est permis que pour cet ordinateur). Utilisez l'adresse https:// de votre plateforme.",
    "This is not a usable platform address. Enter it as https://your-platform.example.":
        "Cette adresse de plateforme est inutilisable. Saisissez-la sous la forme https://votre-plateforme.example.",
    "The platform cannot be reached. Check your connection and the address, then try again.":
        "La plateforme est injoignable. Vérifiez votre connexion et l'adresse, puis réessayez.",
    "The platform did not answer in time. Try again in a moment.":
        "La plateforme n'a pas répondu à temps. Réessayez dans un instant.",
    "The platform closed the connection without answering. Try again in a moment; if it keeps happening, check "
    "the address points at the platform.":
        "La plateforme a fermé la connexion sans répondre. Réessayez dans un instant ; si cela se répète, vérifiez "
        "que l'adresse mène bien à la plateforme.",
    "The platform's secure connection could not be verified, so nothing was sent. Check the address; if it is "
    "right, the certificate may be wrong or the network intercepted.":
        "La connexion sécurisée à la plateforme n'a pas pu être vérifiée : rien n'a été envoyé. Vérifiez "
        "l'adresse ; si elle est juste, le certificat est peut-être erroné ou le réseau intercepté.",
    "The platform tried to send this request to another address. It was refused so that your credentials stay "
    "with the platform you chose.":
        "La plateforme a tenté de rediriger cette requête vers une autre adresse. Elle a été refusée pour que vos "
        "identifiants restent auprès de la plateforme choisie.",
    "The platform's answer was far larger than expected and was refused.":
        "La réponse de la plateforme était bien plus volumineuse que prévu et a été refusée.",
    "The platform's answer could not be understood. Check the address points at the platform.":
        "La réponse de la plateforme est incompréhensible. Vérifiez que l'adresse mène bien à la plateforme.",
    "The platform answered with %1 instead of JSON, so nothing could be read from it. Check that the address is "
    "the platform's API address.":
        "La plateforme a répondu par %1 au lieu de JSON : rien n'a pu être lu. Vérifiez que l'adresse est bien "
        "celle de l'API de la plateforme.",
    "something else": "autre chose",
    "The platform's request limit is used up. Try again later.":
        "La limite de requêtes de la plateforme est atteinte. Réessayez plus tard.",
    "The platform reported an error. Try again later.": "La plateforme a signalé une erreur. Réessayez plus tard.",
    "The request was cancelled.": "La requête a été annulée.",
    "The user name or password is wrong.": "Le nom d'utilisateur ou le mot de passe est incorrect.",
    "Too many failed sign-ins for this user. Wait a few minutes, then try again.":
        "Trop de connexions échouées pour cet utilisateur. Patientez quelques minutes, puis réessayez.",
    "You are not signed in. Sign in again.": "Vous n'êtes pas connecté. Reconnectez-vous.",
    "Your session has expired. Sign in again; your saved tokens are kept.":
        "Votre session a expiré. Reconnectez-vous ; vos jetons enregistrés sont conservés.",
    "Only account administrators and implementation specialists may see or change API tokens. Ask one of them.":
        "Seuls les administrateurs du compte et les spécialistes de la mise en œuvre peuvent voir ou modifier "
        "les jetons API. Adressez-vous à l'un d'eux.",
    "Legacy tokens are already enabled for this account.": "Les jetons hérités sont déjà activés pour ce compte.",
    "Legacy tokens are not enabled for this account yet.":
        "Les jetons hérités ne sont pas encore activés pour ce compte.",
    "The platform does not know this kind of token.": "La plateforme ne connaît pas ce type de jeton.",
    "An API version can only be upgraded, never lowered.":
        "Une version de l'API ne peut que monter, jamais redescendre.",
    "The platform does not offer this API version.": "La plateforme ne propose pas cette version de l'API.",
    "A Read-Only token cannot change data.": "Un jeton en lecture seule ne peut pas modifier de données.",
    "The platform could not read the request. Update the app.":
        "La plateforme n'a pas pu lire la requête. Mettez l'application à jour.",
    "The platform refused the request format. Update the app.":
        "La plateforme a refusé le format de la requête. Mettez l'application à jour.",
    "The request was too large for the platform.": "La requête était trop volumineuse pour la plateforme.",
    "The platform refused the request as malformed. Update the app.":
        "La plateforme a rejeté la requête comme mal formée. Mettez l'application à jour.",
    "The platform does not allow this token to do that: a Read-Only token cannot change data, and a token can be "
    "limited to some calls.":
        "La plateforme n'autorise pas ce jeton à faire cela : un jeton en lecture seule ne peut pas modifier de "
        "données, et un jeton peut être limité à certains appels.",
    "The platform refused this Account SID and Auth Token: the token is wrong, or it was reset.":
        "La plateforme a refusé cet Account SID et cet Auth Token : le jeton est erroné ou a été réinitialisé.",
    "The platform had an internal error. Try again later.":
        "La plateforme a rencontré une erreur interne. Réessayez plus tard.",
    "The platform does not offer this function. Check the address.":
        "La plateforme ne propose pas cette fonction. Vérifiez l'adresse.",
    "The platform had an internal error (HTTP %1). Try again later.":
        "La plateforme a rencontré une erreur interne (HTTP %1). Réessayez plus tard.",
    "The platform refused the request (HTTP %1).": "La plateforme a refusé la requête (HTTP %1).",
    "The platform's request limit (%1 requests an hour) is used up. Try again in %2 s.":
        "La limite de requêtes de la plateforme (%1 requêtes par heure) est atteinte. Réessayez dans %2 s.",
    "The platform's request limit is used up. Try again in %1 s.":
        "La limite de requêtes de la plateforme est atteinte. Réessayez dans %1 s.",
    "a web page": "une page web",
    "XML": "du XML",
    " The platform said: “%1”": " Message de la plateforme : « %1 »",
    " (The answer was %1, not JSON.)": " (La réponse était %1, pas du JSON.)",
    " Its explanation was not in the platform's error format.":
        " Son explication n'était pas au format d'erreur de la plateforme.",
    # AppShell
    "Legacy tokens are on": "Jetons hérités activés",
    "Could not enable legacy tokens": "Impossible d'activer les jetons hérités",
    "Token saved in the keychain": "Jeton enregistré dans le trousseau",
    "The token is still not saved": "Le jeton n'est toujours pas enregistré",
    "Read/Write token: API version upgraded": "Jeton « Lecture/écriture » : version de l'API mise à niveau",
    "Requests without an IR-Version header now use the new version.":
        "Les requêtes sans en-tête IR-Version utilisent désormais la nouvelle version.",
    "Read-Only token: API version upgraded": "Jeton « Lecture seule » : version de l'API mise à niveau",
    "Could not read this account's saved state": "Impossible de lire l'état enregistré de ce compte",
    "Sign-out did not finish": "La déconnexion n'a pas abouti",
    "Could not refresh": "Actualisation impossible",
    "The account was not removed": "Le compte n'a pas été supprimé",
    # AuthToken
    "The Auth Token is empty.": "L'Auth Token est vide.",
    "An Auth Token has only letters, digits and . _ ~ - (character %1 is not one).":
        "Un Auth Token ne contient que des lettres, des chiffres et . _ ~ - (le caractère %1 n'en est pas un).",
    "An Auth Token is %1 characters long, this one has %2.": "Un Auth Token compte %1 caractères, celui-ci en a %2.",
    # Breadcrumbs, ClipboardBar, ClipboardSettings, ClipboardTimeout, CredentialRow, CredentialsTab
    "Go to %1": "Aller à %1",
    "Current page: %1": "Page actuelle : %1",
    "Clear now": "Effacer",
    "Clear the clipboard now": "Effacer le presse-papiers maintenant",
    "Clipboard": "Presse-papiers",
    "Copied Account SIDs and tokens are removed from the clipboard after this time, and when you sign out.":
        "Les Account SID et jetons copiés sont retirés du presse-papiers après ce délai, et à la déconnexion.",
    "Clear the clipboard after": "Effacer le presse-papiers après",
    "1 minute": "1 minute",
    "%1 minutes": "%1 minutes",
    "%1 seconds": "%1 secondes",
    "Press Ctrl+C to copy": "Ctrl+C pour copier",
    "Copy": "Copier",
    "Copy %1": "Copier %1",
    "Copied values leave the clipboard after %1 seconds. Paste them only into the integration that needs them.":
        "Les valeurs copiées quittent le presse-papiers après %1 secondes. Collez-les uniquement dans "
        "l'intégration qui en a besoin.",
    "Copied values stay on the clipboard until you clear them (Settings › Clipboard).":
        "Les valeurs copiées restent dans le presse-papiers jusqu'à ce que vous l'effaciez "
        "(Paramètres › Presse-papiers).",
    # EnableButton, EnableDialog
    "Enabling…": "Activation…",
    "Enable Legacy Tokens": "Activer les jetons hérités",
    "Enabling legacy tokens": "Activation des jetons hérités",
    "Enable legacy tokens?": "Activer les jetons hérités ?",
    "This creates a Read/Write and a Read-Only token for the whole agency. It cannot be undone: the tokens stay "
    "until they are reset. Reset both right after, so that only your team knows them.":
        "Cela crée un jeton en lecture/écriture et un jeton en lecture seule pour toute l'agence. C'est "
        "irréversible : les jetons restent valables jusqu'à leur réinitialisation. Réinitialisez-les tous deux "
        "aussitôt, pour que seule votre équipe les connaisse.",
    "Enable": "Activer",
    "Enable legacy tokens": "Activer les jetons hérités",
    # HomePage
    "Home": "Accueil",
    "Welcome, %1": "Bienvenue, %1",
    "%1 · tokens you added, checked against %2": "%1 · jetons ajoutés par vous, vérifiés auprès de %2",
    "%1 · %2 on %3": "%1 · %2 sur %3",
    "Legacy API tokens": "Jetons API hérités",
    "Legacy tokens are on for %1. Manage them under Settings › Account › Technical.":
        "Les jetons hérités sont activés pour %1. Gérez-les dans Paramètres › Compte › Technique.",
    "Legacy tokens are off. Turn them on under Settings › Account › Technical if an integration needs them.":
        "Les jetons hérités sont désactivés. Activez-les dans Paramètres › Compte › Technique si une intégration "
        "en a besoin.",
    "Open Platform REST Web Services": "Ouvrir les services web REST de la plateforme",
    "Keep tokens secret": "Gardez les jetons secrets",
    "A token works for anyone who has it. Reset it at once if it may have leaked, and rotate it on a schedule.":
        "Un jeton fonctionne pour quiconque le détient. Réinitialisez-le dès qu'il a pu fuiter, et renouvelez-le "
        "régulièrement.",
    "Security tips": "Conseils de sécurité",
    # InfoBar, LegacyTokensCard
    "Dismiss message": "Fermer le message",
    "Legacy Account Tokens. Open Overview and API Credentials":
        "Jetons de compte hérités. Ouvrir la vue d'ensemble et les identifiants API",
    "Add the %1 token…": "Ajouter le jeton « %1 »…",
    "Replace token (%1)…": "Remplacer le jeton (%1)…",
    "Reset (%1)": "Réinitialiser (%1)",
    "Legacy Account Tokens": "Jetons de compte hérités",
    "More": "Plus",
    "Legacy": "Hérité",
    "The platform's older kind of API credentials: one Read/Write and one Read-Only token for the whole agency. "
    "Select the card to see and copy them.":
        "L'ancien type d'identifiants API de la plateforme : un jeton en lecture/écriture et un jeton en lecture "
        "seule pour toute l'agence. Sélectionnez la carte pour les voir et les copier.",
    # MobileDrawer, MobileShell, OfflineBanner
    "Settings": "Paramètres",
    "Back": "Retour",
    "Menu": "Menu",
    "Offline. %1": "Hors ligne. %1",
    "Reconnecting": "Reconnexion",
    "Retry": "Réessayer",
    "Retry connecting to the platform": "Réessayer de se connecter à la plateforme",
    # OverviewTab
    "About these tokens": "À propos de ces jetons",
    "Any API tokens created before April 2025 are considered legacy tokens. Your agency has two: the "
    "<b>Read/Write</b> token for integrations that change data, and the <b>Read-Only</b> token for those that "
    "only read. An integration sends the Account SID as user name and the Auth Token as password.":
        "Tous les jetons API créés avant avril 2025 sont considérés comme hérités. Votre agence en a deux : le jeton "
        "<b>Lecture/écriture</b> pour les intégrations qui modifient des données, et le jeton <b>Lecture seule</b> "
        "pour celles qui ne font que lire. Une intégration envoie l'Account SID comme nom d'utilisateur et "
        "l'Auth Token comme mot de passe.",
    "Legacy tokens keep working, but they are the older way to reach the API. Give each integration only the "
    "token it needs, and reset a token whenever it may have leaked.":
        "Les jetons hérités fonctionnent toujours, mais c'est l'ancienne façon d'accéder à l'API. Ne donnez à "
        "chaque intégration que le jeton dont elle a besoin, et réinitialisez un jeton dès qu'il a pu fuiter.",
    # RemoveAccountDialog, RenameAccountDialog
    "Remove %1?": "Supprimer %1 ?",
    "This removes the account and its saved tokens from this device's keychain. Other accounts keep theirs. The "
    "tokens themselves keep working for your integrations.":
        "Le compte et ses jetons enregistrés sont retirés du trousseau de cet appareil. Les autres comptes gardent "
        "les leurs. Les jetons eux-mêmes continuent de fonctionner pour vos intégrations.",
    "Remove the account and its saved tokens": "Supprimer le compte et ses jetons enregistrés",
    "Rename account": "Renommer le compte",
    "Name": "Nom",
    "Save the new name": "Enregistrer le nouveau nom",
    # ReplaceTokenDialog
    "%1 token replaced": "Jeton « %1 » remplacé",
    "Replace the %1 token": "Remplacer le jeton « %1 »",
    "Reset the token in the platform's web app first (%1), then paste the new Auth Token here. It replaces the "
    "saved one only if it passes and the old one no longer does.":
        "Réinitialisez d'abord le jeton dans l'application web de la plateforme (%1), puis collez ici le nouvel "
        "Auth Token. Il ne remplace celui enregistré que s'il est valide et que l'ancien ne l'est plus.",
    "New Auth Token": "Nouvel Auth Token",
    "Checking the new and the old token": "Vérification du nouveau et de l'ancien jeton",
    "Checking that the new token passes and the old one fails…":
        "Vérification que le nouveau jeton est valide et que l'ancien ne l'est plus…",
    "Done": "Terminé",
    "Check and replace": "Vérifier et remplacer",
    "Check and replace the %1 token": "Vérifier et remplacer le jeton « %1 »",
    # ResetDialog, ResetResult
    "New %1 token ready": "Nouveau jeton « %1 » prêt",
    "Reset (%1)?": "Réinitialiser (%1) ?",
    "A new Auth Token replaces the current %1 token. The old value stops passing authorization at once: every "
    "integration that still uses it fails until you update it with the new token.":
        "Un nouvel Auth Token remplace le jeton « %1 » actuel. L'ancienne valeur cesse aussitôt d'être autorisée : "
        "toute intégration qui l'utilise encore échouera jusqu'à ce que vous y mettiez le nouveau jeton.",
    "Resetting": "Réinitialisation",
    "Resetting the %1 token…": "Réinitialisation du jeton « %1 »…",
    "The token was not reset": "Le jeton n'a pas été réinitialisé",
    "Try again": "Réessayer",
    "Reset token": "Réinitialiser le jeton",
    "Reset the %1 token": "Réinitialiser le jeton « %1 »",
    "The old %1 token no longer works. Copy the new one into your integrations now.":
        "L'ancien jeton « %1 » ne fonctionne plus. Copiez dès maintenant le nouveau dans vos intégrations.",
    "Copy as curl": "Copier en curl",
    "Copy a curl command with the new %1 token": "Copier une commande curl avec le nouveau jeton « %1 »",
    "Copy as environment": "Copier en variables",
    "Copy the new %1 credentials as environment variables":
        "Copier les nouveaux identifiants « %1 » en variables d'environnement",
    "The keychain did not store the new token. Copy it now, then retry saving.":
        "Le trousseau n'a pas enregistré le nouveau jeton. Copiez-le maintenant, puis réessayez l'enregistrement.",
    "Retry saving": "Réessayer l'enregistrement",
    # RestWebServicesPage
    "Platform REST Web Services": "Services web REST de la plateforme",
    "Account": "Compte",
    "Technical": "Technique",
    "Integrations call the platform's REST API with HTTP Basic auth: the Account SID as user name and the Auth "
    "Token as password.":
        "Les intégrations appellent l'API REST de la plateforme avec l'authentification HTTP Basic : l'Account SID "
        "comme nom d'utilisateur et l'Auth Token comme mot de passe.",
    "You can't manage API tokens": "Vous ne pouvez pas gérer les jetons API",
    "Legacy tokens are off": "Les jetons hérités sont désactivés",
    "Select Enable Legacy Tokens if an integration needs them. The platform then creates a Read/Write and a "
    "Read-Only token for %1. This cannot be undone.":
        "Sélectionnez « Activer les jetons hérités » si une intégration en a besoin. La plateforme crée alors un "
        "jeton en lecture/écriture et un jeton en lecture seule pour %1. C'est irréversible.",
    "A new token is not saved on this device yet": "Un nouveau jeton n'est pas encore enregistré sur cet appareil",
    "It is shown and can be copied now, but the keychain did not store it.":
        "Il est affiché et peut être copié maintenant, mais le trousseau ne l'a pas enregistré.",
    "Reset a token right after enabling, whenever it may have leaked, and on a schedule.":
        "Réinitialisez un jeton juste après l'activation, dès qu'il a pu fuiter, et à intervalles réguliers.",
    "Reset in the web app, then Replace token… here.":
        "Réinitialisez-le dans l'application web, puis utilisez ici « Remplacer le jeton… ».",
    "API reference ↗": "Référence de l'API ↗",
    "Open the API reference in the browser": "Ouvrir la référence de l'API dans le navigateur",
    # SecurityTipsPage
    "Reset right after enabling": "Réinitialiser juste après l'activation",
    "Enabling creates both tokens. Reset them at once, so that only the people who need a token have ever seen it.":
        "L'activation crée les deux jetons. Réinitialisez-les aussitôt, pour que seules les personnes qui en ont "
        "besoin les aient jamais vus.",
    "Reset on any suspected compromise": "Réinitialiser au moindre soupçon",
    "If a token may have leaked (a shared screen, a lost laptop, someone who left), reset it now. The old value "
    "stops working immediately.":
        "Si un jeton a pu fuiter (écran partagé, ordinateur portable perdu, départ d'un collaborateur), "
        "réinitialisez-le maintenant. L'ancienne valeur cesse immédiatement de fonctionner.",
    "Rotate on a schedule": "Renouveler régulièrement",
    "Reset each token regularly, for example every 90 days, and update your integrations in the same change.":
        "Réinitialisez chaque jeton régulièrement, par exemple tous les 90 jours, et mettez à jour vos intégrations "
        "dans la foulée.",
    "Never paste tokens into chats, tickets or email": "Ne collez jamais de jetons dans un chat, un ticket ou un e-mail",
    "Do not commit them to source control either. Keep them in a secret manager or the integration's protected "
    "settings.":
        "Ne les versionnez pas non plus dans le contrôle de source. Gardez-les dans un gestionnaire de secrets ou "
        "dans les paramètres protégés de l'intégration.",
    "Use the Read-Only token where you can": "Utilisez le jeton en lecture seule quand c'est possible",
    "An integration that only reads should never hold the Read/Write token.":
        "Une intégration qui ne fait que lire ne devrait jamais détenir le jeton en lecture/écriture.",
    "Let the clipboard forget": "Laissez le presse-papiers oublier",
    "Copied values are cleared automatically. Choose how fast under Settings › Clipboard.":
        "Les valeurs copiées sont effacées automatiquement. Choisissez le délai dans Paramètres › Presse-papiers.",
    "A token is as good as a password to your agency's data.":
        "Un jeton vaut un mot de passe pour accéder aux données de votre agence.",
    "Open the API reference ↗": "Ouvrir la référence de l'API ↗",
    # SettingsPage
    "%1 · tokens only": "%1 · jetons seulement",
    "%1 · signed in as %2": "%1 · connecté en tant que %2",
    "General": "Général",
    "Agency": "Agence",
    "Your role": "Votre rôle",
    "Platform": "Plateforme",
    "API access for your integrations: legacy tokens, API version":
        "Accès à l'API pour vos intégrations : jetons hérités, version de l'API",
    "Help": "Aide",
    "How to keep access tokens secret": "Comment garder les jetons d'accès secrets",
    "API reference": "Référence de l'API",
    "This account": "Ce compte",
    "Session": "Session",
    "Removing it removes its saved tokens from this device.":
        "Le supprimer retire ses jetons enregistrés de cet appareil.",
    "Signing out removes this account's saved tokens from this device.":
        "La déconnexion retire de cet appareil les jetons enregistrés de ce compte.",
    # Sidebar, SignInForm
    "Menu, expanded": "Menu, déplié",
    "Menu, collapsed": "Menu, replié",
    "Your session for %1 ended. Sign in again; its saved tokens are kept.":
        "Votre session pour %1 a pris fin. Reconnectez-vous ; ses jetons enregistrés sont conservés.",
    "For a platform that offers the token management API, such as the reference server. On impact.com, add the "
    "tokens you already have instead.":
        "Pour une plateforme qui propose l'API de gestion des jetons, comme le serveur de référence. Sur "
        "impact.com, ajoutez plutôt les jetons que vous avez déjà.",
    "Platform address": "Adresse de la plateforme",
    "User name": "Nom d'utilisateur",
    "Password": "Mot de passe",
    "Sign-in failed": "Échec de la connexion",
    "%1 (attempt %2)": "%1 (tentative %2)",
    "Signing in": "Connexion",
    # SignOutDialog
    "Sign out of %1?": "Se déconnecter de %1 ?",
    "Signing out removes this account's saved tokens and session from this device's keychain; other accounts keep "
    "theirs. The tokens themselves keep working for your integrations; after you sign in again they are fetched "
    "from the platform.":
        "La déconnexion retire du trousseau de cet appareil les jetons enregistrés et la session de ce compte ; les "
        "autres comptes gardent les leurs. Les jetons eux-mêmes continuent de fonctionner pour vos intégrations ; "
        "à la prochaine connexion, ils sont récupérés auprès de la plateforme.",
    "The platform cannot be told": "La plateforme ne peut pas être prévenue",
    "You are offline, so your session stays valid on the platform until %1. Sign out when you are back online to "
    "end it at once.":
        "Vous êtes hors ligne : votre session reste valide sur la plateforme jusqu'au %1. Déconnectez-vous une fois "
        "en ligne pour y mettre fin aussitôt.",
    "You are offline, so your session stays valid on the platform until it expires. Sign out when you are back "
    "online to end it at once.":
        "Vous êtes hors ligne : votre session reste valide sur la plateforme jusqu'à son expiration. "
        "Déconnectez-vous une fois en ligne pour y mettre fin aussitôt.",
    "A new token was never saved on this device. Copy it first if you still need it.":
        "Un nouveau jeton n'a jamais été enregistré sur cet appareil. Copiez-le d'abord si vous en avez encore "
        "besoin.",
    "Sign out": "Se déconnecter",
    "Sign out and remove saved tokens": "Se déconnecter et supprimer les jetons enregistrés",
    # StartingView, TokenActions
    "Opening the keychain": "Ouverture du trousseau",
    "Opening %1…": "Ouverture de %1…",
    "Copy a curl command with the %1 token": "Copier une commande curl avec le jeton « %1 »",
    "Copy the %1 credentials as environment variables": "Copier les identifiants « %1 » en variables d'environnement",
    "Verifying…": "Vérification…",
    "Verify": "Vérifier",
    "Verify that the %1 token passes authorization": "Vérifier que le jeton « %1 » est autorisé",
    # TokenCredentials
    "For integrations that read and change data.": "Pour les intégrations qui lisent et modifient des données.",
    "For integrations that only read.": "Pour les intégrations qui ne font que lire.",
    "Not saved on this device": "Non enregistré sur cet appareil",
    "The platform issued this token, but the keychain has not stored it. Copy it now if you need it, then retry "
    "saving.":
        "La plateforme a émis ce jeton, mais le trousseau ne l'a pas enregistré. Copiez-le maintenant si vous en "
        "avez besoin, puis réessayez l'enregistrement.",
    "Hide": "Masquer",
    "Reveal": "Afficher",
    "Hide the %1 Auth Token": "Masquer l'Auth Token « %1 »",
    "Reveal the %1 Auth Token": "Afficher l'Auth Token « %1 »",
    # TokenDetailsPage, TokenFields
    "The Read/Write and the Read-Only token of %1.": "Le jeton en lecture/écriture et le jeton en lecture seule de %1.",
    "Overview": "Vue d'ensemble",
    "API Credentials": "Identifiants API",
    "Token": "Jeton",
    "Which token": "Quel jeton",
    # TokenOverview, TokenSummary
    "Version %1 (current)": "Version %1 (actuelle)",
    "Version %1": "Version %1",
    "Reads and changes data through the API.": "Lit et modifie des données via l'API.",
    "Only reads: the platform refuses writes made with it.":
        "Lecture seule : la plateforme refuse les écritures faites avec ce jeton.",
    "Created": "Créé le",
    "Last reset": "Dernière réinitialisation",
    "API Version": "Version de l'API",
    "API Version of the %1 token": "Version de l'API du jeton « %1 »",
    "A newer API version is available. Upgrading only goes forward.":
        "Une version plus récente de l'API est disponible. On ne peut que monter de version.",
    "This token uses the newest API version.": "Ce jeton utilise la version la plus récente de l'API.",
    "%1 token, Account SID %2, API version %3, last reset %4":
        "Jeton « %1 », Account SID %2, version de l'API %3, dernière réinitialisation %4",
    "API version": "Version de l'API",
    # UpgradeDialog
    "Upgrade to API version %1?": "Passer à la version %1 de l'API ?",
    "The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2 "
    "instead of %3.":
        "Le jeton « %1 » garde sa valeur, mais les requêtes sans en-tête IR-Version recevront une réponse de la "
        "version %2 au lieu de la %3.",
    "The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2.":
        "Le jeton « %1 » garde sa valeur, mais les requêtes sans en-tête IR-Version recevront une réponse de la "
        "version %2.",
    "Existing calls may break. An upgrade cannot be undone.":
        "Des appels existants peuvent échouer. Un changement de version est irréversible.",
    "Try it first: this checks the token against version %1 without changing anything.":
        "Essayez d'abord : cela teste le jeton avec la version %1 sans rien modifier.",
    "Upgrading": "Changement de version",
    "Trying version %1": "Essai de la version %1",
    "Try version %1 first": "Essayer d'abord la version %1",
    "Upgrade": "Passer à cette version",
    "Upgrade the %1 token to version %2": "Passer le jeton « %1 » à la version %2",
    # UserBadge, WebAppNotice
    "Tokens only · %1": "Jetons seulement · %1",
    "%1 · %2": "%1 · %2",
    "Remove account": "Supprimer le compte",
    "Sign out of %1": "Se déconnecter de %1",
    "Enabling, resetting and upgrading tokens": "L'activation, la réinitialisation et le changement de version des jetons",
    "%1 happen in the platform's web app": "%1 se font dans l'application web de la plateforme",
    "Open %1 and go to %2. After a reset there, use Replace token… here: the app checks the new token and that "
    "the old one stopped working before it overwrites the saved one.":
        "Ouvrez %1 et allez dans %2. Après une réinitialisation là-bas, utilisez ici « Remplacer le jeton… » : "
        "l'application vérifie le nouveau jeton, et que l'ancien ne fonctionne plus, avant d'écraser celui qui "
        "est enregistré.",
    "No browser opened. Open this address yourself: %1":
        "Aucun navigateur ne s'est ouvert. Ouvrez vous-même cette adresse : %1",
    "Open the web app ↗": "Ouvrir l'application web ↗",
    "Open the platform's web app in the browser": "Ouvrir l'application web de la plateforme dans le navigateur",
    "Not added yet (More ⋮)": "Pas encore ajouté (Plus ⋮)",
    "%1 token, not added": "Jeton %1, non ajouté",
    # Added with the first-use fixes
    "No browser opened, so the address is on the clipboard: %1":
        "Aucun navigateur ne s'est ouvert ; l'adresse est dans le presse-papiers : %1",
    "Waiting for the keychain — unlock it in the prompt that opened.":
        "En attente du trousseau — déverrouillez-le dans la fenêtre qui s'est ouverte.",
    "Too many failed sign-ins for this user. Try again in %1 s (at %2).":
        "Trop d'échecs de connexion pour cet utilisateur. Réessayez dans %1 s (à %2).",
    "Too many failed sign-ins for this user. Try again in %1 min (at %2).":
        "Trop d'échecs de connexion pour cet utilisateur. Réessayez dans %1 min (à %2).",
    "The API reference did not open": "La référence de l'API ne s'est pas ouverte",
    "<b>Offline.</b> Saved tokens still copy.": "<b>Hors ligne.</b> La copie fonctionne.",
    "Keep tokens out of shell history": "Tenir les jetons hors de l'historique du shell",
    "Copy as curl starts the line with a space: bash (HISTCONTROL=ignorespace) and zsh (HIST_IGNORE_SPACE) then leave it out of their history. For scripts, agency-tokens-cli run puts the token in one program's environment and nowhere else.":
        "« Copier en commande curl » commence la ligne par une espace : bash (HISTCONTROL=ignorespace) et zsh "
        "(HIST_IGNORE_SPACE) la laissent alors hors de leur historique. Dans les scripts, agency-tokens-cli run "
        "place le jeton dans l'environnement d'un seul programme, et nulle part ailleurs.",

}


def _typography(text):
    """French spacing: a no-break space before : ; ? ! » and after «."""
    for mark in (" :", " ;", " ?", " !", " »"):
        text = text.replace(mark, "\u00a0" + mark[1:])
    return text.replace("« ", "«\u00a0")


TRANSLATIONS = {source: _typography(text) for source, text in TRANSLATIONS.items()}
