<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Spoolbridge::Autostart</name>
    <message>
        <source>Could not write the autostart entry %1 (%2); check that the folder is writable.</source>
        <translation>No se pudo escribir la entrada de inicio automático %1 (%2); compruebe que la carpeta admite escritura.</translation>
    </message>
    <message>
        <source>Could not remove the autostart entry %1 (%2); remove it by hand.</source>
        <translation>No se pudo eliminar la entrada de inicio automático %1 (%2); elimínela a mano.</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry; check your account&apos;s permissions.</source>
        <translation>No se pudo cambiar la entrada de inicio de Windows; compruebe los permisos de su cuenta.</translation>
    </message>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync</source>
        <translation>Mantiene sincronizadas las ranuras AMS de las impresoras Bambu Lab y un inventario de Spoolman</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message>
        <source>No printer is called &quot;%1&quot; (by name, serial or id); add the printer first.</source>
        <translation>Ninguna impresora se llama «%1» (por nombre, número de serie o identificador); añada primero la impresora.</translation>
    </message>
    <message>
        <source>The secret store &quot;%1&quot; works.</source>
        <translation>El almacén de secretos «%1» funciona.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No value on standard input; pipe it in, e.g. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</source>
        <translation>No hay ningún valor en la entrada estándar; páselo por una tubería, p. ej. read -rs CODE; printf %s &quot;$CODE&quot; | spoolbridge-cli secrets set KEY</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;; use keychain, file or env.</source>
        <translation>Almacén de secretos desconocido «%1»; use keychain, file o env.</translation>
    </message>
    <message>
        <source>Secrets are already kept in &quot;%1&quot;; change secrets/backend first, then copy from the old store.</source>
        <translation>Los secretos ya se guardan en «%1»; cambie primero secrets/backend y después copie desde el almacén anterior.</translation>
    </message>
    <message>
        <source>copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>%n secreto copiado.</numerusform>
            <numerusform>%n secretos copiados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::SettingsCommand</name>
    <message>
        <source>settings %1: wrong number of arguments; see spoolbridge-cli settings --help.</source>
        <translation>settings %1: número de argumentos incorrecto; consulte spoolbridge-cli settings --help.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; spoolbridge-cli settings list shows them all.</source>
        <translation>Ajuste desconocido «%1»; spoolbridge-cli settings list los muestra todos.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; see spoolbridge-cli settings --help.</source>
        <translation>Acción desconocida «%1»; consulte spoolbridge-cli settings --help.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::EnvSecretBackend</name>
    <message>
        <source>Secrets come from environment variables, so Spoolbridge cannot store this one: set %1 in the environment that starts Spoolbridge (for the systemd service, in its EnvironmentFile).</source>
        <translation>Los secretos provienen de variables de entorno, así que Spoolbridge no puede guardar este: defina %1 en el entorno que inicia Spoolbridge (para el servicio de systemd, en su EnvironmentFile).</translation>
    </message>
    <message>
        <source>Secrets come from environment variables: remove %1 from the environment that starts Spoolbridge.</source>
        <translation>Los secretos provienen de variables de entorno: quite %1 del entorno que inicia Spoolbridge.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::FileSecretBackend</name>
    <message>
        <source>The secrets file %1 belongs to another user; Spoolbridge only uses a secrets file that you own. Move it away and enter the secrets again.</source>
        <translation>El archivo de secretos %1 pertenece a otro usuario; Spoolbridge solo usa un archivo de secretos que sea suyo. Muévalo a otro sitio y vuelva a introducir los secretos.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users (mode %2); Spoolbridge refuses to use it. Run &quot;chmod 600 %1&quot; and try again.</source>
        <translation>Otros usuarios pueden leer el archivo de secretos %1 (modo %2); Spoolbridge se niega a usarlo. Ejecute «chmod 600 %1» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1 (%2).</source>
        <translation>No se pudo leer el archivo de secretos %1 (%2).</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not a JSON object); fix it or move it away and enter the secrets again.</source>
        <translation>El archivo de secretos %1 está dañado (no es un objeto JSON); repárelo o muévalo a otro sitio y vuelva a introducir los secretos.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1 (%2); check that its folder is writable.</source>
        <translation>No se pudo escribir el archivo de secretos %1 (%2); compruebe que su carpeta admite escritura.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::KeychainBackend</name>
    <message>
        <source>No system keychain is available: %1. Choose where Spoolbridge keeps secrets instead: a secrets file readable only by you (secrets/backend = file) or environment variables (secrets/backend = env).</source>
        <translation>No hay ningún llavero del sistema disponible: %1. Elija dónde guarda Spoolbridge los secretos en su lugar: un archivo de secretos que solo usted puede leer (secrets/backend = file) o variables de entorno (secrets/backend = env).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1); unlock it or allow Spoolbridge, then try again.</source>
        <translation>El llavero del sistema denegó el acceso (%1); desbloquéelo o autorice a Spoolbridge y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the login keyring is locked or missing (%1); unlock it in your desktop session</source>
        <translation>el llavero de inicio de sesión está bloqueado o no existe (%1); desbloquéelo en su sesión de escritorio</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1. Try again; if it persists, choose a secrets file or environment variables instead.</source>
        <translation>El llavero del sistema informó de un error: %1. Vuelva a intentarlo; si persiste, elija en su lugar un archivo de secretos o variables de entorno.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterEntry</name>
    <message>
        <source>A printer entry has no valid id; every printer needs a UUID.</source>
        <translation>Una impresora no tiene un identificador válido; cada impresora necesita un UUID.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the unknown mode &quot;%2&quot;; use &quot;lan&quot; or &quot;cloud&quot;.</source>
        <translation>La impresora «%1» tiene el modo desconocido «%2»; use «lan» o «cloud».</translation>
    </message>
    <message>
        <source>Give the printer a name.</source>
        <translation>Asigne un nombre a la impresora.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs its serial number (shown on the printer&apos;s screen).</source>
        <translation>La impresora «%1» necesita su número de serie (se muestra en la pantalla de la impresora).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; needs the IP address or host name of the printer in LAN mode.</source>
        <translation>En modo LAN, la impresora «%1» necesita la dirección IP o el nombre de host de la impresora.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has the port %2; use a port between 1 and 65535 (usually 8883).</source>
        <translation>La impresora «%1» tiene el puerto %2; use un puerto entre 1 y 65535 (normalmente 8883).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; has a pinned certificate fingerprint that is not a SHA-256 value; remove it and pin the certificate again.</source>
        <translation>La impresora «%1» tiene una huella de certificado fijada que no es un valor SHA-256; elimínela y vuelva a fijar el certificado.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; uses the CA file %2, which cannot be read; choose an existing PEM file.</source>
        <translation>La impresora «%1» usa el archivo de CA %2, que no se puede leer; elija un archivo PEM existente.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Settings</name>
    <message>
        <source>Could not save the settings to %1: check that the folder exists and is writable and that the disk is not full.</source>
        <translation>No se pudo guardar la configuración en %1: compruebe que la carpeta existe y admite escritura y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read; fix or remove it, or start with --config pointing to another file.</source>
        <translation>El archivo de configuración %1 está dañado y no se pudo leer; repárelo o elimínelo, o inicie con --config apuntando a otro archivo.</translation>
    </message>
    <message>
        <source>Read and write the settings in &lt;file&gt; instead of %1.</source>
        <translation>Leer y escribir la configuración en &lt;file&gt; en lugar de %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>There is no printer with the id %1; it may have been removed already.</source>
        <translation>No hay ninguna impresora con el identificador %1; puede que ya se haya eliminado.</translation>
    </message>
    <message>
        <source>Two printers share the id %1; give each printer its own entry.</source>
        <translation>Dos impresoras comparten el identificador %1; dé a cada impresora su propia entrada.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsTransfer</name>
    <message>
        <source>Could not write %1 (%2); choose a folder you can write to.</source>
        <translation>No se pudo escribir %1 (%2); elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>This file is not a Spoolbridge settings export; choose a file saved with Export settings.</source>
        <translation>Este archivo no es una exportación de configuración de Spoolbridge; elija un archivo guardado con Exportar configuración.</translation>
    </message>
    <message>
        <source>This settings export was made by a newer Spoolbridge; update Spoolbridge before importing it.</source>
        <translation>Esta exportación de configuración procede de una versión más reciente de Spoolbridge; actualice Spoolbridge antes de importarla.</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot;: secrets are never imported from a file; enter them in the settings again.</source>
        <translation>Se ignoró «%1»: los secretos nunca se importan desde un archivo; vuelva a introducirlos en la configuración.</translation>
    </message>
    <message>
        <source>Ignored the unknown setting &quot;%1&quot;.</source>
        <translation>Se ignoró el ajuste desconocido «%1».</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; of a printer: access codes are never imported from a file; enter them in the printer settings again.</source>
        <translation>Se ignoró «%1» de una impresora: los códigos de acceso nunca se importan desde un archivo; vuelva a introducirlos en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>No se pudo abrir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); choose a file saved with Export settings.</source>
        <translation>%1 no es un JSON válido (%2); elija un archivo guardado con Exportar configuración.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SettingsValidation</name>
    <message>
        <source>Enter the address of your Spoolman server, for example http://192.168.1.50:7912.</source>
        <translation>Introduzca la dirección de su servidor Spoolman, por ejemplo http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; enter it like http://192.168.1.50:7912.</source>
        <translation>«%1» no es una dirección válida; introdúzcala como http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>The Spoolman address must start with http:// or https:// (got &quot;%1&quot;).</source>
        <translation>La dirección de Spoolman debe empezar por http:// o https:// (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The Spoolman address &quot;%1&quot; has no host name; enter it like http://192.168.1.50:7912.</source>
        <translation>La dirección de Spoolman «%1» no tiene nombre de host; introdúzcala como http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Remove the ?query or #fragment from the Spoolman address &quot;%1&quot;.</source>
        <translation>Quite la ?consulta o el #fragmento de la dirección de Spoolman «%1».</translation>
    </message>
    <message>
        <source>The location template is empty; use for example &quot;{printer} - AMS {unit} Slot {slot}&quot;.</source>
        <translation>La plantilla de ubicación está vacía; use por ejemplo «{printer} - AMS {unit} Slot {slot}».</translation>
    </message>
    <message>
        <source>The location template uses the unknown placeholder {%1}; known placeholders are %2.</source>
        <translation>La plantilla de ubicación usa el marcador desconocido {%1}; los marcadores conocidos son %2.</translation>
    </message>
    <message>
        <source>The location template has an unmatched brace; write placeholders like {slot}.</source>
        <translation>La plantilla de ubicación tiene una llave sin pareja; escriba los marcadores como {slot}.</translation>
    </message>
    <message>
        <source>The location template must contain {slot}, otherwise all slots get the same location.</source>
        <translation>La plantilla de ubicación debe contener {slot}; de lo contrario, todas las ranuras reciben la misma ubicación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name; use letters, digits and dashes, for example X-Api-Key.</source>
        <translation>«%1» no es un nombre de cabecera HTTP válido; use letras, dígitos y guiones, por ejemplo X-Api-Key.</translation>
    </message>
    <message>
        <source>The file %1 does not exist; choose an existing file.</source>
        <translation>El archivo %1 no existe; elija un archivo existente.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions.</source>
        <translation>No se puede leer el archivo %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The setting %1 must be true or false.</source>
        <translation>El ajuste %1 debe ser true o false.</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number.</source>
        <translation>El ajuste %1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3 (got %4).</source>
        <translation>El ajuste %1 debe estar entre %2 y %3 (se recibió %4).</translation>
    </message>
    <message>
        <source>The setting %1 must be text.</source>
        <translation>El ajuste %1 debe ser texto.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be &quot;%2&quot;; use one of: %3.</source>
        <translation>El ajuste %1 no puede ser «%2»; use uno de estos valores: %3.</translation>
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
        <translation>&lt;h2&gt;Todavía no hay impresoras&lt;/h2&gt;&lt;p&gt;Añada una impresora Bambu Lab y su servidor Spoolman en la configuración para mantener sincronizadas sus ranuras AMS y su inventario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Mantiene sincronizadas las ranuras AMS de las impresoras Bambu Lab y un inventario de Spoolman.</translation>
    </message>
</context>
</TS>
