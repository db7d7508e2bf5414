<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountSid</name>
    <message>
        <source>The Account SID is empty.</source>
        <translation>L&apos;Account SID est vide.</translation>
    </message>
    <message>
        <source>An Account SID starts with &quot;IR&quot;.</source>
        <translation>Un Account SID commence par «&#xa0;IR&#xa0;».</translation>
    </message>
    <message>
        <source>An Account SID has only letters and digits after &quot;IR&quot; (character %1 is not one).</source>
        <translation>Un Account SID ne contient que des lettres et des chiffres après «&#xa0;IR&#xa0;» (le caractère %1 n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>An Account SID is %1 characters long, this one has %2.</source>
        <translation>Un Account SID compte %1 caractères, celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1, tokens only</source>
        <translation>%1, jetons seulement</translation>
    </message>
    <message>
        <source>%1, signed in</source>
        <translation>%1, connecté</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>Filter the accounts by name</source>
        <translation>Filtrer les comptes par nom</translation>
    </message>
</context>
<context>
    <name>AccountsCard</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Each account keeps its own tokens in the keychain.</source>
        <translation>Chaque compte garde ses propres jetons dans le trousseau.</translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (affiché)</translation>
    </message>
    <message>
        <source>Tokens only</source>
        <translation>Jetons seulement</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1 and its saved tokens</source>
        <translation>Supprimer %1 et ses jetons enregistrés</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Nothing yet: a reveal, a copy, a check or a reset appears here.</source>
        <translation>Rien pour l&apos;instant&#xa0;: un affichage, une copie, une vérification ou une réinitialisation apparaît ici.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity on this device</source>
        <translation>Activité sur cet appareil</translation>
    </message>
    <message>
        <source>What the app and agency-tokens-cli did with each token here, for every account. No secret is kept in it; the oldest entries drop off.</source>
        <translation>Ce que l&apos;application et agency-tokens-cli ont fait ici de chaque jeton, pour tous les comptes. Aucun secret n&apos;y est gardé&#xa0;; les entrées les plus anciennes disparaissent.</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Keep your agency&apos;s API tokens in this device&apos;s keychain, check them and copy them safely.</source>
        <translation>Gardez les jetons API de votre agence dans le trousseau de cet appareil, vérifiez-les et copiez-les en toute sécurité.</translation>
    </message>
    <message>
        <source>Tokens you have</source>
        <translation>Vos jetons</translation>
    </message>
    <message>
        <source>Add tokens you already have</source>
        <translation>Ajouter des jetons que vous avez déjà</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to a platform</source>
        <translation>Se connecter à une plateforme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding an account</source>
        <translation>Annuler l&apos;ajout d&apos;un compte</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>AddScopedTokenDialog</name>
    <message>
        <source>Scoped token added</source>
        <translation>Jeton à portée limitée ajouté</translation>
    </message>
    <message>
        <source>Add a scoped token to %1</source>
        <translation>Ajouter un jeton à portée limitée à %1</translation>
    </message>
    <message>
        <source>Create it in the platform&apos;s web app first: open %1, go to %2 and select Create Access Token. Then paste its name, Account SID and Auth Token here: the web app shows the Auth Token only once.</source>
        <translation>Créez-le d&apos;abord dans l&apos;application web de la plateforme&#xa0;: ouvrez %1, allez dans %2 et sélectionnez «&#xa0;Créer un jeton d&apos;accès&#xa0;». Collez ensuite ici son nom, son Account SID et son Auth Token&#xa0;: l&apos;application web n&apos;affiche l&apos;Auth Token qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Name (as in the web app)</source>
        <translation>Nom (comme dans l&apos;application web)</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Vérification du jeton</translation>
    </message>
    <message>
        <source>Asking the platform whether it knows this token…</source>
        <translation>Demande à la plateforme si elle connaît ce jeton…</translation>
    </message>
    <message>
        <source>Not added: nothing was saved</source>
        <translation>Non ajouté&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Vérifier et ajouter</translation>
    </message>
    <message>
        <source>Check and add the scoped token</source>
        <translation>Vérifier et ajouter le jeton à portée limitée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add a token to %1</source>
        <translation>Ajouter un jeton à %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Vérifier et ajouter</translation>
    </message>
    <message>
        <source>Check and add the token</source>
        <translation>Vérifier et ajouter le jeton</translation>
    </message>
</context>
<context>
    <name>AddTokensForm</name>
    <message>
        <source>Copy them from the platform&apos;s web app: %1. The token is checked against the platform&apos;s API before it is saved in this device&apos;s keychain.</source>
        <translation>Copiez-les depuis l&apos;application web de la plateforme&#xa0;: %1. Le jeton est vérifié auprès de l&apos;API de la plateforme avant d&apos;être enregistré dans le trousseau de cet appareil.</translation>
    </message>
    <message>
        <source>Menu → Settings → Account → Technical → Platform REST Web Services</source>
        <translation>Menu → Paramètres → Compte → Technique → Services web REST de la plateforme</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Nom du compte (facultatif)</translation>
    </message>
    <message>
        <source>Default: the agency&apos;s name</source>
        <translation>Par défaut&#xa0;: le nom de l&apos;agence</translation>
    </message>
    <message>
        <source>Platform API address</source>
        <translation>Adresse de l&apos;API de la plateforme</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save without checking</source>
        <translation>Enregistrer sans vérifier</translation>
    </message>
    <message>
        <source>Save the token without checking it, while offline</source>
        <translation>Enregistrer le jeton sans le vérifier, hors ligne</translation>
    </message>
    <message>
        <source>Checking the token</source>
        <translation>Vérification du jeton</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Vérifier et ajouter</translation>
    </message>
    <message>
        <source>Check the token and add the account</source>
        <translation>Vérifier le jeton et ajouter le compte</translation>
    </message>
    <message>
        <source>A new account</source>
        <translation>Un nouveau compte</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>Ajouter à</translation>
    </message>
    <message>
        <source>The account the token is added to</source>
        <translation>Le compte auquel le jeton est ajouté</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AccountService</name>
    <message>
        <source>There is no saved token to verify yet.</source>
        <translation>Aucun jeton enregistré à vérifier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not remove this account&apos;s saved tokens.</source>
        <translation>Impossible de supprimer les jetons enregistrés de ce compte.</translation>
    </message>
    <message>
        <source>This account was removed in another window or by agency-tokens-cli.</source>
        <translation>Ce compte a été supprimé dans une autre fenêtre ou par agency-tokens-cli.</translation>
    </message>
    <message>
        <source>The account list is being changed by another program and did not become free; nothing was saved. Try again.</source>
        <translation>La liste des comptes est en cours de modification par un autre programme et ne s&apos;est pas libérée&#xa0;; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>There is no saved token to probe yet.</source>
        <translation>Il n&apos;y a pas encore de jeton enregistré à sonder.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AccountView</name>
    <message>
        <source>Legacy tokens are enabled in the platform&apos;s web app.</source>
        <translation>Les jetons hérités s&apos;activent dans l&apos;application web de la plateforme.</translation>
    </message>
    <message>
        <source>Legacy tokens are already enabled.</source>
        <translation>Les jetons hérités sont déjà activés.</translation>
    </message>
    <message>
        <source>Every token is saved.</source>
        <translation>Tous les jetons sont enregistrés.</translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation>Administrateur du compte</translation>
    </message>
    <message>
        <source>Implementation specialist</source>
        <translation>Spécialiste de la mise en œuvre</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Only account administrators and implementation specialists can enable API access and see or reset tokens. Ask one of them if you need a token.</source>
        <translation>Seuls les administrateurs du compte et les spécialistes de la mise en œuvre peuvent activer l&apos;accès à l&apos;API et voir ou réinitialiser les jetons. Adressez-vous à l&apos;un d&apos;eux si vous avez besoin d&apos;un jeton.</translation>
    </message>
    <message>
        <source>Offline: saved tokens can still be viewed and copied.</source>
        <translation>Hors ligne&#xa0;: les jetons enregistrés restent consultables et copiables.</translation>
    </message>
    <message>
        <source>Please wait for the current action to finish.</source>
        <translation>Veuillez attendre la fin de l&apos;action en cours.</translation>
    </message>
    <message>
        <source>Menu → Settings → Account → Technical → Platform REST Web Services</source>
        <translation>Menu → Paramètres → Compte → Technique → Services web REST de la plateforme</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Legacy tokens are on. Reset both tokens now: until then, anyone who saw them while they were being set up could still use them.</source>
        <translation>Les jetons hérités sont activés. Réinitialisez les deux jetons maintenant&#xa0;: d&apos;ici là, toute personne qui les a vus pendant la configuration pourrait encore s&apos;en servir.</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain is locked: the tokens here are shown and copied from memory. They are still saved in the keychain.</source>
        <translation>Le trousseau est verrouillé&#xa0;: les jetons affichés ici sont lus et copiés depuis la mémoire. Ils restent enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>Scoped tokens are created in the platform&apos;s web app; paste one here after.</source>
        <translation>Les jetons à portée limitée se créent dans l&apos;application web de la plateforme&#xa0;; collez-en un ici ensuite.</translation>
    </message>
    <message>
        <source>This platform does not offer scoped access tokens.</source>
        <translation>Cette plateforme ne propose pas de jetons d&apos;accès à portée limitée.</translation>
    </message>
    <message>
        <source>Signed-in accounts get their scoped tokens from the platform.</source>
        <translation>Les comptes connectés obtiennent leurs jetons à portée limitée de la plateforme.</translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Saisissez un nom pour le jeton.</translation>
    </message>
    <message>
        <source>Enter the primary contact&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du contact principal.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without scopes can call nothing.</source>
        <translation>Choisissez au moins une portée&#xa0;: un jeton sans portée ne peut rien appeler.</translation>
    </message>
    <message>
        <source>“%1” is created. Its Auth Token is not saved on this device yet: copy it now, then retry saving.</source>
        <translation>«&#xa0;%1&#xa0;» est créé. Son Auth Token n&apos;est pas encore enregistré sur cet appareil&#xa0;: copiez-le maintenant, puis réessayez l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>“%1” is created. Copy its Auth Token now: the platform shows it only this once (it stays saved on this device).</source>
        <translation>«&#xa0;%1&#xa0;» est créé. Copiez son Auth Token maintenant&#xa0;: la plateforme ne l&apos;affiche que cette fois (il reste enregistré sur cet appareil).</translation>
    </message>
    <message>
        <source>“%1” is saved. It is genuine, but may not read company information: the check got 403.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré. Il est authentique, mais ne peut pas lire les informations de l&apos;entreprise&#xa0;: la vérification a reçu 403.</translation>
    </message>
    <message>
        <source>“%1” passes and is saved in the keychain.</source>
        <translation>«&#xa0;%1&#xa0;» est accepté et enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>Le nom peut comporter au plus 100 caractères.</translation>
    </message>
    <message>
        <source>This account already has a token called “%1”. Choose another name.</source>
        <translation>Ce compte a déjà un jeton nommé «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Give at most 20 developer e-mail addresses.</source>
        <translation>Indiquez au plus 20 adresses e-mail de développeurs.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AppController</name>
    <message>
        <source>Removed, with its saved tokens.</source>
        <translation>Supprimé, avec ses jetons enregistrés.</translation>
    </message>
    <message>
        <source>A token of this account is also saved in %1. A reset in one leaves the other with the old value, which no longer works: keep each token in one account only.</source>
        <translation>Un jeton de ce compte est aussi enregistré dans %1. Une réinitialisation dans l&apos;un laisse à l&apos;autre l&apos;ancienne valeur, qui ne fonctionne plus&#xa0;: gardez chaque jeton dans un seul compte.</translation>
    </message>
    <message>
        <source>Added to “%1”.</source>
        <translation>Ajouté à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::AppSettings</name>
    <message>
        <source>No browser opened, so the address is on the clipboard: %1</source>
        <translation>Aucun navigateur ne s&apos;est ouvert&#xa0;; l&apos;adresse est dans le presse-papiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::CheckAllRun</name>
    <message>
        <source>Passes</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié %1</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up: try again in %1 min.</source>
        <translation>La limite de requêtes de la plateforme pour cette heure est atteinte&#xa0;: réessayez dans %1 min.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up: try again later.</source>
        <translation>La limite de requêtes de la plateforme pour cette heure est atteinte&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Refused: the platform does not accept this token; it was reset or deleted, or it is wrong. Paste the current one with Replace token.</source>
        <translation>Refusé&#xa0;: la plateforme n&apos;accepte pas ce jeton&#xa0;; il a été réinitialisé ou supprimé, ou il est erroné. Collez le jeton actuel avec «&#xa0;Remplacer le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>Refused: the platform does not accept this token; it was reset or deleted elsewhere. Integrations that use it fail too.</source>
        <translation>Refusé&#xa0;: la plateforme n&apos;accepte pas ce jeton&#xa0;; il a été réinitialisé ou supprimé ailleurs. Les intégrations qui l&apos;utilisent échouent aussi.</translation>
    </message>
    <message>
        <source>Genuine, but not allowed to read company information (403): its scopes leave that call out.</source>
        <translation>Authentique, mais sans droit de lire les informations de l&apos;entreprise (403)&#xa0;: ses portées excluent cet appel.</translation>
    </message>
    <message>
        <source>Passes: the platform answered for “%1”.</source>
        <translation>Valide&#xa0;: la plateforme a répondu pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No token is saved on this device yet.</source>
        <translation>Aucun jeton n&apos;est encore enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>Tokens checked: %1, one request each.</source>
        <translation>Jetons vérifiés&#xa0;: %1, une requête chacun.</translation>
    </message>
    <message>
        <source>Did not pass or got no answer: %1.</source>
        <translation>Non valides ou sans réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accounts whose keychain entries could not be read, so not checked: %1.</source>
        <translation>Comptes dont les entrées du trousseau n&apos;ont pas pu être lues, donc non vérifiés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::CredentialVault</name>
    <message>
        <source>The token is shown, but it could not be saved in the keychain:</source>
        <translation>Le jeton est affiché, mais il n&apos;a pas pu être enregistré dans le trousseau&#xa0;:</translation>
    </message>
    <message>
        <source>The token is gone here, but its keychain entry could not be removed:</source>
        <translation>Le jeton a disparu ici, mais son entrée du trousseau n&apos;a pas pu être supprimée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::IndexLock</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::KeychainStore</name>
    <message>
        <source>Waiting for the keychain — unlock it in the prompt that opened. If no prompt opened, the keychain is not answering.</source>
        <translation>En attente du trousseau — déverrouillez-le dans la fenêtre qui s’est ouverte. Si aucune fenêtre ne s’est ouverte, le trousseau ne répond pas.</translation>
    </message>
    <message>
        <source>Waiting for another Agency Tokens process that is using the keychain.</source>
        <translation>En attente d’un autre processus Agency Tokens qui utilise le trousseau.</translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the keychain.</source>
        <translation>En attente de %1, qui utilise le trousseau.</translation>
    </message>
    <message>
        <source>%1 is using the keychain and has not finished. Close it or let it finish, then try again.</source>
        <translation>%1 utilise le trousseau et n’a pas terminé. Fermez-le ou laissez-le terminer, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this entry yet.</source>
        <translation>Rien n&apos;est encore enregistré dans le trousseau pour cette entrée.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to your desktop session or opening your password manager), then try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en ouvrant votre session de bureau ou votre gestionnaire de mots de passe), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Agency Tokens to use the keychain, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Agency Tokens à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Agency Tokens never stores secrets in plain files; install a keychain (GNOME Keyring, KWallet or KeePassXC&apos;s Secret Service) and try again.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système. Agency Tokens n&apos;enregistre jamais de secrets dans de simples fichiers&#xa0;; installez un trousseau (GNOME Keyring, KWallet ou le Secret Service de KeePassXC) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) cannot be reached. Start GNOME Keyring, KWallet or another Secret Service provider, then try again. Nothing was saved elsewhere.</source>
        <translation>Le trousseau du système (Secret Service) est injoignable. Démarrez GNOME Keyring, KWallet ou un autre fournisseur Secret Service, puis réessayez. Rien n&apos;a été enregistré ailleurs.</translation>
    </message>
    <message>
        <source>This keychain does not support the operation. Use another keychain provider.</source>
        <translation>Ce trousseau ne prend pas en charge cette opération. Utilisez un autre fournisseur de trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused to delete the entry. Unlock it and try again.</source>
        <translation>Le trousseau a refusé de supprimer l&apos;entrée. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you to unlock it; check for a password prompt, then try again.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps. Il attend peut-être d&apos;être déverrouillé&#xa0;; cherchez une demande de mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>Unknown keychain error.</source>
        <translation>Erreur inconnue du trousseau.</translation>
    </message>
    <message>
        <source>Another Agency Tokens window or agency-tokens-cli is using the keychain and has not finished. Close it or let it finish, then try again.</source>
        <translation>Une autre fenêtre d’Agency Tokens ou agency-tokens-cli utilise le trousseau et n’a pas terminé. Fermez-la ou laissez-la terminer, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was written: what it was for is gone.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: ce à quoi c&apos;était destiné n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::SecureClipboard</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>%1 copied · clears in %2 s</source>
        <translation>%1 copié · effacé dans %2 s</translation>
    </message>
    <message>
        <source>%1 copied · not cleared automatically</source>
        <translation>%1 copié · pas d&apos;effacement automatique</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::TokenService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept:</source>
        <translation>Connecté, mais la session n&apos;a pas pu être conservée&#xa0;:</translation>
    </message>
    <message>
        <source>Could not remove the saved tokens, so you are still signed in.</source>
        <translation>Impossible de supprimer les jetons enregistrés&#xa0;: vous êtes donc toujours connecté.</translation>
    </message>
    <message>
        <source>The platform no longer lists this token.</source>
        <translation>La plateforme ne répertorie plus ce jeton.</translation>
    </message>
    <message>
        <source>The platform refused this Auth Token for this token, so nothing was saved. Copy it again, whole, or reset the token.</source>
        <translation>La plateforme a refusé cet Auth Token pour ce jeton, donc rien n&apos;a été enregistré. Copiez-le à nouveau, en entier, ou réinitialisez le jeton.</translation>
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
        <translation>Lecture/écriture</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>Pas sur cet appareil</translation>
    </message>
    <message>
        <source>There is no saved token on this device yet.</source>
        <translation>Aucun jeton n&apos;est encore enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>This is done in the platform&apos;s web app for accounts of tokens you pasted.</source>
        <translation>Pour les comptes créés à partir de jetons collés, cela se fait dans l&apos;application web de la plateforme.</translation>
    </message>
    <message>
        <source>Signed-in accounts get new tokens from the platform.</source>
        <translation>Les comptes connectés reçoivent les nouveaux jetons de la plateforme.</translation>
    </message>
    <message>
        <source>The %1 token was reset. The old one no longer works.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a été réinitialisé. L&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Passes: the platform answered for “%1”.</source>
        <translation>Valide&#xa0;: la plateforme a répondu pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Does not pass: the platform refused this token (it is wrong, or it was reset).</source>
        <translation>Non valide&#xa0;: la plateforme a refusé ce jeton (il est erroné ou a été réinitialisé).</translation>
    </message>
    <message>
        <source>Version %1 did not accept the call: %2</source>
        <translation>La version %1 n&apos;a pas accepté l&apos;appel&#xa0;: %2</translation>
    </message>
    <message>
        <source>Version %1 accepted the call for “%2”.</source>
        <translation>La version %1 a accepté l&apos;appel pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1: the platform refused this token.</source>
        <translation>Version %1&#xa0;: la plateforme a refusé ce jeton.</translation>
    </message>
    <message>
        <source>The %1 token now uses API version %2.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» utilise désormais la version %2 de l&apos;API.</translation>
    </message>
    <message>
        <source>Replaced: the new %1 token passes and the old one no longer does.</source>
        <translation>Remplacé&#xa0;: le nouveau jeton «&#xa0;%1&#xa0;» est valide et l&apos;ancien ne l&apos;est plus.</translation>
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
        <translation>commande curl</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Signed-in accounts get their tokens from the platform.</source>
        <translation>Les comptes connectés reçoivent leurs jetons de la plateforme.</translation>
    </message>
    <message>
        <source>The account already holds this token: use Replace token.</source>
        <translation>Le compte détient déjà ce jeton&#xa0;: utilisez «&#xa0;Remplacer le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>Reset (%1)</source>
        <translation>Réinitialiser (%1)</translation>
    </message>
    <message>
        <source>Replace token (%1)…</source>
        <translation>Remplacer le jeton (%1)…</translation>
    </message>
    <message>
        <source>Add the %1 token…</source>
        <translation>Ajouter le jeton «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The %1 token passes and is saved in the keychain.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» est valide et enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The %1 token was reset. The old one no longer works. The new one is not saved on this device yet: copy it now, then retry saving.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a été réinitialisé. L&apos;ancien ne fonctionne plus. Le nouveau n&apos;est pas encore enregistré sur cet appareil&#xa0;: copiez-le maintenant, puis réessayez l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Not known (chosen in the web app)</source>
        <translation>Inconnue (choisie dans l&apos;application web)</translation>
    </message>
    <message>
        <source>Added to this device</source>
        <translation>Ajouté sur cet appareil le</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Not known: before %1, when it was replaced on this device</source>
        <translation>Inconnue&#xa0;: avant le %1, quand il a été remplacé sur cet appareil</translation>
    </message>
    <message>
        <source>Not known (reset in the web app)</source>
        <translation>Inconnue (réinitialisé dans l&apos;application web)</translation>
    </message>
    <message>
        <source>Genuine, but not allowed to read company information: the platform knows this token, and its scopes leave that call out.</source>
        <translation>Authentique, mais sans droit de lire les informations de l&apos;entreprise&#xa0;: la plateforme connaît ce jeton, et ses portées excluent cet appel.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié %1</translation>
    </message>
    <message>
        <source>The platform shows a scoped token&apos;s Auth Token only when it is created or reset, and this device does not hold it. Paste it, or reset the token to get a new one.</source>
        <translation>La plateforme n&apos;affiche l&apos;Auth Token d&apos;un jeton à portée limitée qu&apos;à sa création ou à sa réinitialisation, et cet appareil ne le détient pas. Collez-le, ou réinitialisez le jeton pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>This device already holds this token&apos;s value.</source>
        <translation>Cet appareil détient déjà la valeur de ce jeton.</translation>
    </message>
    <message>
        <source>Only scoped access tokens have a name, contacts and scopes.</source>
        <translation>Seuls les jetons d&apos;accès à portée limitée ont un nom, des contacts et des portées.</translation>
    </message>
    <message>
        <source>The legacy tokens cannot be deleted.</source>
        <translation>Les jetons hérités ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left this hour.</source>
        <translation>%1 requêtes sur %2 restantes cette heure-ci.</translation>
    </message>
    <message>
        <source>%1 requests left this hour.</source>
        <translation>%1 requêtes restantes cette heure-ci.</translation>
    </message>
    <message>
        <source>Genuine: the platform knows this token, but it may not read company information (403).</source>
        <translation>Authentique&#xa0;: la plateforme connaît ce jeton, mais il ne peut pas lire les informations de l&apos;entreprise (403).</translation>
    </message>
    <message>
        <source>The token “%1” passes and is saved in the keychain.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» est accepté et enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The platform refused this token (it is wrong, or it was reset), so what it may reach is not known.</source>
        <translation>La plateforme a refusé ce jeton (il est erroné, ou a été réinitialisé), donc ce qu&apos;il peut atteindre n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit for this hour is used up, so the check stopped. Try again later.</source>
        <translation>La limite de requêtes de la plateforme pour cette heure est atteinte, donc la vérification s&apos;est arrêtée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Saved on the platform.</source>
        <translation>Enregistré sur la plateforme.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
    <message>
        <source>The scopes of “%1” are updated. Calls outside them now get 403.</source>
        <translation>Les portées de «&#xa0;%1&#xa0;» sont mises à jour. Les appels hors de ces portées reçoivent désormais 403.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est supprimé.</translation>
    </message>
    <message>
        <source>Checked in %1 requests: it may call %2 of %3 API categories.</source>
        <translation>Vérifié en %1 requêtes&#xa0;: il peut appeler %2 catégories d&apos;API sur %3.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::TokensOnlyService</name>
    <message>
        <source>The platform can be reached, so the token is checked before it is saved.</source>
        <translation>La plateforme est joignable&#xa0;: le jeton est donc vérifié avant d&apos;être enregistré.</translation>
    </message>
    <message>
        <source>The platform refused this Account SID and Auth Token, so nothing was saved. Check that both are copied whole, from the same token.</source>
        <translation>La plateforme a refusé cet Account SID et cet Auth Token&#xa0;: rien n&apos;a été enregistré. Vérifiez que les deux sont copiés en entier, depuis le même jeton.</translation>
    </message>
    <message>
        <source>There is no token of this kind to replace yet. Add it instead.</source>
        <translation>Il n&apos;y a pas encore de jeton de ce type à remplacer. Ajoutez-le plutôt.</translation>
    </message>
    <message>
        <source>This is the token already saved. Paste the new one from the web app.</source>
        <translation>C&apos;est le jeton déjà enregistré. Collez le nouveau depuis l&apos;application web.</translation>
    </message>
    <message>
        <source>The new token does not pass the platform&apos;s check, so the saved one was kept. Copy it again, whole, from the same account.</source>
        <translation>Le nouveau jeton ne passe pas la vérification de la plateforme&#xa0;: le jeton enregistré a été conservé. Copiez-le de nouveau, en entier, depuis le même compte.</translation>
    </message>
    <message>
        <source>The old token still passes, so it has not been reset: both work now, and the saved one was kept. Reset it in the web app, then paste the new one.</source>
        <translation>L&apos;ancien jeton est toujours valide, il n&apos;a donc pas été réinitialisé&#xa0;: les deux fonctionnent, et celui qui est enregistré a été conservé. Réinitialisez-le dans l&apos;application web, puis collez le nouveau.</translation>
    </message>
    <message>
        <source>The new token is saved, but the old one could not be removed from the keychain:</source>
        <translation>Le nouveau jeton est enregistré, mais l&apos;ancien n&apos;a pas pu être retiré du trousseau&#xa0;:</translation>
    </message>
    <message>
        <source>This token belongs to “%1”, not to “%2”, so it was not added here. Add it as an account of its own.</source>
        <translation>Ce jeton appartient à «&#xa0;%1&#xa0;», pas à «&#xa0;%2&#xa0;»&#xa0;: il n&apos;a donc pas été ajouté ici. Ajoutez-le comme un compte à part.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s name, as the web app shows it.</source>
        <translation>Saisissez le nom du jeton, tel que l&apos;application web l&apos;affiche.</translation>
    </message>
    <message>
        <source>The name is too long: at most 100 characters.</source>
        <translation>Le nom est trop long&#xa0;: 100 caractères au plus.</translation>
    </message>
    <message>
        <source>This account already has a token called “%1”. Replace its value, or choose another name.</source>
        <translation>Ce compte a déjà un jeton nommé «&#xa0;%1&#xa0;». Remplacez sa valeur, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This account already holds a token with this Account SID.</source>
        <translation>Ce compte détient déjà un jeton avec cet Account SID.</translation>
    </message>
    <message>
        <source>This account holds no such token.</source>
        <translation>Ce compte ne détient pas ce jeton.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::UsageStore</name>
    <message>
        <source>The list of integrations (%1) cannot be read: %2</source>
        <translation>La liste des intégrations (%1) ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The list of integrations (%1) is damaged; it is kept as %2 at the next change.</source>
        <translation>La liste des intégrations (%1) est endommagée&#xa0;; elle sera conservée sous %2 à la prochaine modification.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Another window or agency-tokens-cli is changing the list of integrations. Try again.</source>
        <translation>Une autre fenêtre ou agency-tokens-cli modifie la liste des intégrations. Réessayez.</translation>
    </message>
    <message>
        <source>Could not save the list of integrations (%1): %2</source>
        <translation>Impossible d&apos;enregistrer la liste des intégrations (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not an export of integrations from Agency Tokens.</source>
        <translation>Ceci n&apos;est pas un export d&apos;intégrations d&apos;Agency Tokens.</translation>
    </message>
</context>
<context>
    <name>AgencyTokens::UsageView</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Confirmed %1</source>
        <translation>Confirmé le %1</translation>
    </message>
    <message>
        <source>1 of 1 integration still has the old token</source>
        <translation>1 intégration sur 1 a encore l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>%1 of %2 integrations still have the old token</source>
        <translation>%1 intégrations sur %2 ont encore l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>%1 holds this token and stops working until it gets the new one.</source>
        <translation>%1 utilise ce jeton et cesse de fonctionner jusqu&apos;à ce qu&apos;il reçoive le nouveau.</translation>
    </message>
    <message>
        <source>These integrations hold this token and stop working until they get the new one: %1.</source>
        <translation>Ces intégrations utilisent ce jeton et cessent de fonctionner jusqu&apos;à ce qu&apos;elles reçoivent le nouveau&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rotate every %1</source>
        <translation>Renouveler tous les %1</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Due for rotation: %1, rotate every %2</source>
        <translation>Renouvellement dû&#xa0;: %1, à renouveler tous les %2</translation>
    </message>
    <message>
        <source>%1 · rotate every %2</source>
        <translation>%1 · à renouveler tous les %2</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Copied as a curl command</source>
        <translation>Copié comme commande curl</translation>
    </message>
    <message>
        <source>Copied as environment variables</source>
        <translation>Copié comme variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Copied for “%1”</source>
        <translation>Copié pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Printed by agency-tokens-cli token</source>
        <translation>Affiché par agency-tokens-cli token</translation>
    </message>
    <message>
        <source>Handed to a command (run)</source>
        <translation>Transmis à une commande (run)</translation>
    </message>
    <message>
        <source>Used by agency-tokens-cli curl</source>
        <translation>Utilisé par agency-tokens-cli curl</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked what it can reach</source>
        <translation>Vérifié ce qu&apos;il peut atteindre</translation>
    </message>
    <message>
        <source>Checked what it can reach: %1</source>
        <translation>Vérifié ce qu&apos;il peut atteindre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Removed from this device</source>
        <translation>Retiré de cet appareil</translation>
    </message>
    <message>
        <source>“%1” has the new token</source>
        <translation>«&#xa0;%1&#xa0;» a le nouveau jeton</translation>
    </message>
    <message>
        <source>agency-tokens-cli</source>
        <translation>agency-tokens-cli</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>l&apos;application</translation>
    </message>
    <message>
        <source>Enter the integration&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;intégration.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Le nom est trop long&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This token already lists an integration called “%1”.</source>
        <translation>Ce jeton liste déjà une intégration nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>genuine, not permitted</source>
        <translation>authentique, non autorisé</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>platform not reached</source>
        <translation>plateforme injoignable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Legacy tokens are on</source>
        <translation>Les jetons hérités sont activés</translation>
    </message>
    <message>
        <source>Could not enable legacy tokens</source>
        <translation>Impossible d&apos;activer les jetons hérités</translation>
    </message>
    <message>
        <source>Token saved in the keychain</source>
        <translation>Jeton enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>The token is still not saved</source>
        <translation>Le jeton n&apos;est toujours pas enregistré</translation>
    </message>
    <message>
        <source>Read/Write token: API version upgraded</source>
        <translation>Jeton «&#xa0;Lecture/écriture&#xa0;»&#xa0;: version de l&apos;API mise à niveau</translation>
    </message>
    <message>
        <source>Requests without an IR-Version header now use the new version.</source>
        <translation>Les requêtes sans en-tête IR-Version utilisent désormais la nouvelle version.</translation>
    </message>
    <message>
        <source>Read-Only token: API version upgraded</source>
        <translation>Jeton «&#xa0;Lecture seule&#xa0;»&#xa0;: version de l&apos;API mise à niveau</translation>
    </message>
    <message>
        <source>Could not read this account&apos;s saved state</source>
        <translation>Impossible de lire l&apos;état enregistré de ce compte</translation>
    </message>
    <message>
        <source>Sign-out did not finish</source>
        <translation>La déconnexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Could not refresh</source>
        <translation>Actualisation impossible</translation>
    </message>
    <message>
        <source>The account was not removed</source>
        <translation>Le compte n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>The API reference did not open</source>
        <translation>La référence de l&apos;API ne s&apos;est pas ouverte</translation>
    </message>
</context>
<context>
    <name>AttentionCard</name>
    <message>
        <source>Needs your attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Tokens to rotate or integrations to update: %1</source>
        <translation>Jetons à renouveler ou intégrations à mettre à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rotate %1 (%2)</source>
        <translation>Renouveler %1 (%2)</translation>
    </message>
    <message>
        <source>Update the integrations of %1 (%2)</source>
        <translation>Mettre à jour les intégrations de %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvrir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuthToken</name>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>L&apos;Auth Token est vide.</translation>
    </message>
    <message>
        <source>An Auth Token has only letters, digits and . _ ~ - (character %1 is not one).</source>
        <translation>Un Auth Token ne contient que des lettres, des chiffres et . _ ~ - (le caractère %1 n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>An Auth Token is %1 characters long, this one has %2.</source>
        <translation>Un Auth Token compte %1 caractères, celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>Breadcrumbs</name>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Current page: %1</source>
        <translation>Page actuelle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CheckAllPage</name>
    <message>
        <source>Check all tokens</source>
        <translation>Vérifier tous les jetons</translation>
    </message>
    <message>
        <source>Asks the platform whether each token on this device still passes: one request per token, for every account. Nothing is changed.</source>
        <translation>Demande à la plateforme si chaque jeton de cet appareil est toujours valide&#xa0;: une requête par jeton, pour tous les comptes. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <source>Check every token</source>
        <translation>Vérifier chaque jeton</translation>
    </message>
    <message>
        <source>Checked %1 of %2 tokens</source>
        <translation>%1 jetons vérifiés sur %2</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <translation>%1, %2&#xa0;: %3. %4</translation>
    </message>
</context>
<context>
    <name>ClipboardBar</name>
    <message>
        <source>Clear now</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Effacer le presse-papiers maintenant</translation>
    </message>
</context>
<context>
    <name>ClipboardNote</name>
    <message>
        <source>Copied values leave the clipboard after %1 seconds. Paste them only into the integration that needs them.</source>
        <translation>Les valeurs copiées quittent le presse-papiers après %1 secondes. Collez-les uniquement dans l&apos;intégration qui en a besoin.</translation>
    </message>
    <message>
        <source>Copied values stay on the clipboard until you clear them (Settings › Clipboard).</source>
        <translation>Les valeurs copiées restent dans le presse-papiers jusqu&apos;à ce que vous les effaciez (Paramètres › Presse-papiers).</translation>
    </message>
</context>
<context>
    <name>ClipboardSettings</name>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Copied Account SIDs and tokens are removed from the clipboard after this time, and when you sign out.</source>
        <translation>Les Account SID et jetons copiés sont retirés du presse-papiers après ce délai, et à la déconnexion.</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Effacer le presse-papiers après</translation>
    </message>
</context>
<context>
    <name>ClipboardTimeout</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
</context>
<context>
    <name>CreateTokenPage</name>
    <message>
        <source>Create Access Token</source>
        <translation>Créer un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>“%1” is created</source>
        <translation>«&#xa0;%1&#xa0;» est créé</translation>
    </message>
    <message>
        <source>A scoped token for %1, with its own Account SID and Auth Token.</source>
        <translation>Un jeton à portée limitée pour %1, avec son propre Account SID et son propre Auth Token.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Step %1 of 3: %2</source>
        <translation>Étape %1 sur 3&#xa0;: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>1. Setup</source>
        <translation>1. Configuration</translation>
    </message>
    <message>
        <source>A name that says which integration uses it.</source>
        <translation>Un nom qui indique quelle intégration l&apos;utilise.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Warehouse export</source>
        <translation>p. ex. Export de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <source>API Version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Version %1 (latest)</source>
        <translation>Version %1 (la plus récente)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>API Version of the new token</source>
        <translation>Version de l&apos;API du nouveau jeton</translation>
    </message>
    <message>
        <source>2. Contacts</source>
        <translation>2. Contacts</translation>
    </message>
    <message>
        <source>Who the platform tells about this token, and who to ask before it is reset.</source>
        <translation>Qui la plateforme informe au sujet de ce jeton, et qui consulter avant de le réinitialiser.</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Contact principal (e-mail)</translation>
    </message>
    <message>
        <source>Developer e-mails (optional, separated by commas)</source>
        <translation>E-mails des développeurs (facultatif, séparés par des virgules)</translation>
    </message>
    <message>
        <source>3. Scopes</source>
        <translation>3. Portées</translation>
    </message>
    <message>
        <source>Only what the integration needs: every other call gets 403.</source>
        <translation>Seulement ce dont l&apos;intégration a besoin&#xa0;: tout autre appel reçoit 403.</translation>
    </message>
    <message>
        <source>Loading the scopes</source>
        <translation>Chargement des portées</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s scopes…</source>
        <translation>Chargement des portées de la plateforme…</translation>
    </message>
    <message>
        <source>The token was not created</source>
        <translation>Le jeton n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Creating the token on the platform…</source>
        <translation>Création du jeton sur la plateforme…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Annuler et revenir</translation>
    </message>
    <message>
        <source>Back to step %1</source>
        <translation>Retour à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Next: step %1</source>
        <translation>Suivant&#xa0;: étape %1</translation>
    </message>
    <message>
        <source>Create the token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Open its pages</source>
        <translation>Ouvrir ses pages</translation>
    </message>
    <message>
        <source>Open the pages of the new token</source>
        <translation>Ouvrir les pages du nouveau jeton</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>CredentialRow</name>
    <message>
        <source>Press Ctrl+C to copy</source>
        <translation>Ctrl+C pour copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>DeleteTokenDialog</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove “%1” from this device?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cet appareil&#xa0;?</translation>
    </message>
    <message>
        <source>The platform deletes the token: from then on its Account SID and Auth Token get 401, and every integration that uses it fails. This cannot be undone.</source>
        <translation>La plateforme supprime le jeton&#xa0;: dès lors, son Account SID et son Auth Token reçoivent 401, et toute intégration qui l&apos;utilise échoue. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>The app forgets the token and takes it out of the keychain. It keeps working on the platform: delete it in the web app (%1) if no integration needs it.</source>
        <translation>L&apos;application oublie le jeton et le retire du trousseau. Il continue de fonctionner sur la plateforme&#xa0;: supprimez-le dans l&apos;application web (%1) si aucune intégration n&apos;en a besoin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete the token %1</source>
        <translation>Supprimer le jeton %1</translation>
    </message>
    <message>
        <source>Remove the token %1 from this device</source>
        <translation>Retirer le jeton %1 de cet appareil</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Contact principal (e-mail)</translation>
    </message>
    <message>
        <source>Developer e-mails (separated by commas)</source>
        <translation>E-mails des développeurs (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the token&apos;s details on the platform</source>
        <translation>Enregistrer les informations du jeton sur la plateforme</translation>
    </message>
</context>
<context>
    <name>EnableButton</name>
    <message>
        <source>Enabling…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Enable Legacy Tokens</source>
        <translation>Activer les jetons hérités</translation>
    </message>
    <message>
        <source>Enabling legacy tokens</source>
        <translation>Activation des jetons hérités</translation>
    </message>
</context>
<context>
    <name>EnableDialog</name>
    <message>
        <source>Enable legacy tokens?</source>
        <translation>Activer les jetons hérités&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Enable legacy tokens</source>
        <translation>Activer les jetons hérités</translation>
    </message>
    <message>
        <source>This creates a Read/Write and a Read-Only token for the whole agency. It cannot be undone: the tokens stay until they are reset. Until then, everyone who can open Platform REST Web Services for this agency (in this app or the platform&apos;s web app) can see and copy them. Reset both right after, and give the new values only to the integrations that need them.</source>
        <translation>Cela crée un jeton Lecture/Écriture et un jeton Lecture seule pour toute l&apos;agence. C&apos;est irréversible&#xa0;: les jetons restent jusqu&apos;à leur réinitialisation. D&apos;ici là, toute personne qui peut ouvrir les Services web REST de la plateforme pour cette agence (dans cette application ou dans l&apos;application web de la plateforme) peut les voir et les copier. Réinitialisez-les tous les deux juste après, et ne donnez les nouvelles valeurs qu&apos;aux intégrations qui en ont besoin.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>%1 · tokens you added, checked against %2</source>
        <translation>%1 · jetons ajoutés par vous, vérifiés auprès de %2</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <source>Legacy API tokens</source>
        <translation>Jetons API hérités</translation>
    </message>
    <message>
        <source>Legacy tokens are on for %1. Manage them under Settings › Account › Technical.</source>
        <translation>Les jetons hérités sont activés pour %1. Gérez-les dans Paramètres › Compte › Technique.</translation>
    </message>
    <message>
        <source>Legacy tokens are off. Turn them on under Settings › Account › Technical if an integration needs them.</source>
        <translation>Les jetons hérités sont désactivés. Activez-les dans Paramètres › Compte › Technique si une intégration en a besoin.</translation>
    </message>
    <message>
        <source>Open Platform REST Web Services</source>
        <translation>Ouvrir les services web REST de la plateforme</translation>
    </message>
    <message>
        <source>Keep tokens secret</source>
        <translation>Gardez les jetons secrets</translation>
    </message>
    <message>
        <source>A token works for anyone who has it. Reset it at once if it may have leaked, and rotate it on a schedule.</source>
        <translation>Un jeton fonctionne pour quiconque le détient. Réinitialisez-le dès qu&apos;il a pu fuiter, et renouvelez-le régulièrement.</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <source>Check all tokens</source>
        <translation>Vérifier tous les jetons</translation>
    </message>
    <message>
        <source>Ask the platform whether every token on this device still passes, for every account: one request per token.</source>
        <translation>Demandez à la plateforme si chaque jeton de cet appareil est toujours valide, pour tous les comptes&#xa0;: une requête par jeton.</translation>
    </message>
    <message>
        <source>Check every token of every account</source>
        <translation>Vérifier chaque jeton de chaque compte</translation>
    </message>
    <message>
        <source>Activity on this device</source>
        <translation>Activité sur cet appareil</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>The platform&apos;s request limit (%1 requests an hour) is used up. Try again in %2 s.</source>
        <translation>La limite de requêtes de la plateforme (%1 requêtes par heure) est atteinte. Réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit is used up. Try again in %1 s.</source>
        <translation>La limite de requêtes de la plateforme est atteinte. Réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>du XML</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Try again in %1 s (at %2).</source>
        <translation>Trop d&apos;échecs de connexion pour cet utilisateur. Réessayez dans %1 s (à %2).</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Try again in %1 min (at %2).</source>
        <translation>Trop d&apos;échecs de connexion pour cet utilisateur. Réessayez dans %1 min (à %2).</translation>
    </message>
    <message>
        <source> The platform said: “%1”</source>
        <translation> Message de la plateforme&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> (The answer was %1, not JSON.)</source>
        <translation> (La réponse était %1, pas du JSON.)</translation>
    </message>
    <message>
        <source> Its explanation was not in the platform&apos;s error format.</source>
        <translation> Son explication n&apos;était pas au format d&apos;erreur de la plateforme.</translation>
    </message>
    <message>
        <source>This address uses plain http://. Tokens are only sent over HTTPS (plain http is allowed for this computer only). Use the https:// address of your platform.</source>
        <translation>Cette adresse utilise http:// sans chiffrement. Les jetons ne sont envoyés qu&apos;en HTTPS (http simple n&apos;est permis que pour cet ordinateur). Utilisez l&apos;adresse https:// de votre plateforme.</translation>
    </message>
    <message>
        <source>This is not a usable platform address. Enter it as https://your-platform.example.</source>
        <translation>Cette adresse de plateforme est inutilisable. Saisissez-la sous la forme https://votre-plateforme.example.</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Check your connection and the address, then try again.</source>
        <translation>La plateforme est injoignable. Vérifiez votre connexion et l&apos;adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. Try again in a moment.</source>
        <translation>La plateforme n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The platform closed the connection without answering. Try again in a moment; if it keeps happening, check the address points at the platform.</source>
        <translation>La plateforme a fermé la connexion sans répondre. Réessayez dans un instant&#xa0;; si cela se répète, vérifiez que l&apos;adresse mène bien à la plateforme.</translation>
    </message>
    <message>
        <source>The platform&apos;s secure connection could not be verified, so nothing was sent. Check the address; if it is right, the certificate may be wrong or the network intercepted.</source>
        <translation>La connexion sécurisée à la plateforme n&apos;a pas pu être vérifiée&#xa0;: rien n&apos;a été envoyé. Vérifiez l&apos;adresse&#xa0;; si elle est juste, le certificat est peut-être erroné ou le réseau intercepté.</translation>
    </message>
    <message>
        <source>The platform tried to send this request to another address. It was refused so that your credentials stay with the platform you chose.</source>
        <translation>La plateforme a tenté de rediriger cette requête vers une autre adresse. Elle a été refusée pour que vos identifiants restent auprès de la plateforme choisie.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was far larger than expected and was refused.</source>
        <translation>La réponse de la plateforme était bien plus volumineuse que prévu et a été refusée.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be understood. Check the address points at the platform.</source>
        <translation>La réponse de la plateforme est incompréhensible. Vérifiez que l&apos;adresse mène bien à la plateforme.</translation>
    </message>
    <message>
        <source>The platform answered with %1 instead of JSON, so nothing could be read from it. Check that the address is the platform&apos;s API address.</source>
        <translation>La plateforme a répondu par %1 au lieu de JSON&#xa0;: rien n&apos;a pu être lu. Vérifiez que l&apos;adresse est bien celle de l&apos;API de la plateforme.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit is used up. Try again later.</source>
        <translation>La limite de requêtes de la plateforme est atteinte. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The platform reported an error. Try again later.</source>
        <translation>La plateforme a signalé une erreur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Wait a few minutes, then try again.</source>
        <translation>Trop de connexions échouées pour cet utilisateur. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again.</source>
        <translation>Vous n&apos;êtes pas connecté. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; your saved tokens are kept.</source>
        <translation>Votre session a expiré. Reconnectez-vous&#xa0;; vos jetons enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Only account administrators and implementation specialists may see or change API tokens. Ask one of them.</source>
        <translation>Seuls les administrateurs du compte et les spécialistes de la mise en œuvre peuvent voir ou modifier les jetons API. Adressez-vous à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Legacy tokens are already enabled for this account.</source>
        <translation>Les jetons hérités sont déjà activés pour ce compte.</translation>
    </message>
    <message>
        <source>Legacy tokens are not enabled for this account yet.</source>
        <translation>Les jetons hérités ne sont pas encore activés pour ce compte.</translation>
    </message>
    <message>
        <source>The platform does not know this kind of token.</source>
        <translation>La plateforme ne connaît pas ce type de jeton.</translation>
    </message>
    <message>
        <source>An API version can only be upgraded, never lowered.</source>
        <translation>Une version de l&apos;API ne peut que monter, jamais redescendre.</translation>
    </message>
    <message>
        <source>The platform does not offer this API version.</source>
        <translation>La plateforme ne propose pas cette version de l&apos;API.</translation>
    </message>
    <message>
        <source>A Read-Only token cannot change data.</source>
        <translation>Un jeton en lecture seule ne peut pas modifier de données.</translation>
    </message>
    <message>
        <source>The platform could not read the request. Update the app.</source>
        <translation>La plateforme n&apos;a pas pu lire la requête. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The platform refused the request format. Update the app.</source>
        <translation>La plateforme a refusé le format de la requête. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The request was too large for the platform.</source>
        <translation>La requête était trop volumineuse pour la plateforme.</translation>
    </message>
    <message>
        <source>The platform refused the request as malformed. Update the app.</source>
        <translation>La plateforme a rejeté la requête comme mal formée. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The platform does not allow this token to do that: a Read-Only token cannot change data, and a token can be limited to some calls.</source>
        <translation>La plateforme n&apos;autorise pas ce jeton à faire cela&#xa0;: un jeton en lecture seule ne peut pas modifier de données, et un jeton peut être limité à certains appels.</translation>
    </message>
    <message>
        <source>The platform refused this Account SID and Auth Token: the token is wrong, or it was reset.</source>
        <translation>La plateforme a refusé cet Account SID et cet Auth Token&#xa0;: le jeton est erroné ou a été réinitialisé.</translation>
    </message>
    <message>
        <source>The platform had an internal error. Try again later.</source>
        <translation>La plateforme a rencontré une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The platform does not offer this function. Check the address.</source>
        <translation>La plateforme ne propose pas cette fonction. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1). Try again later.</source>
        <translation>La plateforme a rencontré une erreur interne (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1).</source>
        <translation>La plateforme a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The platform&apos;s request limit (%1 requests an hour) is used up. Try again later.</source>
        <translation>La limite de requêtes de la plateforme (%1 requêtes par heure) est atteinte. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This account already has an access token with this name. Choose another name.</source>
        <translation>Ce compte a déjà un jeton d&apos;accès de ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The platform does not offer one of the chosen scopes. Reload the list of scopes and choose again.</source>
        <translation>La plateforme ne propose pas l&apos;une des portées choisies. Rechargez la liste des portées et choisissez à nouveau.</translation>
    </message>
    <message>
        <source>This account has as many access tokens as the platform allows (50). Delete one it no longer needs first.</source>
        <translation>Ce compte a autant de jetons d&apos;accès que la plateforme le permet (50). Supprimez d&apos;abord un jeton dont il n&apos;a plus besoin.</translation>
    </message>
    <message>
        <source>The platform has no such access token: it may have been deleted. Reload the page.</source>
        <translation>La plateforme ne connaît pas ce jeton d&apos;accès&#xa0;: il a peut-être été supprimé. Rechargez la page.</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>IntegrationChecklist</name>
    <message>
        <source>Every listed integration has the new token.</source>
        <translation>Chaque intégration listée a le nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>IntegrationDialog</name>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la liste&#xa0;?</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add an integration</source>
        <translation>Ajouter une intégration</translation>
    </message>
    <message>
        <source>The integration keeps its token; only this device&apos;s list forgets it, so a reset will no longer name it.</source>
        <translation>L&apos;intégration garde son jeton&#xa0;; seule la liste de cet appareil l&apos;oublie, et une réinitialisation ne la nommera plus.</translation>
    </message>
    <message>
        <source>Name (for example “Reporting sync”)</source>
        <translation>Nom (par exemple «&#xa0;Synchro des rapports&#xa0;»)</translation>
    </message>
    <message>
        <source>Owner (who to ask)</source>
        <translation>Responsable (à qui demander)</translation>
    </message>
    <message>
        <source>Note (where it runs, what it does)</source>
        <translation>Note (où elle tourne, ce qu&apos;elle fait)</translation>
    </message>
    <message>
        <source>API categories it calls</source>
        <translation>Catégories d&apos;API qu&apos;elle appelle</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Appelle %1</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>Retirer de la liste…</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>Retirer %1 de la liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save the integration</source>
        <translation>Enregistrer l&apos;intégration</translation>
    </message>
    <message>
        <source>Add the integration</source>
        <translation>Ajouter l&apos;intégration</translation>
    </message>
</context>
<context>
    <name>IntegrationRow</name>
    <message>
        <source>%1, still has the old token</source>
        <translation>%1, a encore l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Plus pour %1</translation>
    </message>
    <message>
        <source>Edit or remove…</source>
        <translation>Modifier ou retirer…</translation>
    </message>
    <message>
        <source>Still has the old token</source>
        <translation>A encore l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>Has the new token</source>
        <translation>A le nouveau jeton</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy new token</source>
        <translation>Copier le nouveau jeton</translation>
    </message>
    <message>
        <source>Copy the new token for %1</source>
        <translation>Copier le nouveau jeton pour %1</translation>
    </message>
    <message>
        <source>Mark updated</source>
        <translation>Marquer à jour</translation>
    </message>
    <message>
        <source>%1 has the new token</source>
        <translation>%1 a le nouveau jeton</translation>
    </message>
</context>
<context>
    <name>IntegrationsCard</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Every %1 days (suggested)</source>
        <translation>Tous les %1 jours (conseillé)</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Tous les %1 jours</translation>
    </message>
    <message>
        <source>Where %1 is used</source>
        <translation>Où %1 est utilisé</translation>
    </message>
    <message>
        <source>Each integration that holds this token. A reset then tells you which to update. Kept on this device, without the token.</source>
        <translation>Chaque intégration qui détient ce jeton. Une réinitialisation vous dit alors lesquelles mettre à jour. Gardé sur cet appareil, sans le jeton.</translation>
    </message>
    <message>
        <source>Copy the new token into each one below, then mark it updated.</source>
        <translation>Copiez le nouveau jeton dans chacune ci-dessous, puis marquez-la à jour.</translation>
    </message>
    <message>
        <source>No integration listed yet.</source>
        <translation>Aucune intégration listée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add integration…</source>
        <translation>Ajouter une intégration…</translation>
    </message>
    <message>
        <source>Add an integration that uses %1</source>
        <translation>Ajouter une intégration qui utilise %1</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Age counts from the token&apos;s creation or last reset (a pasted token: when it was added or replaced).</source>
        <translation>L&apos;âge compte depuis la création ou la dernière réinitialisation du jeton (un jeton collé&#xa0;: depuis son ajout ou son remplacement).</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À renouveler</translation>
    </message>
    <message>
        <source>Age not known yet.</source>
        <translation>Âge pas encore connu.</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>Activity on this device</source>
        <translation>Activité sur cet appareil</translation>
    </message>
    <message>
        <source>All activity on this device</source>
        <translation>Toute l&apos;activité sur cet appareil</translation>
    </message>
</context>
<context>
    <name>IssuedToken</name>
    <message>
        <source>Shown only this once</source>
        <translation>Affiché une seule fois</translation>
    </message>
    <message>
        <source>The platform never shows this Auth Token again. Copy it into the integration now; it also stays saved in this device&apos;s keychain.</source>
        <translation>La plateforme n&apos;affichera plus jamais cet Auth Token. Copiez-le maintenant dans l&apos;intégration&#xa0;; il reste aussi enregistré dans le trousseau de cet appareil.</translation>
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
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the new Auth Token</source>
        <translation>Masquer le nouvel Auth Token</translation>
    </message>
    <message>
        <source>Reveal the new Auth Token</source>
        <translation>Afficher le nouvel Auth Token</translation>
    </message>
    <message>
        <source>The keychain did not store the new token. Copy it now, then retry saving.</source>
        <translation>Le trousseau n&apos;a pas enregistré le nouveau jeton. Copiez-le maintenant, puis réessayez l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>KeychainProblemView</name>
    <message>
        <source>This account&apos;s tokens cannot be read from the keychain</source>
        <translation>Les jetons de ce compte ne peuvent pas être lus dans le trousseau</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Read this account from the keychain again</source>
        <translation>Relire ce compte dans le trousseau</translation>
    </message>
    <message>
        <source>Nothing was changed or removed. Once the keychain is unlocked, Try again shows the account as it was.</source>
        <translation>Rien n&apos;a été modifié ni supprimé. Une fois le trousseau déverrouillé, «&#xa0;Réessayer&#xa0;» affiche le compte tel qu&apos;il était.</translation>
    </message>
</context>
<context>
    <name>LabeledField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>Masquer le champ %1</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Afficher le champ %1</translation>
    </message>
</context>
<context>
    <name>LegacyTokensCard</name>
    <message>
        <source>Legacy Account Tokens. Open Overview and API Credentials</source>
        <translation>Jetons de compte hérités. Ouvrir la vue d&apos;ensemble et les identifiants API</translation>
    </message>
    <message>
        <source>Legacy Account Tokens</source>
        <translation>Jetons de compte hérités</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>The platform&apos;s older kind of API credentials: one Read/Write and one Read-Only token for the whole agency. Select the card to see and copy them.</source>
        <translation>L&apos;ancien type d&apos;identifiants API de la plateforme&#xa0;: un jeton en lecture/écriture et un jeton en lecture seule pour toute l&apos;agence. Sélectionnez la carte pour les voir et les copier.</translation>
    </message>
    <message>
        <source>Move to scoped tokens…</source>
        <translation>Passer aux jetons à portée limitée…</translation>
    </message>
</context>
<context>
    <name>MobileDrawer</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
</context>
<context>
    <name>MoreButton</name>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>MoveToScopedDialog</name>
    <message>
        <source>%1 replacement</source>
        <translation>Remplacement de %1</translation>
    </message>
    <message>
        <source>Scoped token created</source>
        <translation>Jeton à portée limitée créé</translation>
    </message>
    <message>
        <source>Move to scoped tokens</source>
        <translation>Passer aux jetons à portée limitée</translation>
    </message>
    <message>
        <source>The platform asks agencies to move off legacy tokens. Give each integration a scoped token that may call only what it needs; then reset the legacy token.</source>
        <translation>La plateforme demande aux agences d&apos;abandonner les jetons hérités. Donnez à chaque intégration un jeton à portée limitée qui ne peut appeler que ce dont elle a besoin, puis réinitialisez le jeton hérité.</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Lecture/écriture</translation>
    </message>
    <message>
        <source>Replace the Read/Write token</source>
        <translation>Remplacer le jeton «&#xa0;Lecture/écriture&#xa0;»</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Replace the Read-Only token</source>
        <translation>Remplacer le jeton «&#xa0;Lecture seule&#xa0;»</translation>
    </message>
    <message>
        <source>Not known yet: check what the %1 token can reach. The scoped token gets the scopes of the API categories it reaches%2.</source>
        <translation>Pas encore connu&#xa0;: vérifiez ce que le jeton «&#xa0;%1&#xa0;» peut atteindre. Le jeton à portée limitée reçoit les portées des catégories d&apos;API qu&apos;il atteint%2.</translation>
    </message>
    <message>
        <source>, reads only</source>
        <translation>, en lecture seule</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Vérifier ce qu&apos;il atteint</translation>
    </message>
    <message>
        <source>Check what the %1 token can reach</source>
        <translation>Vérifier ce que le jeton «&#xa0;%1&#xa0;» peut atteindre</translation>
    </message>
    <message>
        <source>Scopes for a token that does what the %1 token was found to reach:</source>
        <translation>Portées d&apos;un jeton qui atteint ce que la vérification a trouvé pour le jeton «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Primary contact (e-mail)</source>
        <translation>Contact principal (e-mail)</translation>
    </message>
    <message>
        <source>In the platform&apos;s web app:</source>
        <translation>Dans l&apos;application web de la plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>1. Open %1 and go to %2.</source>
        <translation>1. Ouvrez %1 et allez dans %2.</translation>
    </message>
    <message>
        <source>2. Select Create Access Token and name it, e.g. “%1”.</source>
        <translation>2. Sélectionnez «&#xa0;Créer un jeton d&apos;accès&#xa0;» et nommez-le, p. ex. «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>3. Choose the scopes listed above, then create it.</source>
        <translation>3. Choisissez les portées listées ci-dessus, puis créez-le.</translation>
    </message>
    <message>
        <source>4. Copy its Account SID and Auth Token (shown once) and use Add scoped token… here.</source>
        <translation>4. Copiez son Account SID et son Auth Token (affichés une seule fois) et utilisez ici «&#xa0;Ajouter un jeton…&#xa0;».</translation>
    </message>
    <message>
        <source>5. Give it to the integrations, then reset the legacy %1 token.</source>
        <translation>5. Donnez-le aux intégrations, puis réinitialisez le jeton hérité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Creating the scoped token…</source>
        <translation>Création du jeton à portée limitée…</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Non créé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Create scoped token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Create a scoped token to replace the %1 token</source>
        <translation>Créer un jeton à portée limitée pour remplacer le jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replaces the legacy %1 token.</source>
        <translation>Remplace le jeton hérité «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. %1</source>
        <translation>Hors ligne. %1</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry connecting to the platform</source>
        <translation>Réessayer de se connecter à la plateforme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Saved tokens still copy.</source>
        <translation>&lt;b&gt;Hors ligne.&lt;/b&gt; La copie fonctionne.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>About these tokens</source>
        <translation>À propos de ces jetons</translation>
    </message>
    <message>
        <source>Legacy tokens keep working, but they are the older way to reach the API. Give each integration only the token it needs, and reset a token whenever it may have leaked.</source>
        <translation>Les jetons hérités fonctionnent toujours, mais c&apos;est l&apos;ancienne façon d&apos;accéder à l&apos;API. Ne donnez à chaque intégration que le jeton dont elle a besoin, et réinitialisez un jeton dès qu&apos;il a pu fuiter.</translation>
    </message>
    <message>
        <source>Legacy tokens are the platform&apos;s older kind of API token: the only kind before April 2025, and still available beside scoped access tokens. Your agency has two: the &lt;b&gt;Read/Write&lt;/b&gt; token for integrations that change data, and the &lt;b&gt;Read-Only&lt;/b&gt; token for those that only read. An integration sends the Account SID as user name and the Auth Token as password.</source>
        <translation>Les jetons hérités sont l&apos;ancien type de jeton d&apos;API de la plateforme&#xa0;: le seul avant avril 2025, et toujours disponible à côté des jetons d&apos;accès à portée limitée. Votre agence en a deux&#xa0;: le jeton &lt;b&gt;Lecture/Écriture&lt;/b&gt; pour les intégrations qui modifient des données, et le jeton &lt;b&gt;Lecture seule&lt;/b&gt; pour celles qui ne font que lire. Une intégration envoie l&apos;Account SID comme nom d&apos;utilisateur et l&apos;Auth Token comme mot de passe.</translation>
    </message>
</context>
<context>
    <name>ProbeDialog</name>
    <message>
        <source>What “%1” can reach</source>
        <translation>Ce que «&#xa0;%1&#xa0;» peut atteindre</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Asking the platform, one request per API category…</source>
        <translation>Interrogation de la plateforme, une requête par catégorie d&apos;API…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ProbeRows</name>
    <message>
        <source>Not checked yet. A check sends one cheap request per API category and reads only the answer&apos;s status: nothing is changed.</source>
        <translation>Pas encore vérifié. Une vérification envoie une requête légère par catégorie d&apos;API et ne lit que le statut de la réponse&#xa0;: rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Denied (403)</source>
        <translation>Refusé (403)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>RemoveAccountDialog</name>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>This removes the account and its saved tokens from this device&apos;s keychain. Other accounts keep theirs. The tokens themselves keep working for your integrations.</source>
        <translation>Le compte et ses jetons enregistrés sont retirés du trousseau de cet appareil. Les autres comptes gardent les leurs. Les jetons eux-mêmes continuent de fonctionner pour vos intégrations.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the account and its saved tokens</source>
        <translation>Supprimer le compte et ses jetons enregistrés</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>Enregistrer le nouveau nom</translation>
    </message>
</context>
<context>
    <name>ReplaceTokenDialog</name>
    <message>
        <source>%1 token replaced</source>
        <translation>Jeton «&#xa0;%1&#xa0;» remplacé</translation>
    </message>
    <message>
        <source>Replace the %1 token</source>
        <translation>Remplacer le jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reset the token in the platform&apos;s web app first (%1), then paste the new Auth Token here. It replaces the saved one only if it passes and the old one no longer does.</source>
        <translation>Réinitialisez d&apos;abord le jeton dans l&apos;application web de la plateforme (%1), puis collez ici le nouvel Auth Token. Il ne remplace celui enregistré que s&apos;il est valide et que l&apos;ancien ne l&apos;est plus.</translation>
    </message>
    <message>
        <source>New Auth Token</source>
        <translation>Nouvel Auth Token</translation>
    </message>
    <message>
        <source>Checking the new and the old token</source>
        <translation>Vérification du nouveau et de l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>Checking that the new token passes and the old one fails…</source>
        <translation>Vérification que le nouveau jeton est valide et que l&apos;ancien ne l&apos;est plus…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check and replace</source>
        <translation>Vérifier et remplacer</translation>
    </message>
    <message>
        <source>Check and replace the %1 token</source>
        <translation>Vérifier et remplacer le jeton «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>New %1 token ready</source>
        <translation>Nouveau jeton «&#xa0;%1&#xa0;» prêt</translation>
    </message>
    <message>
        <source>Reset (%1)?</source>
        <translation>Réinitialiser (%1)&#xa0;?</translation>
    </message>
    <message>
        <source>A new Auth Token replaces the current %1 token. The old value stops passing authorization at once: every integration that still uses it fails until you update it with the new token.</source>
        <translation>Un nouvel Auth Token remplace le jeton «&#xa0;%1&#xa0;» actuel. L&apos;ancienne valeur cesse aussitôt d&apos;être autorisée&#xa0;: toute intégration qui l&apos;utilise encore échouera jusqu&apos;à ce que vous y mettiez le nouveau jeton.</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <source>Resetting the %1 token…</source>
        <translation>Réinitialisation du jeton «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The token was not reset</source>
        <translation>Le jeton n&apos;a pas été réinitialisé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reset token</source>
        <translation>Réinitialiser le jeton</translation>
    </message>
    <message>
        <source>Reset the %1 token</source>
        <translation>Réinitialiser le jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ResetResult</name>
    <message>
        <source>The old %1 token no longer works. Copy the new one into your integrations now.</source>
        <translation>L&apos;ancien jeton «&#xa0;%1&#xa0;» ne fonctionne plus. Copiez dès maintenant le nouveau dans vos intégrations.</translation>
    </message>
    <message>
        <source>New Auth Token</source>
        <translation>Nouvel Auth Token</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy a curl command with the new %1 token</source>
        <translation>Copier une commande curl avec le nouveau jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy as environment</source>
        <translation>Copier en variables</translation>
    </message>
    <message>
        <source>Copy the new %1 credentials as environment variables</source>
        <translation>Copier les nouveaux identifiants «&#xa0;%1&#xa0;» en variables d&apos;environnement</translation>
    </message>
    <message>
        <source>The keychain did not store the new token. Copy it now, then retry saving.</source>
        <translation>Le trousseau n&apos;a pas enregistré le nouveau jeton. Copiez-le maintenant, puis réessayez l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The platform shows it only this once; it stays saved on this device.</source>
        <translation>La plateforme ne l&apos;affiche que cette fois&#xa0;; il reste enregistré sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>RestWebServicesPage</name>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Services web REST de la plateforme</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Integrations call the platform&apos;s REST API with HTTP Basic auth: the Account SID as user name and the Auth Token as password.</source>
        <translation>Les intégrations appellent l&apos;API REST de la plateforme avec l&apos;authentification HTTP Basic&#xa0;: l&apos;Account SID comme nom d&apos;utilisateur et l&apos;Auth Token comme mot de passe.</translation>
    </message>
    <message>
        <source>You can&apos;t manage API tokens</source>
        <translation>Vous ne pouvez pas gérer les jetons API</translation>
    </message>
    <message>
        <source>Legacy tokens are off</source>
        <translation>Les jetons hérités sont désactivés</translation>
    </message>
    <message>
        <source>Select Enable Legacy Tokens if an integration needs them. The platform then creates a Read/Write and a Read-Only token for %1. This cannot be undone.</source>
        <translation>Sélectionnez «&#xa0;Activer les jetons hérités&#xa0;» si une intégration en a besoin. La plateforme crée alors un jeton en lecture/écriture et un jeton en lecture seule pour %1. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>A new token is not saved on this device yet</source>
        <translation>Un nouveau jeton n&apos;est pas encore enregistré sur cet appareil</translation>
    </message>
    <message>
        <source>It is shown and can be copied now, but the keychain did not store it.</source>
        <translation>Il est affiché et peut être copié maintenant, mais le trousseau ne l&apos;a pas enregistré.</translation>
    </message>
    <message>
        <source>Reset a token right after enabling, whenever it may have leaked, and on a schedule.</source>
        <translation>Réinitialisez un jeton juste après l&apos;activation, dès qu&apos;il a pu fuiter, et à intervalles réguliers.</translation>
    </message>
    <message>
        <source>Reset in the web app, then Replace token… here.</source>
        <translation>Réinitialisez-le dans l&apos;application web, puis utilisez ici «&#xa0;Remplacer le jeton…&#xa0;».</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <source>API reference ↗</source>
        <translation>Référence de l&apos;API ↗</translation>
    </message>
    <message>
        <source>Open the API reference in the browser</source>
        <translation>Ouvrir la référence de l&apos;API dans le navigateur</translation>
    </message>
    <message>
        <source>The same token in two accounts</source>
        <translation>Le même jeton dans deux comptes</translation>
    </message>
</context>
<context>
    <name>ScopeCatalogue</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Retrieve company information</source>
        <translation>Récupérer les informations de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Update company information</source>
        <translation>Modifier les informations de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Advertisers</source>
        <translation>Annonceurs</translation>
    </message>
    <message>
        <source>List advertisers</source>
        <translation>Lister les annonceurs</translation>
    </message>
    <message>
        <source>Retrieve an advertiser</source>
        <translation>Récupérer un annonceur</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>List reports</source>
        <translation>Lister les rapports</translation>
    </message>
    <message>
        <source>Retrieve report metadata</source>
        <translation>Récupérer les métadonnées d&apos;un rapport</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Retrieve a job&apos;s status</source>
        <translation>Récupérer l&apos;état d&apos;une tâche</translation>
    </message>
    <message>
        <source>Download a job&apos;s results</source>
        <translation>Télécharger les résultats d&apos;une tâche</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Submit compliance content</source>
        <translation>Soumettre du contenu pour contrôle de conformité</translation>
    </message>
    <message>
        <source>Retrieve a compliance submission&apos;s status</source>
        <translation>Récupérer l&apos;état d&apos;une soumission de conformité</translation>
    </message>
    <message>
        <source>Retrieve a compliance submission&apos;s results</source>
        <translation>Récupérer les résultats d&apos;une soumission de conformité</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>%1 of %2 scopes chosen.</source>
        <translation>%1 portées choisies sur %2.</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <source>Clear all scopes</source>
        <translation>Désélectionner toutes les portées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All %1 scopes</source>
        <translation>Toutes les portées (%1)</translation>
    </message>
</context>
<context>
    <name>ScopeProbe</name>
    <message>
        <source>Not asked: the platform refused this Account SID and Auth Token.</source>
        <translation>Non demandé&#xa0;: la plateforme a refusé cet Account SID et cet Auth Token.</translation>
    </message>
    <message>
        <source>Not asked: the platform&apos;s request limit is used up.</source>
        <translation>Non demandé&#xa0;: la limite de requêtes de la plateforme est atteinte.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer (HTTP %1) says neither yes nor no.</source>
        <translation>La réponse de la plateforme (HTTP %1) ne dit ni oui ni non.</translation>
    </message>
</context>
<context>
    <name>ScopedCredentialsTab</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Who to tell before this token is reset: every integration that uses it must get the new value.</source>
        <translation>Qui prévenir avant de réinitialiser ce jeton&#xa0;: chaque intégration qui l&apos;utilise doit recevoir la nouvelle valeur.</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Developer e-mails</source>
        <translation>E-mails des développeurs</translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation>Remplacer le jeton</translation>
    </message>
    <message>
        <source>Reset Token</source>
        <translation>Réinitialiser le jeton</translation>
    </message>
    <message>
        <source>Reset it in the web app (%1 › its card › API Credentials), then paste the new Auth Token here.</source>
        <translation>Réinitialisez-le dans l&apos;application web (%1 › sa carte › Identifiants API), puis collez ici le nouvel Auth Token.</translation>
    </message>
    <message>
        <source>A new Auth Token at once; the old one stops working, with no grace period.</source>
        <translation>Un nouvel Auth Token immédiatement&#xa0;; l&apos;ancien cesse de fonctionner, sans délai de grâce.</translation>
    </message>
    <message>
        <source>Replace token…</source>
        <translation>Remplacer le jeton…</translation>
    </message>
    <message>
        <source>Replace the token %1</source>
        <translation>Remplacer le jeton %1</translation>
    </message>
    <message>
        <source>Reset the token %1</source>
        <translation>Réinitialiser le jeton %1</translation>
    </message>
</context>
<context>
    <name>ScopedOverviewTab</name>
    <message>
        <source>Details and contacts</source>
        <translation>Détails et contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Developer e-mails</source>
        <translation>E-mails des développeurs</translation>
    </message>
    <message>
        <source>Edit the name, description and contacts of %1</source>
        <translation>Modifier le nom, la description et les contacts de %1</translation>
    </message>
    <message>
        <source>A pasted token&apos;s name here is yours; its description and contacts are changed in the platform&apos;s web app.</source>
        <translation>Ici, le nom d&apos;un jeton collé vous appartient&#xa0;; sa description et ses contacts se modifient dans l&apos;application web de la plateforme.</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
</context>
<context>
    <name>ScopedScopesTab</name>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>The API calls this token may make. Anything else gets 403, as if it were not there.</source>
        <translation>Les appels d&apos;API que ce jeton peut faire. Tout le reste reçoit 403, comme s&apos;il n&apos;existait pas.</translation>
    </message>
    <message>
        <source>Loading the scopes</source>
        <translation>Chargement des portées</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s scopes…</source>
        <translation>Chargement des portées de la plateforme…</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Undo the changes to the scopes</source>
        <translation>Annuler les modifications des portées</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Update the scopes of %1</source>
        <translation>Mettre à jour les portées de %1</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
    <message>
        <source>What it can reach</source>
        <translation>Ce qu&apos;il peut atteindre</translation>
    </message>
    <message>
        <source>Checked against the platform, one request per API category.</source>
        <translation>Vérifié auprès de la plateforme, une requête par catégorie d&apos;API.</translation>
    </message>
    <message>
        <source>The platform does not tell which scopes a pasted token has. A check asks, one request per API category, and reads only whether each is allowed.</source>
        <translation>La plateforme n&apos;indique pas les portées d&apos;un jeton collé. Une vérification le demande, une requête par catégorie d&apos;API, et lit seulement si chacune est autorisée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Vérifier ce qu&apos;il atteint</translation>
    </message>
    <message>
        <source>Check what %1 can reach</source>
        <translation>Vérifier ce que %1 peut atteindre</translation>
    </message>
    <message>
        <source>Update the scopes of “%1”?</source>
        <translation>Mettre à jour les portées de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It will have %1 scopes. The change takes effect at once: an integration that calls something outside them gets 403 from then on. Its Auth Token stays the same.</source>
        <translation>Il aura %1 portées. La modification prend effet immédiatement&#xa0;: une intégration qui appelle quelque chose hors de ces portées reçoit désormais 403. Son Auth Token reste le même.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Update the scopes</source>
        <translation>Mettre à jour les portées</translation>
    </message>
</context>
<context>
    <name>ScopedTokenCard</name>
    <message>
        <source>Scoped access token %1. Open Overview, API Credentials and API Scopes</source>
        <translation>Jeton d&apos;accès à portée limitée %1. Ouvrir la vue d&apos;ensemble, les identifiants API et les portées API</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>À portée limitée</translation>
    </message>
    <message>
        <source>More for %1</source>
        <translation>Plus pour %1</translation>
    </message>
    <message>
        <source>Reset Token</source>
        <translation>Réinitialiser le jeton</translation>
    </message>
    <message>
        <source>Replace token…</source>
        <translation>Remplacer le jeton…</translation>
    </message>
    <message>
        <source>Add its Auth Token…</source>
        <translation>Ajouter son Auth Token…</translation>
    </message>
    <message>
        <source>Check what it can reach</source>
        <translation>Vérifier ce qu&apos;il atteint</translation>
    </message>
    <message>
        <source>Remove from this device…</source>
        <translation>Retirer de cet appareil…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Its Auth Token is not on this device.</source>
        <translation>Son Auth Token n&apos;est pas sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>ScopedTokenPage</name>
    <message>
        <source>Scoped access token</source>
        <translation>Jeton d&apos;accès à portée limitée</translation>
    </message>
    <message>
        <source>A scoped access token of %1.</source>
        <translation>Un jeton d&apos;accès à portée limitée de %1.</translation>
    </message>
    <message>
        <source>This token is no longer on this account (deleted, or the app was restarted).</source>
        <translation>Ce jeton n&apos;est plus sur ce compte (supprimé, ou l&apos;application a redémarré).</translation>
    </message>
    <message>
        <source>Open Platform REST Web Services</source>
        <translation>Ouvrir les services web REST de la plateforme</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>Identifiants API</translation>
    </message>
    <message>
        <source>API Scopes</source>
        <translation>Portées API</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
</context>
<context>
    <name>ScopedTokensSection</name>
    <message>
        <source>Scoped access tokens</source>
        <translation>Jetons d&apos;accès à portée limitée</translation>
    </message>
    <message>
        <source>What the platform issues now: each with its own Account SID and Auth Token, allowed only the API calls of its scopes.</source>
        <translation>Ce que la plateforme délivre aujourd&apos;hui&#xa0;: chacun avec son propre Account SID et son propre Auth Token, limité aux appels d&apos;API de ses portées.</translation>
    </message>
    <message>
        <source>Create Access Token</source>
        <translation>Créer un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Add scoped token…</source>
        <translation>Ajouter un jeton…</translation>
    </message>
    <message>
        <source>Add a scoped token made in the web app</source>
        <translation>Ajouter un jeton à portée limitée créé dans l&apos;application web</translation>
    </message>
    <message>
        <source>No scoped token on this device yet. Create one in the web app, then add it here.</source>
        <translation>Aucun jeton à portée limitée sur cet appareil pour l&apos;instant. Créez-en un dans l&apos;application web, puis ajoutez-le ici.</translation>
    </message>
    <message>
        <source>No scoped access token yet. Create one per integration, with only the scopes it needs.</source>
        <translation>Aucun jeton d&apos;accès à portée limitée pour l&apos;instant. Créez-en un par intégration, avec uniquement les portées dont elle a besoin.</translation>
    </message>
</context>
<context>
    <name>SecurityTipsPage</name>
    <message>
        <source>Reset right after enabling</source>
        <translation>Réinitialiser juste après l&apos;activation</translation>
    </message>
    <message>
        <source>Enabling creates both tokens. Reset them at once, so that only the people who need a token have ever seen it.</source>
        <translation>L&apos;activation crée les deux jetons. Réinitialisez-les aussitôt, pour que seules les personnes qui en ont besoin les aient jamais vus.</translation>
    </message>
    <message>
        <source>Reset on any suspected compromise</source>
        <translation>Réinitialiser au moindre soupçon</translation>
    </message>
    <message>
        <source>If a token may have leaked (a shared screen, a lost laptop, someone who left), reset it now. The old value stops working immediately.</source>
        <translation>Si un jeton a pu fuiter (écran partagé, ordinateur portable perdu, départ d&apos;un collaborateur), réinitialisez-le maintenant. L&apos;ancienne valeur cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Rotate on a schedule</source>
        <translation>Renouveler régulièrement</translation>
    </message>
    <message>
        <source>Reset each token regularly, for example every 90 days, and update your integrations in the same change.</source>
        <translation>Réinitialisez chaque jeton régulièrement, par exemple tous les 90 jours, et mettez à jour vos intégrations dans la foulée.</translation>
    </message>
    <message>
        <source>Never paste tokens into chats, tickets or email</source>
        <translation>Ne collez jamais de jetons dans un chat, un ticket ou un e-mail</translation>
    </message>
    <message>
        <source>Do not commit them to source control either. Keep them in a secret manager or the integration&apos;s protected settings.</source>
        <translation>Ne les versionnez pas non plus dans le contrôle de source. Gardez-les dans un gestionnaire de secrets ou dans les paramètres protégés de l&apos;intégration.</translation>
    </message>
    <message>
        <source>Use the Read-Only token where you can</source>
        <translation>Utilisez le jeton en lecture seule quand c&apos;est possible</translation>
    </message>
    <message>
        <source>An integration that only reads should never hold the Read/Write token.</source>
        <translation>Une intégration qui ne fait que lire ne devrait jamais détenir le jeton en lecture/écriture.</translation>
    </message>
    <message>
        <source>Let the clipboard forget</source>
        <translation>Laissez le presse-papiers oublier</translation>
    </message>
    <message>
        <source>Copied values are cleared automatically. Choose how fast under Settings › Clipboard.</source>
        <translation>Les valeurs copiées sont effacées automatiquement. Choisissez le délai dans Paramètres › Presse-papiers.</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <source>A token is as good as a password to your agency&apos;s data.</source>
        <translation>Un jeton vaut un mot de passe pour accéder aux données de votre agence.</translation>
    </message>
    <message>
        <source>Open the API reference ↗</source>
        <translation>Ouvrir la référence de l&apos;API ↗</translation>
    </message>
    <message>
        <source>Open the API reference in the browser</source>
        <translation>Ouvrir la référence de l&apos;API dans le navigateur</translation>
    </message>
    <message>
        <source>Keep tokens out of shell history</source>
        <translation>Tenir les jetons hors de l&apos;historique du shell</translation>
    </message>
    <message>
        <source>Copy as curl starts the line with a space: bash (HISTCONTROL=ignorespace) and zsh (HIST_IGNORE_SPACE) then leave it out of their history. For scripts, agency-tokens-cli run puts the token in one program&apos;s environment and nowhere else.</source>
        <translation>«&#xa0;Copier en commande curl&#xa0;» commence la ligne par une espace&#xa0;: bash (HISTCONTROL=ignorespace) et zsh (HIST_IGNORE_SPACE) la laissent alors hors de leur historique. Dans les scripts, agency-tokens-cli run place le jeton dans l&apos;environnement d&apos;un seul programme, et nulle part ailleurs.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 · tokens only</source>
        <translation>%1 · jetons seulement</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · connecté en tant que %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Services web REST de la plateforme</translation>
    </message>
    <message>
        <source>API access for your integrations: legacy tokens, API version</source>
        <translation>Accès à l&apos;API pour vos intégrations&#xa0;: jetons hérités, version de l&apos;API</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <source>How to keep access tokens secret</source>
        <translation>Comment garder les jetons d&apos;accès secrets</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>Référence de l&apos;API</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Removing it removes its saved tokens from this device.</source>
        <translation>Le supprimer retire ses jetons enregistrés de cet appareil.</translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s saved tokens from this device.</source>
        <translation>La déconnexion retire de cet appareil les jetons enregistrés de ce compte.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Menu, expanded</source>
        <translation>Menu, déplié</translation>
    </message>
    <message>
        <source>Menu, collapsed</source>
        <translation>Menu, replié</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Platform REST Web Services</source>
        <translation>Services web REST de la plateforme</translation>
    </message>
    <message>
        <source>Security tips</source>
        <translation>Conseils de sécurité</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Your session for %1 ended. Sign in again; its saved tokens are kept.</source>
        <translation>Votre session pour %1 a pris fin. Reconnectez-vous&#xa0;; ses jetons enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>For a platform that offers the token management API, such as the reference server. On impact.com, add the tokens you already have instead.</source>
        <translation>Pour une plateforme qui propose l&apos;API de gestion des jetons, comme le serveur de référence. Sur impact.com, ajoutez plutôt les jetons que vous avez déjà.</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentative %2)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter de %1&#xa0;?</translation>
    </message>
    <message>
        <source>This removes the account and its saved tokens from this device&apos;s keychain. Other accounts keep theirs. The tokens themselves keep working for your integrations.</source>
        <translation>Le compte et ses jetons enregistrés sont retirés du trousseau de cet appareil. Les autres comptes gardent les leurs. Les jetons eux-mêmes continuent de fonctionner pour vos intégrations.</translation>
    </message>
    <message>
        <source>Signing out removes this account&apos;s saved tokens and session from this device&apos;s keychain; other accounts keep theirs. The tokens themselves keep working for your integrations; after you sign in again they are fetched from the platform.</source>
        <translation>La déconnexion retire du trousseau de cet appareil les jetons enregistrés et la session de ce compte&#xa0;; les autres comptes gardent les leurs. Les jetons eux-mêmes continuent de fonctionner pour vos intégrations&#xa0;; à la prochaine connexion, ils sont récupérés auprès de la plateforme.</translation>
    </message>
    <message>
        <source>The platform cannot be told</source>
        <translation>La plateforme ne peut pas être prévenue</translation>
    </message>
    <message>
        <source>You are offline, so your session stays valid on the platform until %1. Sign out when you are back online to end it at once.</source>
        <translation>Vous êtes hors ligne&#xa0;: votre session reste valide sur la plateforme jusqu&apos;au %1. Déconnectez-vous une fois en ligne pour y mettre fin aussitôt.</translation>
    </message>
    <message>
        <source>You are offline, so your session stays valid on the platform until it expires. Sign out when you are back online to end it at once.</source>
        <translation>Vous êtes hors ligne&#xa0;: votre session reste valide sur la plateforme jusqu&apos;à son expiration. Déconnectez-vous une fois en ligne pour y mettre fin aussitôt.</translation>
    </message>
    <message>
        <source>A new token was never saved on this device. Copy it first if you still need it.</source>
        <translation>Un nouveau jeton n&apos;a jamais été enregistré sur cet appareil. Copiez-le d&apos;abord si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove the account and its saved tokens</source>
        <translation>Supprimer le compte et ses jetons enregistrés</translation>
    </message>
    <message>
        <source>Sign out and remove saved tokens</source>
        <translation>Se déconnecter et supprimer les jetons enregistrés</translation>
    </message>
</context>
<context>
    <name>StartingView</name>
    <message>
        <source>Opening the keychain</source>
        <translation>Ouverture du trousseau</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy a curl command with the %1 token</source>
        <translation>Copier une commande curl avec le jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy as environment</source>
        <translation>Copier en variables</translation>
    </message>
    <message>
        <source>Copy the %1 credentials as environment variables</source>
        <translation>Copier les identifiants «&#xa0;%1&#xa0;» en variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify that the %1 token passes authorization</source>
        <translation>Vérifier que le jeton «&#xa0;%1&#xa0;» est autorisé</translation>
    </message>
</context>
<context>
    <name>TokenCredentials</name>
    <message>
        <source>For integrations that read and change data.</source>
        <translation>Pour les intégrations qui lisent et modifient des données.</translation>
    </message>
    <message>
        <source>For integrations that only read.</source>
        <translation>Pour les intégrations qui ne font que lire.</translation>
    </message>
    <message>
        <source>Not saved on this device</source>
        <translation>Non enregistré sur cet appareil</translation>
    </message>
    <message>
        <source>The platform issued this token, but the keychain has not stored it. Copy it now if you need it, then retry saving.</source>
        <translation>La plateforme a émis ce jeton, mais le trousseau ne l&apos;a pas enregistré. Copiez-le maintenant si vous en avez besoin, puis réessayez l&apos;enregistrement.</translation>
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
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the %1 Auth Token</source>
        <translation>Masquer l&apos;Auth Token «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reveal the %1 Auth Token</source>
        <translation>Afficher l&apos;Auth Token «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Its own Account SID and Auth Token, sent as HTTP Basic; it may call only what its scopes allow.</source>
        <translation>Son propre Account SID et son propre Auth Token, envoyés en HTTP Basic&#xa0;; il ne peut appeler que ce que ses portées autorisent.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPage</name>
    <message>
        <source>Legacy Account Tokens</source>
        <translation>Jetons de compte hérités</translation>
    </message>
    <message>
        <source>The Read/Write and the Read-Only token of %1.</source>
        <translation>Le jeton en lecture/écriture et le jeton en lecture seule de %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>API Credentials</source>
        <translation>Identifiants API</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
</context>
<context>
    <name>TokenFields</name>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Lecture/écriture</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Which token</source>
        <translation>Quel jeton</translation>
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
        <translation>Lecture/écriture</translation>
    </message>
    <message>
        <source>Read-Only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>À portée limitée</translation>
    </message>
</context>
<context>
    <name>TokenOverview</name>
    <message>
        <source>Version %1 (current)</source>
        <translation>Version %1 (actuelle)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>Reads and changes data through the API.</source>
        <translation>Lit et modifie des données via l&apos;API.</translation>
    </message>
    <message>
        <source>Only reads: the platform refuses writes made with it.</source>
        <translation>Lecture seule&#xa0;: la plateforme refuse les écritures faites avec ce jeton.</translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation>Dernière réinitialisation</translation>
    </message>
    <message>
        <source>API Version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>API Version of the %1 token</source>
        <translation>Version de l&apos;API du jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A newer API version is available. Upgrading only goes forward.</source>
        <translation>Une version plus récente de l&apos;API est disponible. On ne peut que monter de version.</translation>
    </message>
    <message>
        <source>This token uses the newest API version.</source>
        <translation>Ce jeton utilise la version la plus récente de l&apos;API.</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>À portée limitée</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
</context>
<context>
    <name>TokenSummary</name>
    <message>
        <source>%1 token, Account SID %2, API version %3, last reset %4</source>
        <translation>Jeton «&#xa0;%1&#xa0;», Account SID %2, version de l&apos;API %3, dernière réinitialisation %4</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation>Dernière réinitialisation</translation>
    </message>
    <message>
        <source>%1 token, not added</source>
        <translation>Jeton %1, non ajouté</translation>
    </message>
    <message>
        <source>Not added yet (More ⋮)</source>
        <translation>Pas encore ajouté (Plus ⋮)</translation>
    </message>
</context>
<context>
    <name>UnsavedTokenNotice</name>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade to API version %1?</source>
        <translation>Passer à la version %1 de l&apos;API&#xa0;?</translation>
    </message>
    <message>
        <source>The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2 instead of %3.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» garde sa valeur, mais les requêtes sans en-tête IR-Version recevront une réponse de la version %2 au lieu de la %3.</translation>
    </message>
    <message>
        <source>The %1 token keeps its value, but requests without an IR-Version header will be answered by version %2.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» garde sa valeur, mais les requêtes sans en-tête IR-Version recevront une réponse de la version %2.</translation>
    </message>
    <message>
        <source>Existing calls may break. An upgrade cannot be undone.</source>
        <translation>Des appels existants peuvent échouer. Un changement de version est irréversible.</translation>
    </message>
    <message>
        <source>Try it first: this checks the token against version %1 without changing anything.</source>
        <translation>Essayez d&apos;abord&#xa0;: cela teste le jeton avec la version %1 sans rien modifier.</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>Changement de version</translation>
    </message>
    <message>
        <source>Trying version %1</source>
        <translation>Essai de la version %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Try version %1 first</source>
        <translation>Essayer d&apos;abord la version %1</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Passer à cette version</translation>
    </message>
    <message>
        <source>Upgrade the %1 token to version %2</source>
        <translation>Passer le jeton «&#xa0;%1&#xa0;» à la version %2</translation>
    </message>
</context>
<context>
    <name>UserBadge</name>
    <message>
        <source>Tokens only · %1</source>
        <translation>Jetons seulement · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove %1 and its saved tokens</source>
        <translation>Supprimer %1 et ses jetons enregistrés</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Se déconnecter de %1</translation>
    </message>
</context>
<context>
    <name>WebAppNotice</name>
    <message>
        <source>Enabling, resetting and upgrading tokens</source>
        <translation>L&apos;activation, la réinitialisation et le changement de version des jetons</translation>
    </message>
    <message>
        <source>%1 happen in the platform&apos;s web app</source>
        <translation>%1 se font dans l&apos;application web de la plateforme</translation>
    </message>
    <message>
        <source>Open %1 and go to %2. After a reset there, use Replace token… here: the app checks the new token and that the old one stopped working before it overwrites the saved one.</source>
        <translation>Ouvrez %1 et allez dans %2. Après une réinitialisation là-bas, utilisez ici «&#xa0;Remplacer le jeton…&#xa0;»&#xa0;: l&apos;application vérifie le nouveau jeton, et que l&apos;ancien ne fonctionne plus, avant d&apos;écraser celui qui est enregistré.</translation>
    </message>
    <message>
        <source>No browser opened. Open this address yourself: %1</source>
        <translation>Aucun navigateur ne s&apos;est ouvert. Ouvrez vous-même cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the web app ↗</source>
        <translation>Ouvrir l&apos;application web ↗</translation>
    </message>
    <message>
        <source>Open the platform&apos;s web app in the browser</source>
        <translation>Ouvrir l&apos;application web de la plateforme dans le navigateur</translation>
    </message>
</context>
</TS>
