<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::MainWindow</name>
    <message>
        <source>Spoolbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No printers yet&lt;/h2&gt;&lt;p&gt;Add a Bambu Lab printer and your Spoolman server in the settings to keep your AMS slots and your inventory in sync.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
