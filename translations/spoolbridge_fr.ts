<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire l&apos;entrée de démarrage automatique %1 (%2) ; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation>Impossible de supprimer l&apos;entrée de démarrage automatique %1 (%2) ; supprimez-la manuellement.</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation>Impossible de modifier l&apos;entrée de démarrage de Windows ; vérifiez les droits de votre compte.</translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation>Synchronise les emplacements AMS des imprimantes Bambu Lab avec un inventaire Spoolman</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message>
        <source>No printer is called &quot;%1&quot; (by name, serial or id); add the printer first.</source>
        <translation>Aucune imprimante ne s&apos;appelle « %1 » (nom, numéro de série ou identifiant) ; ajoutez d&apos;abord l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The secret store &quot;%1&quot; works.</source>
        <translation>Le magasin de secrets « %1 » fonctionne.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No value on standard input; pipe it in, e.g. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</source>
        <translation>Aucune valeur sur l&apos;entrée standard ; transmettez-la par un tube, par ex. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain, file or env.</source>
        <translation>Magasin de secrets inconnu « %1 » ; utilisez keychain, file ou env.</translation>
    </message>
    <message>
        <source>Secrets are already kept in &quot;%1&quot;; change secrets/backend first, then copy from the old store.</source>
        <translation>Les secrets sont déjà conservés dans « %1 » ; modifiez d&apos;abord secrets/backend, puis copiez depuis l&apos;ancien magasin.</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>%n secret copié.</numerusform>
            <numerusform>%n secrets copiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SettingsCommand</name>
    <message>
        <source>settings %1: wrong number of arguments; see spoolbridge-cli settings --help.</source>
        <translation>settings %1 : nombre d&apos;arguments incorrect ; voir spoolbridge-cli settings --help.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; spoolbridge-cli settings list shows them all.</source>
        <translation>Paramètre inconnu « %1 » ; spoolbridge-cli settings list les affiche tous.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; see spoolbridge-cli settings --help.</source>
        <translation>Action inconnue « %1 » ; voir spoolbridge-cli settings --help.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation>Les secrets proviennent de variables d&apos;environnement, Spoolbridge ne peut donc pas enregistrer celui-ci : définissez %1 dans l&apos;environnement qui lance Spoolbridge (pour le service systemd, dans son EnvironmentFile).</translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation>Les secrets proviennent de variables d&apos;environnement : retirez %1 de l&apos;environnement qui lance Spoolbridge.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation>Le fichier de secrets %1 appartient à un autre utilisateur ; Spoolbridge n&apos;utilise qu&apos;un fichier de secrets qui vous appartient. Déplacez-le et saisissez à nouveau les secrets.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>Le fichier de secrets %1 est lisible par d&apos;autres utilisateurs (mode %2) ; Spoolbridge refuse de l&apos;utiliser. Exécutez « chmod 600 %1 » et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation>Impossible de lire le fichier de secrets %1 (%2).</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation>Le fichier de secrets %1 est endommagé (ce n&apos;est pas un objet JSON) ; réparez-le ou déplacez-le et saisissez à nouveau les secrets.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1 (%2) ; vérifiez que son dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation>Aucun trousseau système n&apos;est disponible : %1. Choisissez où Spoolbridge conserve les secrets à la place : un fichier de secrets lisible par vous seul (secrets/backend = file) ou des variables d&apos;environnement (secrets/backend = env).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation>Le trousseau système a refusé l&apos;accès (%1) ; déverrouillez-le ou autorisez Spoolbridge, puis réessayez.</translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation>le trousseau de session est verrouillé ou absent (%1) ; déverrouillez-le dans votre session de bureau</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation>Le trousseau système a signalé une erreur : %1. Réessayez ; si elle persiste, choisissez plutôt un fichier de secrets ou des variables d&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation>Une imprimante n&apos;a pas d&apos;identifiant valide ; chaque imprimante a besoin d&apos;un UUID.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation>L&apos;imprimante « %1 » a le mode inconnu « %2 » ; utilisez « lan » ou « cloud ».</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>Donnez un nom à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation>L&apos;imprimante « %1 » a besoin de son numéro de série (affiché sur l&apos;écran de l&apos;imprimante).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation>En mode LAN, l&apos;imprimante « %1 » a besoin de l&apos;adresse IP ou du nom d&apos;hôte de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation>L&apos;imprimante « %1 » utilise le port %2 ; choisissez un port entre 1 et 65535 (en général 8883).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation>L&apos;imprimante « %1 » a une empreinte de certificat épinglée qui n&apos;est pas une valeur SHA-256 ; supprimez-la et épinglez à nouveau le certificat.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation>L&apos;imprimante « %1 » utilise le fichier d&apos;autorité de certification %2, qui est illisible ; choisissez un fichier PEM existant.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans %1 : vérifiez que le dossier existe, qu&apos;il est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation>Le fichier de paramètres %1 est endommagé et n&apos;a pas pu être lu ; réparez-le ou supprimez-le, ou démarrez avec --config vers un autre fichier.</translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation>Lire et écrire les paramètres dans &lt;file&gt; au lieu de %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation>Aucune imprimante n&apos;a l&apos;identifiant %1 ; elle a peut-être déjà été supprimée.</translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation>Deux imprimantes partagent l&apos;identifiant %1 ; donnez à chaque imprimante sa propre entrée.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 (%2) ; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation>Ce fichier n&apos;est pas un export de paramètres Spoolbridge ; choisissez un fichier enregistré avec Exporter les paramètres.</translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation>Cet export de paramètres provient d&apos;une version plus récente de Spoolbridge ; mettez Spoolbridge à jour avant de l&apos;importer.</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation>« %1 » ignoré : les secrets ne sont jamais importés depuis un fichier ; saisissez-les à nouveau dans les paramètres.</translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation>Paramètre inconnu « %1 » ignoré.</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation>« %1 » d&apos;une imprimante ignoré : les codes d&apos;accès ne sont jamais importés depuis un fichier ; saisissez-les à nouveau dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>Impossible d&apos;ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation>%1 n&apos;est pas un JSON valide (%2) ; choisissez un fichier enregistré avec Exporter les paramètres.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Spoolman, par exemple http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation>« %1 » n&apos;est pas une adresse valide ; saisissez-la sous la forme http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;adresse de Spoolman doit commencer par http:// ou https:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation>L&apos;adresse de Spoolman « %1 » n&apos;a pas de nom d&apos;hôte ; saisissez-la sous la forme http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation>Retirez la ?requête ou le #fragment de l&apos;adresse de Spoolman « %1 ».</translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>Le modèle d&apos;emplacement est vide ; utilisez par exemple « {printer} - AMS {unit} Slot {slot} ».</translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation>Le modèle d&apos;emplacement utilise l&apos;espace réservé inconnu {%1} ; les espaces réservés connus sont %2.</translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation>Le modèle d&apos;emplacement contient une accolade orpheline ; écrivez les espaces réservés comme {slot}.</translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation>Le modèle d&apos;emplacement doit contenir {slot}, sinon tous les emplacements reçoivent le même lieu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;en-tête HTTP valide ; utilisez des lettres, des chiffres et des tirets, par exemple X-Api-Key.</translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation>Le fichier %1 n&apos;existe pas ; choisissez un fichier existant.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>Le fichier %1 est illisible ; vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation>Le paramètre %1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation>Le paramètre %1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation>Le paramètre %1 doit être compris entre %2 et %3 (reçu : %4).</translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation>Le paramètre %1 doit être du texte.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>Le paramètre %1 ne peut pas valoir « %2 » ; utilisez l&apos;une de ces valeurs : %3.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No printers yet&lt;/h2&gt;&lt;p&gt;Add a Bambu Lab printer and your Spoolman server in the settings to keep your AMS slots and your inventory in sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune imprimante pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Ajoutez une imprimante Bambu Lab et votre serveur Spoolman dans les paramètres pour synchroniser vos emplacements AMS et votre inventaire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Synchronise les emplacements AMS des imprimantes Bambu Lab avec un inventaire Spoolman.</translation>
    </message>
</context>
</TS>
