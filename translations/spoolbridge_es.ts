<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ColorNames</name>
    <message>
        <source>Jade White</source>
        <translation>Blanco jade</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Light Gray</source>
        <translation>Gris claro</translation>
    </message>
    <message>
        <source>Dark Gray</source>
        <translation>Gris oscuro</translation>
    </message>
    <message>
        <source>Blue Gray</source>
        <translation>Gris azulado</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Maroon Red</source>
        <translation>Rojo granate</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Pumpkin Orange</source>
        <translation>Naranja calabaza</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Sunflower Yellow</source>
        <translation>Amarillo girasol</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Dorado</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Bambu Green</source>
        <translation>Verde Bambu</translation>
    </message>
    <message>
        <source>Mistletoe Green</source>
        <translation>Verde muérdago</translation>
    </message>
    <message>
        <source>Turquoise</source>
        <translation>Turquesa</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cian</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Cobalt Blue</source>
        <translation>Azul cobalto</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Indigo Purple</source>
        <translation>Morado índigo</translation>
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
        <translation>Rosa intenso</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marrón</translation>
    </message>
    <message>
        <source>Beige</source>
        <translation>Beis</translation>
    </message>
    <message>
        <source>Ivory White</source>
        <translation>Blanco marfil</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Gris carbón</translation>
    </message>
    <message>
        <source>Ash Gray</source>
        <translation>Gris ceniza</translation>
    </message>
    <message>
        <source>Nardo Gray</source>
        <translation>Gris Nardo</translation>
    </message>
    <message>
        <source>Bone White</source>
        <translation>Blanco hueso</translation>
    </message>
    <message>
        <source>Latte Brown</source>
        <translation>Marrón latte</translation>
    </message>
    <message>
        <source>Desert Tan</source>
        <translation>Beige desierto</translation>
    </message>
    <message>
        <source>Lemon Yellow</source>
        <translation>Amarillo limón</translation>
    </message>
    <message>
        <source>Mandarin Orange</source>
        <translation>Naranja mandarina</translation>
    </message>
    <message>
        <source>Sakura Pink</source>
        <translation>Rosa sakura</translation>
    </message>
    <message>
        <source>Lilac Purple</source>
        <translation>Morado lila</translation>
    </message>
    <message>
        <source>Scarlet Red</source>
        <translation>Rojo escarlata</translation>
    </message>
    <message>
        <source>Dark Red</source>
        <translation>Rojo oscuro</translation>
    </message>
    <message>
        <source>Apple Green</source>
        <translation>Verde manzana</translation>
    </message>
    <message>
        <source>Grass Green</source>
        <translation>Verde hierba</translation>
    </message>
    <message>
        <source>Dark Green</source>
        <translation>Verde oscuro</translation>
    </message>
    <message>
        <source>Ice Blue</source>
        <translation>Azul hielo</translation>
    </message>
    <message>
        <source>Sky Blue</source>
        <translation>Azul cielo</translation>
    </message>
    <message>
        <source>Marine Blue</source>
        <translation>Azul marino</translation>
    </message>
    <message>
        <source>Dark Blue</source>
        <translation>Azul oscuro</translation>
    </message>
    <message>
        <source>Dark Brown</source>
        <translation>Marrón oscuro</translation>
    </message>
    <message>
        <source>Dark Chocolate</source>
        <translation>Chocolate negro</translation>
    </message>
    <message>
        <source>Caramel</source>
        <translation>Caramelo</translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation>Terracota</translation>
    </message>
    <message>
        <source>Plum</source>
        <translation>Ciruela</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Tan</source>
        <translation>Canela</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Lime</source>
        <translation>Lima</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Oliva</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Light Blue</source>
        <translation>Azul claro</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Azul naval</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavanda</translation>
    </message>
    <message>
        <source>Translucent %1</source>
        <translation>%1 translúcido</translation>
    </message>
</context>
<context>
    <name>FtpsTransfer</name>
    <message>
        <source>The file transfer was cancelled.</source>
        <translation>Se canceló la transferencia de archivos.</translation>
    </message>
    <message>
        <source>The file transfer library could not be started.</source>
        <translation>No se pudo iniciar la biblioteca de transferencia de archivos.</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is needed to check its certificate; add it to the printer settings.</source>
        <translation>Se necesita el número de serie de la impresora para comprobar su certificado; añádalo en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; needed to check the printer is missing. Reinstall Spoolbridge or choose the file in the printer settings.</source>
        <translation>Falta el archivo de certificado de CA «%1» necesario para comprobar la impresora. Reinstale Spoolbridge o elija el archivo en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>No key is pinned for this printer yet. Connect once and confirm its certificate.</source>
        <translation>Todavía no hay ninguna clave fijada para esta impresora. Conéctese una vez y confirme su certificado.</translation>
    </message>
    <message>
        <source>The print file for &quot;%1&quot; is not on the printer&apos;s storage (looked for %2). Usage falls back to the AMS remaining percentage.</source>
        <translation>El archivo de impresión de «%1» no está en el almacenamiento de la impresora (se buscó %2). El consumo se calcula entonces a partir del porcentaje restante del AMS.</translation>
    </message>
    <message>
        <source>The printer rejected the access code for file transfer. Check the LAN access code on the printer&apos;s screen and enter it again.</source>
        <translation>La impresora rechazó el código de acceso para la transferencia de archivos. Consulte el código de acceso LAN en la pantalla de la impresora y vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not from Bambu Lab&apos;s CA or not issued to serial %2. Check the serial number; if it is right, pin this printer&apos;s certificate.</source>
        <translation>La impresora en %1 presentó un certificado que no procede de la CA de Bambu Lab o que no está emitido para el número de serie %2. Compruebe el número de serie; si es correcto, fije el certificado de esta impresora.</translation>
    </message>
    <message>
        <source>The printer at %1 presented a certificate that is not signed by the configured CA (%2). Pin this printer&apos;s certificate if you trust it.</source>
        <translation>La impresora en %1 presentó un certificado que no está firmado por la CA configurada (%2). Fije el certificado de esta impresora si confía en ella.</translation>
    </message>
    <message>
        <source>The printer at %1 presented another key than the one pinned for it. If the printer was replaced or reset, pin its certificate again.</source>
        <translation>La impresora en %1 presentó una clave distinta de la fijada para ella. Si la impresora se sustituyó o se restableció, vuelva a fijar su certificado.</translation>
    </message>
    <message>
        <source>The secure connection to the printer&apos;s file service at %1 failed (%2). Check the CA file and the printer model setting.</source>
        <translation>Falló la conexión segura con el servicio de archivos de la impresora en %1 (%2). Compruebe el archivo de CA y el modelo de impresora configurado.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped answering during the file transfer. Check its network; on an A1 or A1 mini set the printer model so the data channel stays plain.</source>
        <translation>La impresora en %1 dejó de responder durante la transferencia de archivos. Compruebe su red; en una A1 o A1 mini, configure el modelo de impresora para que el canal de datos no se cifre.</translation>
    </message>
    <message>
        <source>The printer&apos;s file service at %1 cannot be reached. Check that the printer is on and in LAN mode.</source>
        <translation>No se puede acceder al servicio de archivos de la impresora en %1. Compruebe que la impresora está encendida y en modo LAN.</translation>
    </message>
    <message>
        <source>The file transfer from the printer at %1 failed: %2 (FTP reply %3).</source>
        <translation>Falló la transferencia de archivos desde la impresora en %1: %2 (respuesta FTP %3).</translation>
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
        <translation>No se puede abrir el registro de consumo %1 (%2). Compruebe que la carpeta admite escritura.</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot use a write-ahead log. Keep it on a local disk.</source>
        <translation>El registro de consumo %1 no puede usar un registro de escritura anticipada (WAL). Guárdelo en un disco local.</translation>
    </message>
    <message>
        <source>The usage ledger %1 is damaged or from a newer version: %2</source>
        <translation>El registro de consumo %1 está dañado o procede de una versión más reciente: %2</translation>
    </message>
    <message>
        <source>No spool is known for slot %1; pick the spool to charge.</source>
        <translation>No se conoce ninguna bobina para la ranura %1; elija la bobina a la que imputar el consumo.</translation>
    </message>
    <message>
        <source>Cancelled before it reached Spoolman.</source>
        <translation>Cancelado antes de llegar a Spoolman.</translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation>deshacer la entrada %1</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>Could not read the slot links in %1 (%2): check the file&apos;s permissions.</source>
        <translation>No se pudieron leer los vínculos de ranuras de %1 (%2): compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The slot links file %1 is damaged (%2): move it away and link the slots again.</source>
        <translation>El archivo de vínculos de ranuras %1 está dañado (%2): muévalo a otro sitio y vuelva a vincular las ranuras.</translation>
    </message>
    <message>
        <source>Could not save the slot links to %1 (%2): check the disk and the folder&apos;s permissions.</source>
        <translation>No se pudieron guardar los vínculos de ranuras en %1 (%2): compruebe el disco y los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>LocationTemplate</name>
    <message>
        <source>External L</source>
        <translation>Externa I</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externa</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Externa D</translation>
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
        <translation>La plantilla de ubicación está vacía: use por ejemplo «{printer} - AMS {unit} Slot {slot}».</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {printer}, {serial}, {unit}, {slot} or {unit_type}.</source>
        <translation>Marcador desconocido %1: use {printer}, {serial}, {unit}, {slot} o {unit_type}.</translation>
    </message>
    <message>
        <source>A brace is not closed: write placeholders as {name}.</source>
        <translation>Hay una llave sin cerrar: escriba los marcadores como {name}.</translation>
    </message>
    <message>
        <source>Add {unit} and {slot}, otherwise several slots get the same location and a removed spool cannot be told apart.</source>
        <translation>Añada {unit} y {slot}; de lo contrario, varias ranuras reciben la misma ubicación y no se puede distinguir una bobina retirada.</translation>
    </message>
    <message>
        <source>The location is longer than Spoolman allows (%1 characters): shorten the template.</source>
        <translation>La ubicación supera la longitud que permite Spoolman (%1 caracteres): acorte la plantilla.</translation>
    </message>
</context>
<context>
    <name>SliceInfoReader</name>
    <message>
        <source>%1 is not a 3MF project (it is not a zip archive). Re-export the plate from the slicer or check the file on the printer.</source>
        <translation>%1 no es un proyecto 3MF (no es un archivo ZIP). Vuelva a exportar la placa desde el laminador o compruebe el archivo en la impresora.</translation>
    </message>
    <message>
        <source>%1 has no %2, so it carries no per-filament estimate. Slice it with Bambu Studio or Orca Slicer and send it again.</source>
        <translation>%1 no contiene %2, por lo que no incluye ninguna estimación por filamento. Lamínelo con Bambu Studio u Orca Slicer y vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked (zip error %3). Re-export the plate.</source>
        <translation>%1 está dañado: %2 no se puede descomprimir (error ZIP %3). Vuelva a exportar la placa.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read completely. Re-export the plate.</source>
        <translation>%1 está dañado: %2 no se puede leer por completo. Vuelva a exportar la placa.</translation>
    </message>
    <message>
        <source>The 3MF file %1 does not exist.</source>
        <translation>El archivo 3MF %1 no existe.</translation>
    </message>
    <message>
        <source>The downloaded file</source>
        <translation>El archivo descargado</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information is not valid XML (line %1: %2). Re-slice and send the plate again.</source>
        <translation>La información de laminado del 3MF no es XML válido (línea %1: %2). Vuelva a laminar la placa y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The 3MF&apos;s slice information has an unexpected layout (no &lt;config&gt; element). Re-slice and send the plate again.</source>
        <translation>La información de laminado del 3MF tiene una estructura inesperada (no hay ningún elemento &lt;config&gt;). Vuelva a laminar la placa y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The 3MF holds no sliced plate, so it carries no filament estimate. Slice the plate and send it again.</source>
        <translation>El 3MF no contiene ninguna placa laminada, por lo que no incluye ninguna estimación de filamento. Lamine la placa y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>The 3MF has %1 plates and the job does not say which one was printed, so its usage cannot be taken from the file.</source>
        <translation>El 3MF tiene %1 placas y el trabajo no indica cuál se imprimió, así que el consumo no se puede obtener del archivo.</translation>
    </message>
    <message>
        <source>The printed plate %1 is not in the 3MF (it has plates %2). The file on the printer may belong to another job.</source>
        <translation>La placa impresa %1 no está en el 3MF (tiene las placas %2). Puede que el archivo de la impresora pertenezca a otro trabajo.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::AppCore</name>
    <message>
        <source>Demo X1 Carbon</source>
        <translation>X1 Carbon de demostración</translation>
    </message>
    <message>
        <source>Spoolman is not set up yet: add its address in the settings.</source>
        <translation>Spoolman aún no está configurado: añada su dirección en la configuración.</translation>
    </message>
    <message>
        <source>No access code is stored for %1: enter it in Settings → Printers.</source>
        <translation>No hay ningún código de acceso guardado para %1: introdúzcalo en Configuración → Impresoras.</translation>
    </message>
    <message>
        <source>That printer is no longer configured.</source>
        <translation>Esa impresora ya no está configurada.</translation>
    </message>
    <message>
        <source>The demo printer needs no certificate.</source>
        <translation>La impresora de demostración no necesita certificado.</translation>
    </message>
</context>
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
    <name>Spoolbridge::BambuCloudClient</name>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud first.</source>
        <translation>No hay ningún token de la nube de Bambu guardado. Inicie sesión primero en la nube de Bambu.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in (HTTP %1): the token has expired or was revoked. Sign in to the Bambu cloud again.</source>
        <translation>La nube de Bambu rechazó el inicio de sesión (HTTP %1): el token ha caducado o se ha revocado. Vuelva a iniciar sesión en la nube de Bambu.</translation>
    </message>
    <message>
        <source>The Bambu cloud did not answer within %1 s. Check the internet connection and try again.</source>
        <translation>La nube de Bambu no respondió en %1 s. Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Bambu cloud answered with a web page instead of data (HTTP %1). The service may be down or a proxy/captive portal is in the way; try again later.</source>
        <translation>La nube de Bambu respondió con una página web en lugar de datos (HTTP %1). Puede que el servicio no funcione o que un proxy o portal cautivo lo impida; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Cannot reach the Bambu cloud at %1 (%2). Check the internet connection.</source>
        <translation>No se puede acceder a la nube de Bambu en %1 (%2). Compruebe la conexión a Internet.</translation>
    </message>
    <message>
        <source>The Bambu cloud reported an error (HTTP %1). Try again later.</source>
        <translation>La nube de Bambu informó de un error (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The Bambu cloud sent an unexpected answer (no device list). Try again later or update Spoolbridge.</source>
        <translation>La nube de Bambu envió una respuesta inesperada (sin lista de dispositivos). Vuelva a intentarlo más tarde o actualice Spoolbridge.</translation>
    </message>
    <message>
        <source>The Bambu cloud refused the request: %1.</source>
        <translation>La nube de Bambu rechazó la solicitud: %1.</translation>
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
        <translation>Uso: spoolbridge-cli inspect [--serial SERIAL] ARCHIVO...

Combina en orden los mensajes MQTT grabados de una impresora y muestra el estado resultante como JSON
(unidades, ranuras, bobinas externas, trabajo y los eventos de trabajo vistos durante la reproducción).

Cada ARCHIVO contiene un mensaje JSON ({&quot;print&quot;:…} o {&quot;info&quot;:…}) o un mensaje por línea
(JSONL): un mensaje o {&quot;ts&quot;:&quot;YYYY-MM-DD HH:MM:SS&quot;,&quot;payload&quot;:{…}}.

Opciones:
  --serial SERIAL  El número de serie de la impresora (identifica el modelo si falta get_version)
  -h, --help       Muestra esta ayuda
</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check the path and permissions.</source>
        <translation>%1: no se puede leer el archivo (%2). Compruebe la ruta y los permisos.</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a JSON payload or one message per line.</source>
        <translation>%1: el archivo está vacío; se esperaba un mensaje JSON o un mensaje por línea.</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1: JSON no válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3 at byte %4).</source>
        <translation>%1, línea %2: JSON no válido (%3 en el byte %4).</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: no printer report in the input; nothing to show.
</source>
        <translation>spoolbridge-cli inspect: la entrada no contiene ningún informe de impresora; no hay nada que mostrar.
</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: the message is not a JSON object; expected {&quot;print&quot;:…}, {&quot;info&quot;:…} or {&quot;ts&quot;:…,&quot;payload&quot;:…}.</source>
        <translation>%1: el mensaje no es un objeto JSON; se esperaba {&quot;print&quot;:…}, {&quot;info&quot;:…} o {&quot;ts&quot;:…,&quot;payload&quot;:…}.</translation>
    </message>
    <message>
        <source>%1: &quot;payload&quot; is not a JSON object.</source>
        <translation>%1: «payload» no es un objeto JSON.</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: --serial needs a value, e.g. --serial 00M09A123456789.
</source>
        <translation>spoolbridge-cli inspect: --serial necesita un valor, p. ej. --serial 00M09A123456789.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: unknown option &quot;%1&quot;. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect: opción desconocida «%1». Ejecute spoolbridge-cli inspect --help.
</translation>
    </message>
    <message>
        <source>spoolbridge-cli inspect: name at least one payload file. Run spoolbridge-cli inspect --help.
</source>
        <translation>spoolbridge-cli inspect: indique al menos un archivo de mensajes. Ejecute spoolbridge-cli inspect --help.
</translation>
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
    <name>Spoolbridge::Cli::Spoolman</name>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout espera un número de segundos entre 0 y 3600, no «%1».</translation>
    </message>
    <message>
        <source>--header wants NAME:VALUE, e.g. X-Api-Key:abc123.</source>
        <translation>--header espera NOMBRE:VALOR, p. ej. X-Api-Key:abc123.</translation>
    </message>
    <message>
        <source>--password-file needs --user as well.</source>
        <translation>--password-file también necesita --user.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1 (%2).</source>
        <translation>No se puede leer el archivo de contraseña %1 (%2).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url es obligatorio.</translation>
    </message>
    <message>
        <source>unknown sub-command &quot;%1&quot;.</source>
        <translation>subcomando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Cli::UsageCommand</name>
    <message>
        <source>The usage ledger is empty.</source>
        <translation>El registro de consumo está vacío.</translation>
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
        <translation>Uso: spoolbridge-cli usage &lt;acción&gt; [opciones]

El registro de consumo: los gramos cargados por impresión y bobina, y si Spoolman ya los tiene.
Los cambios quedan en local hasta que la aplicación o el servicio vuelva a conectar con Spoolman.

Acciones:
  list [--state S] [--table]  Las entradas, las más recientes primero, en JSON (--table: como tabla);
                              S = pending, delivered, undone, attention o discarded
  undo &lt;id&gt;                   Devolver los gramos de una entrada: cancela una entrada que Spoolman
                              nunca vio, o registra una entrada negativa de compensación
  resolve &lt;id&gt; applied|again  Una entrada dudosa: ya se aplicó, o aplicarla de nuevo
  discard &lt;id&gt;                No cargar una entrada que requiere atención
  plates &lt;archivo.3mf&gt;        Las placas de un 3MF y sus estimaciones de filamento en JSON

Opciones:
  --ledger-dir &lt;carpeta&gt;      Carpeta del registro (predeterminada: la carpeta de datos de la aplicación)
  -h, --help                  Mostrar esta ayuda
</translation>
    </message>
    <message>
        <source>Entry %1 was cancelled before it reached Spoolman.</source>
        <translation>La entrada %1 se canceló antes de llegar a Spoolman.</translation>
    </message>
    <message>
        <source>Entry %1 will be given back by entry %2 the next time Spoolbridge reaches Spoolman.</source>
        <translation>La entrada %1 se devolverá con la entrada %2 la próxima vez que Spoolbridge conecte con Spoolman.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, undo, resolve, discard or plates.</source>
        <translation>acción desconocida «%1»; use list, undo, resolve, discard o plates.</translation>
    </message>
    <message>
        <source>choose either --table or --json.</source>
        <translation>elija --table o --json, no ambos.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>estado desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>plates: give one 3MF file.</source>
        <translation>plates: indique un único archivo 3MF.</translation>
    </message>
    <message>
        <source>list takes no arguments; filter with --state.</source>
        <translation>list no admite argumentos; filtre con --state.</translation>
    </message>
    <message>
        <source>%1 needs one entry id (see spoolbridge-cli usage list).</source>
        <translation>%1 necesita un único número de entrada (vea spoolbridge-cli usage list).</translation>
    </message>
    <message>
        <source>resolve: say &quot;applied&quot; or &quot;again&quot; after the entry id.</source>
        <translation>resolve: indique «applied» o «again» después del número de entrada.</translation>
    </message>
    <message>
        <source>spoolbridge-cli: &quot;ledger&quot; is now &quot;usage&quot; (spoolbridge-cli usage --help); the old name will be removed in a later release.</source>
        <translation>spoolbridge-cli: «ledger» ahora se llama «usage» (spoolbridge-cli usage --help); el nombre antiguo se eliminará en una versión posterior.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTestResult</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Spoolman:      %1
</source>
        <translation>Spoolman:              %1
</translation>
    </message>
    <message>
        <source>Reachable:     %1
</source>
        <translation>Accesible:             %1
</translation>
    </message>
    <message>
        <source>Version:       %1%2
</source>
        <translation>Versión:               %1%2
</translation>
    </message>
    <message>
        <source> (not recognised)</source>
        <translation> (no reconocida)</translation>
    </message>
    <message>
        <source>Round trip:    %1 ms
</source>
        <translation>Ida y vuelta:          %1 ms
</translation>
    </message>
    <message>
        <source>Tag lookup:    %1
</source>
        <translation>Búsqueda de etiqueta:  %1
</translation>
    </message>
    <message>
        <source>on the server (extra.tag filter)</source>
        <translation>en el servidor (filtro extra.tag)</translation>
    </message>
    <message>
        <source>by scanning all spools</source>
        <translation>recorriendo todas las bobinas</translation>
    </message>
    <message>
        <source> (registered)</source>
        <translation> (registrado)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (ausente)</translation>
    </message>
    <message>
        <source> (wrong type)</source>
        <translation> (tipo incorrecto)</translation>
    </message>
    <message>
        <source>Extra fields:  %1
</source>
        <translation>Campos adicionales:    %1
</translation>
    </message>
    <message>
        <source>Usable:        %1
</source>
        <translation>Utilizable:            %1
</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::ConnectionTester</name>
    <message>
        <source>Spoolman %1 is reachable, but the extra field %2 exists with another type — rename or delete it in Spoolman&apos;s settings (Extra Fields), then test again.</source>
        <translation>Spoolman %1 es accesible, pero el campo adicional %2 existe con otro tipo: cámbielo de nombre o elimínelo en la configuración de Spoolman (Extra Fields) y vuelva a probar.</translation>
    </message>
    <message>
        <source>Spoolman %1 answered in %2 ms.</source>
        <translation>Spoolman %1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Las bobinas se buscan por etiqueta en el servidor.</translation>
    </message>
    <message>
        <source>This version is older than 0.25, so Spoolbridge finds spools by reading the whole list — update Spoolman for faster lookups.</source>
        <translation>Esta versión es anterior a la 0.25, así que Spoolbridge lee la lista completa para encontrar las bobinas; actualice Spoolman para búsquedas más rápidas.</translation>
    </message>
    <message>
        <source>Spoolbridge does not recognise this version, so it finds spools by reading the whole list.</source>
        <translation>Spoolbridge no reconoce esta versión, así que lee la lista completa para encontrar las bobinas.</translation>
    </message>
    <message>
        <source>The extra field %1 is missing; Spoolbridge registers it on the first sync.</source>
        <translation>Falta el campo adicional %1; Spoolbridge lo registra en la primera sincronización.</translation>
    </message>
    <message>
        <source>The extra fields Spoolbridge needs are registered.</source>
        <translation>Los campos adicionales que necesita Spoolbridge están registrados.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary directory: %1.</source>
        <translation>La demostración no pudo crear su carpeta temporal: %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not start: %1.</source>
        <translation>No se pudo iniciar el Spoolman de demostración: %1.</translation>
    </message>
    <message>
        <source>The demo Spoolman could not be filled: %1</source>
        <translation>No se pudo rellenar el Spoolman de demostración: %1</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Estante</translation>
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
    <name>Spoolbridge::EnvironmentHistory</name>
    <message>
        <source>The climate history at %1 cannot be opened (%2) — check that the folder exists and is writable.</source>
        <translation>No se puede abrir el historial climático en %1 (%2): compruebe que la carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <source>The climate history could not be written (%1).</source>
        <translation>No se pudo escribir el historial climático (%1).</translation>
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
    <name>Spoolbridge::Gui::AppController</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a simulated X1 Carbon and a built-in Spoolman; nothing here touches your printers or your inventory.</source>
        <translation>&lt;b&gt;Modo de demostración&lt;/b&gt;: una X1 Carbon simulada y un Spoolman integrado; nada de esto afecta a sus impresoras ni a su inventario.</translation>
    </message>
    <message>
        <source>Set up my printer</source>
        <translation>Configurar mi impresora</translation>
    </message>
    <message>
        <source>Spoolman cannot be reached or the spool is not known yet.</source>
        <translation>No se puede acceder a Spoolman o la bobina aún no se conoce.</translation>
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
        <translation>¿Confiar en esta impresora?</translation>
    </message>
    <message>
        <source>%1 did not present a certificate Spoolbridge can verify.

%2

Certificate fingerprint (SHA-256):
%3

Trust it only if it matches your printer (for example on a network you control). Spoolbridge will then accept exactly this certificate for this printer.</source>
        <translation>%1 no presentó un certificado que Spoolbridge pueda verificar.

%2

Huella del certificado (SHA-256):
%3

Confíe en él solo si corresponde a su impresora (por ejemplo, en una red que usted controla). Spoolbridge aceptará entonces exactamente este certificado para esta impresora.</translation>
    </message>
    <message>
        <source>Trust this printer</source>
        <translation>Confiar en esta impresora</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS %1 Slot %2</source>
        <translation>AMS %1 ranura %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Vinculada.</translation>
    </message>
    <message>
        <source>Added to Spoolman and linked.</source>
        <translation>Añadida a Spoolman y vinculada.</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>Desvinculada.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texto inesperado después del valor JSON</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>literal no válido</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>el texto termina donde se esperaba un valor</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>an object key (a quoted name) was expected</source>
        <translation>se esperaba una clave de objeto (un nombre entre comillas)</translation>
    </message>
    <message>
        <source>a colon was expected after an object key</source>
        <translation>se esperaban dos puntos después de una clave de objeto</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>el texto termina dentro de un objeto</translation>
    </message>
    <message>
        <source>a comma or closing brace was expected</source>
        <translation>se esperaba una coma o una llave de cierre</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>el texto termina dentro de una matriz</translation>
    </message>
    <message>
        <source>a comma or closing bracket was expected</source>
        <translation>se esperaba una coma o un corchete de cierre</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>el texto termina dentro de una cadena</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>an invalid escape sequence in a string</source>
        <translation>una secuencia de escape no válida en una cadena</translation>
    </message>
    <message>
        <source>an unexpected character where a value was expected</source>
        <translation>un carácter inesperado donde se esperaba un valor</translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation>un número mal formado</translation>
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
    <name>Spoolbridge::MqttClient</name>
    <message>
        <source>Could not create an MQTT client (out of memory?).</source>
        <translation>No se pudo crear un cliente MQTT (¿memoria insuficiente?).</translation>
    </message>
    <message>
        <source>%1:%2 sent data that is not a TLS/MQTT handshake. Check the port number.</source>
        <translation>%1:%2 envió datos que no son un protocolo de enlace TLS/MQTT. Compruebe el número de puerto.</translation>
    </message>
    <message>
        <source>did not complete the TLS handshake</source>
        <translation>no completó el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>did not accept the MQTT connection</source>
        <translation>no aceptó la conexión MQTT</translation>
    </message>
    <message>
        <source>%1:%2 %3 within %4 s. Check the address and port, and that the printer is on and in LAN mode.</source>
        <translation>%1:%2 %3 en %4 s. Compruebe la dirección y el puerto, y que la impresora está encendida y en modo LAN.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake. Check the port and that the server speaks MQTT over TLS.</source>
        <translation>%1:%2 cerró la conexión durante el protocolo de enlace TLS. Compruebe el puerto y que el servidor usa MQTT sobre TLS.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password (access code). Check the credentials and try again.</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña (código de acceso). Compruebe las credenciales y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 refused the MQTT connection: %2.</source>
        <translation>%1 rechazó la conexión MQTT: %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified: %2. If you trust this device, pin its certificate (SHA-256 %3).</source>
        <translation>No se pudo verificar el certificado de %1: %2. Si confía en este dispositivo, fije su certificado (SHA-256 %3).</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>error de TLS desconocido</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed (%3). Check that the port speaks MQTT over TLS.</source>
        <translation>Falló el protocolo de enlace TLS con %1:%2 (%3). Compruebe que el puerto usa MQTT sobre TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address and port, and that LAN mode is enabled on the printer.</source>
        <translation>%1 rechazó la conexión. Compruebe la dirección y el puerto, y que el modo LAN está activado en la impresora.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the address and the network.</source>
        <translation>No se puede acceder a %1 (%2). Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>%1 did not answer. Check the address and that the printer is on.</source>
        <translation>%1 no respondió. Compruebe la dirección y que la impresora está encendida.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the address.</source>
        <translation>No se pudo resolver el nombre de host %1. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>%1 stopped answering while connecting. Check the network.</source>
        <translation>%1 dejó de responder durante la conexión. Compruebe la red.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was established. Check the port and the TLS settings.</source>
        <translation>%1 cerró la conexión antes de que se estableciera. Compruebe el puerto y la configuración de TLS.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterConnection</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation>Sin conexión, reintentando</translation>
    </message>
    <message>
        <source>Access code rejected</source>
        <translation>Código de acceso rechazado</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Settings incomplete</source>
        <translation>Configuración incompleta</translation>
    </message>
    <message>
        <source>The printer&apos;s serial number is missing. Enter it in the printer settings.</source>
        <translation>Falta el número de serie de la impresora. Introdúzcalo en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>The printer&apos;s IP address is missing. Enter it in the printer settings.</source>
        <translation>Falta la dirección IP de la impresora. Introdúzcala en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>The printer&apos;s access code is missing. Enter the 8-character code shown on the printer&apos;s screen.</source>
        <translation>Falta el código de acceso de la impresora. Introduzca el código de 8 caracteres que se muestra en la pantalla de la impresora.</translation>
    </message>
    <message>
        <source>The extra CA certificate file %1 cannot be read or holds no PEM certificate. Choose another file or clear the setting.</source>
        <translation>El archivo de certificado de CA adicional %1 no se puede leer o no contiene ningún certificado PEM. Elija otro archivo o borre el ajuste.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits). Clear it and trust the certificate again.</source>
        <translation>La huella del certificado de confianza «%1» no es una huella SHA-256 (64 dígitos hexadecimales). Bórrela y vuelva a confiar en el certificado.</translation>
    </message>
    <message>
        <source>No Bambu cloud token is stored. Sign in to the Bambu cloud again.</source>
        <translation>No hay ningún token de la nube de Bambu guardado. Vuelva a iniciar sesión en la nube de Bambu.</translation>
    </message>
    <message>
        <source>The Bambu account id could not be read from the token. Sign in to the Bambu cloud again.</source>
        <translation>No se pudo leer el identificador de la cuenta de Bambu del token. Vuelva a iniciar sesión en la nube de Bambu.</translation>
    </message>
    <message>
        <source>The printer has not sent anything for %1 s. Reconnecting…</source>
        <translation>La impresora no ha enviado nada desde hace %1 s. Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the printer was lost (%1). Reconnecting…</source>
        <translation>Se perdió la conexión con la impresora (%1). Reconectando…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>The printer rejected the access code. Enter the 8-character access code shown on the printer&apos;s screen (network settings) and connect again.</source>
        <translation>La impresora rechazó el código de acceso. Introduzca el código de acceso de 8 caracteres que se muestra en la pantalla de la impresora (ajustes de red) y vuelva a conectar.</translation>
    </message>
    <message>
        <source>The Bambu cloud rejected the sign-in token. Sign in to the Bambu cloud again.</source>
        <translation>La nube de Bambu rechazó el token de inicio de sesión. Vuelva a iniciar sesión en la nube de Bambu.</translation>
    </message>
    <message>
        <source>The device at %1 identifies itself as &quot;%2&quot;, not as the configured serial %3. Check the serial number and the IP address in the printer settings (another printer may have this address now). Certificate SHA-256: %4.</source>
        <translation>El dispositivo en %1 se identifica como «%2», no como el número de serie configurado %3. Compruebe el número de serie y la dirección IP en la configuración de la impresora (puede que ahora otra impresora tenga esta dirección). SHA-256 del certificado: %4.</translation>
    </message>
    <message>
        <source>The printer&apos;s certificate could not be verified: %1. If this is your printer (serial %2), trust its certificate with SHA-256 fingerprint %3 in the printer settings.</source>
        <translation>No se pudo verificar el certificado de la impresora: %1. Si es su impresora (número de serie %2), confíe en su certificado con la huella SHA-256 %3 en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Reintentando en %2 s.</translation>
    </message>
    <message>
        <source>The printer sent a message that is not valid JSON (%1); it was ignored. If this repeats, update the printer firmware.</source>
        <translation>La impresora envió un mensaje que no es JSON válido (%1); se ignoró. Si se repite, actualice el firmware de la impresora.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::PrinterDiscovery</name>
    <message>
        <source>Cannot listen for printers on UDP port %1 (%2). Another program may hold the port; add printers by IP address instead.</source>
        <translation>No se puede escuchar impresoras en el puerto UDP %1 (%2). Puede que otro programa ocupe el puerto; añada las impresoras por dirección IP.</translation>
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
    <name>Spoolbridge::ReportMerger</name>
    <message>
        <source>The printer message is not valid JSON (%1 at byte %2); it was ignored.</source>
        <translation>El mensaje de la impresora no es JSON válido (%1 en el byte %2); se ignoró.</translation>
    </message>
    <message>
        <source>The printer message is JSON but not an object; it was ignored.</source>
        <translation>El mensaje de la impresora es JSON, pero no un objeto; se ignoró.</translation>
    </message>
    <message>
        <source>The printer message has a &quot;print&quot; entry that is not an object; it was ignored.</source>
        <translation>El mensaje de la impresora tiene una entrada «print» que no es un objeto; se ignoró.</translation>
    </message>
    <message>
        <source>The printer message has an &quot;info&quot; entry that is not an object; it was ignored.</source>
        <translation>El mensaje de la impresora tiene una entrada «info» que no es un objeto; se ignoró.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::RequestBuilder</name>
    <message>
        <source>The CA file %1 could not be read (%2) — check the path in the Spoolman settings.</source>
        <translation>No se pudo leer el archivo de CA %1 (%2): compruebe la ruta en la configuración de Spoolman.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate — give a PEM or DER certificate file.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado: indique un archivo de certificado PEM o DER.</translation>
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
    <name>Spoolbridge::SpoolProvisioner</name>
    <message>
        <source>Created by Spoolbridge from the AMS</source>
        <translation>Creada por Spoolbridge a partir del AMS</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanClient</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>No hay ninguna URL de Spoolman configurada: introduzca la dirección de su Spoolman, p. ej. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>server information</source>
        <translation>información del servidor</translation>
    </message>
    <message>
        <source>a health report</source>
        <translation>informe de estado</translation>
    </message>
    <message>
        <source>a vendor list</source>
        <translation>lista de fabricantes</translation>
    </message>
    <message>
        <source>a vendor</source>
        <translation>fabricante</translation>
    </message>
    <message>
        <source>a filament list</source>
        <translation>lista de filamentos</translation>
    </message>
    <message>
        <source>a filament</source>
        <translation>filamento</translation>
    </message>
    <message>
        <source>a spool list</source>
        <translation>lista de bobinas</translation>
    </message>
    <message>
        <source>a spool</source>
        <translation>bobina</translation>
    </message>
    <message>
        <source>a list of extra fields</source>
        <translation>lista de campos adicionales</translation>
    </message>
    <message>
        <source>a list of settings</source>
        <translation>lista de ajustes</translation>
    </message>
    <message>
        <source>a setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>a list of locations</source>
        <translation>lista de ubicaciones</translation>
    </message>
    <message>
        <source>a location name</source>
        <translation>nombre de ubicación</translation>
    </message>
    <message>
        <source>a list of SpoolmanDB filaments</source>
        <translation>lista de filamentos de SpoolmanDB</translation>
    </message>
    <message>
        <source>Spoolman already has a %1 field &quot;%2&quot; of type %3, but Spoolbridge needs type %4 — rename or delete that field in Spoolman&apos;s settings (Extra Fields).</source>
        <translation>Spoolman ya tiene un campo %1 «%2» de tipo %3, pero Spoolbridge necesita el tipo %4: cambie el nombre de ese campo o elimínelo en la configuración de Spoolman (Extra Fields).</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanConfig</name>
    <message>
        <source>No Spoolman URL is set — enter the address of your Spoolman, e.g. http://192.168.1.50:7912.</source>
        <translation>No hay ninguna URL de Spoolman configurada: introduzca la dirección de su Spoolman, p. ej. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Spoolman address — use http://host:port or https://host/path.</source>
        <translation>«%1» no es una dirección de Spoolman: use http://host:puerto o https://host/ruta.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanErrors</name>
    <message>
        <source>Spoolman at %1 refused the connection — is it running and is the port right?</source>
        <translation>Spoolman en %1 rechazó la conexión: ¿está en marcha y el puerto es correcto?</translation>
    </message>
    <message>
        <source>The host of %1 could not be found — check the Spoolman URL.</source>
        <translation>No se encontró el host de %1: compruebe la URL de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 closed the connection without answering — check the port, and http:// versus https://.</source>
        <translation>Spoolman en %1 cerró la conexión sin responder: compruebe el puerto y si es http:// o https://.</translation>
    </message>
    <message>
        <source>Spoolman at %1 did not answer within %2 — is it running?</source>
        <translation>Spoolman en %1 no respondió en %2: ¿está en marcha?</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address — check the Spoolman URL.</source>
        <translation>%1 no es una dirección http:// o https://: compruebe la URL de Spoolman.</translation>
    </message>
    <message>
        <source>Could not reach Spoolman at %1 (%2) — check the URL and the network.</source>
        <translation>No se pudo acceder a Spoolman en %1 (%2): compruebe la URL y la red.</translation>
    </message>
    <message>
        <source>Spoolman refused the request because it carried an Origin header it does not trust; Spoolbridge sends none, so a reverse proxy must be adding it — remove it there or set SPOOLMAN_CORS_ORIGIN. Spoolman said: %1</source>
        <translation>Spoolman rechazó la solicitud porque llevaba una cabecera Origin en la que no confía; Spoolbridge no envía ninguna, así que debe añadirla un proxy inverso: quítela allí o defina SPOOLMAN_CORS_ORIGIN. Spoolman dijo: %1</translation>
    </message>
    <message>
        <source>The server at %1 refused access (HTTP %2) — check the reverse proxy&apos;s user name and password or header in the Spoolman settings.</source>
        <translation>El servidor en %1 denegó el acceso (HTTP %2): compruebe el nombre de usuario y la contraseña o la cabecera del proxy inverso en la configuración de Spoolman.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with an HTML page (HTTP %2) instead of Spoolman&apos;s API — check the URL and the reverse proxy.</source>
        <translation>Spoolman en %1 respondió con una página HTML (HTTP %2) en lugar de la API de Spoolman: compruebe la URL y el proxy inverso.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL and any path prefix.</source>
        <translation>Spoolman en %1 no tiene esa dirección de API (HTTP 404): compruebe la URL y cualquier prefijo de ruta.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP 500) — check Spoolman&apos;s log.</source>
        <translation>Spoolman en %1 falló con un error interno (HTTP 500): consulte el registro de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 is unavailable (HTTP %2) — is it running behind its reverse proxy?</source>
        <translation>Spoolman en %1 no está disponible (HTTP %2): ¿está en marcha detrás de su proxy inverso?</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered HTTP %2 with something that is not Spoolman&apos;s JSON — check the URL and the reverse proxy.</source>
        <translation>Spoolman en %1 respondió HTTP %2 con algo que no es el JSON de Spoolman: compruebe la URL y el proxy inverso.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2) — check Spoolman&apos;s log.</source>
        <translation>Spoolman en %1 falló con un error interno (HTTP %2): consulte el registro de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 failed with an internal error (HTTP %2): %3 Check Spoolman&apos;s log.</source>
        <translation>Spoolman en %1 falló con un error interno (HTTP %2): %3 Consulte el registro de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 has no such API address (HTTP 404) — check the URL, and update Spoolman if it is old.</source>
        <translation>Spoolman en %1 no tiene esa dirección de API (HTTP 404): compruebe la URL y actualice Spoolman si es antiguo.</translation>
    </message>
    <message>
        <source>Spoolman: %1</source>
        <translation>Spoolman: %1</translation>
    </message>
    <message>
        <source>Spoolman refused the request (HTTP %1).</source>
        <translation>Spoolman rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Spoolman refused the request: %1</source>
        <translation>Spoolman rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with %2 that Spoolbridge does not understand — is this address really Spoolman?</source>
        <translation>Spoolbridge no entiende la respuesta de Spoolman en %1 (%2): ¿es realmente Spoolman esta dirección?</translation>
    </message>
    <message>
        <source>The secure connection to Spoolman at %1 failed (%2) — for a self-signed certificate, give its CA file in the Spoolman settings.</source>
        <translation>Falló la conexión segura con Spoolman en %1 (%2): para un certificado autofirmado, indique su archivo de CA en la configuración de Spoolman.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected to a less secure address — use the final https:// address directly.</source>
        <translation>Spoolman en %1 redirigió a una dirección menos segura: use directamente la dirección https:// final.</translation>
    </message>
    <message>
        <source>Spoolman at %1 redirected too many times — check the URL and the reverse proxy.</source>
        <translation>Spoolman en %1 redirigió demasiadas veces: compruebe la URL y el proxy inverso.</translation>
    </message>
    <message>
        <source>Spoolman at %1 answered with something that is not JSON (HTTP %2) — check the URL and the reverse proxy.</source>
        <translation>Spoolman en %1 respondió con algo que no es JSON (HTTP %2): compruebe la URL y el proxy inverso.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanEvents</name>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the reverse proxy&apos;s authentication, and that nothing adds an Origin header; retrying.</source>
        <translation>Spoolman en %1 rechazó la conexión de actualizaciones en directo (HTTP %2): compruebe la autenticación del proxy inverso y que nada añade una cabecera Origin; reintentando.</translation>
    </message>
    <message>
        <source>Spoolman at %1 refused the live-update connection (HTTP %2) — check the URL and the reverse proxy&apos;s websocket support; retrying.</source>
        <translation>Spoolman en %1 rechazó la conexión de actualizaciones en directo (HTTP %2): compruebe la URL y la compatibilidad del proxy inverso con WebSocket; reintentando.</translation>
    </message>
    <message>
        <source>Live updates from Spoolman at %1 failed (%2) — retrying.</source>
        <translation>Fallaron las actualizaciones en directo de Spoolman en %1 (%2): reintentando.</translation>
    </message>
    <message>
        <source>no answer to a ping</source>
        <translation>sin respuesta a un ping</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanStandin</name>
    <message>
        <source>Cannot open the stand-in database %1: %2</source>
        <translation>No se puede abrir la base de datos sustituta %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SpoolmanUsageSink</name>
    <message>
        <source>Spoolman is not configured.</source>
        <translation>Spoolman no está configurado.</translation>
    </message>
    <message>
        <source>No Spoolman spool carries the tag %1.</source>
        <translation>Ninguna bobina de Spoolman lleva la etiqueta %1.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::SyncEngine</name>
    <message>
        <source>Spoolbridge could not register the &quot;tag&quot; field in Spoolman: %1</source>
        <translation>Spoolbridge no pudo registrar el campo «tag» en Spoolman: %1</translation>
    </message>
    <message>
        <source>%1 Spoolbridge syncs this printer again when Spoolman answers.</source>
        <translation>%1 Spoolbridge volverá a sincronizar esta impresora cuando Spoolman responda.</translation>
    </message>
    <message>
        <source>%1 Sync again once Spoolman answers.</source>
        <translation>%1 Vuelva a sincronizar cuando Spoolman responda.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: insert the spool before linking it.</source>
        <translation>%1 está vacía: inserte la bobina antes de vincularla.</translation>
    </message>
    <message>
        <source>Unlinked by you — link it to a Spoolman spool to sync it again.</source>
        <translation>Desvinculado por usted: vincúlelo a una bobina de Spoolman para volver a sincronizarlo.</translation>
    </message>
    <message>
        <source>Non-Bambu Lab spool — link it manually</source>
        <translation>Bobina que no es de Bambu Lab: vincúlela manualmente</translation>
    </message>
    <message>
        <source>No Spoolman spool carries this RFID tag and automatic creation is off — link it manually or turn on automatic creation.</source>
        <translation>Ninguna bobina de Spoolman lleva esta etiqueta RFID y la creación automática está desactivada: vincúlela manualmente o active la creación automática.</translation>
    </message>
    <message>
        <source>could not create the Spoolman spool for RFID tag %1: %2</source>
        <translation>no se pudo crear la bobina de Spoolman para la etiqueta RFID %1: %2</translation>
    </message>
    <message>
        <source>The linked Spoolman spool #%1 was deleted — link the slot again.</source>
        <translation>Se eliminó la bobina de Spoolman vinculada #%1: vuelva a vincular la ranura.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::TlsContext</name>
    <message>
        <source>Could not set up TLS (OpenSSL failed to create a context).</source>
        <translation>No se pudo configurar TLS (OpenSSL no pudo crear un contexto).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2. Check the path in the printer settings.</source>
        <translation>No se puede leer el archivo de certificado de CA %1: %2. Compruebe la ruta en la configuración de la impresora.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Choose a CA certificate in PEM format.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM. Elija un certificado de CA en formato PEM.</translation>
    </message>
    <message>
        <source>The built-in CA certificates could not be loaded.</source>
        <translation>No se pudieron cargar los certificados de CA integrados.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint &quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>La huella de certificado fijada «%1» no es una huella SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>No trusted CA certificate is configured, so the server cannot be verified.</source>
        <translation>No hay ningún certificado de CA de confianza configurado, así que no se puede verificar el servidor.</translation>
    </message>
    <message>
        <source>the certificate does not match the pinned fingerprint</source>
        <translation>el certificado no coincide con la huella fijada</translation>
    </message>
    <message>
        <source>the certificate is issued to &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>el certificado está emitido para «%1», no para «%2»</translation>
    </message>
    <message>
        <source>it is not issued by a trusted CA (%1)</source>
        <translation>no está emitido por una CA de confianza (%1)</translation>
    </message>
    <message>
        <source>it is outside its validity period (%1); check the computer&apos;s clock</source>
        <translation>está fuera de su periodo de validez (%1); compruebe el reloj del ordenador</translation>
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
        <translation>Añadir bobina a Spoolman</translation>
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
        <translation>Vista previa del color</translation>
    </message>
    <message>
        <source>RRGGBB, e.g. 1E88E5</source>
        <translation>RRGGBB, p. ej. 1E88E5</translation>
    </message>
    <message>
        <source>Colour as hex code</source>
        <translation>Color como código hexadecimal</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Name of the new vendor</source>
        <translation>Nombre del nuevo fabricante</translation>
    </message>
    <message>
        <source>New vendor name</source>
        <translation>Nombre del nuevo fabricante</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Optional, e.g. PLA Basic</source>
        <translation>Opcional, p. ej. PLA Basic</translation>
    </message>
    <message>
        <source>Filament name</source>
        <translation>Nombre del filamento</translation>
    </message>
    <message>
        <source>Filament &amp;name:</source>
        <translation>&amp;Nombre del filamento:</translation>
    </message>
    <message>
        <source>Initial filament weight</source>
        <translation>Peso inicial del filamento</translation>
    </message>
    <message>
        <source>The weight of the filament on a full spool, without the spool itself.</source>
        <translation>El peso del filamento en una bobina llena, sin la propia bobina.</translation>
    </message>
    <message>
        <source>&amp;Initial weight:</source>
        <translation>Peso &amp;inicial:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Empty spool weight</source>
        <translation>Peso de la bobina vacía</translation>
    </message>
    <message>
        <source>The weight of the empty spool, for weighing spools on a scale later.</source>
        <translation>El peso de la bobina vacía, para pesar las bobinas en una báscula más adelante.</translation>
    </message>
    <message>
        <source>&amp;Empty spool weight:</source>
        <translation>Peso de la bobina &amp;vacía:</translation>
    </message>
    <message>
        <source> per kg</source>
        <translation> por kg</translation>
    </message>
    <message>
        <source>Cost per kilogram</source>
        <translation>Coste por kilogramo</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;oste:</translation>
    </message>
    <message>
        <source>&amp;Add to Spoolman</source>
        <translation>&amp;Añadir a Spoolman</translation>
    </message>
    <message>
        <source>Creates a spool in Spoolman for &lt;b&gt;%1&lt;/b&gt; and links it.</source>
        <translation>Crea una bobina en Spoolman para &lt;b&gt;%1&lt;/b&gt; y la vincula.</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>Nuevo fabricante…</translation>
    </message>
    <message>
        <source>No valid colour yet</source>
        <translation>Todavía no hay un color válido</translation>
    </message>
    <message>
        <source>Enter the material, for example PLA.</source>
        <translation>Introduzca el material, por ejemplo PLA.</translation>
    </message>
    <message>
        <source>Enter the colour as six hex digits (RRGGBB), or pick it.</source>
        <translation>Introduzca el color como seis dígitos hexadecimales (RRGGBB) o elíjalo.</translation>
    </message>
    <message>
        <source>Enter the new vendor&apos;s name, or choose an existing vendor.</source>
        <translation>Introduzca el nombre del nuevo fabricante o elija un fabricante existente.</translation>
    </message>
    <message>
        <source>The empty spool weighs more than twice the filament — check both weights.</source>
        <translation>La bobina vacía pesa más del doble que el filamento: compruebe ambos pesos.</translation>
    </message>
    <message>
        <source>A colour needs six hex digits (RRGGBB), e.g. 1E88E5.</source>
        <translation>Un color necesita seis dígitos hexadecimales (RRGGBB), p. ej. 1E88E5.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AmsUnitWidget</name>
    <message>
        <source>Humidity</source>
        <translation>Humedad</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>Secado</translation>
    </message>
    <message>
        <source>Feeds nozzle</source>
        <translation>Alimenta la boquilla</translation>
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
        <translation>Nivel de humedad %1 de 5 (5 = el más seco)</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>Humedad relativa</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Drying · %1 left</source>
        <translation>Secado · quedan %1</translation>
    </message>
    <message>
        <source>The unit is drying its filament</source>
        <translation>La unidad está secando su filamento</translation>
    </message>
    <message>
        <source>This unit feeds the %1</source>
        <translation>Esta unidad alimenta: %1</translation>
    </message>
    <message>
        <source>External spools</source>
        <translation>Bobinas externas</translation>
    </message>
    <message>
        <source>External spool</source>
        <translation>Bobina externa</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::AppSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after Spoolbridge restarts.</source>
        <translation>El nuevo idioma se aplica después de reiniciar Spoolbridge.</translation>
    </message>
    <message>
        <source>Start Spoolbridge when I &amp;log in</source>
        <translation>Iniciar Spoolbridge al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray; the window starts minimised instead.</source>
        <translation>Este escritorio no tiene bandeja del sistema; la ventana se inicia minimizada en su lugar.</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Avisarme de</translation>
    </message>
    <message>
        <source>Sync &amp;errors</source>
        <translation>&amp;Errores de sincronización</translation>
    </message>
    <message>
        <source>Low &amp;filament (below the low-stock threshold)</source>
        <translation>Poco &amp;filamento (por debajo del umbral de existencias bajas)</translation>
    </message>
    <message>
        <source>A printer going &amp;offline</source>
        <translation>Una impresora que se &amp;desconecta</translation>
    </message>
    <message>
        <source>Spools loaded or &amp;unloaded (including unlinked spools)</source>
        <translation>Bobinas cargadas o &amp;retiradas (incluidas las no vinculadas)</translation>
    </message>
    <message>
        <source>&amp;Finished prints and usage waiting for Spoolman</source>
        <translation>Impresiones &amp;terminadas y consumo pendiente de Spoolman</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ConnectionTestWidget</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection to Spoolman</source>
        <translation>Probar la conexión con Spoolman</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first.</source>
        <translation>Introduzca primero la dirección de Spoolman.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contactando con %1…</translation>
    </message>
    <message>
        <source>Spoolman at %1 cannot be used — check the address and try again.</source>
        <translation>No se puede usar Spoolman en %1: compruebe la dirección y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Connected&lt;/b&gt;&lt;/span&gt; to Spoolman %2 at %3.</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;Conectado&lt;/b&gt;&lt;/span&gt; a Spoolman %2 en %3.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Ida y vuelta: %1 ms</translation>
    </message>
    <message>
        <source>Spools are looked up by tag on the server.</source>
        <translation>Las bobinas se buscan por etiqueta en el servidor.</translation>
    </message>
    <message>
        <source>Spools are found by reading the whole list (Spoolman older than 0.25).</source>
        <translation>Las bobinas se encuentran leyendo la lista completa (Spoolman anterior a 0.25).</translation>
    </message>
    <message>
        <source>Extra fields to register on the first sync: %1</source>
        <translation>Campos adicionales que se registrarán en la primera sincronización: %1</translation>
    </message>
    <message>
        <source>Extra fields present: %1</source>
        <translation>Campos adicionales presentes: %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::EnvironmentChartView</name>
    <message>
        <source>AMS humidity and temperature</source>
        <translation>Humedad y temperatura del AMS</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>AMS unit</source>
        <translation>Unidad AMS</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Solid lines: humidity · dashed lines: temperature</source>
        <translation>Líneas continuas: humedad · líneas discontinuas: temperatura</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Humidity (%)</source>
        <translation>Humedad (%)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Humidity and temperature chart</source>
        <translation>Gráfico de humedad y temperatura</translation>
    </message>
    <message>
        <source>No climate data yet</source>
        <translation>Todavía no hay datos climáticos</translation>
    </message>
    <message>
        <source>Humidity and temperature of each AMS unit are recorded once a minute while the printer is connected, and kept for a week.</source>
        <translation>La humedad y la temperatura de cada unidad AMS se registran una vez por minuto mientras la impresora está conectada y se conservan durante una semana.</translation>
    </message>
    <message>
        <source>AMS %1</source>
        <translation>AMS %1</translation>
    </message>
    <message>
        <source>AMS climate</source>
        <translation>Clima del AMS</translation>
    </message>
    <message>
        <source>AMS climate · %1</source>
        <translation>Clima del AMS · %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>%1 humidity</source>
        <translation>%1 humedad</translation>
    </message>
    <message>
        <source>%1 temperature</source>
        <translation>%1 temperatura</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Spoolbridge</source>
        <translation>Bienvenido a Spoolbridge</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <source>Your printer</source>
        <translation>Su impresora</translation>
    </message>
    <message>
        <source>Choose a printer found on your network, or enter its details.</source>
        <translation>Elija una impresora encontrada en su red o introduzca sus datos.</translation>
    </message>
    <message>
        <source>Printers in &lt;b&gt;LAN mode&lt;/b&gt; found on your network:</source>
        <translation>Impresoras en &lt;b&gt;modo LAN&lt;/b&gt; encontradas en su red:</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>Impresoras encontradas en su red</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nombre de la impresora</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C del taller</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Dirección de la impresora</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>On the printer&apos;s screen under Settings → Device</source>
        <translation>En la pantalla de la impresora, en Ajustes → Dispositivo</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Número de &amp;serie:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>The printer only lets Spoolbridge in with its LAN access code.</source>
        <translation>La impresora solo deja entrar a Spoolbridge con su código de acceso LAN.</translation>
    </message>
    <message>
        <source>Find the 8-character code on the printer&apos;s screen: &lt;b&gt;Settings → Network → Access Code&lt;/b&gt; (X1, P1) or &lt;b&gt;Settings → LAN Only Mode&lt;/b&gt; (A1). It changes when you turn LAN mode off and on.</source>
        <translation>El código de 8 caracteres está en la pantalla de la impresora: &lt;b&gt;Ajustes → Red → Código de acceso&lt;/b&gt; (X1, P1) o &lt;b&gt;Ajustes → Modo solo LAN&lt;/b&gt; (A1). Cambia al desactivar y volver a activar el modo LAN.</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>Código de a&amp;cceso:</translation>
    </message>
    <message>
        <source>S&amp;how the code</source>
        <translation>&amp;Mostrar el código</translation>
    </message>
    <message>
        <source>The code is kept in your system&apos;s keychain, not in the settings file.</source>
        <translation>El código se guarda en el llavero de su sistema, no en el archivo de configuración.</translation>
    </message>
    <message>
        <source>The access code has 8 characters.</source>
        <translation>El código de acceso tiene 8 caracteres.</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Where your Spoolman inventory runs. Leave it empty to set it up later.</source>
        <translation>Dónde se ejecuta su inventario de Spoolman. Déjelo vacío para configurarlo más tarde.</translation>
    </message>
    <message>
        <source>Spoolman address</source>
        <translation>Dirección de Spoolman</translation>
    </message>
    <message>
        <source>http://192.168.1.50:7912</source>
        <translation>http://192.168.1.50:7912</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Introduzca primero la dirección de Spoolman, por ejemplo http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Impresora Bambu Lab</translation>
    </message>
    <message>
        <source>Searching… Printers in LAN mode announce themselves every few seconds. You can also enter the address and serial number below.</source>
        <translation>Buscando… Las impresoras en modo LAN se anuncian cada pocos segundos. También puede introducir la dirección y el número de serie abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) found. Choose one, or enter another below.</source>
        <translation>
            <numerusform>Se encontró %n impresora. Elíjala o introduzca otra abajo.</numerusform>
            <numerusform>Se encontraron %n impresoras. Elija una o introduzca otra abajo.</numerusform>
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
        <translation>Historial de consumo</translation>
    </message>
    <message>
        <source>Print jobs and filament used</source>
        <translation>Trabajos de impresión y filamento usado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Job / spool</source>
        <translation>Trabajo / bobina</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Medido por</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>No prints recorded yet</source>
        <translation>Todavía no se han registrado impresiones</translation>
    </message>
    <message>
        <source>When a print finishes, the filament it used is recorded here per spool and written to Spoolman. You can undo an entry if it was wrong.</source>
        <translation>Cuando termina una impresión, el filamento usado se registra aquí por bobina y se escribe en Spoolman. Puede deshacer una entrada si es incorrecta.</translation>
    </message>
    <message>
        <source>3MF</source>
        <translation>3MF</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>AMS remain</source>
        <translation>Restante AMS</translation>
    </message>
    <message>
        <source>Grams per filament from the print file (3MF), scaled by how far the print got.</source>
        <translation>Gramos por filamento del archivo de impresión (3MF), escalados según el avance de la impresión.</translation>
    </message>
    <message>
        <source>The print&apos;s total weight scaled by its progress (no per-filament data was available).</source>
        <translation>El peso total de la impresión, escalado según su avance (no había datos por filamento).</translation>
    </message>
    <message>
        <source>The drop of the AMS remaining-filament estimate times the spool weight (least exact).</source>
        <translation>La bajada de la estimación de filamento restante del AMS multiplicada por el peso de la bobina (la menos exacta).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Bobina #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the usage of %1</source>
        <translation>Deshacer el consumo de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Recorded; written to Spoolman as soon as it can be reached.</source>
        <translation>Registrado; se escribirá en Spoolman en cuanto esté accesible.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Ya deshecho.</translation>
    </message>
    <message>
        <source>Give the grams of this print back to the spools.</source>
        <translation>Devolver a las bobinas los gramos de esta impresión.</translation>
    </message>
    <message>
        <source>Undo usage?</source>
        <translation>¿Deshacer el consumo?</translation>
    </message>
    <message>
        <source>Give %1 back to the spools used by “%2” on %3?</source>
        <translation>¿Devolver %1 a las bobinas usadas por «%2» el %3?</translation>
    </message>
    <message>
        <source>The usage has not reached Spoolman yet; it will not be sent.</source>
        <translation>El consumo aún no ha llegado a Spoolman; no se enviará.</translation>
    </message>
    <message>
        <source>Spoolman&apos;s remaining weight goes up by the same amount.</source>
        <translation>El peso restante en Spoolman aumenta en la misma cantidad.</translation>
    </message>
    <message>
        <source>Undo usage</source>
        <translation>Deshacer el consumo</translation>
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
        <translation>No cargada</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · bajo</translation>
    </message>
    <message>
        <source>Below the low-stock threshold of %1 g.</source>
        <translation>Por debajo del umbral de existencias bajas de %1 g.</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Bobina</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Loaded in</source>
        <translation>Cargada en</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Filter by spool, material, vendor, printer or location</source>
        <translation>Filtrar por bobina, material, fabricante, impresora o ubicación</translation>
    </message>
    <message>
        <source>Filter inventory</source>
        <translation>Filtrar el inventario</translation>
    </message>
    <message>
        <source>L&amp;oaded only</source>
        <translation>Solo &amp;cargadas</translation>
    </message>
    <message>
        <source>Lo&amp;w stock only</source>
        <translation>Solo existencias &amp;bajas</translation>
    </message>
    <message>
        <source>Spools</source>
        <translation>Bobinas</translation>
    </message>
    <message>
        <source>No spools yet</source>
        <translation>Todavía no hay bobinas</translation>
    </message>
    <message>
        <source>Spools from Spoolman that are linked to your printers appear here, with what is loaded where and how much is left.</source>
        <translation>Aquí aparecen las bobinas de Spoolman vinculadas a sus impresoras, con lo que está cargado en cada sitio y cuánto queda.</translation>
    </message>
    <message numerus="yes">
        <source>%n spool(s)</source>
        <translation>
            <numerusform>%n bobina</numerusform>
            <numerusform>%n bobinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n loaded</source>
        <translation>
            <numerusform> · %n cargada</numerusform>
            <numerusform> · %n cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n low (under %1 g)</source>
        <translation>
            <numerusform> · %n baja (menos de %1 g)</numerusform>
            <numerusform> · %n bajas (menos de %1 g)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n mostrada</numerusform>
            <numerusform> · %n mostradas</numerusform>
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
        <translation>Externa</translation>
    </message>
    <message>
        <source>External L</source>
        <translation>Externa I</translation>
    </message>
    <message>
        <source>External R</source>
        <translation>Externa D</translation>
    </message>
    <message>
        <source>Left nozzle</source>
        <translation>Boquilla izquierda</translation>
    </message>
    <message>
        <source>Right nozzle</source>
        <translation>Boquilla derecha</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Bambu Lab</source>
        <translation>Bambu Lab</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::LinkSpoolDialog</name>
    <message>
        <source>Link to a Spoolman spool</source>
        <translation>Vincular con una bobina de Spoolman</translation>
    </message>
    <message>
        <source>Filter by name, vendor, material or location</source>
        <translation>Filtrar por nombre, fabricante, material o ubicación</translation>
    </message>
    <message>
        <source>Filter spools</source>
        <translation>Filtrar bobinas</translation>
    </message>
    <message>
        <source>Unlinked spools</source>
        <translation>Bobinas sin vincular</translation>
    </message>
    <message>
        <source>No unlinked spools in Spoolman</source>
        <translation>No hay bobinas sin vincular en Spoolman</translation>
    </message>
    <message>
        <source>Every spool in Spoolman is already linked to a slot. Add this spool to Spoolman instead, or unlink a spool you no longer use.</source>
        <translation>Todas las bobinas de Spoolman ya están vinculadas a una ranura. Añada esta bobina a Spoolman o desvincule una bobina que ya no use.</translation>
    </message>
    <message>
        <source>No spool matches the filter. Clear it to see every unlinked spool.</source>
        <translation>Ninguna bobina coincide con el filtro. Bórrelo para ver todas las bobinas sin vincular.</translation>
    </message>
    <message>
        <source>Loading spools from Spoolman…</source>
        <translation>Cargando bobinas desde Spoolman…</translation>
    </message>
    <message>
        <source>Loading spools</source>
        <translation>Cargando bobinas</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Link the selected spool</source>
        <translation>Vincular la bobina seleccionada</translation>
    </message>
    <message>
        <source>Choose the Spoolman spool that is loaded in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Elija la bobina de Spoolman que está cargada en &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked spool(s)</source>
        <translation>
            <numerusform>%n bobina sin vincular</numerusform>
            <numerusform>%n bobinas sin vincular</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 spools shown</source>
        <translation>Se muestran %1 de %2 bobinas</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n match(es) this slot</source>
        <translation>
            <numerusform>%1 · %n coincide con esta ranura</numerusform>
            <numerusform>%1 · %n coinciden con esta ranura</numerusform>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>No printers yet</source>
        <translation>Todavía no hay impresoras</translation>
    </message>
    <message>
        <source>Add a Bambu Lab printer and your Spoolman server in Settings to keep your AMS slots and your inventory in sync.</source>
        <translation>Añada una impresora Bambu Lab y su servidor Spoolman en la configuración para mantener sincronizados sus ranuras AMS y su inventario.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>AMS slots</source>
        <translation>Ranuras AMS</translation>
    </message>
    <message>
        <source>No sync has run yet</source>
        <translation>Todavía no se ha sincronizado</translation>
    </message>
    <message>
        <source>Press Sync now, or load a spool while auto sync is on. Synced, skipped and failed spools will be listed here with the reason for each.</source>
        <translation>Pulse Sincronizar ahora o cargue una bobina con la sincronización automática activada. Aquí se mostrarán las bobinas sincronizadas, omitidas y fallidas con el motivo de cada una.</translation>
    </message>
    <message>
        <source>Sync results</source>
        <translation>Resultados de sincronización</translation>
    </message>
    <message>
        <source>No inventory loaded</source>
        <translation>No se ha cargado ningún inventario</translation>
    </message>
    <message>
        <source>Once Spoolman is connected, the spools it holds and where they are loaded appear here.</source>
        <translation>Cuando Spoolman esté conectado, aquí aparecerán sus bobinas y dónde están cargadas.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>No usage recorded yet</source>
        <translation>Todavía no se ha registrado ningún consumo</translation>
    </message>
    <message>
        <source>Every finished print adds the grams it used per spool here, including whether Spoolman has received them.</source>
        <translation>Cada impresión terminada añade aquí los gramos usados por bobina, indicando si Spoolman los ha recibido.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Not enough data for charts</source>
        <translation>No hay datos suficientes para los gráficos</translation>
    </message>
    <message>
        <source>Charts of filament use per day, material and printer appear after the first recorded prints.</source>
        <translation>Los gráficos de consumo de filamento por día, material e impresora aparecen tras las primeras impresiones registradas.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Spoolman not configured</source>
        <translation>Spoolman no configurado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Match every loaded spool with Spoolman now</source>
        <translation>Comparar ahora cada bobina cargada con Spoolman</translation>
    </message>
    <message>
        <source>Auto: sync whenever the AMS changes</source>
        <translation>Automática: sincronizar cada vez que cambie el AMS</translation>
    </message>
    <message>
        <source>Manual: sync only with Sync now</source>
        <translation>Manual: sincronizar solo con Sincronizar ahora</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Filter printers</source>
        <translation>Filtrar impresoras</translation>
    </message>
    <message>
        <source>Filter printers by name or model</source>
        <translation>Filtrar impresoras por nombre o modelo</translation>
    </message>
    <message>
        <source>Auto sync</source>
        <translation>Sincronización automática</translation>
    </message>
    <message>
        <source>Manual sync</source>
        <translation>Sincronización manual</translation>
    </message>
    <message>
        <source>Sync mode: Auto. Spools are synced whenever the AMS changes.</source>
        <translation>Modo de sincronización: automático. Las bobinas se sincronizan cada vez que cambia el AMS.</translation>
    </message>
    <message>
        <source>Sync mode: Manual. Spools are synced only when you press Sync now.</source>
        <translation>Modo de sincronización: manual. Las bobinas solo se sincronizan cuando pulsa Sincronizar ahora.</translation>
    </message>
    <message>
        <source>Spool UUID copied to the clipboard</source>
        <translation>UUID de la bobina copiado al portapapeles</translation>
    </message>
    <message>
        <source>Spoolman status: %1</source>
        <translation>Estado de Spoolman: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Cannot open the spool: set your Spoolman server&apos;s address in Settings first.</source>
        <translation>No se puede abrir la bobina: indique primero la dirección de su servidor Spoolman en la configuración.</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser is set up on this system.</source>
        <translation>No se pudo abrir %1: no hay ningún navegador web configurado en este sistema.</translation>
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
        <translation>modelo desconocido</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterEditDialog</name>
    <message>
        <source>Add printer</source>
        <translation>Añadir impresora</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Found on your network:</source>
        <translation>Encontradas en su red:</translation>
    </message>
    <message>
        <source>Printers found on your network</source>
        <translation>Impresoras encontradas en su red</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nombre de la impresora</translation>
    </message>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C del taller</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;LAN (direct, needs the access code)</source>
        <translation>&amp;LAN (directo, necesita el código de acceso)</translation>
    </message>
    <message>
        <source>Bambu &amp;cloud</source>
        <translation>N&amp;ube de Bambu</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Dirección de la impresora</translation>
    </message>
    <message>
        <source>192.168.1.60</source>
        <translation>192.168.1.60</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>00M09A123456789</source>
        <translation>00M09A123456789</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Número de &amp;serie:</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Shown on the printer&apos;s screen under Settings → Network (LAN only mode).</source>
        <translation>Se muestra en la pantalla de la impresora en Ajustes → Red (modo solo LAN).</translation>
    </message>
    <message>
        <source>A&amp;ccess code:</source>
        <translation>Código de a&amp;cceso:</translation>
    </message>
    <message>
        <source>Edit printer</source>
        <translation>Editar impresora</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Impresora Bambu Lab</translation>
    </message>
    <message>
        <source>No printer answered yet. Printers in LAN mode announce themselves every few seconds; you can also enter the address yourself.</source>
        <translation>Todavía no ha respondido ninguna impresora. Las impresoras en modo LAN se anuncian cada pocos segundos; también puede introducir la dirección usted mismo.</translation>
    </message>
    <message>
        <source>Choose a printer to fill in its address and serial number.</source>
        <translation>Elija una impresora para rellenar su dirección y número de serie.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s access code (on its screen under Settings → Network).</source>
        <translation>Introduzca el código de acceso de la impresora (en su pantalla, en Ajustes → Red).</translation>
    </message>
    <message>
        <source>The access code has 8 characters; check it on the printer&apos;s screen.</source>
        <translation>El código de acceso tiene 8 caracteres; compruébelo en la pantalla de la impresora.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrinterView</name>
    <message>
        <source>This printer has not reported an AMS or an external spool yet.</source>
        <translation>Esta impresora todavía no ha informado de ningún AMS ni de ninguna bobina externa.</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progreso del trabajo</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Impresora %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>Modelo desconocido</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (último estado conocido)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Layer %1 of %2</source>
        <translation>Capa %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Ready for the next print</source>
        <translation>Lista para la próxima impresión</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::PrintersSettingsPage</name>
    <message>
        <source>Printers Spoolbridge connects to. In LAN mode it talks to the printer directly and needs the access code shown on the printer&apos;s screen.</source>
        <translation>Impresoras a las que se conecta Spoolbridge. En modo LAN se comunica directamente con la impresora y necesita el código de acceso que aparece en su pantalla.</translation>
    </message>
    <message>
        <source>Configured printers</source>
        <translation>Impresoras configuradas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>Bambu cloud</source>
        <translation>Nube de Bambu</translation>
    </message>
    <message>
        <source>Bambu Lab printer</source>
        <translation>Impresora Bambu Lab</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Two printers have the serial number %1; remove one of them.</source>
        <translation>Dos impresoras tienen el número de serie %1; quite una de ellas.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SettingsDialog</name>
    <message>
        <source>Spoolbridge Settings</source>
        <translation>Configuración de Spoolbridge</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Mensaje de configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A password or access code could not be stored: %1</source>
        <translation>No se pudo guardar una contraseña o un código de acceso: %1</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotCard</name>
    <message>
        <source>Press Enter to show details and Spoolman actions for this slot.</source>
        <translation>Pulse Intro para ver los detalles y las acciones de Spoolman de esta ranura.</translation>
    </message>
    <message>
        <source>Multicolour</source>
        <translation>Multicolor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Ranura %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>%1 percent left</source>
        <translation>queda un %1 por ciento</translation>
    </message>
    <message>
        <source>remaining amount unknown</source>
        <translation>cantidad restante desconocida</translation>
    </message>
    <message>
        <source>linked to Spoolman spool %1</source>
        <translation>vinculada a la bobina de Spoolman %1</translation>
    </message>
    <message>
        <source>not linked to Spoolman</source>
        <translation>no vinculada a Spoolman</translation>
    </message>
    <message>
        <source>skipped by sync</source>
        <translation>omitida por la sincronización</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message>
        <source>Slot details</source>
        <translation>Detalles de la ranura</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>K factor</source>
        <translation>Factor K</translation>
    </message>
    <message>
        <source>Fill level</source>
        <translation>Nivel de llenado</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>Copy spool UUID</source>
        <translation>Copiar el UUID de la bobina</translation>
    </message>
    <message>
        <source>Copy the full spool UUID to the clipboard</source>
        <translation>Copiar el UUID completo de la bobina al portapapeles</translation>
    </message>
    <message>
        <source>Spool UUID</source>
        <translation>UUID de la bobina</translation>
    </message>
    <message>
        <source>Open in Spoolman</source>
        <translation>Abrir en Spoolman</translation>
    </message>
    <message>
        <source>Link to Spoolman</source>
        <translation>Vincular con Spoolman</translation>
    </message>
    <message>
        <source>Add to Spoolman</source>
        <translation>Añadir a Spoolman</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Remove this slot&apos;s tag from the Spoolman spool</source>
        <translation>Quitar la etiqueta de esta ranura de la bobina de Spoolman</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown filament</source>
        <translation>Filamento desconocido</translation>
    </message>
    <message>
        <source>%1 · Empty</source>
        <translation>%1 · Vacía</translation>
    </message>
    <message>
        <source>No spool in this slot</source>
        <translation>No hay ninguna bobina en esta ranura</translation>
    </message>
    <message>
        <source>Linked to Spoolman spool #%1</source>
        <translation>Vinculada a la bobina de Spoolman #%1</translation>
    </message>
    <message>
        <source>Not linked to Spoolman</source>
        <translation>No vinculada a Spoolman</translation>
    </message>
    <message>
        <source>Skipped by sync</source>
        <translation>Omitida por la sincronización</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>%1 · in use</source>
        <translation>%1 · en uso</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>Multicolor (%n color)</numerusform>
            <numerusform>Multicolor (%n colores)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown (not reported for this spool)</source>
        <translation>Desconocido (no informado para esta bobina)</translation>
    </message>
    <message>
        <source>%1 left · spool #%2</source>
        <translation>quedan %1 · bobina #%2</translation>
    </message>
    <message>
        <source>Spool #%1</source>
        <translation>Bobina #%1</translation>
    </message>
    <message>
        <source>Spool UUID %1</source>
        <translation>UUID de la bobina %1</translation>
    </message>
    <message>
        <source>Details for slot %1</source>
        <translation>Detalles de la ranura %1</translation>
    </message>
    <message>
        <source>Spoolman is not set up. Add your Spoolman server in Settings to link this spool.</source>
        <translation>Spoolman no está configurado. Añada su servidor Spoolman en la configuración para vincular esta bobina.</translation>
    </message>
    <message>
        <source>Not checked against Spoolman yet. Press Sync now to look this spool up.</source>
        <translation>Todavía no se ha comprobado en Spoolman. Pulse Sincronizar ahora para buscar esta bobina.</translation>
    </message>
    <message>
        <source>Spoolman has no unlinked spools to link to. Use Add to Spoolman to create one.</source>
        <translation>Spoolman no tiene bobinas sin vincular que se puedan vincular. Use Añadir a Spoolman para crear una.</translation>
    </message>
    <message>
        <source>Pick one of Spoolman&apos;s unlinked spools for this slot</source>
        <translation>Elegir una de las bobinas sin vincular de Spoolman para esta ranura</translation>
    </message>
    <message>
        <source>Open spool #%1 in Spoolman in your browser</source>
        <translation>Abrir la bobina #%1 de Spoolman en el navegador</translation>
    </message>
    <message>
        <source>Create a new Spoolman spool for this filament and link it</source>
        <translation>Crear una nueva bobina de Spoolman para este filamento y vincularla</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SpoolRowText</name>
    <message>
        <source>Spool #%1</source>
        <translation>Bobina #%1</translation>
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
        <translation>Desconocido</translation>
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
        <translation>Dirección de Spoolman</translation>
    </message>
    <message>
        <source>Spoolman&apos;s address, with a path if it runs behind a reverse proxy. Leave empty to use Spoolbridge without Spoolman.</source>
        <translation>La dirección de Spoolman, con una ruta si se ejecuta detrás de un proxy inverso. Déjela vacía para usar Spoolbridge sin Spoolman.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>None (Spoolman itself has no login)</source>
        <translation>Ninguna (Spoolman no tiene inicio de sesión)</translation>
    </message>
    <message>
        <source>Header (API key of a reverse proxy)</source>
        <translation>Cabecera (clave de API de un proxy inverso)</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Nombre de usuario y contraseña (básica)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utenticación:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nombre de la cabecera</translation>
    </message>
    <message>
        <source>X-Api-Key</source>
        <translation>X-Api-Key</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor de la cabecera</translation>
    </message>
    <message>
        <source>Header &amp;name:</source>
        <translation>&amp;Nombre de la cabecera:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>&amp;Valor de la cabecera:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>How long to wait for an answer before giving up.</source>
        <translation>Cuánto esperar una respuesta antes de desistir.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Only for a self-signed https certificate</source>
        <translation>Solo para un certificado https autofirmado</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo de certificado de CA</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Spoolman</source>
        <translation>Spoolman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with http:// or https:// — Spoolman is reached over HTTP, e.g. http://192.168.1.50:7912.</source>
        <translation>«%1» no empieza por http:// o https://: a Spoolman se accede por HTTP, p. ej. http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter Spoolman&apos;s address first, for example http://192.168.1.50:7912.</source>
        <translation>Introduzca primero la dirección de Spoolman, por ejemplo http://192.168.1.50:7912.</translation>
    </message>
    <message>
        <source>Enter the user name the reverse proxy expects, or choose no authentication.</source>
        <translation>Introduzca el nombre de usuario que espera el proxy inverso o elija sin autenticación.</translation>
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
        <translation>Resultados de sincronización</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Modo de sincronización</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Todavía no se ha sincronizado</translation>
    </message>
    <message>
        <source>The results of each sync appear here: how many spools were synced or created, which were skipped and why, and any errors. Press Sync now to start one.</source>
        <translation>Aquí aparecen los resultados de cada sincronización: cuántas bobinas se sincronizaron o crearon, cuáles se omitieron y por qué, y cualquier error. Pulse Sincronizar ahora para iniciar una.</translation>
    </message>
    <message>
        <source>Spools synced</source>
        <translation>Bobinas sincronizadas</translation>
    </message>
    <message>
        <source>Spools created</source>
        <translation>Bobinas creadas</translation>
    </message>
    <message>
        <source>Spools skipped</source>
        <translation>Bobinas omitidas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Skipped spools</source>
        <translation>Bobinas omitidas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Errores de sincronización</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Sincronizaciones recientes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizadas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Spools created in Spoolman</source>
        <translation>Bobinas creadas en Spoolman</translation>
    </message>
    <message>
        <source>Latest sync: %1 · %2</source>
        <translation>Última sincronización: %1 · %2</translation>
    </message>
    <message>
        <source>Sync of %1 · %2</source>
        <translation>Sincronización de %1 · %2</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizadas</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creadas</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidas</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Skipped spools: none</source>
        <translation>Bobinas omitidas: ninguna</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>Errores: ninguno</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Auto&lt;/b&gt; — syncs whenever the AMS changes</source>
        <translation>Modo: &lt;b&gt;automático&lt;/b&gt;: sincroniza cada vez que cambia el AMS</translation>
    </message>
    <message>
        <source>Mode: &lt;b&gt;Manual&lt;/b&gt; — syncs only when you press Sync now</source>
        <translation>Modo: &lt;b&gt;manual&lt;/b&gt;: sincroniza solo cuando pulsa Sincronizar ahora</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SyncSettingsPage</name>
    <message>
        <source>Workshop X1C</source>
        <translation>X1C del taller</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Cuándo sincronizar</translation>
    </message>
    <message>
        <source>&amp;Auto — whenever the AMS changes (recommended)</source>
        <translation>&amp;Automática: cada vez que cambie el AMS (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Manual — only when you press Sync now</source>
        <translation>&amp;Manual: solo cuando pulse Sincronizar ahora</translation>
    </message>
    <message>
        <source>Location template</source>
        <translation>Plantilla de ubicación</translation>
    </message>
    <message>
        <source>Placeholders: {printer}, {unit}, {slot}, {serial}, {model}</source>
        <translation>Marcadores: {printer}, {unit}, {slot}, {serial}, {model}</translation>
    </message>
    <message>
        <source>Location preview</source>
        <translation>Vista previa de la ubicación</translation>
    </message>
    <message>
        <source>&amp;Location in Spoolman:</source>
        <translation>&amp;Ubicación en Spoolman:</translation>
    </message>
    <message>
        <source>Home location</source>
        <translation>Ubicación de origen</translation>
    </message>
    <message>
        <source>e.g. Shelf 2 (empty = clear the location)</source>
        <translation>p. ej. Estante 2 (vacío = borrar la ubicación)</translation>
    </message>
    <message>
        <source>Where a spool goes in Spoolman when it leaves the AMS.</source>
        <translation>Dónde queda una bobina en Spoolman cuando sale del AMS.</translation>
    </message>
    <message>
        <source>&amp;Home location:</source>
        <translation>Ubicación de &amp;origen:</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Low-stock threshold in grams</source>
        <translation>Umbral de existencias bajas en gramos</translation>
    </message>
    <message>
        <source>Low-stock &amp;threshold:</source>
        <translation>Um&amp;bral de existencias bajas:</translation>
    </message>
    <message>
        <source>&amp;Create missing Bambu Lab spools in Spoolman</source>
        <translation>&amp;Crear en Spoolman las bobinas de Bambu Lab que falten</translation>
    </message>
    <message>
        <source>Link spools by their RFID &amp;tag automatically</source>
        <translation>Vincular bobinas automáticamente por su e&amp;tiqueta RFID</translation>
    </message>
    <message>
        <source>Move spools to the home location when they &amp;leave the AMS</source>
        <translation>Mover las bobinas a la ubicación de origen cuando &amp;salgan del AMS</translation>
    </message>
    <message>
        <source>How used filament is measured</source>
        <translation>Cómo se mide el filamento usado</translation>
    </message>
    <message>
        <source>Per &amp;print (recommended)</source>
        <translation>Por &amp;impresión (recomendado)</translation>
    </message>
    <message>
        <source>Reads the grams per filament from the print file when a print ends and subtracts them from each spool — the slicer&apos;s figures, close to the gram. A cancelled print counts the part that was printed.</source>
        <translation>Lee los gramos por filamento del archivo de impresión al terminar una impresión y los resta de cada bobina: las cifras del laminador, casi al gramo. Una impresión cancelada cuenta la parte impresa.</translation>
    </message>
    <message>
        <source>AMS &amp;estimate</source>
        <translation>&amp;Estimación del AMS</translation>
    </message>
    <message>
        <source>Copies the AMS&apos;s remaining-percentage estimate to Spoolman. Works without print files, but only for Bambu Lab spools and only in steps of about 10 g; it may overwrite weights you measured yourself.</source>
        <translation>Copia en Spoolman la estimación del porcentaje restante del AMS. Funciona sin archivos de impresión, pero solo con bobinas de Bambu Lab y en pasos de unos 10 g; puede sobrescribir pesos que haya medido usted.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Preview: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vista previa: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::TrayController</name>
    <message>
        <source>&amp;Open Spoolbridge</source>
        <translation>&amp;Abrir Spoolbridge</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause sync</source>
        <translation>&amp;Pausar la sincronización</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Spoolbridge — in sync</source>
        <translation>Spoolbridge — sincronizado</translation>
    </message>
    <message>
        <source>Spoolbridge — syncing…</source>
        <translation>Spoolbridge — sincronizando…</translation>
    </message>
    <message>
        <source>Spoolbridge — needs attention</source>
        <translation>Spoolbridge — requiere atención</translation>
    </message>
    <message>
        <source>Spoolbridge — sync paused</source>
        <translation>Spoolbridge — sincronización en pausa</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Resume &amp;sync</source>
        <translation>&amp;Reanudar la sincronización</translation>
    </message>
    <message>
        <source>Low filament on %1</source>
        <translation>Poco filamento en %1</translation>
    </message>
    <message>
        <source>%1 has about %2 g left. Have a new spool ready.</source>
        <translation>A %1 le quedan unos %2 g. Tenga preparada una bobina nueva.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>Falló la sincronización de %1</translation>
    </message>
    <message>
        <source>Unlinked spool on %1</source>
        <translation>Bobina sin vincular en %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not linked to Spoolman. Open Spoolbridge to link it or add it.</source>
        <translation>%1 (%2) no está vinculada a Spoolman. Abra Spoolbridge para vincularla o añadirla.</translation>
    </message>
    <message>
        <source>Usage waiting for Spoolman</source>
        <translation>Consumo pendiente de Spoolman</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1</source>
        <translation>
            <numerusform>%n impresión aún no se pudo escribir en Spoolman; Spoolbridge sigue intentándolo. %1</numerusform>
            <numerusform>%n impresiones aún no se pudieron escribir en Spoolman; Spoolbridge sigue intentándolo. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::UnlinkedSpoolModel</name>
    <message>
        <source>%1 — matches this slot</source>
        <translation>%1 — coincide con esta ranura</translation>
    </message>
    <message>
        <source>Same material and a similar colour as the filament in this slot.</source>
        <translation>Mismo material y color parecido al del filamento de esta ranura.</translation>
    </message>
    <message>
        <source>Unknown vendor</source>
        <translation>Fabricante desconocido</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Sin ubicación</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Bobina</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsageLedger</name>
    <message>
        <source>Spoolbridge ledger</source>
        <translation>Registro de consumo de Spoolbridge</translation>
    </message>
    <message>
        <source>Spoolman did not accept the ledger field: %1</source>
        <translation>Spoolman no aceptó el campo de registro: %1</translation>
    </message>
    <message>
        <source>No spool in Spoolman carries the tag %1 yet; the usage is charged as soon as one does.</source>
        <translation>Ninguna bobina de Spoolman lleva todavía la etiqueta %1; el consumo se imputará en cuanto una la lleve.</translation>
    </message>
    <message>
        <source>Spool #%1 no longer exists in Spoolman. Pick the spool to charge %2 g to, or discard the entry.</source>
        <translation>La bobina #%1 ya no existe en Spoolman. Elija la bobina a la que imputar %2 g o descarte la entrada.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman no longer carries the tag %2 (its id was reused or the tag edited). Pick the spool to charge %3 g to.</source>
        <translation>La bobina #%1 de Spoolman ya no lleva la etiqueta %2 (su identificador se reutilizó o la etiqueta se editó). Elija la bobina a la que imputar %3 g.</translation>
    </message>
    <message>
        <source>Spool #%1 in Spoolman was deleted and its id given to another spool. Pick the spool to charge %2 g to.</source>
        <translation>La bobina #%1 se eliminó en Spoolman y su identificador se asignó a otra bobina. Elija la bobina a la que imputar %2 g.</translation>
    </message>
    <message>
        <source>The %1 field of spool #%2 was edited and cannot be read. Clear it in Spoolman, then retry.</source>
        <translation>El campo %1 de la bobina #%2 se editó y no se puede leer. Bórrelo en Spoolman y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Already applied before an interruption (confirmed by the spool&apos;s ledger field).</source>
        <translation>Ya aplicado antes de una interrupción (confirmado por el campo de registro de la bobina).</translation>
    </message>
    <message>
        <source>Applied before an interruption (used weight moved by exactly this entry).</source>
        <translation>Aplicado antes de una interrupción (el peso usado cambió exactamente en esta entrada).</translation>
    </message>
    <message>
        <source>Spoolbridge was interrupted while charging %1 g to spool #%2, and other changes (%3 g in total since) make it impossible to tell whether the charge arrived. Check the spool, then choose &quot;already applied&quot; or &quot;apply again&quot;.</source>
        <translation>Spoolbridge se interrumpió mientras imputaba %1 g a la bobina #%2, y otros cambios (%3 g en total desde entonces) impiden saber si la imputación llegó. Compruebe la bobina y elija «ya aplicado» o «aplicar de nuevo».</translation>
    </message>
    <message>
        <source>Nothing to give back: Spoolman shows no use on this spool.</source>
        <translation>Nada que devolver: Spoolman no muestra ningún consumo en esta bobina.</translation>
    </message>
    <message>
        <source>The %1 field was removed from Spoolman; it is registered again and the usage sent then.</source>
        <translation>El campo %1 se eliminó de Spoolman; se vuelve a registrar y el consumo se envía después.</translation>
    </message>
    <message>
        <source>Spool #%1 is changing constantly; trying again later.</source>
        <translation>La bobina #%1 cambia constantemente; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Spoolman refused the change to spool #%1: %2</source>
        <translation>Spoolman rechazó el cambio en la bobina #%1: %2</translation>
    </message>
    <message>
        <source>Spoolman is not reachable; the usage is kept and sent later.</source>
        <translation>No se puede acceder a Spoolman; el consumo se guarda y se enviará más tarde.</translation>
    </message>
    <message>
        <source>The folder %1 for the usage ledger cannot be created. Check the permissions.</source>
        <translation>No se puede crear la carpeta %1 del registro de consumo. Compruebe los permisos.</translation>
    </message>
    <message>
        <source>The usage ledger is not open, so the usage was not recorded.</source>
        <translation>El registro de consumo no está abierto, así que el consumo no se registró.</translation>
    </message>
    <message>
        <source>The usage could not be written to the ledger: %1</source>
        <translation>No se pudo escribir el consumo en el registro: %1</translation>
    </message>
    <message>
        <source>There is no usage entry %1.</source>
        <translation>No existe la entrada de consumo %1.</translation>
    </message>
    <message>
        <source>Entry %1 is itself an undo; record the usage again instead of undoing it.</source>
        <translation>La entrada %1 ya es una anulación; registre de nuevo el consumo en lugar de deshacerla.</translation>
    </message>
    <message>
        <source>Entry %1 is already undone.</source>
        <translation>La entrada %1 ya está deshecha.</translation>
    </message>
    <message>
        <source>The ledger could not be updated: %1</source>
        <translation>No se pudo actualizar el registro: %1</translation>
    </message>
    <message>
        <source>Entry %1 needs attention first: %2</source>
        <translation>La entrada %1 requiere atención primero: %2</translation>
    </message>
    <message>
        <source>The undo could not be written to the ledger: %1</source>
        <translation>No se pudo escribir la anulación en el registro: %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be given another spool.</source>
        <translation>Solo a una entrada que requiere atención se le puede asignar otra bobina.</translation>
    </message>
    <message>
        <source>Give the Spoolman spool id or the spool&apos;s tag to charge the entry to.</source>
        <translation>Indique el identificador de la bobina de Spoolman o la etiqueta de la bobina a la que imputar la entrada.</translation>
    </message>
    <message>
        <source>The spool could not be assigned: %1</source>
        <translation>No se pudo asignar la bobina: %1</translation>
    </message>
    <message>
        <source>Only an entry that needs attention can be resolved.</source>
        <translation>Solo se puede resolver una entrada que requiere atención.</translation>
    </message>
    <message>
        <source>Confirmed as applied by a person.</source>
        <translation>Confirmado como aplicado por una persona.</translation>
    </message>
    <message>
        <source>To be applied again, as a person decided.</source>
        <translation>Por aplicar de nuevo, según decidió una persona.</translation>
    </message>
    <message>
        <source>Only an entry that needs attention, or one never sent, can be discarded.</source>
        <translation>Solo se puede descartar una entrada que requiere atención o que nunca se envió.</translation>
    </message>
    <message>
        <source>Discarded by a person.</source>
        <translation>Descartado por una persona.</translation>
    </message>
</context>
<context>
    <name>Spoolbridge::UsagePipeline</name>
    <message>
        <source>the printer&apos;s address or access code is not set, so its 3MF was not read</source>
        <translation>la dirección o el código de acceso de la impresora no está configurado, así que no se leyó su 3MF</translation>
    </message>
    <message>
        <source>The job&apos;s 3MF could not be fetched: %1</source>
        <translation>No se pudo obtener el 3MF del trabajo: %1</translation>
    </message>
    <message>
        <source>No filament use could be charged for &quot;%1&quot;: %2</source>
        <translation>No se pudo imputar ningún consumo de filamento para «%1»: %2</translation>
    </message>
</context>
<context>
    <name>UsageCalculator</name>
    <message>
        <source>The job stopped without reporting how far it got, so the slicer&apos;s estimate was not charged.</source>
        <translation>El trabajo se detuvo sin indicar hasta dónde llegó, así que no se imputó la estimación del laminador.</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g</source>
        <translation>placa %1, filamento %2: %3 g</translation>
    </message>
    <message>
        <source>plate %1, filament %2: %3 g × %4 %</source>
        <translation>placa %1, filamento %2: %3 g × %4 %</translation>
    </message>
    <message>
        <source>Filament %1 (%2 g) was not mapped to any slot; assign a spool to charge it.</source>
        <translation>El filamento %1 (%2 g) no se asignó a ninguna ranura; asigne una bobina para imputarlo.</translation>
    </message>
    <message>
        <source>, %1 % of it from this spool</source>
        <translation>, el %1 % de ello de esta bobina</translation>
    </message>
    <message>
        <source>Slot %1 holds another spool than at the start of the job, so its remaining percentage says nothing about the usage.</source>
        <translation>La ranura %1 contiene otra bobina distinta de la del inicio del trabajo, así que su porcentaje restante no indica nada sobre el consumo.</translation>
    </message>
    <message>
        <source>The spool in slot %1 has no known filament weight, so its %2 % drop cannot be turned into grams.</source>
        <translation>La bobina de la ranura %1 no tiene un peso de filamento conocido, así que su bajada del %2 % no se puede convertir en gramos.</translation>
    </message>
    <message>
        <source>remaining %1 % → %2 % of %3 g</source>
        <translation>restante %1 % → %2 % de %3 g</translation>
    </message>
    <message>
        <source>No usage could be determined for this job: the 3MF was not available and the AMS reported no change in remaining filament.</source>
        <translation>No se pudo determinar ningún consumo para este trabajo: el 3MF no estaba disponible y el AMS no informó de ningún cambio en el filamento restante.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keeps Bambu Lab AMS slots and a Spoolman inventory in sync.</source>
        <translation>Mantiene sincronizadas las ranuras AMS de las impresoras Bambu Lab y un inventario de Spoolman.</translation>
    </message>
    <message>
        <source>Show the demo: a simulated printer and a built-in Spoolman.</source>
        <translation>Mostrar la demostración: una impresora simulada y un Spoolman integrado.</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Iniciar en la bandeja del sistema sin mostrar la ventana.</translation>
    </message>
</context>
</TS>
