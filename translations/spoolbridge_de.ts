<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Hält die AMS-Fächer von Bambu-Lab-Druckern und ein Spoolman-Inventar synchron</translation>
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
        <translation>Die Ortsvorlage muss {slot} enthalten, sonst erhalten alle Fächer denselben Ort.</translation>
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
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation>Spoolbridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No printers yet&lt;/h2&gt;&lt;p&gt;Add a Bambu Lab printer and your Spoolman server in the settings to keep your AMS slots and your inventory in sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Drucker&lt;/h2&gt;&lt;p&gt;Fügen Sie in den Einstellungen einen Bambu-Lab-Drucker und Ihren Spoolman-Server hinzu, um Ihre AMS-Fächer und Ihr Inventar synchron zu halten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Hält die AMS-Fächer von Bambu-Lab-Druckern und ein Spoolman-Inventar synchron.</translation>
    </message>
</context>
</TS>
