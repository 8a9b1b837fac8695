<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ColorNames</name>
    <message>
        <source>Jade White</source>
        <translation>Jadeweiß</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Light Gray</source>
        <translation>Hellgrau</translation>
    </message>
    <message>
        <source>Dark Gray</source>
        <translation>Dunkelgrau</translation>
    </message>
    <message>
        <source>Blue Gray</source>
        <translation>Blaugrau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Maroon Red</source>
        <translation>Kastanienrot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pumpkin Orange</source>
        <translation>Kürbisorange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Sunflower Yellow</source>
        <translation>Sonnenblumengelb</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Bambu Green</source>
        <translation>Bambu-Grün</translation>
    </message>
    <message>
        <source>Mistletoe Green</source>
        <translation>Mistelgrün</translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation>Türkis</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Cobalt Blue</source>
        <translation>Kobaltblau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Indigo Purple</source>
        <translation>Indigolila</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Hot Pink</source>
        <translation>Knallpink</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>Beige</source>
        <translation>Beige</translation>
    </message>
    <message>
        <source>Ivory White</source>
        <translation>Elfenbeinweiß</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Anthrazit</translation>
    </message>
    <message>
        <source>Ash Gray</source>
        <translation>Aschgrau</translation>
    </message>
    <message>
        <source>Nardo Gray</source>
        <translation>Nardograu</translation>
    </message>
    <message>
        <source>Bone White</source>
        <translation>Knochenweiß</translation>
    </message>
    <message>
        <source>Latte Brown</source>
        <translation>Lattebraun</translation>
    </message>
    <message>
        <source>Desert Tan</source>
        <translation>Wüstenbeige</translation>
    </message>
    <message>
        <source>Lemon Yellow</source>
        <translation>Zitronengelb</translation>
    </message>
    <message>
        <source>Mandarin Orange</source>
        <translation>Mandarinenorange</translation>
    </message>
    <message>
        <source>Sakura Pink</source>
        <translation>Sakura-Rosa</translation>
    </message>
    <message>
        <source>Lilac Purple</source>
        <translation>Fliederlila</translation>
    </message>
    <message>
        <source>Scarlet Red</source>
        <translation>Scharlachrot</translation>
    </message>
    <message>
        <source>Dark Red</source>
        <translation>Dunkelrot</translation>
    </message>
    <message>
        <source>Apple Green</source>
        <translation>Apfelgrün</translation>
    </message>
    <message>
        <source>Grass Green</source>
        <translation>Grasgrün</translation>
    </message>
    <message>
        <source>Dark Green</source>
        <translation>Dunkelgrün</translation>
    </message>
    <message>
        <source>Ice Blue</source>
        <translation>Eisblau</translation>
    </message>
    <message>
        <source>Sky Blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Marine Blue</source>
        <translation>Marineblau</translation>
    </message>
    <message>
        <source>Dark Blue</source>
        <translation>Dunkelblau</translation>
    </message>
    <message>
        <source>Dark Brown</source>
        <translation>Dunkelbraun</translation>
    </message>
    <message>
        <source>Dark Chocolate</source>
        <translation>Zartbitterschokolade</translation>
    </message>
    <message>
        <source>Caramel</source>
        <translation>Karamell</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>Terrakotta</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Pflaume</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Tan</source>
        <translation>Hellbraun</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Oliv</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Light Blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Navyblau</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavendel</translation>
    </message>
    <message>
        <source>Translucent %1</source>
        <translation>%1 (transluzent)</translation>
    </message>
</context>
<context>
    <name>FtpsTransfer</name>
    <message>
        <source>The file transfer was cancelled.</source>
        <translation>Die Dateiübertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file transfer library could not be started.</source>
        <translation>Die Bibliothek für die Dateiübertragung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is needed to check its certificate; add it to the printer settings.</source>
        <translation>Zur Prüfung des Zertifikats wird die Seriennummer des Druckers benötigt; tragen Sie sie in den Druckereinstellungen ein.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; needed to check the printer is missing. Reinstall Spoolbridge or choose the file in the printer settings.</source>
        <translation>Die CA-Zertifikatsdatei „%1“, die zur Prüfung des Druckers benötigt wird, fehlt. Installieren Sie Spoolbridge neu oder wählen Sie die Datei in den Druckereinstellungen.</translation>
    </message>
    <message>
        <source>No key is pinned for this printer yet. Connect once and confirm its certificate.</source>
        <translation>Für diesen Drucker ist noch kein Schlüssel hinterlegt. Verbinden Sie sich einmal und bestätigen Sie sein Zertifikat.</translation>
    </message>
    <message>
        <source>The print file for &quot;%1&quot; is not on the printer&apos;s storage (looked for %2). Usage falls back to the AMS remaining percentage.</source>
        <translation>Die Druckdatei für „%1“ liegt nicht im Speicher des Druckers (gesucht: %2). Der Verbrauch wird stattdessen aus dem AMS-Restanteil ermittelt.</translation>
    </message>
    <message>
        <source>The printer rejected the access code for file transfer. Check the LAN access code on the printer&apos;s screen and enter it again.</source>
        <translation>Der Drucker hat den Zugangscode für die Dateiübertragung abgelehnt. Lesen Sie den LAN-Zugangscode auf dem Display des Druckers ab und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not from Bambu Lab&apos;s CA or not issued to serial %2. Check the serial number; if it is right, pin this printer&apos;s certificate.</source>
        <translation>Der Drucker unter %1 hat ein Zertifikat vorgelegt, das nicht von der CA von Bambu Lab stammt oder nicht für die Seriennummer %2 ausgestellt ist. Prüfen Sie die Seriennummer; wenn sie stimmt, hinterlegen Sie das Zertifikat dieses Druckers.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not signed by the configured CA (%2). Pin this printer&apos;s certificate if you trust it.</source>
        <translation>Der Drucker unter %1 hat ein Zertifikat vorgelegt, das nicht von der eingestellten CA (%2) signiert ist. Hinterlegen Sie das Zertifikat dieses Druckers, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The printer at %1 presented another key than the one pinned for it. If the printer was replaced or reset, pin its certificate again.</source>
        <translation>Der Drucker unter %1 hat einen anderen Schlüssel vorgelegt als den für ihn hinterlegten. Wurde der Drucker ersetzt oder zurückgesetzt, hinterlegen Sie sein Zertifikat erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the printer&apos;s file service at %1 failed (%2). Check the CA file and the printer model setting.</source>
        <translation>Die sichere Verbindung zum Dateidienst des Druckers unter %1 ist fehlgeschlagen (%2). Prüfen Sie die CA-Datei und die Einstellung des Druckermodells.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped answering during the file transfer. Check its network; on an A1 or A1 mini set the printer model so the data channel stays plain.</source>
        <translation>Der Drucker unter %1 antwortet während der Dateiübertragung nicht mehr. Prüfen Sie sein Netzwerk; stellen Sie bei einem A1 oder A1 mini das Druckermodell ein, damit der Datenkanal unverschlüsselt bleibt.</translation>
    </message>
    <message>
        <source>The printer&apos;s file service at %1 cannot be reached. Check that the printer is on and in LAN mode.</source>
        <translation>Der Dateidienst des Druckers unter %1 ist nicht erreichbar. Prüfen Sie, ob der Drucker eingeschaltet ist und sich im LAN-Modus befindet.</translation>
    </message>
    <message>
        <source>The file transfer from the printer at %1 failed: %2 (FTP reply %3).</source>
        <translation>Die Dateiübertragung vom Drucker unter %1 ist fehlgeschlagen: %2 (FTP-Antwort %3).</translation>
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
        <translation>Das Verbrauchsprotokoll %1 kann nicht geöffnet werden (%2). Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot use a write-ahead log. Keep it on a local disk.</source>
        <translation>Das Verbrauchsprotokoll %1 kann kein Write-Ahead-Log verwenden. Legen Sie es auf einer lokalen Festplatte ab.</translation>
    </message>
    <message>
        <source>The usage ledger %1 is damaged or from a newer version: %2</source>
        <translation>Das Verbrauchsprotokoll %1 ist beschädigt oder stammt von einer neueren Version: %2</translation>
    </message>
    <message>
        <source>No spool is known for slot %1; pick the spool to charge.</source>
        <translation>Für Steckplatz %1 ist keine Spule bekannt; wählen Sie die Spule, auf die gebucht werden soll.</translation>
    </message>
    <message>
        <source>Cancelled before it reached Spoolman.</source>
        <translation>Abgebrochen, bevor es Spoolman erreicht hat.</translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation>Rückgängigmachung von Eintrag %1</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Could not read the slot links in %1 (%2): check the file&apos;s permissions.</source>
        <translation>Die Steckplatz-Verknüpfungen in %1 konnten nicht gelesen werden (%2): Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The slot links file %1 is damaged (%2): move it away and link the slots again.</source>
        <translation>Die Datei mit den Steckplatz-Verknüpfungen %1 ist beschädigt (%2): Verschieben Sie sie und verknüpfen Sie die Steckplätze erneut.</translation>
    </message>
    <message>
        <source>Could not save the slot links to %1 (%2): check the disk and the folder&apos;s permissions.</source>
        <translation>Die Steckplatz-Verknüpfungen konnten nicht in %1 gespeichert werden (%2): Prüfen Sie den Datenträger und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>LocationTemplate</name>
    <message>
        <source>External L</source>
        <translation>Extern L</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Extern R</translation>
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
        <translation>Die Ortsvorlage ist leer: Verwenden Sie zum Beispiel „{printer} - AMS {unit} Slot {slot}“.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {printer}, {serial}, {unit}, {slot} or {unit_type}.</source>
        <translation>Unbekannter Platzhalter %1: Verwenden Sie {printer}, {serial}, {unit}, {slot} oder {unit_type}.</translation>
    </message>
    <message>
        <source>A brace is not closed: write placeholders as {name}.</source>
        <translation>Eine Klammer ist nicht geschlossen: Schreiben Sie Platzhalter als {name}.</translation>
    </message>
    <message>
        <source>Add {unit} and {slot}, otherwise several slots get the same location and a removed spool cannot be told apart.</source>
        <translation>Fügen Sie {unit} und {slot} hinzu, sonst erhalten mehrere Steckplätze denselben Ort und eine entnommene Spule lässt sich nicht zuordnen.</translation>
    </message>
    <message>
        <source>The location is longer than Spoolman allows (%1 characters): shorten the template.</source>
        <translation>Der Ort ist länger, als Spoolman erlaubt (%1 Zeichen): Kürzen Sie die Vorlage.</translation>
    </message>
</context>
<context>
    <name>SliceInfoReader</name>
    <message>
        <source>%1 is not a 3MF project (it is not a zip archive). Re-export the plate from the slicer or check the file on the printer.</source>
        <translation>%1 ist kein 3MF-Projekt (es ist kein ZIP-Archiv). Exportieren Sie die Platte erneut aus dem Slicer oder prüfen Sie die Datei auf dem Drucker.</translation>
    </message>
    <message>
        <source>%1 has no %2, so it carries no per-filament estimate. Slice it with Bambu Studio or Orca Slicer and send it again.</source>
        <translation>%1 enthält kein %2 und damit keine Schätzung pro Filament. Slicen Sie es mit Bambu Studio oder Orca Slicer und senden Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked (zip error %3). Re-export the plate.</source>
        <translation>%1 ist beschädigt: %2 kann nicht entpackt werden (ZIP-Fehler %3). Exportieren Sie die Platte erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read completely. Re-export the plate.</source>
        <translation>%1 ist beschädigt: %2 kann nicht vollständig gelesen werden. Exportieren Sie die Platte erneut.</translation>
    </message>
    <message>
        <source>The 3MF file %1 does not exist.</source>
        <translation>Die 3MF-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The downloaded file</source>
        <translation>Die heruntergeladene Datei</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information is not valid XML (line %1: %2). Re-slice and send the plate again.</source>
        <translation>Die Slice-Informationen der 3MF-Datei sind kein gültiges XML (Zeile %1: %2). Slicen Sie die Platte erneut und senden Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information has an unexpected layout (no &lt;config&gt; element). Re-slice and send the plate again.</source>
        <translation>Die Slice-Informationen der 3MF-Datei haben einen unerwarteten Aufbau (kein &lt;config&gt;-Element). Slicen Sie die Platte erneut und senden Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>The 3MF holds no sliced plate, so it carries no filament estimate. Slice the plate and send it again.</source>
        <translation>Die 3MF-Datei enthält keine geslicte Platte und damit keine Filamentschätzung. Slicen Sie die Platte und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The 3MF has %1 plates and the job does not say which one was printed, so its usage cannot be taken from the file.</source>
        <translation>Die 3MF-Datei hat %1 Platten und der Auftrag gibt nicht an, welche gedruckt wurde, daher lässt sich der Verbrauch nicht aus der Datei ermitteln.</translation>
    </message>
    <message>
        <source>The printed plate %1 is not in the 3MF (it has plates %2). The file on the printer may belong to another job.</source>
        <translation>Die gedruckte Platte %1 ist nicht in der 3MF-Datei enthalten (sie hat die Platten %2). Die Datei auf dem Drucker gehört möglicherweise zu einem anderen Auftrag.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::AppCore</name>
    <message>
        <source>Demo X1 Carbon</source>
        <translation>Demo X1 Carbon</translation>
    </message>
    <message>
        <source>Spoolman is not set up yet: add its address in the settings.</source>
        <translation>Spoolman ist noch nicht eingerichtet: Tragen Sie seine Adresse in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>No access code is stored for %1: enter it in Settings → Printers.</source>
        <translation>Für %1 ist kein Zugangscode gespeichert: Geben Sie ihn unter Einstellungen → Drucker ein.</translation>
    </message>
    <message>
        <source>That printer is no longer configured.</source>
        <translation>Dieser Drucker ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The demo printer needs no certificate.</source>
        <translation>Der Demo-Drucker braucht kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht geschrieben werden (%2); prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht entfernt werden (%2); entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation>Der Windows-Autostart-Eintrag konnte nicht geändert werden; prüfen Sie die Berechtigungen Ihres Kontos.</translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation>Hält die AMS-Steckplätze von Bambu-Lab-Druckern und einen Spoolman-Bestand synchron</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::BambuCloudClient</name>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud first.</source>
        <translation>Es ist kein Bambu-Cloud-Token gespeichert. Melden Sie sich zuerst bei der Bambu Cloud an.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in (HTTP %1): the token has expired or was revoked. Sign in to the Bambu cloud again.</source>
        <translation>Die Bambu Cloud hat die Anmeldung abgelehnt (HTTP %1): Das Token ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut bei der Bambu Cloud an.</translation>
    </message>
    <message>
        <source>The Bambu cloud did not answer within %1 s. Check the internet connection and try again.</source>
        <translation>Die Bambu Cloud hat nicht innerhalb von %1 s geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Bambu cloud answered with a web page instead of data (HTTP %1). The service may be down or a proxy/captive portal is in the way; try again later.</source>
        <translation>Die Bambu Cloud hat mit einer Webseite statt mit Daten geantwortet (HTTP %1). Der Dienst ist vielleicht ausgefallen oder ein Proxy bzw. Captive Portal ist im Weg; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the Bambu cloud at %1 (%2). Check the internet connection.</source>
        <translation>Die Bambu Cloud unter %1 ist nicht erreichbar (%2). Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The Bambu cloud reported an error (HTTP %1). Try again later.</source>
        <translation>Die Bambu Cloud hat einen Fehler gemeldet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Bambu cloud sent an unexpected answer (no device list). Try again later or update Spoolbridge.</source>
        <translation>Die Bambu Cloud hat eine unerwartete Antwort gesendet (keine Geräteliste). Versuchen Sie es später erneut oder aktualisieren Sie Spoolbridge.</translation>
    </message>
    <message>
        <source>The Bambu cloud refused the request: %1.</source>
        <translation>Die Bambu Cloud hat die Anfrage abgelehnt: %1.</translation>
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
        <translation>Aufruf: spoolbridge-cli inspect [--serial SERIAL] DATEI...

Führt aufgezeichnete MQTT-Nachrichten eines Druckers der Reihe nach zusammen und gibt den abgeleiteten Zustand als JSON aus
(Einheiten, Steckplätze, externe Spulen, Auftrag und die beim Abspielen gesehenen Auftragsereignisse).

Jede DATEI enthält eine JSON-Nachricht ({&quot;print&quot;:…} oder {&quot;info&quot;:…}) oder eine Nachricht pro Zeile
(JSONL): eine Nachricht oder {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}.

Optionen:
  --serial SERIAL  Die Seriennummer des Druckers (bestimmt das Modell, wenn get_version fehlt)
  -h, --help       Diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check the path and permissions.</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2). Prüfen Sie Pfad und Berechtigungen.</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON payload or one message per line.</source>
        <translation>%1: Die Datei ist leer; erwartet wird eine JSON-Nachricht oder eine Nachricht pro Zeile.</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3 at byte %4).</source>
        <translation>%1, Zeile %2: kein gültiges JSON (%3 bei Byte %4).</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: no printer report in the input; nothing to show.
</source>
        <translation>spoolbridge-cli inspect: Die Eingabe enthält keinen Druckerbericht; es gibt nichts anzuzeigen.
</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: the message is not a JSON object; expected {&quot;print&quot;:…}, {&quot;info&quot;:…} or {&quot;ts&quot;:…,&quot;payload&quot;:…}.</source>
        <translation>%1: Die Nachricht ist kein JSON-Objekt; erwartet wird {&quot;print&quot;:…}, {&quot;info&quot;:…} oder {&quot;ts&quot;:…,&quot;payload&quot;:…}.</translation>
    </message>
    <message>
        <source>%1: &quot;payload&quot; is not a JSON object.</source>
        <translation>%1: „payload“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: --serial needs a value, e.g. --serial 00M09A123456789.
</source>
        <translation>spoolbridge-cli inspect: --serial braucht einen Wert, z. B. --serial 00M09A123456789.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: unknown option &quot;%1&quot;. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect: Unbekannte Option „%1“. Führen Sie spoolbridge-cli inspect --help aus.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: name at least one payload file. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect: Geben Sie mindestens eine Nachrichtendatei an. Führen Sie spoolbridge-cli inspect --help aus.
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message>
        <source>No printer is called &quot;%1&quot; (by name, serial or id); add the printer first.</source>
        <translation>Kein Drucker heißt „%1“ (Name, Seriennummer oder ID); fügen Sie den Drucker zuerst hinzu.</translation>
    </message>
    <message>
        <source>The secret store &quot;%1&quot; works.</source>
        <translation>Der Geheimnisspeicher „%1“ funktioniert.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No value on standard input; pipe it in, e.g. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</source>
        <translation>Kein Wert auf der Standardeingabe; leiten Sie ihn weiter, z. B. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain, file or env.</source>
        <translation>Unbekannter Geheimnisspeicher „%1“; verwenden Sie keychain, file oder env.</translation>
    </message>
    <message>
        <source>Secrets are already kept in &quot;%1&quot;; change secrets/backend first, then copy from the old store.</source>
        <translation>Geheimnisse liegen bereits in „%1“; ändern Sie zuerst secrets/backend und kopieren Sie dann aus dem alten Speicher.</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>%n Geheimnis kopiert.</numerusform>
            <numerusform>%n Geheimnisse kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SettingsCommand</name>
    <message>
        <source>settings %1: wrong number of arguments; see spoolbridge-cli settings --help.</source>
        <translation>settings %1: falsche Anzahl von Argumenten; siehe spoolbridge-cli settings --help.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; spoolbridge-cli settings list shows them all.</source>
        <translation>Unbekannte Einstellung „%1“; spoolbridge-cli settings list zeigt alle.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; see spoolbridge-cli settings --help.</source>
        <translation>Unbekannte Aktion „%1“; siehe spoolbridge-cli settings --help.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::Spoolman</name>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>--header wants NAME:VALUE, e.g. X-Api-Key:abc123.</source>
        <translation>--header erwartet NAME:WERT, z. B. X-Api-Key:abc123.</translation>
    </message>
    <message>
        <source>--password-file needs --user as well.</source>
        <translation>--password-file erfordert auch --user.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1 (%2).</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url ist erforderlich.</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;.</source>
        <translation>unbekannter Unterbefehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::UsageCommand</name>
    <message>
        <source>The usage ledger is empty.</source>
        <translation>Das Verbrauchsprotokoll ist leer.</translation>
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
        <translation>Aufruf: spoolbridge-cli usage &lt;Aktion&gt; [Optionen]

Das Verbrauchsprotokoll: die pro Druck und Spule gebuchten Gramm und ob Spoolman sie schon hat.
Änderungen bleiben lokal, bis die App oder der Dienst Spoolman das nächste Mal erreicht.

Aktionen:
  list [--state S] [--table]  Die Einträge, neueste zuerst, als JSON (--table: als Tabelle);
                              S = pending, delivered, undone, attention oder discarded
  undo &lt;id&gt;                   Die Gramm eines Eintrags zurückgeben: verwirft einen Eintrag, den
                              Spoolman nie gesehen hat, oder bucht einen negativen Ausgleich
  resolve &lt;id&gt; applied|again  Ein fraglicher Eintrag: schon verbucht, oder erneut verbuchen
  discard &lt;id&gt;                Einen Eintrag, der Aufmerksamkeit braucht, nicht buchen
  plates &lt;datei.3mf&gt;          Die Platten einer 3MF und ihre Filamentschätzungen als JSON

Optionen:
  --ledger-dir &lt;ordner&gt;       Ordner des Protokolls (Standard: der Datenordner der App)
  -h, --help                  Diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>Entry %1 was cancelled before it reached Spoolman.</source>
        <translation>Eintrag %1 wurde verworfen, bevor er Spoolman erreicht hat.</translation>
    </message>
    <message>
        <source>Entry %1 will be given back by entry %2 the next time Spoolbridge reaches Spoolman.</source>
        <translation>Eintrag %1 wird durch Eintrag %2 zurückgegeben, sobald Spoolbridge Spoolman das nächste Mal erreicht.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, undo, resolve, discard or plates.</source>
        <translation>unbekannte Aktion „%1“; verwenden Sie list, undo, resolve, discard oder plates.</translation>
    </message>
    <message>
        <source>choose either --table or --json.</source>
        <translation>wählen Sie entweder --table oder --json.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>unbekannter Zustand „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>plates: give one 3MF file.</source>
        <translation>plates: geben Sie genau eine 3MF-Datei an.</translation>
    </message>
    <message>
        <source>list takes no arguments; filter with --state.</source>
        <translation>list nimmt keine Argumente; filtern Sie mit --state.</translation>
    </message>
    <message>
        <source>%1 needs one entry id (see spoolbridge-cli usage list).</source>
        <translation>%1 braucht genau eine Eintragsnummer (siehe spoolbridge-cli usage list).</translation>
    </message>
    <message>
        <source>resolve: say &quot;applied&quot; or &quot;again&quot; after the entry id.</source>
        <translation>resolve: geben Sie nach der Eintragsnummer „applied“ oder „again“ an.</translation>
    </message>
    <message>
        <source>spoolbridge-cli: &quot;ledger&quot; is now &quot;usage&quot; (spoolbridge-cli usage --help); the old name will be removed in a later release.</source>
        <translation>spoolbridge-cli: „ledger“ heißt jetzt „usage“ (spoolbridge-cli usage --help); der alte Name entfällt in einer späteren Version.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTestResult</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Spoolman:      %1
</source>
        <translation>Spoolman:      %1
</translation>
    </message>
    <message>
        <source>Reachable:     %1
</source>
        <translation>Erreichbar:    %1
</translation>
    </message>
    <message>
        <source>Version:       %1%2
</source>
        <translation>Version:       %1%2
</translation>
    </message>
    <message>
        <source> (not recognised)</source>
        <translation> (nicht erkannt)</translation>
    </message>
    <message>
        <source>Round trip:    %1 ms
</source>
        <translation>Antwortzeit:   %1 ms
</translation>
    </message>
    <message>
        <source>Tag lookup:    %1
</source>
        <translation>Tag-Suche:     %1
</translation>
    </message>
    <message>
        <source>on the server (extra.tag filter)</source>
        <translation>auf dem Server (extra.tag-Filter)</translation>
    </message>
    <message>
        <source>by scanning all spools</source>
        <translation>durch Durchsuchen aller Spulen</translation>
    </message>
    <message>
        <source> (registered)</source>
        <translation> (registriert)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (wrong type)</source>
        <translation> (falscher Typ)</translation>
    </message>
    <message>
        <source>Extra fields:  %1
</source>
        <translation>Zusatzfelder:  %1
</translation>
    </message>
    <message>
        <source>Usable:        %1
</source>
        <translation>Verwendbar:    %1
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTester</name>
    <message>
        <source>Spoolman %1 is reachable, but the extra field %2 exists with another type — rename or delete it in Spoolman&apos;s settings (Extra Fields), then test again.</source>
        <translation>Spoolman %1 ist erreichbar, aber das Zusatzfeld %2 existiert mit einem anderen Typ — benennen Sie es in den Spoolman-Einstellungen (Zusatzfelder) um oder löschen Sie es und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Spoolman %1 answered in %2 ms.</source>
        <translation>Spoolman %1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Spulen werden auf dem Server per Tag gesucht.</translation>
    </message>
    <message>
        <source>This version is older than 0.25, so Spoolbridge finds spools by reading the whole list — update Spoolman for faster lookups.</source>
        <translation>Diese Version ist älter als 0.25, daher liest Spoolbridge zum Finden von Spulen die ganze Liste — aktualisieren Sie Spoolman für schnellere Suchen.</translation>
    </message>
    <message>
        <source>Spoolbridge does not recognise this version, so it finds spools by reading the whole list.</source>
        <translation>Spoolbridge erkennt diese Version nicht und liest daher zum Finden von Spulen die ganze Liste.</translation>
    </message>
    <message>
        <source>The extra field %1 is missing; Spoolbridge registers it on the first sync.</source>
        <translation>Das Zusatzfeld %1 fehlt; Spoolbridge legt es bei der ersten Synchronisierung an.</translation>
    </message>
    <message>
        <source>The extra fields Spoolbridge needs are registered.</source>
        <translation>Die von Spoolbridge benötigten Zusatzfelder sind registriert.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary directory: %1.</source>
        <translation>Die Demo konnte ihr temporäres Verzeichnis nicht anlegen: %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not start: %1.</source>
        <translation>Das Demo-Spoolman konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not be filled: %1</source>
        <translation>Das Demo-Spoolman konnte nicht befüllt werden: %1</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Regal</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation>Geheimnisse kommen aus Umgebungsvariablen, daher kann Spoolbridge dieses nicht speichern: Setzen Sie %1 in der Umgebung, die Spoolbridge startet (beim systemd-Dienst in dessen EnvironmentFile).</translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation>Geheimnisse kommen aus Umgebungsvariablen: Entfernen Sie %1 aus der Umgebung, die Spoolbridge startet.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvironmentHistory</name>
    <message>
        <source>The climate history at %1 cannot be opened (%2) — check that the folder exists and is writable.</source>
        <translation>Der Klimaverlauf unter %1 kann nicht geöffnet werden (%2) — prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The climate history could not be written (%1).</source>
        <translation>Der Klimaverlauf konnte nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation>Die Geheimnisdatei %1 gehört einem anderen Benutzer; Spoolbridge verwendet nur eine Geheimnisdatei, die Ihnen gehört. Verschieben Sie sie und geben Sie die Geheimnisse erneut ein.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>Die Geheimnisdatei %1 ist für andere Benutzer lesbar (Modus %2); Spoolbridge verwendet sie nicht. Führen Sie „chmod 600 %1“ aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation>Die Geheimnisdatei %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt (kein JSON-Objekt); reparieren oder verschieben Sie sie und geben Sie die Geheimnisse erneut ein.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation>Die Geheimnisdatei %1 konnte nicht geschrieben werden (%2); prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Gui::AppController</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a simulated X1 Carbon and a built-in Spoolman; nothing here touches your printers or your inventory.</source>
        <translation>&lt;b&gt;Demo-Modus&lt;/b&gt; — ein simulierter X1 Carbon und ein eingebautes Spoolman; nichts hier berührt Ihre Drucker oder Ihren Bestand.</translation>
    </message>
    <message>
        <source>Set up my printer</source>
        <translation>Meinen Drucker einrichten</translation>
    </message>
    <message>
        <source>Spoolman cannot be reached or the spool is not known yet.</source>
        <translation>Spoolman ist nicht erreichbar oder die Spule ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Spoolbridge — Demo</source>
        <translation>Spoolbridge — Demo</translation>
    </message>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>Trust this printer?</source>
        <translation>Diesem Drucker vertrauen?</translation>
    </message>
    <message>
        <source>%1 did not present a certificate Spoolbridge can verify.

%2

Certificate fingerprint (SHA-256):
%3

Trust it only if it matches your printer (for example on a network you control). Spoolbridge will then accept exactly this certificate for this printer.</source>
        <translation>%1 hat kein Zertifikat vorgelegt, das Spoolbridge prüfen kann.

%2

Fingerabdruck des Zertifikats (SHA-256):
%3

Vertrauen Sie ihm nur, wenn er zu Ihrem Drucker passt (zum Beispiel in einem Netzwerk, das Sie kontrollieren). Spoolbridge akzeptiert dann genau dieses Zertifikat für diesen Drucker.</translation>
    </message>
    <message>
        <source>Trust this printer</source>
        <translation>Diesem Drucker vertrauen</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS %1 Slot %2</source>
        <translation>AMS %1 Steckplatz %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message>
        <source>Added to Spoolman and linked.</source>
        <translation>Zu Spoolman hinzugefügt und verknüpft.</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>Verknüpfung gelöst.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>der Text endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an object key (a quoted name) was expected</source>
        <translation>ein Objektschlüssel (ein Name in Anführungszeichen) wurde erwartet</translation>
    </message>
    <message>
        <source>a colon was expected after an object key</source>
        <translation>nach einem Objektschlüssel wurde ein Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>der Text endet innerhalb eines Objekts</translation>
    </message>
    <message>
        <source>a comma or closing brace was expected</source>
        <translation>ein Komma oder eine schließende geschweifte Klammer wurde erwartet</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>der Text endet innerhalb eines Arrays</translation>
    </message>
    <message>
        <source>a comma or closing bracket was expected</source>
        <translation>ein Komma oder eine schließende eckige Klammer wurde erwartet</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>der Text endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>an invalid escape sequence in a string</source>
        <translation>eine ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an unexpected character where a value was expected</source>
        <translation>ein unerwartetes Zeichen, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation>eine fehlerhafte Zahl</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation>Kein Systemschlüsselbund verfügbar: %1. Wählen Sie, wo Spoolbridge Geheimnisse stattdessen aufbewahrt: in einer nur für Sie lesbaren Geheimnisdatei (secrets/backend = file) oder in Umgebungsvariablen (secrets/backend = env).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1); entsperren Sie ihn oder erlauben Sie Spoolbridge den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation>der Anmeldeschlüsselbund ist gesperrt oder fehlt (%1); entsperren Sie ihn in Ihrer Desktop-Sitzung</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation>Der Systemschlüsselbund meldet einen Fehler: %1. Versuchen Sie es erneut; wenn er bleibt, wählen Sie stattdessen eine Geheimnisdatei oder Umgebungsvariablen.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::MqttClient</name>
    <message>
        <source>Could not create an MQTT client (out of memory?).</source>
        <translation>Es konnte kein MQTT-Client erstellt werden (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>%1:%2 sent data that is not a TLS/MQTT handshake. Check the port number.</source>
        <translation>%1:%2 hat Daten gesendet, die kein TLS/MQTT-Handshake sind. Prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <source>did not complete the TLS handshake</source>
        <translation>TLS-Handshake nicht abgeschlossen</translation>
    </message>
    <message>
        <source>did not accept the MQTT connection</source>
        <translation>MQTT-Verbindung nicht angenommen</translation>
    </message>
    <message>
        <source>%1:%2 %3 within %4 s. Check the address and port, and that the printer is on and in LAN mode.</source>
        <translation>%1:%2: %3 (Zeitlimit %4 s). Prüfen Sie Adresse und Port und ob der Drucker eingeschaltet und im LAN-Modus ist.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake. Check the port and that the server speaks MQTT over TLS.</source>
        <translation>%1:%2 hat die Verbindung während des TLS-Handshakes geschlossen. Prüfen Sie den Port und ob der Server MQTT über TLS spricht.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password (access code). Check the credentials and try again.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort (Zugangscode) abgelehnt. Prüfen Sie die Zugangsdaten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the MQTT connection: %2.</source>
        <translation>%1 hat die MQTT-Verbindung abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. If you trust this device, pin its certificate (SHA-256 %3).</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden: %2. Wenn Sie diesem Gerät vertrauen, hinterlegen Sie sein Zertifikat (SHA-256 %3).</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>unbekannter TLS-Fehler</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed (%3). Check that the port speaks MQTT over TLS.</source>
        <translation>Der TLS-Handshake mit %1:%2 ist fehlgeschlagen (%3). Prüfen Sie, ob der Port MQTT über TLS spricht.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port, and that LAN mode is enabled on the printer.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob der LAN-Modus am Drucker aktiviert ist.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and that the printer is on.</source>
        <translation>%1 hat nicht geantwortet. Prüfen Sie die Adresse und ob der Drucker eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the address.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 stopped answering while connecting. Check the network.</source>
        <translation>%1 antwortet beim Verbinden nicht mehr. Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was established. Check the port and the TLS settings.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor sie hergestellt war. Prüfen Sie den Port und die TLS-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterConnection</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation>Offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Access code rejected</source>
        <translation>Zugangscode abgelehnt</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Settings incomplete</source>
        <translation>Einstellungen unvollständig</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is missing. Enter it in the printer settings.</source>
        <translation>Die Seriennummer des Druckers fehlt. Tragen Sie sie in den Druckereinstellungen ein.</translation>
    </message>
    <message>
        <source>The printer&apos;s IP address is missing. Enter it in the printer settings.</source>
        <translation>Die IP-Adresse des Druckers fehlt. Tragen Sie sie in den Druckereinstellungen ein.</translation>
    </message>
    <message>
        <source>The printer&apos;s access code is missing. Enter the 8-character code shown on the printer&apos;s screen.</source>
        <translation>Der Zugangscode des Druckers fehlt. Geben Sie den 8-stelligen Code ein, der auf dem Display des Druckers angezeigt wird.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 cannot be read or holds no PEM certificate. Choose another file or clear the setting.</source>
        <translation>Die zusätzliche CA-Zertifikatsdatei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat. Wählen Sie eine andere Datei oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits). Clear it and trust the certificate again.</source>
        <translation>Der Fingerabdruck des vertrauenswürdigen Zertifikats „%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern). Leeren Sie ihn und vertrauen Sie dem Zertifikat erneut.</translation>
    </message>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud again.</source>
        <translation>Es ist kein Bambu-Cloud-Token gespeichert. Melden Sie sich erneut bei der Bambu Cloud an.</translation>
    </message>
    <message>
        <source>The Bambu account id could not be read from the token. Sign in to the Bambu cloud again.</source>
        <translation>Die Bambu-Konto-ID konnte nicht aus dem Token gelesen werden. Melden Sie sich erneut bei der Bambu Cloud an.</translation>
    </message>
    <message>
        <source>The printer has not sent anything for %1 s. Reconnecting…</source>
        <translation>Der Drucker hat seit %1 s nichts gesendet. Verbindung wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>The connection to the printer was lost (%1). Reconnecting…</source>
        <translation>Die Verbindung zum Drucker wurde unterbrochen (%1). Verbindung wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>The printer rejected the access code. Enter the 8-character access code shown on the printer&apos;s screen (network settings) and connect again.</source>
        <translation>Der Drucker hat den Zugangscode abgelehnt. Geben Sie den 8-stelligen Zugangscode ein, der auf dem Display des Druckers (Netzwerkeinstellungen) angezeigt wird, und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in token. Sign in to the Bambu cloud again.</source>
        <translation>Die Bambu Cloud hat das Anmeldetoken abgelehnt. Melden Sie sich erneut bei der Bambu Cloud an.</translation>
    </message>
    <message>
        <source>The device at %1 identifies itself as &quot;%2&quot;, not as the configured serial %3. Check the serial number and the IP address in the printer settings (another printer may have this address now). Certificate SHA-256: %4.</source>
        <translation>Das Gerät unter %1 meldet sich als „%2“, nicht als die eingestellte Seriennummer %3. Prüfen Sie Seriennummer und IP-Adresse in den Druckereinstellungen (möglicherweise hat jetzt ein anderer Drucker diese Adresse). Zertifikat-SHA-256: %4.</translation>
    </message>
    <message>
        <source>The printer&apos;s certificate could not be verified: %1. If this is your printer (serial %2), trust its certificate with SHA-256 fingerprint %3 in the printer settings.</source>
        <translation>Das Zertifikat des Druckers konnte nicht geprüft werden: %1. Wenn dies Ihr Drucker ist (Seriennummer %2), vertrauen Sie in den Druckereinstellungen seinem Zertifikat mit dem SHA-256-Fingerabdruck %3.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>The printer sent a message that is not valid JSON (%1); it was ignored. If this repeats, update the printer firmware.</source>
        <translation>Der Drucker hat eine Nachricht gesendet, die kein gültiges JSON ist (%1); sie wurde ignoriert. Wenn das wiederholt auftritt, aktualisieren Sie die Firmware des Druckers.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterDiscovery</name>
    <message>
        <source>Cannot listen for printers on UDP port %1 (%2). Another program may hold the port; add printers by IP address instead.</source>
        <translation>Auf UDP-Port %1 kann nicht nach Druckern gesucht werden (%2). Möglicherweise belegt ein anderes Programm den Port; fügen Sie Drucker stattdessen per IP-Adresse hinzu.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation>Ein Druckereintrag hat keine gültige ID; jeder Drucker braucht eine UUID.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation>Drucker „%1“ hat den unbekannten Modus „%2“; verwenden Sie „lan“ oder „cloud“.</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>Geben Sie dem Drucker einen Namen.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation>Drucker „%1“ braucht seine Seriennummer (steht auf dem Display des Druckers).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation>Drucker „%1“ braucht im LAN-Modus die IP-Adresse oder den Hostnamen des Druckers.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation>Drucker „%1“ hat den Port %2; verwenden Sie einen Port zwischen 1 und 65535 (meist 8883).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation>Drucker „%1“ hat einen gespeicherten Zertifikat-Fingerabdruck, der kein SHA-256-Wert ist; entfernen Sie ihn und speichern Sie das Zertifikat erneut.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation>Drucker „%1“ verwendet die CA-Datei %2, die nicht gelesen werden kann; wählen Sie eine vorhandene PEM-Datei.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ReportMerger</name>
    <message>
        <source>The printer message is not valid JSON (%1 at byte %2); it was ignored.</source>
        <translation>Die Druckernachricht ist kein gültiges JSON (%1 bei Byte %2); sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The printer message is JSON but not an object; it was ignored.</source>
        <translation>Die Druckernachricht ist JSON, aber kein Objekt; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The printer message has a &quot;print&quot; entry that is not an object; it was ignored.</source>
        <translation>Die Druckernachricht hat einen „print“-Eintrag, der kein Objekt ist; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The printer message has an &quot;info&quot; entry that is not an object; it was ignored.</source>
        <translation>Die Druckernachricht hat einen „info“-Eintrag, der kein Objekt ist; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::RequestBuilder</name>
    <message>
        <source>The CA file %1 could not be read (%2) — check the path in the Spoolman settings.</source>
        <translation>Die CA-Datei %1 konnte nicht gelesen werden (%2) — prüfen Sie den Pfad in den Spoolman-Einstellungen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate — give a PEM or DER certificate file.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat — geben Sie eine PEM- oder DER-Zertifikatsdatei an.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und konnte nicht gelesen werden; reparieren oder entfernen Sie sie, oder starten Sie mit --config und einer anderen Datei.</translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation>Einstellungen in &lt;file&gt; statt in %1 lesen und schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation>Es gibt keinen Drucker mit der ID %1; vielleicht wurde er bereits entfernt.</translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation>Zwei Drucker haben dieselbe ID %1; geben Sie jedem Drucker einen eigenen Eintrag.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation>Diese Datei ist kein Spoolbridge-Einstellungsexport; wählen Sie eine mit „Einstellungen exportieren“ gespeicherte Datei.</translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation>Dieser Einstellungsexport stammt von einer neueren Spoolbridge-Version; aktualisieren Sie Spoolbridge vor dem Import.</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation>„%1“ ignoriert: Geheimnisse werden nie aus einer Datei importiert; geben Sie sie in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung „%1“ ignoriert.</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation>„%1“ eines Druckers ignoriert: Zugangscodes werden nie aus einer Datei importiert; geben Sie sie in den Druckereinstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation>%1 ist kein gültiges JSON (%2); wählen Sie eine mit „Einstellungen exportieren“ gespeicherte Datei.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation>Geben Sie die Adresse Ihres Spoolman-Servers ein, zum Beispiel http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation>„%1“ ist keine gültige Adresse; geben Sie sie wie http://192.168.1.50:7912 ein.</translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation>Die Spoolman-Adresse muss mit http:// oder https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation>Die Spoolman-Adresse „%1“ hat keinen Hostnamen; geben Sie sie wie http://192.168.1.50:7912 ein.</translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation>Entfernen Sie ?Abfrage oder #Fragment aus der Spoolman-Adresse „%1“.</translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>Die Ortsvorlage ist leer; verwenden Sie zum Beispiel „{printer} - AMS {unit} Slot {slot}“.</translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation>Die Ortsvorlage verwendet den unbekannten Platzhalter {%1}; bekannte Platzhalter sind %2.</translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation>Die Ortsvorlage enthält eine unpaarige Klammer; schreiben Sie Platzhalter wie {slot}.</translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation>Die Ortsvorlage muss {slot} enthalten, sonst erhalten alle Steckplätze denselben Ort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name; verwenden Sie Buchstaben, Ziffern und Bindestriche, zum Beispiel X-Api-Key.</translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation>Die Datei %1 existiert nicht; wählen Sie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>Die Datei %1 kann nicht gelesen werden; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation>Die Einstellung %1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation>Die Einstellung %1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation>Die Einstellung %1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation>Die Einstellung %1 muss Text sein.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>Die Einstellung %1 darf nicht „%2“ sein; verwenden Sie einen dieser Werte: %3.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolProvisioner</name>
    <message>
        <source>Created by Spoolbridge from the AMS</source>
        <translation>Von Spoolbridge aus dem AMS angelegt</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanClient</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>Es ist keine Spoolman-URL eingestellt — geben Sie die Adresse Ihres Spoolman ein, z. B. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>server information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>a vendor list</source>
        <translation>Herstellerliste</translation>
    </message>
    <message>
        <source>a vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>a filament list</source>
        <translation>Filamentliste</translation>
    </message>
    <message>
        <source>a filament</source>
        <translation>Filament</translation>
    </message>
    <message>
        <source>a spool list</source>
        <translation>Spulenliste</translation>
    </message>
    <message>
        <source>a spool</source>
        <translation>Spule</translation>
    </message>
    <message>
        <source>a list of extra fields</source>
        <translation>Liste der Zusatzfelder</translation>
    </message>
    <message>
        <source>a list of settings</source>
        <translation>Einstellungsliste</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>a list of locations</source>
        <translation>Ortsliste</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>Ortsname</translation>
    </message>
    <message>
        <source>a list of SpoolmanDB filaments</source>
        <translation>Liste der SpoolmanDB-Filamente</translation>
    </message>
    <message>
        <source>Spoolman already has a %1 field &quot;%2&quot; of type %3, but Spoolbridge needs type %4 — rename or delete that field in Spoolman&apos;s settings (Extra Fields).</source>
        <translation>Spoolman hat bereits ein %1-Feld „%2“ vom Typ %3, Spoolbridge braucht aber den Typ %4 — benennen Sie dieses Feld in den Spoolman-Einstellungen (Zusatzfelder) um oder löschen Sie es.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanConfig</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>Es ist keine Spoolman-URL eingestellt — geben Sie die Adresse Ihres Spoolman ein, z. B. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Spoolman address — use http://host:port or https://host/path.</source>
        <translation>„%1“ ist keine Spoolman-Adresse — verwenden Sie http://host:port oder https://host/pfad.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanErrors</name>
    <message>
        <source>Spoolman at %1 refused the connection — is it running and is the port right?</source>
        <translation>Spoolman unter %1 hat die Verbindung abgelehnt — läuft es und stimmt der Port?</translation>
    </message>
    <message>
        <source>The host of %1 could not be found — check the Spoolman URL.</source>
        <translation>Der Host von %1 wurde nicht gefunden — prüfen Sie die Spoolman-URL.</translation>
    </message>
    <message>
        <source>Spoolman at %1 closed the connection without answering — check the port, and http:// versus https://.</source>
        <translation>Spoolman unter %1 hat die Verbindung ohne Antwort geschlossen — prüfen Sie den Port sowie http:// gegenüber https://.</translation>
    </message>
    <message>
        <source>Spoolman at %1 did not answer within %2 — is it running?</source>
        <translation>Spoolman unter %1 hat nicht innerhalb von %2 geantwortet — läuft es?</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address — check the Spoolman URL.</source>
        <translation>%1 ist keine http://- oder https://-Adresse — prüfen Sie die Spoolman-URL.</translation>
    </message>
    <message>
        <source>Could not reach Spoolman at %1 (%2) — check the URL and the network.</source>
        <translation>Spoolman unter %1 ist nicht erreichbar (%2) — prüfen Sie URL und Netzwerk.</translation>
    </message>
    <message>
        <source>Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge sends none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. Spoolman said: %1</source>
        <translation>Spoolman hat die Anfrage abgelehnt, weil sie einen Origin-Header enthielt, dem es nicht vertraut; Spoolbridge sendet keinen, also muss ein Reverse-Proxy ihn hinzufügen — entfernen Sie ihn dort oder setzen Sie SPOOLMAN_CORS_ORIGIN. Spoolman meldete: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused access (HTTP %2) — check the reverse proxy&apos;s user name and password or header in the Spoolman settings.</source>
        <translation>Der Server unter %1 hat den Zugriff verweigert (HTTP %2) — prüfen Sie Benutzername und Passwort oder Header des Reverse-Proxys in den Spoolman-Einstellungen.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman&apos;s API — check the URL and the reverse proxy.</source>
        <translation>Spoolman unter %1 hat mit einer HTML-Seite (HTTP %2) statt mit der Spoolman-API geantwortet — prüfen Sie URL und Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL and any path prefix.</source>
        <translation>Spoolman unter %1 kennt diese API-Adresse nicht (HTTP 404) — prüfen Sie die URL und ein etwaiges Pfadpräfix.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP 500) — check Spoolman&apos;s log.</source>
        <translation>Spoolman unter %1 ist mit einem internen Fehler gescheitert (HTTP 500) — prüfen Sie das Spoolman-Protokoll.</translation>
    </message>
    <message>
        <source>Spoolman at %1 is unavailable (HTTP %2) — is it running behind its reverse proxy?</source>
        <translation>Spoolman unter %1 ist nicht verfügbar (HTTP %2) — läuft es hinter seinem Reverse-Proxy?</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered HTTP %2 with something that is not Spoolman&apos;s JSON — check the URL and the reverse proxy.</source>
        <translation>Spoolman unter %1 hat mit HTTP %2 und etwas anderem als Spoolman-JSON geantwortet — prüfen Sie URL und Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2) — check Spoolman&apos;s log.</source>
        <translation>Spoolman unter %1 ist mit einem internen Fehler gescheitert (HTTP %2) — prüfen Sie das Spoolman-Protokoll.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2): %3 Check Spoolman&apos;s log.</source>
        <translation>Spoolman unter %1 ist mit einem internen Fehler gescheitert (HTTP %2): %3 Prüfen Sie das Spoolman-Protokoll.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL, and update Spoolman if it is old.</source>
        <translation>Spoolman unter %1 kennt diese API-Adresse nicht (HTTP 404) — prüfen Sie die URL und aktualisieren Sie Spoolman, falls es alt ist.</translation>
    </message>
    <message>
        <source>Spoolman: %1</source>
        <translation>Spoolman: %1</translation>
    </message>
    <message>
        <source>Spoolman refused the request (HTTP %1).</source>
        <translation>Spoolman hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Spoolman refused the request: %1</source>
        <translation>Spoolman hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with %2 that Spoolbridge does not understand — is this address really Spoolman?</source>
        <translation>Spoolbridge versteht die Antwort von Spoolman unter %1 (%2) nicht — ist diese Adresse wirklich Spoolman?</translation>
    </message>
    <message>
        <source>The secure connection to Spoolman at %1 failed (%2) — for a self-signed certificate, give its CA file in the Spoolman settings.</source>
        <translation>Die sichere Verbindung zu Spoolman unter %1 ist fehlgeschlagen (%2) — geben Sie bei einem selbstsignierten Zertifikat dessen CA-Datei in den Spoolman-Einstellungen an.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected to a less secure address — use the final https:// address directly.</source>
        <translation>Spoolman unter %1 hat auf eine weniger sichere Adresse umgeleitet — verwenden Sie direkt die endgültige https://-Adresse.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected too many times — check the URL and the reverse proxy.</source>
        <translation>Spoolman unter %1 hat zu oft umgeleitet — prüfen Sie URL und Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with something that is not JSON (HTTP %2) — check the URL and the reverse proxy.</source>
        <translation>Spoolman unter %1 hat mit etwas geantwortet, das kein JSON ist (HTTP %2) — prüfen Sie URL und Reverse-Proxy.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanEvents</name>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the reverse proxy&apos;s authentication, and that nothing adds an Origin header; retrying.</source>
        <translation>Spoolman unter %1 hat die Verbindung für Live-Updates abgelehnt (HTTP %2) — prüfen Sie die Authentifizierung des Reverse-Proxys und dass nichts einen Origin-Header hinzufügt; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the URL and the reverse proxy&apos;s websocket support; retrying.</source>
        <translation>Spoolman unter %1 hat die Verbindung für Live-Updates abgelehnt (HTTP %2) — prüfen Sie die URL und die WebSocket-Unterstützung des Reverse-Proxys; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Live updates from Spoolman at %1 failed (%2) — retrying.</source>
        <translation>Live-Updates von Spoolman unter %1 sind fehlgeschlagen (%2) — neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>no answer to a ping</source>
        <translation>keine Antwort auf einen Ping</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanStandin</name>
    <message>
        <source>Cannot open the stand-in database %1: %2</source>
        <translation>Die Ersatzdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanUsageSink</name>
    <message>
        <source>Spoolman is not configured.</source>
        <translation>Spoolman ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>No Spoolman spool carries the tag %1.</source>
        <translation>Keine Spoolman-Spule trägt das Tag %1.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SyncEngine</name>
    <message>
        <source>Spoolbridge could not register the &quot;tag&quot; field in Spoolman: %1</source>
        <translation>Spoolbridge konnte das Feld „tag“ in Spoolman nicht registrieren: %1</translation>
    </message>
    <message>
        <source>%1 Spoolbridge syncs this printer again when Spoolman answers.</source>
        <translation>%1 Spoolbridge synchronisiert diesen Drucker erneut, sobald Spoolman antwortet.</translation>
    </message>
    <message>
        <source>%1 Sync again once Spoolman answers.</source>
        <translation>%1 Synchronisieren Sie erneut, sobald Spoolman antwortet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: insert the spool before linking it.</source>
        <translation>%1 ist leer: Setzen Sie die Spule ein, bevor Sie sie verknüpfen.</translation>
    </message>
    <message>
        <source>Unlinked by you — link it to a Spoolman spool to sync it again.</source>
        <translation>Von Ihnen getrennt — verknüpfen Sie es mit einer Spoolman-Spule, um es wieder zu synchronisieren.</translation>
    </message>
    <message>
        <source>Non-Bambu Lab spool — link it manually</source>
        <translation>Spule eines anderen Herstellers als Bambu Lab — manuell verknüpfen</translation>
    </message>
    <message>
        <source>No Spoolman spool carries this RFID tag and automatic creation is off — link it manually or turn on automatic creation.</source>
        <translation>Keine Spoolman-Spule trägt dieses RFID-Tag und das automatische Anlegen ist aus — verknüpfen Sie sie manuell oder schalten Sie das automatische Anlegen ein.</translation>
    </message>
    <message>
        <source>could not create the Spoolman spool for RFID tag %1: %2</source>
        <translation>die Spoolman-Spule für das RFID-Tag %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The linked Spoolman spool #%1 was deleted — link the slot again.</source>
        <translation>Die verknüpfte Spoolman-Spule #%1 wurde gelöscht — verknüpfen Sie den Steckplatz erneut.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::TlsContext</name>
    <message>
        <source>Could not set up TLS (OpenSSL failed to create a context).</source>
        <translation>TLS konnte nicht eingerichtet werden (OpenSSL konnte keinen Kontext erstellen).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2. Check the path in the printer settings.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad in den Druckereinstellungen.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Choose a CA certificate in PEM format.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat. Wählen Sie ein CA-Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>The built-in CA certificates could not be loaded.</source>
        <translation>Die integrierten CA-Zertifikate konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck „%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>No trusted CA certificate is configured, so the server cannot be verified.</source>
        <translation>Es ist kein vertrauenswürdiges CA-Zertifikat eingerichtet, daher kann der Server nicht geprüft werden.</translation>
    </message>
    <message>
        <source>the certificate does not match the pinned fingerprint</source>
        <translation>das Zertifikat stimmt nicht mit dem hinterlegten Fingerabdruck überein</translation>
    </message>
    <message>
        <source>the certificate is issued to &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>das Zertifikat ist für „%1“ ausgestellt, nicht für „%2“</translation>
    </message>
    <message>
        <source>it is not issued by a trusted CA (%1)</source>
        <translation>es ist nicht von einer vertrauenswürdigen CA ausgestellt (%1)</translation>
    </message>
    <message>
        <source>it is outside its validity period (%1); check the computer&apos;s clock</source>
        <translation>es liegt außerhalb seines Gültigkeitszeitraums (%1); prüfen Sie die Uhr des Computers</translation>
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
        <translation>Spule zu Spoolman hinzufügen</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>Colour preview</source>
        <translation>Farbvorschau</translation>
    </message>
    <message>
        <source>RRGGBB, e.g. 1E88E5</source>
        <translation>RRGGBB, z. B. 1E88E5</translation>
    </message>
    <message>
        <source>Colour as hex code</source>
        <translation>Farbe als Hexcode</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>Name des neuen Herstellers</translation>
    </message>
    <message>
        <source>New vendor name</source>
        <translation>Name des neuen Herstellers</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Optional, e.g. PLA Basic</source>
        <translation>Optional, z. B. PLA Basic</translation>
    </message>
    <message>
        <source>Filament name</source>
        <translation>Filamentname</translation>
    </message>
    <message>
        <source>Filament &amp;name:</source>
        <translation>Filament&amp;name:</translation>
    </message>
    <message>
        <source>Initial filament weight</source>
        <translation>Anfangsgewicht des Filaments</translation>
    </message>
    <message>
        <source>The weight of the filament on a full spool, without the spool itself.</source>
        <translation>Das Gewicht des Filaments auf einer vollen Spule, ohne die Spule selbst.</translation>
    </message>
    <message>
        <source>&amp;Initial weight:</source>
        <translation>&amp;Anfangsgewicht:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Empty spool weight</source>
        <translation>Leergewicht der Spule</translation>
    </message>
    <message>
        <source>The weight of the empty spool, for weighing spools on a scale later.</source>
        <translation>Das Gewicht der leeren Spule, um Spulen später mit einer Waage zu wiegen.</translation>
    </message>
    <message>
        <source>&amp;Empty spool weight:</source>
        <translation>L&amp;eergewicht der Spule:</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> pro kg</translation>
    </message>
    <message>
        <source>Cost per kilogram</source>
        <translation>Kosten pro Kilogramm</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>K&amp;osten:</translation>
    </message>
    <message>
        <source>&amp;Add to Spoolman</source>
        <translation>Zu &amp;Spoolman hinzufügen</translation>
    </message>
    <message>
        <source>Creates a spool in Spoolman for &lt;b&gt;%1&lt;/b&gt; and links it.</source>
        <translation>Legt in Spoolman eine Spule für &lt;b&gt;%1&lt;/b&gt; an und verknüpft sie.</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>Neuer Hersteller…</translation>
    </message>
    <message>
        <source>No valid colour yet</source>
        <translation>Noch keine gültige Farbe</translation>
    </message>
    <message>
        <source>Enter the material, for example PLA.</source>
        <translation>Geben Sie das Material ein, zum Beispiel PLA.</translation>
    </message>
    <message>
        <source>Enter the colour as six hex digits (RRGGBB), or pick it.</source>
        <translation>Geben Sie die Farbe als sechs Hexadezimalziffern (RRGGBB) ein oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Enter the new vendor&apos;s name, or choose an existing vendor.</source>
        <translation>Geben Sie den Namen des neuen Herstellers ein oder wählen Sie einen vorhandenen Hersteller.</translation>
    </message>
    <message>
        <source>The empty spool weighs more than twice the filament — check both weights.</source>
        <translation>Die leere Spule wiegt mehr als das Doppelte des Filaments — prüfen Sie beide Gewichte.</translation>
    </message>
    <message>
        <source>A colour needs six hex digits (RRGGBB), e.g. 1E88E5.</source>
        <translation>Eine Farbe braucht sechs Hexadezimalziffern (RRGGBB), z. B. 1E88E5.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AmsUnitWidget</name>
    <message>
        <source>Humidity</source>
        <translation>Luftfeuchtigkeit</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>Trocknung</translation>
    </message>
    <message>
        <source>Feeds nozzle</source>
        <translation>Versorgt Düse</translation>
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
        <translation>Feuchtigkeitsstufe %1 von 5 (5 = am trockensten)</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>Relative Luftfeuchtigkeit</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Drying · %1 left</source>
        <translation>Trocknung · noch %1</translation>
    </message>
    <message>
        <source>The unit is drying its filament</source>
        <translation>Die Einheit trocknet ihr Filament</translation>
    </message>
    <message>
        <source>This unit feeds the %1</source>
        <translation>Diese Einheit versorgt: %1</translation>
    </message>
    <message>
        <source>External spools</source>
        <translation>Externe Spulen</translation>
    </message>
    <message>
        <source>External spool</source>
        <translation>Externe Spule</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AppSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies after Spoolbridge restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Spoolbridge.</translation>
    </message>
    <message>
        <source>Start Spoolbridge when I &amp;log in</source>
        <translation>Spoolbridge bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>This desktop has no system tray; the window starts minimised instead.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich; das Fenster startet stattdessen minimiert.</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Benachrichtigen bei</translation>
    </message>
    <message>
        <source>Sync &amp;errors</source>
        <translation>S&amp;ynchronisierungsfehlern</translation>
    </message>
    <message>
        <source>Low &amp;filament (below the low-stock threshold)</source>
        <translation>Wenig &amp;Filament (unter dem Mindestbestand)</translation>
    </message>
    <message>
        <source>A printer going &amp;offline</source>
        <translation>Einem Drucker, der &amp;offline geht</translation>
    </message>
    <message>
        <source>Spools loaded or &amp;unloaded (including unlinked spools)</source>
        <translation>Eingesetzten oder &amp;entnommenen Spulen (auch nicht verknüpften)</translation>
    </message>
    <message>
        <source>&amp;Finished prints and usage waiting for Spoolman</source>
        <translation>Abgeschlossenen &amp;Drucken und Verbrauch, der auf Spoolman wartet</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ConnectionTestWidget</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to Spoolman</source>
        <translation>Die Verbindung zu Spoolman testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse von Spoolman ein.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Spoolman at %1 cannot be used — check the address and try again.</source>
        <translation>Spoolman unter %1 kann nicht verwendet werden — prüfen Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Connected&lt;/b&gt;&lt;/span&gt; to Spoolman %2 at %3.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Verbunden&lt;/b&gt;&lt;/span&gt; mit Spoolman %2 unter %3.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Antwortzeit: %1 ms</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Spulen werden auf dem Server per Tag gesucht.</translation>
    </message>
    <message>
        <source>Spools are found by reading the whole list (Spoolman older than 0.25).</source>
        <translation>Spulen werden durch Lesen der ganzen Liste gefunden (Spoolman älter als 0.25).</translation>
    </message>
    <message>
        <source>Extra fields to register on the first sync: %1</source>
        <translation>Bei der ersten Synchronisierung zu registrierende Zusatzfelder: %1</translation>
    </message>
    <message>
        <source>Extra fields present: %1</source>
        <translation>Vorhandene Zusatzfelder: %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::EnvironmentChartView</name>
    <message>
        <source>AMS humidity and temperature</source>
        <translation>AMS-Luftfeuchtigkeit und -Temperatur</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>AMS unit</source>
        <translation>AMS-Einheit</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Solid lines: humidity · dashed lines: temperature</source>
        <translation>Durchgezogene Linien: Luftfeuchtigkeit · gestrichelte Linien: Temperatur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Humidity (%)</source>
        <translation>Luftfeuchtigkeit (%)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatur (°C)</translation>
    </message>
    <message>
        <source>Humidity and temperature chart</source>
        <translation>Diagramm zu Luftfeuchtigkeit und Temperatur</translation>
    </message>
    <message>
        <source>No climate data yet</source>
        <translation>Noch keine Klimadaten</translation>
    </message>
    <message>
        <source>Humidity and temperature of each AMS unit are recorded once a minute while the printer is connected, and kept for a week.</source>
        <translation>Luftfeuchtigkeit und Temperatur jeder AMS-Einheit werden einmal pro Minute erfasst, solange der Drucker verbunden ist, und eine Woche lang aufbewahrt.</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS climate</source>
        <translation>AMS-Klima</translation>
    </message>
    <message>
        <source>AMS climate · %1</source>
        <translation>AMS-Klima · %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>%1 humidity</source>
        <translation>%1 Luftfeuchtigkeit</translation>
    </message>
    <message>
        <source>%1 temperature</source>
        <translation>%1 Temperatur</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Spoolbridge</source>
        <translation>Willkommen bei Spoolbridge</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>Your printer</source>
        <translation>Ihr Drucker</translation>
    </message>
    <message>
        <source>Choose a printer found on your network, or enter its details.</source>
        <translation>Wählen Sie einen in Ihrem Netzwerk gefundenen Drucker oder geben Sie seine Daten ein.</translation>
    </message>
    <message>
        <source>Printers in &lt;b&gt;LAN mode&lt;/b&gt; found on your network:</source>
        <translation>Im Netzwerk gefundene Drucker im &lt;b&gt;LAN-Modus&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>In Ihrem Netzwerk gefundene Drucker</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>Werkstatt-X1C</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>On the printer&apos;s screen under Settings → Device</source>
        <translation>Auf dem Display des Druckers unter Einstellungen → Gerät</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>The printer only lets Spoolbridge in with its LAN access code.</source>
        <translation>Der Drucker lässt Spoolbridge nur mit seinem LAN-Zugangscode zu.</translation>
    </message>
    <message>
        <source>Find the 8-character code on the printer&apos;s screen: &lt;b&gt;Settings → Network → Access Code&lt;/b&gt; (X1, P1) or &lt;b&gt;Settings → LAN Only Mode&lt;/b&gt; (A1). It changes when you turn LAN mode off and on.</source>
        <translation>Den 8-stelligen Code finden Sie auf dem Display des Druckers: &lt;b&gt;Einstellungen → Netzwerk → Zugangscode&lt;/b&gt; (X1, P1) oder &lt;b&gt;Einstellungen → Nur-LAN-Modus&lt;/b&gt; (A1). Er ändert sich, wenn Sie den LAN-Modus aus- und wieder einschalten.</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>&amp;Zugangscode:</translation>
    </message>
    <message>
        <source>S&amp;how the code</source>
        <translation>Code anzei&amp;gen</translation>
    </message>
    <message>
        <source>The code is kept in your system&apos;s keychain, not in the settings file.</source>
        <translation>Der Code wird im Schlüsselbund Ihres Systems aufbewahrt, nicht in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The access code has 8 characters.</source>
        <translation>Der Zugangscode hat 8 Zeichen.</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Where your Spoolman inventory runs. Leave it empty to set it up later.</source>
        <translation>Wo Ihr Spoolman-Bestand läuft. Lassen Sie das Feld leer, um es später einzurichten.</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Spoolman-Adresse</translation>
    </message>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Geben Sie zuerst die Adresse von Spoolman ein, zum Beispiel http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu-Lab-Drucker</translation>
    </message>
    <message>
        <source>Searching… Printers in LAN mode announce themselves every few seconds. You can also enter the address and serial number below.</source>
        <translation>Suche läuft… Drucker im LAN-Modus melden sich alle paar Sekunden. Sie können Adresse und Seriennummer auch unten eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found. Choose one, or enter another below.</source>
        <translation>
            <numerusform>%n Drucker gefunden. Wählen Sie einen aus oder geben Sie unten einen anderen ein.</numerusform>
            <numerusform>%n Drucker gefunden. Wählen Sie einen aus oder geben Sie unten einen anderen ein.</numerusform>
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
        <translation>Verbrauchsverlauf</translation>
    </message>
    <message>
        <source>Print jobs and filament used</source>
        <translation>Druckaufträge und verbrauchtes Filament</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Job / spool</source>
        <translation>Auftrag / Spule</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen per</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>No prints recorded yet</source>
        <translation>Noch keine Drucke erfasst</translation>
    </message>
    <message>
        <source>When a print finishes, the filament it used is recorded here per spool and written to Spoolman. You can undo an entry if it was wrong.</source>
        <translation>Wenn ein Druck endet, wird das verbrauchte Filament hier pro Spule erfasst und an Spoolman übertragen. Einen falschen Eintrag können Sie rückgängig machen.</translation>
    </message>
    <message>
        <source>3MF</source>
        <translation>3MF</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>AMS remain</source>
        <translation>AMS-Rest</translation>
    </message>
    <message>
        <source>Grams per filament from the print file (3MF), scaled by how far the print got.</source>
        <translation>Gramm pro Filament aus der Druckdatei (3MF), skaliert nach dem Fortschritt des Drucks.</translation>
    </message>
    <message>
        <source>The print&apos;s total weight scaled by its progress (no per-filament data was available).</source>
        <translation>Das Gesamtgewicht des Drucks, skaliert nach seinem Fortschritt (es lagen keine Daten pro Filament vor).</translation>
    </message>
    <message>
        <source>The drop of the AMS remaining-filament estimate times the spool weight (least exact).</source>
        <translation>Der Rückgang der AMS-Restmengenschätzung mal Spulengewicht (am ungenauesten).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Spule #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the usage of %1</source>
        <translation>Verbrauch von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recorded; written to Spoolman as soon as it can be reached.</source>
        <translation>Erfasst; wird an Spoolman übertragen, sobald es erreichbar ist.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Give the grams of this print back to the spools.</source>
        <translation>Die Gramm dieses Drucks den Spulen zurückgeben.</translation>
    </message>
    <message>
        <source>Undo usage?</source>
        <translation>Verbrauch rückgängig machen?</translation>
    </message>
    <message>
        <source>Give %1 back to the spools used by “%2” on %3?</source>
        <translation>%1 an die von „%2“ am %3 verwendeten Spulen zurückgeben?</translation>
    </message>
    <message>
        <source>The usage has not reached Spoolman yet; it will not be sent.</source>
        <translation>Der Verbrauch hat Spoolman noch nicht erreicht; er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Spoolman&apos;s remaining weight goes up by the same amount.</source>
        <translation>Das Restgewicht in Spoolman steigt um denselben Betrag.</translation>
    </message>
    <message>
        <source>Undo usage</source>
        <translation>Verbrauch rückgängig machen</translation>
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
        <translation>Nicht eingesetzt</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · niedrig</translation>
    </message>
    <message>
        <source>Below the low-stock threshold of %1 g.</source>
        <translation>Unter dem Mindestbestand von %1 g.</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Spule</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Eingesetzt in</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Filter by spool, material, vendor, printer or location</source>
        <translation>Nach Spule, Material, Hersteller, Drucker oder Ort filtern</translation>
    </message>
    <message>
        <source>Filter inventory</source>
        <translation>Bestand filtern</translation>
    </message>
    <message>
        <source>L&amp;oaded only</source>
        <translation>Nur &amp;eingesetzte</translation>
    </message>
    <message>
        <source>Lo&amp;w stock only</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <source>Spools</source>
        <translation>Spulen</translation>
    </message>
    <message>
        <source>No spools yet</source>
        <translation>Noch keine Spulen</translation>
    </message>
    <message>
        <source>Spools from Spoolman that are linked to your printers appear here, with what is loaded where and how much is left.</source>
        <translation>Spulen aus Spoolman, die mit Ihren Druckern verknüpft sind, erscheinen hier – mit dem, was wo eingesetzt ist und wie viel übrig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n spool(s)</source>
        <translation>
            <numerusform>%n Spule</numerusform>
            <numerusform>%n Spulen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n loaded</source>
        <translation>
            <numerusform> · %n eingesetzt</numerusform>
            <numerusform> · %n eingesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n low (under %1 g)</source>
        <translation>
            <numerusform> · %n niedrig (unter %1 g)</numerusform>
            <numerusform> · %n niedrig (unter %1 g)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n angezeigt</numerusform>
            <numerusform> · %n angezeigt</numerusform>
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
        <translation>Extern</translation>
    </message>
    <message>
        <source>External L</source>
        <translation>Extern L</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Extern R</translation>
    </message>
    <message>
        <source>Left nozzle</source>
        <translation>Linke Düse</translation>
    </message>
    <message>
        <source>Right nozzle</source>
        <translation>Rechte Düse</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Druckt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Bambu Lab</source>
        <translation>Bambu Lab</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::LinkSpoolDialog</name>
    <message>
        <source>Link to a Spoolman spool</source>
        <translation>Mit einer Spoolman-Spule verknüpfen</translation>
    </message>
    <message>
        <source>Filter by name, vendor, material or location</source>
        <translation>Nach Name, Hersteller, Material oder Ort filtern</translation>
    </message>
    <message>
        <source>Filter spools</source>
        <translation>Spulen filtern</translation>
    </message>
    <message>
        <source>Unlinked spools</source>
        <translation>Nicht verknüpfte Spulen</translation>
    </message>
    <message>
        <source>No unlinked spools in Spoolman</source>
        <translation>Keine nicht verknüpften Spulen in Spoolman</translation>
    </message>
    <message>
        <source>Every spool in Spoolman is already linked to a slot. Add this spool to Spoolman instead, or unlink a spool you no longer use.</source>
        <translation>Jede Spule in Spoolman ist bereits mit einem Steckplatz verknüpft. Fügen Sie diese Spule stattdessen zu Spoolman hinzu oder lösen Sie die Verknüpfung einer Spule, die Sie nicht mehr verwenden.</translation>
    </message>
    <message>
        <source>No spool matches the filter. Clear it to see every unlinked spool.</source>
        <translation>Keine Spule passt zum Filter. Leeren Sie ihn, um alle nicht verknüpften Spulen zu sehen.</translation>
    </message>
    <message>
        <source>Loading spools from Spoolman…</source>
        <translation>Spulen werden aus Spoolman geladen…</translation>
    </message>
    <message>
        <source>Loading spools</source>
        <translation>Spulen werden geladen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Link the selected spool</source>
        <translation>Die ausgewählte Spule verknüpfen</translation>
    </message>
    <message>
        <source>Choose the Spoolman spool that is loaded in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Wählen Sie die Spoolman-Spule, die in &lt;b&gt;%1&lt;/b&gt; eingesetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked spool(s)</source>
        <translation>
            <numerusform>%n nicht verknüpfte Spule</numerusform>
            <numerusform>%n nicht verknüpfte Spulen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spools shown</source>
        <translation>%1 von %2 Spulen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n match(es) this slot</source>
        <translation>
            <numerusform>%1 · %n passt zu diesem Steckplatz</numerusform>
            <numerusform>%1 · %n passen zu diesem Steckplatz</numerusform>
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
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>No printers yet</source>
        <translation>Noch keine Drucker</translation>
    </message>
    <message>
        <source>Add a Bambu Lab printer and your Spoolman server in Settings to keep your AMS slots and your inventory in sync.</source>
        <translation>Fügen Sie in den Einstellungen einen Bambu-Lab-Drucker und Ihren Spoolman-Server hinzu, um Ihre AMS-Steckplätze und Ihren Bestand synchron zu halten.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>AMS slots</source>
        <translation>AMS-Steckplätze</translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation>Noch keine Synchronisierung</translation>
    </message>
    <message>
        <source>Press Sync now, or load a spool while auto sync is on. Synced, skipped and failed spools will be listed here with the reason for each.</source>
        <translation>Klicken Sie auf „Jetzt synchronisieren“ oder setzen Sie bei aktiver automatischer Synchronisierung eine Spule ein. Synchronisierte, übersprungene und fehlgeschlagene Spulen werden hier jeweils mit Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>Synchronisierungsergebnisse</translation>
    </message>
    <message>
        <source>No inventory loaded</source>
        <translation>Kein Bestand geladen</translation>
    </message>
    <message>
        <source>Once Spoolman is connected, the spools it holds and where they are loaded appear here.</source>
        <translation>Sobald Spoolman verbunden ist, erscheinen hier seine Spulen und wo sie eingesetzt sind.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No usage recorded yet</source>
        <translation>Noch kein Verbrauch erfasst</translation>
    </message>
    <message>
        <source>Every finished print adds the grams it used per spool here, including whether Spoolman has received them.</source>
        <translation>Jeder abgeschlossene Druck trägt hier die verbrauchten Gramm pro Spule ein, einschließlich ob Spoolman sie erhalten hat.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Not enough data for charts</source>
        <translation>Nicht genug Daten für Diagramme</translation>
    </message>
    <message>
        <source>Charts of filament use per day, material and printer appear after the first recorded prints.</source>
        <translation>Diagramme zum Filamentverbrauch pro Tag, Material und Drucker erscheinen nach den ersten erfassten Drucken.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Spoolman not configured</source>
        <translation>Spoolman nicht eingerichtet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Match every loaded spool with Spoolman now</source>
        <translation>Jede eingesetzte Spule jetzt mit Spoolman abgleichen</translation>
    </message>
    <message>
        <source>Auto: sync whenever the AMS changes</source>
        <translation>Automatisch: bei jeder Änderung am AMS synchronisieren</translation>
    </message>
    <message>
        <source>Manual: sync only with Sync now</source>
        <translation>Manuell: nur mit „Jetzt synchronisieren“</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Filter printers</source>
        <translation>Drucker filtern</translation>
    </message>
    <message>
        <source>Filter printers by name or model</source>
        <translation>Drucker nach Name oder Modell filtern</translation>
    </message>
    <message>
        <source>Auto sync</source>
        <translation>Automatische Synchronisierung</translation>
    </message>
    <message>
        <source>Manual sync</source>
        <translation>Manuelle Synchronisierung</translation>
    </message>
    <message>
        <source>Sync mode: Auto. Spools are synced whenever the AMS changes.</source>
        <translation>Synchronisierungsmodus: Automatisch. Spulen werden bei jeder Änderung am AMS synchronisiert.</translation>
    </message>
    <message>
        <source>Sync mode: Manual. Spools are synced only when you press Sync now.</source>
        <translation>Synchronisierungsmodus: Manuell. Spulen werden nur synchronisiert, wenn Sie auf „Jetzt synchronisieren“ klicken.</translation>
    </message>
    <message>
        <source>Spool UUID copied to the clipboard</source>
        <translation>Spulen-UUID in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Spoolman status: %1</source>
        <translation>Spoolman-Status: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Cannot open the spool: set your Spoolman server&apos;s address in Settings first.</source>
        <translation>Die Spule kann nicht geöffnet werden: Tragen Sie zuerst die Adresse Ihres Spoolman-Servers in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up on this system.</source>
        <translation>%1 konnte nicht geöffnet werden: Auf diesem System ist kein Webbrowser eingerichtet.</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterEditDialog</name>
    <message>
        <source>Add printer</source>
        <translation>Drucker hinzufügen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Found on your network:</source>
        <translation>In Ihrem Netzwerk gefunden:</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>In Ihrem Netzwerk gefundene Drucker</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Druckername</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>Werkstatt-X1C</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;LAN (direct, needs the access code)</source>
        <translation>&amp;LAN (direkt, braucht den Zugangscode)</translation>
    </message>
    <message>
        <source>Bambu &amp;cloud</source>
        <translation>Bambu &amp;Cloud</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>00M09A123456789</source>
        <translation>00M09A123456789</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Shown on the printer&apos;s screen under Settings → Network (LAN only mode).</source>
        <translation>Wird auf dem Display des Druckers unter Einstellungen → Netzwerk (Nur-LAN-Modus) angezeigt.</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>&amp;Zugangscode:</translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation>Drucker bearbeiten</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu-Lab-Drucker</translation>
    </message>
    <message>
        <source>No printer answered yet. Printers in LAN mode announce themselves every few seconds; you can also enter the address yourself.</source>
        <translation>Noch hat kein Drucker geantwortet. Drucker im LAN-Modus melden sich alle paar Sekunden; Sie können die Adresse auch selbst eingeben.</translation>
    </message>
    <message>
        <source>Choose a printer to fill in its address and serial number.</source>
        <translation>Wählen Sie einen Drucker, um seine Adresse und Seriennummer einzutragen.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s access code (on its screen under Settings → Network).</source>
        <translation>Geben Sie den Zugangscode des Druckers ein (auf seinem Display unter Einstellungen → Netzwerk).</translation>
    </message>
    <message>
        <source>The access code has 8 characters; check it on the printer&apos;s screen.</source>
        <translation>Der Zugangscode hat 8 Zeichen; prüfen Sie ihn auf dem Display des Druckers.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterView</name>
    <message>
        <source>This printer has not reported an AMS or an external spool yet.</source>
        <translation>Dieser Drucker hat noch kein AMS und keine externe Spule gemeldet.</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Drucker %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Unbekanntes Modell</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (zuletzt bekannt)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Layer %1 of %2</source>
        <translation>Schicht %1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Ready for the next print</source>
        <translation>Bereit für den nächsten Druck</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrintersSettingsPage</name>
    <message>
        <source>Printers Spoolbridge connects to. In LAN mode it talks to the printer directly and needs the access code shown on the printer&apos;s screen.</source>
        <translation>Drucker, mit denen sich Spoolbridge verbindet. Im LAN-Modus spricht es direkt mit dem Drucker und braucht den Zugangscode vom Display des Druckers.</translation>
    </message>
    <message>
        <source>Configured printers</source>
        <translation>Eingerichtete Drucker</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>Bambu cloud</source>
        <translation>Bambu Cloud</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Bambu-Lab-Drucker</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Two printers have the serial number %1; remove one of them.</source>
        <translation>Zwei Drucker haben die Seriennummer %1; entfernen Sie einen davon.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SettingsDialog</name>
    <message>
        <source>Spoolbridge Settings</source>
        <translation>Spoolbridge-Einstellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Einstellungsmeldung</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A password or access code could not be stored: %1</source>
        <translation>Ein Passwort oder Zugangscode konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotCard</name>
    <message>
        <source>Press Enter to show details and Spoolman actions for this slot.</source>
        <translation>Drücken Sie die Eingabetaste, um Details und Spoolman-Aktionen für diesen Steckplatz anzuzeigen.</translation>
    </message>
    <message>
        <source>Multicolour</source>
        <translation>Mehrfarbig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Steckplatz %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 percent left</source>
        <translation>noch %1 Prozent</translation>
    </message>
    <message>
        <source>remaining amount unknown</source>
        <translation>Restmenge unbekannt</translation>
    </message>
    <message>
        <source>linked to Spoolman spool %1</source>
        <translation>mit Spoolman-Spule %1 verknüpft</translation>
    </message>
    <message>
        <source>not linked to Spoolman</source>
        <translation>nicht mit Spoolman verknüpft</translation>
    </message>
    <message>
        <source>skipped by sync</source>
        <translation>von der Synchronisierung übersprungen</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message>
        <source>Slot details</source>
        <translation>Steckplatzdetails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>K factor</source>
        <translation>K-Faktor</translation>
    </message>
    <message>
        <source>Fill level</source>
        <translation>Füllstand</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Copy spool UUID</source>
        <translation>Spulen-UUID kopieren</translation>
    </message>
    <message>
        <source>Copy the full spool UUID to the clipboard</source>
        <translation>Die vollständige Spulen-UUID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Spool UUID</source>
        <translation>Spulen-UUID</translation>
    </message>
    <message>
        <source>Open in Spoolman</source>
        <translation>In Spoolman öffnen</translation>
    </message>
    <message>
        <source>Link to Spoolman</source>
        <translation>Mit Spoolman verknüpfen</translation>
    </message>
    <message>
        <source>Add to Spoolman</source>
        <translation>Zu Spoolman hinzufügen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Remove this slot&apos;s tag from the Spoolman spool</source>
        <translation>Das Tag dieses Steckplatzes von der Spoolman-Spule entfernen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown filament</source>
        <translation>Unbekanntes Filament</translation>
    </message>
    <message>
        <source>%1 · Empty</source>
        <translation>%1 · Leer</translation>
    </message>
    <message>
        <source>No spool in this slot</source>
        <translation>Keine Spule in diesem Steckplatz</translation>
    </message>
    <message>
        <source>Linked to Spoolman spool #%1</source>
        <translation>Mit Spoolman-Spule #%1 verknüpft</translation>
    </message>
    <message>
        <source>Not linked to Spoolman</source>
        <translation>Nicht mit Spoolman verknüpft</translation>
    </message>
    <message>
        <source>Skipped by sync</source>
        <translation>Von der Synchronisierung übersprungen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · in Verwendung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>Mehrfarbig (%n Farbe)</numerusform>
            <numerusform>Mehrfarbig (%n Farben)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown (not reported for this spool)</source>
        <translation>Unbekannt (für diese Spule nicht gemeldet)</translation>
    </message>
    <message>
        <source>%1 left · spool #%2</source>
        <translation>noch %1 · Spule #%2</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Spule #%1</translation>
    </message>
    <message>
        <source>Spool UUID %1</source>
        <translation>Spulen-UUID %1</translation>
    </message>
    <message>
        <source>Details for slot %1</source>
        <translation>Details zu Steckplatz %1</translation>
    </message>
    <message>
        <source>Spoolman is not set up. Add your Spoolman server in Settings to link this spool.</source>
        <translation>Spoolman ist nicht eingerichtet. Fügen Sie Ihren Spoolman-Server in den Einstellungen hinzu, um diese Spule zu verknüpfen.</translation>
    </message>
    <message>
        <source>Not checked against Spoolman yet. Press Sync now to look this spool up.</source>
        <translation>Noch nicht mit Spoolman abgeglichen. Klicken Sie auf „Jetzt synchronisieren“, um diese Spule nachzuschlagen.</translation>
    </message>
    <message>
        <source>Spoolman has no unlinked spools to link to. Use Add to Spoolman to create one.</source>
        <translation>Spoolman hat keine unverknüpften Spulen zum Verknüpfen. Legen Sie mit „Zu Spoolman hinzufügen“ eine an.</translation>
    </message>
    <message>
        <source>Pick one of Spoolman&apos;s unlinked spools for this slot</source>
        <translation>Eine der unverknüpften Spulen aus Spoolman für diesen Steckplatz wählen</translation>
    </message>
    <message>
        <source>Open spool #%1 in Spoolman in your browser</source>
        <translation>Spule #%1 in Spoolman im Browser öffnen</translation>
    </message>
    <message>
        <source>Create a new Spoolman spool for this filament and link it</source>
        <translation>Eine neue Spoolman-Spule für dieses Filament anlegen und verknüpfen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolRowText</name>
    <message>
        <source>Spool #%1</source>
        <translation>Spule #%1</translation>
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
        <translation>Unbekannt</translation>
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
        <translation>Spoolman-Adresse</translation>
    </message>
    <message>
        <source>Spoolman&apos;s address, with a path if it runs behind a reverse proxy. Leave empty to use Spoolbridge without Spoolman.</source>
        <translation>Die Adresse von Spoolman, mit Pfad, wenn es hinter einem Reverse-Proxy läuft. Leer lassen, um Spoolbridge ohne Spoolman zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>None (Spoolman itself has no login)</source>
        <translation>Keine (Spoolman selbst hat keine Anmeldung)</translation>
    </message>
    <message>
        <source>Header (API key of a reverse proxy)</source>
        <translation>Header (API-Schlüssel eines Reverse-Proxys)</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>Header &amp;name:</source>
        <translation>Header-&amp;Name:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>Header-&amp;Wert:</translation>
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
        <source>U&amp;ser name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for an answer before giving up.</source>
        <translation>Wie lange auf eine Antwort gewartet wird, bevor abgebrochen wird.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Only for a self-signed https certificate</source>
        <translation>Nur für ein selbstsigniertes https-Zertifikat</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with http:// or https:// — Spoolman is reached over HTTP, e.g. http://192.168.1.50:7912.</source>
        <translation>„%1“ beginnt nicht mit http:// oder https:// — Spoolman wird über HTTP erreicht, z. B. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Geben Sie zuerst die Adresse von Spoolman ein, zum Beispiel http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter the user name the reverse proxy expects, or choose no authentication.</source>
        <translation>Geben Sie den Benutzernamen ein, den der Reverse-Proxy erwartet, oder wählen Sie keine Authentifizierung.</translation>
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
        <translation>Synchronisierungsergebnisse</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Noch keine Synchronisierung</translation>
    </message>
    <message>
        <source>The results of each sync appear here: how many spools were synced or created, which were skipped and why, and any errors. Press Sync now to start one.</source>
        <translation>Hier erscheinen die Ergebnisse jeder Synchronisierung: wie viele Spulen synchronisiert oder angelegt wurden, welche übersprungen wurden und warum, sowie etwaige Fehler. Klicken Sie auf „Jetzt synchronisieren“, um eine zu starten.</translation>
    </message>
    <message>
        <source>Spools synced</source>
        <translation>Synchronisierte Spulen</translation>
    </message>
    <message>
        <source>Spools created</source>
        <translation>Angelegte Spulen</translation>
    </message>
    <message>
        <source>Spools skipped</source>
        <translation>Übersprungene Spulen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped spools</source>
        <translation>Übersprungene Spulen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Letzte Synchronisierungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Spools created in Spoolman</source>
        <translation>In Spoolman angelegte Spulen</translation>
    </message>
    <message>
        <source>Latest sync: %1 · %2</source>
        <translation>Letzte Synchronisierung: %1 · %2</translation>
    </message>
    <message>
        <source>Sync of %1 · %2</source>
        <translation>Synchronisierung von %1 · %2</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Skipped spools: none</source>
        <translation>Übersprungene Spulen: keine</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>Fehler: keine</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Auto&lt;/b&gt; — syncs whenever the AMS changes</source>
        <translation>Modus: &lt;b&gt;Automatisch&lt;/b&gt; — synchronisiert bei jeder Änderung am AMS</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Manual&lt;/b&gt; — syncs only when you press Sync now</source>
        <translation>Modus: &lt;b&gt;Manuell&lt;/b&gt; — synchronisiert nur, wenn Sie auf „Jetzt synchronisieren“ klicken</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncSettingsPage</name>
    <message>
        <source>Workshop X1C</source>
        <translation>Werkstatt-X1C</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Wann synchronisiert wird</translation>
    </message>
    <message>
        <source>&amp;Auto — whenever the AMS changes (recommended)</source>
        <translation>&amp;Automatisch — bei jeder Änderung am AMS (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Manual — only when you press Sync now</source>
        <translation>&amp;Manuell — nur, wenn Sie auf „Jetzt synchronisieren“ klicken</translation>
    </message>
    <message>
        <source>Location template</source>
        <translation>Ortsvorlage</translation>
    </message>
    <message>
        <source>Placeholders: {printer}, {unit}, {slot}, {serial}, {model}</source>
        <translation>Platzhalter: {printer}, {unit}, {slot}, {serial}, {model}</translation>
    </message>
    <message>
        <source>Location preview</source>
        <translation>Ortsvorschau</translation>
    </message>
    <message>
        <source>&amp;Location in Spoolman:</source>
        <translation>&amp;Ort in Spoolman:</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Stammort</translation>
    </message>
    <message>
        <source>e.g. Shelf 2 (empty = clear the location)</source>
        <translation>z. B. Regal 2 (leer = Ort löschen)</translation>
    </message>
    <message>
        <source>Where a spool goes in Spoolman when it leaves the AMS.</source>
        <translation>Wo eine Spule in Spoolman landet, wenn sie das AMS verlässt.</translation>
    </message>
    <message>
        <source>&amp;Home location:</source>
        <translation>&amp;Stammort:</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Low-stock threshold in grams</source>
        <translation>Mindestbestand in Gramm</translation>
    </message>
    <message>
        <source>Low-stock &amp;threshold:</source>
        <translation>Mindest&amp;bestand:</translation>
    </message>
    <message>
        <source>&amp;Create missing Bambu Lab spools in Spoolman</source>
        <translation>Fehlende Bambu-Lab-Spulen in Spoolman anle&amp;gen</translation>
    </message>
    <message>
        <source>Link spools by their RFID &amp;tag automatically</source>
        <translation>Spulen automatisch über ihr RFID-&amp;Tag verknüpfen</translation>
    </message>
    <message>
        <source>Move spools to the home location when they &amp;leave the AMS</source>
        <translation>Spulen zum Stammort verschieben, wenn sie das AMS &amp;verlassen</translation>
    </message>
    <message>
        <source>How used filament is measured</source>
        <translation>Wie verbrauchtes Filament gemessen wird</translation>
    </message>
    <message>
        <source>Per &amp;print (recommended)</source>
        <translation>Pro &amp;Druck (empfohlen)</translation>
    </message>
    <message>
        <source>Reads the grams per filament from the print file when a print ends and subtracts them from each spool — the slicer&apos;s figures, close to the gram. A cancelled print counts the part that was printed.</source>
        <translation>Liest am Ende eines Drucks die Gramm pro Filament aus der Druckdatei und zieht sie von jeder Spule ab — die Werte des Slicers, fast grammgenau. Bei einem abgebrochenen Druck zählt der gedruckte Teil.</translation>
    </message>
    <message>
        <source>AMS &amp;estimate</source>
        <translation>AMS-Schät&amp;zung</translation>
    </message>
    <message>
        <source>Copies the AMS&apos;s remaining-percentage estimate to Spoolman. Works without print files, but only for Bambu Lab spools and only in steps of about 10 g; it may overwrite weights you measured yourself.</source>
        <translation>Überträgt die Restanteil-Schätzung des AMS nach Spoolman. Funktioniert ohne Druckdateien, aber nur für Bambu-Lab-Spulen und nur in Schritten von etwa 10 g; selbst gewogene Gewichte können dabei überschrieben werden.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Preview: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vorschau: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::TrayController</name>
    <message>
        <source>&amp;Open Spoolbridge</source>
        <translation>Spoolbridge ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Pause sync</source>
        <translation>Synchronisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Spoolbridge — in sync</source>
        <translation>Spoolbridge — synchron</translation>
    </message>
    <message>
        <source>Spoolbridge — syncing…</source>
        <translation>Spoolbridge — synchronisiere…</translation>
    </message>
    <message>
        <source>Spoolbridge — needs attention</source>
        <translation>Spoolbridge — erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Spoolbridge — sync paused</source>
        <translation>Spoolbridge — Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Resume &amp;sync</source>
        <translation>&amp;Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <source>Low filament on %1</source>
        <translation>Wenig Filament an %1</translation>
    </message>
    <message>
        <source>%1 has about %2 g left. Have a new spool ready.</source>
        <translation>%1 hat noch etwa %2 g. Halten Sie eine neue Spule bereit.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>Synchronisierung für %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unlinked spool on %1</source>
        <translation>Nicht verknüpfte Spule an %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not linked to Spoolman. Open Spoolbridge to link it or add it.</source>
        <translation>%1 (%2) ist nicht mit Spoolman verknüpft. Öffnen Sie Spoolbridge, um sie zu verknüpfen oder hinzuzufügen.</translation>
    </message>
    <message>
        <source>Usage waiting for Spoolman</source>
        <translation>Verbrauch wartet auf Spoolman</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1</source>
        <translation>
            <numerusform>%n Druck konnte noch nicht an Spoolman übertragen werden; Spoolbridge versucht es weiter. %1</numerusform>
            <numerusform>%n Drucke konnten noch nicht an Spoolman übertragen werden; Spoolbridge versucht es weiter. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::UnlinkedSpoolModel</name>
    <message>
        <source>%1 — matches this slot</source>
        <translation>%1 — passt zu diesem Steckplatz</translation>
    </message>
    <message>
        <source>Same material and a similar colour as the filament in this slot.</source>
        <translation>Gleiches Material und ähnliche Farbe wie das Filament in diesem Steckplatz.</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Unbekannter Hersteller</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Spule</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsageLedger</name>
    <message>
        <source>Spoolbridge ledger</source>
        <translation>Spoolbridge-Verbrauchsprotokoll</translation>
    </message>
    <message>
        <source>Spoolman did not accept the ledger field: %1</source>
        <translation>Spoolman hat das Protokollfeld nicht angenommen: %1</translation>
    </message>
    <message>
        <source>No spool in Spoolman carries the tag %1 yet; the usage is charged as soon as one does.</source>
        <translation>Noch trägt keine Spule in Spoolman das Tag %1; der Verbrauch wird gebucht, sobald eine es trägt.</translation>
    </message>
    <message>
        <source>Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or discard the entry.</source>
        <translation>Spule #%1 gibt es in Spoolman nicht mehr. Wählen Sie die Spule, auf die %2 g gebucht werden sollen, oder verwerfen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman no longer carries the tag %2 (its id was reused or the tag edited). Pick the spool to charge %3 g to.</source>
        <translation>Spule #%1 in Spoolman trägt nicht mehr das Tag %2 (ihre ID wurde wiederverwendet oder das Tag bearbeitet). Wählen Sie die Spule, auf die %3 g gebucht werden sollen.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman was deleted and its id given to another spool. Pick the spool to charge %2 g to.</source>
        <translation>Spule #%1 wurde in Spoolman gelöscht und ihre ID an eine andere Spule vergeben. Wählen Sie die Spule, auf die %2 g gebucht werden sollen.</translation>
    </message>
    <message>
        <source>The %1 field of spool #%2 was edited and cannot be read. Clear it in Spoolman, then retry.</source>
        <translation>Das Feld %1 von Spule #%2 wurde bearbeitet und kann nicht gelesen werden. Leeren Sie es in Spoolman und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Already applied before an interruption (confirmed by the spool&apos;s ledger field).</source>
        <translation>Bereits vor einer Unterbrechung angewendet (bestätigt durch das Protokollfeld der Spule).</translation>
    </message>
    <message>
        <source>Applied before an interruption (used weight moved by exactly this entry).</source>
        <translation>Vor einer Unterbrechung angewendet (verbrauchtes Gewicht hat sich um genau diesen Eintrag verändert).</translation>
    </message>
    <message>
        <source>Spoolbridge was interrupted while charging %1 g to spool #%2, and other changes (%3 g in total since) make it impossible to tell whether the charge arrived. Check the spool, then choose &quot;already applied&quot; or &quot;apply again&quot;.</source>
        <translation>Spoolbridge wurde unterbrochen, während %1 g auf Spule #%2 gebucht wurden, und andere Änderungen (seitdem insgesamt %3 g) machen es unmöglich zu erkennen, ob die Buchung angekommen ist. Prüfen Sie die Spule und wählen Sie dann „bereits angewendet“ oder „erneut anwenden“.</translation>
    </message>
    <message>
        <source>Nothing to give back: Spoolman shows no use on this spool.</source>
        <translation>Nichts zurückzugeben: Spoolman zeigt für diese Spule keinen Verbrauch.</translation>
    </message>
    <message>
        <source>The %1 field was removed from Spoolman; it is registered again and the usage sent then.</source>
        <translation>Das Feld %1 wurde aus Spoolman entfernt; es wird neu registriert und der Verbrauch dann gesendet.</translation>
    </message>
    <message>
        <source>Spool #%1 is changing constantly; trying again later.</source>
        <translation>Spule #%1 ändert sich ständig; später neuer Versuch.</translation>
    </message>
    <message>
        <source>Spoolman refused the change to spool #%1: %2</source>
        <translation>Spoolman hat die Änderung an Spule #%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Spoolman is not reachable; the usage is kept and sent later.</source>
        <translation>Spoolman ist nicht erreichbar; der Verbrauch wird aufbewahrt und später gesendet.</translation>
    </message>
    <message>
        <source>The folder %1 for the usage ledger cannot be created. Check the permissions.</source>
        <translation>Der Ordner %1 für das Verbrauchsprotokoll kann nicht angelegt werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The usage ledger is not open, so the usage was not recorded.</source>
        <translation>Das Verbrauchsprotokoll ist nicht geöffnet, daher wurde der Verbrauch nicht erfasst.</translation>
    </message>
    <message>
        <source>The usage could not be written to the ledger: %1</source>
        <translation>Der Verbrauch konnte nicht ins Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>There is no usage entry %1.</source>
        <translation>Es gibt keinen Verbrauchseintrag %1.</translation>
    </message>
    <message>
        <source>Entry %1 is itself an undo; record the usage again instead of undoing it.</source>
        <translation>Eintrag %1 ist selbst eine Rückgängigmachung; erfassen Sie den Verbrauch erneut, statt ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Entry %1 is already undone.</source>
        <translation>Eintrag %1 ist bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>Das Protokoll konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Entry %1 needs attention first: %2</source>
        <translation>Eintrag %1 erfordert zuerst Ihre Aufmerksamkeit: %2</translation>
    </message>
    <message>
        <source>The undo could not be written to the ledger: %1</source>
        <translation>Die Rückgängigmachung konnte nicht ins Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be given another spool.</source>
        <translation>Nur einem Eintrag, der Aufmerksamkeit erfordert, kann eine andere Spule zugewiesen werden.</translation>
    </message>
    <message>
        <source>Give the Spoolman spool id or the spool&apos;s tag to charge the entry to.</source>
        <translation>Geben Sie die ID der Spoolman-Spule oder das Tag der Spule an, auf die der Eintrag gebucht werden soll.</translation>
    </message>
    <message>
        <source>The spool could not be assigned: %1</source>
        <translation>Die Spule konnte nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be resolved.</source>
        <translation>Nur ein Eintrag, der Aufmerksamkeit erfordert, kann aufgelöst werden.</translation>
    </message>
    <message>
        <source>Confirmed as applied by a person.</source>
        <translation>Von einer Person als angewendet bestätigt.</translation>
    </message>
    <message>
        <source>To be applied again, as a person decided.</source>
        <translation>Erneut anzuwenden, wie von einer Person entschieden.</translation>
    </message>
    <message>
        <source>Only an entry that needs attention, or one never sent, can be discarded.</source>
        <translation>Nur ein Eintrag, der Aufmerksamkeit erfordert oder nie gesendet wurde, kann verworfen werden.</translation>
    </message>
    <message>
        <source>Discarded by a person.</source>
        <translation>Von einer Person verworfen.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsagePipeline</name>
    <message>
        <source>the printer&apos;s address or access code is not set, so its 3MF was not read</source>
        <translation>Adresse oder Zugangscode des Druckers ist nicht eingestellt, daher wurde seine 3MF-Datei nicht gelesen</translation>
    </message>
    <message>
        <source>The job&apos;s 3MF could not be fetched: %1</source>
        <translation>Die 3MF-Datei des Auftrags konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No filament use could be charged for &quot;%1&quot;: %2</source>
        <translation>Für „%1“ konnte kein Filamentverbrauch gebucht werden: %2</translation>
    </message>
</context>
<context>
    <name>UsageCalculator</name>
    <message>
        <source>The job stopped without reporting how far it got, so the slicer&apos;s estimate was not charged.</source>
        <translation>Der Auftrag wurde beendet, ohne zu melden, wie weit er gekommen ist, daher wurde die Slicer-Schätzung nicht gebucht.</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g</source>
        <translation>Platte %1, Filament %2: %3 g</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g × %4 %</source>
        <translation>Platte %1, Filament %2: %3 g × %4 %</translation>
    </message>
    <message>
        <source>Filament %1 (%2 g) was not mapped to any slot; assign a spool to charge it.</source>
        <translation>Filament %1 (%2 g) wurde keinem Steckplatz zugeordnet; weisen Sie eine Spule zu, um es zu buchen.</translation>
    </message>
    <message>
        <source>, %1 % of it from this spool</source>
        <translation>, davon %1 % von dieser Spule</translation>
    </message>
    <message>
        <source>Slot %1 holds another spool than at the start of the job, so its remaining percentage says nothing about the usage.</source>
        <translation>Steckplatz %1 enthält eine andere Spule als zu Beginn des Auftrags, daher sagt sein Restanteil nichts über den Verbrauch aus.</translation>
    </message>
    <message>
        <source>The spool in slot %1 has no known filament weight, so its %2 % drop cannot be turned into grams.</source>
        <translation>Für die Spule in Steckplatz %1 ist kein Filamentgewicht bekannt, daher kann ihr Rückgang um %2 % nicht in Gramm umgerechnet werden.</translation>
    </message>
    <message>
        <source>remaining %1 % → %2 % of %3 g</source>
        <translation>Rest %1 % → %2 % von %3 g</translation>
    </message>
    <message>
        <source>No usage could be determined for this job: the 3MF was not available and the AMS reported no change in remaining filament.</source>
        <translation>Für diesen Auftrag konnte kein Verbrauch ermittelt werden: Die 3MF-Datei war nicht verfügbar und das AMS hat keine Änderung der Restmenge gemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Hält die AMS-Steckplätze von Bambu-Lab-Druckern und einen Spoolman-Bestand synchron.</translation>
    </message>
    <message>
        <source>Show the demo: a simulated printer and a built-in Spoolman.</source>
        <translation>Die Demo zeigen: ein simulierter Drucker und ein eingebautes Spoolman.</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Im Infobereich starten, ohne das Fenster anzuzeigen.</translation>
    </message>
</context>
</TS>
