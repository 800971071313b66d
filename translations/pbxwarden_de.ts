<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Activity</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>customer/site</source>
        <translation>Kunde/Standort</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>pinned host key</source>
        <translation>hinterlegter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Added PBX %1 (%2)</source>
        <translation>PBX %1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <source>Imported PBX %1 (%2)</source>
        <translation>PBX %1 (%2) importiert</translation>
    </message>
    <message>
        <source>Removed PBX %1 (%2)</source>
        <translation>PBX %1 (%2) entfernt</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Ohne Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Pinned SSH host key %1</source>
        <translation>SSH-Host-Schlüssel %1 hinterlegt</translation>
    </message>
    <message>
        <source>Re-pinned SSH host key from %1 to %2</source>
        <translation>SSH-Host-Schlüssel von %1 auf %2 neu hinterlegt</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Kunde %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed customer %1</source>
        <translation>Kunde %1 entfernt</translation>
    </message>
    <message>
        <source>Added site %1 of %2</source>
        <translation>Standort %1 von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Connection check OK: %1</source>
        <translation>Verbindungsprüfung OK: %1</translation>
    </message>
    <message>
        <source>Connection check failed: %1</source>
        <translation>Verbindungsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AMI session up as %1 (%2)</source>
        <translation>AMI-Sitzung als %1 aufgebaut (%2)</translation>
    </message>
    <message>
        <source>AMI connection failed: %1</source>
        <translation>AMI-Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2</source>
        <translation>Auditiert: Punktzahl %1 von 100, Note %2</translation>
    </message>
    <message>
        <source>Audit failed: %1</source>
        <translation>Audit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-Tunnel</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>unverschlüsseltes TCP</translation>
    </message>
    <message>
        <source>AMI session up as %1 over %2 (%3)</source>
        <translation>AMI-Sitzung aktiv als %1 über %2 (%3)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>abgelehnt, nichts geändert</translation>
    </message>
    <message>
        <source>rejected by a validator</source>
        <translation>von einem Validator abgelehnt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>Änderung %1 (%2): %3</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2 (partial — %3 of %4 not assessed)</source>
        <translation>Auditiert: %1 von 100 Punkten, Note %2 (teilweise – %3 von %4 nicht bewertet)</translation>
    </message>
</context>
<context>
    <name>AmiConnector</name>
    <message>
        <source>no SSH tunnel for AMI: the host key of %1 is not pinned yet. Pin it first (Check connections), turn on AMI over TLS for this PBX, or allow plain TCP for AMI explicitly</source>
        <translation>kein SSH-Tunnel für AMI: der Host-Schlüssel von %1 ist noch nicht hinterlegt. Hinterlegen Sie ihn zuerst (Verbindungen prüfen), schalten Sie AMI über TLS für diese PBX ein oder erlauben Sie AMI ausdrücklich über unverschlüsseltes TCP</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 has no SSH user. Set one, turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>kein SSH-Tunnel für AMI: %1 hat keinen SSH-Benutzer. Legen Sie einen fest, schalten Sie AMI über TLS ein oder erlauben Sie AMI ausdrücklich über unverschlüsseltes TCP</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 (%2). Store the SSH password (edit the PBX), turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>kein SSH-Tunnel für AMI: %1 (%2). Speichern Sie das SSH-Passwort (PBX bearbeiten), schalten Sie AMI über TLS ein oder erlauben Sie AMI ausdrücklich über unverschlüsseltes TCP</translation>
    </message>
    <message>
        <source>no SSH credentials</source>
        <translation>keine SSH-Zugangsdaten</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-Tunnel</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>unverschlüsseltes TCP</translation>
    </message>
</context>
<context>
    <name>AsteriskConfig</name>
    <message>
        <source>%1: reading stopped: through template inheritance this configuration would hold more than %2 options, a file built to exhaust memory or a broken one. What needs this file is not assessed; look at the templates named in the section headers up to this line.</source>
        <translation>%1: Lesen abgebrochen: durch Vorlagenvererbung würde diese Konfiguration mehr als %2 Optionen enthalten – eine Datei, die den Speicher erschöpfen soll, oder eine defekte. Was diese Datei benötigt, wird nicht bewertet; sehen Sie sich die Vorlagen an, die in den Abschnittsköpfen bis zu dieser Zeile genannt sind.</translation>
    </message>
    <message>
        <source>%1: reading stopped: &quot;+=&quot; lines grow %2 beyond %3 characters, a file built to exhaust memory or a broken one. What needs this file is not assessed.</source>
        <translation>%1: Lesen abgebrochen: „+=“-Zeilen vergrößern %2 auf mehr als %3 Zeichen – eine Datei, die den Speicher erschöpfen soll, oder eine defekte. Was diese Datei benötigt, wird nicht bewertet.</translation>
    </message>
    <message>
        <source>%1: reading stopped: this configuration holds more than %2 options. What needs this file is not assessed.</source>
        <translation>%1: Lesen abgebrochen: diese Konfiguration enthält mehr als %2 Optionen. Was diese Datei benötigt, wird nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>AsteriskConfigDocument</name>
    <message>
        <source>longer than Asterisk&apos;s %1-byte line buffer; Asterisk skips it</source>
        <translation>länger als der %1-Byte-Zeilenpuffer von Asterisk; Asterisk überspringt sie</translation>
    </message>
    <message>
        <source>section header without a closing &apos;]&apos;</source>
        <translation>Abschnittskopf ohne schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>section options without a closing &apos;)&apos;</source>
        <translation>Abschnittsoptionen ohne schließende &apos;)&apos;</translation>
    </message>
    <message>
        <source>invalid escape at the start of the line</source>
        <translation>ungültiges Escape-Zeichen am Zeilenanfang</translation>
    </message>
    <message>
        <source>no &apos;=&apos; on the line; Asterisk ignores it</source>
        <translation>kein &apos;=&apos; in der Zeile; Asterisk ignoriert sie</translation>
    </message>
    <message>
        <source>no option name before &apos;=&apos;; Asterisk ignores the line</source>
        <translation>kein Optionsname vor &apos;=&apos;; Asterisk ignoriert die Zeile</translation>
    </message>
    <message>
        <source>There is no section %1 in this file.</source>
        <translation>In dieser Datei gibt es keinen Abschnitt %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name Asterisk can read back.</source>
        <translation>„%1“ ist kein Optionsname, den Asterisk zurücklesen kann.</translation>
    </message>
    <message>
        <source>The value for %1 has line breaks, control characters or blanks at its ends, which Asterisk would not read back.</source>
        <translation>Der Wert für %1 enthält Zeilenumbrüche, Steuerzeichen oder Leerzeichen an seinen Enden, die Asterisk nicht zurücklesen würde.</translation>
    </message>
    <message>
        <source>Line %1 mixes %2 with a block comment or an escape; change it by hand.</source>
        <translation>Zeile %1 mischt %2 mit einem Blockkommentar oder einem Escape-Zeichen; ändern Sie sie von Hand.</translation>
    </message>
    <message>
        <source>Line %1 would not read back as %2 = %3; nothing was changed.</source>
        <translation>Zeile %1 würde nicht als %2 = %3 zurückgelesen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Eine Konfigurationszeile darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name Asterisk can read back.</source>
        <translation>„%1“ ist kein Abschnittsname, den Asterisk zurücklesen kann.</translation>
    </message>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>In dieser Datei gibt es keine Zeile %1.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>the collector did not report %1</source>
        <translation>das Sammelskript hat %1 nicht geliefert</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Status %2)</translation>
    </message>
    <message>
        <source>%1 is not a list of PJSIP contacts</source>
        <translation>%1 ist keine Liste von PJSIP-Kontakten</translation>
    </message>
    <message>
        <source>%1 was not kept: the console stores only the files and sections its checks read</source>
        <translation>%1 wurde nicht aufbewahrt: die Konsole speichert nur die Dateien und Abschnitte, die ihre Prüfungen lesen</translation>
    </message>
    <message>
        <source>%1 was cut off: audit again (the link or the time limit ended the collection)</source>
        <translation>%1 wurde abgeschnitten: erneut auditieren (die Verbindung oder das Zeitlimit hat die Erfassung beendet)</translation>
    </message>
    <message>
        <source>%1 needs root (the audit account is not root): audit as root, or give the sudo password</source>
        <translation>%1 erfordert root (das Audit-Konto ist nicht root): als root auditieren oder das sudo-Passwort angeben</translation>
    </message>
    <message>
        <source>%1: the tool is not installed on the PBX: install it and audit again</source>
        <translation>%1: das Werkzeug ist auf der PBX nicht installiert: installieren und erneut auditieren</translation>
    </message>
</context>
<context>
    <name>AuditRun</name>
    <message>
        <source>the host key is not pinned yet: run Check connections (or pbxwarden-cli connect) and trust it first</source>
        <translation>der Host-Schlüssel ist noch nicht hinterlegt: führen Sie zuerst „Verbindungen prüfen“ (oder pbxwarden-cli connect) aus und vertrauen Sie ihm</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The collector&apos;s output held no facts.</source>
        <translation>Die Ausgabe des Sammelskripts enthielt keine Befunde.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Befunde werden gesammelt</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>score %1, grade %2</source>
        <translation>Punktzahl %1, Note %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>audit again: %1 no longer fail</source>
        <translation>erneutes Audit: %1 schlagen nicht mehr fehl</translation>
    </message>
    <message>
        <source>%1 still fails: %2</source>
        <translation>%1 schlägt weiterhin fehl: %2</translation>
    </message>
    <message>
        <source>%1 could not be assessed: %2</source>
        <translation>%1 konnte nicht bewertet werden: %2</translation>
    </message>
    <message>
        <source>new finding %1 (%2): %3</source>
        <translation>neue Feststellung %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 was not in the new audit</source>
        <translation>%1 war nicht im neuen Audit enthalten</translation>
    </message>
    <message>
        <source>audited again: %1 pass, no new finding</source>
        <translation>erneut auditiert: %1 bestanden, keine neue Feststellung</translation>
    </message>
    <message>
        <source>could not audit again: %1</source>
        <translation>erneutes Audit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>No backup found on the PBX</source>
        <translation>Keine Datensicherung auf der PBX gefunden</translation>
    </message>
    <message>
        <source>After a disk failure, a break-in or a bad change there is nothing to restore.</source>
        <translation>Nach einem Plattenausfall, einem Einbruch oder einer fehlerhaften Änderung gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Back up /etc/asterisk, the astdb and (FreePBX) the database daily, keep copies off the PBX, and test a restore.</source>
        <translation>Sichern Sie täglich /etc/asterisk, die astdb und (FreePBX) die Datenbank, bewahren Sie Kopien außerhalb der PBX auf und testen Sie eine Wiederherstellung.</translation>
    </message>
    <message>
        <source>The newest backup is older than 7 days</source>
        <translation>Die neueste Datensicherung ist älter als 7 Tage</translation>
    </message>
    <message>
        <source>A stale backup loses every change since; it usually means the schedule broke silently.</source>
        <translation>Eine veraltete Sicherung verliert jede Änderung seitdem; meist ist der Zeitplan unbemerkt ausgefallen.</translation>
    </message>
    <message>
        <source>Find out why backups stopped, run one now and watch the schedule.</source>
        <translation>Finden Sie heraus, warum die Sicherungen aufgehört haben, führen Sie jetzt eine aus und überwachen Sie den Zeitplan.</translation>
    </message>
    <message>
        <source>No scheduled backup</source>
        <translation>Keine geplante Datensicherung</translation>
    </message>
    <message>
        <source>Backups made by hand stop being made.</source>
        <translation>Von Hand erstellte Sicherungen werden irgendwann nicht mehr gemacht.</translation>
    </message>
    <message>
        <source>Schedule a daily backup (cron, a systemd timer, or the PBX GUI&apos;s backup module).</source>
        <translation>Planen Sie eine tägliche Datensicherung (cron, ein systemd-Timer oder das Backup-Modul der PBX-Oberfläche).</translation>
    </message>
    <message>
        <source>no file in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</source>
        <translation>keine Datei in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</translation>
    </message>
    <message>
        <source>no backup to date</source>
        <translation>keine Sicherung, deren Alter sich bestimmen lässt</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s); newest %1 from %2 (%3 days old)</source>
        <translation>
            <numerusform>%n Sicherungsdatei; neueste %1 vom %2 (%3 Tage alt)</numerusform>
            <numerusform>%n Sicherungsdateien; neueste %1 vom %2 (%3 Tage alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no cron entry or timer mentions a backup</source>
        <translation>kein cron-Eintrag und kein Timer erwähnt eine Sicherung</translation>
    </message>
    <message>
        <source>only commented-out entries:</source>
        <translation>nur auskommentierte Einträge:</translation>
    </message>
    <message>
        <source>the backup folders, crontabs and systemd timers the collector listed</source>
        <translation>die Sicherungsordner, Crontabs und systemd-Timer, die das Sammelskript aufgelistet hat</translation>
    </message>
    <message>
        <source>backup not located: a backup job exists (%1) but no output was found in the folders the collector lists%2</source>
        <translation>Datensicherung nicht gefunden: ein Sicherungsauftrag existiert (%1), aber in den vom Sammelskript aufgelisteten Ordnern wurde keine Ausgabe gefunden%2</translation>
    </message>
    <message>
        <source>; it writes to %1</source>
        <translation>; er schreibt nach %1</translation>
    </message>
    <message>
        <source>the backups&apos; age is unknown (not located)</source>
        <translation>das Alter der Datensicherungen ist unbekannt (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>CallTimeChecks</name>
    <message>
        <source>International calls are possible at any hour</source>
        <translation>Auslandsgespräche sind zu jeder Uhrzeit möglich</translation>
    </message>
    <message>
        <source>Toll fraud happens at night, on weekends and holidays, when nobody watches.</source>
        <translation>Gebührenbetrug geschieht nachts, am Wochenende und an Feiertagen, wenn niemand hinsieht.</translation>
    </message>
    <message>
        <source>Put GotoIfTime() (FreePBX: a time condition on the outbound route) in front of international routes so they work only in working hours.</source>
        <translation>Schalten Sie internationalen Routen GotoIfTime() vor (FreePBX: eine Zeitbedingung an der ausgehenden Route), damit sie nur während der Arbeitszeit funktionieren.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>keine internationale Route ist erreichbar</translation>
    </message>
    <message>
        <source>every international route checks the time first</source>
        <translation>jede internationale Route prüft zuerst die Uhrzeit</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped: the time limit for this host ran out</source>
        <translation>gestoppt: das Zeitlimit für diesen Host ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>The change script is missing from this build.</source>
        <translation>Das Änderungsskript fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The change script did not start on the PBX (exit status %1): %2</source>
        <translation>Das Änderungsskript ist auf der PBX nicht gestartet (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file on the PBX (a link or a directory); it is not changed through a link. Change the file it points to instead.</source>
        <translation>„%1“ ist auf der PBX keine reguläre Datei (ein Link oder ein Verzeichnis); über einen Link wird nichts geändert. Ändern Sie stattdessen die Datei, auf die er zeigt.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist on the PBX.</source>
        <translation>Der Ordner von „%1“ existiert auf der PBX nicht.</translation>
    </message>
    <message>
        <source>The PBX side stopped: %1.</source>
        <translation>Die PBX-Seite hat abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Every file is as the plan expects.</source>
        <translation>Jede Datei entspricht dem, was der Plan erwartet.</translation>
    </message>
    <message>
        <source>A file changed on the PBX since the plan was made; make the plan again.</source>
        <translation>Eine Datei hat sich auf der PBX geändert, seit der Plan erstellt wurde; erstellen Sie den Plan neu.</translation>
    </message>
    <message>
        <source>The files are backed up in the journal on the PBX.</source>
        <translation>Die Dateien sind im Journal auf der PBX gesichert.</translation>
    </message>
    <message>
        <source>The validators accept the new content.</source>
        <translation>Die Validatoren akzeptieren den neuen Inhalt.</translation>
    </message>
    <message>
        <source>Validator %1 rejected the new content (exit status %2); nothing was changed.</source>
        <translation>Validator %1 hat den neuen Inhalt abgelehnt (Exit-Status %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX (%1) undoes the change in %2 s unless cancelled.</source>
        <translation>Der Totmannschalter auf der PBX (%1) macht die Änderung in %2 s rückgängig, sofern er nicht abgebrochen wird.</translation>
    </message>
    <message>
        <source>The dead-man switch could not be armed (%1); nothing was changed.</source>
        <translation>Der Totmannschalter konnte nicht scharf geschaltet werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new files are in place.</source>
        <translation>Die neuen Dateien sind an ihrem Platz.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed.</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The configuration in place passes its checks.</source>
        <translation>Die aktive Konfiguration besteht ihre Prüfungen.</translation>
    </message>
    <message>
        <source>Check %1 failed on the configuration in place (exit status %2).</source>
        <translation>Prüfung %1 ist an der aktiven Konfiguration fehlgeschlagen (Exit-Status %2).</translation>
    </message>
    <message>
        <source>The services are reloaded.</source>
        <translation>Die Dienste sind neu geladen.</translation>
    </message>
    <message>
        <source>Reload %1 failed (exit status %2).</source>
        <translation>Neuladen von %1 fehlgeschlagen (Exit-Status %2).</translation>
    </message>
    <message>
        <source>Every file has its old content again (hash checked).</source>
        <translation>Jede Datei hat wieder ihren alten Inhalt (Hash geprüft).</translation>
    </message>
    <message>
        <source>Some files could not be put back; the PBX needs attention.</source>
        <translation>Einige Dateien konnten nicht zurückgespielt werden; die PBX muss überprüft werden.</translation>
    </message>
    <message>
        <source>The old files are back and the services reloaded.</source>
        <translation>Die alten Dateien sind zurück und die Dienste neu geladen.</translation>
    </message>
    <message>
        <source>The old files are back but a reload failed.</source>
        <translation>Die alten Dateien sind zurück, aber ein Neuladen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself within %1 s (dead-man switch).</source>
        <translation>Die PBX spielt die alten Dateien innerhalb von %1 s selbst zurück (Totmannschalter).</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the change: %2. The journal on the PBX records where it stopped; it is offered at the next connection.</source>
        <translation>Die Verbindung zu %1 ist während der Änderung fehlgeschlagen: %2. Das Journal auf der PBX hält fest, wo sie abgebrochen ist; es wird bei der nächsten Verbindung angeboten.</translation>
    </message>
    <message>
        <source>If the dead-man switch was armed, the PBX puts the old files back within %1 s.</source>
        <translation>Falls der Totmannschalter scharf geschaltet war, spielt die PBX die alten Dateien innerhalb von %1 s zurück.</translation>
    </message>
    <message>
        <source>The change reached the PBX.</source>
        <translation>Die Änderung hat die PBX erreicht.</translation>
    </message>
    <message>
        <source>Refused, nothing changed: a file on the PBX is not what the plan was made from.</source>
        <translation>Abgelehnt, nichts geändert: eine Datei auf der PBX entspricht nicht dem Stand, aus dem der Plan erstellt wurde.</translation>
    </message>
    <message>
        <source>Rejected before anything was written; the PBX is unchanged.</source>
        <translation>Abgelehnt, bevor etwas geschrieben wurde; die PBX ist unverändert.</translation>
    </message>
    <message>
        <source>A step failed after the files were written; the old files were put back.</source>
        <translation>Ein Schritt ist fehlgeschlagen, nachdem die Dateien geschrieben waren; die alten Dateien wurden zurückgespielt.</translation>
    </message>
    <message>
        <source>The PBX side stopped before changing anything.</source>
        <translation>Die PBX-Seite hat abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>The change stopped on the PBX in state &quot;%1&quot;; it is offered to finish or roll back at the next connection.</source>
        <translation>Die Änderung ist auf der PBX im Zustand „%1“ stehen geblieben; bei der nächsten Verbindung wird angeboten, sie abzuschließen oder zurückzusetzen.</translation>
    </message>
    <message>
        <source>no way to open a new connection was given</source>
        <translation>es wurde keine Möglichkeit angegeben, eine neue Verbindung zu öffnen</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <source>A new login to the PBX failed: %1</source>
        <translation>Eine neue Anmeldung an der PBX ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The console could not log in again after the change.</source>
        <translation>Die Konsole konnte sich nach der Änderung nicht erneut anmelden.</translation>
    </message>
    <message>
        <source>A new connection logged in.</source>
        <translation>Eine neue Verbindung hat sich angemeldet.</translation>
    </message>
    <message>
        <source>An access check failed after the change.</source>
        <translation>Eine Zugriffsprüfung ist nach der Änderung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The change did not have the intended effect.</source>
        <translation>Die Änderung hatte nicht die beabsichtigte Wirkung.</translation>
    </message>
    <message>
        <source>The change is in place and verified, but committing it failed: %1.</source>
        <translation>Die Änderung ist aktiv und überprüft, aber das Festschreiben ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Committed; the dead-man switch is off.</source>
        <translation>Festgeschrieben; der Totmannschalter ist aus.</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Angewendet und überprüft.</translation>
    </message>
    <message>
        <source>The journal is in state &quot;%1&quot;.</source>
        <translation>Das Journal ist im Zustand „%1“.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX put the old files back before the console could cancel it.</source>
        <translation>Der Totmannschalter auf der PBX hat die alten Dateien zurückgespielt, bevor die Konsole ihn abbrechen konnte.</translation>
    </message>
    <message>
        <source>The change could not be committed (journal state &quot;%1&quot;).</source>
        <translation>Die Änderung konnte nicht festgeschrieben werden (Journalzustand „%1“).</translation>
    </message>
    <message>
        <source>Rolling back over SSH failed: %1.</source>
        <translation>Das Zurücksetzen über SSH ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself when its dead-man switch fires.</source>
        <translation>Die PBX spielt die alten Dateien selbst zurück, wenn ihr Totmannschalter auslöst.</translation>
    </message>
    <message>
        <source>The PBX had already put the old files back.</source>
        <translation>Die PBX hatte die alten Dateien bereits zurückgespielt.</translation>
    </message>
    <message>
        <source>This change is closed (journal state &quot;%1&quot;); there is nothing to roll back.</source>
        <translation>Diese Änderung ist abgeschlossen (Journalzustand „%1“); es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The old files are back (hash checked) and the services reloaded.</source>
        <translation>Die alten Dateien sind zurück (Hash geprüft) und die Dienste neu geladen.</translation>
    </message>
    <message>
        <source>The rollback did not complete (journal state &quot;%1&quot;); the PBX needs attention.</source>
        <translation>Das Zurücksetzen wurde nicht abgeschlossen (Journalzustand „%1“); die PBX muss überprüft werden.</translation>
    </message>
    <message>
        <source>The PBX did not list its change journals.</source>
        <translation>Die PBX hat ihre Änderungsjournale nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The change has no valid id.</source>
        <translation>Die Änderung hat keine gültige ID.</translation>
    </message>
    <message>
        <source>Finishing failed; the old files were put back.</source>
        <translation>Das Abschließen ist fehlgeschlagen; die alten Dateien wurden zurückgespielt.</translation>
    </message>
    <message>
        <source>A file is neither the old nor the new version; it was changed by someone else. Nothing was written.</source>
        <translation>Eine Datei ist weder die alte noch die neue Version; jemand anderes hat sie geändert. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Rejected by a validator; nothing was written.</source>
        <translation>Von einem Validator abgelehnt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This change cannot be finished (journal state &quot;%1&quot;).</source>
        <translation>Diese Änderung kann nicht abgeschlossen werden (Journalzustand „%1“).</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>Auf Anforderung zurückgesetzt.</translation>
    </message>
    <message>
        <source>Undone: the old files are back and the services reloaded.</source>
        <translation>Rückgängig gemacht: die alten Dateien sind zurück und die Dienste neu geladen.</translation>
    </message>
    <message>
        <source>Undo did not complete; the PBX needs attention.</source>
        <translation>Das Rückgängigmachen wurde nicht abgeschlossen; die PBX muss überprüft werden.</translation>
    </message>
    <message>
        <source>Not undone: a file changed since this change wrote it. Both versions are shown.</source>
        <translation>Nicht rückgängig gemacht: eine Datei hat sich geändert, seit diese Änderung sie geschrieben hat. Beide Versionen werden angezeigt.</translation>
    </message>
    <message>
        <source>Only a committed change can be undone (journal state &quot;%1&quot;).</source>
        <translation>Nur eine festgeschriebene Änderung kann rückgängig gemacht werden (Journalzustand „%1“).</translation>
    </message>
    <message>
        <source>The PBX did not say which address the console connects from (SSH_CONNECTION is &quot;%1&quot;).</source>
        <translation>Die PBX hat nicht mitgeteilt, von welcher Adresse aus die Konsole verbunden ist (SSH_CONNECTION ist „%1“).</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>The change has no valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only).</source>
        <translation>Die Änderung hat keine gültige ID (nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The change does nothing: it has no file and no command.</source>
        <translation>Die Änderung bewirkt nichts: sie hat weder eine Datei noch einen Befehl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path; a change names every file by its full path.</source>
        <translation>„%1“ ist kein absoluter Dateipfad; eine Änderung benennt jede Datei mit ihrem vollständigen Pfad.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a control character (a newline?); such a file cannot be changed safely. Rename it on the PBX first.</source>
        <translation>Der Pfad „%1“ enthält ein Steuerzeichen (einen Zeilenumbruch?); eine solche Datei kann nicht sicher geändert werden. Benennen Sie sie zuerst auf der PBX um.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not in its plain form (&quot;.&quot;, &quot;..&quot; or &quot;//&quot;).</source>
        <translation>Der Pfad „%1“ ist nicht in seiner einfachen Form („.“, „..“ oder „//“).</translation>
    </message>
    <message>
        <source>The change names &quot;%1&quot; twice; one edit per file.</source>
        <translation>Die Änderung nennt „%1“ zweimal; eine Bearbeitung pro Datei.</translation>
    </message>
    <message>
        <source>The expected SHA-256 of &quot;%1&quot; is not a lower-case hex digest.</source>
        <translation>Der erwartete SHA-256 von „%1“ ist kein Hex-Digest in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; or owner &quot;%2&quot; for the new file &quot;%3&quot; is not valid.</source>
        <translation>Der Modus „%1“ oder der Eigentümer „%2“ für die neue Datei „%3“ ist ungültig.</translation>
    </message>
    <message>
        <source>The dead-man switch must be between 5 and 3600 seconds, not %1.</source>
        <translation>Der Totmannschalter muss zwischen 5 und 3600 Sekunden liegen, nicht bei %1.</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>Send the change</source>
        <translation>Änderung senden</translation>
    </message>
    <message>
        <source>Check the files are unchanged</source>
        <translation>Prüfen, ob die Dateien unverändert sind</translation>
    </message>
    <message>
        <source>Back up the files</source>
        <translation>Dateien sichern</translation>
    </message>
    <message>
        <source>Validate the new content</source>
        <translation>Neuen Inhalt validieren</translation>
    </message>
    <message>
        <source>Arm the dead-man switch</source>
        <translation>Totmannschalter scharf schalten</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Dateien schreiben</translation>
    </message>
    <message>
        <source>Check the configuration in place</source>
        <translation>Aktive Konfiguration prüfen</translation>
    </message>
    <message>
        <source>Reload the services</source>
        <translation>Dienste neu laden</translation>
    </message>
    <message>
        <source>Log in again over a new connection</source>
        <translation>Über eine neue Verbindung erneut anmelden</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>Ergebnis überprüfen</translation>
    </message>
    <message>
        <source>Cancel the dead-man switch and commit</source>
        <translation>Totmannschalter abbrechen und festschreiben</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Check the old files are back</source>
        <translation>Prüfen, ob die alten Dateien zurück sind</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>abgelehnt, nichts geändert</translation>
    </message>
    <message>
        <source>rejected by a validator, nothing changed</source>
        <translation>von einem Validator abgelehnt, nichts geändert</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 endpoint: calls from anyone without a password</source>
        <translation>Endpunkt %1: Anrufe von jedem ohne Passwort</translation>
    </message>
    <message>
        <source>%1: calls matched by address (%2), no password</source>
        <translation>%1: Anrufe per Adresse zugeordnet (%2), kein Passwort</translation>
    </message>
    <message>
        <source>sip.conf: allowguest lets unauthenticated chan_sip calls in</source>
        <translation>sip.conf: allowguest lässt nicht authentifizierte chan_sip-Anrufe herein</translation>
    </message>
    <message>
        <source>the default context: where unmatched calls land</source>
        <translation>der Kontext „default“: dort landen nicht zugeordnete Anrufe</translation>
    </message>
    <message>
        <source>%1: insecure = %2, INVITEs are not challenged</source>
        <translation>%1: insecure = %2, INVITEs werden ohne Authentifizierung angenommen</translation>
    </message>
    <message>
        <source>%1 enabled = %2, bindaddr = %3, port %4</source>
        <translation>%1 enabled = %2, bindaddr = %3, Port %4</translation>
    </message>
    <message>
        <source>numbering plan assumed: %1 (no country in indications.conf or chan_dahdi.conf)</source>
        <translation>angenommener Rufnummernplan: %1 (kein Land in indications.conf oder chan_dahdi.conf)</translation>
    </message>
    <message>
        <source>numbering plan: %1 (%2)</source>
        <translation>Rufnummernplan: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n passed: %1</source>
        <translation>
            <numerusform>%n bestanden: %1</numerusform>
            <numerusform>alle %n bestanden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The collector script is missing from this build.</source>
        <translation>Das Sammelskript fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The collector did not start on the PBX.</source>
        <translation>Das Sammelskript ist auf der PBX nicht gestartet.</translation>
    </message>
    <message>
        <source>The collector printed nothing (exit status %1): %2</source>
        <translation>Das Sammelskript hat nichts ausgegeben (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>sudo is not installed on %1, so the audit cannot run as root. Install sudo there or log in as root.</source>
        <translation>sudo ist auf %1 nicht installiert, daher kann das Audit nicht als root laufen. Installieren Sie dort sudo oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>The collector ran without root on %1 (%2): sudo did not make it root. Check the sudoers rule for %3.</source>
        <translation>Das Sammelskript lief auf %1 ohne root (%2): sudo hat es nicht zu root gemacht. Prüfen Sie die sudoers-Regel für %3.</translation>
    </message>
    <message>
        <source>The audit needs root and did not run: %1.</source>
        <translation>Die Prüfung braucht root-Rechte und lief nicht: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Zeit</translation>
    </message>
    <message>
        <source>unknown host key %1 (not trusted yet)</source>
        <translation>unbekannter Host-Schlüssel %1 (noch nicht vertraut)</translation>
    </message>
    <message>
        <source>the host key has CHANGED: it is now %1</source>
        <translation>der Host-Schlüssel hat sich GEÄNDERT: er ist jetzt %1</translation>
    </message>
    <message>
        <source>the host key has CHANGED: pinned %1, now %2</source>
        <translation>der Host-Schlüssel hat sich GEÄNDERT: hinterlegt %1, jetzt %2</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>no answer in time: %1</source>
        <translation>keine Antwort innerhalb der Zeit: %1</translation>
    </message>
    <message>
        <source>cannot reach the PBX: %1</source>
        <translation>PBX nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>logged in; the probe failed: %1</source>
        <translation>angemeldet; die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no Asterisk</source>
        <translation>kein Asterisk</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in, but the probe failed: %1</source>
        <translation>Angemeldet, aber die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Läuft seit:</translation>
    </message>
    <message>
        <source>Asterisk:</source>
        <translation>Asterisk:</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Host-Schlüssel:</translation>
    </message>
    <message>
        <source>%1, %2; cannot become root</source>
        <translation>%1, %2; kann nicht root werden</translation>
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
        <translation>Zeile %1: Anführungszeichen in einem Wert ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed.</source>
        <translation>Zeile %1: Ein Wert in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2.</source>
        <translation>Unbekannte Spalte „%1“ in der Kopfzeile. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column.</source>
        <translation>In der Kopfzeile fehlt die Spalte „%1“.</translation>
    </message>
    <message>
        <source>Has %1 values where the header has %2.</source>
        <translation>Enthält %1 Werte, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>ssh_auth must be agent, key or password, not &quot;%1&quot;.</source>
        <translation>ssh_auth muss agent, key oder password sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>ami_tls must be yes or no, not &quot;%1&quot;.</source>
        <translation>ami_tls muss yes oder no sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>host_key_sha256 must look like SHA256:… as ssh-keygen -lf prints it.</source>
        <translation>host_key_sha256 muss wie SHA256:… aussehen, so wie ssh-keygen -lf es ausgibt.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: the customer is missing.</source>
        <translation>Ein Standort gehört zu einem Kunden: Der Kunde fehlt.</translation>
    </message>
    <message>
        <source>The same name is already used on line %1 of this file.</source>
        <translation>Derselbe Name wird bereits in Zeile %1 dieser Datei verwendet.</translation>
    </message>
    <message>
        <source>host_key_sha256 differs from the key pinned for this PBX; check the key on the PBX and re-pin it with &quot;pbxwarden-cli pin&quot; (or in the PBX dialog), not through a file.</source>
        <translation>host_key_sha256 weicht vom für diese PBX hinterlegten Schlüssel ab; prüfen Sie den Schlüssel auf der PBX und hinterlegen Sie ihn neu mit „pbxwarden-cli pin“ (oder im PBX-Dialog), nicht über eine Datei.</translation>
    </message>
    <message>
        <source>A PBX with this name is already in the inventory (import with update to change it).</source>
        <translation>Eine PBX mit diesem Namen ist bereits im Bestand (importieren Sie mit Aktualisieren, um sie zu ändern).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Die Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the inventory to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Inventars auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>Der Ordner %1 existiert nicht und konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the inventory cannot be created there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann das Inventar dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only. PBX Warden needs to write to it; make it writable or choose another file with --db.</source>
        <translation>Das Inventar %1 ist schreibgeschützt. PBX Warden muss hineinschreiben können; machen Sie es beschreibbar oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal next to the file.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt; SQLite muss sein Journal neben die Datei schreiben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, or its first page is damaged. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 ist keine SQLite-Datenbank, oder ihre erste Seite ist beschädigt. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a PBX Warden inventory. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein PBX-Warden-Inventar. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PBX Warden (inventory version %2; this one knows up to %3). Update PBX Warden; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren Version von PBX Warden geschrieben (Inventarversion %2; diese Version kennt bis %3). Aktualisieren Sie PBX Warden; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 failed SQLite&apos;s integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 hat die Integritätsprüfung von SQLite nicht bestanden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2). Close it and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>%1 kann vor der Aktualisierung nicht nach %2 kopiert werden (%3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>DestinationChecks</name>
    <message>
        <source>International calls can be placed without a password</source>
        <translation>Auslandsgespräche sind ohne Passwort möglich</translation>
    </message>
    <message>
        <source>A context reachable by anonymous, guest or inbound-trunk calls leads to a trunk with numbers of the caller&apos;s choice: anyone on the Internet can pump calls to premium numbers (IRSF).</source>
        <translation>Ein Kontext, den anonyme, Gast- oder über Eingangstrunks kommende Anrufe erreichen, führt zu einem Trunk mit Nummern nach Wahl des Anrufers: Jeder im Internet kann Anrufe zu Mehrwertnummern pumpen (IRSF).</translation>
    </message>
    <message>
        <source>Give anonymous and inbound calls a context holding only your DIDs (no include of internal contexts), never put outbound routes in &apos;default&apos;, and keep international routes in their own protected context.</source>
        <translation>Geben Sie anonymen und eingehenden Anrufen einen Kontext, der nur Ihre DIDs enthält (kein include interner Kontexte), legen Sie nie ausgehende Routen in &apos;default&apos; und halten Sie internationale Routen in einem eigenen, geschützten Kontext.</translation>
    </message>
    <message>
        <source>Every phone can dial international numbers</source>
        <translation>Jedes Telefon kann internationale Nummern wählen</translation>
    </message>
    <message>
        <source>International dialing should be given only to the users who need it; every other cracked phone then costs nothing.</source>
        <translation>Auslandswahl sollte nur die Benutzer erhalten, die sie brauchen; jedes andere geknackte Telefon kostet dann nichts.</translation>
    </message>
    <message>
        <source>Move international patterns to a separate context included only by the contexts of the phones that need them.</source>
        <translation>Verschieben Sie internationale Muster in einen eigenen Kontext, der nur von den Kontexten der Telefone eingebunden wird, die sie brauchen.</translation>
    </message>
    <message>
        <source>${EXTEN} from a loose pattern goes unfiltered into Dial()</source>
        <translation>${EXTEN} aus einem zu weiten Muster geht ungefiltert in Dial()</translation>
    </message>
    <message>
        <source>Patterns with &apos;.&apos; or &apos;!&apos; match any characters, so a caller can dial &apos;0044...&amp;Local/...&apos; and add devices or options to the Dial() string (dialplan injection).</source>
        <translation>Muster mit &apos;.&apos; oder &apos;!&apos; passen auf beliebige Zeichen, daher kann ein Anrufer &apos;0044...&amp;Local/...&apos; wählen und dem Dial()-String Geräte oder Optionen hinzufügen (Dialplan-Injection).</translation>
    </message>
    <message>
        <source>Use strict patterns (_00[1-9]XXXXX.) and pass ${FILTER(0123456789,${EXTEN})} to Dial().</source>
        <translation>Verwenden Sie strenge Muster (_00[1-9]XXXXX.) und übergeben Sie ${FILTER(0123456789,${EXTEN})} an Dial().</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>all %1 phones reach an international route: %2</source>
        <translation>alle %1 Telefone erreichen eine internationale Route: %2</translation>
    </message>
    <message>
        <source>%1: pattern %2 -&gt; Dial(%3)</source>
        <translation>%1: Muster %2 -&gt; Dial(%3)</translation>
    </message>
    <message>
        <source>Anonymous SIP calls are accepted</source>
        <translation>Anonyme SIP-Anrufe werden angenommen</translation>
    </message>
    <message>
        <source>The &apos;anonymous&apos; endpoint lets anyone on the Internet place calls into the dialplan without a password: every destination its context reaches is open to them.</source>
        <translation>Der Endpunkt „anonymous“ lässt jeden im Internet ohne Passwort Anrufe in den Dialplan tätigen: jedes Ziel, das sein Kontext erreicht, steht ihnen offen.</translation>
    </message>
    <message>
        <source>Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) unless a DID really needs it, and give it a context with only those DIDs.</source>
        <translation>Entfernen Sie den Endpunkt [anonymous] (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No), sofern eine DID ihn nicht wirklich braucht, und geben Sie ihm einen Kontext, der nur diese DIDs enthält.</translation>
    </message>
    <message>
        <source>chan_sip accepts guest calls</source>
        <translation>chan_sip nimmt Gastanrufe an</translation>
    </message>
    <message>
        <source>allowguest (on by default) sends unauthenticated INVITEs into the general context: an entry into the dialplan without a password.</source>
        <translation>allowguest (standardmäßig an) leitet nicht authentifizierte INVITEs in den Kontext general: ein Zugang zum Dialplan ohne Passwort.</translation>
    </message>
    <message>
        <source>Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).</source>
        <translation>Setzen Sie allowguest = no in sip.conf [general] oder entladen Sie chan_sip (ab Asterisk 21 entfernt).</translation>
    </message>
    <message>
        <source>Premium-rate, mobile or national calls can be placed without a password</source>
        <translation>Mehrwert-, Mobilfunk- oder Inlandsgespräche sind ohne Passwort möglich</translation>
    </message>
    <message>
        <source>An entry reachable without a password (guest, anonymous, inbound trunk, default) leads to a trunk with a number of the caller&apos;s choice: premium-rate numbers are pumped like international ones, and mobile or national calls still cost money.</source>
        <translation>Ein ohne Passwort erreichbarer Zugang (guest, anonymous, eingehender Trunk, default) führt zu einem Trunk mit einer vom Anrufer gewählten Nummer: Mehrwertnummern werden wie internationale Nummern ausgenutzt, und auch Mobilfunk- oder Inlandsgespräche kosten Geld.</translation>
    </message>
    <message>
        <source>Give unauthenticated entries a context holding only your DIDs; keep every outbound route in contexts only authenticated phones reach.</source>
        <translation>Geben Sie nicht authentifizierten Zugängen einen Kontext, der nur Ihre DIDs enthält; halten Sie jede ausgehende Route in Kontexten, die nur authentifizierte Telefone erreichen.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>es wurde keine Asterisk-Konfiguration gesammelt</translation>
    </message>
    <message>
        <source>%1: context %2</source>
        <translation>%1: Kontext %2</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP endpoint(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n PJSIP-Endpunkt in pjsip.conf</numerusform>
            <numerusform>%n PJSIP-Endpunkte in pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>no [anonymous] endpoint</source>
        <translation>kein Endpunkt [anonymous]</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip ist nicht geladen</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf ist nicht vorhanden</translation>
    </message>
    <message>
        <source>sip.conf: allowguest not set (default yes)</source>
        <translation>sip.conf: allowguest nicht gesetzt (Standard yes)</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan</source>
        <translation>
            <numerusform>%n nicht authentifizierter Zugangskontext (anonymous, guest, Trunk, default) im Dialplan durchlaufen</numerusform>
            <numerusform>%n nicht authentifizierte Zugangskontexte (anonymous, guest, Trunk, default) im Dialplan durchlaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>no context is reachable without a password</source>
        <translation>kein Kontext ist ohne Passwort erreichbar</translation>
    </message>
    <message>
        <source>no international route from: %1</source>
        <translation>keine internationale Route von: %1</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>Mehrwert</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>national</source>
        <translation>Inland</translation>
    </message>
    <message>
        <source>%1 numbers from %2 (%3): %4 -&gt; Dial(%5) at %6</source>
        <translation>Nummern (%1) von %2 (%3): %4 -&gt; Dial(%5) bei %6</translation>
    </message>
    <message>
        <source>no trunk dial of the caller&apos;s number from an unauthenticated entry</source>
        <translation>kein Trunk-Wählvorgang zur Nummer des Anrufers aus einem nicht authentifizierten Zugang</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) and the contexts they dial from</source>
        <translation>
            <numerusform>%n Telefon und die Kontexte, aus denen es wählt</numerusform>
            <numerusform>%n Telefone und die Kontexte, aus denen sie wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): too few to tell every phone from some</source>
        <translation>
            <numerusform>%n Telefon: zu wenige, um jedes Telefon von einigen zu unterscheiden</numerusform>
            <numerusform>%n Telefone: zu wenige, um jedes Telefon von einigen zu unterscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 phones reach an international route without both a PIN and a time check</source>
        <translation>%1 von %2 Telefonen erreichen eine internationale Route ohne PIN und Zeitprüfung zugleich</translation>
    </message>
    <message numerus="yes">
        <source>%n Dial() application(s) reached from %1 context(s)</source>
        <translation>
            <numerusform>%n Dial()-Anwendung aus %1 Kontext(en) erreicht</numerusform>
            <numerusform>%n Dial()-Anwendungen aus %1 Kontext(en) erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan has no Dial()</source>
        <translation>der Dialplan hat kein Dial()</translation>
    </message>
    <message>
        <source>no ${EXTEN} from a loose pattern reaches Dial()</source>
        <translation>kein ${EXTEN} aus einem lockeren Muster erreicht Dial()</translation>
    </message>
</context>
<context>
    <name>DialplanChecks</name>
    <message>
        <source>from %1 (%2): %3 -&gt; Dial(%4) at %5</source>
        <translation>von %1 (%2): %3 -&gt; Dial(%4) in %5</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message numerus="yes">
        <source>%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)</source>
        <translation>
            <numerusform>%n internationale Route aus %1 Zugangskontext(en) gefunden (nicht authentifizierte Zugänge und Telefone)</numerusform>
            <numerusform>%n internationale Routen aus %1 Zugangskontext(en) gefunden (nicht authentifizierte Zugänge und Telefone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactBundle</name>
    <message>
        <source>The stored facts are damaged (not a compressed fact bundle, or cut short): audit the PBX again to collect them anew.</source>
        <translation>Die gespeicherten Befunde sind beschädigt (kein komprimiertes Befundpaket oder abgeschnitten): auditieren Sie die PBX erneut, um sie neu zu sammeln.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>nichts zu bewerten</translation>
    </message>
</context>
<context>
    <name>FirewallChecks</name>
    <message>
        <source>No host firewall filters incoming connections</source>
        <translation>Keine Host-Firewall filtert eingehende Verbindungen</translation>
    </message>
    <message>
        <source>Without a firewall every service of the PBX (SIP, AMI, SSH, the web interface) answers the whole Internet; scanners find a new PBX within minutes.</source>
        <translation>Ohne Firewall antwortet jeder Dienst der PBX (SIP, AMI, SSH, die Weboberfläche) dem gesamten Internet; Scanner finden eine neue PBX innerhalb von Minuten.</translation>
    </message>
    <message>
        <source>Set the INPUT policy to DROP and accept only loopback, established connections, SSH and the web interface from the administrators&apos; addresses and SIP/RTP from the phones&apos; and the provider&apos;s networks (or put the PBX behind a firewall that does this).</source>
        <translation>Setzen Sie die INPUT-Policy auf DROP und akzeptieren Sie nur Loopback, bestehende Verbindungen, SSH und die Weboberfläche von den Adressen der Administratoren sowie SIP/RTP aus den Netzen der Telefone und des Providers (oder stellen Sie die PBX hinter eine Firewall, die das tut).</translation>
    </message>
    <message>
        <source>PBX services listen on every address with no rule in front</source>
        <translation>PBX-Dienste lauschen auf allen Adressen, ohne vorgeschaltete Regel</translation>
    </message>
    <message>
        <source>A service bound to all addresses and accepted by the firewall can be brute-forced or exploited from anywhere: SIP registration cracking, AMI logins, SSH password guessing.</source>
        <translation>Ein Dienst, der an alle Adressen gebunden ist und von der Firewall akzeptiert wird, kann von überall per Brute Force angegriffen oder ausgenutzt werden: Knacken von SIP-Registrierungen, AMI-Anmeldungen, Erraten von SSH-Passwörtern.</translation>
    </message>
    <message>
        <source>Bind services to the addresses that need them and add firewall rules that accept SIP, SSH, AMI and web ports only from known networks.</source>
        <translation>Binden Sie Dienste an die Adressen, die sie benötigen, und fügen Sie Firewall-Regeln hinzu, die SIP-, SSH-, AMI- und Web-Ports nur aus bekannten Netzen akzeptieren.</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface is open to the Internet</source>
        <translation>Das Asterisk Manager Interface ist aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>AMI can originate calls, read and change the configuration and, with write=system or originate, run commands on the PBX (GHSA-c4cg-9275-6w44).</source>
        <translation>Über AMI lassen sich Anrufe auslösen, die Konfiguration lesen und ändern und mit write=system oder originate Befehle auf der PBX ausführen (GHSA-c4cg-9275-6w44).</translation>
    </message>
    <message>
        <source>Set bindaddr = 127.0.0.1 in manager.conf (reach AMI through SSH), or accept TCP 5038 only from the management host in the firewall.</source>
        <translation>Setzen Sie bindaddr = 127.0.0.1 in manager.conf (AMI dann über SSH erreichen) oder akzeptieren Sie TCP 5038 in der Firewall nur vom Verwaltungsrechner.</translation>
    </message>
    <message>
        <source>iptables-save: INPUT policy %1, no rule drops or rejects; nftables: no input chain drops</source>
        <translation>iptables-save: INPUT-Policy %1, keine Regel verwirft oder weist ab; nftables: keine input-Chain verwirft</translation>
    </message>
    <message>
        <source>%1 - %2/%3 accepted from any address</source>
        <translation>%1 - %2/%3 von jeder Adresse akzeptiert</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>AMI is disabled</source>
        <translation>AMI ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address</source>
        <translation>%1 bindaddr = %2, Port %3, und die Firewall akzeptiert TCP %3 von jeder Adresse</translation>
    </message>
    <message>
        <source>iptables-save and nft list ruleset (%1 iptables, %2 nftables rules)</source>
        <translation>iptables-save und nft list ruleset (%1 iptables-, %2 nftables-Regeln)</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): reachable from every network that reaches them, not directly from the Internet</source>
        <translation>ip addr: der Host hat nur private Adressen (%1): erreichbar aus jedem Netz, das sie erreicht, nicht direkt aus dem Internet</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</source>
        <translation>
            <numerusform>%n PBX-Dienst lauscht auf allen Adressen (ss -tulpn und die Asterisk-Konfiguration), abgeglichen mit den Firewall-Regeln</numerusform>
            <numerusform>%n PBX-Dienste lauschen auf allen Adressen (ss -tulpn und die Asterisk-Konfiguration), abgeglichen mit den Firewall-Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>no PBX service listens on every address</source>
        <translation>kein PBX-Dienst lauscht auf allen Adressen</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): open to every network that reaches them, not directly to the Internet</source>
        <translation>ip addr: der Host hat nur private Adressen (%1): offen für jedes Netz, das sie erreicht, nicht direkt für das Internet</translation>
    </message>
</context>
<context>
    <name>HardeningAnswers</name>
    <message>
        <source>Trusted network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>Das vertrauenswürdige Netz „%1“ ist keine Adresse und kein Netz von höchstens /8 (IPv6: /16). Schreiben Sie es als 192.0.2.0/24, 2001:db8::/32 oder als einzelne Adresse.</translation>
    </message>
    <message>
        <source>Trunk address &quot;%1&quot; is not an address or network. Write the ITSP&apos;s address as 198.51.100.10 or 198.51.100.0/24 (names are not accepted: fail2ban needs addresses).</source>
        <translation>Die Trunk-Adresse „%1“ ist keine Adresse und kein Netz. Schreiben Sie die Adresse des ITSP als 198.51.100.10 oder 198.51.100.0/24 (Namen werden nicht akzeptiert: fail2ban benötigt Adressen).</translation>
    </message>
    <message>
        <source>The console&apos;s address &quot;%1&quot; is not an IP address. Leave it empty to read it from the SSH connection.</source>
        <translation>Die Adresse der Konsole „%1“ ist keine IP-Adresse. Lassen Sie das Feld leer, um sie aus der SSH-Verbindung zu lesen.</translation>
    </message>
    <message>
        <source>The admin account &quot;%1&quot; is not a login name (lower-case letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, at most 32 characters).</source>
        <translation>Das Administratorkonto „%1“ ist kein Anmeldename (Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>The AMI user &quot;%1&quot; is not a manager.conf user name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</source>
        <translation>Der AMI-Benutzer „%1“ ist kein Benutzername für manager.conf (Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;. Known answers: %2.</source>
        <translation>Unbekannte Antwort „%1“. Bekannte Antworten: %2.</translation>
    </message>
    <message>
        <source>Phone network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>Telefonnetz „%1“ ist keine Adresse und kein Netz von höchstens /8 (IPv6: /16). Schreiben Sie es als 192.0.2.0/24, 2001:db8::/32 oder als einzelne Adresse.</translation>
    </message>
    <message>
        <source>trusted_networks, trunk_addresses, phone_networks and ami_privileged_users must be lists of strings.</source>
        <translation>trusted_networks, trunk_addresses, phone_networks und ami_privileged_users müssen Listen von Zeichenketten sein.</translation>
    </message>
</context>
<context>
    <name>HardeningFixes</name>
    <message>
        <source>%1 was not collected by the audit; audit the PBX again as root.</source>
        <translation>%1 wurde vom Audit nicht gesammelt; auditieren Sie die PBX erneut als root.</translation>
    </message>
    <message>
        <source>%1 comes from a stored audit with its secrets removed; plan from a fresh collection.</source>
        <translation>%1 stammt aus einem gespeicherten Audit, dessen Secrets entfernt wurden; planen Sie auf Grundlage einer frischen Sammlung.</translation>
    </message>
    <message>
        <source>%1: no section where the audit read one</source>
        <translation>%1: kein Abschnitt an der Stelle, an der das Audit einen gelesen hat</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose GUI regenerates Asterisk&apos;s files: an edit would be overwritten at its next reload. Make this change in %1&apos;s own settings; PBX Warden does not edit them yet.</source>
        <translation>Auf dieser PBX läuft %1, dessen Oberfläche die Dateien von Asterisk neu erzeugt: eine Bearbeitung würde beim nächsten Neuladen überschrieben. Nehmen Sie diese Änderung in den eigenen Einstellungen von %1 vor; PBX Warden bearbeitet diese noch nicht.</translation>
    </message>
    <message>
        <source>AMI on loopback, with ACLs and least privilege</source>
        <translation>AMI nur auf Loopback, mit ACLs und minimalen Rechten</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls</source>
        <translation>Keine Gast- oder anonymen SIP-Anrufe</translation>
    </message>
    <message>
        <source>SSH: no root login, keys only, trusted networks only</source>
        <translation>SSH: keine root-Anmeldung, nur Schlüssel, nur vertrauenswürdige Netze</translation>
    </message>
    <message>
        <source>fail2ban jails for SSH and Asterisk</source>
        <translation>fail2ban-Jails für SSH und Asterisk</translation>
    </message>
    <message>
        <source>manager.conf was not collected by the audit.</source>
        <translation>manager.conf wurde vom Audit nicht gesammelt.</translation>
    </message>
    <message>
        <source>Asterisk cannot read manager.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk kann manager.conf in ihrem jetzigen Zustand nicht lesen (%1); reparieren Sie sie zuerst von Hand.</translation>
    </message>
    <message>
        <source>manager.conf has no [general] section to edit.</source>
        <translation>manager.conf hat keinen Abschnitt [general] zum Bearbeiten.</translation>
    </message>
    <message>
        <source>AMI user %1 inherits write = %2 from a template (%3); change the template by hand.</source>
        <translation>Der AMI-Benutzer %1 erbt write = %2 von einer Vorlage (%3); ändern Sie die Vorlage von Hand.</translation>
    </message>
    <message>
        <source>AMI user %1 has more than two write lines; merge them by hand first.</source>
        <translation>Der AMI-Benutzer %1 hat mehr als zwei write-Zeilen; führen Sie sie zuerst von Hand zusammen.</translation>
    </message>
    <message>
        <source>manager.conf already has these settings.</source>
        <translation>manager.conf hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>AMI will listen on 127.0.0.1 only: applications on other hosts (CTI, wallboards, FOP2) lose their AMI connection; the console reaches AMI through its SSH connection.</source>
        <translation>AMI wird nur noch auf 127.0.0.1 lauschen: Anwendungen auf anderen Hosts (CTI, Wallboards, FOP2) verlieren ihre AMI-Verbindung; die Konsole erreicht AMI über ihre SSH-Verbindung.</translation>
    </message>
    <message>
        <source>AMI users %1 can no longer run commands, originate calls or change the configuration.</source>
        <translation>Die AMI-Benutzer %1 können keine Befehle mehr ausführen, keine Anrufe mehr auslösen und die Konfiguration nicht mehr ändern.</translation>
    </message>
    <message>
        <source>AMI users %1 keep their dangerous write classes, as answered.</source>
        <translation>Die AMI-Benutzer %1 behalten wie angegeben ihre gefährlichen write-Klassen.</translation>
    </message>
    <message>
        <source>Asterisk cannot read sip.conf as it is; repair it first.</source>
        <translation>Asterisk kann sip.conf in ihrem jetzigen Zustand nicht lesen; reparieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The anonymous endpoint comes from %1 (the configuration wizard); remove it there by hand.</source>
        <translation>Der Endpunkt „anonymous“ stammt aus %1 (dem Konfigurationsassistenten); entfernen Sie ihn dort von Hand.</translation>
    </message>
    <message>
        <source>The [anonymous] section at %1 includes other files; remove it by hand.</source>
        <translation>Der Abschnitt [anonymous] bei %1 bindet andere Dateien ein; entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls are accepted already.</source>
        <translation>Gast- oder anonyme SIP-Anrufe werden bereits nicht angenommen.</translation>
    </message>
    <message>
        <source>Calls that arrive without authentication and match no endpoint are refused: an ITSP must be matched by an identify section (PJSIP) or host= (chan_sip), or its calls stop.</source>
        <translation>Anrufe, die ohne Authentifizierung eintreffen und keinem Endpunkt zugeordnet werden, werden abgewiesen: ein ITSP muss über einen identify-Abschnitt (PJSIP) oder host= (chan_sip) zugeordnet sein, sonst kommen seine Anrufe nicht mehr an.</translation>
    </message>
    <message>
        <source>reload sshd</source>
        <translation>sshd neu laden</translation>
    </message>
    <message>
        <source>Name the admin account that must keep SSH access (the one the console logs in with).</source>
        <translation>Nennen Sie das Administratorkonto, das den SSH-Zugang behalten muss (das Konto, mit dem sich die Konsole anmeldet).</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so PBX Warden cannot make sure it stays allowed in.</source>
        <translation>Die Adresse der Konsole aus Sicht der PBX ist unbekannt, daher kann PBX Warden nicht sicherstellen, dass sie weiterhin zugelassen bleibt.</translation>
    </message>
    <message>
        <source>There is no account %1 on this PBX: allowing only it would lock every administrator out.</source>
        <translation>Auf dieser PBX gibt es kein Konto %1: nur dieses zuzulassen würde alle Administratoren aussperren.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyUsers %1 shuts %2 out, so restricting SSH to %2 would lock every administrator out; remove that DenyUsers entry first.</source>
        <translation>DenyUsers %1 von sshd sperrt %2 aus, daher würde eine Beschränkung von SSH auf %2 alle Administratoren aussperren; entfernen Sie zuerst diesen DenyUsers-Eintrag.</translation>
    </message>
    <message>
        <source>root may still log in: PermitRootLogin no needs a kept admin account other than root that can use sudo.</source>
        <translation>root darf sich weiterhin anmelden: PermitRootLogin no setzt ein beibehaltenes Administratorkonto außer root voraus, das sudo verwenden darf.</translation>
    </message>
    <message>
        <source>Passwords stay accepted: PasswordAuthentication no is only offered after the console has logged in as %1 with its key.</source>
        <translation>Passwörter werden weiterhin akzeptiert: PasswordAuthentication no wird erst angeboten, nachdem sich die Konsole als %1 mit ihrem Schlüssel angemeldet hat.</translation>
    </message>
    <message>
        <source>%1 sets %2 and is read before PBX Warden&apos;s drop-in, so the change would not take effect; remove it there first.</source>
        <translation>%1 setzt %2 und wird vor dem Drop-in von PBX Warden gelesen, daher würde die Änderung nicht wirksam; entfernen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>sshd_config already has these settings.</source>
        <translation>sshd_config hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>sshd -t on the new file</source>
        <translation>sshd -t auf die neue Datei</translation>
    </message>
    <message>
        <source>sshd -t on the whole configuration</source>
        <translation>sshd -t auf die gesamte Konfiguration</translation>
    </message>
    <message>
        <source>Only %1 may log in over SSH, and only from %2; every other account loses SSH access. A dead-man switch on the PBX restores the old configuration unless the console logs in again.</source>
        <translation>Nur %1 darf sich per SSH anmelden, und nur von %2 aus; jedes andere Konto verliert den SSH-Zugang. Ein Totmannschalter auf der PBX stellt die alte Konfiguration wieder her, sofern sich die Konsole nicht erneut anmeldet.</translation>
    </message>
    <message>
        <source>None of the SSH findings this fix resolves fails.</source>
        <translation>Keine der SSH-Feststellungen, die diese Maßnahme behebt, schlägt fehl.</translation>
    </message>
    <message>
        <source>None of the log files logger.conf names (%1) exists, so an asterisk jail would watch nothing; enable a security or notice log in logger.conf and run &apos;logger reload&apos; first.</source>
        <translation>Keine der Protokolldateien, die logger.conf nennt (%1), existiert, daher würde ein asterisk-Jail nichts überwachen; aktivieren Sie in logger.conf ein security- oder notice-Protokoll und führen Sie zuerst &apos;logger reload&apos; aus.</translation>
    </message>
    <message>
        <source>Whether fail2ban is installed is unknown: %1</source>
        <translation>Ob fail2ban installiert ist, ist unbekannt: %1</translation>
    </message>
    <message>
        <source>fail2ban is not installed; install the fail2ban package first, then audit again.</source>
        <translation>fail2ban ist nicht installiert; installieren Sie zuerst das Paket fail2ban und auditieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so fail2ban could ban the console itself.</source>
        <translation>Die Adresse der Konsole aus Sicht der PBX ist unbekannt, daher könnte fail2ban die Konsole selbst sperren.</translation>
    </message>
    <message>
        <source>%1 already holds these jails.</source>
        <translation>%1 enthält diese Jails bereits.</translation>
    </message>
    <message>
        <source>fail2ban-client -t on the whole configuration</source>
        <translation>fail2ban-client -t auf die gesamte Konfiguration</translation>
    </message>
    <message>
        <source>reload fail2ban (start it when stopped)</source>
        <translation>fail2ban neu laden (starten, falls gestoppt)</translation>
    </message>
    <message>
        <source>Addresses that fail to log in repeatedly are banned; never banned: %1.</source>
        <translation>Adressen, deren Anmeldung wiederholt fehlschlägt, werden gesperrt; nie gesperrt: %1.</translation>
    </message>
    <message>
        <source>Trunks not listed in the answers can be banned if they fail to authenticate.</source>
        <translation>Trunks, die nicht in den Antworten aufgeführt sind, können gesperrt werden, wenn ihre Authentifizierung fehlschlägt.</translation>
    </message>
    <message>
        <source>None of the fail2ban findings this fix resolves fails.</source>
        <translation>Keine der fail2ban-Feststellungen, die diese Maßnahme behebt, schlägt fehl.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;. Known fixes: %2.</source>
        <translation>Unbekannte Maßnahme „%1“. Bekannte Maßnahmen: %2.</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose own firewall (FreePBX: the Firewall module, fwconsole firewall) owns the host&apos;s rules; a second firewall beside it would fight it. Trust the console and the administrators&apos; networks in %1&apos;s firewall instead.</source>
        <translation>Auf dieser PBX läuft %1, dessen eigene Firewall (FreePBX: das Firewall-Modul, fwconsole firewall) die Regeln des Hosts verwaltet; eine zweite Firewall daneben würde gegen sie arbeiten. Vertrauen Sie stattdessen der Konsole und den Netzen der Administratoren in der Firewall von %1.</translation>
    </message>
    <message>
        <source>ufw or firewalld manages this host&apos;s firewall; PBX Warden does not add rules beside it. Open SSH and SIP only to the known networks there.</source>
        <translation>ufw oder firewalld verwaltet die Firewall dieses Hosts; PBX Warden fügt daneben keine Regeln hinzu. Öffnen Sie SSH und SIP dort nur für die bekannten Netze.</translation>
    </message>
    <message>
        <source>nft is not installed on the PBX (package nftables); this fix writes nftables rules. Install it, audit again, then plan. (Hosts with iptables only are not handled yet.)</source>
        <translation>nft ist auf der PBX nicht installiert (Paket nftables); diese Korrektur schreibt nftables-Regeln. Installieren Sie es, prüfen Sie erneut und planen Sie dann. (Hosts nur mit iptables werden noch nicht behandelt.)</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so the new rules could shut the console out. Connect over SSH (it is read from the connection) or give console_address.</source>
        <translation>Die Adresse der Konsole, wie die PBX sie sieht, ist unbekannt; die neuen Regeln könnten die Konsole aussperren. Verbinden Sie sich per SSH (sie wird aus der Verbindung gelesen) oder geben Sie console_address an.</translation>
    </message>
    <message>
        <source>Say which networks the phones register from and which addresses the SIP provider uses (phone_networks, trunk_addresses): a default-drop firewall would cut off everything else, and with it every call.</source>
        <translation>Geben Sie an, aus welchen Netzen sich die Telefone anmelden und welche Adressen der SIP-Provider nutzt (phone_networks, trunk_addresses): Eine Firewall, die standardmäßig verwirft, würde alles andere abschneiden und damit jedes Gespräch.</translation>
    </message>
    <message>
        <source>%1 already holds these rules.</source>
        <translation>%1 enthält diese Regeln bereits.</translation>
    </message>
    <message>
        <source>After a reboot the rules come back only if nftables.service is enabled (systemctl enable nftables).</source>
        <translation>Nach einem Neustart gelten die Regeln nur wieder, wenn nftables.service aktiviert ist (systemctl enable nftables).</translation>
    </message>
    <message>
        <source>There is no /etc/nftables.conf: the rules hold until the next reboot. Install nftables&apos; service, or load %1 at boot.</source>
        <translation>Es gibt keine /etc/nftables.conf: Die Regeln gelten bis zum nächsten Neustart. Installieren Sie den nftables-Dienst oder laden Sie %1 beim Start.</translation>
    </message>
    <message>
        <source>nft -c -f on the new rules (check only)</source>
        <translation>nft -c -f auf die neuen Regeln (nur Prüfung)</translation>
    </message>
    <message>
        <source>nft -f %1 (one transaction)</source>
        <translation>nft -f %1 (eine Transaktion)</translation>
    </message>
    <message>
        <source>Incoming connections are dropped unless listed: SSH%1 and the web interfaces from %2; SIP from %3; RTP %4-%5/udp from anywhere.</source>
        <translation>Eingehende Verbindungen werden verworfen, außer den aufgeführten: SSH%1 und die Weboberflächen von %2; SIP von %3; RTP %4-%5/udp von überall.</translation>
    </message>
    <message>
        <source>No longer reachable from other hosts: %1.</source>
        <translation>Von anderen Hosts nicht mehr erreichbar: %1.</translation>
    </message>
    <message>
        <source>Kept as they are: the host&apos;s other rules (%1 iptables, %2 nftables); a packet must pass them and these.</source>
        <translation>Unverändert bleiben die übrigen Regeln des Hosts (%1 iptables, %2 nftables); ein Paket muss diese und die neuen passieren.</translation>
    </message>
    <message>
        <source>None of the firewall findings this fix resolves fails.</source>
        <translation>Keiner der Firewall-Befunde, die diese Korrektur behebt, schlägt fehl.</translation>
    </message>
    <message>
        <source>Host firewall: drop by default, SSH and SIP from known networks only</source>
        <translation>Host-Firewall: standardmäßig verwerfen, SSH und SIP nur aus bekannten Netzen</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server on loopback only</source>
        <translation>Asterisks HTTP-Server nur auf Loopback</translation>
    </message>
    <message>
        <source>http.conf was not collected by the audit.</source>
        <translation>http.conf wurde von der Prüfung nicht erfasst.</translation>
    </message>
    <message>
        <source>Asterisk cannot read http.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk kann http.conf so nicht lesen (%1); reparieren Sie die Datei zuerst von Hand.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is off.</source>
        <translation>Asterisks HTTP-Server ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>http.conf already binds to 127.0.0.1.</source>
        <translation>http.conf bindet bereits an 127.0.0.1.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server will answer on 127.0.0.1 only: WebRTC phones, ARI applications and AMI-over-HTTP clients on other hosts lose it (put a TLS reverse proxy in front if they need it).</source>
        <translation>Asterisks HTTP-Server antwortet dann nur auf 127.0.0.1: WebRTC-Telefone, ARI-Anwendungen und AMI-über-HTTP-Clients auf anderen Hosts verlieren ihn (setzen Sie einen TLS-Reverse-Proxy davor, wenn sie ihn brauchen).</translation>
    </message>
    <message>
        <source>None of the web findings this fix resolves fails.</source>
        <translation>Keiner der Web-Befunde, die diese Korrektur behebt, schlägt fehl.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>%1 gave an unexpected answer to the probe: %2</source>
        <translation>%1 hat unerwartet auf die Prüfung geantwortet: %2</translation>
    </message>
    <message>
        <source>installed; its console did not answer %1 (%2)</source>
        <translation>installiert; die Konsole hat %1 nicht geantwortet (%2)</translation>
    </message>
    <message>
        <source>whether sudo works could not be asked: %1</source>
        <translation>ob sudo funktioniert, ließ sich nicht erfragen: %1</translation>
    </message>
</context>
<context>
    <name>InactiveUserChecks</name>
    <message>
        <source>Login accounts unused for 180 days</source>
        <translation>Anmeldekonten seit 180 Tagen unbenutzt</translation>
    </message>
    <message>
        <source>Accounts of former staff keep working passwords and keys nobody watches.</source>
        <translation>Konten ehemaliger Mitarbeiter behalten funktionierende Passwörter und Schlüssel, die niemand überwacht.</translation>
    </message>
    <message>
        <source>Lock or remove accounts nobody uses (usermod -L / userdel) and their authorized_keys.</source>
        <translation>Sperren oder entfernen Sie Konten, die niemand nutzt (usermod -L / userdel), samt ihren authorized_keys.</translation>
    </message>
    <message>
        <source>Extensions with no registered phone and no call records</source>
        <translation>Nebenstellen ohne registriertes Telefon und ohne Anrufaufzeichnungen</translation>
    </message>
    <message>
        <source>Extensions of former employees are rarely watched; their passwords are often weak and their calls go unnoticed.</source>
        <translation>Nebenstellen ehemaliger Mitarbeiter werden selten überwacht; ihre Passwörter sind oft schwach und ihre Anrufe fallen nicht auf.</translation>
    </message>
    <message>
        <source>Check with the customer and remove the extensions nobody uses (endpoint, auth, aor and voicemail box).</source>
        <translation>Klären Sie es mit dem Kunden und entfernen Sie die Nebenstellen, die niemand nutzt (endpoint, auth, aor und Voicemail-Box).</translation>
    </message>
    <message>
        <source>%1: can log in, never did</source>
        <translation>%1: kann sich anmelden, hat es nie getan</translation>
    </message>
    <message>
        <source>%1: last login %2</source>
        <translation>%1: letzte Anmeldung %2</translation>
    </message>
    <message>
        <source>the PJSIP endpoints are unknown (neither the live list nor pjsip.conf)</source>
        <translation>die PJSIP-Endpunkte sind unbekannt (weder die laufende Liste noch pjsip.conf)</translation>
    </message>
    <message>
        <source>no endpoint has a registered contact</source>
        <translation>kein Endpunkt hat einen registrierten Kontakt</translation>
    </message>
    <message>
        <source>no call records</source>
        <translation>keine Verbindungsdaten</translation>
    </message>
    <message>
        <source>needs the registered contacts or the call records (CDR): %1; %2</source>
        <translation>braucht die registrierten Kontakte oder die Verbindungsdaten (CDR): %1; %2</translation>
    </message>
    <message>
        <source>registration unknown</source>
        <translation>Registrierung unbekannt</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, last call %3</source>
        <translation>%1: %2, letzter Anruf %3</translation>
    </message>
    <message>
        <source>%1: %2, no call since %3</source>
        <translation>%1: %2, kein Anruf seit %3</translation>
    </message>
    <message>
        <source>%1: %2, no call recorded</source>
        <translation>%1: %2, kein Anruf verzeichnet</translation>
    </message>
    <message>
        <source>no call records; only the current registration was checked</source>
        <translation>keine Verbindungsdaten; nur die aktuelle Registrierung wurde geprüft</translation>
    </message>
    <message>
        <source>the registered contacts could not be read; only the call records were checked</source>
        <translation>die registrierten Kontakte ließen sich nicht lesen; nur die Verbindungsdaten wurden geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s), against the registered contacts and the call records</source>
        <translation>
            <numerusform>%n Nebenstelle, abgeglichen mit den registrierten Kontakten und den Verbindungsdaten</numerusform>
            <numerusform>%n Nebenstellen, abgeglichen mit den registrierten Kontakten und den Verbindungsdaten</numerusform>
        </translation>
    </message>
    <message>
        <source>no phone extension is configured</source>
        <translation>keine Telefon-Nebenstelle ist konfiguriert</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that can log in (password or SSH key), from %1</source>
        <translation>
            <numerusform>%n Konto, das sich anmelden kann (Passwort oder SSH-Schlüssel), aus %1</numerusform>
            <numerusform>%n Konten, die sich anmelden können (Passwort oder SSH-Schlüssel), aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no account can log in</source>
        <translation>kein Konto kann sich anmelden</translation>
    </message>
</context>
<context>
    <name>InspectionChecks</name>
    <message>
        <source>No inspection in the last six months</source>
        <translation>Keine Kontrolle in den letzten sechs Monaten</translation>
    </message>
    <message>
        <source>The seed practice: inspect each PBX twice a year and verify its configuration.</source>
        <translation>Die Basisempfehlung: jede PBX zweimal im Jahr kontrollieren und ihre Konfiguration überprüfen.</translation>
    </message>
    <message>
        <source>Audit this PBX with PBX Warden at least every six months (this audit counts from now on).</source>
        <translation>Prüfen Sie diese PBX mindestens alle sechs Monate mit PBX Warden (dieses Audit zählt ab jetzt).</translation>
    </message>
    <message>
        <source>Asterisk does not log security events</source>
        <translation>Asterisk protokolliert keine Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>Without a security log failed registrations, ACL rejections and AMI logins leave no trace to inspect, and fail2ban sees less.</source>
        <translation>Ohne Sicherheitsprotokoll hinterlassen fehlgeschlagene Registrierungen, ACL-Ablehnungen und AMI-Anmeldungen keine Spur, und fail2ban sieht weniger.</translation>
    </message>
    <message>
        <source>Add &apos;security.log =&gt; security&apos; to logger.conf [logfiles] and run &apos;logger reload&apos;.</source>
        <translation>Fügen Sie &apos;security.log =&gt; security&apos; in logger.conf [logfiles] hinzu und führen Sie &apos;logger reload&apos; aus.</translation>
    </message>
    <message>
        <source>previous audit %1 (%2 days before this one)</source>
        <translation>vorheriges Audit %1 (%2 Tage vor diesem)</translation>
    </message>
    <message>
        <source>previous audit %1</source>
        <translation>vorheriges Audit %1</translation>
    </message>
    <message>
        <source>logger.conf was not collected</source>
        <translation>logger.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>logger.conf [logfiles]: no channel logs the security level</source>
        <translation>logger.conf [logfiles]: kein Kanal protokolliert die Stufe security</translation>
    </message>
    <message>
        <source>PBX Warden&apos;s record of this PBX&apos;s audits</source>
        <translation>Aufzeichnungen von PBX Warden über die Audits dieser PBX</translation>
    </message>
    <message>
        <source>first audit by PBX Warden: the next one is due within six months</source>
        <translation>erstes Audit durch PBX Warden: das nächste ist innerhalb von sechs Monaten fällig</translation>
    </message>
</context>
<context>
    <name>IntlPasscodeChecks</name>
    <message>
        <source>International calls need no passcode</source>
        <translation>Auslandsgespräche erfordern keine PIN</translation>
    </message>
    <message>
        <source>A per-user PIN on each international call alone can prevent toll fraud, even when an intruder is in the system.</source>
        <translation>Eine PIN pro Benutzer bei jedem Auslandsgespräch kann allein schon Gebührenbetrug verhindern, selbst wenn ein Eindringling im System ist.</translation>
    </message>
    <message>
        <source>Add Authenticate() (FreePBX: a route password or PIN set) before every Dial() to an international number.</source>
        <translation>Fügen Sie vor jedem Dial() zu einer internationalen Nummer Authenticate() ein (FreePBX: ein Routenpasswort oder ein PIN-Set).</translation>
    </message>
    <message>
        <source>Dialplan PINs are weak</source>
        <translation>PINs im Dialplan sind schwach</translation>
    </message>
    <message>
        <source>A guessable PIN protects nothing.</source>
        <translation>Eine erratbare PIN schützt nichts.</translation>
    </message>
    <message>
        <source>Use PINs of 6+ random digits, one per user.</source>
        <translation>Verwenden Sie PINs aus mindestens 6 zufälligen Ziffern, eine pro Benutzer.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>keine internationale Route ist erreichbar</translation>
    </message>
    <message>
        <source>every international route asks for a PIN</source>
        <translation>jede internationale Route fragt nach einer PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n PIN(s) in extensions.conf [globals]</source>
        <translation>
            <numerusform>%n PIN in extensions.conf [globals]</numerusform>
            <numerusform>%n PINs in extensions.conf [globals]</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions.conf [globals] holds no PIN</source>
        <translation>extensions.conf [globals] enthält keine PIN</translation>
    </message>
</context>
<context>
    <name>IntrusionPreventionChecks</name>
    <message>
        <source>No intrusion prevention (fail2ban) is installed</source>
        <translation>Kein Schutz vor Eindringlingen (fail2ban) installiert</translation>
    </message>
    <message>
        <source>Password guessing against SIP and SSH goes on for as long as the attacker likes.</source>
        <translation>Das Erraten von Passwörtern gegen SIP und SSH geht so lange weiter, wie der Angreifer will.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its sshd and asterisk jails (keep the default settings).</source>
        <translation>Installieren Sie fail2ban und aktivieren Sie dessen Jails sshd und asterisk (Standardeinstellungen beibehalten).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running, with SIP or SSH open to any address</source>
        <translation>fail2ban ist installiert, läuft aber nicht, während SIP oder SSH für jede Adresse offen ist</translation>
    </message>
    <message>
        <source>A configured but stopped fail2ban bans nobody while services face the Internet.</source>
        <translation>Ein konfiguriertes, aber gestopptes fail2ban sperrt niemanden, während Dienste dem Internet ausgesetzt sind.</translation>
    </message>
    <message>
        <source>Start fail2ban and enable it at boot (systemctl enable --now fail2ban).</source>
        <translation>Starten Sie fail2ban und aktivieren Sie es beim Systemstart (systemctl enable --now fail2ban).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running (the firewall limits SIP and SSH)</source>
        <translation>fail2ban ist installiert, läuft aber nicht (die Firewall beschränkt SIP und SSH)</translation>
    </message>
    <message>
        <source>The firewall admits only listed sources, but a compromised host there can still guess passwords unhindered.</source>
        <translation>Die Firewall lässt nur aufgeführte Quellen zu, aber ein kompromittierter Host dort kann weiterhin ungehindert Passwörter erraten.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects Asterisk</source>
        <translation>Kein fail2ban-Jail schützt Asterisk</translation>
    </message>
    <message>
        <source>SIP password cracking (svcrack) is never banned.</source>
        <translation>Das Knacken von SIP-Passwörtern (svcrack) wird nie gesperrt.</translation>
    </message>
    <message>
        <source>Enable the asterisk jail in jail.local (enabled = true) with logpath pointing at the log Asterisk really writes.</source>
        <translation>Aktivieren Sie das Jail asterisk in jail.local (enabled = true), mit logpath auf das Protokoll, das Asterisk tatsächlich schreibt.</translation>
    </message>
    <message>
        <source>The asterisk jail watches a log file that does not exist</source>
        <translation>Das Jail asterisk überwacht eine Protokolldatei, die nicht existiert</translation>
    </message>
    <message>
        <source>A jail on /var/log/asterisk/messages while Asterisk writes messages.log runs but can match nothing.</source>
        <translation>Ein Jail auf /var/log/asterisk/messages, während Asterisk messages.log schreibt, läuft zwar, kann aber nichts erkennen.</translation>
    </message>
    <message>
        <source>Point logpath at the files logger.conf really writes (messages.log, security.log) and reload fail2ban.</source>
        <translation>Lassen Sie logpath auf die Dateien zeigen, die logger.conf tatsächlich schreibt (messages.log, security.log), und laden Sie fail2ban neu.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects SSH</source>
        <translation>Kein fail2ban-Jail schützt SSH</translation>
    </message>
    <message>
        <source>SSH password guessing is never banned.</source>
        <translation>Das Erraten von SSH-Passwörtern wird nie gesperrt.</translation>
    </message>
    <message>
        <source>Enable the sshd jail (on Debian 12 with backend = systemd).</source>
        <translation>Aktivieren Sie das Jail sshd (unter Debian 12 mit backend = systemd).</translation>
    </message>
    <message>
        <source>fail2ban-client: not installed</source>
        <translation>fail2ban-client: nicht installiert</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban ist nicht installiert</translation>
    </message>
    <message>
        <source>running, jails: %1</source>
        <translation>läuft, Jails: %1</translation>
    </message>
    <message>
        <source>fail2ban-client status: %1</source>
        <translation>fail2ban-client status: %1</translation>
    </message>
    <message>
        <source>the firewall limits SIP and SSH to listed sources</source>
        <translation>die Firewall beschränkt SIP und SSH auf aufgeführte Quellen</translation>
    </message>
    <message>
        <source>neither the running jails nor jail.conf/jail.local could be read</source>
        <translation>weder die laufenden Jails noch jail.conf/jail.local konnten gelesen werden</translation>
    </message>
    <message>
        <source>%1: [asterisk] enabled = false</source>
        <translation>%1: [asterisk] enabled = false</translation>
    </message>
    <message>
        <source>no enabled jail uses the asterisk filter</source>
        <translation>kein aktiviertes Jail verwendet den Filter asterisk</translation>
    </message>
    <message>
        <source>no enabled asterisk jail to check</source>
        <translation>kein aktiviertes asterisk-Jail zu prüfen</translation>
    </message>
    <message>
        <source>[%1] logpath %2: no such file (%3)</source>
        <translation>[%1] logpath %2: Datei nicht vorhanden (%3)</translation>
    </message>
    <message>
        <source>no enabled sshd jail</source>
        <translation>kein aktiviertes sshd-Jail</translation>
    </message>
    <message>
        <source>fail2ban-client status, the jail configuration and /var/log</source>
        <translation>fail2ban-client status, die Jail-Konfiguration und /var/log</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The audit history could not be read or written: %1</source>
        <translation>Der Audit-Verlauf konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A PBX with this name already exists.</source>
        <translation>Es gibt bereits eine PBX mit diesem Namen.</translation>
    </message>
    <message>
        <source>A customer with this name already exists.</source>
        <translation>Es gibt bereits einen Kunden mit diesem Namen.</translation>
    </message>
    <message>
        <source>This customer already has a site with this name.</source>
        <translation>Dieser Kunde hat bereits einen Standort mit diesem Namen.</translation>
    </message>
    <message>
        <source>This is still in use by other entries of the inventory.</source>
        <translation>Dies wird noch von anderen Einträgen des Inventars verwendet.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>Ein Wert liegt außerhalb seines zulässigen Bereichs (%1).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The inventory is locked by another program; nothing was changed.</source>
        <translation>Das Inventar ist von einem anderen Programm gesperrt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The inventory could not be changed: %1</source>
        <translation>Das Inventar konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The inventory is busy: %1</source>
        <translation>Das Inventar ist belegt: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no PBX with id %1.</source>
        <translation>Es gibt keine PBX mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>Es gibt keine PBX namens „%1“.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Ein Standort gehört zu einem Kunden: Wählen Sie auch den Kunden aus.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Der Name des Kunden ist erforderlich.</translation>
    </message>
    <message>
        <source>A site needs a customer and a name.</source>
        <translation>Ein Standort braucht einen Kunden und einen Namen.</translation>
    </message>
    <message>
        <source>The customer %1 still has PBXs; move or remove them first.</source>
        <translation>Der Kunde %1 hat noch PBX; verschieben oder entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden namens „%1“.</translation>
    </message>
    <message>
        <source>The change history could not be read or written: %1</source>
        <translation>Der Änderungsverlauf konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The inventory has no identity.</source>
        <translation>Das Inventar hat keine Identität.</translation>
    </message>
</context>
<context>
    <name>LeastPrivilegeChecks</name>
    <message>
        <source>AMI users may run commands or originate calls</source>
        <translation>AMI-Benutzer dürfen Befehle ausführen oder Anrufe auslösen</translation>
    </message>
    <message>
        <source>Give each AMI user only the classes its application needs (a wallboard: read = call,agent, write = empty).</source>
        <translation>Geben Sie jedem AMI-Benutzer nur die Klassen, die seine Anwendung braucht (ein Wallboard: read = call,agent, write = leer).</translation>
    </message>
    <message>
        <source>An account may run anything as root without a password</source>
        <translation>Ein Konto darf alles als root ohne Passwort ausführen</translation>
    </message>
    <message>
        <source>NOPASSWD: ALL turns any flaw in that account (for &apos;asterisk&apos;: any dialplan or AMI command injection) into root.</source>
        <translation>NOPASSWD: ALL macht aus jeder Schwachstelle dieses Kontos (bei &apos;asterisk&apos;: jede Befehlsinjektion über Dialplan oder AMI) root-Zugriff.</translation>
    </message>
    <message>
        <source>Remove the rule, or limit it to the exact commands needed (e.g. /usr/sbin/fwconsole reload) with full paths.</source>
        <translation>Entfernen Sie die Regel oder beschränken Sie sie mit vollständigen Pfaden auf genau die benötigten Befehle (z. B. /usr/sbin/fwconsole reload).</translation>
    </message>
    <message>
        <source>Asterisk runs with live_dangerously = yes</source>
        <translation>Asterisk läuft mit live_dangerously = yes</translation>
    </message>
    <message>
        <source>Functions like SHELL() and FILE() become callable from external sources such as AMI and ARI.</source>
        <translation>Funktionen wie SHELL() und FILE() werden aus externen Quellen wie AMI und ARI aufrufbar.</translation>
    </message>
    <message>
        <source>Set live_dangerously = no in asterisk.conf [options].</source>
        <translation>Setzen Sie live_dangerously = no in asterisk.conf [options].</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>asterisk.conf was not collected</source>
        <translation>asterisk.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>write = system, command, originate, config or all lets an AMI login run shell commands (originate led to code execution: GHSA-c4cg-9275-6w44) or place calls anywhere.</source>
        <translation>write = system, command, originate, config oder all lässt eine AMI-Anmeldung Shell-Befehle ausführen (originate führte zur Codeausführung: GHSA-c4cg-9275-6w44) oder Anrufe zu beliebigen Zielen tätigen.</translation>
    </message>
    <message>
        <source>AMI users without permit/deny</source>
        <translation>AMI-Benutzer ohne permit/deny</translation>
    </message>
    <message>
        <source>An AMI user without an ACL can log in from any address that reaches port 5038: its secret is the only thing between the Internet and the classes it may use.</source>
        <translation>Ein AMI-Benutzer ohne ACL kann sich von jeder Adresse aus anmelden, die Port 5038 erreicht: sein Secret ist das Einzige zwischen dem Internet und den Klassen, die er verwenden darf.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the application&apos;s address&gt;/32 to every manager.conf user.</source>
        <translation>Fügen Sie jedem Benutzer in manager.conf deny = 0.0.0.0/0.0.0.0 und permit = &lt;Adresse der Anwendung&gt;/32 hinzu.</translation>
    </message>
    <message>
        <source>Caller-controlled data reaches a shell (System, TrySystem, SHELL)</source>
        <translation>Vom Anrufer kontrollierte Daten erreichen eine Shell (System, TrySystem, SHELL)</translation>
    </message>
    <message>
        <source>The caller chooses the caller ID, the dialled digits and SIP headers: passed to System(), TrySystem() or SHELL() they run commands on the PBX as Asterisk (command injection).</source>
        <translation>Der Anrufer wählt die Anrufer-ID, die gewählten Ziffern und die SIP-Header: an System(), TrySystem() oder SHELL() übergeben, führen sie Befehle auf der PBX als Asterisk aus (Befehlsinjektion).</translation>
    </message>
    <message>
        <source>Pass only ${FILTER(0123456789,...)} of caller data to a shell, or replace the call with an AGI script that takes the value as an argument, never through a shell.</source>
        <translation>Übergeben Sie an eine Shell nur ${FILTER(0123456789,...)} der Anruferdaten, oder ersetzen Sie den Aufruf durch ein AGI-Skript, das den Wert als Argument erhält, niemals über eine Shell.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf wurde nicht gesammelt</translation>
    </message>
    <message numerus="yes">
        <source>%n System()/TrySystem()/SHELL() call(s) in extensions.conf</source>
        <translation>
            <numerusform>%n Aufruf von System()/TrySystem()/SHELL() in extensions.conf</numerusform>
            <numerusform>%n Aufrufe von System()/TrySystem()/SHELL() in extensions.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan runs no shell command</source>
        <translation>der Dialplan führt keinen Shell-Befehl aus</translation>
    </message>
    <message>
        <source>no caller-controlled value reaches a shell</source>
        <translation>kein vom Anrufer kontrollierter Wert erreicht eine Shell</translation>
    </message>
    <message>
        <source>manager.conf is not present</source>
        <translation>manager.conf ist nicht vorhanden</translation>
    </message>
    <message>
        <source>AMI is disabled: %1</source>
        <translation>AMI ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>AMI listens on loopback only</source>
        <translation>AMI lauscht nur auf Loopback</translation>
    </message>
    <message>
        <source>AMI listens on %1 and no firewall rule limits TCP %2</source>
        <translation>AMI lauscht auf %1 und keine Firewall-Regel beschränkt TCP %2</translation>
    </message>
    <message>
        <source>AMI listens on %1, the firewall limits TCP %2</source>
        <translation>AMI lauscht auf %1, die Firewall beschränkt TCP %2</translation>
    </message>
    <message>
        <source>the user has an ACL</source>
        <translation>der Benutzer hat eine ACL</translation>
    </message>
    <message>
        <source>the user has no ACL</source>
        <translation>der Benutzer hat keine ACL</translation>
    </message>
    <message>
        <source>%1: AMI user without permit, deny or acl</source>
        <translation>%1: AMI-Benutzer ohne permit, deny oder acl</translation>
    </message>
    <message numerus="yes">
        <source>%n AMI user(s) in manager.conf</source>
        <translation>
            <numerusform>%n AMI-Benutzer in manager.conf</numerusform>
            <numerusform>%n AMI-Benutzer in manager.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>manager.conf defines no AMI user</source>
        <translation>manager.conf definiert keinen AMI-Benutzer</translation>
    </message>
    <message>
        <source>/etc/sudoers and asterisk.conf</source>
        <translation>/etc/sudoers und asterisk.conf</translation>
    </message>
</context>
<context>
    <name>LineConfigDocument</name>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>In dieser Datei gibt es keine Zeile %1.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Eine Konfigurationszeile darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sshd keyword that can be set here.</source>
        <translation>„%1“ ist kein sshd-Schlüsselwort, das hier gesetzt werden kann.</translation>
    </message>
    <message>
        <source>The value for %1 is empty or has control characters.</source>
        <translation>Der Wert für %1 ist leer oder enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name fail2ban can read back.</source>
        <translation>„%1“ ist kein Optionsname, den fail2ban zurücklesen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name fail2ban can read back.</source>
        <translation>„%1“ ist kein Abschnittsname, den fail2ban zurücklesen kann.</translation>
    </message>
</context>
<context>
    <name>NftRuleset</name>
    <message>
        <source>not nft JSON: %1</source>
        <translation>kein nft-JSON: %1</translation>
    </message>
</context>
<context>
    <name>PasswordChecks</name>
    <message>
        <source>Weak PJSIP passwords</source>
        <translation>Schwache PJSIP-Passwörter</translation>
    </message>
    <message>
        <source>svcrack guesses extension-equal, short and common SIP passwords in minutes; a cracked phone account places calls at your expense (toll fraud).</source>
        <translation>svcrack errät SIP-Passwörter, die der Nebenstelle gleichen, kurz oder gängig sind, in Minuten; ein geknacktes Telefonkonto telefoniert auf Ihre Kosten (Gebührenbetrug).</translation>
    </message>
    <message>
        <source>Give every auth section a random password of 16+ characters, different from the user name, and update the phones.</source>
        <translation>Geben Sie jedem auth-Abschnitt ein zufälliges Passwort mit mindestens 16 Zeichen, das sich vom Benutzernamen unterscheidet, und aktualisieren Sie die Telefone.</translation>
    </message>
    <message>
        <source>Weak chan_sip secrets</source>
        <translation>Schwache chan_sip-Secrets</translation>
    </message>
    <message>
        <source>chan_sip peers with guessable secrets are cracked with the same tools as PJSIP ones.</source>
        <translation>chan_sip-Peers mit erratbaren Secrets werden mit denselben Werkzeugen geknackt wie PJSIP-Konten.</translation>
    </message>
    <message>
        <source>Set random secrets of 16+ characters on every peer, or better, move them to PJSIP and unload chan_sip.</source>
        <translation>Setzen Sie bei jedem Peer ein zufälliges Secret mit mindestens 16 Zeichen, oder besser: Migrieren Sie die Peers zu PJSIP und entladen Sie chan_sip.</translation>
    </message>
    <message>
        <source>Weak or default AMI secrets</source>
        <translation>Schwache oder voreingestellte AMI-Secrets</translation>
    </message>
    <message>
        <source>An AMI login controls the whole PBX; FreePBX&apos;s &apos;amp111&apos; and user-name secrets are the first ones tried.</source>
        <translation>Eine AMI-Anmeldung steuert die gesamte PBX; &apos;amp111&apos; von FreePBX und Secrets gleich dem Benutzernamen werden als Erstes ausprobiert.</translation>
    </message>
    <message>
        <source>Set a random secret of 20+ characters for every manager.conf user and update the applications using it.</source>
        <translation>Setzen Sie für jeden Benutzer in manager.conf ein zufälliges Secret mit mindestens 20 Zeichen und aktualisieren Sie die Anwendungen, die es verwenden.</translation>
    </message>
    <message>
        <source>Weak voicemail PINs</source>
        <translation>Schwache Voicemail-PINs</translation>
    </message>
    <message>
        <source>Voicemail PINs equal to the mailbox or like 1234 let intruders listen to messages and, through call-back options, place calls.</source>
        <translation>Voicemail-PINs, die der Mailbox-Nummer gleichen oder wie 1234 aussehen, lassen Eindringlinge Nachrichten abhören und über Rückruf-Optionen Anrufe tätigen.</translation>
    </message>
    <message>
        <source>Require 6+ digit PINs (minpassword = 6), set random ones, and let users change them on first login.</source>
        <translation>Verlangen Sie PINs mit mindestens 6 Ziffern (minpassword = 6), vergeben Sie zufällige und lassen Sie die Benutzer sie bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>root has a default or common password</source>
        <translation>root hat ein voreingestelltes oder gängiges Passwort</translation>
    </message>
    <message>
        <source>Appliance images ship with known root passwords; anyone reaching SSH or the console owns the PBX.</source>
        <translation>Appliance-Images werden mit bekannten root-Passwörtern ausgeliefert; wer SSH oder die Konsole erreicht, beherrscht die PBX.</translation>
    </message>
    <message>
        <source>Set a long random root password (passwd root) and keep it in a password manager.</source>
        <translation>Setzen Sie ein langes zufälliges root-Passwort (passwd root) und bewahren Sie es in einem Passwort-Manager auf.</translation>
    </message>
    <message>
        <source>The same secret is used by several accounts</source>
        <translation>Dasselbe Secret wird von mehreren Konten verwendet</translation>
    </message>
    <message>
        <source>One leaked secret opens every account that shares it, and nobody can tell which one was used.</source>
        <translation>Ein einziges durchgesickertes Secret öffnet jedes Konto, das es teilt, und niemand kann sagen, welches verwendet wurde.</translation>
    </message>
    <message>
        <source>Give each SIP, IAX and AMI account its own random secret.</source>
        <translation>Geben Sie jedem SIP-, IAX- und AMI-Konto ein eigenes zufälliges Secret.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>es wurde keine Asterisk-Konfiguration erfasst</translation>
    </message>
    <message>
        <source>%1 is not present</source>
        <translation>%1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip ist nicht geladen</translation>
    </message>
    <message>
        <source>/etc/shadow: root&apos;s password is a vendor default or in the common-password list</source>
        <translation>/etc/shadow: das root-Passwort ist eine Herstellervorgabe oder steht in der Liste gängiger Passwörter</translation>
    </message>
    <message>
        <source>/etc/shadow: root has an empty password</source>
        <translation>/etc/shadow: root hat ein leeres Passwort</translation>
    </message>
    <message>
        <source>one secret shared by: %1</source>
        <translation>ein Secret, gemeinsam genutzt von: %1</translation>
    </message>
    <message>
        <source>%1 holds no %2 secret</source>
        <translation>%1 enthält kein %2-Secret</translation>
    </message>
    <message numerus="yes">
        <source>%n auth password(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n auth-Passwort in pjsip.conf</numerusform>
            <numerusform>%n auth-Passwörter in pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer secret(s) in sip.conf</source>
        <translation>
            <numerusform>%n Peer-Secret in sip.conf</numerusform>
            <numerusform>%n Peer-Secrets in sip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI secret(s) in manager.conf</source>
        <translation>
            <numerusform>%n AMI-Secret in manager.conf</numerusform>
            <numerusform>%n AMI-Secrets in manager.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox PIN(s) in voicemail.conf</source>
        <translation>
            <numerusform>%n Mailbox-PIN in voicemail.conf</numerusform>
            <numerusform>%n Mailbox-PINs in voicemail.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>root&apos;s password hash in /etc/shadow</source>
        <translation>Passwort-Hash von root in /etc/shadow</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP, IAX and AMI secret(s)</source>
        <translation>
            <numerusform>%n SIP-, IAX- und AMI-Secret</numerusform>
            <numerusform>%n SIP-, IAX- und AMI-Secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>no SIP, IAX or AMI secret found</source>
        <translation>kein SIP-, IAX- oder AMI-Secret gefunden</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Starke Passwörter</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>SSH-Zugang</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Weboberfläche</translation>
    </message>
    <message>
        <source>SIP and AMI address limits</source>
        <translation>Adressbeschränkungen für SIP und AMI</translation>
    </message>
    <message>
        <source>Inactive users</source>
        <translation>Inaktive Benutzer</translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation>Regelmäßige Kontrolle</translation>
    </message>
    <message>
        <source>Intrusion prevention</source>
        <translation>Schutz vor Eindringlingen</translation>
    </message>
    <message>
        <source>Least privilege</source>
        <translation>Minimale Rechte</translation>
    </message>
    <message>
        <source>Call destinations</source>
        <translation>Anrufziele</translation>
    </message>
    <message>
        <source>Call times</source>
        <translation>Anrufzeiten</translation>
    </message>
    <message>
        <source>International passcode</source>
        <translation>PIN für Auslandsgespräche</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Datensicherungen</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>no program to run</source>
        <translation>kein Programm zum Ausführen</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>nichts zu bewerten</translation>
    </message>
    <message>
        <source>? (nothing could be assessed)</source>
        <translation>? (nichts konnte bewertet werden)</translation>
    </message>
    <message>
        <source>%1 (partial — %2 of %3 not assessed)</source>
        <extracomment>%1 is the grade letter; &quot;15 of 52 not assessed&quot;</extracomment>
        <translation>%1 (teilweise – %2 von %3 nicht bewertet)</translation>
    </message>
    <message>
        <source>pass, %1 of %2 assessed</source>
        <translation>bestanden, %1 von %2 bewertet</translation>
    </message>
    <message>
        <source>%1, %2 of %3 assessed</source>
        <translation>%1, %2 von %3 bewertet</translation>
    </message>
    <message>
        <source>Score = points earned / points possible x 100. Each assessed check is worth its severity (critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that could not be assessed count in neither. Grade A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, else F. A grade with checks not assessed is marked partial.</source>
        <translation>Punktzahl = erreichte Punkte / mögliche Punkte x 100. Jede bewertete Prüfung ist ihren Schweregrad wert (kritisch 10, hoch 6, mittel 3, niedrig 1, Info 0): ein Bestehen bringt diese Punkte, ein Nichtbestehen nichts; Prüfungen, die nicht bewertet werden konnten, zählen in keiner der beiden Summen. Note A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, sonst F. Eine Note mit nicht bewerteten Prüfungen wird als teilweise gekennzeichnet.</translation>
    </message>
    <message>
        <source>all %1 assessed</source>
        <translation>alle %1 bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
</context>
<context>
    <name>SecretVerdict</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>equal to the user name</source>
        <translation>gleich dem Benutzernamen</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>enthält den Benutzernamen</translation>
    </message>
    <message>
        <source>a vendor default</source>
        <translation>ein Herstellervorgabewert</translation>
    </message>
    <message>
        <source>a common password</source>
        <translation>ein gängiges Passwort</translation>
    </message>
    <message>
        <source>too short or too guessable</source>
        <translation>zu kurz oder zu leicht zu erraten</translation>
    </message>
    <message>
        <source>stored as a hash, strength unknown</source>
        <translation>als Hash gespeichert, Stärke unbekannt</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>AMI-Secret</translation>
    </message>
    <message>
        <source>this session only (in memory, forgotten at exit)</source>
        <translation>nur diese Sitzung (im Arbeitsspeicher, wird beim Beenden verworfen)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1).</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; er ist möglicherweise gesperrt (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet answers on D-Bus).</source>
        <translation>Es läuft kein Schlüsselbunddienst (kein Secret Service wie GNOME Keyring oder KWallet antwortet über D-Bus).</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Diese Plattform hat keinen unterstützten Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>System-Schlüsselbund (Dienst „%1“)</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back; it is probably locked. Unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund hat ein Geheimnis angenommen, aber nicht wieder herausgegeben; er ist vermutlich gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the old entry could not be read (%1); it is kept</source>
        <translation>der alte Eintrag konnte nicht gelesen werden (%1); er wird beibehalten</translation>
    </message>
    <message>
        <source>the entry could not be written under its new name (%1); the old one is kept</source>
        <translation>der Eintrag konnte nicht unter seinem neuen Namen geschrieben werden (%1); der alte wird beibehalten</translation>
    </message>
    <message>
        <source>copied to its new name, but the old entry could not be removed (%1); it will be tried again</source>
        <translation>unter den neuen Namen kopiert, aber der alte Eintrag konnte nicht entfernt werden (%1); es wird erneut versucht</translation>
    </message>
    <message>
        <source>This PBX has no identity in the inventory, so its secrets cannot be named; open it from the inventory and try again.</source>
        <translation>Diese PBX hat keine Identität im Inventar, daher können ihre Secrets nicht benannt werden; öffnen Sie sie aus dem Inventar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no medium</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>the server reported a failure</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>could not start SFTP</source>
        <translation>SFTP konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 has no SFTP service (Subsystem sftp in sshd_config)</source>
        <translation>%1 hat keinen SFTP-Dienst (Subsystem sftp in sshd_config)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute file path</source>
        <translation>„%1“ ist kein absoluter Dateipfad</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes and was not read</source>
        <translation>%1 ist größer als %2 Byte und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>%1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1</source>
        <translation>der Überrest %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>die Attribute von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not replaced</source>
        <translation>%1 ist keine reguläre Datei; sie wurde nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to %1</source>
        <translation>neben %1 kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>flushing %1 to disk failed</source>
        <translation>Schreiben von %1 auf die Festplatte fehlgeschlagen</translation>
    </message>
    <message>
        <source>closing %1 failed</source>
        <translation>Schließen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot give %1 the owner of the file it replaces</source>
        <translation>%1 kann nicht den Eigentümer der ersetzten Datei erhalten</translation>
    </message>
    <message>
        <source>cannot give %1 the mode of the file it replaces</source>
        <translation>%1 kann nicht die Zugriffsrechte der ersetzten Datei erhalten</translation>
    </message>
    <message>
        <source>cannot set the mode of %1</source>
        <translation>die Zugriffsrechte von %1 können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new file to %1</source>
        <translation>die neue Datei kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1 cannot replace files atomically (no posix-rename@openssh.com); %2 was not changed</source>
        <translation>%1 kann Dateien nicht atomar ersetzen (kein posix-rename@openssh.com); %2 wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot move the new file over %1</source>
        <translation>die neue Datei kann %1 nicht ersetzen</translation>
    </message>
    <message>
        <source>cannot move the new file over %1: %2</source>
        <translation>die neue Datei kann %1 nicht ersetzen: %2</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>text contains a NUL character and cannot be passed to a remote command</source>
        <translation>der Text enthält ein NUL-Zeichen und kann nicht an einen entfernten Befehl übergeben werden</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 and was not passed to a remote command</source>
        <translation>der Text ist kein gültiges UTF-8 und wurde nicht an einen entfernten Befehl übergeben</translation>
    </message>
    <message>
        <source>text is not valid Unicode and was not passed to a remote command</source>
        <translation>der Text ist kein gültiges Unicode und wurde nicht an einen entfernten Befehl übergeben</translation>
    </message>
</context>
<context>
    <name>SipAclChecks</name>
    <message>
        <source>PJSIP phones accept registrations from any address</source>
        <translation>PJSIP-Telefone akzeptieren Registrierungen von jeder Adresse</translation>
    </message>
    <message>
        <source>Without permit/deny a cracked or leaked phone password works from anywhere in the world.</source>
        <translation>Ohne permit/deny funktioniert ein geknacktes oder durchgesickertes Telefonpasswort von überall auf der Welt.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the phones&apos; networks&gt; (or acl = &lt;named ACL&gt;) to every endpoint, e.g. through a template.</source>
        <translation>Fügen Sie jedem Endpunkt deny = 0.0.0.0/0.0.0.0 und permit = &lt;Netze der Telefone&gt; (oder acl = &lt;benannte ACL&gt;) hinzu, z. B. über eine Vorlage.</translation>
    </message>
    <message>
        <source>chan_sip peers without permit/deny</source>
        <translation>chan_sip-Peers ohne permit/deny</translation>
    </message>
    <message>
        <source>The peer&apos;s secret is the only protection, from any address.</source>
        <translation>Das Secret des Peers ist der einzige Schutz, von jeder Adresse aus.</translation>
    </message>
    <message>
        <source>Add deny/permit to every peer, or migrate it to PJSIP with an ACL.</source>
        <translation>Fügen Sie jedem Peer deny/permit hinzu oder migrieren Sie ihn mit einer ACL zu PJSIP.</translation>
    </message>
    <message>
        <source>chan_sip tells scanners which extensions exist</source>
        <translation>chan_sip verrät Scannern, welche Nebenstellen existieren</translation>
    </message>
    <message>
        <source>With alwaysauthreject = no, svwar enumerates valid extensions from the different answers.</source>
        <translation>Mit alwaysauthreject = no ermittelt svwar gültige Nebenstellen anhand der unterschiedlichen Antworten.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject = yes in sip.conf [general].</source>
        <translation>Setzen Sie alwaysauthreject = yes in sip.conf [general].</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>es wurde keine Asterisk-Konfiguration erfasst</translation>
    </message>
    <message>
        <source>%1: no permit, deny or acl</source>
        <translation>%1: kein permit, deny oder acl</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip ist nicht geladen</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf ist nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP phone(s) (endpoints with auth) in pjsip.conf</source>
        <translation>
            <numerusform>%n PJSIP-Telefon (Endpunkt mit auth) in pjsip.conf</numerusform>
            <numerusform>%n PJSIP-Telefone (Endpunkte mit auth) in pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>pjsip.conf defines no endpoint with inbound auth</source>
        <translation>pjsip.conf definiert keinen Endpunkt mit eingehender Authentifizierung</translation>
    </message>
    <message numerus="yes">
        <source>%n chan_sip peer(s) in sip.conf</source>
        <translation>
            <numerusform>%n chan_sip-Peer in sip.conf</numerusform>
            <numerusform>%n chan_sip-Peers in sip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>sip.conf defines no peer</source>
        <translation>sip.conf definiert keinen Peer</translation>
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
        <translation>root darf sich per SSH mit Passwort anmelden</translation>
    </message>
    <message>
        <source>root is the one account name every scanner knows; a guessed password gives the whole PBX.</source>
        <translation>root ist der eine Kontoname, den jeder Scanner kennt; ein erratenes Passwort liefert die gesamte PBX aus.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no, log in as a named administrator and use sudo.</source>
        <translation>Setzen Sie PermitRootLogin no, melden Sie sich als namentlich bekannter Administrator an und verwenden Sie sudo.</translation>
    </message>
    <message>
        <source>root may log in over SSH with a key</source>
        <translation>root darf sich per SSH mit Schlüssel anmelden</translation>
    </message>
    <message>
        <source>Direct root logins leave no trace of which person acted.</source>
        <translation>Direkte root-Anmeldungen hinterlassen keine Spur, welche Person gehandelt hat.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no and give each administrator a named account with sudo.</source>
        <translation>Setzen Sie PermitRootLogin no und geben Sie jedem Administrator ein persönliches Konto mit sudo.</translation>
    </message>
    <message>
        <source>SSH accepts passwords from any address</source>
        <translation>SSH akzeptiert Passwörter von jeder Adresse</translation>
    </message>
    <message>
        <source>Password logins can be guessed; keys cannot.</source>
        <translation>Passwort-Anmeldungen lassen sich erraten, Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Set PasswordAuthentication no (allow it only in a Match Address block for the administrators&apos; network) and use keys.</source>
        <translation>Setzen Sie PasswordAuthentication no (erlauben Sie es nur in einem Match-Address-Block für das Netz der Administratoren) und verwenden Sie Schlüssel.</translation>
    </message>
    <message>
        <source>SSH is not limited to specific addresses</source>
        <translation>SSH ist nicht auf bestimmte Adressen beschränkt</translation>
    </message>
    <message>
        <source>The seed practice: SSH only from specific addresses.</source>
        <translation>Die Basisempfehlung: SSH nur von bestimmten Adressen.</translation>
    </message>
    <message>
        <source>Use AllowUsers user@address (or Match Address blocks) and accept TCP 22 only from the administrators&apos; addresses in the firewall.</source>
        <translation>Verwenden Sie AllowUsers user@address (oder Match-Address-Blöcke) und akzeptieren Sie TCP 22 in der Firewall nur von den Adressen der Administratoren.</translation>
    </message>
    <message>
        <source>SSH accepts empty passwords</source>
        <translation>SSH akzeptiert leere Passwörter</translation>
    </message>
    <message>
        <source>Any account without a password can log in.</source>
        <translation>Jedes Konto ohne Passwort kann sich anmelden.</translation>
    </message>
    <message>
        <source>Set PermitEmptyPasswords no.</source>
        <translation>Setzen Sie PermitEmptyPasswords no.</translation>
    </message>
    <message>
        <source>sshd -T for a client from the Internet</source>
        <translation>sshd -T für einen Client aus dem Internet</translation>
    </message>
    <message>
        <source>sshd_config</source>
        <translation>sshd_config</translation>
    </message>
    <message>
        <source>the firewall accepts SSH only from listed sources</source>
        <translation>die Firewall akzeptiert SSH nur von aufgeführten Quellen</translation>
    </message>
    <message>
        <source>%1: no AllowUsers user@address, no Match Address; the firewall accepts TCP %2 from any address</source>
        <translation>%1: kein AllowUsers user@address, kein Match Address; die Firewall akzeptiert TCP %2 von jeder Adresse</translation>
    </message>
</context>
<context>
    <name>SshForwardChannel</name>
    <message>
        <source>%1:%2 through %3</source>
        <translation>%1:%2 über %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>nicht bei %1 angemeldet</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 ist kein gültiger Port</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>es konnte kein Kanal erstellt werden</translation>
    </message>
    <message>
        <source>opening a channel to %1:%2 on %3 failed</source>
        <translation>das Öffnen eines Kanals zu %1:%2 auf %3 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the SSH server %1 does not allow forwarding to %2:%3 (sshd_config AllowTcpForwarding or PermitOpen), so it cannot be reached through SSH (%4)</source>
        <translation>der SSH-Server %1 erlaubt keine Weiterleitung zu %2:%3 (sshd_config AllowTcpForwarding oder PermitOpen), daher ist es über SSH nicht erreichbar (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 could not connect to %2:%3: nothing listens there, or a firewall on the server refuses it (%4)</source>
        <translation>der SSH-Server %1 konnte keine Verbindung zu %2:%3 herstellen: dort lauscht nichts, oder eine Firewall auf dem Server lehnt sie ab (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 refused a channel to %2:%3: %4</source>
        <translation>der SSH-Server %1 hat einen Kanal zu %2:%3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>the channel to %1 is not open</source>
        <translation>der Kanal zu %1 ist nicht offen</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>das Senden an %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost</source>
        <translation>die SSH-Verbindung zu %1 ist abgebrochen</translation>
    </message>
    <message>
        <source>waiting for data from %1 failed: %2</source>
        <translation>das Warten auf Daten von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 ist kein gültiger Port</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>kein Benutzername angegeben</translation>
    </message>
    <message>
        <source>the pinned host key &apos;%1&apos; is not a SHA-256 fingerprint (SHA256:...)</source>
        <translation>der hinterlegte Host-Schlüssel „%1“ ist kein SHA-256-Fingerabdruck (SHA256:...)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 Versuche)</translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory?)</source>
        <translation>SSH-Sitzung konnte nicht erstellt werden (Speicher erschöpft?)</translation>
    </message>
    <message>
        <source>could not set the SSH option %1</source>
        <translation>die SSH-Option %1 konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but did not complete the SSH handshake within %3 s (is it an SSH server, and is the network dropping packets?)</source>
        <translation>%1:%2 hat die Verbindung angenommen, den SSH-Handshake aber nicht innerhalb von %3 s abgeschlossen (ist es ein SSH-Server, und verwirft das Netzwerk Pakete?)</translation>
    </message>
    <message>
        <source>SSH handshake with %1:%2 failed</source>
        <translation>SSH-Handshake mit %1:%2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>connecting to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (host down, wrong address, or a firewall drops the packets)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (Host ausgefallen, falsche Adresse oder eine Firewall verwirft die Pakete)</translation>
    </message>
    <message>
        <source>%1 refused the connection (is SSH running on that port?)</source>
        <translation>%1 hat die Verbindung abgelehnt (läuft SSH auf diesem Port?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>could not hand the socket to libssh</source>
        <translation>der Socket konnte nicht an libssh übergeben werden</translation>
    </message>
    <message>
        <source>the server sent no usable host key</source>
        <translation>der Server hat keinen verwendbaren Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>could not compute the fingerprint of the host key</source>
        <translation>der Fingerabdruck des Host-Schlüssels konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: pinned %2, but the server now shows %3 (%4). This can be a reinstall or a machine in the middle; the connection was refused. Check the key on the PBX console and re-pin it deliberately if the change is expected.</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT für %1: hinterlegt ist %2, der Server zeigt jetzt aber %3 (%4). Das kann eine Neuinstallation oder ein Angreifer dazwischen sein; die Verbindung wurde abgelehnt. Prüfen Sie den Schlüssel an der Konsole der PBX und hinterlegen Sie ihn bewusst neu, wenn die Änderung erwartet ist.</translation>
    </message>
    <message>
        <source>UnknownHostKey: the host key of %1 is not pinned yet: %2 (%3). Compare it with &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; on the PBX, then accept it.</source>
        <translation>UnknownHostKey: Der Host-Schlüssel von %1 ist noch nicht hinterlegt: %2 (%3). Vergleichen Sie ihn auf der PBX mit „ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub“ und akzeptieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>authentication with %1 failed</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>(the server accepts: %1)</source>
        <translation>(der Server akzeptiert: %1)</translation>
    </message>
    <message>
        <source>%1 does not accept keys, so the SSH agent cannot be used</source>
        <translation>%1 akzeptiert keine Schlüssel, daher kann der SSH-Agent nicht verwendet werden</translation>
    </message>
    <message>
        <source>could not use the SSH agent at %1</source>
        <translation>der SSH-Agent unter %1 konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>no SSH agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>es läuft kein SSH-Agent (SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>SSH agent authentication with %1 failed</source>
        <translation>Authentifizierung per SSH-Agent bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>none of the SSH agent&apos;s keys was accepted by %1</source>
        <translation>%1 hat keinen der Schlüssel des SSH-Agenten akzeptiert</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>keine Schlüsseldatei angegeben</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 akzeptiert keine Schlüssel</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot load the key %1: it is protected by a passphrase, or is not a private key</source>
        <translation>der Schlüssel %1 kann nicht geladen werden: er ist durch eine Passphrase geschützt oder kein privater Schlüssel</translation>
    </message>
    <message>
        <source>cannot load the key %1: wrong passphrase, or not a private key</source>
        <translation>der Schlüssel %1 kann nicht geladen werden: falsche Passphrase oder kein privater Schlüssel</translation>
    </message>
    <message>
        <source>key authentication with %1 failed</source>
        <translation>Schlüssel-Authentifizierung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 accepted the key but requires a second factor, which is not supported</source>
        <translation>%1 hat den Schlüssel akzeptiert, verlangt aber einen zweiten Faktor, was nicht unterstützt wird</translation>
    </message>
    <message>
        <source>%1 refused the key %2</source>
        <translation>%1 hat den Schlüssel %2 abgelehnt</translation>
    </message>
    <message>
        <source>password authentication with %1 failed</source>
        <translation>Passwort-Authentifizierung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 does not accept passwords</source>
        <translation>%1 akzeptiert keine Passwörter</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>falsches Passwort für %1</translation>
    </message>
    <message>
        <source>keyboard-interactive authentication with %1 failed</source>
        <translation>keyboard-interactive-Authentifizierung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>sudo on %1 refused: %2</source>
        <translation>sudo auf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>es konnte kein Kanal erstellt werden</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel</source>
        <translation>%1 hat das Öffnen eines Sitzungskanals abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused to run a command</source>
        <translation>%1 hat das Ausführen eines Befehls abgelehnt</translation>
    </message>
    <message>
        <source>sending input to the command on %1 failed</source>
        <translation>Senden der Eingabe an den Befehl auf %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>command on %1 stopped: %2</source>
        <translation>Befehl auf %1 gestoppt: %2</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s and was stopped</source>
        <translation>der Befehl auf %1 wurde nicht innerhalb von %2 s beendet und daher gestoppt</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command was running</source>
        <translation>die Verbindung zu %1 ist während der Befehlsausführung abgebrochen</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while the command was running</source>
        <translation>die Verbindung zu %1 ging während der Befehlsausführung verloren</translation>
    </message>
    <message>
        <source>the connection to %1 was lost before the command ended</source>
        <translation>die Verbindung zu %1 ging verloren, bevor der Befehl beendet war</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>als root angemeldet</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo without a password (NOPASSWD)</source>
        <translation>%1 wird mit sudo ohne Passwort root (NOPASSWD)</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo; the sudo password was accepted</source>
        <translation>%1 wird mit sudo root; das sudo-Passwort wurde angenommen</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for %2: store the right sudo password for this PBX (or the login password, if it is the same), or log in as root</source>
        <translation>sudo auf %1 hat das Passwort für %2 abgelehnt: Speichern Sie das richtige sudo-Passwort für diese PBX (oder das Anmeldepasswort, wenn es dasselbe ist), oder melden Sie sich als root an</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2 and none is stored: store the sudo password for this PBX, allow %2 to use sudo without one, or log in as root</source>
        <translation>sudo auf %1 braucht ein Passwort für %2, und keines ist gespeichert: Speichern Sie das sudo-Passwort für diese PBX, erlauben Sie %2 sudo ohne Passwort, oder melden Sie sich als root an</translation>
    </message>
    <message>
        <source>%1 may not use sudo on %2: add it to the sudoers (the sudo group), or log in as root</source>
        <translation>%1 darf auf %2 kein sudo verwenden: Nehmen Sie das Konto in die sudoers auf (Gruppe sudo), oder melden Sie sich als root an</translation>
    </message>
    <message>
        <source>sudo is not installed on %1: install sudo there, or log in as root</source>
        <translation>sudo ist auf %1 nicht installiert: Installieren Sie dort sudo, oder melden Sie sich als root an</translation>
    </message>
</context>
<context>
    <name>UpdateChecks</name>
    <message>
        <source>Asterisk version past its end of life</source>
        <translation>Asterisk-Version nach Ende der Unterstützung</translation>
    </message>
    <message>
        <source>An end-of-life Asterisk series gets no security fixes: every advisory published since stays open.</source>
        <translation>Eine Asterisk-Serie nach Ende der Unterstützung erhält keine Sicherheitskorrekturen: Jede seitdem veröffentlichte Sicherheitsmeldung bleibt offen.</translation>
    </message>
    <message>
        <source>Upgrade to a supported LTS series (22 LTS until 2029-10-16, 20 LTS until 2027-10-19).</source>
        <translation>Aktualisieren Sie auf eine unterstützte LTS-Serie (22 LTS bis 2029-10-16, 20 LTS bis 2027-10-19).</translation>
    </message>
    <message>
        <source>Published Asterisk security advisories affect the running version</source>
        <translation>Veröffentlichte Asterisk-Sicherheitsmeldungen betreffen die laufende Version</translation>
    </message>
    <message>
        <source>These flaws are public; exploit code for several of them is too.</source>
        <translation>Diese Schwachstellen sind öffentlich bekannt, für mehrere davon auch Exploit-Code.</translation>
    </message>
    <message>
        <source>Update to at least the first fixed release of the running branch, or to a newer supported branch.</source>
        <translation>Aktualisieren Sie mindestens auf das erste korrigierte Release des laufenden Zweigs oder auf einen neueren unterstützten Zweig.</translation>
    </message>
    <message>
        <source>Asterisk series receives security fixes only</source>
        <translation>Asterisk-Serie erhält nur noch Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>The series is close to its end of life; bugs are no longer fixed.</source>
        <translation>Die Serie steht kurz vor dem Ende der Unterstützung; Fehler werden nicht mehr behoben.</translation>
    </message>
    <message>
        <source>Plan the move to the current LTS series before the end-of-life date.</source>
        <translation>Planen Sie den Umstieg auf die aktuelle LTS-Serie vor dem Ende der Unterstützung.</translation>
    </message>
    <message>
        <source>Operating system security updates are pending</source>
        <translation>Sicherheitsupdates des Betriebssystems stehen aus</translation>
    </message>
    <message>
        <source>Known vulnerabilities of the installed packages are fixed but not installed.</source>
        <translation>Für bekannte Schwachstellen der installierten Pakete gibt es Korrekturen, die aber nicht installiert sind.</translation>
    </message>
    <message>
        <source>Install them (apt-get upgrade / dnf upgrade --security) in the next maintenance window, and consider unattended security updates.</source>
        <translation>Installieren Sie sie im nächsten Wartungsfenster (apt-get upgrade / dnf upgrade --security) und erwägen Sie unbeaufsichtigte Sicherheitsupdates.</translation>
    </message>
    <message>
        <source>Operating system updates are pending</source>
        <translation>Updates des Betriebssystems stehen aus</translation>
    </message>
    <message>
        <source>Bug-fix updates pile up and make the next upgrade riskier.</source>
        <translation>Fehlerbehebungen stauen sich an und machen das nächste Upgrade riskanter.</translation>
    </message>
    <message>
        <source>Install pending updates at least twice a year.</source>
        <translation>Installieren Sie ausstehende Updates mindestens zweimal im Jahr.</translation>
    </message>
    <message>
        <source>No update was installed in the last six months</source>
        <translation>In den letzten sechs Monaten wurde kein Update installiert</translation>
    </message>
    <message>
        <source>The seed practice asks for OS and PBX updates at least twice a year.</source>
        <translation>Die Basisempfehlung verlangt Updates von Betriebssystem und PBX mindestens zweimal im Jahr.</translation>
    </message>
    <message>
        <source>Update the operating system and the PBX now and schedule it twice a year.</source>
        <translation>Aktualisieren Sie Betriebssystem und PBX jetzt und planen Sie dies zweimal im Jahr ein.</translation>
    </message>
    <message>
        <source>the Asterisk version is unknown (%1)</source>
        <translation>die Asterisk-Version ist unbekannt (%1)</translation>
    </message>
    <message>
        <source>%1: series %2 reached its end of life on %3</source>
        <translation>%1: Serie %2 hat am %3 das Ende der Unterstützung erreicht</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>einem früheren Datum</translation>
    </message>
    <message>
        <source>%1: supported until %2</source>
        <translation>%1: unterstützt bis %2</translation>
    </message>
    <message>
        <source>no fix on branch %1</source>
        <translation>keine Korrektur im Zweig %1</translation>
    </message>
    <message>
        <source>fixed in %1</source>
        <translation>behoben in %1</translation>
    </message>
    <message>
        <source>%1: security fixes only since %2, end of life %3</source>
        <translation>%1: nur Sicherheitskorrekturen seit %2, Ende der Unterstützung %3</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): %1</source>
        <translation>
            <numerusform>%n Paket: %1</numerusform>
            <numerusform>%n Pakete: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no update history or package database time was found</source>
        <translation>kein Update-Verlauf und kein Zeitstempel der Paketdatenbank gefunden</translation>
    </message>
    <message>
        <source>%1: last change %2 (%3 days ago)</source>
        <translation>%1: letzte Änderung %2 (vor %3 Tagen)</translation>
    </message>
    <message>
        <source>The operating system release is past its end of life</source>
        <translation>Die Version des Betriebssystems hat ihr Lebensende überschritten</translation>
    </message>
    <message>
        <source>A release past its end of security support gets no fixes for OpenSSH, OpenSSL or the kernel: every new flaw stays open for good.</source>
        <translation>Eine Version nach dem Ende ihrer Sicherheitsunterstützung erhält keine Korrekturen für OpenSSH, OpenSSL oder den Kernel: jede neue Schwachstelle bleibt für immer offen.</translation>
    </message>
    <message>
        <source>Upgrade to a supported release (FreePBX: SNG7 to FreePBX 17 on Debian 12), or buy extended support until you can.</source>
        <translation>Aktualisieren Sie auf eine unterstützte Version (FreePBX: SNG7 auf FreePBX 17 unter Debian 12) oder kaufen Sie erweiterten Support, bis Sie dies können.</translation>
    </message>
    <message>
        <source>%1 (ID=%2, VERSION_ID=%3) is not in the end-of-life table (os-eol.json)</source>
        <translation>%1 (ID=%2, VERSION_ID=%3) ist nicht in der Lebensende-Tabelle (os-eol.json)</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; %2 reached its end of life on %3</source>
        <translation>/etc/os-release: %1; %2 hat sein Lebensende am %3 erreicht</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; supported until %2</source>
        <translation>/etc/os-release: %1; unterstützt bis %2</translation>
    </message>
    <message numerus="yes">
        <source>dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</source>
        <translation>
            <numerusform>dnf/yum meldet %n ausstehendes Update, aber ohne Sicherheitseinstufung (kein updateinfo: %1): ob es Sicherheitslücken behebt, ist unbekannt</numerusform>
            <numerusform>dnf/yum meldet %n ausstehende Updates, aber ohne Sicherheitseinstufung (kein updateinfo: %1): ob sie Sicherheitslücken beheben, ist unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>asterisk -V, the package manager (apt-get -s upgrade / dnf check-update) and the package history</source>
        <translation>asterisk -V, die Paketverwaltung (apt-get -s upgrade / dnf check-update) und der Paketverlauf</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The host is required.</source>
        <translation>Der Host ist erforderlich.</translation>
    </message>
    <message>
        <source>The host is neither a host name nor an IP address.</source>
        <translation>Der Host ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>Der SSH-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>Der AMI-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The SSH user is required.</source>
        <translation>Der SSH-Benutzer ist erforderlich.</translation>
    </message>
    <message>
        <source>Key file authentication needs the path of a private key.</source>
        <translation>Die Authentifizierung per Schlüsseldatei benötigt den Pfad eines privaten Schlüssels.</translation>
    </message>
    <message>
        <source>Tags may not be empty, contain commas or start or end with spaces.</source>
        <translation>Tags dürfen nicht leer sein, keine Kommas enthalten und nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Der Standort</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Der Host</translation>
    </message>
    <message>
        <source>The SSH user</source>
        <translation>Der SSH-Benutzer</translation>
    </message>
    <message>
        <source>The key file path</source>
        <translation>Der Pfad der Schlüsseldatei</translation>
    </message>
    <message>
        <source>The AMI user</source>
        <translation>Der AMI-Benutzer</translation>
    </message>
    <message>
        <source>The host key fingerprint</source>
        <translation>Der Fingerabdruck des Host-Schlüssels</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break); remove it: it could split an AMI message or disturb a terminal.</source>
        <translation>%1 enthält ein Steuerzeichen (%2, z. B. einen Zeilenumbruch); entfernen Sie es: es könnte eine AMI-Nachricht aufspalten oder ein Terminal stören.</translation>
    </message>
    <message>
        <source>A tag contains a control character (e.g. a line break); remove it.</source>
        <translation>Ein Tag enthält ein Steuerzeichen (z. B. einen Zeilenumbruch); entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>%1: could not run the check: %2</source>
        <translation>%1: die Prüfung konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1: the check exited with status %2.</source>
        <translation>%1: die Prüfung wurde mit Status %2 beendet.</translation>
    </message>
    <message>
        <source>%1: the check did not print &quot;%2&quot;.</source>
        <translation>%1: die Prüfung hat „%2“ nicht ausgegeben.</translation>
    </message>
</context>
<context>
    <name>WebChecks</name>
    <message>
        <source>Asterisk&apos;s HTTP server serves other hosts without TLS</source>
        <translation>Der HTTP-Server von Asterisk bedient andere Hosts ohne TLS</translation>
    </message>
    <message>
        <source>ARI, AMI-over-HTTP and WebSocket credentials cross the network in clear text.</source>
        <translation>Zugangsdaten für ARI, AMI über HTTP und WebSocket gehen im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>Bind http.conf to 127.0.0.1, or set tlsenable = yes with a certificate and reach it only over HTTPS.</source>
        <translation>Binden Sie http.conf an 127.0.0.1 oder setzen Sie tlsenable = yes mit einem Zertifikat und greifen Sie nur über HTTPS zu.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is on its default port on every address</source>
        <translation>Der HTTP-Server von Asterisk läuft auf seinem Standardport an allen Adressen</translation>
    </message>
    <message>
        <source>Scanners probe 8088/8089 for Asterisk; the seed practice asks for limited access and non-standard ports.</source>
        <translation>Scanner suchen auf 8088/8089 nach Asterisk; die Basisempfehlung verlangt eingeschränkten Zugang und vom Standard abweichende Ports.</translation>
    </message>
    <message>
        <source>Bind it to loopback or a management address, move it off 8088/8089, and filter it in the firewall.</source>
        <translation>Binden Sie ihn an Loopback oder eine Verwaltungsadresse, verlegen Sie ihn weg von 8088/8089 und filtern Sie ihn in der Firewall.</translation>
    </message>
    <message>
        <source>The web administration is served over plain HTTP</source>
        <translation>Die Web-Administration wird über unverschlüsseltes HTTP ausgeliefert</translation>
    </message>
    <message>
        <source>Administrator passwords for the PBX GUI are sent in clear text.</source>
        <translation>Administratorpasswörter für die PBX-Oberfläche werden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>Enable HTTPS, redirect HTTP to it, and limit the GUI to the administrators&apos; addresses.</source>
        <translation>Aktivieren Sie HTTPS, leiten Sie HTTP darauf um und beschränken Sie die Oberfläche auf die Adressen der Administratoren.</translation>
    </message>
    <message>
        <source>AMI is reachable over Asterisk&apos;s HTTP server without TLS</source>
        <translation>AMI ist über den HTTP-Server von Asterisk ohne TLS erreichbar</translation>
    </message>
    <message>
        <source>manager.conf webenabled puts AMI logins on the HTTP port, in clear text.</source>
        <translation>webenabled in manager.conf legt AMI-Anmeldungen im Klartext auf den HTTP-Port.</translation>
    </message>
    <message>
        <source>Set webenabled = no in manager.conf, or serve http.conf only over TLS on loopback.</source>
        <translation>Setzen Sie webenabled = no in manager.conf oder betreiben Sie http.conf nur über TLS auf Loopback.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>es wurde keine Asterisk-Konfiguration erfasst</translation>
    </message>
    <message>
        <source>http.conf: the HTTP server is disabled</source>
        <translation>http.conf: der HTTP-Server ist deaktiviert</translation>
    </message>
    <message>
        <source>nothing listens on 443</source>
        <translation>auf 443 lauscht nichts</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf wurde nicht erfasst</translation>
    </message>
    <message>
        <source>http.conf, manager.conf and the listening sockets (ss -tulpn)</source>
        <translation>http.conf, manager.conf und die lauschenden Sockets (ss -tulpn)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PBX Warden cannot open its inventory</source>
        <translation>PBX Warden kann sein Inventar nicht öffnen</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiClient</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 refused by Asterisk: %2</source>
        <translation>%1 von Asterisk abgelehnt: %2</translation>
    </message>
    <message>
        <source>the PBX closed the connection</source>
        <translation>die PBX hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no AMI session with %1 within %2 s</source>
        <translation>keine AMI-Sitzung mit %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent bad data: %2</source>
        <translation>%1 hat fehlerhafte Daten gesendet: %2</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk Manager Interface (it said &quot;%2&quot;)</source>
        <translation>%1 ist kein Asterisk Manager Interface (Antwort: „%2“)</translation>
    </message>
    <message>
        <source>MD5 challenge refused by %1: %2</source>
        <translation>MD5-Challenge von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>login as %1 on %2 refused: %3</source>
        <translation>Anmeldung als %1 an %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: not connected to the PBX (%2)</source>
        <translation>%1: nicht mit der PBX verbunden (%2)</translation>
    </message>
    <message>
        <source>%1: too many actions waiting for an answer</source>
        <translation>%1: zu viele Aktionen warten auf eine Antwort</translation>
    </message>
    <message>
        <source>no answer to %1 from %2</source>
        <translation>keine Antwort auf %1 von %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2 in time</source>
        <translation>%1: keine rechtzeitige Antwort von %2</translation>
    </message>
    <message>
        <source>%1 did not answer Ping within %2 s (dead peer)</source>
        <translation>%1 hat nicht innerhalb von %2 s auf Ping geantwortet (Gegenstelle tot)</translation>
    </message>
    <message>
        <source>%1 sent a list larger than %2 events or %3 MiB</source>
        <translation>%1 hat eine Liste mit mehr als %2 Ereignissen oder %3 MiB gesendet</translation>
    </message>
    <message>
        <source>%1: the field %2 contains a control character (0x%3); not sent, as it would split the AMI message. Remove line breaks from the value.</source>
        <translation>%1: das Feld %2 enthält ein Steuerzeichen (0x%3); nicht gesendet, da es die AMI-Nachricht aufspalten würde. Entfernen Sie Zeilenumbrüche aus dem Wert.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiSocketTransport</name>
    <message>
        <source>the TLS certificate of %1 does not match the pinned fingerprint</source>
        <translation>das TLS-Zertifikat von %1 passt nicht zum hinterlegten Fingerabdruck</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::fleet::FleetRunner</name>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
</context>
<context>
    <name>pbxwarden::secrets::CredentialService</name>
    <message>
        <source>no SSH password: type it in, or keep it in the keychain</source>
        <translation>kein SSH-Passwort: geben Sie es ein oder bewahren Sie es im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>the SSH password cannot be read from the keychain: %1</source>
        <translation>das SSH-Passwort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>no SSH password in the keychain: edit the PBX and type it in</source>
        <translation>kein SSH-Passwort im Schlüsselbund: bearbeiten Sie die PBX und geben Sie es ein</translation>
    </message>
    <message>
        <source>no AMI user set</source>
        <translation>kein AMI-Benutzer festgelegt</translation>
    </message>
    <message>
        <source>no AMI secret: no keychain</source>
        <translation>kein AMI-Secret: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>the AMI secret cannot be read from the keychain: %1</source>
        <translation>das AMI-Secret kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>no AMI secret in the keychain: edit the PBX and type it in</source>
        <translation>kein AMI-Secret im Schlüsselbund: bearbeiten Sie die PBX und geben Sie es ein</translation>
    </message>
    <message>
        <source>no keychain to keep it in</source>
        <translation>kein Schlüsselbund, um es aufzubewahren</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ssh::SshTunnel</name>
    <message>
        <source>%1: cannot create an event descriptor: %2</source>
        <translation>%1: Event-Deskriptor kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 KiB are waiting to be sent; the far end stopped reading</source>
        <translation>%1: mehr als %2 KiB warten auf das Senden; die Gegenseite liest nicht mehr</translation>
    </message>
    <message>
        <source>SSH to %1 for %2:%3: %4</source>
        <translation>SSH zu %1 für %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 closed by PBX Warden</source>
        <translation>%1 von PBX Warden geschlossen</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection (through %3)</source>
        <translation>%1:%2 hat die Verbindung geschlossen (über %3)</translation>
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
        <translation>&amp;AMI verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect AMI</source>
        <translation>AMI &amp;trennen</translation>
    </message>
    <message>
        <source>AMI protocol &amp;log…</source>
        <translation>AMI-Protoko&amp;ll…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogModel</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogWindow</name>
    <message>
        <source>AMI protocol log: %1</source>
        <translation>AMI-Protokollmitschnitt: %1</translation>
    </message>
    <message>
        <source>Filter frames, e.g. Action: Login or Event: FailedACL</source>
        <translation>Frames filtern, z. B. Action: Login oder Event: FailedACL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected frames, or all frames shown</source>
        <translation>Die ausgewählten Frames oder alle angezeigten Frames kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the frames shown to a text file</source>
        <translation>Die angezeigten Frames in einer Textdatei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>Einen Frame auswählen, um ihn vollständig zu sehen</translation>
    </message>
    <message>
        <source>Save the AMI protocol log</source>
        <translation>AMI-Protokollmitschnitt speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditController</name>
    <message>
        <source>A&amp;udit all</source>
        <translation>Alle a&amp;uditieren</translation>
    </message>
    <message>
        <source>Audit the selected PBXs (or all shown) against the 14 practices: collect their facts over SSH, check them and store the score</source>
        <translation>Die ausgewählten PBX (oder alle angezeigten) anhand der 14 Empfehlungen auditieren: ihre Befunde per SSH sammeln, prüfen und die Punktzahl speichern</translation>
    </message>
    <message>
        <source>PBX &amp;security…</source>
        <translation>PBX-&amp;Sicherheit…</translation>
    </message>
    <message>
        <source>The selected PBX&apos;s score, practices, findings and score history</source>
        <translation>Punktzahl, Empfehlungen, Feststellungen und Punkteverlauf der ausgewählten PBX</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;udit %n selected</source>
        <translation>
            <numerusform>%n ausgewählte a&amp;uditieren</numerusform>
            <numerusform>%n ausgewählte a&amp;uditieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No PBX to audit: the table shows none.</source>
        <translation>Keine PBX zum Auditieren: die Tabelle zeigt keine.</translation>
    </message>
    <message>
        <source>Audit finished</source>
        <translation>Audit abgeschlossen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The audit of %1 could not be stored: %2</source>
        <translation>Das Audit von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Overdue: %1&lt;/b&gt; (not audited for six months; the seed asks for an inspection twice a year).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Überfällig: %1&lt;/b&gt; (seit sechs Monaten nicht auditiert; die Basisempfehlung verlangt zweimal im Jahr eine Kontrolle).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Gesamte Flotte</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer %1, site %2</source>
        <translation>Kunde %1, Standort %2</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, gefiltert nach „%2“</translation>
    </message>
    <message>
        <source>%1: no PBX shown.</source>
        <translation>%1: keine PBX angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: no score yet&lt;/b&gt; — no PBX shown has been audited. Select PBXs and use Fleet ▸ Audit (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;%1: noch keine Bewertung&lt;/b&gt; – keine der angezeigten PBX wurde auditiert. Wählen Sie PBX aus und verwenden Sie Flotte ▸ Auditieren (Strg+Umschalt+U).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 of %n audited PBX(s) at grade %3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 von %n auditierten PBX mit Note %3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 von %n auditierten PBX mit Note %3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(lowest: %1, %2 / 100).</source>
        <translation>(niedrigste: %1, %2 / 100).</translation>
    </message>
    <message>
        <source>Mean score %1 / 100 (grade %2) over the audited PBXs shown (%3 of %4).</source>
        <translation>Mittlere Bewertung %1 / 100 (Note %2) über die angezeigten auditierten PBX (%3 von %4).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Teilweise: %n&lt;/b&gt; (Prüfungen nicht bewertet: die Note umfasst nur, was einsehbar war).&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Teilweise: %n&lt;/b&gt; (Prüfungen nicht bewertet: die Noten umfassen nur, was einsehbar war).&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</source>
        <translation>
            <numerusform>&lt;b&gt;Ohne Bewertung: %n&lt;/b&gt; (nichts konnte bewertet werden).</numerusform>
            <numerusform>&lt;b&gt;Ohne Bewertung: %n&lt;/b&gt; (nichts konnte bewertet werden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Audit abbrechen</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n audited</source>
        <translation>
            <numerusform>%n auditiert</numerusform>
            <numerusform>%n auditiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing: %1 of %2 done.</source>
        <translation>Audit läuft: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n at grade D or F</source>
        <translation>
            <numerusform>%n mit Note D oder F</numerusform>
            <numerusform>%n mit Note D oder F</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade C, partial or ungraded</source>
        <translation>
            <numerusform>%n mit Note C, teilweise oder ohne Note</numerusform>
            <numerusform>%n mit Note C, teilweise oder ohne Note</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditResultProxy</name>
    <message>
        <source>score %1, grade %2</source>
        <translation>%1 Punkte, Note %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>audited: %1</source>
        <translation>auditiert: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check connections</source>
        <translation>Verbindungen prüfen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading the credentials of %n PBX(s) from the keychain…</source>
        <translation>
            <numerusform>Zugangsdaten von %n PBX werden aus dem Schlüsselbund gelesen…</numerusform>
            <numerusform>Zugangsdaten von %n PBX werden aus dem Schlüsselbund gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your answer about %n new host key(s)…</source>
        <translation>
            <numerusform>Warten auf Ihre Antwort zu %n neuen Host-Schlüssel…</numerusform>
            <numerusform>Warten auf Ihre Antwort zu %n neuen Host-Schlüsseln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust new host keys?</source>
        <translation>Neuen Host-Schlüsseln vertrauen?</translation>
    </message>
    <message numerus="yes">
        <source>PBX Warden has never seen the SSH host keys of these %n PBX(s):

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</source>
        <translation>
            <numerusform>PBX Warden hat den SSH-Host-Schlüssel dieser PBX (%n) noch nie gesehen:

%1

Vergleichen Sie den Fingerabdruck mit dem auf der PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Vertrauen? Er wird nach einer erfolgreichen Anmeldung hinterlegt.</numerusform>
            <numerusform>PBX Warden hat die SSH-Host-Schlüssel dieser %n PBX noch nie gesehen:

%1

Vergleichen Sie jeden Fingerabdruck mit dem auf der jeweiligen PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Vertrauen? Sie werden nach einer erfolgreichen Anmeldung hinterlegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n PBX(s)…</source>
        <translation>
            <numerusform>%n PBX wird geprüft…</numerusform>
            <numerusform>%n PBX werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message>
        <source>Import PBXs from %1</source>
        <translation>PBX aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden.</numerusform>
            <numerusform>Alle %n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 have problems and will be skipped.</source>
        <translation>Importierbar: %1; %2 mit Problemen werden übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>%n PBX importieren</numerusform>
            <numerusform>%n PBX importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message>
        <source>Customers and sites</source>
        <translation>Kunden und Standorte</translation>
    </message>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>Alle PBX (%n)</numerusform>
            <numerusform>Alle PBX (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum es wichtig ist: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>To complete the audit: %1</source>
        <translation>Um das Audit zu vervollständigen: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetController</name>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;Verbindungen prüfen</translation>
    </message>
    <message>
        <source>Connect to the selected PBXs (or all shown) over SSH, check their host keys and log in</source>
        <translation>Per SSH mit den ausgewählten PBX (oder allen angezeigten) verbinden, ihre Host-Schlüssel prüfen und anmelden</translation>
    </message>
    <message>
        <source>No PBX to check: the table shows none.</source>
        <translation>Keine PBX zum Prüfen: die Tabelle zeigt keine.</translation>
    </message>
    <message>
        <source>%1: the host key could not be pinned: %2</source>
        <translation>%1: der Host-Schlüssel konnte nicht hinterlegt werden: %2</translation>
    </message>
    <message>
        <source>Connection check finished</source>
        <translation>Verbindungsprüfung abgeschlossen</translation>
    </message>
    <message>
        <source>%1: the check result could not be saved: %2</source>
        <translation>%1: das Prüfergebnis konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetRunDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetSecurityModel</name>
    <message>
        <source>&lt; 1 d</source>
        <translation>&lt; 1 T</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>months</comment>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>years</comment>
        <translation>
            <numerusform>%n J.</numerusform>
            <numerusform>%n J.</numerusform>
        </translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>nie auditiert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n hoch</numerusform>
            <numerusform>%n hoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n mittel</numerusform>
            <numerusform>%n mittel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n niedrig</numerusform>
            <numerusform>%n niedrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago, overdue</source>
        <translation>vor %1, überfällig</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>security fixes</source>
        <translation>nur Sicherheitskorrekturen</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>Ende der Unterstützung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 alt</translation>
    </message>
    <message>
        <source>Audit it: the seed asks for an inspection at least twice a year.</source>
        <translation>Führen Sie ein Audit durch: Die Basisempfehlung verlangt mindestens zweimal im Jahr eine Kontrolle.</translation>
    </message>
    <message>
        <source>The newest backup the audit of %1 found was made %2.</source>
        <translation>Die neueste Datensicherung, die das Audit vom %1 gefunden hat, wurde am %2 erstellt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerste Feststellung</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Asterisk</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Datensicherung</translation>
    </message>
    <message>
        <source>%1. Open the PBX&apos;s security page for what could not be assessed and how to complete the audit.</source>
        <translation>%1. Die Sicherheitsseite der PBX zeigt, was nicht bewertet werden konnte und wie das Audit vervollständigt wird.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetTableModel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SSH as %1 on port %2, authentication: %3</source>
        <translation>SSH als %1 auf Port %2, Authentifizierung: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AMI state</source>
        <translation>AMI-Status</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>aktiv (%1)</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::InventoryController</name>
    <message>
        <source>&amp;New PBX…</source>
        <translation>&amp;Neue PBX…</translation>
    </message>
    <message>
        <source>&amp;Edit PBX…</source>
        <translation>PBX &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate PBX…</source>
        <translation>PBX d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete PBX…</source>
        <translation>PBX &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saving the PBX failed</source>
        <translation>Speichern der PBX fehlgeschlagen</translation>
    </message>
    <message>
        <source>Adding the PBX failed</source>
        <translation>Hinzufügen der PBX fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Secrets of %1 could not be stored: %2</source>
        <translation>Die Secrets von %1 konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</source>
        <translation>%1 aus dem Inventar löschen?

Ihre gespeicherten Passwörter werden aus dem Schlüsselbund entfernt. Die PBX selbst bleibt unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>%n PBX aus dem Inventar löschen?

Ihre gespeicherten Passwörter werden aus dem Schlüsselbund entfernt. Die PBX selbst bleibt unberührt.</numerusform>
            <numerusform>%n PBX aus dem Inventar löschen?

Ihre gespeicherten Passwörter werden aus dem Schlüsselbund entfernt. Die PBX selbst bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was deleted, but these secrets are still in the keychain: %2</source>
        <translation>%1 wurde gelöscht, aber diese Secrets sind noch im Schlüsselbund: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>%n PBX gelöscht</numerusform>
            <numerusform>%n PBX gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Import PBXs</source>
        <translation>PBX importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not an inventory.</source>
        <translation>%1 ist größer als 64 MiB; das ist kein Inventar.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>%n PBX importiert</numerusform>
            <numerusform>%n PBX importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PBXs</source>
        <translation>PBX exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>%n PBX nach %1 exportiert</numerusform>
            <numerusform>%n PBX nach %1 exportiert</numerusform>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PBX Warden</source>
        <translation>Ü&amp;ber PBX Warden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Filter by name, customer, site, host, tag or note</source>
        <translation>Nach Name, Kunde, Standort, Host, Tag oder Notiz filtern</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Zugangsdaten nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
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
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Zugangsdaten: System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Zugangsdaten: nur diese Sitzung</translation>
    </message>
    <message>
        <source>Secrets: no keychain</source>
        <translation>Zugangsdaten: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable keychain.&lt;/b&gt; %1&lt;br&gt;PBX Warden keeps passwords only in the system keychain and never writes them to disk in plain text. You can keep the secrets you type for this session only: they are forgotten when PBX Warden closes.</source>
        <translation>&lt;b&gt;Kein nutzbarer Schlüsselbund.&lt;/b&gt; %1&lt;br&gt;PBX Warden bewahrt Passwörter ausschließlich im System-Schlüsselbund auf und schreibt sie nie im Klartext auf die Festplatte. Sie können die eingegebenen Zugangsdaten nur für diese Sitzung behalten: Sie werden beim Beenden von PBX Warden verworfen.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>nowhere: no keychain</source>
        <translation>nirgends: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>About PBX Warden</source>
        <translation>Über PBX Warden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Audit, harden and watch a fleet of Asterisk-based IP PBXs from one console.&lt;/p&gt;&lt;p&gt;Inventory: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, libssh and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Eine Flotte Asterisk-basierter IP-PBX von einer Konsole aus prüfen, härten und überwachen.&lt;/p&gt;&lt;p&gt;Inventar: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, libssh und QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>No PBXs yet.
Add one with New PBX… (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Noch keine PBX.
Fügen Sie eine mit Neue PBX… (Strg+N) hinzu oder importieren Sie eine CSV-Datei (Strg+I).</translation>
    </message>
    <message>
        <source>Some saved passwords could not be moved to their PBX&apos;s new keychain name; they are kept under the old name and tried again at the next start:
%1</source>
        <translation>Einige gespeicherte Passwörter konnten nicht unter den neuen Schlüsselbund-Namen ihrer PBX verschoben werden; sie bleiben unter dem alten Namen und werden beim nächsten Start erneut versucht:
%1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDashboard</name>
    <message>
        <source>%1: security</source>
        <translation>%1: Sicherheit</translation>
    </message>
    <message>
        <source>Also show checks that could &amp;not be assessed</source>
        <translation>Auch Prüfungen anzeigen, die &amp;nicht bewertet werden konnten</translation>
    </message>
    <message>
        <source>Select a finding to read its evidence and fix.</source>
        <translation>Wählen Sie eine Feststellung aus, um ihre Nachweise und die Behebung zu lesen.</translation>
    </message>
    <message>
        <source>Never audited. Select the PBX and use Fleet ▸ Audit.</source>
        <translation>Noch nie auditiert. Wählen Sie die PBX aus und verwenden Sie Flotte ▸ Auditieren.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Audited %1 (%2 ago)</source>
        <translation>Auditiert am %1 (vor %2)</translation>
    </message>
    <message>
        <source>— overdue: audit it again, at least twice a year.</source>
        <translation>— überfällig: Auditieren Sie sie erneut, mindestens zweimal im Jahr.</translation>
    </message>
    <message>
        <source>No check could be assessed, so there is no score: the audit lacked the facts (log in as root or with sudo to collect them).</source>
        <translation>Keine Prüfung konnte bewertet werden, daher gibt es keine Punktzahl: Dem Audit fehlten die Befunde (melden Sie sich als root oder mit sudo an, um sie zu sammeln).</translation>
    </message>
    <message>
        <source>Score %1 of 100: this PBX earned %2 of the %3 points its assessed checks are worth.</source>
        <translation>Punktzahl %1 von 100: Diese PBX hat %2 der %3 Punkte erreicht, die ihre bewerteten Prüfungen wert sind.</translation>
    </message>
    <message>
        <source>%1 (worth %2 each): %3 passed, %4 failed, %5 of %6 points</source>
        <translation>%1 (je %2 Punkte wert): %3 bestanden, %4 nicht bestanden, %5 von %6 Punkten</translation>
    </message>
    <message>
        <source>Not assessed (the facts were out of reach), so counted in neither sum: %1.</source>
        <translation>Nicht bewertet (die Befunde waren nicht erreichbar), daher in keiner der beiden Summen gezählt: %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Not assessed; to complete the audit:</source>
        <translation>Nicht bewertet; um das Audit zu vervollständigen:</translation>
    </message>
    <message>
        <source>To complete the audit</source>
        <translation>Um das Audit zu vervollständigen</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>PBX hinzufügen</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>PBX %1 bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate PBX %1</source>
        <translation>PBX %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>e.g. freepbx, production</source>
        <translation>z. B. freepbx, produktion</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>no keychain: see the notice in the main window</source>
        <translation>kein Schlüsselbund: siehe Hinweis im Hauptfenster</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
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
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the pinned host key; the next connection asks again</source>
        <translation>Hinterlegten Host-Schlüssel vergessen; die nächste Verbindung fragt erneut nach</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Host-Schlüssel:</translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation>Asterisk Manager Interface (AMI)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Another PBX is already named &quot;%1&quot;.</source>
        <translation>Eine andere PBX heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Ein Standort gehört zu einem Kunden: Wählen Sie auch den Kunden aus.</translation>
    </message>
    <message>
        <source>Password authentication needs the password.</source>
        <translation>Die Passwort-Authentifizierung benötigt das Passwort.</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüsse&amp;l-Passphrase:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>not pinned yet: the first connection asks</source>
        <translation>noch nicht hinterlegt: die erste Verbindung fragt nach</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connect with the values in this form, check the host key, log in and look at the system; nothing on the PBX is changed</source>
        <translation>Mit den Werten dieses Formulars verbinden, den Host-Schlüssel prüfen, anmelden und das System ansehen; auf der PBX wird nichts geändert</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>%1 (trusted: pinned when you save)</source>
        <translation>%1 (vertrauenswürdig: wird beim Speichern hinterlegt)</translation>
    </message>
    <message>
        <source>reading credentials</source>
        <translation>Zugangsdaten werden gelesen</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected and logged in as %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbunden und angemeldet als %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New host key.&lt;/b&gt; %1 presents a key PBX Warden has never seen:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Neuer Host-Schlüssel.&lt;/b&gt; %1 zeigt einen Schlüssel, den PBX Warden noch nie gesehen hat:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust this host key?</source>
        <translation>Diesem Host-Schlüssel vertrauen?</translation>
    </message>
    <message>
        <source>%1 (%2) presents this SSH host key:

%3 %4

Compare it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). If they match, trust it: PBX Warden connects again and pins the key when you save.</source>
        <translation>%1 (%2) zeigt diesen SSH-Host-Schlüssel:

%3 %4

Vergleichen Sie ihn mit dem Schlüssel auf der PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Wenn sie übereinstimmen, vertrauen Sie ihm: PBX Warden verbindet sich erneut und hinterlegt den Schlüssel beim Speichern.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; the host key %1 was not trusted.</source>
        <translation>&lt;b&gt;Nicht verbunden:&lt;/b&gt; Dem Host-Schlüssel %1 wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trust the new key…</source>
        <translation>Dem neuen Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Re-pin after the PBX&apos;s host key changed on purpose (reinstall, new keys), keeping the PBX and its secrets</source>
        <translation>Neu hinterlegen, nachdem sich der Host-Schlüssel der PBX absichtlich geändert hat (Neuinstallation, neue Schlüssel); PBX und Secrets bleiben erhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key has CHANGED — not connected.&lt;/b&gt;&lt;br&gt;Pinned: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Now: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Someone may be intercepting the connection, or the PBX was reinstalled. Only if you know why, press &quot;Trust the new key&quot; and confirm both keys.</source>
        <translation>&lt;b&gt;Der Host-Schlüssel hat sich GEÄNDERT – nicht verbunden.&lt;/b&gt;&lt;br&gt;Hinterlegt: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Jetzt: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Jemand könnte die Verbindung abfangen, oder die PBX wurde neu installiert. Nur wenn Sie den Grund kennen, klicken Sie auf „Dem neuen Schlüssel vertrauen“ und bestätigen Sie beide Schlüssel.</translation>
    </message>
    <message>
        <source>Trust the new host key?</source>
        <translation>Dem neuen Host-Schlüssel vertrauen?</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.

Pinned until now: %2
Presented now: %3

Trust the new key only if you know why it changed and have compared it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden then connects again and pins it when you save.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert.

Bisher hinterlegt: %2
Jetzt vorgelegt: %3

Vertrauen Sie dem neuen Schlüssel nur, wenn Sie wissen, warum er sich geändert hat, und ihn mit dem Schlüssel auf der PBX verglichen haben (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden verbindet sich dann erneut und hinterlegt ihn beim Speichern.</translation>
    </message>
    <message>
        <source>I know why the pinned key %1 is no longer valid</source>
        <translation>Ich weiß, warum der hinterlegte Schlüssel %1 nicht mehr gültig ist</translation>
    </message>
    <message>
        <source>The new key %1 matches the one on the PBX</source>
        <translation>Der neue Schlüssel %1 stimmt mit dem auf der PBX überein</translation>
    </message>
    <message>
        <source>Su&amp;do password:</source>
        <translation>Su&amp;do-Passwort:</translation>
    </message>
    <message>
        <source>The audit and every change need root. Give sudo&apos;s password here when it is not the login password; leave it empty when sudo needs none (NOPASSWD) or takes the login password. Test connection says which.</source>
        <translation>Die Prüfung und jede Änderung brauchen root-Rechte. Geben Sie hier das sudo-Passwort an, wenn es nicht das Anmeldepasswort ist; lassen Sie es leer, wenn sudo keines braucht (NOPASSWD) oder das Anmeldepasswort nimmt. „Verbindung testen“ zeigt, was zutrifft.</translation>
    </message>
    <message>
        <source>only if sudo asks for another</source>
        <translation>nur wenn sudo ein anderes verlangt</translation>
    </message>
    <message>
        <source>Password authentication needs the password: none is stored for this PBX.</source>
        <translation>Passwort-Anmeldung braucht das Passwort: Für diese PBX ist keines gespeichert.</translation>
    </message>
    <message>
        <source>unchanged (the keychain could not say whether one is stored)</source>
        <translation>unverändert (der Schlüsselbund konnte nicht sagen, ob eines gespeichert ist)</translation>
    </message>
    <message>
        <source>stored - leave empty to keep</source>
        <translation>gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>not stored - type it</source>
        <translation>nicht gespeichert – bitte eingeben</translation>
    </message>
    <message>
        <source>not stored - only if sudo asks for another</source>
        <translation>nicht gespeichert – nur wenn sudo ein anderes verlangt</translation>
    </message>
    <message>
        <source>A copy starts without the original&apos;s secrets and pinned host key: type the passwords; the first connection asks about the key.</source>
        <translation>Eine Kopie beginnt ohne die Geheimnisse und den hinterlegten Host-Schlüssel des Originals: Geben Sie die Passwörter ein; die erste Verbindung fragt nach dem Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory on this host and port.</source>
        <translation>%1 ist mit diesem Host und Port bereits im Bestand.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ScoreHistoryChart</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Noch kein Audit</translation>
    </message>
    <message>
        <source>@yPoint partial</source>
        <extracomment>a point of the score chart: the score, then the word</extracomment>
        <translation>@yPoint teilweise</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>How many PBXs are contacted at the same time</source>
        <translation>Wie viele PBX gleichzeitig kontaktiert werden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language takes effect when PBX Warden starts again.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Eine neue Sprache wird beim nächsten Start von PBX Warden wirksam.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>PBXs contacted &amp;at once:</source>
        <translation>&amp;Gleichzeitig kontaktierte PBX:</translation>
    </message>
    <message>
        <source>SSH &amp;time-out:</source>
        <translation>SSH-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Inventory file:</source>
        <translation>Inventardatei:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Zugangsdaten gespeichert in:</translation>
    </message>
    <message>
        <source>Allow AMI over plain &amp;TCP when no SSH tunnel or TLS is possible</source>
        <translation>AMI über unverschlüsseltes &amp;TCP erlauben, wenn kein SSH-Tunnel und kein TLS möglich ist</translation>
    </message>
    <message>
        <source>Logs in with the MD5 challenge, but every action and answer crosses the network unencrypted</source>
        <translation>Meldet sich mit der MD5-Challenge an, aber jede Aktion und jede Antwort geht unverschlüsselt über das Netz</translation>
    </message>
    <message>
        <source>AMI:</source>
        <translation>AMI:</translation>
    </message>
</context>
</TS>
