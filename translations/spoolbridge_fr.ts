<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ColorNames</name>
    <message>
        <source>Jade White</source>
        <translation>Blanc jade</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Light Gray</source>
        <translation>Gris clair</translation>
    </message>
    <message>
        <source>Dark Gray</source>
        <translation>Gris foncé</translation>
    </message>
    <message>
        <source>Blue Gray</source>
        <translation>Gris bleu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Maroon Red</source>
        <translation>Rouge bordeaux</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pumpkin Orange</source>
        <translation>Orange citrouille</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Sunflower Yellow</source>
        <translation>Jaune tournesol</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Bambu Green</source>
        <translation>Vert Bambu</translation>
    </message>
    <message>
        <source>Mistletoe Green</source>
        <translation>Vert gui</translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation>Turquoise</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Cobalt Blue</source>
        <translation>Bleu cobalt</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Pourpre</translation>
    </message>
    <message>
        <source>Indigo Purple</source>
        <translation>Violet indigo</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Hot Pink</source>
        <translation>Rose vif</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Beige</source>
        <translation>Beige</translation>
    </message>
    <message>
        <source>Ivory White</source>
        <translation>Blanc ivoire</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Anthracite</translation>
    </message>
    <message>
        <source>Ash Gray</source>
        <translation>Gris cendre</translation>
    </message>
    <message>
        <source>Nardo Gray</source>
        <translation>Gris Nardo</translation>
    </message>
    <message>
        <source>Bone White</source>
        <translation>Blanc os</translation>
    </message>
    <message>
        <source>Latte Brown</source>
        <translation>Brun latte</translation>
    </message>
    <message>
        <source>Desert Tan</source>
        <translation>Beige désert</translation>
    </message>
    <message>
        <source>Lemon Yellow</source>
        <translation>Jaune citron</translation>
    </message>
    <message>
        <source>Mandarin Orange</source>
        <translation>Orange mandarine</translation>
    </message>
    <message>
        <source>Sakura Pink</source>
        <translation>Rose sakura</translation>
    </message>
    <message>
        <source>Lilac Purple</source>
        <translation>Lilas</translation>
    </message>
    <message>
        <source>Scarlet Red</source>
        <translation>Rouge écarlate</translation>
    </message>
    <message>
        <source>Dark Red</source>
        <translation>Rouge foncé</translation>
    </message>
    <message>
        <source>Apple Green</source>
        <translation>Vert pomme</translation>
    </message>
    <message>
        <source>Grass Green</source>
        <translation>Vert herbe</translation>
    </message>
    <message>
        <source>Dark Green</source>
        <translation>Vert foncé</translation>
    </message>
    <message>
        <source>Ice Blue</source>
        <translation>Bleu glacier</translation>
    </message>
    <message>
        <source>Sky Blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Marine Blue</source>
        <translation>Bleu marine</translation>
    </message>
    <message>
        <source>Dark Blue</source>
        <translation>Bleu foncé</translation>
    </message>
    <message>
        <source>Dark Brown</source>
        <translation>Marron foncé</translation>
    </message>
    <message>
        <source>Dark Chocolate</source>
        <translation>Chocolat noir</translation>
    </message>
    <message>
        <source>Caramel</source>
        <translation>Caramel</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>Terre cuite</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Tan</source>
        <translation>Brun clair</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Citron vert</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Olive</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu sarcelle</translation>
    </message>
    <message>
        <source>Light Blue</source>
        <translation>Bleu clair</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Bleu nuit</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavande</translation>
    </message>
    <message>
        <source>Translucent %1</source>
        <translation>%1 translucide</translation>
    </message>
</context>
<context>
    <name>FtpsTransfer</name>
    <message>
        <source>The file transfer was cancelled.</source>
        <translation>Le transfert de fichier a été annulé.</translation>
    </message>
    <message>
        <source>The file transfer library could not be started.</source>
        <translation>La bibliothèque de transfert de fichiers n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is needed to check its certificate; add it to the printer settings.</source>
        <translation>Le numéro de série de l&apos;imprimante est nécessaire pour vérifier son certificat ; ajoutez-le dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; needed to check the printer is missing. Reinstall Spoolbridge or choose the file in the printer settings.</source>
        <translation>Le fichier de certificat d&apos;autorité « %1 » nécessaire pour vérifier l&apos;imprimante est introuvable. Réinstallez Spoolbridge ou choisissez le fichier dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>No key is pinned for this printer yet. Connect once and confirm its certificate.</source>
        <translation>Aucune clé n&apos;est encore épinglée pour cette imprimante. Connectez-vous une fois et confirmez son certificat.</translation>
    </message>
    <message>
        <source>The print file for &quot;%1&quot; is not on the printer&apos;s storage (looked for %2). Usage falls back to the AMS remaining percentage.</source>
        <translation>Le fichier d&apos;impression de « %1 » ne se trouve pas sur le stockage de l&apos;imprimante (recherché : %2). La consommation est alors calculée à partir du pourcentage restant de l&apos;AMS.</translation>
    </message>
    <message>
        <source>The printer rejected the access code for file transfer. Check the LAN access code on the printer&apos;s screen and enter it again.</source>
        <translation>L&apos;imprimante a refusé le code d&apos;accès pour le transfert de fichiers. Relevez le code d&apos;accès LAN sur l&apos;écran de l&apos;imprimante et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not from Bambu Lab&apos;s CA or not issued to serial %2. Check the serial number; if it is right, pin this printer&apos;s certificate.</source>
        <translation>L&apos;imprimante à l&apos;adresse %1 a présenté un certificat qui ne provient pas de l&apos;autorité de Bambu Lab ou qui n&apos;est pas émis pour le numéro de série %2. Vérifiez le numéro de série ; s&apos;il est correct, épinglez le certificat de cette imprimante.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not signed by the configured CA (%2). Pin this printer&apos;s certificate if you trust it.</source>
        <translation>L&apos;imprimante à l&apos;adresse %1 a présenté un certificat qui n&apos;est pas signé par l&apos;autorité configurée (%2). Épinglez le certificat de cette imprimante si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The printer at %1 presented another key than the one pinned for it. If the printer was replaced or reset, pin its certificate again.</source>
        <translation>L&apos;imprimante à l&apos;adresse %1 a présenté une autre clé que celle épinglée pour elle. Si l&apos;imprimante a été remplacée ou réinitialisée, épinglez à nouveau son certificat.</translation>
    </message>
    <message>
        <source>The secure connection to the printer&apos;s file service at %1 failed (%2). Check the CA file and the printer model setting.</source>
        <translation>La connexion sécurisée au service de fichiers de l&apos;imprimante à l&apos;adresse %1 a échoué (%2). Vérifiez le fichier d&apos;autorité et le modèle d&apos;imprimante configuré.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped answering during the file transfer. Check its network; on an A1 or A1 mini set the printer model so the data channel stays plain.</source>
        <translation>L&apos;imprimante à l&apos;adresse %1 a cessé de répondre pendant le transfert de fichier. Vérifiez son réseau ; sur une A1 ou A1 mini, indiquez le modèle d&apos;imprimante pour que le canal de données reste non chiffré.</translation>
    </message>
    <message>
        <source>The printer&apos;s file service at %1 cannot be reached. Check that the printer is on and in LAN mode.</source>
        <translation>Le service de fichiers de l&apos;imprimante à l&apos;adresse %1 est injoignable. Vérifiez que l&apos;imprimante est allumée et en mode LAN.</translation>
    </message>
    <message>
        <source>The file transfer from the printer at %1 failed: %2 (FTP reply %3).</source>
        <translation>Le transfert de fichier depuis l&apos;imprimante à l&apos;adresse %1 a échoué : %2 (réponse FTP %3).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The usage ledger %1 cannot be opened (%2). Check that the folder is writable.</source>
        <translation>Impossible d&apos;ouvrir le journal de consommation %1 (%2). Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot use a write-ahead log. Keep it on a local disk.</source>
        <translation>Le journal de consommation %1 ne peut pas utiliser de journal d&apos;écriture anticipée (WAL). Conservez-le sur un disque local.</translation>
    </message>
    <message>
        <source>The usage ledger %1 is damaged or from a newer version: %2</source>
        <translation>Le journal de consommation %1 est endommagé ou provient d&apos;une version plus récente : %2</translation>
    </message>
    <message>
        <source>No spool is known for slot %1; pick the spool to charge.</source>
        <translation>Aucune bobine n&apos;est connue pour l&apos;emplacement %1 ; choisissez la bobine à débiter.</translation>
    </message>
    <message>
        <source>Cancelled before it reached Spoolman.</source>
        <translation>Annulé avant d&apos;avoir atteint Spoolman.</translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation>annulation de l&apos;entrée %1</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Could not read the slot links in %1 (%2): check the file&apos;s permissions.</source>
        <translation>Impossible de lire les liaisons d&apos;emplacements dans %1 (%2) : vérifiez les droits d&apos;accès du fichier.</translation>
    </message>
    <message>
        <source>The slot links file %1 is damaged (%2): move it away and link the slots again.</source>
        <translation>Le fichier de liaisons d&apos;emplacements %1 est endommagé (%2) : déplacez-le et liez à nouveau les emplacements.</translation>
    </message>
    <message>
        <source>Could not save the slot links to %1 (%2): check the disk and the folder&apos;s permissions.</source>
        <translation>Impossible d&apos;enregistrer les liaisons d&apos;emplacements dans %1 (%2) : vérifiez le disque et les droits d&apos;accès du dossier.</translation>
    </message>
</context>
<context>
    <name>LocationTemplate</name>
    <message>
        <source>External L</source>
        <translation>Externe G</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Externe D</translation>
    </message>
    <message>
        <source>AMS Lite</source>
        <translation>AMS Lite</translation>
    </message>
    <message>
        <source>AMS 2 Pro</source>
        <translation>AMS 2 Pro</translation>
    </message>
    <message>
        <source>AMS HT</source>
        <translation>AMS HT</translation>
    </message>
    <message>
        <source>AMS</source>
        <translation>AMS</translation>
    </message>
    <message>
        <source>The location template is empty: use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>Le modèle d&apos;emplacement est vide : utilisez par exemple « {printer} - AMS {unit} Slot {slot} ».</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {printer}, {serial}, {unit}, {slot} or {unit_type}.</source>
        <translation>Espace réservé inconnu %1 : utilisez {printer}, {serial}, {unit}, {slot} ou {unit_type}.</translation>
    </message>
    <message>
        <source>A brace is not closed: write placeholders as {name}.</source>
        <translation>Une accolade n&apos;est pas fermée : écrivez les espaces réservés sous la forme {name}.</translation>
    </message>
    <message>
        <source>Add {unit} and {slot}, otherwise several slots get the same location and a removed spool cannot be told apart.</source>
        <translation>Ajoutez {unit} et {slot}, sinon plusieurs emplacements reçoivent le même lieu et une bobine retirée ne peut plus être distinguée.</translation>
    </message>
    <message>
        <source>The location is longer than Spoolman allows (%1 characters): shorten the template.</source>
        <translation>L&apos;emplacement dépasse la longueur autorisée par Spoolman (%1 caractères) : raccourcissez le modèle.</translation>
    </message>
</context>
<context>
    <name>SliceInfoReader</name>
    <message>
        <source>%1 is not a 3MF project (it is not a zip archive). Re-export the plate from the slicer or check the file on the printer.</source>
        <translation>%1 n&apos;est pas un projet 3MF (ce n&apos;est pas une archive ZIP). Réexportez le plateau depuis le trancheur ou vérifiez le fichier sur l&apos;imprimante.</translation>
    </message>
    <message>
        <source>%1 has no %2, so it carries no per-filament estimate. Slice it with Bambu Studio or Orca Slicer and send it again.</source>
        <translation>%1 ne contient pas de %2 et donc aucune estimation par filament. Tranchez-le avec Bambu Studio ou Orca Slicer et renvoyez-le.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked (zip error %3). Re-export the plate.</source>
        <translation>%1 est endommagé : %2 ne peut pas être décompressé (erreur ZIP %3). Réexportez le plateau.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read completely. Re-export the plate.</source>
        <translation>%1 est endommagé : %2 ne peut pas être lu entièrement. Réexportez le plateau.</translation>
    </message>
    <message>
        <source>The 3MF file %1 does not exist.</source>
        <translation>Le fichier 3MF %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The downloaded file</source>
        <translation>Le fichier téléchargé</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information is not valid XML (line %1: %2). Re-slice and send the plate again.</source>
        <translation>Les informations de tranchage du 3MF ne sont pas du XML valide (ligne %1 : %2). Retranchez le plateau et renvoyez-le.</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information has an unexpected layout (no &lt;config&gt; element). Re-slice and send the plate again.</source>
        <translation>Les informations de tranchage du 3MF ont une structure inattendue (aucun élément &lt;config&gt;). Retranchez le plateau et renvoyez-le.</translation>
    </message>
    <message>
        <source>The 3MF holds no sliced plate, so it carries no filament estimate. Slice the plate and send it again.</source>
        <translation>Le 3MF ne contient aucun plateau tranché, donc aucune estimation de filament. Tranchez le plateau et renvoyez-le.</translation>
    </message>
    <message>
        <source>The 3MF has %1 plates and the job does not say which one was printed, so its usage cannot be taken from the file.</source>
        <translation>Le 3MF contient %1 plateaux et la tâche n&apos;indique pas lequel a été imprimé ; la consommation ne peut donc pas être tirée du fichier.</translation>
    </message>
    <message>
        <source>The printed plate %1 is not in the 3MF (it has plates %2). The file on the printer may belong to another job.</source>
        <translation>Le plateau imprimé %1 ne figure pas dans le 3MF (il contient les plateaux %2). Le fichier sur l&apos;imprimante appartient peut-être à une autre tâche.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::AppCore</name>
    <message>
        <source>Demo X1 Carbon</source>
        <translation>X1 Carbon de démonstration</translation>
    </message>
    <message>
        <source>Spoolman is not set up yet: add its address in the settings.</source>
        <translation>Spoolman n&apos;est pas encore configuré : ajoutez son adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>No access code is stored for %1: enter it in Settings → Printers.</source>
        <translation>Aucun code d&apos;accès n&apos;est enregistré pour %1 : saisissez-le dans Paramètres → Imprimantes.</translation>
    </message>
    <message>
        <source>That printer is no longer configured.</source>
        <translation>Cette imprimante n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>The demo printer needs no certificate.</source>
        <translation>L&apos;imprimante de démonstration n&apos;a pas besoin de certificat.</translation>
    </message>
</context>
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
    <name>Spoolbridge::BambuCloudClient</name>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud first.</source>
        <translation>Aucun jeton du cloud Bambu n&apos;est enregistré. Connectez-vous d&apos;abord au cloud Bambu.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in (HTTP %1): the token has expired or was revoked. Sign in to the Bambu cloud again.</source>
        <translation>Le cloud Bambu a refusé la connexion (HTTP %1) : le jeton a expiré ou a été révoqué. Reconnectez-vous au cloud Bambu.</translation>
    </message>
    <message>
        <source>The Bambu cloud did not answer within %1 s. Check the internet connection and try again.</source>
        <translation>Le cloud Bambu n&apos;a pas répondu dans un délai de %1 s. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The Bambu cloud answered with a web page instead of data (HTTP %1). The service may be down or a proxy/captive portal is in the way; try again later.</source>
        <translation>Le cloud Bambu a répondu par une page web au lieu de données (HTTP %1). Le service est peut-être indisponible ou un proxy ou portail captif fait obstacle ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot reach the Bambu cloud at %1 (%2). Check the internet connection.</source>
        <translation>Impossible de joindre le cloud Bambu à l&apos;adresse %1 (%2). Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>The Bambu cloud reported an error (HTTP %1). Try again later.</source>
        <translation>Le cloud Bambu a signalé une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The Bambu cloud sent an unexpected answer (no device list). Try again later or update Spoolbridge.</source>
        <translation>Le cloud Bambu a envoyé une réponse inattendue (aucune liste d&apos;appareils). Réessayez plus tard ou mettez Spoolbridge à jour.</translation>
    </message>
    <message>
        <source>The Bambu cloud refused the request: %1.</source>
        <translation>Le cloud Bambu a refusé la requête : %1.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::Inspect</name>
    <message>
        <source>Usage: spoolbridge-cli inspect [--serial SERIAL] FILE...

Merges recorded printer MQTT payloads in order and prints the derived state as JSON
(units, slots, external spools, job, and the job events seen while replaying).

Each FILE holds one JSON payload ({&quot;print&quot;:…} or {&quot;info&quot;:…}), or one message per line
(JSONL): a payload or {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}.

Options:
  --serial SERIAL  The printer&apos;s serial number (identifies the model when get_version is missing)
  -h, --help       Show this help
</source>
        <translation>Usage : spoolbridge-cli inspect [--serial SERIAL] FICHIER...

Fusionne dans l&apos;ordre des messages MQTT enregistrés d&apos;une imprimante et affiche l&apos;état obtenu en JSON
(unités, emplacements, bobines externes, tâche et événements de tâche vus pendant la relecture).

Chaque FICHIER contient un message JSON ({&quot;print&quot;:…} ou {&quot;info&quot;:…}), ou un message par ligne
(JSONL) : un message ou {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}.

Options :
  --serial SERIAL  Le numéro de série de l&apos;imprimante (identifie le modèle si get_version manque)
  -h, --help       Afficher cette aide
</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check the path and permissions.</source>
        <translation>%1 : impossible de lire le fichier (%2). Vérifiez le chemin et les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON payload or one message per line.</source>
        <translation>%1 : le fichier est vide ; un message JSON ou un message par ligne est attendu.</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1 : JSON non valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3 at byte %4).</source>
        <translation>%1, ligne %2 : JSON non valide (%3 à l&apos;octet %4).</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: no printer report in the input; nothing to show.
</source>
        <translation>spoolbridge-cli inspect : aucun rapport d&apos;imprimante dans l&apos;entrée ; rien à afficher.
</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: the message is not a JSON object; expected {&quot;print&quot;:…}, {&quot;info&quot;:…} or {&quot;ts&quot;:…,&quot;payload&quot;:…}.</source>
        <translation>%1 : le message n&apos;est pas un objet JSON ; attendu : {&quot;print&quot;:…}, {&quot;info&quot;:…} ou {&quot;ts&quot;:…,&quot;payload&quot;:…}.</translation>
    </message>
    <message>
        <source>%1: &quot;payload&quot; is not a JSON object.</source>
        <translation>%1 : « payload » n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: --serial needs a value, e.g. --serial 00M09A123456789.
</source>
        <translation>spoolbridge-cli inspect : --serial attend une valeur, par ex. --serial 00M09A123456789.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: unknown option &quot;%1&quot;. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect : option inconnue « %1 ». Exécutez spoolbridge-cli inspect --help.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: name at least one payload file. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect : indiquez au moins un fichier de messages. Exécutez spoolbridge-cli inspect --help.
</translation>
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
    <name>Spoolbridge::Cli::Spoolman</name>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 3600, et non « %1 ».</translation>
    </message>
    <message>
        <source>--header wants NAME:VALUE, e.g. X-Api-Key:abc123.</source>
        <translation>--header attend NOM:VALEUR, par ex. X-Api-Key:abc123.</translation>
    </message>
    <message>
        <source>--password-file needs --user as well.</source>
        <translation>--password-file nécessite aussi --user.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1 (%2).</source>
        <translation>Impossible de lire le fichier de mot de passe %1 (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url est obligatoire.</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;.</source>
        <translation>sous-commande inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::UsageCommand</name>
    <message>
        <source>The usage ledger is empty.</source>
        <translation>Le journal de consommation est vide.</translation>
    </message>
    <message>
        <source>Usage: spoolbridge-cli usage &lt;action&gt; [options]

The usage ledger: the grams charged per print and spool, and whether Spoolman has them yet.
Changes stay local until the app or the daemon next reaches Spoolman.

Actions:
  list [--state S] [--table]  The entries, newest first, as JSON (--table: as a table);
                              S = pending, delivered, undone, attention or discarded
  undo &lt;id&gt;                   Give an entry&apos;s grams back: cancels an entry Spoolman never
                              saw, or records a compensating negative entry
  resolve &lt;id&gt; applied|again  An entry in doubt: it was already applied, or apply it again
  discard &lt;id&gt;                Do not charge an entry that needs attention
  plates &lt;file.3mf&gt;           The plates and filament estimates of a 3MF as JSON

Options:
  --ledger-dir &lt;dir&gt;          Ledger directory (default: the app data directory)
  -h, --help                  Show this help
</source>
        <translation>Utilisation : spoolbridge-cli usage &lt;action&gt; [options]

Le journal de consommation : les grammes imputés par impression et par bobine, et si Spoolman les a déjà.
Les changements restent locaux jusqu&apos;à ce que l&apos;application ou le service joigne Spoolman.

Actions :
  list [--state S] [--table]  Les entrées, les plus récentes d&apos;abord, en JSON (--table : en tableau) ;
                              S = pending, delivered, undone, attention ou discarded
  undo &lt;id&gt;                   Rendre les grammes d&apos;une entrée : annule une entrée que Spoolman n&apos;a
                              jamais vue, ou enregistre une entrée négative de compensation
  resolve &lt;id&gt; applied|again  Une entrée incertaine : déjà appliquée, ou à appliquer de nouveau
  discard &lt;id&gt;                Ne pas imputer une entrée qui demande votre attention
  plates &lt;fichier.3mf&gt;        Les plateaux d&apos;un 3MF et leurs estimations de filament en JSON

Options :
  --ledger-dir &lt;dossier&gt;      Dossier du journal (par défaut : le dossier de données de l&apos;application)
  -h, --help                  Afficher cette aide
</translation>
    </message>
    <message>
        <source>Entry %1 was cancelled before it reached Spoolman.</source>
        <translation>L&apos;entrée %1 a été annulée avant d&apos;atteindre Spoolman.</translation>
    </message>
    <message>
        <source>Entry %1 will be given back by entry %2 the next time Spoolbridge reaches Spoolman.</source>
        <translation>L&apos;entrée %1 sera rendue par l&apos;entrée %2 la prochaine fois que Spoolbridge joindra Spoolman.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, undo, resolve, discard or plates.</source>
        <translation>action inconnue « %1 » ; utilisez list, undo, resolve, discard ou plates.</translation>
    </message>
    <message>
        <source>choose either --table or --json.</source>
        <translation>choisissez --table ou --json, pas les deux.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>état inconnu « %1 » ; utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>plates: give one 3MF file.</source>
        <translation>plates : indiquez un seul fichier 3MF.</translation>
    </message>
    <message>
        <source>list takes no arguments; filter with --state.</source>
        <translation>list ne prend pas d&apos;argument ; filtrez avec --state.</translation>
    </message>
    <message>
        <source>%1 needs one entry id (see spoolbridge-cli usage list).</source>
        <translation>%1 attend un seul numéro d&apos;entrée (voir spoolbridge-cli usage list).</translation>
    </message>
    <message>
        <source>resolve: say &quot;applied&quot; or &quot;again&quot; after the entry id.</source>
        <translation>resolve : indiquez « applied » ou « again » après le numéro d&apos;entrée.</translation>
    </message>
    <message>
        <source>spoolbridge-cli: &quot;ledger&quot; is now &quot;usage&quot; (spoolbridge-cli usage --help); the old name will be removed in a later release.</source>
        <translation>spoolbridge-cli : « ledger » s&apos;appelle désormais « usage » (spoolbridge-cli usage --help) ; l&apos;ancien nom disparaîtra dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTestResult</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Spoolman:      %1
</source>
        <translation>Spoolman :                %1
</translation>
    </message>
    <message>
        <source>Reachable:     %1
</source>
        <translation>Joignable :               %1
</translation>
    </message>
    <message>
        <source>Version:       %1%2
</source>
        <translation>Version :                 %1%2
</translation>
    </message>
    <message>
        <source> (not recognised)</source>
        <translation> (non reconnue)</translation>
    </message>
    <message>
        <source>Round trip:    %1 ms
</source>
        <translation>Aller-retour :            %1 ms
</translation>
    </message>
    <message>
        <source>Tag lookup:    %1
</source>
        <translation>Recherche d&apos;étiquette :   %1
</translation>
    </message>
    <message>
        <source>on the server (extra.tag filter)</source>
        <translation>sur le serveur (filtre extra.tag)</translation>
    </message>
    <message>
        <source>by scanning all spools</source>
        <translation>en parcourant toutes les bobines</translation>
    </message>
    <message>
        <source> (registered)</source>
        <translation> (enregistré)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <source> (wrong type)</source>
        <translation> (type incorrect)</translation>
    </message>
    <message>
        <source>Extra fields:  %1
</source>
        <translation>Champs supplémentaires :  %1
</translation>
    </message>
    <message>
        <source>Usable:        %1
</source>
        <translation>Utilisable :              %1
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTester</name>
    <message>
        <source>Spoolman %1 is reachable, but the extra field %2 exists with another type — rename or delete it in Spoolman&apos;s settings (Extra Fields), then test again.</source>
        <translation>Spoolman %1 est joignable, mais le champ supplémentaire %2 existe avec un autre type — renommez-le ou supprimez-le dans les paramètres de Spoolman (Extra Fields), puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Spoolman %1 answered in %2 ms.</source>
        <translation>Spoolman %1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Les bobines sont recherchées par étiquette sur le serveur.</translation>
    </message>
    <message>
        <source>This version is older than 0.25, so Spoolbridge finds spools by reading the whole list — update Spoolman for faster lookups.</source>
        <translation>Cette version est antérieure à 0.25 : Spoolbridge lit donc toute la liste pour trouver les bobines — mettez Spoolman à jour pour des recherches plus rapides.</translation>
    </message>
    <message>
        <source>Spoolbridge does not recognise this version, so it finds spools by reading the whole list.</source>
        <translation>Spoolbridge ne reconnaît pas cette version et lit donc toute la liste pour trouver les bobines.</translation>
    </message>
    <message>
        <source>The extra field %1 is missing; Spoolbridge registers it on the first sync.</source>
        <translation>Le champ supplémentaire %1 est absent ; Spoolbridge l&apos;enregistre lors de la première synchronisation.</translation>
    </message>
    <message>
        <source>The extra fields Spoolbridge needs are registered.</source>
        <translation>Les champs supplémentaires requis par Spoolbridge sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary directory: %1.</source>
        <translation>La démonstration n&apos;a pas pu créer son dossier temporaire : %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not start: %1.</source>
        <translation>Le Spoolman de démonstration n&apos;a pas pu démarrer : %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not be filled: %1</source>
        <translation>Le Spoolman de démonstration n&apos;a pas pu être rempli : %1</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Étagère</translation>
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
    <name>Spoolbridge::EnvironmentHistory</name>
    <message>
        <source>The climate history at %1 cannot be opened (%2) — check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique climatique dans %1 (%2) — vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The climate history could not be written (%1).</source>
        <translation>L&apos;historique climatique n&apos;a pas pu être écrit (%1).</translation>
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
    <name>Spoolbridge::Gui::AppController</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a simulated X1 Carbon and a built-in Spoolman; nothing here touches your printers or your inventory.</source>
        <translation>&lt;b&gt;Mode démonstration&lt;/b&gt; — une X1 Carbon simulée et un Spoolman intégré ; rien ici ne touche à vos imprimantes ni à votre inventaire.</translation>
    </message>
    <message>
        <source>Set up my printer</source>
        <translation>Configurer mon imprimante</translation>
    </message>
    <message>
        <source>Spoolman cannot be reached or the spool is not known yet.</source>
        <translation>Spoolman est injoignable ou la bobine n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>Spoolbridge — Demo</source>
        <translation>Spoolbridge — Démo</translation>
    </message>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>Trust this printer?</source>
        <translation>Faire confiance à cette imprimante ?</translation>
    </message>
    <message>
        <source>%1 did not present a certificate Spoolbridge can verify.

%2

Certificate fingerprint (SHA-256):
%3

Trust it only if it matches your printer (for example on a network you control). Spoolbridge will then accept exactly this certificate for this printer.</source>
        <translation>%1 n&apos;a pas présenté de certificat que Spoolbridge puisse vérifier.

%2

Empreinte du certificat (SHA-256) :
%3

Ne lui faites confiance que s&apos;il correspond à votre imprimante (par exemple sur un réseau que vous contrôlez). Spoolbridge acceptera alors exactement ce certificat pour cette imprimante.</translation>
    </message>
    <message>
        <source>Trust this printer</source>
        <translation>Faire confiance à cette imprimante</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS %1 Slot %2</source>
        <translation>AMS %1 emplacement %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Liée.</translation>
    </message>
    <message>
        <source>Added to Spoolman and linked.</source>
        <translation>Ajoutée à Spoolman et liée.</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>Dissociée.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>littéral non valide</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>le texte se termine là où une valeur était attendue</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>an object key (a quoted name) was expected</source>
        <translation>une clé d&apos;objet (un nom entre guillemets) était attendue</translation>
    </message>
    <message>
        <source>a colon was expected after an object key</source>
        <translation>deux-points attendus après une clé d&apos;objet</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>le texte se termine à l&apos;intérieur d&apos;un objet</translation>
    </message>
    <message>
        <source>a comma or closing brace was expected</source>
        <translation>une virgule ou une accolade fermante était attendue</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>le texte se termine à l&apos;intérieur d&apos;un tableau</translation>
    </message>
    <message>
        <source>a comma or closing bracket was expected</source>
        <translation>une virgule ou un crochet fermant était attendu</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>le texte se termine à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>an invalid escape sequence in a string</source>
        <translation>une séquence d&apos;échappement non valide dans une chaîne</translation>
    </message>
    <message>
        <source>an unexpected character where a value was expected</source>
        <translation>un caractère inattendu là où une valeur était attendue</translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation>un nombre mal formé</translation>
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
    <name>Spoolbridge::MqttClient</name>
    <message>
        <source>Could not create an MQTT client (out of memory?).</source>
        <translation>Impossible de créer un client MQTT (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>%1:%2 sent data that is not a TLS/MQTT handshake. Check the port number.</source>
        <translation>%1:%2 a envoyé des données qui ne sont pas une négociation TLS/MQTT. Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>did not complete the TLS handshake</source>
        <translation>négociation TLS non terminée</translation>
    </message>
    <message>
        <source>did not accept the MQTT connection</source>
        <translation>connexion MQTT non acceptée</translation>
    </message>
    <message>
        <source>%1:%2 %3 within %4 s. Check the address and port, and that the printer is on and in LAN mode.</source>
        <translation>%1:%2 : %3 (délai de %4 s). Vérifiez l&apos;adresse et le port, et que l&apos;imprimante est allumée et en mode LAN.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake. Check the port and that the server speaks MQTT over TLS.</source>
        <translation>%1:%2 a fermé la connexion pendant la négociation TLS. Vérifiez le port et que le serveur parle MQTT sur TLS.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password (access code). Check the credentials and try again.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe (code d&apos;accès). Vérifiez les identifiants et réessayez.</translation>
    </message>
    <message>
        <source>%1 refused the MQTT connection: %2.</source>
        <translation>%1 a refusé la connexion MQTT : %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. If you trust this device, pin its certificate (SHA-256 %3).</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié : %2. Si vous faites confiance à cet appareil, épinglez son certificat (SHA-256 %3).</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>erreur TLS inconnue</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed (%3). Check that the port speaks MQTT over TLS.</source>
        <translation>La négociation TLS avec %1:%2 a échoué (%3). Vérifiez que le port parle MQTT sur TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port, and that LAN mode is enabled on the printer.</source>
        <translation>%1 a refusé la connexion. Vérifiez l&apos;adresse et le port, et que le mode LAN est activé sur l&apos;imprimante.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>%1 est injoignable (%2). Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and that the printer is on.</source>
        <translation>%1 n&apos;a pas répondu. Vérifiez l&apos;adresse et que l&apos;imprimante est allumée.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the address.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;a pas pu être résolu. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 stopped answering while connecting. Check the network.</source>
        <translation>%1 a cessé de répondre pendant la connexion. Vérifiez le réseau.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was established. Check the port and the TLS settings.</source>
        <translation>%1 a fermé la connexion avant qu&apos;elle soit établie. Vérifiez le port et les paramètres TLS.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterConnection</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation>Hors ligne, nouvelle tentative</translation>
    </message>
    <message>
        <source>Access code rejected</source>
        <translation>Code d&apos;accès refusé</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Settings incomplete</source>
        <translation>Paramètres incomplets</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is missing. Enter it in the printer settings.</source>
        <translation>Le numéro de série de l&apos;imprimante est manquant. Saisissez-le dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer&apos;s IP address is missing. Enter it in the printer settings.</source>
        <translation>L&apos;adresse IP de l&apos;imprimante est manquante. Saisissez-la dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer&apos;s access code is missing. Enter the 8-character code shown on the printer&apos;s screen.</source>
        <translation>Le code d&apos;accès de l&apos;imprimante est manquant. Saisissez le code à 8 caractères affiché sur l&apos;écran de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 cannot be read or holds no PEM certificate. Choose another file or clear the setting.</source>
        <translation>Le fichier de certificat d&apos;autorité supplémentaire %1 est illisible ou ne contient aucun certificat PEM. Choisissez un autre fichier ou videz le paramètre.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits). Clear it and trust the certificate again.</source>
        <translation>L&apos;empreinte du certificat approuvé « %1 » n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux). Effacez-la et approuvez à nouveau le certificat.</translation>
    </message>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud again.</source>
        <translation>Aucun jeton du cloud Bambu n&apos;est enregistré. Reconnectez-vous au cloud Bambu.</translation>
    </message>
    <message>
        <source>The Bambu account id could not be read from the token. Sign in to the Bambu cloud again.</source>
        <translation>L&apos;identifiant du compte Bambu n&apos;a pas pu être lu dans le jeton. Reconnectez-vous au cloud Bambu.</translation>
    </message>
    <message>
        <source>The printer has not sent anything for %1 s. Reconnecting…</source>
        <translation>L&apos;imprimante n&apos;a rien envoyé depuis %1 s. Reconnexion…</translation>
    </message>
    <message>
        <source>The connection to the printer was lost (%1). Reconnecting…</source>
        <translation>La connexion à l&apos;imprimante a été perdue (%1). Reconnexion…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>The printer rejected the access code. Enter the 8-character access code shown on the printer&apos;s screen (network settings) and connect again.</source>
        <translation>L&apos;imprimante a refusé le code d&apos;accès. Saisissez le code d&apos;accès à 8 caractères affiché sur l&apos;écran de l&apos;imprimante (paramètres réseau) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in token. Sign in to the Bambu cloud again.</source>
        <translation>Le cloud Bambu a refusé le jeton de connexion. Reconnectez-vous au cloud Bambu.</translation>
    </message>
    <message>
        <source>The device at %1 identifies itself as &quot;%2&quot;, not as the configured serial %3. Check the serial number and the IP address in the printer settings (another printer may have this address now). Certificate SHA-256: %4.</source>
        <translation>L&apos;appareil à l&apos;adresse %1 s&apos;identifie comme « %2 » et non comme le numéro de série configuré %3. Vérifiez le numéro de série et l&apos;adresse IP dans les paramètres de l&apos;imprimante (une autre imprimante a peut-être cette adresse désormais). SHA-256 du certificat : %4.</translation>
    </message>
    <message>
        <source>The printer&apos;s certificate could not be verified: %1. If this is your printer (serial %2), trust its certificate with SHA-256 fingerprint %3 in the printer settings.</source>
        <translation>Le certificat de l&apos;imprimante n&apos;a pas pu être vérifié : %1. S&apos;il s&apos;agit de votre imprimante (numéro de série %2), approuvez son certificat d&apos;empreinte SHA-256 %3 dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvelle tentative dans %2 s.</translation>
    </message>
    <message>
        <source>The printer sent a message that is not valid JSON (%1); it was ignored. If this repeats, update the printer firmware.</source>
        <translation>L&apos;imprimante a envoyé un message qui n&apos;est pas du JSON valide (%1) ; il a été ignoré. Si cela se répète, mettez à jour le micrologiciel de l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterDiscovery</name>
    <message>
        <source>Cannot listen for printers on UDP port %1 (%2). Another program may hold the port; add printers by IP address instead.</source>
        <translation>Impossible d&apos;écouter les imprimantes sur le port UDP %1 (%2). Un autre programme occupe peut-être le port ; ajoutez plutôt les imprimantes par leur adresse IP.</translation>
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
    <name>Spoolbridge::ReportMerger</name>
    <message>
        <source>The printer message is not valid JSON (%1 at byte %2); it was ignored.</source>
        <translation>Le message de l&apos;imprimante n&apos;est pas du JSON valide (%1 à l&apos;octet %2) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The printer message is JSON but not an object; it was ignored.</source>
        <translation>Le message de l&apos;imprimante est du JSON mais pas un objet ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The printer message has a &quot;print&quot; entry that is not an object; it was ignored.</source>
        <translation>Le message de l&apos;imprimante contient une entrée « print » qui n&apos;est pas un objet ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The printer message has an &quot;info&quot; entry that is not an object; it was ignored.</source>
        <translation>Le message de l&apos;imprimante contient une entrée « info » qui n&apos;est pas un objet ; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::RequestBuilder</name>
    <message>
        <source>The CA file %1 could not be read (%2) — check the path in the Spoolman settings.</source>
        <translation>Le fichier d&apos;autorité %1 n&apos;a pas pu être lu (%2) — vérifiez le chemin dans les paramètres de Spoolman.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate — give a PEM or DER certificate file.</source>
        <translation>Le fichier d&apos;autorité %1 ne contient aucun certificat — indiquez un fichier de certificat PEM ou DER.</translation>
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
    <name>Spoolbridge::SpoolProvisioner</name>
    <message>
        <source>Created by Spoolbridge from the AMS</source>
        <translation>Créée par Spoolbridge à partir de l&apos;AMS</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanClient</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>Aucune URL Spoolman n&apos;est définie — saisissez l&apos;adresse de votre Spoolman, par ex. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>server information</source>
        <translation>informations du serveur</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>rapport d&apos;état</translation>
    </message>
    <message>
        <source>a vendor list</source>
        <translation>liste des fabricants</translation>
    </message>
    <message>
        <source>a vendor</source>
        <translation>fabricant</translation>
    </message>
    <message>
        <source>a filament list</source>
        <translation>liste des filaments</translation>
    </message>
    <message>
        <source>a filament</source>
        <translation>filament</translation>
    </message>
    <message>
        <source>a spool list</source>
        <translation>liste des bobines</translation>
    </message>
    <message>
        <source>a spool</source>
        <translation>bobine</translation>
    </message>
    <message>
        <source>a list of extra fields</source>
        <translation>liste des champs supplémentaires</translation>
    </message>
    <message>
        <source>a list of settings</source>
        <translation>liste des paramètres</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>a list of locations</source>
        <translation>liste des emplacements</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>nom d&apos;emplacement</translation>
    </message>
    <message>
        <source>a list of SpoolmanDB filaments</source>
        <translation>liste des filaments SpoolmanDB</translation>
    </message>
    <message>
        <source>Spoolman already has a %1 field &quot;%2&quot; of type %3, but Spoolbridge needs type %4 — rename or delete that field in Spoolman&apos;s settings (Extra Fields).</source>
        <translation>Spoolman possède déjà un champ %1 « %2 » de type %3, mais Spoolbridge a besoin du type %4 — renommez ou supprimez ce champ dans les paramètres de Spoolman (Extra Fields).</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanConfig</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>Aucune URL Spoolman n&apos;est définie — saisissez l&apos;adresse de votre Spoolman, par ex. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Spoolman address — use http://host:port or https://host/path.</source>
        <translation>« %1 » n&apos;est pas une adresse Spoolman — utilisez http://hôte:port ou https://hôte/chemin.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanErrors</name>
    <message>
        <source>Spoolman at %1 refused the connection — is it running and is the port right?</source>
        <translation>Spoolman à l&apos;adresse %1 a refusé la connexion — est-il lancé et le port est-il correct ?</translation>
    </message>
    <message>
        <source>The host of %1 could not be found — check the Spoolman URL.</source>
        <translation>L&apos;hôte de %1 est introuvable — vérifiez l&apos;URL de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 closed the connection without answering — check the port, and http:// versus https://.</source>
        <translation>Spoolman à l&apos;adresse %1 a fermé la connexion sans répondre — vérifiez le port, et http:// ou https://.</translation>
    </message>
    <message>
        <source>Spoolman at %1 did not answer within %2 — is it running?</source>
        <translation>Spoolman à l&apos;adresse %1 n&apos;a pas répondu dans un délai de %2 — est-il lancé ?</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address — check the Spoolman URL.</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https:// — vérifiez l&apos;URL de Spoolman.</translation>
    </message>
    <message>
        <source>Could not reach Spoolman at %1 (%2) — check the URL and the network.</source>
        <translation>Impossible de joindre Spoolman à l&apos;adresse %1 (%2) — vérifiez l&apos;URL et le réseau.</translation>
    </message>
    <message>
        <source>Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge sends none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. Spoolman said: %1</source>
        <translation>Spoolman a refusé la requête car elle portait un en-tête Origin auquel il ne fait pas confiance ; Spoolbridge n&apos;en envoie pas, c&apos;est donc un proxy inverse qui l&apos;ajoute — supprimez-le à ce niveau ou définissez SPOOLMAN_CORS_ORIGIN. Réponse de Spoolman : %1</translation>
    </message>
    <message>
        <source>The server at %1 refused access (HTTP %2) — check the reverse proxy&apos;s user name and password or header in the Spoolman settings.</source>
        <translation>Le serveur à l&apos;adresse %1 a refusé l&apos;accès (HTTP %2) — vérifiez le nom d&apos;utilisateur et le mot de passe ou l&apos;en-tête du proxy inverse dans les paramètres de Spoolman.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman&apos;s API — check the URL and the reverse proxy.</source>
        <translation>Spoolman à l&apos;adresse %1 a répondu par une page HTML (HTTP %2) au lieu de l&apos;API de Spoolman — vérifiez l&apos;URL et le proxy inverse.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL and any path prefix.</source>
        <translation>Spoolman à l&apos;adresse %1 ne connaît pas cette adresse d&apos;API (HTTP 404) — vérifiez l&apos;URL et un éventuel préfixe de chemin.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP 500) — check Spoolman&apos;s log.</source>
        <translation>Spoolman à l&apos;adresse %1 a échoué avec une erreur interne (HTTP 500) — consultez le journal de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 is unavailable (HTTP %2) — is it running behind its reverse proxy?</source>
        <translation>Spoolman à l&apos;adresse %1 est indisponible (HTTP %2) — est-il lancé derrière son proxy inverse ?</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered HTTP %2 with something that is not Spoolman&apos;s JSON — check the URL and the reverse proxy.</source>
        <translation>Spoolman à l&apos;adresse %1 a répondu HTTP %2 avec un contenu qui n&apos;est pas le JSON de Spoolman — vérifiez l&apos;URL et le proxy inverse.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2) — check Spoolman&apos;s log.</source>
        <translation>Spoolman à l&apos;adresse %1 a échoué avec une erreur interne (HTTP %2) — consultez le journal de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2): %3 Check Spoolman&apos;s log.</source>
        <translation>Spoolman à l&apos;adresse %1 a échoué avec une erreur interne (HTTP %2) : %3 Consultez le journal de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL, and update Spoolman if it is old.</source>
        <translation>Spoolman à l&apos;adresse %1 ne connaît pas cette adresse d&apos;API (HTTP 404) — vérifiez l&apos;URL et mettez Spoolman à jour s&apos;il est ancien.</translation>
    </message>
    <message>
        <source>Spoolman: %1</source>
        <translation>Spoolman : %1</translation>
    </message>
    <message>
        <source>Spoolman refused the request (HTTP %1).</source>
        <translation>Spoolman a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Spoolman refused the request: %1</source>
        <translation>Spoolman a refusé la requête : %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with %2 that Spoolbridge does not understand — is this address really Spoolman?</source>
        <translation>Spoolbridge ne comprend pas la réponse de Spoolman à l&apos;adresse %1 (%2) — cette adresse est-elle vraiment celle de Spoolman ?</translation>
    </message>
    <message>
        <source>The secure connection to Spoolman at %1 failed (%2) — for a self-signed certificate, give its CA file in the Spoolman settings.</source>
        <translation>La connexion sécurisée à Spoolman à l&apos;adresse %1 a échoué (%2) — pour un certificat auto-signé, indiquez son fichier d&apos;autorité dans les paramètres de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected to a less secure address — use the final https:// address directly.</source>
        <translation>Spoolman à l&apos;adresse %1 a redirigé vers une adresse moins sûre — utilisez directement l&apos;adresse https:// finale.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected too many times — check the URL and the reverse proxy.</source>
        <translation>Spoolman à l&apos;adresse %1 a effectué trop de redirections — vérifiez l&apos;URL et le proxy inverse.</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with something that is not JSON (HTTP %2) — check the URL and the reverse proxy.</source>
        <translation>Spoolman à l&apos;adresse %1 a répondu avec un contenu qui n&apos;est pas du JSON (HTTP %2) — vérifiez l&apos;URL et le proxy inverse.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanEvents</name>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the reverse proxy&apos;s authentication, and that nothing adds an Origin header; retrying.</source>
        <translation>Spoolman à l&apos;adresse %1 a refusé la connexion de mise à jour en direct (HTTP %2) — vérifiez l&apos;authentification du proxy inverse et que rien n&apos;ajoute d&apos;en-tête Origin ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the URL and the reverse proxy&apos;s websocket support; retrying.</source>
        <translation>Spoolman à l&apos;adresse %1 a refusé la connexion de mise à jour en direct (HTTP %2) — vérifiez l&apos;URL et la prise en charge des WebSockets par le proxy inverse ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Live updates from Spoolman at %1 failed (%2) — retrying.</source>
        <translation>Les mises à jour en direct de Spoolman à l&apos;adresse %1 ont échoué (%2) — nouvelle tentative.</translation>
    </message>
    <message>
        <source>no answer to a ping</source>
        <translation>aucune réponse à un ping</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanStandin</name>
    <message>
        <source>Cannot open the stand-in database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de remplacement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanUsageSink</name>
    <message>
        <source>Spoolman is not configured.</source>
        <translation>Spoolman n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>No Spoolman spool carries the tag %1.</source>
        <translation>Aucune bobine Spoolman ne porte l&apos;étiquette %1.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SyncEngine</name>
    <message>
        <source>Spoolbridge could not register the &quot;tag&quot; field in Spoolman: %1</source>
        <translation>Spoolbridge n&apos;a pas pu enregistrer le champ « tag » dans Spoolman : %1</translation>
    </message>
    <message>
        <source>%1 Spoolbridge syncs this printer again when Spoolman answers.</source>
        <translation>%1 Spoolbridge synchronisera de nouveau cette imprimante dès que Spoolman répondra.</translation>
    </message>
    <message>
        <source>%1 Sync again once Spoolman answers.</source>
        <translation>%1 Synchronisez de nouveau dès que Spoolman répondra.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: insert the spool before linking it.</source>
        <translation>%1 est vide : insérez la bobine avant de la lier.</translation>
    </message>
    <message>
        <source>Unlinked by you — link it to a Spoolman spool to sync it again.</source>
        <translation>Dissocié par vous — liez-le à une bobine Spoolman pour le synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>Non-Bambu Lab spool — link it manually</source>
        <translation>Bobine d&apos;une autre marque que Bambu Lab — liez-la manuellement</translation>
    </message>
    <message>
        <source>No Spoolman spool carries this RFID tag and automatic creation is off — link it manually or turn on automatic creation.</source>
        <translation>Aucune bobine Spoolman ne porte cette étiquette RFID et la création automatique est désactivée — liez-la manuellement ou activez la création automatique.</translation>
    </message>
    <message>
        <source>could not create the Spoolman spool for RFID tag %1: %2</source>
        <translation>impossible de créer la bobine Spoolman pour l&apos;étiquette RFID %1 : %2</translation>
    </message>
    <message>
        <source>The linked Spoolman spool #%1 was deleted — link the slot again.</source>
        <translation>La bobine Spoolman liée #%1 a été supprimée — liez à nouveau l&apos;emplacement.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::TlsContext</name>
    <message>
        <source>Could not set up TLS (OpenSSL failed to create a context).</source>
        <translation>Impossible de configurer TLS (OpenSSL n&apos;a pas pu créer de contexte).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2. Check the path in the printer settings.</source>
        <translation>Impossible de lire le fichier de certificat d&apos;autorité %1 : %2. Vérifiez le chemin dans les paramètres de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Choose a CA certificate in PEM format.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM. Choisissez un certificat d&apos;autorité au format PEM.</translation>
    </message>
    <message>
        <source>The built-in CA certificates could not be loaded.</source>
        <translation>Les certificats d&apos;autorité intégrés n&apos;ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>L&apos;empreinte de certificat épinglée « %1 » n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>No trusted CA certificate is configured, so the server cannot be verified.</source>
        <translation>Aucun certificat d&apos;autorité de confiance n&apos;est configuré, le serveur ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>the certificate does not match the pinned fingerprint</source>
        <translation>le certificat ne correspond pas à l&apos;empreinte épinglée</translation>
    </message>
    <message>
        <source>the certificate is issued to &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>le certificat est émis pour « %1 » et non pour « %2 »</translation>
    </message>
    <message>
        <source>it is not issued by a trusted CA (%1)</source>
        <translation>il n&apos;est pas émis par une autorité de confiance (%1)</translation>
    </message>
    <message>
        <source>it is outside its validity period (%1); check the computer&apos;s clock</source>
        <translation>il est en dehors de sa période de validité (%1) ; vérifiez l&apos;horloge de l&apos;ordinateur</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AddSpoolDialog</name>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Add spool to Spoolman</source>
        <translation>Ajouter une bobine à Spoolman</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Matériau :</translation>
    </message>
    <message>
        <source>Colour preview</source>
        <translation>Aperçu de la couleur</translation>
    </message>
    <message>
        <source>RRGGBB, e.g. 1E88E5</source>
        <translation>RRGGBB, par ex. 1E88E5</translation>
    </message>
    <message>
        <source>Colour as hex code</source>
        <translation>Couleur en code hexadécimal</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>Nom du nouveau fabricant</translation>
    </message>
    <message>
        <source>New vendor name</source>
        <translation>Nom du nouveau fabricant</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <source>Optional, e.g. PLA Basic</source>
        <translation>Facultatif, par ex. PLA Basic</translation>
    </message>
    <message>
        <source>Filament name</source>
        <translation>Nom du filament</translation>
    </message>
    <message>
        <source>Filament &amp;name:</source>
        <translation>&amp;Nom du filament :</translation>
    </message>
    <message>
        <source>Initial filament weight</source>
        <translation>Poids initial du filament</translation>
    </message>
    <message>
        <source>The weight of the filament on a full spool, without the spool itself.</source>
        <translation>Le poids du filament sur une bobine pleine, sans la bobine elle-même.</translation>
    </message>
    <message>
        <source>&amp;Initial weight:</source>
        <translation>Poids &amp;initial :</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Empty spool weight</source>
        <translation>Poids de la bobine vide</translation>
    </message>
    <message>
        <source>The weight of the empty spool, for weighing spools on a scale later.</source>
        <translation>Le poids de la bobine vide, pour peser les bobines sur une balance plus tard.</translation>
    </message>
    <message>
        <source>&amp;Empty spool weight:</source>
        <translation>Poids de la bobine &amp;vide :</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> par kg</translation>
    </message>
    <message>
        <source>Cost per kilogram</source>
        <translation>Coût par kilogramme</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;oût :</translation>
    </message>
    <message>
        <source>&amp;Add to Spoolman</source>
        <translation>&amp;Ajouter à Spoolman</translation>
    </message>
    <message>
        <source>Creates a spool in Spoolman for &lt;b&gt;%1&lt;/b&gt; and links it.</source>
        <translation>Crée une bobine dans Spoolman pour &lt;b&gt;%1&lt;/b&gt; et la lie.</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>Nouveau fabricant…</translation>
    </message>
    <message>
        <source>No valid colour yet</source>
        <translation>Pas encore de couleur valide</translation>
    </message>
    <message>
        <source>Enter the material, for example PLA.</source>
        <translation>Saisissez le matériau, par exemple PLA.</translation>
    </message>
    <message>
        <source>Enter the colour as six hex digits (RRGGBB), or pick it.</source>
        <translation>Saisissez la couleur en six chiffres hexadécimaux (RRGGBB) ou choisissez-la.</translation>
    </message>
    <message>
        <source>Enter the new vendor&apos;s name, or choose an existing vendor.</source>
        <translation>Saisissez le nom du nouveau fabricant ou choisissez un fabricant existant.</translation>
    </message>
    <message>
        <source>The empty spool weighs more than twice the filament — check both weights.</source>
        <translation>La bobine vide pèse plus du double du filament — vérifiez les deux poids.</translation>
    </message>
    <message>
        <source>A colour needs six hex digits (RRGGBB), e.g. 1E88E5.</source>
        <translation>Une couleur nécessite six chiffres hexadécimaux (RRGGBB), par ex. 1E88E5.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AmsUnitWidget</name>
    <message>
        <source>Humidity</source>
        <translation>Humidité</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>Séchage</translation>
    </message>
    <message>
        <source>Feeds nozzle</source>
        <translation>Alimente la buse</translation>
    </message>
    <message>
        <source>%1/5 · %2 %</source>
        <translation>%1/5 · %2 %</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Humidity level %1 of 5 (5 = driest)</source>
        <translation>Niveau d&apos;humidité %1 sur 5 (5 = le plus sec)</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>Humidité relative</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Drying · %1 left</source>
        <translation>Séchage · %1 restant</translation>
    </message>
    <message>
        <source>The unit is drying its filament</source>
        <translation>L&apos;unité sèche son filament</translation>
    </message>
    <message>
        <source>This unit feeds the %1</source>
        <translation>Cette unité alimente : %1</translation>
    </message>
    <message>
        <source>External spools</source>
        <translation>Bobines externes</translation>
    </message>
    <message>
        <source>External spool</source>
        <translation>Bobine externe</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AppSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies after Spoolbridge restarts.</source>
        <translation>Une nouvelle langue s&apos;applique après le redémarrage de Spoolbridge.</translation>
    </message>
    <message>
        <source>Start Spoolbridge when I &amp;log in</source>
        <translation>Démarrer Spoolbridge à l&apos;ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray; the window starts minimised instead.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification ; la fenêtre démarre réduite à la place.</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>M&apos;avertir en cas de</translation>
    </message>
    <message>
        <source>Sync &amp;errors</source>
        <translation>&amp;Erreurs de synchronisation</translation>
    </message>
    <message>
        <source>Low &amp;filament (below the low-stock threshold)</source>
        <translation>&amp;Filament bas (sous le seuil de stock faible)</translation>
    </message>
    <message>
        <source>A printer going &amp;offline</source>
        <translation>Imprimante &amp;hors ligne</translation>
    </message>
    <message>
        <source>Spools loaded or &amp;unloaded (including unlinked spools)</source>
        <translation>Bobines &amp;chargées ou retirées (y compris les bobines non liées)</translation>
    </message>
    <message>
        <source>&amp;Finished prints and usage waiting for Spoolman</source>
        <translation>Impressions &amp;terminées et consommation en attente de Spoolman</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ConnectionTestWidget</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to Spoolman</source>
        <translation>Tester la connexion à Spoolman</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de Spoolman.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contact de %1…</translation>
    </message>
    <message>
        <source>Spoolman at %1 cannot be used — check the address and try again.</source>
        <translation>Spoolman à l&apos;adresse %1 est inutilisable — vérifiez l&apos;adresse et réessayez.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Connected&lt;/b&gt;&lt;/span&gt; to Spoolman %2 at %3.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Connecté&lt;/b&gt;&lt;/span&gt; à Spoolman %2 à l&apos;adresse %3.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Aller-retour : %1 ms</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Les bobines sont recherchées par étiquette sur le serveur.</translation>
    </message>
    <message>
        <source>Spools are found by reading the whole list (Spoolman older than 0.25).</source>
        <translation>Les bobines sont trouvées en lisant toute la liste (Spoolman antérieur à 0.25).</translation>
    </message>
    <message>
        <source>Extra fields to register on the first sync: %1</source>
        <translation>Champs supplémentaires à enregistrer lors de la première synchronisation : %1</translation>
    </message>
    <message>
        <source>Extra fields present: %1</source>
        <translation>Champs supplémentaires présents : %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::EnvironmentChartView</name>
    <message>
        <source>AMS humidity and temperature</source>
        <translation>Humidité et température de l&apos;AMS</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>AMS unit</source>
        <translation>Unité AMS</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Solid lines: humidity · dashed lines: temperature</source>
        <translation>Lignes pleines : humidité · lignes pointillées : température</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Humidity (%)</source>
        <translation>Humidité (%)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <source>Humidity and temperature chart</source>
        <translation>Graphique d&apos;humidité et de température</translation>
    </message>
    <message>
        <source>No climate data yet</source>
        <translation>Pas encore de données climatiques</translation>
    </message>
    <message>
        <source>Humidity and temperature of each AMS unit are recorded once a minute while the printer is connected, and kept for a week.</source>
        <translation>L&apos;humidité et la température de chaque unité AMS sont enregistrées une fois par minute tant que l&apos;imprimante est connectée, et conservées une semaine.</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS climate</source>
        <translation>Climat de l&apos;AMS</translation>
    </message>
    <message>
        <source>AMS climate · %1</source>
        <translation>Climat de l&apos;AMS · %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>%1 humidity</source>
        <translation>%1 humidité</translation>
    </message>
    <message>
        <source>%1 temperature</source>
        <translation>%1 température</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Spoolbridge</source>
        <translation>Bienvenue dans Spoolbridge</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <source>Your printer</source>
        <translation>Votre imprimante</translation>
    </message>
    <message>
        <source>Choose a printer found on your network, or enter its details.</source>
        <translation>Choisissez une imprimante trouvée sur votre réseau ou saisissez ses informations.</translation>
    </message>
    <message>
        <source>Printers in &lt;b&gt;LAN mode&lt;/b&gt; found on your network:</source>
        <translation>Imprimantes en &lt;b&gt;mode LAN&lt;/b&gt; trouvées sur votre réseau :</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>Imprimantes trouvées sur votre réseau</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nom de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Adresse de l&apos;imprimante</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>On the printer&apos;s screen under Settings → Device</source>
        <translation>Sur l&apos;écran de l&apos;imprimante, dans Paramètres → Appareil</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>The printer only lets Spoolbridge in with its LAN access code.</source>
        <translation>L&apos;imprimante n&apos;accepte Spoolbridge qu&apos;avec son code d&apos;accès LAN.</translation>
    </message>
    <message>
        <source>Find the 8-character code on the printer&apos;s screen: &lt;b&gt;Settings → Network → Access Code&lt;/b&gt; (X1, P1) or &lt;b&gt;Settings → LAN Only Mode&lt;/b&gt; (A1). It changes when you turn LAN mode off and on.</source>
        <translation>Le code à 8 caractères se trouve sur l&apos;écran de l&apos;imprimante : &lt;b&gt;Paramètres → Réseau → Code d&apos;accès&lt;/b&gt; (X1, P1) ou &lt;b&gt;Paramètres → Mode LAN uniquement&lt;/b&gt; (A1). Il change quand vous désactivez puis réactivez le mode LAN.</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>&amp;Code d&apos;accès :</translation>
    </message>
    <message>
        <source>S&amp;how the code</source>
        <translation>A&amp;fficher le code</translation>
    </message>
    <message>
        <source>The code is kept in your system&apos;s keychain, not in the settings file.</source>
        <translation>Le code est conservé dans le trousseau de votre système, pas dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The access code has 8 characters.</source>
        <translation>Le code d&apos;accès comporte 8 caractères.</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Where your Spoolman inventory runs. Leave it empty to set it up later.</source>
        <translation>L&apos;endroit où fonctionne votre inventaire Spoolman. Laissez vide pour le configurer plus tard.</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Adresse de Spoolman</translation>
    </message>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de Spoolman, par exemple http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Imprimante Bambu Lab</translation>
    </message>
    <message>
        <source>Searching… Printers in LAN mode announce themselves every few seconds. You can also enter the address and serial number below.</source>
        <translation>Recherche… Les imprimantes en mode LAN s&apos;annoncent toutes les quelques secondes. Vous pouvez aussi saisir l&apos;adresse et le numéro de série ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found. Choose one, or enter another below.</source>
        <translation>
            <numerusform>%n imprimante trouvée. Choisissez-la ou saisissez-en une autre ci-dessous.</numerusform>
            <numerusform>%n imprimantes trouvées. Choisissez-en une ou saisissez-en une autre ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::HistoryView</name>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Historique de consommation</translation>
    </message>
    <message>
        <source>Print jobs and filament used</source>
        <translation>Tâches d&apos;impression et filament utilisé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Job / spool</source>
        <translation>Tâche / bobine</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>No prints recorded yet</source>
        <translation>Aucune impression enregistrée</translation>
    </message>
    <message>
        <source>When a print finishes, the filament it used is recorded here per spool and written to Spoolman. You can undo an entry if it was wrong.</source>
        <translation>À la fin d&apos;une impression, le filament utilisé est enregistré ici par bobine et écrit dans Spoolman. Vous pouvez annuler une entrée erronée.</translation>
    </message>
    <message>
        <source>3MF</source>
        <translation>3MF</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>AMS remain</source>
        <translation>Reste AMS</translation>
    </message>
    <message>
        <source>Grams per filament from the print file (3MF), scaled by how far the print got.</source>
        <translation>Grammes par filament issus du fichier d&apos;impression (3MF), proportionnels à l&apos;avancement de l&apos;impression.</translation>
    </message>
    <message>
        <source>The print&apos;s total weight scaled by its progress (no per-filament data was available).</source>
        <translation>Le poids total de l&apos;impression, proportionnel à son avancement (aucune donnée par filament n&apos;était disponible).</translation>
    </message>
    <message>
        <source>The drop of the AMS remaining-filament estimate times the spool weight (least exact).</source>
        <translation>La baisse de l&apos;estimation de filament restant de l&apos;AMS multipliée par le poids de la bobine (la moins précise).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Bobine #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the usage of %1</source>
        <translation>Annuler la consommation de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recorded; written to Spoolman as soon as it can be reached.</source>
        <translation>Enregistré ; sera écrit dans Spoolman dès qu&apos;il sera joignable.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Déjà annulé.</translation>
    </message>
    <message>
        <source>Give the grams of this print back to the spools.</source>
        <translation>Restituer aux bobines les grammes de cette impression.</translation>
    </message>
    <message>
        <source>Undo usage?</source>
        <translation>Annuler la consommation ?</translation>
    </message>
    <message>
        <source>Give %1 back to the spools used by “%2” on %3?</source>
        <translation>Restituer %1 aux bobines utilisées par « %2 » le %3 ?</translation>
    </message>
    <message>
        <source>The usage has not reached Spoolman yet; it will not be sent.</source>
        <translation>La consommation n&apos;a pas encore atteint Spoolman ; elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Spoolman&apos;s remaining weight goes up by the same amount.</source>
        <translation>Le poids restant dans Spoolman augmente d&apos;autant.</translation>
    </message>
    <message>
        <source>Undo usage</source>
        <translation>Annuler la consommation</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryModel</name>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargée</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · faible</translation>
    </message>
    <message>
        <source>Below the low-stock threshold of %1 g.</source>
        <translation>Sous le seuil de stock faible de %1 g.</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Bobine</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Chargée dans</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Filter by spool, material, vendor, printer or location</source>
        <translation>Filtrer par bobine, matériau, fabricant, imprimante ou emplacement</translation>
    </message>
    <message>
        <source>Filter inventory</source>
        <translation>Filtrer l&apos;inventaire</translation>
    </message>
    <message>
        <source>L&amp;oaded only</source>
        <translation>Chargées &amp;uniquement</translation>
    </message>
    <message>
        <source>Lo&amp;w stock only</source>
        <translation>Stock &amp;faible uniquement</translation>
    </message>
    <message>
        <source>Spools</source>
        <translation>Bobines</translation>
    </message>
    <message>
        <source>No spools yet</source>
        <translation>Aucune bobine pour l&apos;instant</translation>
    </message>
    <message>
        <source>Spools from Spoolman that are linked to your printers appear here, with what is loaded where and how much is left.</source>
        <translation>Les bobines de Spoolman liées à vos imprimantes apparaissent ici, avec ce qui est chargé où et la quantité restante.</translation>
    </message>
    <message numerus="yes">
        <source>%n spool(s)</source>
        <translation>
            <numerusform>%n bobine</numerusform>
            <numerusform>%n bobines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n loaded</source>
        <translation>
            <numerusform> · %n chargée</numerusform>
            <numerusform> · %n chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n low (under %1 g)</source>
        <translation>
            <numerusform> · %n faible (sous %1 g)</numerusform>
            <numerusform> · %n faibles (sous %1 g)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n affichée</numerusform>
            <numerusform> · %n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::Labels</name>
    <message>
        <source>AMS</source>
        <translation>AMS</translation>
    </message>
    <message>
        <source>AMS Lite</source>
        <translation>AMS Lite</translation>
    </message>
    <message>
        <source>AMS 2 Pro</source>
        <translation>AMS 2 Pro</translation>
    </message>
    <message>
        <source>AMS HT</source>
        <translation>AMS HT</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>External L</source>
        <translation>Externe G</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Externe D</translation>
    </message>
    <message>
        <source>Left nozzle</source>
        <translation>Buse gauche</translation>
    </message>
    <message>
        <source>Right nozzle</source>
        <translation>Buse droite</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liée</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Non liée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Bambu Lab</source>
        <translation>Bambu Lab</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::LinkSpoolDialog</name>
    <message>
        <source>Link to a Spoolman spool</source>
        <translation>Lier à une bobine Spoolman</translation>
    </message>
    <message>
        <source>Filter by name, vendor, material or location</source>
        <translation>Filtrer par nom, fabricant, matériau ou emplacement</translation>
    </message>
    <message>
        <source>Filter spools</source>
        <translation>Filtrer les bobines</translation>
    </message>
    <message>
        <source>Unlinked spools</source>
        <translation>Bobines non liées</translation>
    </message>
    <message>
        <source>No unlinked spools in Spoolman</source>
        <translation>Aucune bobine non liée dans Spoolman</translation>
    </message>
    <message>
        <source>Every spool in Spoolman is already linked to a slot. Add this spool to Spoolman instead, or unlink a spool you no longer use.</source>
        <translation>Toutes les bobines de Spoolman sont déjà liées à un emplacement. Ajoutez plutôt cette bobine à Spoolman, ou dissociez une bobine que vous n&apos;utilisez plus.</translation>
    </message>
    <message>
        <source>No spool matches the filter. Clear it to see every unlinked spool.</source>
        <translation>Aucune bobine ne correspond au filtre. Effacez-le pour voir toutes les bobines non liées.</translation>
    </message>
    <message>
        <source>Loading spools from Spoolman…</source>
        <translation>Chargement des bobines depuis Spoolman…</translation>
    </message>
    <message>
        <source>Loading spools</source>
        <translation>Chargement des bobines</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Link the selected spool</source>
        <translation>Lier la bobine sélectionnée</translation>
    </message>
    <message>
        <source>Choose the Spoolman spool that is loaded in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Choisissez la bobine Spoolman chargée dans &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked spool(s)</source>
        <translation>
            <numerusform>%n bobine non liée</numerusform>
            <numerusform>%n bobines non liées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spools shown</source>
        <translation>%1 bobines affichées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n match(es) this slot</source>
        <translation>
            <numerusform>%1 · %n correspond à cet emplacement</numerusform>
            <numerusform>%1 · %n correspondent à cet emplacement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>No printers yet</source>
        <translation>Aucune imprimante pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add a Bambu Lab printer and your Spoolman server in Settings to keep your AMS slots and your inventory in sync.</source>
        <translation>Ajoutez une imprimante Bambu Lab et votre serveur Spoolman dans les paramètres pour garder vos emplacements AMS et votre inventaire synchronisés.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>AMS slots</source>
        <translation>Emplacements AMS</translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Press Sync now, or load a spool while auto sync is on. Synced, skipped and failed spools will be listed here with the reason for each.</source>
        <translation>Cliquez sur Synchroniser maintenant ou chargez une bobine avec la synchronisation automatique activée. Les bobines synchronisées, ignorées ou en échec apparaîtront ici avec la raison de chacune.</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>Résultats de synchronisation</translation>
    </message>
    <message>
        <source>No inventory loaded</source>
        <translation>Aucun inventaire chargé</translation>
    </message>
    <message>
        <source>Once Spoolman is connected, the spools it holds and where they are loaded appear here.</source>
        <translation>Une fois Spoolman connecté, ses bobines et l&apos;endroit où elles sont chargées apparaissent ici.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>No usage recorded yet</source>
        <translation>Aucune consommation enregistrée</translation>
    </message>
    <message>
        <source>Every finished print adds the grams it used per spool here, including whether Spoolman has received them.</source>
        <translation>Chaque impression terminée ajoute ici les grammes utilisés par bobine, en indiquant si Spoolman les a reçus.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Not enough data for charts</source>
        <translation>Pas assez de données pour les graphiques</translation>
    </message>
    <message>
        <source>Charts of filament use per day, material and printer appear after the first recorded prints.</source>
        <translation>Les graphiques de consommation de filament par jour, par matériau et par imprimante apparaissent après les premières impressions enregistrées.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Spoolman not configured</source>
        <translation>Spoolman non configuré</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Match every loaded spool with Spoolman now</source>
        <translation>Associer maintenant chaque bobine chargée à Spoolman</translation>
    </message>
    <message>
        <source>Auto: sync whenever the AMS changes</source>
        <translation>Automatique : synchroniser à chaque changement de l&apos;AMS</translation>
    </message>
    <message>
        <source>Manual: sync only with Sync now</source>
        <translation>Manuelle : synchroniser uniquement avec Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <source>Filter printers</source>
        <translation>Filtrer les imprimantes</translation>
    </message>
    <message>
        <source>Filter printers by name or model</source>
        <translation>Filtrer les imprimantes par nom ou modèle</translation>
    </message>
    <message>
        <source>Auto sync</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>Manual sync</source>
        <translation>Synchronisation manuelle</translation>
    </message>
    <message>
        <source>Sync mode: Auto. Spools are synced whenever the AMS changes.</source>
        <translation>Mode de synchronisation : automatique. Les bobines sont synchronisées à chaque changement de l&apos;AMS.</translation>
    </message>
    <message>
        <source>Sync mode: Manual. Spools are synced only when you press Sync now.</source>
        <translation>Mode de synchronisation : manuel. Les bobines ne sont synchronisées que lorsque vous cliquez sur Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Spool UUID copied to the clipboard</source>
        <translation>UUID de la bobine copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Spoolman status: %1</source>
        <translation>État de Spoolman : %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cannot open the spool: set your Spoolman server&apos;s address in Settings first.</source>
        <translation>Impossible d&apos;ouvrir la bobine : indiquez d&apos;abord l&apos;adresse de votre serveur Spoolman dans les paramètres.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up on this system.</source>
        <translation>Impossible d&apos;ouvrir %1 : aucun navigateur web n&apos;est configuré sur ce système.</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterEditDialog</name>
    <message>
        <source>Add printer</source>
        <translation>Ajouter une imprimante</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Found on your network:</source>
        <translation>Trouvées sur votre réseau :</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>Imprimantes trouvées sur votre réseau</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nom de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;LAN (direct, needs the access code)</source>
        <translation>&amp;LAN (direct, nécessite le code d&apos;accès)</translation>
    </message>
    <message>
        <source>Bambu &amp;cloud</source>
        <translation>Cl&amp;oud Bambu</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Adresse de l&apos;imprimante</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>00M09A123456789</source>
        <translation>00M09A123456789</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Shown on the printer&apos;s screen under Settings → Network (LAN only mode).</source>
        <translation>Affiché sur l&apos;écran de l&apos;imprimante dans Paramètres → Réseau (mode LAN uniquement).</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>&amp;Code d&apos;accès :</translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation>Modifier l&apos;imprimante</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Imprimante Bambu Lab</translation>
    </message>
    <message>
        <source>No printer answered yet. Printers in LAN mode announce themselves every few seconds; you can also enter the address yourself.</source>
        <translation>Aucune imprimante n&apos;a encore répondu. Les imprimantes en mode LAN s&apos;annoncent toutes les quelques secondes ; vous pouvez aussi saisir l&apos;adresse vous-même.</translation>
    </message>
    <message>
        <source>Choose a printer to fill in its address and serial number.</source>
        <translation>Choisissez une imprimante pour remplir son adresse et son numéro de série.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s access code (on its screen under Settings → Network).</source>
        <translation>Saisissez le code d&apos;accès de l&apos;imprimante (sur son écran, dans Paramètres → Réseau).</translation>
    </message>
    <message>
        <source>The access code has 8 characters; check it on the printer&apos;s screen.</source>
        <translation>Le code d&apos;accès comporte 8 caractères ; vérifiez-le sur l&apos;écran de l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterView</name>
    <message>
        <source>This printer has not reported an AMS or an external spool yet.</source>
        <translation>Cette imprimante n&apos;a encore signalé aucun AMS ni aucune bobine externe.</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Imprimante %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modèle inconnu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (dernier état connu)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Layer %1 of %2</source>
        <translation>Couche %1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>Ready for the next print</source>
        <translation>Prête pour la prochaine impression</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrintersSettingsPage</name>
    <message>
        <source>Printers Spoolbridge connects to. In LAN mode it talks to the printer directly and needs the access code shown on the printer&apos;s screen.</source>
        <translation>Imprimantes auxquelles Spoolbridge se connecte. En mode LAN, il communique directement avec l&apos;imprimante et a besoin du code d&apos;accès affiché sur son écran.</translation>
    </message>
    <message>
        <source>Configured printers</source>
        <translation>Imprimantes configurées</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>Bambu cloud</source>
        <translation>Cloud Bambu</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Imprimante Bambu Lab</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Two printers have the serial number %1; remove one of them.</source>
        <translation>Deux imprimantes ont le numéro de série %1 ; supprimez-en une.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SettingsDialog</name>
    <message>
        <source>Spoolbridge Settings</source>
        <translation>Paramètres de Spoolbridge</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A password or access code could not be stored: %1</source>
        <translation>Un mot de passe ou un code d&apos;accès n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotCard</name>
    <message>
        <source>Press Enter to show details and Spoolman actions for this slot.</source>
        <translation>Appuyez sur Entrée pour afficher les détails et les actions Spoolman de cet emplacement.</translation>
    </message>
    <message>
        <source>Multicolour</source>
        <translation>Multicolore</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Emplacement %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 percent left</source>
        <translation>%1 pour cent restants</translation>
    </message>
    <message>
        <source>remaining amount unknown</source>
        <translation>quantité restante inconnue</translation>
    </message>
    <message>
        <source>linked to Spoolman spool %1</source>
        <translation>liée à la bobine Spoolman %1</translation>
    </message>
    <message>
        <source>not linked to Spoolman</source>
        <translation>non liée à Spoolman</translation>
    </message>
    <message>
        <source>skipped by sync</source>
        <translation>ignorée par la synchronisation</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message>
        <source>Slot details</source>
        <translation>Détails de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>K factor</source>
        <translation>Facteur K</translation>
    </message>
    <message>
        <source>Fill level</source>
        <translation>Niveau de remplissage</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Copy spool UUID</source>
        <translation>Copier l&apos;UUID de la bobine</translation>
    </message>
    <message>
        <source>Copy the full spool UUID to the clipboard</source>
        <translation>Copier l&apos;UUID complet de la bobine dans le presse-papiers</translation>
    </message>
    <message>
        <source>Spool UUID</source>
        <translation>UUID de la bobine</translation>
    </message>
    <message>
        <source>Open in Spoolman</source>
        <translation>Ouvrir dans Spoolman</translation>
    </message>
    <message>
        <source>Link to Spoolman</source>
        <translation>Lier à Spoolman</translation>
    </message>
    <message>
        <source>Add to Spoolman</source>
        <translation>Ajouter à Spoolman</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Remove this slot&apos;s tag from the Spoolman spool</source>
        <translation>Retirer l&apos;étiquette de cet emplacement de la bobine Spoolman</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown filament</source>
        <translation>Filament inconnu</translation>
    </message>
    <message>
        <source>%1 · Empty</source>
        <translation>%1 · Vide</translation>
    </message>
    <message>
        <source>No spool in this slot</source>
        <translation>Aucune bobine dans cet emplacement</translation>
    </message>
    <message>
        <source>Linked to Spoolman spool #%1</source>
        <translation>Liée à la bobine Spoolman #%1</translation>
    </message>
    <message>
        <source>Not linked to Spoolman</source>
        <translation>Non liée à Spoolman</translation>
    </message>
    <message>
        <source>Skipped by sync</source>
        <translation>Ignorée par la synchronisation</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>Multicolore (%n couleur)</numerusform>
            <numerusform>Multicolore (%n couleurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown (not reported for this spool)</source>
        <translation>Inconnu (non signalé pour cette bobine)</translation>
    </message>
    <message>
        <source>%1 left · spool #%2</source>
        <translation>%1 restant · bobine #%2</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Bobine #%1</translation>
    </message>
    <message>
        <source>Spool UUID %1</source>
        <translation>UUID de la bobine %1</translation>
    </message>
    <message>
        <source>Details for slot %1</source>
        <translation>Détails de l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>Spoolman is not set up. Add your Spoolman server in Settings to link this spool.</source>
        <translation>Spoolman n&apos;est pas configuré. Ajoutez votre serveur Spoolman dans les paramètres pour lier cette bobine.</translation>
    </message>
    <message>
        <source>Not checked against Spoolman yet. Press Sync now to look this spool up.</source>
        <translation>Pas encore vérifiée auprès de Spoolman. Cliquez sur Synchroniser maintenant pour rechercher cette bobine.</translation>
    </message>
    <message>
        <source>Spoolman has no unlinked spools to link to. Use Add to Spoolman to create one.</source>
        <translation>Spoolman n&apos;a aucune bobine non liée à lier. Utilisez Ajouter à Spoolman pour en créer une.</translation>
    </message>
    <message>
        <source>Pick one of Spoolman&apos;s unlinked spools for this slot</source>
        <translation>Choisir l&apos;une des bobines non liées de Spoolman pour cet emplacement</translation>
    </message>
    <message>
        <source>Open spool #%1 in Spoolman in your browser</source>
        <translation>Ouvrir la bobine #%1 dans Spoolman dans votre navigateur</translation>
    </message>
    <message>
        <source>Create a new Spoolman spool for this filament and link it</source>
        <translation>Créer une nouvelle bobine Spoolman pour ce filament et la lier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolRowText</name>
    <message>
        <source>Spool #%1</source>
        <translation>Bobine #%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolmanSettingsPage</name>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Adresse de Spoolman</translation>
    </message>
    <message>
        <source>Spoolman&apos;s address, with a path if it runs behind a reverse proxy. Leave empty to use Spoolbridge without Spoolman.</source>
        <translation>L&apos;adresse de Spoolman, avec un chemin s&apos;il fonctionne derrière un proxy inverse. Laissez vide pour utiliser Spoolbridge sans Spoolman.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>None (Spoolman itself has no login)</source>
        <translation>Aucune (Spoolman n&apos;a pas de connexion)</translation>
    </message>
    <message>
        <source>Header (API key of a reverse proxy)</source>
        <translation>En-tête (clé d&apos;API d&apos;un proxy inverse)</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Nom d&apos;utilisateur et mot de passe (basic)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentification :</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l&apos;en-tête</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valeur de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Header &amp;name:</source>
        <translation>&amp;Nom de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>&amp;Valeur de l&apos;en-tête :</translation>
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
        <source>U&amp;ser name:</source>
        <translation>Nom d&apos;utilisat&amp;eur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;attente en secondes</translation>
    </message>
    <message>
        <source>How long to wait for an answer before giving up.</source>
        <translation>Durée d&apos;attente d&apos;une réponse avant d&apos;abandonner.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>Only for a self-signed https certificate</source>
        <translation>Uniquement pour un certificat https auto-signé</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat d&apos;autorité :</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with http:// or https:// — Spoolman is reached over HTTP, e.g. http://192.168.1.50:7912.</source>
        <translation>« %1 » ne commence pas par http:// ou https:// — Spoolman est joint en HTTP, par ex. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de Spoolman, par exemple http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter the user name the reverse proxy expects, or choose no authentication.</source>
        <translation>Saisissez le nom d&apos;utilisateur attendu par le proxy inverse, ou choisissez aucune authentification.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncResultsView</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>Résultats de synchronisation</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Mode de synchronisation</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>The results of each sync appear here: how many spools were synced or created, which were skipped and why, and any errors. Press Sync now to start one.</source>
        <translation>Les résultats de chaque synchronisation apparaissent ici : combien de bobines ont été synchronisées ou créées, lesquelles ont été ignorées et pourquoi, ainsi que les éventuelles erreurs. Cliquez sur Synchroniser maintenant pour en lancer une.</translation>
    </message>
    <message>
        <source>Spools synced</source>
        <translation>Bobines synchronisées</translation>
    </message>
    <message>
        <source>Spools created</source>
        <translation>Bobines créées</translation>
    </message>
    <message>
        <source>Spools skipped</source>
        <translation>Bobines ignorées</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Skipped spools</source>
        <translation>Bobines ignorées</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Erreurs de synchronisation</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Synchronisations récentes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Spools created in Spoolman</source>
        <translation>Bobines créées dans Spoolman</translation>
    </message>
    <message>
        <source>Latest sync: %1 · %2</source>
        <translation>Dernière synchronisation : %1 · %2</translation>
    </message>
    <message>
        <source>Sync of %1 · %2</source>
        <translation>Synchronisation de %1 · %2</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisées</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créées</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Skipped spools: none</source>
        <translation>Bobines ignorées : aucune</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>Erreurs : aucune</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Auto&lt;/b&gt; — syncs whenever the AMS changes</source>
        <translation>Mode : &lt;b&gt;automatique&lt;/b&gt; — synchronise à chaque changement de l&apos;AMS</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Manual&lt;/b&gt; — syncs only when you press Sync now</source>
        <translation>Mode : &lt;b&gt;manuel&lt;/b&gt; — synchronise uniquement quand vous cliquez sur Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncSettingsPage</name>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C de l&apos;atelier</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quand synchroniser</translation>
    </message>
    <message>
        <source>&amp;Auto — whenever the AMS changes (recommended)</source>
        <translation>&amp;Automatique — à chaque changement de l&apos;AMS (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Manual — only when you press Sync now</source>
        <translation>&amp;Manuelle — uniquement quand vous cliquez sur Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Location template</source>
        <translation>Modèle d&apos;emplacement</translation>
    </message>
    <message>
        <source>Placeholders: {printer}, {unit}, {slot}, {serial}, {model}</source>
        <translation>Espaces réservés : {printer}, {unit}, {slot}, {serial}, {model}</translation>
    </message>
    <message>
        <source>Location preview</source>
        <translation>Aperçu de l&apos;emplacement</translation>
    </message>
    <message>
        <source>&amp;Location in Spoolman:</source>
        <translation>&amp;Emplacement dans Spoolman :</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Emplacement de rangement</translation>
    </message>
    <message>
        <source>e.g. Shelf 2 (empty = clear the location)</source>
        <translation>par ex. Étagère 2 (vide = effacer l&apos;emplacement)</translation>
    </message>
    <message>
        <source>Where a spool goes in Spoolman when it leaves the AMS.</source>
        <translation>L&apos;emplacement attribué à une bobine dans Spoolman quand elle quitte l&apos;AMS.</translation>
    </message>
    <message>
        <source>&amp;Home location:</source>
        <translation>Emplacement de &amp;rangement :</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Low-stock threshold in grams</source>
        <translation>Seuil de stock faible en grammes</translation>
    </message>
    <message>
        <source>Low-stock &amp;threshold:</source>
        <translation>&amp;Seuil de stock faible :</translation>
    </message>
    <message>
        <source>&amp;Create missing Bambu Lab spools in Spoolman</source>
        <translation>&amp;Créer dans Spoolman les bobines Bambu Lab manquantes</translation>
    </message>
    <message>
        <source>Link spools by their RFID &amp;tag automatically</source>
        <translation>Lier automatiquement les bobines par leur é&amp;tiquette RFID</translation>
    </message>
    <message>
        <source>Move spools to the home location when they &amp;leave the AMS</source>
        <translation>Déplacer les bobines vers l&apos;emplacement de rangement quand elles &amp;quittent l&apos;AMS</translation>
    </message>
    <message>
        <source>How used filament is measured</source>
        <translation>Mesure du filament utilisé</translation>
    </message>
    <message>
        <source>Per &amp;print (recommended)</source>
        <translation>Par &amp;impression (recommandé)</translation>
    </message>
    <message>
        <source>Reads the grams per filament from the print file when a print ends and subtracts them from each spool — the slicer&apos;s figures, close to the gram. A cancelled print counts the part that was printed.</source>
        <translation>Lit les grammes par filament dans le fichier d&apos;impression à la fin d&apos;une impression et les soustrait de chaque bobine — les chiffres du trancheur, précis à quelques grammes près. Une impression annulée compte la partie imprimée.</translation>
    </message>
    <message>
        <source>AMS &amp;estimate</source>
        <translation>Estimati&amp;on de l&apos;AMS</translation>
    </message>
    <message>
        <source>Copies the AMS&apos;s remaining-percentage estimate to Spoolman. Works without print files, but only for Bambu Lab spools and only in steps of about 10 g; it may overwrite weights you measured yourself.</source>
        <translation>Copie dans Spoolman l&apos;estimation du pourcentage restant de l&apos;AMS. Fonctionne sans fichiers d&apos;impression, mais uniquement pour les bobines Bambu Lab et par paliers d&apos;environ 10 g ; elle peut écraser les poids que vous avez mesurés vous-même.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Preview: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aperçu : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::TrayController</name>
    <message>
        <source>&amp;Open Spoolbridge</source>
        <translation>&amp;Ouvrir Spoolbridge</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause sync</source>
        <translation>Sus&amp;pendre la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Spoolbridge — in sync</source>
        <translation>Spoolbridge — synchronisé</translation>
    </message>
    <message>
        <source>Spoolbridge — syncing…</source>
        <translation>Spoolbridge — synchronisation…</translation>
    </message>
    <message>
        <source>Spoolbridge — needs attention</source>
        <translation>Spoolbridge — intervention requise</translation>
    </message>
    <message>
        <source>Spoolbridge — sync paused</source>
        <translation>Spoolbridge — synchronisation suspendue</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Resume &amp;sync</source>
        <translation>&amp;Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Low filament on %1</source>
        <translation>Filament bas sur %1</translation>
    </message>
    <message>
        <source>%1 has about %2 g left. Have a new spool ready.</source>
        <translation>Il reste environ %2 g sur %1. Préparez une nouvelle bobine.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>Échec de la synchronisation pour %1</translation>
    </message>
    <message>
        <source>Unlinked spool on %1</source>
        <translation>Bobine non liée sur %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not linked to Spoolman. Open Spoolbridge to link it or add it.</source>
        <translation>%1 (%2) n&apos;est pas liée à Spoolman. Ouvrez Spoolbridge pour la lier ou l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Usage waiting for Spoolman</source>
        <translation>Consommation en attente de Spoolman</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1</source>
        <translation>
            <numerusform>%n impression n&apos;a pas encore pu être écrite dans Spoolman ; Spoolbridge continue d&apos;essayer. %1</numerusform>
            <numerusform>%n impressions n&apos;ont pas encore pu être écrites dans Spoolman ; Spoolbridge continue d&apos;essayer. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::UnlinkedSpoolModel</name>
    <message>
        <source>%1 — matches this slot</source>
        <translation>%1 — correspond à cet emplacement</translation>
    </message>
    <message>
        <source>Same material and a similar colour as the filament in this slot.</source>
        <translation>Même matériau et couleur proche du filament de cet emplacement.</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Fabricant inconnu</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Aucun emplacement</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Bobine</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsageLedger</name>
    <message>
        <source>Spoolbridge ledger</source>
        <translation>Journal de consommation Spoolbridge</translation>
    </message>
    <message>
        <source>Spoolman did not accept the ledger field: %1</source>
        <translation>Spoolman n&apos;a pas accepté le champ de journal : %1</translation>
    </message>
    <message>
        <source>No spool in Spoolman carries the tag %1 yet; the usage is charged as soon as one does.</source>
        <translation>Aucune bobine de Spoolman ne porte encore l&apos;étiquette %1 ; la consommation sera débitée dès qu&apos;une bobine la portera.</translation>
    </message>
    <message>
        <source>Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or discard the entry.</source>
        <translation>La bobine #%1 n&apos;existe plus dans Spoolman. Choisissez la bobine à débiter de %2 g ou abandonnez l&apos;entrée.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman no longer carries the tag %2 (its id was reused or the tag edited). Pick the spool to charge %3 g to.</source>
        <translation>La bobine #%1 de Spoolman ne porte plus l&apos;étiquette %2 (son identifiant a été réutilisé ou l&apos;étiquette modifiée). Choisissez la bobine à débiter de %3 g.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman was deleted and its id given to another spool. Pick the spool to charge %2 g to.</source>
        <translation>La bobine #%1 a été supprimée dans Spoolman et son identifiant attribué à une autre bobine. Choisissez la bobine à débiter de %2 g.</translation>
    </message>
    <message>
        <source>The %1 field of spool #%2 was edited and cannot be read. Clear it in Spoolman, then retry.</source>
        <translation>Le champ %1 de la bobine #%2 a été modifié et ne peut pas être lu. Videz-le dans Spoolman, puis réessayez.</translation>
    </message>
    <message>
        <source>Already applied before an interruption (confirmed by the spool&apos;s ledger field).</source>
        <translation>Déjà appliqué avant une interruption (confirmé par le champ de journal de la bobine).</translation>
    </message>
    <message>
        <source>Applied before an interruption (used weight moved by exactly this entry).</source>
        <translation>Appliqué avant une interruption (le poids consommé a varié exactement de cette entrée).</translation>
    </message>
    <message>
        <source>Spoolbridge was interrupted while charging %1 g to spool #%2, and other changes (%3 g in total since) make it impossible to tell whether the charge arrived. Check the spool, then choose &quot;already applied&quot; or &quot;apply again&quot;.</source>
        <translation>Spoolbridge a été interrompu pendant le débit de %1 g sur la bobine #%2, et d&apos;autres modifications (%3 g au total depuis) empêchent de savoir si le débit a abouti. Vérifiez la bobine, puis choisissez « déjà appliqué » ou « appliquer à nouveau ».</translation>
    </message>
    <message>
        <source>Nothing to give back: Spoolman shows no use on this spool.</source>
        <translation>Rien à restituer : Spoolman n&apos;indique aucune consommation sur cette bobine.</translation>
    </message>
    <message>
        <source>The %1 field was removed from Spoolman; it is registered again and the usage sent then.</source>
        <translation>Le champ %1 a été supprimé de Spoolman ; il est enregistré à nouveau et la consommation envoyée ensuite.</translation>
    </message>
    <message>
        <source>Spool #%1 is changing constantly; trying again later.</source>
        <translation>La bobine #%1 change sans cesse ; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>Spoolman refused the change to spool #%1: %2</source>
        <translation>Spoolman a refusé la modification de la bobine #%1 : %2</translation>
    </message>
    <message>
        <source>Spoolman is not reachable; the usage is kept and sent later.</source>
        <translation>Spoolman est injoignable ; la consommation est conservée et sera envoyée plus tard.</translation>
    </message>
    <message>
        <source>The folder %1 for the usage ledger cannot be created. Check the permissions.</source>
        <translation>Impossible de créer le dossier %1 du journal de consommation. Vérifiez les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The usage ledger is not open, so the usage was not recorded.</source>
        <translation>Le journal de consommation n&apos;est pas ouvert, la consommation n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The usage could not be written to the ledger: %1</source>
        <translation>La consommation n&apos;a pas pu être écrite dans le journal : %1</translation>
    </message>
    <message>
        <source>There is no usage entry %1.</source>
        <translation>Il n&apos;existe aucune entrée de consommation %1.</translation>
    </message>
    <message>
        <source>Entry %1 is itself an undo; record the usage again instead of undoing it.</source>
        <translation>L&apos;entrée %1 est elle-même une annulation ; enregistrez à nouveau la consommation au lieu de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Entry %1 is already undone.</source>
        <translation>L&apos;entrée %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>Le journal n&apos;a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>Entry %1 needs attention first: %2</source>
        <translation>L&apos;entrée %1 demande d&apos;abord votre attention : %2</translation>
    </message>
    <message>
        <source>The undo could not be written to the ledger: %1</source>
        <translation>L&apos;annulation n&apos;a pas pu être écrite dans le journal : %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be given another spool.</source>
        <translation>Seule une entrée qui demande votre attention peut être attribuée à une autre bobine.</translation>
    </message>
    <message>
        <source>Give the Spoolman spool id or the spool&apos;s tag to charge the entry to.</source>
        <translation>Indiquez l&apos;identifiant de la bobine Spoolman ou l&apos;étiquette de la bobine à débiter pour cette entrée.</translation>
    </message>
    <message>
        <source>The spool could not be assigned: %1</source>
        <translation>La bobine n&apos;a pas pu être attribuée : %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be resolved.</source>
        <translation>Seule une entrée qui demande votre attention peut être résolue.</translation>
    </message>
    <message>
        <source>Confirmed as applied by a person.</source>
        <translation>Confirmé comme appliqué par une personne.</translation>
    </message>
    <message>
        <source>To be applied again, as a person decided.</source>
        <translation>À appliquer à nouveau, sur décision d&apos;une personne.</translation>
    </message>
    <message>
        <source>Only an entry that needs attention, or one never sent, can be discarded.</source>
        <translation>Seule une entrée qui demande votre attention, ou qui n&apos;a jamais été envoyée, peut être abandonnée.</translation>
    </message>
    <message>
        <source>Discarded by a person.</source>
        <translation>Abandonné par une personne.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsagePipeline</name>
    <message>
        <source>the printer&apos;s address or access code is not set, so its 3MF was not read</source>
        <translation>l&apos;adresse ou le code d&apos;accès de l&apos;imprimante n&apos;est pas défini, son 3MF n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <source>The job&apos;s 3MF could not be fetched: %1</source>
        <translation>Le 3MF de la tâche n&apos;a pas pu être récupéré : %1</translation>
    </message>
    <message>
        <source>No filament use could be charged for &quot;%1&quot;: %2</source>
        <translation>Aucune consommation de filament n&apos;a pu être débitée pour « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>UsageCalculator</name>
    <message>
        <source>The job stopped without reporting how far it got, so the slicer&apos;s estimate was not charged.</source>
        <translation>La tâche s&apos;est arrêtée sans indiquer sa progression, l&apos;estimation du trancheur n&apos;a donc pas été débitée.</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g</source>
        <translation>plateau %1, filament %2 : %3 g</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g × %4 %</source>
        <translation>plateau %1, filament %2 : %3 g × %4 %</translation>
    </message>
    <message>
        <source>Filament %1 (%2 g) was not mapped to any slot; assign a spool to charge it.</source>
        <translation>Le filament %1 (%2 g) n&apos;a été associé à aucun emplacement ; attribuez une bobine pour le débiter.</translation>
    </message>
    <message>
        <source>, %1 % of it from this spool</source>
        <translation>, dont %1 % de cette bobine</translation>
    </message>
    <message>
        <source>Slot %1 holds another spool than at the start of the job, so its remaining percentage says nothing about the usage.</source>
        <translation>L&apos;emplacement %1 contient une autre bobine qu&apos;au début de la tâche, son pourcentage restant ne renseigne donc pas sur la consommation.</translation>
    </message>
    <message>
        <source>The spool in slot %1 has no known filament weight, so its %2 % drop cannot be turned into grams.</source>
        <translation>La bobine de l&apos;emplacement %1 n&apos;a pas de poids de filament connu, sa baisse de %2 % ne peut donc pas être convertie en grammes.</translation>
    </message>
    <message>
        <source>remaining %1 % → %2 % of %3 g</source>
        <translation>restant %1 % → %2 % de %3 g</translation>
    </message>
    <message>
        <source>No usage could be determined for this job: the 3MF was not available and the AMS reported no change in remaining filament.</source>
        <translation>Aucune consommation n&apos;a pu être déterminée pour cette tâche : le 3MF n&apos;était pas disponible et l&apos;AMS n&apos;a signalé aucune variation du filament restant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Synchronise les emplacements AMS des imprimantes Bambu Lab avec un inventaire Spoolman.</translation>
    </message>
    <message>
        <source>Show the demo: a simulated printer and a built-in Spoolman.</source>
        <translation>Afficher la démonstration : une imprimante simulée et un Spoolman intégré.</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre.</translation>
    </message>
</context>
</TS>
