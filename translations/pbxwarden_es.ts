<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Activity</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>customer/site</source>
        <translation>cliente/sede</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>inicio de sesión SSH</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>pinned host key</source>
        <translation>clave de host fijada</translation>
    </message>
    <message>
        <source>Added PBX %1 (%2)</source>
        <translation>Se añadió la PBX %1 (%2)</translation>
    </message>
    <message>
        <source>Imported PBX %1 (%2)</source>
        <translation>Se importó la PBX %1 (%2)</translation>
    </message>
    <message>
        <source>Removed PBX %1 (%2)</source>
        <translation>Se eliminó la PBX %1 (%2)</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Guardado sin cambios</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>Pinned SSH host key %1</source>
        <translation>Se fijó la clave de host SSH %1</translation>
    </message>
    <message>
        <source>Re-pinned SSH host key from %1 to %2</source>
        <translation>Se volvió a fijar la clave de host SSH de %1 a %2</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Se añadió el cliente %1</translation>
    </message>
    <message>
        <source>Removed customer %1</source>
        <translation>Se eliminó el cliente %1</translation>
    </message>
    <message>
        <source>Added site %1 of %2</source>
        <translation>Se añadió la sede %1 de %2</translation>
    </message>
    <message>
        <source>Connection check OK: %1</source>
        <translation>Comprobación de conexión correcta: %1</translation>
    </message>
    <message>
        <source>Connection check failed: %1</source>
        <translation>Error en la comprobación de conexión: %1</translation>
    </message>
    <message>
        <source>AMI session up as %1 (%2)</source>
        <translation>Sesión AMI establecida como %1 (%2)</translation>
    </message>
    <message>
        <source>AMI connection failed: %1</source>
        <translation>Error en la conexión AMI: %1</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2</source>
        <translation>Auditada: puntuación %1 de 100, nota %2</translation>
    </message>
    <message>
        <source>Audit failed: %1</source>
        <translation>Error en la auditoría: %1</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>túnel SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP sin cifrar</translation>
    </message>
    <message>
        <source>AMI session up as %1 over %2 (%3)</source>
        <translation>Sesión AMI establecida como %1 mediante %2 (%3)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>rechazado, no se cambió nada</translation>
    </message>
    <message>
        <source>rejected by a validator</source>
        <translation>rechazado por un validador</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>falló la reversión</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>Cambio %1 (%2): %3</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2 (partial — %3 of %4 not assessed)</source>
        <translation>Auditada: puntuación %1 de 100, nota %2 (parcial — %3 de %4 no evaluadas)</translation>
    </message>
</context>
<context>
    <name>AmiConnector</name>
    <message>
        <source>no SSH tunnel for AMI: the host key of %1 is not pinned yet. Pin it first (Check connections), turn on AMI over TLS for this PBX, or allow plain TCP for AMI explicitly</source>
        <translation>no hay túnel SSH para AMI: la clave de host de %1 aún no está fijada. Fíjela primero (Comprobar conexiones), active AMI sobre TLS para esta PBX o permita explícitamente TCP sin cifrar para AMI</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 has no SSH user. Set one, turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>no hay túnel SSH para AMI: %1 no tiene usuario SSH. Defina uno, active AMI sobre TLS o permita explícitamente TCP sin cifrar para AMI</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 (%2). Store the SSH password (edit the PBX), turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>no hay túnel SSH para AMI: %1 (%2). Guarde la contraseña SSH (edite la PBX), active AMI sobre TLS o permita explícitamente TCP sin cifrar para AMI</translation>
    </message>
    <message>
        <source>no SSH credentials</source>
        <translation>no hay credenciales SSH</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>túnel SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP sin cifrar</translation>
    </message>
</context>
<context>
    <name>AsteriskConfig</name>
    <message>
        <source>%1: reading stopped: through template inheritance this configuration would hold more than %2 options, a file built to exhaust memory or a broken one. What needs this file is not assessed; look at the templates named in the section headers up to this line.</source>
        <translation>%1: lectura detenida: por la herencia de plantillas esta configuración tendría más de %2 opciones, un archivo hecho para agotar la memoria o uno dañado. Lo que necesita este archivo no se evalúa; revise las plantillas nombradas en las cabeceras de sección hasta esta línea.</translation>
    </message>
    <message>
        <source>%1: reading stopped: &quot;+=&quot; lines grow %2 beyond %3 characters, a file built to exhaust memory or a broken one. What needs this file is not assessed.</source>
        <translation>%1: lectura detenida: las líneas «+=» hacen crecer %2 por encima de %3 caracteres, un archivo hecho para agotar la memoria o uno dañado. Lo que necesita este archivo no se evalúa.</translation>
    </message>
    <message>
        <source>%1: reading stopped: this configuration holds more than %2 options. What needs this file is not assessed.</source>
        <translation>%1: lectura detenida: esta configuración tiene más de %2 opciones. Lo que necesita este archivo no se evalúa.</translation>
    </message>
</context>
<context>
    <name>AsteriskConfigDocument</name>
    <message>
        <source>longer than Asterisk&apos;s %1-byte line buffer; Asterisk skips it</source>
        <translation>más larga que el búfer de línea de %1 bytes de Asterisk; Asterisk la omite</translation>
    </message>
    <message>
        <source>section header without a closing &apos;]&apos;</source>
        <translation>cabecera de sección sin &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>section options without a closing &apos;)&apos;</source>
        <translation>opciones de sección sin &apos;)&apos; de cierre</translation>
    </message>
    <message>
        <source>invalid escape at the start of the line</source>
        <translation>escape no válido al principio de la línea</translation>
    </message>
    <message>
        <source>no &apos;=&apos; on the line; Asterisk ignores it</source>
        <translation>no hay &apos;=&apos; en la línea; Asterisk la ignora</translation>
    </message>
    <message>
        <source>no option name before &apos;=&apos;; Asterisk ignores the line</source>
        <translation>no hay nombre de opción antes de &apos;=&apos;; Asterisk ignora la línea</translation>
    </message>
    <message>
        <source>There is no section %1 in this file.</source>
        <translation>No hay ninguna sección %1 en este archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name Asterisk can read back.</source>
        <translation>«%1» no es un nombre de opción que Asterisk pueda volver a leer.</translation>
    </message>
    <message>
        <source>The value for %1 has line breaks, control characters or blanks at its ends, which Asterisk would not read back.</source>
        <translation>El valor de %1 tiene saltos de línea, caracteres de control o espacios en los extremos, que Asterisk no volvería a leer.</translation>
    </message>
    <message>
        <source>Line %1 mixes %2 with a block comment or an escape; change it by hand.</source>
        <translation>La línea %1 mezcla %2 con un comentario de bloque o un escape; cámbiela a mano.</translation>
    </message>
    <message>
        <source>Line %1 would not read back as %2 = %3; nothing was changed.</source>
        <translation>La línea %1 no se volvería a leer como %2 = %3; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Una línea de configuración no puede contener un salto de línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name Asterisk can read back.</source>
        <translation>«%1» no es un nombre de sección que Asterisk pueda volver a leer.</translation>
    </message>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>No hay ninguna línea %1 en este archivo.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>the collector did not report %1</source>
        <translation>el script recopilador no informó de %1</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <translation>%1 falló (código de salida %2)</translation>
    </message>
    <message>
        <source>%1 is not a list of PJSIP contacts</source>
        <translation>%1 no es una lista de contactos PJSIP</translation>
    </message>
    <message>
        <source>%1 was not kept: the console stores only the files and sections its checks read</source>
        <translation>%1 no se conservó: la consola solo guarda los archivos y secciones que leen sus comprobaciones</translation>
    </message>
    <message>
        <source>%1 was cut off: audit again (the link or the time limit ended the collection)</source>
        <translation>%1 quedó cortado: vuelva a auditar (la conexión o el límite de tiempo terminó la recogida)</translation>
    </message>
    <message>
        <source>%1 needs root (the audit account is not root): audit as root, or give the sudo password</source>
        <translation>%1 requiere root (la cuenta de auditoría no es root): audite como root o indique la contraseña de sudo</translation>
    </message>
    <message>
        <source>%1: the tool is not installed on the PBX: install it and audit again</source>
        <translation>%1: la herramienta no está instalada en la PBX: instálela y vuelva a auditar</translation>
    </message>
</context>
<context>
    <name>AuditRun</name>
    <message>
        <source>the host key is not pinned yet: run Check connections (or pbxwarden-cli connect) and trust it first</source>
        <translation>la clave de host aún no está fijada: ejecute Comprobar conexiones (o pbxwarden-cli connect) y confíe en ella primero</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The collector&apos;s output held no facts.</source>
        <translation>La salida del script recopilador no contenía datos.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Recopilando datos</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>score %1, grade %2</source>
        <translation>puntuación %1, nota %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>audit again: %1 no longer fail</source>
        <translation>auditada de nuevo: %1 ya no fallan</translation>
    </message>
    <message>
        <source>%1 still fails: %2</source>
        <translation>%1 sigue fallando: %2</translation>
    </message>
    <message>
        <source>%1 could not be assessed: %2</source>
        <translation>%1 no se pudo evaluar: %2</translation>
    </message>
    <message>
        <source>new finding %1 (%2): %3</source>
        <translation>nuevo hallazgo %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 was not in the new audit</source>
        <translation>%1 no estaba en la nueva auditoría</translation>
    </message>
    <message>
        <source>audited again: %1 pass, no new finding</source>
        <translation>auditada de nuevo: %1 superadas, ningún hallazgo nuevo</translation>
    </message>
    <message>
        <source>could not audit again: %1</source>
        <translation>no se pudo volver a auditar: %1</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>No backup found on the PBX</source>
        <translation>No se encontró ninguna copia de seguridad en la PBX</translation>
    </message>
    <message>
        <source>After a disk failure, a break-in or a bad change there is nothing to restore.</source>
        <translation>Tras un fallo de disco, una intrusión o un cambio erróneo, no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Back up /etc/asterisk, the astdb and (FreePBX) the database daily, keep copies off the PBX, and test a restore.</source>
        <translation>Haga a diario copia de /etc/asterisk, de la astdb y (FreePBX) de la base de datos, guarde copias fuera de la PBX y pruebe una restauración.</translation>
    </message>
    <message>
        <source>The newest backup is older than 7 days</source>
        <translation>La copia de seguridad más reciente tiene más de 7 días</translation>
    </message>
    <message>
        <source>A stale backup loses every change since; it usually means the schedule broke silently.</source>
        <translation>Una copia antigua pierde todos los cambios posteriores; suele significar que la programación falló sin avisar.</translation>
    </message>
    <message>
        <source>Find out why backups stopped, run one now and watch the schedule.</source>
        <translation>Averigüe por qué se detuvieron las copias, haga una ahora y vigile la programación.</translation>
    </message>
    <message>
        <source>No scheduled backup</source>
        <translation>Ninguna copia de seguridad programada</translation>
    </message>
    <message>
        <source>Backups made by hand stop being made.</source>
        <translation>Las copias hechas a mano dejan de hacerse.</translation>
    </message>
    <message>
        <source>Schedule a daily backup (cron, a systemd timer, or the PBX GUI&apos;s backup module).</source>
        <translation>Programe una copia de seguridad diaria (cron, un temporizador de systemd o el módulo de copias de la interfaz de la PBX).</translation>
    </message>
    <message>
        <source>no file in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</source>
        <translation>ningún archivo en /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</translation>
    </message>
    <message>
        <source>no backup to date</source>
        <translation>ninguna copia que fechar</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s); newest %1 from %2 (%3 days old)</source>
        <translation>
            <numerusform>%n archivo de copia; el más reciente, %1, del %2 (%3 días)</numerusform>
            <numerusform>%n archivos de copia; el más reciente, %1, del %2 (%3 días)</numerusform>
        </translation>
    </message>
    <message>
        <source>no cron entry or timer mentions a backup</source>
        <translation>ninguna entrada de cron ni temporizador menciona una copia de seguridad</translation>
    </message>
    <message>
        <source>only commented-out entries:</source>
        <translation>solo entradas comentadas:</translation>
    </message>
    <message>
        <source>the backup folders, crontabs and systemd timers the collector listed</source>
        <translation>las carpetas de copias de seguridad, los crontabs y los temporizadores de systemd que listó el script recopilador</translation>
    </message>
    <message>
        <source>backup not located: a backup job exists (%1) but no output was found in the folders the collector lists%2</source>
        <translation>copia de seguridad no localizada: existe una tarea de copia (%1), pero no se encontró ningún resultado en las carpetas que lista el script recopilador%2</translation>
    </message>
    <message>
        <source>; it writes to %1</source>
        <translation>; escribe en %1</translation>
    </message>
    <message>
        <source>the backups&apos; age is unknown (not located)</source>
        <translation>se desconoce la antigüedad de las copias de seguridad (no localizadas)</translation>
    </message>
</context>
<context>
    <name>CallTimeChecks</name>
    <message>
        <source>International calls are possible at any hour</source>
        <translation>Las llamadas internacionales son posibles a cualquier hora</translation>
    </message>
    <message>
        <source>Toll fraud happens at night, on weekends and holidays, when nobody watches.</source>
        <translation>El fraude telefónico ocurre de noche, los fines de semana y los festivos, cuando nadie vigila.</translation>
    </message>
    <message>
        <source>Put GotoIfTime() (FreePBX: a time condition on the outbound route) in front of international routes so they work only in working hours.</source>
        <translation>Ponga GotoIfTime() (FreePBX: una condición horaria en la ruta saliente) delante de las rutas internacionales para que solo funcionen en horario laboral.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>no se recopiló extensions.conf</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>no se puede llegar a ninguna ruta internacional</translation>
    </message>
    <message>
        <source>every international route checks the time first</source>
        <translation>todas las rutas internacionales comprueban primero la hora</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>stopped: the time limit for this host ran out</source>
        <translation>detenido: se agotó el tiempo límite para este host</translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>The change script is missing from this build.</source>
        <translation>Falta el script de cambios en esta compilación.</translation>
    </message>
    <message>
        <source>The change script did not start on the PBX (exit status %1): %2</source>
        <translation>El script de cambios no se inició en la PBX (código de salida %1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file on the PBX (a link or a directory); it is not changed through a link. Change the file it points to instead.</source>
        <translation>«%1» no es un archivo normal en la PBX (es un enlace o un directorio); no se cambia a través de un enlace. Cambie en su lugar el archivo al que apunta.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist on the PBX.</source>
        <translation>La carpeta de «%1» no existe en la PBX.</translation>
    </message>
    <message>
        <source>The PBX side stopped: %1.</source>
        <translation>El lado de la PBX se detuvo: %1.</translation>
    </message>
    <message>
        <source>Every file is as the plan expects.</source>
        <translation>Todos los archivos están como espera el plan.</translation>
    </message>
    <message>
        <source>A file changed on the PBX since the plan was made; make the plan again.</source>
        <translation>Un archivo cambió en la PBX desde que se hizo el plan; vuelva a hacer el plan.</translation>
    </message>
    <message>
        <source>The files are backed up in the journal on the PBX.</source>
        <translation>Los archivos tienen copia de seguridad en el diario de la PBX.</translation>
    </message>
    <message>
        <source>The validators accept the new content.</source>
        <translation>Los validadores aceptan el nuevo contenido.</translation>
    </message>
    <message>
        <source>Validator %1 rejected the new content (exit status %2); nothing was changed.</source>
        <translation>El validador %1 rechazó el nuevo contenido (código de salida %2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX (%1) undoes the change in %2 s unless cancelled.</source>
        <translation>El interruptor de seguridad de la PBX (%1) deshace el cambio en %2 s salvo que se cancele.</translation>
    </message>
    <message>
        <source>The dead-man switch could not be armed (%1); nothing was changed.</source>
        <translation>No se pudo armar el interruptor de seguridad (%1); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new files are in place.</source>
        <translation>Los archivos nuevos están en su sitio.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed.</source>
        <translation>Falló la escritura de «%1».</translation>
    </message>
    <message>
        <source>The configuration in place passes its checks.</source>
        <translation>La configuración instalada supera sus comprobaciones.</translation>
    </message>
    <message>
        <source>Check %1 failed on the configuration in place (exit status %2).</source>
        <translation>La comprobación %1 falló en la configuración instalada (código de salida %2).</translation>
    </message>
    <message>
        <source>The services are reloaded.</source>
        <translation>Los servicios se han recargado.</translation>
    </message>
    <message>
        <source>Reload %1 failed (exit status %2).</source>
        <translation>Falló la recarga de %1 (código de salida %2).</translation>
    </message>
    <message>
        <source>Every file has its old content again (hash checked).</source>
        <translation>Todos los archivos vuelven a tener su contenido anterior (hash comprobado).</translation>
    </message>
    <message>
        <source>Some files could not be put back; the PBX needs attention.</source>
        <translation>Algunos archivos no se pudieron restaurar; la PBX requiere atención.</translation>
    </message>
    <message>
        <source>The old files are back and the services reloaded.</source>
        <translation>Los archivos anteriores se han restaurado y los servicios se han recargado.</translation>
    </message>
    <message>
        <source>The old files are back but a reload failed.</source>
        <translation>Los archivos anteriores se han restaurado, pero falló una recarga.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself within %1 s (dead-man switch).</source>
        <translation>La PBX restaura por sí misma los archivos anteriores en %1 s (interruptor de seguridad).</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the change: %2. The journal on the PBX records where it stopped; it is offered at the next connection.</source>
        <translation>La conexión con %1 falló durante el cambio: %2. El diario de la PBX registra dónde se detuvo; se ofrecerá en la próxima conexión.</translation>
    </message>
    <message>
        <source>If the dead-man switch was armed, the PBX puts the old files back within %1 s.</source>
        <translation>Si el interruptor de seguridad estaba armado, la PBX restaura los archivos anteriores en %1 s.</translation>
    </message>
    <message>
        <source>The change reached the PBX.</source>
        <translation>El cambio llegó a la PBX.</translation>
    </message>
    <message>
        <source>Refused, nothing changed: a file on the PBX is not what the plan was made from.</source>
        <translation>Rechazado, no se cambió nada: un archivo de la PBX no es el que se usó para hacer el plan.</translation>
    </message>
    <message>
        <source>Rejected before anything was written; the PBX is unchanged.</source>
        <translation>Rechazado antes de escribir nada; la PBX no ha cambiado.</translation>
    </message>
    <message>
        <source>A step failed after the files were written; the old files were put back.</source>
        <translation>Un paso falló después de escribir los archivos; se restauraron los archivos anteriores.</translation>
    </message>
    <message>
        <source>The PBX side stopped before changing anything.</source>
        <translation>El lado de la PBX se detuvo antes de cambiar nada.</translation>
    </message>
    <message>
        <source>The change stopped on the PBX in state &quot;%1&quot;; it is offered to finish or roll back at the next connection.</source>
        <translation>El cambio se detuvo en la PBX en el estado «%1»; en la próxima conexión se ofrecerá terminarlo o revertirlo.</translation>
    </message>
    <message>
        <source>no way to open a new connection was given</source>
        <translation>no se indicó ninguna forma de abrir una conexión nueva</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>no hay sesión</translation>
    </message>
    <message>
        <source>A new login to the PBX failed: %1</source>
        <translation>Falló un nuevo inicio de sesión en la PBX: %1</translation>
    </message>
    <message>
        <source>The console could not log in again after the change.</source>
        <translation>La consola no pudo volver a iniciar sesión después del cambio.</translation>
    </message>
    <message>
        <source>A new connection logged in.</source>
        <translation>Una conexión nueva inició sesión.</translation>
    </message>
    <message>
        <source>An access check failed after the change.</source>
        <translation>Una comprobación de acceso falló después del cambio.</translation>
    </message>
    <message>
        <source>The change did not have the intended effect.</source>
        <translation>El cambio no tuvo el efecto previsto.</translation>
    </message>
    <message>
        <source>The change is in place and verified, but committing it failed: %1.</source>
        <translation>El cambio está instalado y verificado, pero falló su confirmación: %1.</translation>
    </message>
    <message>
        <source>Committed; the dead-man switch is off.</source>
        <translation>Confirmado; el interruptor de seguridad está desactivado.</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Aplicado y verificado.</translation>
    </message>
    <message>
        <source>The journal is in state &quot;%1&quot;.</source>
        <translation>El diario está en el estado «%1».</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX put the old files back before the console could cancel it.</source>
        <translation>El interruptor de seguridad de la PBX restauró los archivos anteriores antes de que la consola pudiera cancelarlo.</translation>
    </message>
    <message>
        <source>The change could not be committed (journal state &quot;%1&quot;).</source>
        <translation>No se pudo confirmar el cambio (estado del diario «%1»).</translation>
    </message>
    <message>
        <source>Rolling back over SSH failed: %1.</source>
        <translation>Falló la reversión por SSH: %1.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself when its dead-man switch fires.</source>
        <translation>La PBX restaura por sí misma los archivos anteriores cuando se dispara su interruptor de seguridad.</translation>
    </message>
    <message>
        <source>The PBX had already put the old files back.</source>
        <translation>La PBX ya había restaurado los archivos anteriores.</translation>
    </message>
    <message>
        <source>This change is closed (journal state &quot;%1&quot;); there is nothing to roll back.</source>
        <translation>Este cambio está cerrado (estado del diario «%1»); no hay nada que revertir.</translation>
    </message>
    <message>
        <source>The old files are back (hash checked) and the services reloaded.</source>
        <translation>Los archivos anteriores se han restaurado (hash comprobado) y los servicios se han recargado.</translation>
    </message>
    <message>
        <source>The rollback did not complete (journal state &quot;%1&quot;); the PBX needs attention.</source>
        <translation>La reversión no se completó (estado del diario «%1»); la PBX requiere atención.</translation>
    </message>
    <message>
        <source>The PBX did not list its change journals.</source>
        <translation>La PBX no listó sus diarios de cambios.</translation>
    </message>
    <message>
        <source>The change has no valid id.</source>
        <translation>El cambio no tiene un id válido.</translation>
    </message>
    <message>
        <source>Finishing failed; the old files were put back.</source>
        <translation>Falló la finalización; se restauraron los archivos anteriores.</translation>
    </message>
    <message>
        <source>A file is neither the old nor the new version; it was changed by someone else. Nothing was written.</source>
        <translation>Un archivo no es ni la versión anterior ni la nueva; lo cambió otra persona. No se escribió nada.</translation>
    </message>
    <message>
        <source>Rejected by a validator; nothing was written.</source>
        <translation>Rechazado por un validador; no se escribió nada.</translation>
    </message>
    <message>
        <source>This change cannot be finished (journal state &quot;%1&quot;).</source>
        <translation>Este cambio no se puede terminar (estado del diario «%1»).</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>Revertido a petición.</translation>
    </message>
    <message>
        <source>Undone: the old files are back and the services reloaded.</source>
        <translation>Deshecho: los archivos anteriores se han restaurado y los servicios se han recargado.</translation>
    </message>
    <message>
        <source>Undo did not complete; the PBX needs attention.</source>
        <translation>No se completó la operación de deshacer; la PBX requiere atención.</translation>
    </message>
    <message>
        <source>Not undone: a file changed since this change wrote it. Both versions are shown.</source>
        <translation>No se deshizo: un archivo cambió después de que este cambio lo escribiera. Se muestran ambas versiones.</translation>
    </message>
    <message>
        <source>Only a committed change can be undone (journal state &quot;%1&quot;).</source>
        <translation>Solo se puede deshacer un cambio confirmado (estado del diario «%1»).</translation>
    </message>
    <message>
        <source>The PBX did not say which address the console connects from (SSH_CONNECTION is &quot;%1&quot;).</source>
        <translation>La PBX no indicó desde qué dirección se conecta la consola (SSH_CONNECTION es «%1»).</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>The change has no valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only).</source>
        <translation>El cambio no tiene un id válido (solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The change does nothing: it has no file and no command.</source>
        <translation>El cambio no hace nada: no tiene ningún archivo ni ningún comando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path; a change names every file by its full path.</source>
        <translation>«%1» no es una ruta de archivo absoluta; un cambio nombra cada archivo por su ruta completa.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a control character (a newline?); such a file cannot be changed safely. Rename it on the PBX first.</source>
        <translation>La ruta «%1» contiene un carácter de control (¿un salto de línea?); un archivo así no se puede cambiar de forma segura. Cámbielo de nombre primero en la PBX.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not in its plain form (&quot;.&quot;, &quot;..&quot; or &quot;//&quot;).</source>
        <translation>La ruta «%1» no está en su forma simple («.», «..» o «//»).</translation>
    </message>
    <message>
        <source>The change names &quot;%1&quot; twice; one edit per file.</source>
        <translation>El cambio nombra «%1» dos veces; una edición por archivo.</translation>
    </message>
    <message>
        <source>The expected SHA-256 of &quot;%1&quot; is not a lower-case hex digest.</source>
        <translation>El SHA-256 esperado de «%1» no es un resumen hexadecimal en minúsculas.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; or owner &quot;%2&quot; for the new file &quot;%3&quot; is not valid.</source>
        <translation>El modo «%1» o el propietario «%2» del nuevo archivo «%3» no es válido.</translation>
    </message>
    <message>
        <source>The dead-man switch must be between 5 and 3600 seconds, not %1.</source>
        <translation>El interruptor de seguridad debe estar entre 5 y 3600 segundos, no %1.</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>Send the change</source>
        <translation>Enviar el cambio</translation>
    </message>
    <message>
        <source>Check the files are unchanged</source>
        <translation>Comprobar que los archivos no han cambiado</translation>
    </message>
    <message>
        <source>Back up the files</source>
        <translation>Hacer copia de seguridad de los archivos</translation>
    </message>
    <message>
        <source>Validate the new content</source>
        <translation>Validar el nuevo contenido</translation>
    </message>
    <message>
        <source>Arm the dead-man switch</source>
        <translation>Armar el interruptor de seguridad</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Escribir los archivos</translation>
    </message>
    <message>
        <source>Check the configuration in place</source>
        <translation>Comprobar la configuración instalada</translation>
    </message>
    <message>
        <source>Reload the services</source>
        <translation>Recargar los servicios</translation>
    </message>
    <message>
        <source>Log in again over a new connection</source>
        <translation>Volver a iniciar sesión con una conexión nueva</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Comprobar el acceso</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>Verificar el resultado</translation>
    </message>
    <message>
        <source>Cancel the dead-man switch and commit</source>
        <translation>Cancelar el interruptor de seguridad y confirmar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Check the old files are back</source>
        <translation>Comprobar que se restauraron los archivos anteriores</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>rechazado, no se cambió nada</translation>
    </message>
    <message>
        <source>rejected by a validator, nothing changed</source>
        <translation>rechazado por un validador, no se cambió nada</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>falló la reversión</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 endpoint: calls from anyone without a password</source>
        <translation>endpoint %1: llamadas de cualquiera sin contraseña</translation>
    </message>
    <message>
        <source>%1: calls matched by address (%2), no password</source>
        <translation>%1: llamadas identificadas por dirección (%2), sin contraseña</translation>
    </message>
    <message>
        <source>sip.conf: allowguest lets unauthenticated chan_sip calls in</source>
        <translation>sip.conf: allowguest deja entrar llamadas chan_sip no autenticadas</translation>
    </message>
    <message>
        <source>the default context: where unmatched calls land</source>
        <translation>el contexto «default»: adonde llegan las llamadas no asignadas</translation>
    </message>
    <message>
        <source>%1: insecure = %2, INVITEs are not challenged</source>
        <translation>%1: insecure = %2, no se exige autenticación a los INVITE</translation>
    </message>
    <message>
        <source>%1 enabled = %2, bindaddr = %3, port %4</source>
        <translation>%1 enabled = %2, bindaddr = %3, puerto %4</translation>
    </message>
    <message>
        <source>numbering plan assumed: %1 (no country in indications.conf or chan_dahdi.conf)</source>
        <translation>plan de numeración supuesto: %1 (no hay país en indications.conf ni en chan_dahdi.conf)</translation>
    </message>
    <message>
        <source>numbering plan: %1 (%2)</source>
        <translation>plan de numeración: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n passed: %1</source>
        <translation>
            <numerusform>%n superada: %1</numerusform>
            <numerusform>superadas las %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The collector script is missing from this build.</source>
        <translation>Falta el script recopilador en esta compilación.</translation>
    </message>
    <message>
        <source>The collector did not start on the PBX.</source>
        <translation>El script recopilador no se inició en la PBX.</translation>
    </message>
    <message>
        <source>The collector printed nothing (exit status %1): %2</source>
        <translation>El script recopilador no imprimió nada (código de salida %1): %2</translation>
    </message>
    <message>
        <source>sudo is not installed on %1, so the audit cannot run as root. Install sudo there or log in as root.</source>
        <translation>sudo no está instalado en %1, así que la auditoría no puede ejecutarse como root. Instale sudo allí o inicie sesión como root.</translation>
    </message>
    <message>
        <source>The collector ran without root on %1 (%2): sudo did not make it root. Check the sudoers rule for %3.</source>
        <translation>El script recopilador se ejecutó sin root en %1 (%2): sudo no le dio privilegios de root. Compruebe la regla de sudoers para %3.</translation>
    </message>
    <message>
        <source>The audit needs root and did not run: %1.</source>
        <translation>La auditoría necesita root y no se ejecutó: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>autenticando</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>comprobando</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>unknown host key %1 (not trusted yet)</source>
        <translation>clave de host desconocida %1 (aún no es de confianza)</translation>
    </message>
    <message>
        <source>the host key has CHANGED: it is now %1</source>
        <translation>la clave de host HA CAMBIADO: ahora es %1</translation>
    </message>
    <message>
        <source>the host key has CHANGED: pinned %1, now %2</source>
        <translation>la clave de host HA CAMBIADO: fijada %1, ahora %2</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>inicio de sesión rechazado: %1</translation>
    </message>
    <message>
        <source>no answer in time: %1</source>
        <translation>sin respuesta a tiempo: %1</translation>
    </message>
    <message>
        <source>cannot reach the PBX: %1</source>
        <translation>no se puede llegar a la PBX: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>correcto: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>logged in; the probe failed: %1</source>
        <translation>sesión iniciada; la comprobación falló: %1</translation>
    </message>
    <message>
        <source>no Asterisk</source>
        <translation>sin Asterisk</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in, but the probe failed: %1</source>
        <translation>Sesión iniciada, pero la comprobación falló: %1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nombre de host:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>En marcha desde hace:</translation>
    </message>
    <message>
        <source>Asterisk:</source>
        <translation>Asterisk:</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clave de host:</translation>
    </message>
    <message>
        <source>%1, %2; cannot become root</source>
        <translation>%1, %2; no puede obtener root</translation>
    </message>
    <message>
        <source>Root:</source>
        <translation>Root:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted value.</source>
        <translation>Línea %1: comillas dentro de un valor sin comillas.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Línea %1: texto después de las comillas de cierre.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed.</source>
        <translation>Línea %1: un valor entre comillas no se cierra nunca.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2.</source>
        <translation>Columna desconocida «%1» en la cabecera. Columnas conocidas: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>La columna «%1» aparece dos veces en la cabecera.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column.</source>
        <translation>La cabecera no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>Has %1 values where the header has %2.</source>
        <translation>Tiene %1 valores donde la cabecera tiene %2.</translation>
    </message>
    <message>
        <source>ssh_auth must be agent, key or password, not &quot;%1&quot;.</source>
        <translation>ssh_auth debe ser agent, key o password, no «%1».</translation>
    </message>
    <message>
        <source>ami_tls must be yes or no, not &quot;%1&quot;.</source>
        <translation>ami_tls debe ser yes o no, no «%1».</translation>
    </message>
    <message>
        <source>host_key_sha256 must look like SHA256:… as ssh-keygen -lf prints it.</source>
        <translation>host_key_sha256 debe tener la forma SHA256:…, tal como lo muestra ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: the customer is missing.</source>
        <translation>Una sede pertenece a un cliente: falta el cliente.</translation>
    </message>
    <message>
        <source>The same name is already used on line %1 of this file.</source>
        <translation>El mismo nombre ya se usa en la línea %1 de este archivo.</translation>
    </message>
    <message>
        <source>host_key_sha256 differs from the key pinned for this PBX; check the key on the PBX and re-pin it with &quot;pbxwarden-cli pin&quot; (or in the PBX dialog), not through a file.</source>
        <translation>host_key_sha256 no coincide con la clave fijada para esta PBX; compruebe la clave en la PBX y vuelva a fijarla con «pbxwarden-cli pin» (o en el diálogo de la PBX), no mediante un archivo.</translation>
    </message>
    <message>
        <source>A PBX with this name is already in the inventory (import with update to change it).</source>
        <translation>Ya hay una PBX con este nombre en el inventario (importe con actualización para cambiarla).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>No se pudo iniciar la actualización: %1</translation>
    </message>
    <message>
        <source>Upgrading the inventory to version %1 failed: %2</source>
        <translation>Falló la actualización del inventario a la versión %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>La carpeta %1 no existe y no se pudo crear.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the inventory cannot be created there.</source>
        <translation>La carpeta %1 es de solo lectura, así que no se puede crear allí el inventario.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only. PBX Warden needs to write to it; make it writable or choose another file with --db.</source>
        <translation>El inventario %1 es de solo lectura. PBX Warden necesita escribir en él; permita la escritura o elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal next to the file.</source>
        <translation>La carpeta de %1 es de solo lectura; SQLite necesita escribir su diario junto al archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, or its first page is damaged. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 no es una base de datos SQLite o su primera página está dañada. No se ha modificado; restáurelo desde una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Falta el controlador SQLite de Qt (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched.</source>
        <translation>%1 está dañado y no se puede leer. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a PBX Warden inventory. It was left untouched.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no un inventario de PBX Warden. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PBX Warden (inventory version %2; this one knows up to %3). Update PBX Warden; the file was left untouched.</source>
        <translation>%1 lo escribió una versión más reciente de PBX Warden (versión de inventario %2; esta conoce hasta la %3). Actualice PBX Warden; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 failed SQLite&apos;s integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 no superó la comprobación de integridad de SQLite (%2). No se ha modificado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2). Close it and try again.</source>
        <translation>%1 está bloqueado por otro programa (%2). Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>No se puede copiar %1 en %2 antes de actualizarlo (%3); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
</context>
<context>
    <name>DestinationChecks</name>
    <message>
        <source>International calls can be placed without a password</source>
        <translation>Se pueden hacer llamadas internacionales sin contraseña</translation>
    </message>
    <message>
        <source>A context reachable by anonymous, guest or inbound-trunk calls leads to a trunk with numbers of the caller&apos;s choice: anyone on the Internet can pump calls to premium numbers (IRSF).</source>
        <translation>Un contexto al que llegan llamadas anónimas, de invitados o de troncales entrantes conduce a una troncal con números a elección del llamante: cualquiera en Internet puede bombear llamadas a números de tarificación especial (IRSF).</translation>
    </message>
    <message>
        <source>Give anonymous and inbound calls a context holding only your DIDs (no include of internal contexts), never put outbound routes in &apos;default&apos;, and keep international routes in their own protected context.</source>
        <translation>Asigne a las llamadas anónimas y entrantes un contexto que contenga solo sus DID (sin include de contextos internos), no ponga nunca rutas salientes en &apos;default&apos; y mantenga las rutas internacionales en su propio contexto protegido.</translation>
    </message>
    <message>
        <source>Every phone can dial international numbers</source>
        <translation>Todos los teléfonos pueden marcar números internacionales</translation>
    </message>
    <message>
        <source>International dialing should be given only to the users who need it; every other cracked phone then costs nothing.</source>
        <translation>La marcación internacional debería darse solo a los usuarios que la necesitan; así, cualquier otro teléfono descifrado no cuesta nada.</translation>
    </message>
    <message>
        <source>Move international patterns to a separate context included only by the contexts of the phones that need them.</source>
        <translation>Mueva los patrones internacionales a un contexto aparte incluido solo por los contextos de los teléfonos que los necesitan.</translation>
    </message>
    <message>
        <source>${EXTEN} from a loose pattern goes unfiltered into Dial()</source>
        <translation>${EXTEN} de un patrón demasiado amplio pasa sin filtrar a Dial()</translation>
    </message>
    <message>
        <source>Patterns with &apos;.&apos; or &apos;!&apos; match any characters, so a caller can dial &apos;0044...&amp;Local/...&apos; and add devices or options to the Dial() string (dialplan injection).</source>
        <translation>Los patrones con &apos;.&apos; o &apos;!&apos; coinciden con cualquier carácter, así que un llamante puede marcar &apos;0044...&amp;Local/...&apos; y añadir dispositivos u opciones a la cadena de Dial() (inyección en el dialplan).</translation>
    </message>
    <message>
        <source>Use strict patterns (_00[1-9]XXXXX.) and pass ${FILTER(0123456789,${EXTEN})} to Dial().</source>
        <translation>Use patrones estrictos (_00[1-9]XXXXX.) y pase ${FILTER(0123456789,${EXTEN})} a Dial().</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>no se recopiló extensions.conf</translation>
    </message>
    <message>
        <source>all %1 phones reach an international route: %2</source>
        <translation>los %1 teléfonos llegan a una ruta internacional: %2</translation>
    </message>
    <message>
        <source>%1: pattern %2 -&gt; Dial(%3)</source>
        <translation>%1: patrón %2 -&gt; Dial(%3)</translation>
    </message>
    <message>
        <source>Anonymous SIP calls are accepted</source>
        <translation>Se aceptan llamadas SIP anónimas</translation>
    </message>
    <message>
        <source>The &apos;anonymous&apos; endpoint lets anyone on the Internet place calls into the dialplan without a password: every destination its context reaches is open to them.</source>
        <translation>El endpoint &apos;anonymous&apos; permite a cualquiera en Internet hacer llamadas al dialplan sin contraseña: todos los destinos a los que llega su contexto quedan abiertos.</translation>
    </message>
    <message>
        <source>Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) unless a DID really needs it, and give it a context with only those DIDs.</source>
        <translation>Elimine el endpoint [anonymous] (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) salvo que un DID lo necesite realmente y, en ese caso, asígnele un contexto que contenga solo esos DID.</translation>
    </message>
    <message>
        <source>chan_sip accepts guest calls</source>
        <translation>chan_sip acepta llamadas de invitados</translation>
    </message>
    <message>
        <source>allowguest (on by default) sends unauthenticated INVITEs into the general context: an entry into the dialplan without a password.</source>
        <translation>allowguest (activado por defecto) envía los INVITE no autenticados al contexto general: una entrada al dialplan sin contraseña.</translation>
    </message>
    <message>
        <source>Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).</source>
        <translation>Establezca allowguest = no en sip.conf [general] o descargue chan_sip (eliminado a partir de Asterisk 21).</translation>
    </message>
    <message>
        <source>Premium-rate, mobile or national calls can be placed without a password</source>
        <translation>Se pueden hacer llamadas de tarificación especial, a móviles o nacionales sin contraseña</translation>
    </message>
    <message>
        <source>An entry reachable without a password (guest, anonymous, inbound trunk, default) leads to a trunk with a number of the caller&apos;s choice: premium-rate numbers are pumped like international ones, and mobile or national calls still cost money.</source>
        <translation>Una entrada accesible sin contraseña (invitado, anónima, troncal entrante, default) conduce a una troncal con un número elegido por el llamante: los números de tarificación especial se explotan igual que los internacionales, y las llamadas a móviles o nacionales también cuestan dinero.</translation>
    </message>
    <message>
        <source>Give unauthenticated entries a context holding only your DIDs; keep every outbound route in contexts only authenticated phones reach.</source>
        <translation>Asigne a las entradas no autenticadas un contexto que contenga solo sus DID; mantenga todas las rutas salientes en contextos a los que solo lleguen teléfonos autenticados.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>no se recopiló ninguna configuración de Asterisk</translation>
    </message>
    <message>
        <source>%1: context %2</source>
        <translation>%1: contexto %2</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP endpoint(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n endpoint PJSIP en pjsip.conf</numerusform>
            <numerusform>%n endpoints PJSIP en pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>no [anonymous] endpoint</source>
        <translation>ningún endpoint [anonymous]</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip no está cargado</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf no existe</translation>
    </message>
    <message>
        <source>sip.conf: allowguest not set (default yes)</source>
        <translation>sip.conf: allowguest sin definir (por defecto yes)</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan</source>
        <translation>
            <numerusform>%n contexto de entrada no autenticado (anonymous, guest, troncal, default) recorrido por el dialplan</numerusform>
            <numerusform>%n contextos de entrada no autenticados (anonymous, guest, troncal, default) recorridos por el dialplan</numerusform>
        </translation>
    </message>
    <message>
        <source>no context is reachable without a password</source>
        <translation>no se puede llegar a ningún contexto sin contraseña</translation>
    </message>
    <message>
        <source>no international route from: %1</source>
        <translation>ninguna ruta internacional desde: %1</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>de tarificación especial</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móviles</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacionales</translation>
    </message>
    <message>
        <source>%1 numbers from %2 (%3): %4 -&gt; Dial(%5) at %6</source>
        <translation>números %1 desde %2 (%3): %4 -&gt; Dial(%5) en %6</translation>
    </message>
    <message>
        <source>no trunk dial of the caller&apos;s number from an unauthenticated entry</source>
        <translation>ninguna marcación por troncal del número del llamante desde una entrada no autenticada</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) and the contexts they dial from</source>
        <translation>
            <numerusform>%n teléfono y los contextos desde los que marca</numerusform>
            <numerusform>%n teléfonos y los contextos desde los que marcan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): too few to tell every phone from some</source>
        <translation>
            <numerusform>%n teléfono: muy pocos para distinguir todos los teléfonos de algunos</numerusform>
            <numerusform>%n teléfonos: muy pocos para distinguir todos los teléfonos de algunos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 phones reach an international route without both a PIN and a time check</source>
        <translation>%1 de %2 teléfonos llegan a una ruta internacional sin PIN y comprobación horaria a la vez</translation>
    </message>
    <message numerus="yes">
        <source>%n Dial() application(s) reached from %1 context(s)</source>
        <translation>
            <numerusform>%n aplicación Dial() alcanzada desde %1 contexto(s)</numerusform>
            <numerusform>%n aplicaciones Dial() alcanzadas desde %1 contexto(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan has no Dial()</source>
        <translation>el dialplan no tiene ningún Dial()</translation>
    </message>
    <message>
        <source>no ${EXTEN} from a loose pattern reaches Dial()</source>
        <translation>ningún ${EXTEN} de un patrón demasiado amplio llega a Dial()</translation>
    </message>
</context>
<context>
    <name>DialplanChecks</name>
    <message>
        <source>from %1 (%2): %3 -&gt; Dial(%4) at %5</source>
        <translation>desde %1 (%2): %3 -&gt; Dial(%4) en %5</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message numerus="yes">
        <source>%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)</source>
        <translation>
            <numerusform>%n ruta internacional encontrada desde %1 contexto(s) de entrada (entradas no autenticadas y teléfonos)</numerusform>
            <numerusform>%n rutas internacionales encontradas desde %1 contexto(s) de entrada (entradas no autenticadas y teléfonos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactBundle</name>
    <message>
        <source>The stored facts are damaged (not a compressed fact bundle, or cut short): audit the PBX again to collect them anew.</source>
        <translation>Los datos guardados están dañados (no son un paquete de datos comprimido o están truncados): vuelva a auditar la PBX para recopilarlos de nuevo.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluada</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>nada que evaluar</translation>
    </message>
</context>
<context>
    <name>FirewallChecks</name>
    <message>
        <source>No host firewall filters incoming connections</source>
        <translation>Ningún cortafuegos del host filtra las conexiones entrantes</translation>
    </message>
    <message>
        <source>Without a firewall every service of the PBX (SIP, AMI, SSH, the web interface) answers the whole Internet; scanners find a new PBX within minutes.</source>
        <translation>Sin cortafuegos, todos los servicios de la PBX (SIP, AMI, SSH, la interfaz web) responden a todo Internet; los escáneres encuentran una PBX nueva en cuestión de minutos.</translation>
    </message>
    <message>
        <source>Set the INPUT policy to DROP and accept only loopback, established connections, SSH and the web interface from the administrators&apos; addresses and SIP/RTP from the phones&apos; and the provider&apos;s networks (or put the PBX behind a firewall that does this).</source>
        <translation>Establezca la política INPUT en DROP y acepte solo loopback, las conexiones establecidas, SSH y la interfaz web desde las direcciones de los administradores, y SIP/RTP desde las redes de los teléfonos y del proveedor (o coloque la PBX detrás de un cortafuegos que haga esto).</translation>
    </message>
    <message>
        <source>PBX services listen on every address with no rule in front</source>
        <translation>Los servicios de la PBX escuchan en todas las direcciones sin ninguna regla delante</translation>
    </message>
    <message>
        <source>A service bound to all addresses and accepted by the firewall can be brute-forced or exploited from anywhere: SIP registration cracking, AMI logins, SSH password guessing.</source>
        <translation>Un servicio vinculado a todas las direcciones y aceptado por el cortafuegos puede sufrir ataques de fuerza bruta o ser explotado desde cualquier lugar: descifrado de registros SIP, inicios de sesión AMI, adivinación de contraseñas SSH.</translation>
    </message>
    <message>
        <source>Bind services to the addresses that need them and add firewall rules that accept SIP, SSH, AMI and web ports only from known networks.</source>
        <translation>Vincule los servicios a las direcciones que los necesitan y añada reglas de cortafuegos que acepten los puertos SIP, SSH, AMI y web solo desde redes conocidas.</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface is open to the Internet</source>
        <translation>La Asterisk Manager Interface está abierta a Internet</translation>
    </message>
    <message>
        <source>AMI can originate calls, read and change the configuration and, with write=system or originate, run commands on the PBX (GHSA-c4cg-9275-6w44).</source>
        <translation>AMI puede originar llamadas, leer y cambiar la configuración y, con write=system u originate, ejecutar comandos en la PBX (GHSA-c4cg-9275-6w44).</translation>
    </message>
    <message>
        <source>Set bindaddr = 127.0.0.1 in manager.conf (reach AMI through SSH), or accept TCP 5038 only from the management host in the firewall.</source>
        <translation>Establezca bindaddr = 127.0.0.1 en manager.conf (acceda a AMI a través de SSH) o acepte TCP 5038 en el cortafuegos solo desde el equipo de administración.</translation>
    </message>
    <message>
        <source>iptables-save: INPUT policy %1, no rule drops or rejects; nftables: no input chain drops</source>
        <translation>iptables-save: política INPUT %1, ninguna regla descarta ni rechaza; nftables: ninguna cadena input descarta</translation>
    </message>
    <message>
        <source>%1 - %2/%3 accepted from any address</source>
        <translation>%1 - %2/%3 aceptado desde cualquier dirección</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>no se recopiló manager.conf</translation>
    </message>
    <message>
        <source>AMI is disabled</source>
        <translation>AMI está desactivado</translation>
    </message>
    <message>
        <source>%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address</source>
        <translation>%1 bindaddr = %2, puerto %3, y el cortafuegos acepta TCP %3 desde cualquier dirección</translation>
    </message>
    <message>
        <source>iptables-save and nft list ruleset (%1 iptables, %2 nftables rules)</source>
        <translation>iptables-save y nft list ruleset (%1 reglas de iptables, %2 de nftables)</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): reachable from every network that reaches them, not directly from the Internet</source>
        <translation>ip addr: el host solo tiene direcciones privadas (%1): accesible desde cualquier red que llegue a ellas, no directamente desde Internet</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</source>
        <translation>
            <numerusform>%n servicio de la PBX escucha en todas las direcciones (ss -tulpn y la configuración de Asterisk), comparado con las reglas del cortafuegos</numerusform>
            <numerusform>%n servicios de la PBX escuchan en todas las direcciones (ss -tulpn y la configuración de Asterisk), comparados con las reglas del cortafuegos</numerusform>
        </translation>
    </message>
    <message>
        <source>no PBX service listens on every address</source>
        <translation>ningún servicio de la PBX escucha en todas las direcciones</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): open to every network that reaches them, not directly to the Internet</source>
        <translation>ip addr: el host solo tiene direcciones privadas (%1): abierto a cualquier red que llegue a ellas, no directamente a Internet</translation>
    </message>
</context>
<context>
    <name>HardeningAnswers</name>
    <message>
        <source>Trusted network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>La red de confianza «%1» no es una dirección ni una red de como máximo /8 (IPv6: /16). Escríbala como 192.0.2.0/24, 2001:db8::/32 o una sola dirección.</translation>
    </message>
    <message>
        <source>Trunk address &quot;%1&quot; is not an address or network. Write the ITSP&apos;s address as 198.51.100.10 or 198.51.100.0/24 (names are not accepted: fail2ban needs addresses).</source>
        <translation>La dirección de troncal «%1» no es una dirección ni una red. Escriba la dirección del ITSP como 198.51.100.10 o 198.51.100.0/24 (no se aceptan nombres: fail2ban necesita direcciones).</translation>
    </message>
    <message>
        <source>The console&apos;s address &quot;%1&quot; is not an IP address. Leave it empty to read it from the SSH connection.</source>
        <translation>La dirección de la consola «%1» no es una dirección IP. Déjela vacía para leerla de la conexión SSH.</translation>
    </message>
    <message>
        <source>The admin account &quot;%1&quot; is not a login name (lower-case letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, at most 32 characters).</source>
        <translation>La cuenta de administración «%1» no es un nombre de inicio de sesión (letras minúsculas, dígitos, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, como máximo 32 caracteres).</translation>
    </message>
    <message>
        <source>The AMI user &quot;%1&quot; is not a manager.conf user name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</source>
        <translation>El usuario AMI «%1» no es un nombre de usuario de manager.conf (letras, dígitos, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;. Known answers: %2.</source>
        <translation>Respuesta desconocida «%1». Respuestas conocidas: %2.</translation>
    </message>
    <message>
        <source>Phone network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>La red de teléfonos «%1» no es una dirección ni una red de como máximo /8 (IPv6: /16). Escríbala como 192.0.2.0/24, 2001:db8::/32 o una sola dirección.</translation>
    </message>
    <message>
        <source>trusted_networks, trunk_addresses, phone_networks and ami_privileged_users must be lists of strings.</source>
        <translation>trusted_networks, trunk_addresses, phone_networks y ami_privileged_users deben ser listas de cadenas.</translation>
    </message>
</context>
<context>
    <name>HardeningFixes</name>
    <message>
        <source>%1 was not collected by the audit; audit the PBX again as root.</source>
        <translation>La auditoría no recopiló %1; vuelva a auditar la PBX como root.</translation>
    </message>
    <message>
        <source>%1 comes from a stored audit with its secrets removed; plan from a fresh collection.</source>
        <translation>%1 procede de una auditoría guardada sin sus credenciales; planifique a partir de una recopilación nueva.</translation>
    </message>
    <message>
        <source>%1: no section where the audit read one</source>
        <translation>%1: no hay sección donde la auditoría leyó una</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose GUI regenerates Asterisk&apos;s files: an edit would be overwritten at its next reload. Make this change in %1&apos;s own settings; PBX Warden does not edit them yet.</source>
        <translation>Esta PBX ejecuta %1, cuya interfaz gráfica regenera los archivos de Asterisk: una edición se sobrescribiría en su próxima recarga. Haga este cambio en la configuración propia de %1; PBX Warden todavía no la edita.</translation>
    </message>
    <message>
        <source>AMI on loopback, with ACLs and least privilege</source>
        <translation>AMI en loopback, con ACL y privilegios mínimos</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls</source>
        <translation>Sin llamadas SIP de invitados ni anónimas</translation>
    </message>
    <message>
        <source>SSH: no root login, keys only, trusted networks only</source>
        <translation>SSH: sin inicio de sesión de root, solo claves, solo redes de confianza</translation>
    </message>
    <message>
        <source>fail2ban jails for SSH and Asterisk</source>
        <translation>Jails de fail2ban para SSH y Asterisk</translation>
    </message>
    <message>
        <source>manager.conf was not collected by the audit.</source>
        <translation>La auditoría no recopiló manager.conf.</translation>
    </message>
    <message>
        <source>Asterisk cannot read manager.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk no puede leer manager.conf tal como está (%1); repárelo a mano primero.</translation>
    </message>
    <message>
        <source>manager.conf has no [general] section to edit.</source>
        <translation>manager.conf no tiene ninguna sección [general] que editar.</translation>
    </message>
    <message>
        <source>AMI user %1 inherits write = %2 from a template (%3); change the template by hand.</source>
        <translation>El usuario AMI %1 hereda write = %2 de una plantilla (%3); cambie la plantilla a mano.</translation>
    </message>
    <message>
        <source>AMI user %1 has more than two write lines; merge them by hand first.</source>
        <translation>El usuario AMI %1 tiene más de dos líneas write; únalas a mano primero.</translation>
    </message>
    <message>
        <source>manager.conf already has these settings.</source>
        <translation>manager.conf ya tiene estos ajustes.</translation>
    </message>
    <message>
        <source>AMI will listen on 127.0.0.1 only: applications on other hosts (CTI, wallboards, FOP2) lose their AMI connection; the console reaches AMI through its SSH connection.</source>
        <translation>AMI escuchará solo en 127.0.0.1: las aplicaciones de otros hosts (CTI, paneles, FOP2) pierden su conexión AMI; la consola llega a AMI a través de su conexión SSH.</translation>
    </message>
    <message>
        <source>AMI users %1 can no longer run commands, originate calls or change the configuration.</source>
        <translation>Los usuarios AMI %1 ya no podrán ejecutar comandos, originar llamadas ni cambiar la configuración.</translation>
    </message>
    <message>
        <source>AMI users %1 keep their dangerous write classes, as answered.</source>
        <translation>Los usuarios AMI %1 conservan sus clases write peligrosas, según lo respondido.</translation>
    </message>
    <message>
        <source>Asterisk cannot read sip.conf as it is; repair it first.</source>
        <translation>Asterisk no puede leer sip.conf tal como está; repárelo primero.</translation>
    </message>
    <message>
        <source>The anonymous endpoint comes from %1 (the configuration wizard); remove it there by hand.</source>
        <translation>El endpoint anónimo procede de %1 (el asistente de configuración); elimínelo allí a mano.</translation>
    </message>
    <message>
        <source>The [anonymous] section at %1 includes other files; remove it by hand.</source>
        <translation>La sección [anonymous] en %1 incluye otros archivos; elimínela a mano.</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls are accepted already.</source>
        <translation>Ya no se aceptan llamadas SIP de invitados ni anónimas.</translation>
    </message>
    <message>
        <source>Calls that arrive without authentication and match no endpoint are refused: an ITSP must be matched by an identify section (PJSIP) or host= (chan_sip), or its calls stop.</source>
        <translation>Se rechazan las llamadas que llegan sin autenticación y no coinciden con ningún endpoint: un ITSP debe identificarse mediante una sección identify (PJSIP) o host= (chan_sip), o sus llamadas dejarán de entrar.</translation>
    </message>
    <message>
        <source>reload sshd</source>
        <translation>recargar sshd</translation>
    </message>
    <message>
        <source>Name the admin account that must keep SSH access (the one the console logs in with).</source>
        <translation>Indique la cuenta de administración que debe conservar el acceso SSH (con la que inicia sesión la consola).</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so PBX Warden cannot make sure it stays allowed in.</source>
        <translation>Se desconoce la dirección de la consola tal como la ve la PBX, así que PBX Warden no puede asegurarse de que siga teniendo acceso.</translation>
    </message>
    <message>
        <source>There is no account %1 on this PBX: allowing only it would lock every administrator out.</source>
        <translation>No existe la cuenta %1 en esta PBX: permitir solo esa cuenta dejaría fuera a todos los administradores.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyUsers %1 shuts %2 out, so restricting SSH to %2 would lock every administrator out; remove that DenyUsers entry first.</source>
        <translation>DenyUsers %1 de sshd deja fuera a %2, así que restringir SSH a %2 dejaría fuera a todos los administradores; elimine primero esa entrada DenyUsers.</translation>
    </message>
    <message>
        <source>root may still log in: PermitRootLogin no needs a kept admin account other than root that can use sudo.</source>
        <translation>root aún puede iniciar sesión: para aplicar PermitRootLogin no, debe conservarse una cuenta de administración distinta de root que pueda usar sudo.</translation>
    </message>
    <message>
        <source>Passwords stay accepted: PasswordAuthentication no is only offered after the console has logged in as %1 with its key.</source>
        <translation>Se siguen aceptando contraseñas: solo se ofrece PasswordAuthentication no después de que la consola haya iniciado sesión como %1 con su clave.</translation>
    </message>
    <message>
        <source>%1 sets %2 and is read before PBX Warden&apos;s drop-in, so the change would not take effect; remove it there first.</source>
        <translation>%1 define %2 y se lee antes del archivo drop-in de PBX Warden, así que el cambio no surtiría efecto; elimínelo allí primero.</translation>
    </message>
    <message>
        <source>sshd_config already has these settings.</source>
        <translation>sshd_config ya tiene estos ajustes.</translation>
    </message>
    <message>
        <source>sshd -t on the new file</source>
        <translation>sshd -t sobre el nuevo archivo</translation>
    </message>
    <message>
        <source>sshd -t on the whole configuration</source>
        <translation>sshd -t sobre toda la configuración</translation>
    </message>
    <message>
        <source>Only %1 may log in over SSH, and only from %2; every other account loses SSH access. A dead-man switch on the PBX restores the old configuration unless the console logs in again.</source>
        <translation>Solo %1 podrá iniciar sesión por SSH, y solo desde %2; todas las demás cuentas pierden el acceso SSH. Un interruptor de seguridad en la PBX restaura la configuración anterior salvo que la consola vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>None of the SSH findings this fix resolves fails.</source>
        <translation>No falla ninguno de los hallazgos SSH que resuelve esta corrección.</translation>
    </message>
    <message>
        <source>None of the log files logger.conf names (%1) exists, so an asterisk jail would watch nothing; enable a security or notice log in logger.conf and run &apos;logger reload&apos; first.</source>
        <translation>No existe ninguno de los archivos de registro que nombra logger.conf (%1), así que un jail asterisk no vigilaría nada; active primero un registro security o notice en logger.conf y ejecute &apos;logger reload&apos;.</translation>
    </message>
    <message>
        <source>Whether fail2ban is installed is unknown: %1</source>
        <translation>Se desconoce si fail2ban está instalado: %1</translation>
    </message>
    <message>
        <source>fail2ban is not installed; install the fail2ban package first, then audit again.</source>
        <translation>fail2ban no está instalado; instale primero el paquete fail2ban y luego vuelva a auditar.</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so fail2ban could ban the console itself.</source>
        <translation>Se desconoce la dirección de la consola tal como la ve la PBX, así que fail2ban podría bloquear a la propia consola.</translation>
    </message>
    <message>
        <source>%1 already holds these jails.</source>
        <translation>%1 ya contiene estos jails.</translation>
    </message>
    <message>
        <source>fail2ban-client -t on the whole configuration</source>
        <translation>fail2ban-client -t sobre toda la configuración</translation>
    </message>
    <message>
        <source>reload fail2ban (start it when stopped)</source>
        <translation>recargar fail2ban (iniciarlo si está detenido)</translation>
    </message>
    <message>
        <source>Addresses that fail to log in repeatedly are banned; never banned: %1.</source>
        <translation>Se bloquean las direcciones que fallan repetidamente al iniciar sesión; nunca se bloquean: %1.</translation>
    </message>
    <message>
        <source>Trunks not listed in the answers can be banned if they fail to authenticate.</source>
        <translation>Las troncales que no figuran en las respuestas pueden quedar bloqueadas si fallan al autenticarse.</translation>
    </message>
    <message>
        <source>None of the fail2ban findings this fix resolves fails.</source>
        <translation>No falla ninguno de los hallazgos de fail2ban que resuelve esta corrección.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;. Known fixes: %2.</source>
        <translation>Corrección desconocida «%1». Correcciones conocidas: %2.</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose own firewall (FreePBX: the Firewall module, fwconsole firewall) owns the host&apos;s rules; a second firewall beside it would fight it. Trust the console and the administrators&apos; networks in %1&apos;s firewall instead.</source>
        <translation>Esta PBX ejecuta %1, cuyo propio cortafuegos (FreePBX: el módulo Firewall, fwconsole firewall) gestiona las reglas del equipo; un segundo cortafuegos a su lado lo contradiría. Confíe en la consola y en las redes de los administradores en el cortafuegos de %1.</translation>
    </message>
    <message>
        <source>ufw or firewalld manages this host&apos;s firewall; PBX Warden does not add rules beside it. Open SSH and SIP only to the known networks there.</source>
        <translation>ufw o firewalld gestiona el cortafuegos de este equipo; PBX Warden no añade reglas a su lado. Abra allí SSH y SIP solo a las redes conocidas.</translation>
    </message>
    <message>
        <source>nft is not installed on the PBX (package nftables); this fix writes nftables rules. Install it, audit again, then plan. (Hosts with iptables only are not handled yet.)</source>
        <translation>nft no está instalado en la PBX (paquete nftables); esta corrección escribe reglas de nftables. Instálelo, audite de nuevo y planifique. (Los equipos solo con iptables aún no se tratan.)</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so the new rules could shut the console out. Connect over SSH (it is read from the connection) or give console_address.</source>
        <translation>Se desconoce la dirección de la consola tal como la ve la PBX, así que las nuevas reglas podrían dejarla fuera. Conéctese por SSH (se lee de la conexión) o indique console_address.</translation>
    </message>
    <message>
        <source>Say which networks the phones register from and which addresses the SIP provider uses (phone_networks, trunk_addresses): a default-drop firewall would cut off everything else, and with it every call.</source>
        <translation>Indique desde qué redes se registran los teléfonos y qué direcciones usa el proveedor SIP (phone_networks, trunk_addresses): un cortafuegos que descarta por defecto cortaría todo lo demás y, con ello, cada llamada.</translation>
    </message>
    <message>
        <source>%1 already holds these rules.</source>
        <translation>%1 ya contiene estas reglas.</translation>
    </message>
    <message>
        <source>After a reboot the rules come back only if nftables.service is enabled (systemctl enable nftables).</source>
        <translation>Tras un reinicio las reglas solo vuelven si nftables.service está habilitado (systemctl enable nftables).</translation>
    </message>
    <message>
        <source>There is no /etc/nftables.conf: the rules hold until the next reboot. Install nftables&apos; service, or load %1 at boot.</source>
        <translation>No existe /etc/nftables.conf: las reglas duran hasta el próximo reinicio. Instale el servicio de nftables o cargue %1 al arrancar.</translation>
    </message>
    <message>
        <source>nft -c -f on the new rules (check only)</source>
        <translation>nft -c -f sobre las nuevas reglas (solo comprobación)</translation>
    </message>
    <message>
        <source>nft -f %1 (one transaction)</source>
        <translation>nft -f %1 (una transacción)</translation>
    </message>
    <message>
        <source>Incoming connections are dropped unless listed: SSH%1 and the web interfaces from %2; SIP from %3; RTP %4-%5/udp from anywhere.</source>
        <translation>Se descartan las conexiones entrantes salvo las indicadas: SSH%1 y las interfaces web desde %2; SIP desde %3; RTP %4-%5/udp desde cualquier lugar.</translation>
    </message>
    <message>
        <source>No longer reachable from other hosts: %1.</source>
        <translation>Ya no accesible desde otros equipos: %1.</translation>
    </message>
    <message>
        <source>Kept as they are: the host&apos;s other rules (%1 iptables, %2 nftables); a packet must pass them and these.</source>
        <translation>Se mantienen las demás reglas del equipo (%1 iptables, %2 nftables); un paquete debe pasar esas y estas.</translation>
    </message>
    <message>
        <source>None of the firewall findings this fix resolves fails.</source>
        <translation>Ninguno de los hallazgos de cortafuegos que resuelve esta corrección falla.</translation>
    </message>
    <message>
        <source>Host firewall: drop by default, SSH and SIP from known networks only</source>
        <translation>Cortafuegos del equipo: descartar por defecto, SSH y SIP solo desde redes conocidas</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server on loopback only</source>
        <translation>Servidor HTTP de Asterisk solo en loopback</translation>
    </message>
    <message>
        <source>http.conf was not collected by the audit.</source>
        <translation>La auditoría no recogió http.conf.</translation>
    </message>
    <message>
        <source>Asterisk cannot read http.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk no puede leer http.conf tal como está (%1); repárelo a mano primero.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is off.</source>
        <translation>El servidor HTTP de Asterisk está apagado.</translation>
    </message>
    <message>
        <source>http.conf already binds to 127.0.0.1.</source>
        <translation>http.conf ya se enlaza a 127.0.0.1.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server will answer on 127.0.0.1 only: WebRTC phones, ARI applications and AMI-over-HTTP clients on other hosts lose it (put a TLS reverse proxy in front if they need it).</source>
        <translation>El servidor HTTP de Asterisk responderá solo en 127.0.0.1: los teléfonos WebRTC, las aplicaciones ARI y los clientes de AMI sobre HTTP de otros equipos lo pierden (ponga delante un proxy inverso TLS si lo necesitan).</translation>
    </message>
    <message>
        <source>None of the web findings this fix resolves fails.</source>
        <translation>Ninguno de los hallazgos web que resuelve esta corrección falla.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>%1 gave an unexpected answer to the probe: %2</source>
        <translation>%1 dio una respuesta inesperada a la comprobación: %2</translation>
    </message>
    <message>
        <source>installed; its console did not answer %1 (%2)</source>
        <translation>instalado; su consola no respondió a %1 (%2)</translation>
    </message>
    <message>
        <source>whether sudo works could not be asked: %1</source>
        <translation>no se pudo comprobar si sudo funciona: %1</translation>
    </message>
</context>
<context>
    <name>InactiveUserChecks</name>
    <message>
        <source>Login accounts unused for 180 days</source>
        <translation>Cuentas de acceso sin usar desde hace 180 días</translation>
    </message>
    <message>
        <source>Accounts of former staff keep working passwords and keys nobody watches.</source>
        <translation>Las cuentas de antiguos empleados conservan contraseñas y claves válidas que nadie vigila.</translation>
    </message>
    <message>
        <source>Lock or remove accounts nobody uses (usermod -L / userdel) and their authorized_keys.</source>
        <translation>Bloquee o elimine las cuentas que nadie usa (usermod -L / userdel) y sus authorized_keys.</translation>
    </message>
    <message>
        <source>Extensions with no registered phone and no call records</source>
        <translation>Extensiones sin teléfono registrado ni registros de llamadas</translation>
    </message>
    <message>
        <source>Extensions of former employees are rarely watched; their passwords are often weak and their calls go unnoticed.</source>
        <translation>Las extensiones de antiguos empleados rara vez se vigilan; sus contraseñas suelen ser débiles y sus llamadas pasan desapercibidas.</translation>
    </message>
    <message>
        <source>Check with the customer and remove the extensions nobody uses (endpoint, auth, aor and voicemail box).</source>
        <translation>Consúltelo con el cliente y elimine las extensiones que nadie usa (endpoint, auth, aor y buzón de voz).</translation>
    </message>
    <message>
        <source>%1: can log in, never did</source>
        <translation>%1: puede iniciar sesión, nunca lo ha hecho</translation>
    </message>
    <message>
        <source>%1: last login %2</source>
        <translation>%1: último inicio de sesión %2</translation>
    </message>
    <message>
        <source>the PJSIP endpoints are unknown (neither the live list nor pjsip.conf)</source>
        <translation>se desconocen los endpoints PJSIP (ni la lista en vivo ni pjsip.conf)</translation>
    </message>
    <message>
        <source>no endpoint has a registered contact</source>
        <translation>ningún endpoint tiene un contacto registrado</translation>
    </message>
    <message>
        <source>no call records</source>
        <translation>sin registros de llamadas</translation>
    </message>
    <message>
        <source>needs the registered contacts or the call records (CDR): %1; %2</source>
        <translation>necesita los contactos registrados o los registros de llamadas (CDR): %1; %2</translation>
    </message>
    <message>
        <source>registration unknown</source>
        <translation>registro desconocido</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, last call %3</source>
        <translation>%1: %2, última llamada %3</translation>
    </message>
    <message>
        <source>%1: %2, no call since %3</source>
        <translation>%1: %2, ninguna llamada desde %3</translation>
    </message>
    <message>
        <source>%1: %2, no call recorded</source>
        <translation>%1: %2, ninguna llamada registrada</translation>
    </message>
    <message>
        <source>no call records; only the current registration was checked</source>
        <translation>sin registros de llamadas; solo se comprobó el registro actual</translation>
    </message>
    <message>
        <source>the registered contacts could not be read; only the call records were checked</source>
        <translation>no se pudieron leer los contactos registrados; solo se comprobaron los registros de llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s), against the registered contacts and the call records</source>
        <translation>
            <numerusform>%n extensión, comparada con los contactos registrados y los registros de llamadas</numerusform>
            <numerusform>%n extensiones, comparadas con los contactos registrados y los registros de llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>no phone extension is configured</source>
        <translation>no hay ninguna extensión telefónica configurada</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that can log in (password or SSH key), from %1</source>
        <translation>
            <numerusform>%n cuenta que puede iniciar sesión (contraseña o clave SSH), de %1</numerusform>
            <numerusform>%n cuentas que pueden iniciar sesión (contraseña o clave SSH), de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no account can log in</source>
        <translation>ninguna cuenta puede iniciar sesión</translation>
    </message>
</context>
<context>
    <name>InspectionChecks</name>
    <message>
        <source>No inspection in the last six months</source>
        <translation>Ninguna revisión en los últimos seis meses</translation>
    </message>
    <message>
        <source>The seed practice: inspect each PBX twice a year and verify its configuration.</source>
        <translation>La práctica de referencia: revisar cada PBX dos veces al año y verificar su configuración.</translation>
    </message>
    <message>
        <source>Audit this PBX with PBX Warden at least every six months (this audit counts from now on).</source>
        <translation>Audite esta PBX con PBX Warden al menos cada seis meses (esta auditoría cuenta a partir de ahora).</translation>
    </message>
    <message>
        <source>Asterisk does not log security events</source>
        <translation>Asterisk no registra los eventos de seguridad</translation>
    </message>
    <message>
        <source>Without a security log failed registrations, ACL rejections and AMI logins leave no trace to inspect, and fail2ban sees less.</source>
        <translation>Sin un registro de seguridad, los registros SIP fallidos, los rechazos de ACL y los inicios de sesión AMI no dejan rastro que revisar, y fail2ban ve menos.</translation>
    </message>
    <message>
        <source>Add &apos;security.log =&gt; security&apos; to logger.conf [logfiles] and run &apos;logger reload&apos;.</source>
        <translation>Añada &apos;security.log =&gt; security&apos; a logger.conf [logfiles] y ejecute &apos;logger reload&apos;.</translation>
    </message>
    <message>
        <source>previous audit %1 (%2 days before this one)</source>
        <translation>auditoría anterior %1 (%2 días antes de esta)</translation>
    </message>
    <message>
        <source>previous audit %1</source>
        <translation>auditoría anterior %1</translation>
    </message>
    <message>
        <source>logger.conf was not collected</source>
        <translation>no se recopiló logger.conf</translation>
    </message>
    <message>
        <source>logger.conf [logfiles]: no channel logs the security level</source>
        <translation>logger.conf [logfiles]: ningún canal registra el nivel security</translation>
    </message>
    <message>
        <source>PBX Warden&apos;s record of this PBX&apos;s audits</source>
        <translation>El registro de PBX Warden de las auditorías de esta PBX</translation>
    </message>
    <message>
        <source>first audit by PBX Warden: the next one is due within six months</source>
        <translation>primera auditoría de PBX Warden: la siguiente debe hacerse en un plazo de seis meses</translation>
    </message>
</context>
<context>
    <name>IntlPasscodeChecks</name>
    <message>
        <source>International calls need no passcode</source>
        <translation>Las llamadas internacionales no requieren código</translation>
    </message>
    <message>
        <source>A per-user PIN on each international call alone can prevent toll fraud, even when an intruder is in the system.</source>
        <translation>Un PIN por usuario en cada llamada internacional puede por sí solo evitar el fraude telefónico, incluso con un intruso dentro del sistema.</translation>
    </message>
    <message>
        <source>Add Authenticate() (FreePBX: a route password or PIN set) before every Dial() to an international number.</source>
        <translation>Añada Authenticate() (FreePBX: una contraseña de ruta o un conjunto de PIN) antes de cada Dial() a un número internacional.</translation>
    </message>
    <message>
        <source>Dialplan PINs are weak</source>
        <translation>Los PIN del dialplan son débiles</translation>
    </message>
    <message>
        <source>A guessable PIN protects nothing.</source>
        <translation>Un PIN adivinable no protege nada.</translation>
    </message>
    <message>
        <source>Use PINs of 6+ random digits, one per user.</source>
        <translation>Use PIN de 6 o más dígitos aleatorios, uno por usuario.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>no se recopiló extensions.conf</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>no se puede llegar a ninguna ruta internacional</translation>
    </message>
    <message>
        <source>every international route asks for a PIN</source>
        <translation>todas las rutas internacionales piden un PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n PIN(s) in extensions.conf [globals]</source>
        <translation>
            <numerusform>%n PIN en extensions.conf [globals]</numerusform>
            <numerusform>%n PIN en extensions.conf [globals]</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions.conf [globals] holds no PIN</source>
        <translation>extensions.conf [globals] no contiene ningún PIN</translation>
    </message>
</context>
<context>
    <name>IntrusionPreventionChecks</name>
    <message>
        <source>No intrusion prevention (fail2ban) is installed</source>
        <translation>No hay ninguna prevención de intrusiones (fail2ban) instalada</translation>
    </message>
    <message>
        <source>Password guessing against SIP and SSH goes on for as long as the attacker likes.</source>
        <translation>La adivinación de contraseñas contra SIP y SSH continúa tanto tiempo como quiera el atacante.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its sshd and asterisk jails (keep the default settings).</source>
        <translation>Instale fail2ban y active sus jails sshd y asterisk (mantenga la configuración predeterminada).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running, with SIP or SSH open to any address</source>
        <translation>fail2ban está instalado pero no en ejecución, con SIP o SSH abiertos a cualquier dirección</translation>
    </message>
    <message>
        <source>A configured but stopped fail2ban bans nobody while services face the Internet.</source>
        <translation>Un fail2ban configurado pero detenido no bloquea a nadie mientras los servicios están expuestos a Internet.</translation>
    </message>
    <message>
        <source>Start fail2ban and enable it at boot (systemctl enable --now fail2ban).</source>
        <translation>Inicie fail2ban y actívelo en el arranque (systemctl enable --now fail2ban).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running (the firewall limits SIP and SSH)</source>
        <translation>fail2ban está instalado pero no en ejecución (el cortafuegos limita SIP y SSH)</translation>
    </message>
    <message>
        <source>The firewall admits only listed sources, but a compromised host there can still guess passwords unhindered.</source>
        <translation>El cortafuegos solo admite orígenes enumerados, pero un host comprometido entre ellos aún puede adivinar contraseñas sin trabas.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects Asterisk</source>
        <translation>Ningún jail de fail2ban protege Asterisk</translation>
    </message>
    <message>
        <source>SIP password cracking (svcrack) is never banned.</source>
        <translation>El descifrado de contraseñas SIP (svcrack) nunca se bloquea.</translation>
    </message>
    <message>
        <source>Enable the asterisk jail in jail.local (enabled = true) with logpath pointing at the log Asterisk really writes.</source>
        <translation>Active el jail asterisk en jail.local (enabled = true) con logpath apuntando al registro que Asterisk escribe realmente.</translation>
    </message>
    <message>
        <source>The asterisk jail watches a log file that does not exist</source>
        <translation>El jail asterisk vigila un archivo de registro que no existe</translation>
    </message>
    <message>
        <source>A jail on /var/log/asterisk/messages while Asterisk writes messages.log runs but can match nothing.</source>
        <translation>Un jail sobre /var/log/asterisk/messages mientras Asterisk escribe messages.log funciona, pero no puede detectar nada.</translation>
    </message>
    <message>
        <source>Point logpath at the files logger.conf really writes (messages.log, security.log) and reload fail2ban.</source>
        <translation>Haga que logpath apunte a los archivos que logger.conf escribe realmente (messages.log, security.log) y recargue fail2ban.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects SSH</source>
        <translation>Ningún jail de fail2ban protege SSH</translation>
    </message>
    <message>
        <source>SSH password guessing is never banned.</source>
        <translation>La adivinación de contraseñas SSH nunca se bloquea.</translation>
    </message>
    <message>
        <source>Enable the sshd jail (on Debian 12 with backend = systemd).</source>
        <translation>Active el jail sshd (en Debian 12 con backend = systemd).</translation>
    </message>
    <message>
        <source>fail2ban-client: not installed</source>
        <translation>fail2ban-client: no instalado</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban no está instalado</translation>
    </message>
    <message>
        <source>running, jails: %1</source>
        <translation>en ejecución, jails: %1</translation>
    </message>
    <message>
        <source>fail2ban-client status: %1</source>
        <translation>fail2ban-client status: %1</translation>
    </message>
    <message>
        <source>the firewall limits SIP and SSH to listed sources</source>
        <translation>el cortafuegos limita SIP y SSH a orígenes enumerados</translation>
    </message>
    <message>
        <source>neither the running jails nor jail.conf/jail.local could be read</source>
        <translation>no se pudieron leer ni los jails en ejecución ni jail.conf/jail.local</translation>
    </message>
    <message>
        <source>%1: [asterisk] enabled = false</source>
        <translation>%1: [asterisk] enabled = false</translation>
    </message>
    <message>
        <source>no enabled jail uses the asterisk filter</source>
        <translation>ningún jail activado usa el filtro asterisk</translation>
    </message>
    <message>
        <source>no enabled asterisk jail to check</source>
        <translation>no hay ningún jail asterisk activado que comprobar</translation>
    </message>
    <message>
        <source>[%1] logpath %2: no such file (%3)</source>
        <translation>[%1] logpath %2: el archivo no existe (%3)</translation>
    </message>
    <message>
        <source>no enabled sshd jail</source>
        <translation>ningún jail sshd activado</translation>
    </message>
    <message>
        <source>fail2ban-client status, the jail configuration and /var/log</source>
        <translation>fail2ban-client status, la configuración de los jails y /var/log</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The audit history could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir el historial de auditorías: %1</translation>
    </message>
    <message>
        <source>A PBX with this name already exists.</source>
        <translation>Ya existe una PBX con este nombre.</translation>
    </message>
    <message>
        <source>A customer with this name already exists.</source>
        <translation>Ya existe un cliente con este nombre.</translation>
    </message>
    <message>
        <source>This customer already has a site with this name.</source>
        <translation>Este cliente ya tiene una sede con este nombre.</translation>
    </message>
    <message>
        <source>This is still in use by other entries of the inventory.</source>
        <translation>Otras entradas del inventario todavía lo usan.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>Un valor está fuera de su rango permitido (%1).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>El disco está lleno; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The inventory is locked by another program; nothing was changed.</source>
        <translation>Otro programa tiene bloqueado el inventario; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The inventory could not be changed: %1</source>
        <translation>No se pudo modificar el inventario: %1</translation>
    </message>
    <message>
        <source>The inventory is busy: %1</source>
        <translation>El inventario está ocupado: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>There is no PBX with id %1.</source>
        <translation>No hay ninguna PBX con el id %1.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>No hay ninguna PBX llamada «%1».</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Una sede pertenece a un cliente: elija también el cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>El nombre del cliente es obligatorio.</translation>
    </message>
    <message>
        <source>A site needs a customer and a name.</source>
        <translation>Una sede necesita un cliente y un nombre.</translation>
    </message>
    <message>
        <source>The customer %1 still has PBXs; move or remove them first.</source>
        <translation>El cliente %1 todavía tiene PBX; muévalas o elimínelas primero.</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;.</source>
        <translation>No hay ningún cliente llamado «%1».</translation>
    </message>
    <message>
        <source>The change history could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir el historial de cambios: %1</translation>
    </message>
    <message>
        <source>The inventory has no identity.</source>
        <translation>El inventario no tiene identidad.</translation>
    </message>
</context>
<context>
    <name>LeastPrivilegeChecks</name>
    <message>
        <source>AMI users may run commands or originate calls</source>
        <translation>Los usuarios AMI pueden ejecutar comandos u originar llamadas</translation>
    </message>
    <message>
        <source>Give each AMI user only the classes its application needs (a wallboard: read = call,agent, write = empty).</source>
        <translation>Dé a cada usuario AMI solo las clases que necesita su aplicación (un panel de pared: read = call,agent, write = vacío).</translation>
    </message>
    <message>
        <source>An account may run anything as root without a password</source>
        <translation>Una cuenta puede ejecutar cualquier cosa como root sin contraseña</translation>
    </message>
    <message>
        <source>NOPASSWD: ALL turns any flaw in that account (for &apos;asterisk&apos;: any dialplan or AMI command injection) into root.</source>
        <translation>NOPASSWD: ALL convierte cualquier fallo de esa cuenta (para &apos;asterisk&apos;: cualquier inyección de comandos en el dialplan o AMI) en acceso root.</translation>
    </message>
    <message>
        <source>Remove the rule, or limit it to the exact commands needed (e.g. /usr/sbin/fwconsole reload) with full paths.</source>
        <translation>Elimine la regla o limítela a los comandos exactos necesarios, con rutas completas (p. ej., /usr/sbin/fwconsole reload).</translation>
    </message>
    <message>
        <source>Asterisk runs with live_dangerously = yes</source>
        <translation>Asterisk se ejecuta con live_dangerously = yes</translation>
    </message>
    <message>
        <source>Functions like SHELL() and FILE() become callable from external sources such as AMI and ARI.</source>
        <translation>Funciones como SHELL() y FILE() pasan a poder invocarse desde orígenes externos como AMI y ARI.</translation>
    </message>
    <message>
        <source>Set live_dangerously = no in asterisk.conf [options].</source>
        <translation>Establezca live_dangerously = no en asterisk.conf [options].</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>no se recopiló manager.conf</translation>
    </message>
    <message>
        <source>asterisk.conf was not collected</source>
        <translation>no se recopiló asterisk.conf</translation>
    </message>
    <message>
        <source>write = system, command, originate, config or all lets an AMI login run shell commands (originate led to code execution: GHSA-c4cg-9275-6w44) or place calls anywhere.</source>
        <translation>write = system, command, originate, config o all permite que un inicio de sesión AMI ejecute comandos del shell (originate llevó a ejecución de código: GHSA-c4cg-9275-6w44) o haga llamadas a cualquier destino.</translation>
    </message>
    <message>
        <source>AMI users without permit/deny</source>
        <translation>Usuarios AMI sin permit/deny</translation>
    </message>
    <message>
        <source>An AMI user without an ACL can log in from any address that reaches port 5038: its secret is the only thing between the Internet and the classes it may use.</source>
        <translation>Un usuario AMI sin ACL puede iniciar sesión desde cualquier dirección que llegue al puerto 5038: su secreto es lo único que hay entre Internet y las clases que puede usar.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the application&apos;s address&gt;/32 to every manager.conf user.</source>
        <translation>Añada deny = 0.0.0.0/0.0.0.0 y permit = &lt;dirección de la aplicación&gt;/32 a cada usuario de manager.conf.</translation>
    </message>
    <message>
        <source>Caller-controlled data reaches a shell (System, TrySystem, SHELL)</source>
        <translation>Datos controlados por el llamante llegan a un shell (System, TrySystem, SHELL)</translation>
    </message>
    <message>
        <source>The caller chooses the caller ID, the dialled digits and SIP headers: passed to System(), TrySystem() or SHELL() they run commands on the PBX as Asterisk (command injection).</source>
        <translation>El llamante elige el identificador de llamada, los dígitos marcados y las cabeceras SIP: pasados a System(), TrySystem() o SHELL(), ejecutan comandos en la PBX como Asterisk (inyección de comandos).</translation>
    </message>
    <message>
        <source>Pass only ${FILTER(0123456789,...)} of caller data to a shell, or replace the call with an AGI script that takes the value as an argument, never through a shell.</source>
        <translation>Pase a un shell solo ${FILTER(0123456789,...)} de los datos del llamante, o sustituya la llamada por un script AGI que reciba el valor como argumento, nunca a través de un shell.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>no se recopiló extensions.conf</translation>
    </message>
    <message numerus="yes">
        <source>%n System()/TrySystem()/SHELL() call(s) in extensions.conf</source>
        <translation>
            <numerusform>%n llamada System()/TrySystem()/SHELL() en extensions.conf</numerusform>
            <numerusform>%n llamadas System()/TrySystem()/SHELL() en extensions.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan runs no shell command</source>
        <translation>el dialplan no ejecuta ningún comando del shell</translation>
    </message>
    <message>
        <source>no caller-controlled value reaches a shell</source>
        <translation>ningún valor controlado por el llamante llega a un shell</translation>
    </message>
    <message>
        <source>manager.conf is not present</source>
        <translation>manager.conf no existe</translation>
    </message>
    <message>
        <source>AMI is disabled: %1</source>
        <translation>AMI está desactivado: %1</translation>
    </message>
    <message>
        <source>AMI listens on loopback only</source>
        <translation>AMI escucha solo en loopback</translation>
    </message>
    <message>
        <source>AMI listens on %1 and no firewall rule limits TCP %2</source>
        <translation>AMI escucha en %1 y ninguna regla del cortafuegos limita TCP %2</translation>
    </message>
    <message>
        <source>AMI listens on %1, the firewall limits TCP %2</source>
        <translation>AMI escucha en %1; el cortafuegos limita TCP %2</translation>
    </message>
    <message>
        <source>the user has an ACL</source>
        <translation>el usuario tiene una ACL</translation>
    </message>
    <message>
        <source>the user has no ACL</source>
        <translation>el usuario no tiene ACL</translation>
    </message>
    <message>
        <source>%1: AMI user without permit, deny or acl</source>
        <translation>%1: usuario AMI sin permit, deny ni acl</translation>
    </message>
    <message numerus="yes">
        <source>%n AMI user(s) in manager.conf</source>
        <translation>
            <numerusform>%n usuario AMI en manager.conf</numerusform>
            <numerusform>%n usuarios AMI en manager.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>manager.conf defines no AMI user</source>
        <translation>manager.conf no define ningún usuario AMI</translation>
    </message>
    <message>
        <source>/etc/sudoers and asterisk.conf</source>
        <translation>/etc/sudoers y asterisk.conf</translation>
    </message>
</context>
<context>
    <name>LineConfigDocument</name>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>No hay ninguna línea %1 en este archivo.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Una línea de configuración no puede contener un salto de línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sshd keyword that can be set here.</source>
        <translation>«%1» no es una palabra clave de sshd que se pueda definir aquí.</translation>
    </message>
    <message>
        <source>The value for %1 is empty or has control characters.</source>
        <translation>El valor de %1 está vacío o tiene caracteres de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name fail2ban can read back.</source>
        <translation>«%1» no es un nombre de opción que fail2ban pueda volver a leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name fail2ban can read back.</source>
        <translation>«%1» no es un nombre de sección que fail2ban pueda volver a leer.</translation>
    </message>
</context>
<context>
    <name>NftRuleset</name>
    <message>
        <source>not nft JSON: %1</source>
        <translation>no es JSON de nft: %1</translation>
    </message>
</context>
<context>
    <name>PasswordChecks</name>
    <message>
        <source>Weak PJSIP passwords</source>
        <translation>Contraseñas PJSIP débiles</translation>
    </message>
    <message>
        <source>svcrack guesses extension-equal, short and common SIP passwords in minutes; a cracked phone account places calls at your expense (toll fraud).</source>
        <translation>svcrack adivina en minutos las contraseñas SIP iguales a la extensión, cortas o comunes; una cuenta de teléfono descifrada hace llamadas a su costa (fraude telefónico).</translation>
    </message>
    <message>
        <source>Give every auth section a random password of 16+ characters, different from the user name, and update the phones.</source>
        <translation>Asigne a cada sección auth una contraseña aleatoria de 16 caracteres o más, distinta del nombre de usuario, y actualice los teléfonos.</translation>
    </message>
    <message>
        <source>Weak chan_sip secrets</source>
        <translation>Secretos chan_sip débiles</translation>
    </message>
    <message>
        <source>chan_sip peers with guessable secrets are cracked with the same tools as PJSIP ones.</source>
        <translation>Los peers de chan_sip con secretos adivinables se descifran con las mismas herramientas que los de PJSIP.</translation>
    </message>
    <message>
        <source>Set random secrets of 16+ characters on every peer, or better, move them to PJSIP and unload chan_sip.</source>
        <translation>Establezca secretos aleatorios de 16 caracteres o más en cada peer o, mejor aún, páselos a PJSIP y descargue chan_sip.</translation>
    </message>
    <message>
        <source>Weak or default AMI secrets</source>
        <translation>Secretos AMI débiles o predeterminados</translation>
    </message>
    <message>
        <source>An AMI login controls the whole PBX; FreePBX&apos;s &apos;amp111&apos; and user-name secrets are the first ones tried.</source>
        <translation>Un inicio de sesión AMI controla toda la PBX; &apos;amp111&apos; de FreePBX y los secretos iguales al nombre de usuario son los primeros que se prueban.</translation>
    </message>
    <message>
        <source>Set a random secret of 20+ characters for every manager.conf user and update the applications using it.</source>
        <translation>Establezca un secreto aleatorio de 20 caracteres o más para cada usuario de manager.conf y actualice las aplicaciones que lo usan.</translation>
    </message>
    <message>
        <source>Weak voicemail PINs</source>
        <translation>PIN de buzón de voz débiles</translation>
    </message>
    <message>
        <source>Voicemail PINs equal to the mailbox or like 1234 let intruders listen to messages and, through call-back options, place calls.</source>
        <translation>Los PIN de buzón de voz iguales al número del buzón o del tipo 1234 permiten a los intrusos escuchar mensajes y, mediante las opciones de devolución de llamada, hacer llamadas.</translation>
    </message>
    <message>
        <source>Require 6+ digit PINs (minpassword = 6), set random ones, and let users change them on first login.</source>
        <translation>Exija PIN de 6 dígitos o más (minpassword = 6), asigne PIN aleatorios y permita que los usuarios los cambien en el primer acceso.</translation>
    </message>
    <message>
        <source>root has a default or common password</source>
        <translation>root tiene una contraseña predeterminada o común</translation>
    </message>
    <message>
        <source>Appliance images ship with known root passwords; anyone reaching SSH or the console owns the PBX.</source>
        <translation>Las imágenes de appliance se distribuyen con contraseñas de root conocidas; cualquiera que llegue a SSH o a la consola se adueña de la PBX.</translation>
    </message>
    <message>
        <source>Set a long random root password (passwd root) and keep it in a password manager.</source>
        <translation>Establezca una contraseña de root larga y aleatoria (passwd root) y guárdela en un gestor de contraseñas.</translation>
    </message>
    <message>
        <source>The same secret is used by several accounts</source>
        <translation>Varias cuentas usan el mismo secreto</translation>
    </message>
    <message>
        <source>One leaked secret opens every account that shares it, and nobody can tell which one was used.</source>
        <translation>Un solo secreto filtrado abre todas las cuentas que lo comparten, y nadie puede saber cuál se usó.</translation>
    </message>
    <message>
        <source>Give each SIP, IAX and AMI account its own random secret.</source>
        <translation>Asigne a cada cuenta SIP, IAX y AMI su propio secreto aleatorio.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>no se recopiló ninguna configuración de Asterisk</translation>
    </message>
    <message>
        <source>%1 is not present</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip no está cargado</translation>
    </message>
    <message>
        <source>/etc/shadow: root&apos;s password is a vendor default or in the common-password list</source>
        <translation>/etc/shadow: la contraseña de root es un valor predeterminado del fabricante o figura en la lista de contraseñas comunes</translation>
    </message>
    <message>
        <source>/etc/shadow: root has an empty password</source>
        <translation>/etc/shadow: root tiene una contraseña vacía</translation>
    </message>
    <message>
        <source>one secret shared by: %1</source>
        <translation>un secreto compartido por: %1</translation>
    </message>
    <message>
        <source>%1 holds no %2 secret</source>
        <translation>%1 no contiene ningún secreto %2</translation>
    </message>
    <message numerus="yes">
        <source>%n auth password(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n contraseña auth en pjsip.conf</numerusform>
            <numerusform>%n contraseñas auth en pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer secret(s) in sip.conf</source>
        <translation>
            <numerusform>%n secreto de peer en sip.conf</numerusform>
            <numerusform>%n secretos de peer en sip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI secret(s) in manager.conf</source>
        <translation>
            <numerusform>%n secreto AMI en manager.conf</numerusform>
            <numerusform>%n secretos AMI en manager.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox PIN(s) in voicemail.conf</source>
        <translation>
            <numerusform>%n PIN de buzón en voicemail.conf</numerusform>
            <numerusform>%n PIN de buzón en voicemail.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>root&apos;s password hash in /etc/shadow</source>
        <translation>el hash de la contraseña de root en /etc/shadow</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP, IAX and AMI secret(s)</source>
        <translation>
            <numerusform>%n secreto SIP, IAX y AMI</numerusform>
            <numerusform>%n secretos SIP, IAX y AMI</numerusform>
        </translation>
    </message>
    <message>
        <source>no SIP, IAX or AMI secret found</source>
        <translation>no se encontró ningún secreto SIP, IAX ni AMI</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Firewall</source>
        <translation>Cortafuegos</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Contraseñas robustas</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>Acceso SSH</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Interfaz web</translation>
    </message>
    <message>
        <source>SIP and AMI address limits</source>
        <translation>Restricciones de direcciones para SIP y AMI</translation>
    </message>
    <message>
        <source>Inactive users</source>
        <translation>Usuarios inactivos</translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation>Revisión periódica</translation>
    </message>
    <message>
        <source>Intrusion prevention</source>
        <translation>Prevención de intrusiones</translation>
    </message>
    <message>
        <source>Least privilege</source>
        <translation>Mínimo privilegio</translation>
    </message>
    <message>
        <source>Call destinations</source>
        <translation>Destinos de llamada</translation>
    </message>
    <message>
        <source>Call times</source>
        <translation>Horarios de llamada</translation>
    </message>
    <message>
        <source>International passcode</source>
        <translation>Código para llamadas internacionales</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>no program to run</source>
        <translation>no hay ningún programa que ejecutar</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no superada</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluada</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>nada que evaluar</translation>
    </message>
    <message>
        <source>? (nothing could be assessed)</source>
        <translation>? (no se pudo evaluar nada)</translation>
    </message>
    <message>
        <source>%1 (partial — %2 of %3 not assessed)</source>
        <extracomment>%1 is the grade letter; &quot;15 of 52 not assessed&quot;</extracomment>
        <translation>%1 (parcial — %2 de %3 no evaluadas)</translation>
    </message>
    <message>
        <source>pass, %1 of %2 assessed</source>
        <translation>superada, %1 de %2 evaluadas</translation>
    </message>
    <message>
        <source>%1, %2 of %3 assessed</source>
        <translation>%1, %2 de %3 evaluadas</translation>
    </message>
    <message>
        <source>Score = points earned / points possible x 100. Each assessed check is worth its severity (critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that could not be assessed count in neither. Grade A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, else F. A grade with checks not assessed is marked partial.</source>
        <translation>Puntuación = puntos obtenidos / puntos posibles x 100. Cada comprobación evaluada vale según su gravedad (crítica 10, alta 6, media 3, baja 1, informativa 0): si se supera, obtiene sus puntos; si no se supera, no obtiene nada; las comprobaciones que no se pudieron evaluar no cuentan en ninguno de los dos totales. Nota A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50; si no, F. Una nota con comprobaciones no evaluadas se marca como parcial.</translation>
    </message>
    <message>
        <source>all %1 assessed</source>
        <translation>las %1 evaluadas</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 de %2 evaluadas</translation>
    </message>
</context>
<context>
    <name>SecretVerdict</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>equal to the user name</source>
        <translation>igual al nombre de usuario</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>contiene el nombre de usuario</translation>
    </message>
    <message>
        <source>a vendor default</source>
        <translation>un valor predeterminado del fabricante</translation>
    </message>
    <message>
        <source>a common password</source>
        <translation>una contraseña común</translation>
    </message>
    <message>
        <source>too short or too guessable</source>
        <translation>demasiado corto o fácil de adivinar</translation>
    </message>
    <message>
        <source>stored as a hash, strength unknown</source>
        <translation>almacenado como hash, robustez desconocida</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robusto</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>SSH password</source>
        <translation>contraseña SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>frase de paso de la clave SSH</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>secreto AMI</translation>
    </message>
    <message>
        <source>this session only (in memory, forgotten at exit)</source>
        <translation>solo esta sesión (en memoria, se olvida al salir)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1).</source>
        <translation>El llavero no pudo eliminar la entrada (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked (%1).</source>
        <translation>El llavero denegó el acceso; puede que esté bloqueado (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet answers on D-Bus).</source>
        <translation>No hay ningún servicio de llavero en ejecución (ningún Secret Service, como GNOME Keyring o KWallet, responde en D-Bus).</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Esta plataforma no tiene ningún llavero compatible.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>llavero del sistema (servicio «%1»)</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back; it is probably locked. Unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>El llavero aceptó un secreto pero no lo devolvió; probablemente esté bloqueado. Desbloquéelo (por ejemplo, iniciando sesión en el escritorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the old entry could not be read (%1); it is kept</source>
        <translation>no se pudo leer la entrada anterior (%1); se conserva</translation>
    </message>
    <message>
        <source>the entry could not be written under its new name (%1); the old one is kept</source>
        <translation>no se pudo escribir la entrada con su nuevo nombre (%1); se conserva la anterior</translation>
    </message>
    <message>
        <source>copied to its new name, but the old entry could not be removed (%1); it will be tried again</source>
        <translation>se copió con su nuevo nombre, pero no se pudo eliminar la entrada anterior (%1); se volverá a intentar</translation>
    </message>
    <message>
        <source>This PBX has no identity in the inventory, so its secrets cannot be named; open it from the inventory and try again.</source>
        <translation>Esta PBX no tiene identidad en el inventario, así que no se puede dar nombre a sus credenciales; ábrala desde el inventario e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>contraseña de sudo</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>no medium</source>
        <translation>no hay ningún medio</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>el servidor no admite esta operación</translation>
    </message>
    <message>
        <source>the server reported a failure</source>
        <translation>el servidor notificó un error</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>could not start SFTP</source>
        <translation>no se pudo iniciar SFTP</translation>
    </message>
    <message>
        <source>%1 has no SFTP service (Subsystem sftp in sshd_config)</source>
        <translation>%1 no tiene servicio SFTP (Subsystem sftp en sshd_config)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute file path</source>
        <translation>«%1» no es una ruta de archivo absoluta</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>falló la lectura de %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes and was not read</source>
        <translation>%1 ocupa más de %2 bytes y no se leyó</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>no se puede listar %1</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1</source>
        <translation>no se puede eliminar el resto %1</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>no se pueden leer los atributos de %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not replaced</source>
        <translation>%1 no es un archivo normal; no se reemplazó</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to %1</source>
        <translation>no se puede crear un archivo temporal junto a %1</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>falló la escritura de %1</translation>
    </message>
    <message>
        <source>flushing %1 to disk failed</source>
        <translation>falló el volcado de %1 al disco</translation>
    </message>
    <message>
        <source>closing %1 failed</source>
        <translation>falló el cierre de %1</translation>
    </message>
    <message>
        <source>cannot give %1 the owner of the file it replaces</source>
        <translation>no se puede asignar a %1 el propietario del archivo que reemplaza</translation>
    </message>
    <message>
        <source>cannot give %1 the mode of the file it replaces</source>
        <translation>no se pueden asignar a %1 los permisos del archivo que reemplaza</translation>
    </message>
    <message>
        <source>cannot set the mode of %1</source>
        <translation>no se pueden establecer los permisos de %1</translation>
    </message>
    <message>
        <source>cannot move the new file to %1</source>
        <translation>no se puede mover el archivo nuevo a %1</translation>
    </message>
    <message>
        <source>%1 cannot replace files atomically (no posix-rename@openssh.com); %2 was not changed</source>
        <translation>%1 no puede reemplazar archivos de forma atómica (sin posix-rename@openssh.com); %2 no se modificó</translation>
    </message>
    <message>
        <source>cannot move the new file over %1</source>
        <translation>no se puede mover el archivo nuevo sobre %1</translation>
    </message>
    <message>
        <source>cannot move the new file over %1: %2</source>
        <translation>no se puede mover el archivo nuevo sobre %1: %2</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>text contains a NUL character and cannot be passed to a remote command</source>
        <translation>el texto contiene un carácter NUL y no se puede pasar a un comando remoto</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 and was not passed to a remote command</source>
        <translation>el texto no es UTF-8 válido y no se pasó a un comando remoto</translation>
    </message>
    <message>
        <source>text is not valid Unicode and was not passed to a remote command</source>
        <translation>el texto no es Unicode válido y no se pasó a un comando remoto</translation>
    </message>
</context>
<context>
    <name>SipAclChecks</name>
    <message>
        <source>PJSIP phones accept registrations from any address</source>
        <translation>Los teléfonos PJSIP aceptan registros desde cualquier dirección</translation>
    </message>
    <message>
        <source>Without permit/deny a cracked or leaked phone password works from anywhere in the world.</source>
        <translation>Sin permit/deny, una contraseña de teléfono descifrada o filtrada funciona desde cualquier lugar del mundo.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the phones&apos; networks&gt; (or acl = &lt;named ACL&gt;) to every endpoint, e.g. through a template.</source>
        <translation>Añada deny = 0.0.0.0/0.0.0.0 y permit = &lt;redes de los teléfonos&gt; (o acl = &lt;ACL con nombre&gt;) a cada endpoint, p. ej., mediante una plantilla.</translation>
    </message>
    <message>
        <source>chan_sip peers without permit/deny</source>
        <translation>Peers de chan_sip sin permit/deny</translation>
    </message>
    <message>
        <source>The peer&apos;s secret is the only protection, from any address.</source>
        <translation>El secreto del peer es la única protección, desde cualquier dirección.</translation>
    </message>
    <message>
        <source>Add deny/permit to every peer, or migrate it to PJSIP with an ACL.</source>
        <translation>Añada deny/permit a cada peer o mígrelo a PJSIP con una ACL.</translation>
    </message>
    <message>
        <source>chan_sip tells scanners which extensions exist</source>
        <translation>chan_sip revela a los escáneres qué extensiones existen</translation>
    </message>
    <message>
        <source>With alwaysauthreject = no, svwar enumerates valid extensions from the different answers.</source>
        <translation>Con alwaysauthreject = no, svwar enumera las extensiones válidas a partir de las distintas respuestas.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject = yes in sip.conf [general].</source>
        <translation>Establezca alwaysauthreject = yes en sip.conf [general].</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>no se recopiló ninguna configuración de Asterisk</translation>
    </message>
    <message>
        <source>%1: no permit, deny or acl</source>
        <translation>%1: sin permit, deny ni acl</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip no está cargado</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf no existe</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP phone(s) (endpoints with auth) in pjsip.conf</source>
        <translation>
            <numerusform>%n teléfono PJSIP (endpoints con auth) en pjsip.conf</numerusform>
            <numerusform>%n teléfonos PJSIP (endpoints con auth) en pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>pjsip.conf defines no endpoint with inbound auth</source>
        <translation>pjsip.conf no define ningún endpoint con autenticación entrante</translation>
    </message>
    <message numerus="yes">
        <source>%n chan_sip peer(s) in sip.conf</source>
        <translation>
            <numerusform>%n peer de chan_sip en sip.conf</numerusform>
            <numerusform>%n peers de chan_sip en sip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>sip.conf defines no peer</source>
        <translation>sip.conf no define ningún peer</translation>
    </message>
    <message>
        <source>sip.conf [general] alwaysauthreject = %1</source>
        <translation>sip.conf [general] alwaysauthreject = %1</translation>
    </message>
</context>
<context>
    <name>SshChecks</name>
    <message>
        <source>root may log in over SSH with a password</source>
        <translation>root puede iniciar sesión por SSH con contraseña</translation>
    </message>
    <message>
        <source>root is the one account name every scanner knows; a guessed password gives the whole PBX.</source>
        <translation>root es el nombre de cuenta que conocen todos los escáneres; una contraseña adivinada entrega toda la PBX.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no, log in as a named administrator and use sudo.</source>
        <translation>Establezca PermitRootLogin no, inicie sesión como un administrador con nombre propio y use sudo.</translation>
    </message>
    <message>
        <source>root may log in over SSH with a key</source>
        <translation>root puede iniciar sesión por SSH con una clave</translation>
    </message>
    <message>
        <source>Direct root logins leave no trace of which person acted.</source>
        <translation>Los inicios de sesión directos como root no dejan rastro de qué persona actuó.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no and give each administrator a named account with sudo.</source>
        <translation>Establezca PermitRootLogin no y dé a cada administrador una cuenta nominal con sudo.</translation>
    </message>
    <message>
        <source>SSH accepts passwords from any address</source>
        <translation>SSH acepta contraseñas desde cualquier dirección</translation>
    </message>
    <message>
        <source>Password logins can be guessed; keys cannot.</source>
        <translation>Los inicios de sesión con contraseña se pueden adivinar; las claves, no.</translation>
    </message>
    <message>
        <source>Set PasswordAuthentication no (allow it only in a Match Address block for the administrators&apos; network) and use keys.</source>
        <translation>Establezca PasswordAuthentication no (permítala solo en un bloque Match Address para la red de los administradores) y use claves.</translation>
    </message>
    <message>
        <source>SSH is not limited to specific addresses</source>
        <translation>SSH no está limitado a direcciones concretas</translation>
    </message>
    <message>
        <source>The seed practice: SSH only from specific addresses.</source>
        <translation>La práctica de referencia: SSH solo desde direcciones concretas.</translation>
    </message>
    <message>
        <source>Use AllowUsers user@address (or Match Address blocks) and accept TCP 22 only from the administrators&apos; addresses in the firewall.</source>
        <translation>Use AllowUsers user@address (o bloques Match Address) y acepte TCP 22 en el cortafuegos solo desde las direcciones de los administradores.</translation>
    </message>
    <message>
        <source>SSH accepts empty passwords</source>
        <translation>SSH acepta contraseñas vacías</translation>
    </message>
    <message>
        <source>Any account without a password can log in.</source>
        <translation>Cualquier cuenta sin contraseña puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Set PermitEmptyPasswords no.</source>
        <translation>Establezca PermitEmptyPasswords no.</translation>
    </message>
    <message>
        <source>sshd -T for a client from the Internet</source>
        <translation>sshd -T para un cliente desde Internet</translation>
    </message>
    <message>
        <source>sshd_config</source>
        <translation>sshd_config</translation>
    </message>
    <message>
        <source>the firewall accepts SSH only from listed sources</source>
        <translation>el cortafuegos acepta SSH solo desde orígenes enumerados</translation>
    </message>
    <message>
        <source>%1: no AllowUsers user@address, no Match Address; the firewall accepts TCP %2 from any address</source>
        <translation>%1: sin AllowUsers user@address ni Match Address; el cortafuegos acepta TCP %2 desde cualquier dirección</translation>
    </message>
</context>
<context>
    <name>SshForwardChannel</name>
    <message>
        <source>%1:%2 through %3</source>
        <translation>%1:%2 a través de %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>no hay sesión iniciada en %1</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 no es un puerto válido</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>no se pudo crear un canal</translation>
    </message>
    <message>
        <source>opening a channel to %1:%2 on %3 failed</source>
        <translation>no se pudo abrir un canal a %1:%2 en %3</translation>
    </message>
    <message>
        <source>the SSH server %1 does not allow forwarding to %2:%3 (sshd_config AllowTcpForwarding or PermitOpen), so it cannot be reached through SSH (%4)</source>
        <translation>el servidor SSH %1 no permite el reenvío a %2:%3 (sshd_config AllowTcpForwarding o PermitOpen), por lo que no se puede llegar a él a través de SSH (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 could not connect to %2:%3: nothing listens there, or a firewall on the server refuses it (%4)</source>
        <translation>el servidor SSH %1 no pudo conectarse a %2:%3: no hay nada escuchando allí o un cortafuegos del servidor la rechaza (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 refused a channel to %2:%3: %4</source>
        <translation>el servidor SSH %1 rechazó un canal a %2:%3: %4</translation>
    </message>
    <message>
        <source>the channel to %1 is not open</source>
        <translation>el canal a %1 no está abierto</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>falló el envío a %1</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost</source>
        <translation>se perdió la conexión SSH con %1</translation>
    </message>
    <message>
        <source>waiting for data from %1 failed: %2</source>
        <translation>falló la espera de datos de %1: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>«%1» no es un nombre de host ni una dirección válidos</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 no es un puerto válido</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>no se indicó ningún nombre de usuario</translation>
    </message>
    <message>
        <source>the pinned host key &apos;%1&apos; is not a SHA-256 fingerprint (SHA256:...)</source>
        <translation>la clave de host fijada «%1» no es una huella SHA-256 (SHA256:...)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 intentos)</translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory?)</source>
        <translation>no se pudo crear una sesión SSH (¿sin memoria?)</translation>
    </message>
    <message>
        <source>could not set the SSH option %1</source>
        <translation>no se pudo establecer la opción SSH %1</translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but did not complete the SSH handshake within %3 s (is it an SSH server, and is the network dropping packets?)</source>
        <translation>%1:%2 aceptó la conexión pero no completó el handshake SSH en %3 s (¿es un servidor SSH? ¿pierde paquetes la red?)</translation>
    </message>
    <message>
        <source>SSH handshake with %1:%2 failed</source>
        <translation>falló el handshake SSH con %1:%2</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <source>connecting to %1: %2</source>
        <translation>conexión con %1: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (host down, wrong address, or a firewall drops the packets)</source>
        <translation>sin respuesta de %1 en %2 s (host caído, dirección incorrecta o un cortafuegos descarta los paquetes)</translation>
    </message>
    <message>
        <source>%1 refused the connection (is SSH running on that port?)</source>
        <translation>%1 rechazó la conexión (¿se ejecuta SSH en ese puerto?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>could not hand the socket to libssh</source>
        <translation>no se pudo entregar el socket a libssh</translation>
    </message>
    <message>
        <source>the server sent no usable host key</source>
        <translation>el servidor no envió ninguna clave de host utilizable</translation>
    </message>
    <message>
        <source>could not compute the fingerprint of the host key</source>
        <translation>no se pudo calcular la huella de la clave de host</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: pinned %2, but the server now shows %3 (%4). This can be a reinstall or a machine in the middle; the connection was refused. Check the key on the PBX console and re-pin it deliberately if the change is expected.</source>
        <translation>CLAVE DE HOST CAMBIADA para %1: la fijada es %2, pero el servidor muestra ahora %3 (%4). Puede deberse a una reinstalación o a un equipo intermedio (man-in-the-middle); se rechazó la conexión. Compruebe la clave en la consola de la PBX y vuelva a fijarla a conciencia si el cambio es esperado.</translation>
    </message>
    <message>
        <source>UnknownHostKey: the host key of %1 is not pinned yet: %2 (%3). Compare it with &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; on the PBX, then accept it.</source>
        <translation>UnknownHostKey: la clave de host de %1 aún no está fijada: %2 (%3). Compárela con &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; en la PBX y luego acéptela.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>authentication with %1 failed</source>
        <translation>falló la autenticación con %1</translation>
    </message>
    <message>
        <source>(the server accepts: %1)</source>
        <translation>(el servidor acepta: %1)</translation>
    </message>
    <message>
        <source>%1 does not accept keys, so the SSH agent cannot be used</source>
        <translation>%1 no acepta claves, así que no se puede usar el agente SSH</translation>
    </message>
    <message>
        <source>could not use the SSH agent at %1</source>
        <translation>no se pudo usar el agente SSH de %1</translation>
    </message>
    <message>
        <source>no SSH agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>no hay ningún agente SSH en ejecución (SSH_AUTH_SOCK no está definido)</translation>
    </message>
    <message>
        <source>SSH agent authentication with %1 failed</source>
        <translation>falló la autenticación con el agente SSH en %1</translation>
    </message>
    <message>
        <source>none of the SSH agent&apos;s keys was accepted by %1</source>
        <translation>%1 no aceptó ninguna de las claves del agente SSH</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>no se indicó ningún archivo de clave</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 no acepta claves</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>no se puede leer el archivo de clave %1</translation>
    </message>
    <message>
        <source>cannot load the key %1: it is protected by a passphrase, or is not a private key</source>
        <translation>no se puede cargar la clave %1: está protegida por una frase de paso o no es una clave privada</translation>
    </message>
    <message>
        <source>cannot load the key %1: wrong passphrase, or not a private key</source>
        <translation>no se puede cargar la clave %1: frase de paso incorrecta o no es una clave privada</translation>
    </message>
    <message>
        <source>key authentication with %1 failed</source>
        <translation>falló la autenticación por clave con %1</translation>
    </message>
    <message>
        <source>%1 accepted the key but requires a second factor, which is not supported</source>
        <translation>%1 aceptó la clave pero exige un segundo factor, que no se admite</translation>
    </message>
    <message>
        <source>%1 refused the key %2</source>
        <translation>%1 rechazó la clave %2</translation>
    </message>
    <message>
        <source>password authentication with %1 failed</source>
        <translation>falló la autenticación por contraseña con %1</translation>
    </message>
    <message>
        <source>%1 does not accept passwords</source>
        <translation>%1 no acepta contraseñas</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>contraseña incorrecta para %1</translation>
    </message>
    <message>
        <source>keyboard-interactive authentication with %1 failed</source>
        <translation>falló la autenticación keyboard-interactive con %1</translation>
    </message>
    <message>
        <source>sudo on %1 refused: %2</source>
        <translation>sudo rechazado en %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>sin conexión con %1</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>no se pudo crear un canal</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel</source>
        <translation>%1 se negó a abrir un canal de sesión</translation>
    </message>
    <message>
        <source>%1 refused to run a command</source>
        <translation>%1 se negó a ejecutar un comando</translation>
    </message>
    <message>
        <source>sending input to the command on %1 failed</source>
        <translation>falló el envío de la entrada al comando en %1</translation>
    </message>
    <message>
        <source>command on %1 stopped: %2</source>
        <translation>comando en %1 detenido: %2</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s and was stopped</source>
        <translation>el comando en %1 no terminó en %2 s y se detuvo</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command was running</source>
        <translation>la conexión con %1 se cortó mientras se ejecutaba el comando</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while the command was running</source>
        <translation>se perdió la conexión con %1 mientras se ejecutaba el comando</translation>
    </message>
    <message>
        <source>the connection to %1 was lost before the command ended</source>
        <translation>se perdió la conexión con %1 antes de que terminara el comando</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>sesión iniciada como root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo without a password (NOPASSWD)</source>
        <translation>%1 obtiene root con sudo sin contraseña (NOPASSWD)</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo; the sudo password was accepted</source>
        <translation>%1 obtiene root con sudo; la contraseña de sudo fue aceptada</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for %2: store the right sudo password for this PBX (or the login password, if it is the same), or log in as root</source>
        <translation>sudo en %1 rechazó la contraseña de %2: guarde la contraseña de sudo correcta para esta PBX (o la de inicio de sesión, si es la misma), o inicie sesión como root</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2 and none is stored: store the sudo password for this PBX, allow %2 to use sudo without one, or log in as root</source>
        <translation>sudo en %1 necesita una contraseña para %2 y no hay ninguna guardada: guarde la contraseña de sudo para esta PBX, permita a %2 usar sudo sin contraseña, o inicie sesión como root</translation>
    </message>
    <message>
        <source>%1 may not use sudo on %2: add it to the sudoers (the sudo group), or log in as root</source>
        <translation>%1 no puede usar sudo en %2: añádalo a sudoers (el grupo sudo), o inicie sesión como root</translation>
    </message>
    <message>
        <source>sudo is not installed on %1: install sudo there, or log in as root</source>
        <translation>sudo no está instalado en %1: instálelo allí, o inicie sesión como root</translation>
    </message>
</context>
<context>
    <name>UpdateChecks</name>
    <message>
        <source>Asterisk version past its end of life</source>
        <translation>Versión de Asterisk al final de su vida útil</translation>
    </message>
    <message>
        <source>An end-of-life Asterisk series gets no security fixes: every advisory published since stays open.</source>
        <translation>Una serie de Asterisk al final de su vida útil no recibe correcciones de seguridad: todos los avisos publicados desde entonces siguen abiertos.</translation>
    </message>
    <message>
        <source>Upgrade to a supported LTS series (22 LTS until 2029-10-16, 20 LTS until 2027-10-19).</source>
        <translation>Actualice a una serie LTS con soporte (22 LTS hasta el 2029-10-16, 20 LTS hasta el 2027-10-19).</translation>
    </message>
    <message>
        <source>Published Asterisk security advisories affect the running version</source>
        <translation>Avisos de seguridad de Asterisk publicados afectan a la versión en ejecución</translation>
    </message>
    <message>
        <source>These flaws are public; exploit code for several of them is too.</source>
        <translation>Estas vulnerabilidades son públicas, y el código de explotación de varias de ellas también.</translation>
    </message>
    <message>
        <source>Update to at least the first fixed release of the running branch, or to a newer supported branch.</source>
        <translation>Actualice al menos a la primera versión corregida de la rama en ejecución o a una rama más reciente con soporte.</translation>
    </message>
    <message>
        <source>Asterisk series receives security fixes only</source>
        <translation>La serie de Asterisk solo recibe correcciones de seguridad</translation>
    </message>
    <message>
        <source>The series is close to its end of life; bugs are no longer fixed.</source>
        <translation>La serie está cerca del final de su vida útil; ya no se corrigen errores.</translation>
    </message>
    <message>
        <source>Plan the move to the current LTS series before the end-of-life date.</source>
        <translation>Planifique el paso a la serie LTS actual antes de la fecha de fin de vida útil.</translation>
    </message>
    <message>
        <source>Operating system security updates are pending</source>
        <translation>Hay actualizaciones de seguridad del sistema operativo pendientes</translation>
    </message>
    <message>
        <source>Known vulnerabilities of the installed packages are fixed but not installed.</source>
        <translation>Las vulnerabilidades conocidas de los paquetes instalados tienen corrección, pero no está instalada.</translation>
    </message>
    <message>
        <source>Install them (apt-get upgrade / dnf upgrade --security) in the next maintenance window, and consider unattended security updates.</source>
        <translation>Instálelas (apt-get upgrade / dnf upgrade --security) en la próxima ventana de mantenimiento y considere las actualizaciones de seguridad desatendidas.</translation>
    </message>
    <message>
        <source>Operating system updates are pending</source>
        <translation>Hay actualizaciones del sistema operativo pendientes</translation>
    </message>
    <message>
        <source>Bug-fix updates pile up and make the next upgrade riskier.</source>
        <translation>Las actualizaciones de corrección de errores se acumulan y hacen más arriesgada la próxima actualización.</translation>
    </message>
    <message>
        <source>Install pending updates at least twice a year.</source>
        <translation>Instale las actualizaciones pendientes al menos dos veces al año.</translation>
    </message>
    <message>
        <source>No update was installed in the last six months</source>
        <translation>No se instaló ninguna actualización en los últimos seis meses</translation>
    </message>
    <message>
        <source>The seed practice asks for OS and PBX updates at least twice a year.</source>
        <translation>La práctica de referencia pide actualizar el sistema operativo y la PBX al menos dos veces al año.</translation>
    </message>
    <message>
        <source>Update the operating system and the PBX now and schedule it twice a year.</source>
        <translation>Actualice ahora el sistema operativo y la PBX y prográmelo dos veces al año.</translation>
    </message>
    <message>
        <source>the Asterisk version is unknown (%1)</source>
        <translation>la versión de Asterisk es desconocida (%1)</translation>
    </message>
    <message>
        <source>%1: series %2 reached its end of life on %3</source>
        <translation>%1: la serie %2 llegó al final de su vida útil el %3</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>una fecha anterior</translation>
    </message>
    <message>
        <source>%1: supported until %2</source>
        <translation>%1: con soporte hasta el %2</translation>
    </message>
    <message>
        <source>no fix on branch %1</source>
        <translation>sin corrección en la rama %1</translation>
    </message>
    <message>
        <source>fixed in %1</source>
        <translation>corregido en %1</translation>
    </message>
    <message>
        <source>%1: security fixes only since %2, end of life %3</source>
        <translation>%1: solo correcciones de seguridad desde el %2, fin de vida útil el %3</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): %1</source>
        <translation>
            <numerusform>%n paquete: %1</numerusform>
            <numerusform>%n paquetes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no update history or package database time was found</source>
        <translation>no se encontró historial de actualizaciones ni fecha de la base de datos de paquetes</translation>
    </message>
    <message>
        <source>%1: last change %2 (%3 days ago)</source>
        <translation>%1: último cambio el %2 (hace %3 días)</translation>
    </message>
    <message>
        <source>The operating system release is past its end of life</source>
        <translation>La versión del sistema operativo ha llegado al final de su vida útil</translation>
    </message>
    <message>
        <source>A release past its end of security support gets no fixes for OpenSSH, OpenSSL or the kernel: every new flaw stays open for good.</source>
        <translation>Una versión que ha superado el final de su soporte de seguridad no recibe correcciones para OpenSSH, OpenSSL ni el kernel: cada nuevo fallo queda abierto para siempre.</translation>
    </message>
    <message>
        <source>Upgrade to a supported release (FreePBX: SNG7 to FreePBX 17 on Debian 12), or buy extended support until you can.</source>
        <translation>Actualice a una versión con soporte (FreePBX: de SNG7 a FreePBX 17 sobre Debian 12) o contrate soporte extendido hasta que pueda hacerlo.</translation>
    </message>
    <message>
        <source>%1 (ID=%2, VERSION_ID=%3) is not in the end-of-life table (os-eol.json)</source>
        <translation>%1 (ID=%2, VERSION_ID=%3) no está en la tabla de fin de vida útil (os-eol.json)</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; %2 reached its end of life on %3</source>
        <translation>/etc/os-release: %1; %2 llegó al final de su vida útil el %3</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; supported until %2</source>
        <translation>/etc/os-release: %1; con soporte hasta el %2</translation>
    </message>
    <message numerus="yes">
        <source>dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</source>
        <translation>
            <numerusform>dnf/yum lista %n actualización pendiente, pero sin clasificación de seguridad (sin updateinfo: %1): se desconoce si corrige problemas de seguridad</numerusform>
            <numerusform>dnf/yum lista %n actualizaciones pendientes, pero sin clasificación de seguridad (sin updateinfo: %1): se desconoce si corrigen problemas de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <source>asterisk -V, the package manager (apt-get -s upgrade / dnf check-update) and the package history</source>
        <translation>asterisk -V, el gestor de paquetes (apt-get -s upgrade / dnf check-update) y el historial de paquetes</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>El nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The host is required.</source>
        <translation>El host es obligatorio.</translation>
    </message>
    <message>
        <source>The host is neither a host name nor an IP address.</source>
        <translation>El host no es ni un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>El puerto SSH debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>El puerto AMI debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The SSH user is required.</source>
        <translation>El usuario SSH es obligatorio.</translation>
    </message>
    <message>
        <source>Key file authentication needs the path of a private key.</source>
        <translation>La autenticación con archivo de clave necesita la ruta de una clave privada.</translation>
    </message>
    <message>
        <source>Tags may not be empty, contain commas or start or end with spaces.</source>
        <translation>Las etiquetas no pueden estar vacías, contener comas ni empezar o terminar con espacios.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>La sede</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>El host</translation>
    </message>
    <message>
        <source>The SSH user</source>
        <translation>El usuario SSH</translation>
    </message>
    <message>
        <source>The key file path</source>
        <translation>La ruta del archivo de clave</translation>
    </message>
    <message>
        <source>The AMI user</source>
        <translation>El usuario AMI</translation>
    </message>
    <message>
        <source>The host key fingerprint</source>
        <translation>La huella de la clave de host</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break); remove it: it could split an AMI message or disturb a terminal.</source>
        <translation>%1 contiene un carácter de control (%2, p. ej., un salto de línea); elimínelo: podría dividir un mensaje AMI o alterar un terminal.</translation>
    </message>
    <message>
        <source>A tag contains a control character (e.g. a line break); remove it.</source>
        <translation>Una etiqueta contiene un carácter de control (p. ej., un salto de línea); elimínelo.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>%1: could not run the check: %2</source>
        <translation>%1: no se pudo ejecutar la comprobación: %2</translation>
    </message>
    <message>
        <source>%1: the check exited with status %2.</source>
        <translation>%1: la comprobación terminó con el código %2.</translation>
    </message>
    <message>
        <source>%1: the check did not print &quot;%2&quot;.</source>
        <translation>%1: la comprobación no imprimió «%2».</translation>
    </message>
</context>
<context>
    <name>WebChecks</name>
    <message>
        <source>Asterisk&apos;s HTTP server serves other hosts without TLS</source>
        <translation>El servidor HTTP de Asterisk atiende a otros hosts sin TLS</translation>
    </message>
    <message>
        <source>ARI, AMI-over-HTTP and WebSocket credentials cross the network in clear text.</source>
        <translation>Las credenciales de ARI, AMI sobre HTTP y WebSocket atraviesan la red en texto claro.</translation>
    </message>
    <message>
        <source>Bind http.conf to 127.0.0.1, or set tlsenable = yes with a certificate and reach it only over HTTPS.</source>
        <translation>Vincule http.conf a 127.0.0.1 o establezca tlsenable = yes con un certificado y acceda solo por HTTPS.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is on its default port on every address</source>
        <translation>El servidor HTTP de Asterisk está en su puerto predeterminado en todas las direcciones</translation>
    </message>
    <message>
        <source>Scanners probe 8088/8089 for Asterisk; the seed practice asks for limited access and non-standard ports.</source>
        <translation>Los escáneres sondean 8088/8089 en busca de Asterisk; la práctica de referencia pide acceso limitado y puertos no estándar.</translation>
    </message>
    <message>
        <source>Bind it to loopback or a management address, move it off 8088/8089, and filter it in the firewall.</source>
        <translation>Vincúlelo a loopback o a una dirección de administración, sáquelo de 8088/8089 y fíltrelo en el cortafuegos.</translation>
    </message>
    <message>
        <source>The web administration is served over plain HTTP</source>
        <translation>La administración web se sirve por HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Administrator passwords for the PBX GUI are sent in clear text.</source>
        <translation>Las contraseñas de administrador de la interfaz de la PBX se envían en texto claro.</translation>
    </message>
    <message>
        <source>Enable HTTPS, redirect HTTP to it, and limit the GUI to the administrators&apos; addresses.</source>
        <translation>Active HTTPS, redirija HTTP a HTTPS y limite la interfaz a las direcciones de los administradores.</translation>
    </message>
    <message>
        <source>AMI is reachable over Asterisk&apos;s HTTP server without TLS</source>
        <translation>AMI es accesible a través del servidor HTTP de Asterisk sin TLS</translation>
    </message>
    <message>
        <source>manager.conf webenabled puts AMI logins on the HTTP port, in clear text.</source>
        <translation>webenabled en manager.conf expone los inicios de sesión AMI en el puerto HTTP, en texto claro.</translation>
    </message>
    <message>
        <source>Set webenabled = no in manager.conf, or serve http.conf only over TLS on loopback.</source>
        <translation>Establezca webenabled = no en manager.conf o sirva http.conf solo por TLS en loopback.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>no se recopiló ninguna configuración de Asterisk</translation>
    </message>
    <message>
        <source>http.conf: the HTTP server is disabled</source>
        <translation>http.conf: el servidor HTTP está desactivado</translation>
    </message>
    <message>
        <source>nothing listens on 443</source>
        <translation>no hay nada escuchando en el 443</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>no se recopiló manager.conf</translation>
    </message>
    <message>
        <source>http.conf, manager.conf and the listening sockets (ss -tulpn)</source>
        <translation>http.conf, manager.conf y los sockets a la escucha (ss -tulpn)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PBX Warden cannot open its inventory</source>
        <translation>PBX Warden no puede abrir su inventario</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiClient</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1 refused by Asterisk: %2</source>
        <translation>Asterisk rechazó %1: %2</translation>
    </message>
    <message>
        <source>the PBX closed the connection</source>
        <translation>la PBX cerró la conexión</translation>
    </message>
    <message>
        <source>no AMI session with %1 within %2 s</source>
        <translation>no hay sesión AMI con %1 en %2 s</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent bad data: %2</source>
        <translation>%1 envió datos incorrectos: %2</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk Manager Interface (it said &quot;%2&quot;)</source>
        <translation>%1 no es un Asterisk Manager Interface (respondió «%2»)</translation>
    </message>
    <message>
        <source>MD5 challenge refused by %1: %2</source>
        <translation>%1 rechazó el desafío MD5: %2</translation>
    </message>
    <message>
        <source>login as %1 on %2 refused: %3</source>
        <translation>inicio de sesión como %1 en %2 rechazado: %3</translation>
    </message>
    <message>
        <source>%1: not connected to the PBX (%2)</source>
        <translation>%1: sin conexión con la PBX (%2)</translation>
    </message>
    <message>
        <source>%1: too many actions waiting for an answer</source>
        <translation>%1: demasiadas acciones esperando respuesta</translation>
    </message>
    <message>
        <source>no answer to %1 from %2</source>
        <translation>sin respuesta de %2 a %1</translation>
    </message>
    <message>
        <source>%1: no answer from %2 in time</source>
        <translation>%1: %2 no respondió a tiempo</translation>
    </message>
    <message>
        <source>%1 did not answer Ping within %2 s (dead peer)</source>
        <translation>%1 no respondió al Ping en %2 s (el otro extremo no responde)</translation>
    </message>
    <message>
        <source>%1 sent a list larger than %2 events or %3 MiB</source>
        <translation>%1 envió una lista de más de %2 eventos o %3 MiB</translation>
    </message>
    <message>
        <source>%1: the field %2 contains a control character (0x%3); not sent, as it would split the AMI message. Remove line breaks from the value.</source>
        <translation>%1: el campo %2 contiene un carácter de control (0x%3); no se envió, ya que dividiría el mensaje AMI. Elimine los saltos de línea del valor.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiSocketTransport</name>
    <message>
        <source>the TLS certificate of %1 does not match the pinned fingerprint</source>
        <translation>el certificado TLS de %1 no coincide con la huella fijada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>el certificado TLS de %1 no es de confianza: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::fleet::FleetRunner</name>
    <message>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>error interno</translation>
    </message>
</context>
<context>
    <name>pbxwarden::secrets::CredentialService</name>
    <message>
        <source>no SSH password: type it in, or keep it in the keychain</source>
        <translation>no hay contraseña SSH: escríbala o guárdela en el llavero</translation>
    </message>
    <message>
        <source>the SSH password cannot be read from the keychain: %1</source>
        <translation>no se puede leer la contraseña SSH del llavero: %1</translation>
    </message>
    <message>
        <source>no SSH password in the keychain: edit the PBX and type it in</source>
        <translation>no hay contraseña SSH en el llavero: edite la PBX y escríbala</translation>
    </message>
    <message>
        <source>no AMI user set</source>
        <translation>no se ha definido ningún usuario AMI</translation>
    </message>
    <message>
        <source>no AMI secret: no keychain</source>
        <translation>no hay secreto AMI: no hay llavero</translation>
    </message>
    <message>
        <source>the AMI secret cannot be read from the keychain: %1</source>
        <translation>no se puede leer el secreto AMI del llavero: %1</translation>
    </message>
    <message>
        <source>no AMI secret in the keychain: edit the PBX and type it in</source>
        <translation>no hay secreto AMI en el llavero: edite la PBX y escríbalo</translation>
    </message>
    <message>
        <source>no keychain to keep it in</source>
        <translation>no hay llavero donde guardarlo</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>no hay llavero</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ssh::SshTunnel</name>
    <message>
        <source>%1: cannot create an event descriptor: %2</source>
        <translation>%1: no se puede crear un descriptor de eventos: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 KiB are waiting to be sent; the far end stopped reading</source>
        <translation>%1: hay más de %2 KiB pendientes de envío; el otro extremo dejó de leer</translation>
    </message>
    <message>
        <source>SSH to %1 for %2:%3: %4</source>
        <translation>SSH a %1 para %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 closed by PBX Warden</source>
        <translation>%1 cerrado por PBX Warden</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection (through %3)</source>
        <translation>%1:%2 cerró la conexión (a través de %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiController</name>
    <message>
        <source>Connect &amp;AMI</source>
        <translation>Conectar &amp;AMI</translation>
    </message>
    <message>
        <source>&amp;Disconnect AMI</source>
        <translation>&amp;Desconectar AMI</translation>
    </message>
    <message>
        <source>AMI protocol &amp;log…</source>
        <translation>&amp;Registro del protocolo AMI…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogModel</name>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogWindow</name>
    <message>
        <source>AMI protocol log: %1</source>
        <translation>Registro del protocolo AMI: %1</translation>
    </message>
    <message>
        <source>Filter frames, e.g. Action: Login or Event: FailedACL</source>
        <translation>Filtrar tramas, p. ej., Action: Login o Event: FailedACL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected frames, or all frames shown</source>
        <translation>Copiar las tramas seleccionadas o todas las mostradas</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the frames shown to a text file</source>
        <translation>Guardar las tramas mostradas en un archivo de texto</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>Seleccione una trama para verla completa</translation>
    </message>
    <message>
        <source>Save the AMI protocol log</source>
        <translation>Guardar el registro del protocolo AMI</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trama</numerusform>
            <numerusform>%n tramas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditController</name>
    <message>
        <source>A&amp;udit all</source>
        <translation>A&amp;uditar todas</translation>
    </message>
    <message>
        <source>Audit the selected PBXs (or all shown) against the 14 practices: collect their facts over SSH, check them and store the score</source>
        <translation>Auditar las PBX seleccionadas (o todas las mostradas) según las 14 prácticas: recopilar sus datos por SSH, comprobarlos y guardar la puntuación</translation>
    </message>
    <message>
        <source>PBX &amp;security…</source>
        <translation>&amp;Seguridad de la PBX…</translation>
    </message>
    <message>
        <source>The selected PBX&apos;s score, practices, findings and score history</source>
        <translation>Puntuación, prácticas, hallazgos e historial de puntuación de la PBX seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;udit %n selected</source>
        <translation>
            <numerusform>A&amp;uditar %n seleccionada</numerusform>
            <numerusform>A&amp;uditar %n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No PBX to audit: the table shows none.</source>
        <translation>No hay ninguna PBX que auditar: la tabla no muestra ninguna.</translation>
    </message>
    <message>
        <source>Audit finished</source>
        <translation>Auditoría terminada</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>The audit of %1 could not be stored: %2</source>
        <translation>No se pudo guardar la auditoría de %1: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Overdue: %1&lt;/b&gt; (not audited for six months; the seed asks for an inspection twice a year).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Vencidas: %1&lt;/b&gt; (sin auditar desde hace seis meses; la práctica de referencia pide una revisión dos veces al año).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Toda la flota</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Customer %1, site %2</source>
        <translation>Cliente %1, sede %2</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, filtrado por «%2»</translation>
    </message>
    <message>
        <source>%1: no PBX shown.</source>
        <translation>%1: no se muestra ninguna PBX.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: no score yet&lt;/b&gt; — no PBX shown has been audited. Select PBXs and use Fleet ▸ Audit (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;%1: sin puntuación todavía&lt;/b&gt; — no se ha auditado ninguna de las PBX mostradas. Seleccione PBX y use Flota ▸ Auditar (Ctrl+Mayús+U).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 of %n audited PBX(s) at grade %3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 de %n PBX auditada con nota %3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 de %n PBX auditadas con nota %3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(lowest: %1, %2 / 100).</source>
        <translation>(la más baja: %1, %2 / 100).</translation>
    </message>
    <message>
        <source>Mean score %1 / 100 (grade %2) over the audited PBXs shown (%3 of %4).</source>
        <translation>Puntuación media %1 / 100 (nota %2) de las PBX auditadas mostradas (%3 de %4).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Parcial: %n&lt;/b&gt; (comprobaciones no evaluadas: la nota solo cubre lo que se pudo ver).&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Parciales: %n&lt;/b&gt; (comprobaciones no evaluadas: las notas solo cubren lo que se pudo ver).&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</source>
        <translation>
            <numerusform>&lt;b&gt;Sin puntuación: %n&lt;/b&gt; (no se pudo evaluar nada).</numerusform>
            <numerusform>&lt;b&gt;Sin puntuación: %n&lt;/b&gt; (no se pudo evaluar nada).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Cancelar auditoría</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Leyendo las credenciales del llavero…</translation>
    </message>
    <message numerus="yes">
        <source>%n audited</source>
        <translation>
            <numerusform>%n auditada</numerusform>
            <numerusform>%n auditadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing: %1 of %2 done.</source>
        <translation>Auditando: %1 de %2 terminadas.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n at grade D or F</source>
        <translation>
            <numerusform>%n con nota D o F</numerusform>
            <numerusform>%n con nota D o F</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade C, partial or ungraded</source>
        <translation>
            <numerusform>%n con nota C, parcial o sin nota</numerusform>
            <numerusform>%n con nota C, parciales o sin nota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditResultProxy</name>
    <message>
        <source>score %1, grade %2</source>
        <translation>puntuación %1, nota %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>audited: %1</source>
        <translation>auditada: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check connections</source>
        <translation>Comprobar conexiones</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancelar comprobación</translation>
    </message>
    <message numerus="yes">
        <source>Reading the credentials of %n PBX(s) from the keychain…</source>
        <translation>
            <numerusform>Leyendo del llavero las credenciales de %n PBX…</numerusform>
            <numerusform>Leyendo del llavero las credenciales de %n PBX…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your answer about %n new host key(s)…</source>
        <translation>
            <numerusform>Esperando su respuesta sobre %n clave de host nueva…</numerusform>
            <numerusform>Esperando su respuesta sobre %n claves de host nuevas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust new host keys?</source>
        <translation>¿Confiar en las claves de host nuevas?</translation>
    </message>
    <message numerus="yes">
        <source>PBX Warden has never seen the SSH host keys of these %n PBX(s):

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</source>
        <translation>
            <numerusform>PBX Warden nunca ha visto la clave de host SSH de esta PBX (%n):

%1

Compare la huella con la de la PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). ¿Confiar en ella? Se fija tras un inicio de sesión correcto.</numerusform>
            <numerusform>PBX Warden nunca ha visto las claves de host SSH de estas %n PBX:

%1

Compare cada huella con la de su PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). ¿Confiar en ellas? Se fijan tras un inicio de sesión correcto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n PBX(s)…</source>
        <translation>
            <numerusform>Comprobando %n PBX…</numerusform>
            <numerusform>Comprobando %n PBX…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminado: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckModel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message>
        <source>Import PBXs from %1</source>
        <translation>Importar PBX desde %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n fila.</numerusform>
            <numerusform>Se pueden importar las %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 have problems and will be skipped.</source>
        <translation>Se pueden importar: %1; se omitirán por tener problemas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>Importar %n PBX</numerusform>
            <numerusform>Importar %n PBX</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message>
        <source>Customers and sites</source>
        <translation>Clientes y sedes</translation>
    </message>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>Todas las PBX (%n)</numerusform>
            <numerusform>Todas las PBX (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>To complete the audit: %1</source>
        <translation>Para completar la auditoría: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetController</name>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;Comprobar conexiones</translation>
    </message>
    <message>
        <source>Connect to the selected PBXs (or all shown) over SSH, check their host keys and log in</source>
        <translation>Conectarse por SSH a las PBX seleccionadas (o a todas las mostradas), comprobar sus claves de host e iniciar sesión</translation>
    </message>
    <message>
        <source>No PBX to check: the table shows none.</source>
        <translation>No hay ninguna PBX que comprobar: la tabla no muestra ninguna.</translation>
    </message>
    <message>
        <source>%1: the host key could not be pinned: %2</source>
        <translation>%1: no se pudo fijar la clave de host: %2</translation>
    </message>
    <message>
        <source>Connection check finished</source>
        <translation>Comprobación de conexiones terminada</translation>
    </message>
    <message>
        <source>%1: the check result could not be saved: %2</source>
        <translation>%1: no se pudo guardar el resultado de la comprobación: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetRunDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetSecurityModel</name>
    <message>
        <source>&lt; 1 d</source>
        <translation>&lt; 1 d</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>months</comment>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>years</comment>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>nunca auditada</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n alto</numerusform>
            <numerusform>%n altos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n medio</numerusform>
            <numerusform>%n medios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n bajo</numerusform>
            <numerusform>%n bajos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago, overdue</source>
        <translation>hace %1, vencida</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>con soporte</translation>
    </message>
    <message>
        <source>security fixes</source>
        <translation>solo correcciones de seguridad</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>fin de vida útil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>con %1 de antigüedad</translation>
    </message>
    <message>
        <source>Audit it: the seed asks for an inspection at least twice a year.</source>
        <translation>Audítela: la práctica de referencia pide una revisión al menos dos veces al año.</translation>
    </message>
    <message>
        <source>The newest backup the audit of %1 found was made %2.</source>
        <translation>La copia de seguridad más reciente que encontró la auditoría del %1 se hizo el %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Hallazgo más grave</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Última auditoría</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Asterisk</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>%1. Open the PBX&apos;s security page for what could not be assessed and how to complete the audit.</source>
        <translation>%1. Abra la página de seguridad de la PBX para ver qué no se pudo evaluar y cómo completar la auditoría.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetTableModel</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>SSH as %1 on port %2, authentication: %3</source>
        <translation>SSH como %1 en el puerto %2, autenticación: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>autenticando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>AMI state</source>
        <translation>Estado AMI</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>conectado (%1)</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::InventoryController</name>
    <message>
        <source>&amp;New PBX…</source>
        <translation>&amp;Nueva PBX…</translation>
    </message>
    <message>
        <source>&amp;Edit PBX…</source>
        <translation>&amp;Editar PBX…</translation>
    </message>
    <message>
        <source>D&amp;uplicate PBX…</source>
        <translation>D&amp;uplicar PBX…</translation>
    </message>
    <message>
        <source>&amp;Delete PBX…</source>
        <translation>E&amp;liminar PBX…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Saving the PBX failed</source>
        <translation>No se pudo guardar la PBX</translation>
    </message>
    <message>
        <source>Adding the PBX failed</source>
        <translation>No se pudo añadir la PBX</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Se añadió %1</translation>
    </message>
    <message>
        <source>Secrets of %1 could not be stored: %2</source>
        <translation>No se pudieron guardar las credenciales de %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</source>
        <translation>¿Eliminar %1 del inventario?

Sus contraseñas guardadas se eliminan del llavero. La PBX en sí no se modifica.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>¿Eliminar %n PBX del inventario?

Sus contraseñas guardadas se eliminan del llavero. La PBX en sí no se modifica.</numerusform>
            <numerusform>¿Eliminar %n PBX del inventario?

Sus contraseñas guardadas se eliminan del llavero. Las PBX en sí no se modifican.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 was deleted, but these secrets are still in the keychain: %2</source>
        <translation>Se eliminó %1, pero estas credenciales siguen en el llavero: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>Se eliminó %n PBX</numerusform>
            <numerusform>Se eliminaron %n PBX</numerusform>
        </translation>
    </message>
    <message>
        <source>Import PBXs</source>
        <translation>Importar PBX</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not an inventory.</source>
        <translation>%1 ocupa más de 64 MiB; eso no es un inventario.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>Se importó %n PBX</numerusform>
            <numerusform>Se importaron %n PBX</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PBXs</source>
        <translation>Exportar PBX</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n PBX a %1</numerusform>
            <numerusform>Se exportaron %n PBX a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::MainWindow</name>
    <message>
        <source>PBX Warden</source>
        <translation>PBX Warden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About PBX Warden</source>
        <translation>&amp;Acerca de PBX Warden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Filter by name, customer, site, host, tag or note</source>
        <translation>Filtrar por nombre, cliente, sede, host, etiqueta o nota</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Conservar las credenciales solo durante esta sesión</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Reintentar con el llavero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX(s)</source>
        <translation>
            <numerusform>%n PBX</numerusform>
            <numerusform>%n PBX</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Credenciales: llavero del sistema</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Credenciales: solo esta sesión</translation>
    </message>
    <message>
        <source>Secrets: no keychain</source>
        <translation>Credenciales: sin llavero</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable keychain.&lt;/b&gt; %1&lt;br&gt;PBX Warden keeps passwords only in the system keychain and never writes them to disk in plain text. You can keep the secrets you type for this session only: they are forgotten when PBX Warden closes.</source>
        <translation>&lt;b&gt;No hay ningún llavero utilizable.&lt;/b&gt; %1&lt;br&gt;PBX Warden guarda las contraseñas únicamente en el llavero del sistema y nunca las escribe en disco en texto plano. Puede conservar las credenciales que introduzca solo durante esta sesión: se olvidarán al cerrar PBX Warden.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>nowhere: no keychain</source>
        <translation>en ningún sitio: no hay llavero</translation>
    </message>
    <message>
        <source>About PBX Warden</source>
        <translation>Acerca de PBX Warden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Audit, harden and watch a fleet of Asterisk-based IP PBXs from one console.&lt;/p&gt;&lt;p&gt;Inventory: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, libssh and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Audite, refuerce y vigile una flota de PBX IP basadas en Asterisk desde una sola consola.&lt;/p&gt;&lt;p&gt;Inventario: %2&lt;/p&gt;&lt;p&gt;Creado con Qt %3, libssh y QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>&amp;Flota</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>No PBXs yet.
Add one with New PBX… (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Todavía no hay ninguna PBX.
Añada una con Nueva PBX… (Ctrl+N) o importe un archivo CSV (Ctrl+I).</translation>
    </message>
    <message>
        <source>Some saved passwords could not be moved to their PBX&apos;s new keychain name; they are kept under the old name and tried again at the next start:
%1</source>
        <translation>Algunas contraseñas guardadas no se pudieron mover al nuevo nombre de su PBX en el llavero; se conservan con el nombre anterior y se volverá a intentar en el próximo inicio:
%1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDashboard</name>
    <message>
        <source>%1: security</source>
        <translation>%1: seguridad</translation>
    </message>
    <message>
        <source>Also show checks that could &amp;not be assessed</source>
        <translation>Mostrar también las comprobaciones que &amp;no se pudieron evaluar</translation>
    </message>
    <message>
        <source>Select a finding to read its evidence and fix.</source>
        <translation>Seleccione un hallazgo para leer su evidencia y su solución.</translation>
    </message>
    <message>
        <source>Never audited. Select the PBX and use Fleet ▸ Audit.</source>
        <translation>Nunca auditada. Seleccione la PBX y use Flota ▸ Auditar.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Audited %1 (%2 ago)</source>
        <translation>Auditada el %1 (hace %2)</translation>
    </message>
    <message>
        <source>— overdue: audit it again, at least twice a year.</source>
        <translation>— vencida: vuelva a auditarla, al menos dos veces al año.</translation>
    </message>
    <message>
        <source>No check could be assessed, so there is no score: the audit lacked the facts (log in as root or with sudo to collect them).</source>
        <translation>No se pudo evaluar ninguna comprobación, así que no hay puntuación: a la auditoría le faltaron los datos (inicie sesión como root o con sudo para recopilarlos).</translation>
    </message>
    <message>
        <source>Score %1 of 100: this PBX earned %2 of the %3 points its assessed checks are worth.</source>
        <translation>Puntuación %1 de 100: esta PBX obtuvo %2 de los %3 puntos que valen sus comprobaciones evaluadas.</translation>
    </message>
    <message>
        <source>%1 (worth %2 each): %3 passed, %4 failed, %5 of %6 points</source>
        <translation>%1 (vale %2 cada una): %3 superadas, %4 no superadas, %5 de %6 puntos</translation>
    </message>
    <message>
        <source>Not assessed (the facts were out of reach), so counted in neither sum: %1.</source>
        <translation>No evaluadas (los datos no estaban al alcance), así que no cuentan en ninguno de los dos totales: %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Not assessed; to complete the audit:</source>
        <translation>No evaluadas; para completar la auditoría:</translation>
    </message>
    <message>
        <source>To complete the audit</source>
        <translation>Para completar la auditoría</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>Añadir PBX</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>Editar la PBX %1</translation>
    </message>
    <message>
        <source>Duplicate PBX %1</source>
        <translation>Duplicar la PBX %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>e.g. freepbx, production</source>
        <translation>p. ej., freepbx, produccion</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>no keychain: see the notice in the main window</source>
        <translation>sin llavero: vea el aviso en la ventana principal</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de c&amp;lave:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the pinned host key; the next connection asks again</source>
        <translation>Olvidar la clave de host fijada; la próxima conexión volverá a preguntar</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clave de host:</translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation>Asterisk Manager Interface (AMI)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Usuar&amp;io:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>Secre&amp;to:</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Elegir una clave privada</translation>
    </message>
    <message>
        <source>Another PBX is already named &quot;%1&quot;.</source>
        <translation>Ya hay otra PBX llamada «%1».</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Una sede pertenece a un cliente: elija también el cliente.</translation>
    </message>
    <message>
        <source>Password authentication needs the password.</source>
        <translation>La autenticación por contraseña necesita la contraseña.</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de paso de la clave:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>not pinned yet: the first connection asks</source>
        <translation>aún sin fijar: la primera conexión preguntará</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Connect with the values in this form, check the host key, log in and look at the system; nothing on the PBX is changed</source>
        <translation>Conectarse con los valores de este formulario, comprobar la clave de host, iniciar sesión y examinar el sistema; no se cambia nada en la PBX</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>%1 (trusted: pinned when you save)</source>
        <translation>%1 (de confianza: se fija al guardar)</translation>
    </message>
    <message>
        <source>reading credentials</source>
        <translation>leyendo las credenciales</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected and logged in as %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conectado y con sesión iniciada como %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New host key.&lt;/b&gt; %1 presents a key PBX Warden has never seen:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Nueva clave de host.&lt;/b&gt; %1 presenta una clave que PBX Warden nunca ha visto:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust this host key?</source>
        <translation>¿Confiar en esta clave de host?</translation>
    </message>
    <message>
        <source>%1 (%2) presents this SSH host key:

%3 %4

Compare it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). If they match, trust it: PBX Warden connects again and pins the key when you save.</source>
        <translation>%1 (%2) presenta esta clave de host SSH:

%3 %4

Compárela con la clave de la PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Si coinciden, confíe en ella: PBX Warden vuelve a conectarse y fija la clave al guardar.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; the host key %1 was not trusted.</source>
        <translation>&lt;b&gt;No conectado:&lt;/b&gt; no se confió en la clave de host %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trust the new key…</source>
        <translation>Confiar en la nueva clave…</translation>
    </message>
    <message>
        <source>Re-pin after the PBX&apos;s host key changed on purpose (reinstall, new keys), keeping the PBX and its secrets</source>
        <translation>Volver a fijar la clave después de que la clave de host de la PBX cambiara a propósito (reinstalación, claves nuevas), conservando la PBX y sus credenciales</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key has CHANGED — not connected.&lt;/b&gt;&lt;br&gt;Pinned: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Now: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Someone may be intercepting the connection, or the PBX was reinstalled. Only if you know why, press &quot;Trust the new key&quot; and confirm both keys.</source>
        <translation>&lt;b&gt;La clave de host HA CAMBIADO — no conectado.&lt;/b&gt;&lt;br&gt;Fijada: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Ahora: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Puede que alguien esté interceptando la conexión o que la PBX se haya reinstalado. Solo si sabe por qué, pulse «Confiar en la nueva clave» y confirme ambas claves.</translation>
    </message>
    <message>
        <source>Trust the new host key?</source>
        <translation>¿Confiar en la nueva clave de host?</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.

Pinned until now: %2
Presented now: %3

Trust the new key only if you know why it changed and have compared it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden then connects again and pins it when you save.</source>
        <translation>La clave de host de %1 ha cambiado.

Fijada hasta ahora: %2
Presentada ahora: %3

Confíe en la nueva clave solo si sabe por qué ha cambiado y la ha comparado con la clave de la PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden volverá a conectarse y la fijará al guardar.</translation>
    </message>
    <message>
        <source>I know why the pinned key %1 is no longer valid</source>
        <translation>Sé por qué la clave fijada %1 ya no es válida</translation>
    </message>
    <message>
        <source>The new key %1 matches the one on the PBX</source>
        <translation>La nueva clave %1 coincide con la de la PBX</translation>
    </message>
    <message>
        <source>Su&amp;do password:</source>
        <translation>Contraseña de su&amp;do:</translation>
    </message>
    <message>
        <source>The audit and every change need root. Give sudo&apos;s password here when it is not the login password; leave it empty when sudo needs none (NOPASSWD) or takes the login password. Test connection says which.</source>
        <translation>La auditoría y cada cambio necesitan root. Indique aquí la contraseña de sudo si no es la de inicio de sesión; déjela vacía si sudo no necesita ninguna (NOPASSWD) o acepta la de inicio de sesión. «Probar conexión» indica cuál es el caso.</translation>
    </message>
    <message>
        <source>only if sudo asks for another</source>
        <translation>solo si sudo pide otra</translation>
    </message>
    <message>
        <source>Password authentication needs the password: none is stored for this PBX.</source>
        <translation>La autenticación por contraseña necesita la contraseña: no hay ninguna guardada para esta PBX.</translation>
    </message>
    <message>
        <source>unchanged (the keychain could not say whether one is stored)</source>
        <translation>sin cambios (el llavero no pudo decir si hay una guardada)</translation>
    </message>
    <message>
        <source>stored - leave empty to keep</source>
        <translation>guardada: deje vacío para conservarla</translation>
    </message>
    <message>
        <source>not stored - type it</source>
        <translation>no guardada: escríbala</translation>
    </message>
    <message>
        <source>not stored - only if sudo asks for another</source>
        <translation>no guardada: solo si sudo pide otra</translation>
    </message>
    <message>
        <source>A copy starts without the original&apos;s secrets and pinned host key: type the passwords; the first connection asks about the key.</source>
        <translation>Una copia empieza sin los secretos ni la clave de host fijada del original: escriba las contraseñas; la primera conexión preguntará por la clave.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory on this host and port.</source>
        <translation>%1 ya está en el inventario con este host y puerto.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ScoreHistoryChart</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Ninguna auditoría todavía</translation>
    </message>
    <message>
        <source>@yPoint partial</source>
        <extracomment>a point of the score chart: the score, then the word</extracomment>
        <translation>@yPoint parcial</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>How many PBXs are contacted at the same time</source>
        <translation>Cuántas PBX se contactan a la vez</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language takes effect when PBX Warden starts again.&lt;/small&gt;</source>
        <translation>&lt;small&gt;El nuevo idioma se aplicará cuando PBX Warden se vuelva a iniciar.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>PBXs contacted &amp;at once:</source>
        <translation>PBX contactadas a la &amp;vez:</translation>
    </message>
    <message>
        <source>SSH &amp;time-out:</source>
        <translation>&amp;Tiempo de espera SSH:</translation>
    </message>
    <message>
        <source>Inventory file:</source>
        <translation>Archivo de inventario:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Credenciales guardadas en:</translation>
    </message>
    <message>
        <source>Allow AMI over plain &amp;TCP when no SSH tunnel or TLS is possible</source>
        <translation>Permitir AMI sobre &amp;TCP sin cifrar cuando no sea posible un túnel SSH ni TLS</translation>
    </message>
    <message>
        <source>Logs in with the MD5 challenge, but every action and answer crosses the network unencrypted</source>
        <translation>Inicia sesión con el desafío MD5, pero todas las acciones y respuestas viajan por la red sin cifrar</translation>
    </message>
    <message>
        <source>AMI:</source>
        <translation>AMI:</translation>
    </message>
</context>
</TS>
