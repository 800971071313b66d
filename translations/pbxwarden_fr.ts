<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Activity</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>customer/site</source>
        <translation>client/site</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>connexion SSH</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>pinned host key</source>
        <translation>clé d&apos;hôte épinglée</translation>
    </message>
    <message>
        <source>Added PBX %1 (%2)</source>
        <translation>PBX %1 (%2) ajouté</translation>
    </message>
    <message>
        <source>Imported PBX %1 (%2)</source>
        <translation>PBX %1 (%2) importé</translation>
    </message>
    <message>
        <source>Removed PBX %1 (%2)</source>
        <translation>PBX %1 (%2) supprimé</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Enregistré sans modification</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinned SSH host key %1</source>
        <translation>Clé d&apos;hôte SSH %1 épinglée</translation>
    </message>
    <message>
        <source>Re-pinned SSH host key from %1 to %2</source>
        <translation>Clé d&apos;hôte SSH réépinglée de %1 à %2</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Client %1 ajouté</translation>
    </message>
    <message>
        <source>Removed customer %1</source>
        <translation>Client %1 supprimé</translation>
    </message>
    <message>
        <source>Added site %1 of %2</source>
        <translation>Site %1 de %2 ajouté</translation>
    </message>
    <message>
        <source>Connection check OK: %1</source>
        <translation>Vérification de la connexion OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection check failed: %1</source>
        <translation>Échec de la vérification de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>AMI session up as %1 (%2)</source>
        <translation>Session AMI ouverte en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>AMI connection failed: %1</source>
        <translation>Échec de la connexion AMI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2</source>
        <translation>Audité&#xa0;: score %1 sur 100, note %2</translation>
    </message>
    <message>
        <source>Audit failed: %1</source>
        <translation>Échec de l&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>tunnel SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP non chiffré</translation>
    </message>
    <message>
        <source>AMI session up as %1 over %2 (%3)</source>
        <translation>Session AMI ouverte en tant que %1 via %2 (%3)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>refusée, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>rejected by a validator</source>
        <translation>rejetée par un validateur</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>échec de la restauration</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>Modification %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2 (partial — %3 of %4 not assessed)</source>
        <translation>Audité&#xa0;: score %1 sur 100, note %2 (partielle — %3 sur %4 non évalués)</translation>
    </message>
</context>
<context>
    <name>AmiConnector</name>
    <message>
        <source>no SSH tunnel for AMI: the host key of %1 is not pinned yet. Pin it first (Check connections), turn on AMI over TLS for this PBX, or allow plain TCP for AMI explicitly</source>
        <translation>pas de tunnel SSH pour AMI&#xa0;: la clé d&apos;hôte de %1 n&apos;est pas encore épinglée. Épinglez-la d&apos;abord (Vérifier les connexions), activez AMI via TLS pour ce PBX, ou autorisez explicitement AMI en TCP non chiffré</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 has no SSH user. Set one, turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>pas de tunnel SSH pour AMI&#xa0;: %1 n&apos;a pas d&apos;utilisateur SSH. Définissez-en un, activez AMI via TLS, ou autorisez explicitement AMI en TCP non chiffré</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 (%2). Store the SSH password (edit the PBX), turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>pas de tunnel SSH pour AMI&#xa0;: %1 (%2). Enregistrez le mot de passe SSH (modifiez le PBX), activez AMI via TLS, ou autorisez explicitement AMI en TCP non chiffré</translation>
    </message>
    <message>
        <source>no SSH credentials</source>
        <translation>aucun identifiant SSH</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>tunnel SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP non chiffré</translation>
    </message>
</context>
<context>
    <name>AsteriskConfig</name>
    <message>
        <source>%1: reading stopped: through template inheritance this configuration would hold more than %2 options, a file built to exhaust memory or a broken one. What needs this file is not assessed; look at the templates named in the section headers up to this line.</source>
        <translation>%1&#xa0;: lecture interrompue&#xa0;: par l&apos;héritage de modèles, cette configuration contiendrait plus de %2 options, un fichier conçu pour épuiser la mémoire ou un fichier corrompu. Ce qui dépend de ce fichier n&apos;est pas évalué&#xa0;; examinez les modèles nommés dans les en-têtes de section jusqu&apos;à cette ligne.</translation>
    </message>
    <message>
        <source>%1: reading stopped: &quot;+=&quot; lines grow %2 beyond %3 characters, a file built to exhaust memory or a broken one. What needs this file is not assessed.</source>
        <translation>%1&#xa0;: lecture interrompue&#xa0;: des lignes «&#xa0;+=&#xa0;» font dépasser à %2 les %3 caractères, un fichier conçu pour épuiser la mémoire ou un fichier corrompu. Ce qui dépend de ce fichier n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>%1: reading stopped: this configuration holds more than %2 options. What needs this file is not assessed.</source>
        <translation>%1&#xa0;: lecture interrompue&#xa0;: cette configuration contient plus de %2 options. Ce qui dépend de ce fichier n&apos;est pas évalué.</translation>
    </message>
</context>
<context>
    <name>AsteriskConfigDocument</name>
    <message>
        <source>longer than Asterisk&apos;s %1-byte line buffer; Asterisk skips it</source>
        <translation>dépasse le tampon de ligne de %1 octets d&apos;Asterisk&#xa0;; Asterisk l&apos;ignore</translation>
    </message>
    <message>
        <source>section header without a closing &apos;]&apos;</source>
        <translation>en-tête de section sans &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>section options without a closing &apos;)&apos;</source>
        <translation>options de section sans &apos;)&apos; fermante</translation>
    </message>
    <message>
        <source>invalid escape at the start of the line</source>
        <translation>échappement invalide en début de ligne</translation>
    </message>
    <message>
        <source>no &apos;=&apos; on the line; Asterisk ignores it</source>
        <translation>pas de &apos;=&apos; sur la ligne&#xa0;; Asterisk l&apos;ignore</translation>
    </message>
    <message>
        <source>no option name before &apos;=&apos;; Asterisk ignores the line</source>
        <translation>pas de nom d&apos;option avant &apos;=&apos;&#xa0;; Asterisk ignore la ligne</translation>
    </message>
    <message>
        <source>There is no section %1 in this file.</source>
        <translation>Ce fichier ne contient pas de section %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name Asterisk can read back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;option qu&apos;Asterisk peut relire.</translation>
    </message>
    <message>
        <source>The value for %1 has line breaks, control characters or blanks at its ends, which Asterisk would not read back.</source>
        <translation>La valeur de %1 contient des sauts de ligne, des caractères de contrôle ou des espaces à ses extrémités, qu&apos;Asterisk ne relirait pas.</translation>
    </message>
    <message>
        <source>Line %1 mixes %2 with a block comment or an escape; change it by hand.</source>
        <translation>La ligne %1 mélange %2 avec un commentaire de bloc ou un échappement&#xa0;; modifiez-la à la main.</translation>
    </message>
    <message>
        <source>Line %1 would not read back as %2 = %3; nothing was changed.</source>
        <translation>La ligne %1 ne se relirait pas comme %2 = %3&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Une ligne de configuration ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name Asterisk can read back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de section qu&apos;Asterisk peut relire.</translation>
    </message>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>Ce fichier ne contient pas de ligne %1.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>the collector did not report %1</source>
        <translation>le script de collecte n&apos;a pas fourni %1</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <translation>%1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 is not a list of PJSIP contacts</source>
        <translation>%1 n’est pas une liste de contacts PJSIP</translation>
    </message>
    <message>
        <source>%1 was not kept: the console stores only the files and sections its checks read</source>
        <translation>%1 n&apos;a pas été conservé&#xa0;: la console ne stocke que les fichiers et sections que ses contrôles lisent</translation>
    </message>
    <message>
        <source>%1 was cut off: audit again (the link or the time limit ended the collection)</source>
        <translation>%1 a été tronqué&#xa0;: auditez à nouveau (la connexion ou la limite de temps a interrompu la collecte)</translation>
    </message>
    <message>
        <source>%1 needs root (the audit account is not root): audit as root, or give the sudo password</source>
        <translation>%1 exige root (le compte d&apos;audit n&apos;est pas root)&#xa0;: auditez en root ou indiquez le mot de passe sudo</translation>
    </message>
    <message>
        <source>%1: the tool is not installed on the PBX: install it and audit again</source>
        <translation>%1&#xa0;: l&apos;outil n&apos;est pas installé sur le PBX&#xa0;: installez-le et auditez à nouveau</translation>
    </message>
</context>
<context>
    <name>AuditRun</name>
    <message>
        <source>the host key is not pinned yet: run Check connections (or pbxwarden-cli connect) and trust it first</source>
        <translation>la clé d&apos;hôte n&apos;est pas encore épinglée&#xa0;: lancez Vérifier les connexions (ou pbxwarden-cli connect) et approuvez-la d&apos;abord</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The collector&apos;s output held no facts.</source>
        <translation>La sortie du script de collecte ne contenait aucune donnée.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>Collecte des données</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>score %1, grade %2</source>
        <translation>score %1, note %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>audit again: %1 no longer fail</source>
        <translation>nouvel audit&#xa0;: %1 n&apos;échouent plus</translation>
    </message>
    <message>
        <source>%1 still fails: %2</source>
        <translation>%1 échoue toujours&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be assessed: %2</source>
        <translation>%1 n&apos;a pas pu être évalué&#xa0;: %2</translation>
    </message>
    <message>
        <source>new finding %1 (%2): %3</source>
        <translation>nouveau constat %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was not in the new audit</source>
        <translation>%1 ne figurait pas dans le nouvel audit</translation>
    </message>
    <message>
        <source>audited again: %1 pass, no new finding</source>
        <translation>nouvel audit&#xa0;: %1 réussis, aucun nouveau constat</translation>
    </message>
    <message>
        <source>could not audit again: %1</source>
        <translation>impossible d&apos;auditer de nouveau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>No backup found on the PBX</source>
        <translation>Aucune sauvegarde trouvée sur le PBX</translation>
    </message>
    <message>
        <source>After a disk failure, a break-in or a bad change there is nothing to restore.</source>
        <translation>Après une panne de disque, une intrusion ou une mauvaise modification, il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Back up /etc/asterisk, the astdb and (FreePBX) the database daily, keep copies off the PBX, and test a restore.</source>
        <translation>Sauvegardez chaque jour /etc/asterisk, l&apos;astdb et (FreePBX) la base de données, conservez des copies hors du PBX et testez une restauration.</translation>
    </message>
    <message>
        <source>The newest backup is older than 7 days</source>
        <translation>La sauvegarde la plus récente date de plus de 7 jours</translation>
    </message>
    <message>
        <source>A stale backup loses every change since; it usually means the schedule broke silently.</source>
        <translation>Une sauvegarde périmée perd toutes les modifications depuis&#xa0;; cela signifie généralement que la planification s&apos;est arrêtée sans bruit.</translation>
    </message>
    <message>
        <source>Find out why backups stopped, run one now and watch the schedule.</source>
        <translation>Trouvez pourquoi les sauvegardes se sont arrêtées, lancez-en une maintenant et surveillez la planification.</translation>
    </message>
    <message>
        <source>No scheduled backup</source>
        <translation>Aucune sauvegarde planifiée</translation>
    </message>
    <message>
        <source>Backups made by hand stop being made.</source>
        <translation>Les sauvegardes faites à la main finissent par ne plus être faites.</translation>
    </message>
    <message>
        <source>Schedule a daily backup (cron, a systemd timer, or the PBX GUI&apos;s backup module).</source>
        <translation>Planifiez une sauvegarde quotidienne (cron, un timer systemd ou le module de sauvegarde de l&apos;interface du PBX).</translation>
    </message>
    <message>
        <source>no file in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</source>
        <translation>aucun fichier dans /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</translation>
    </message>
    <message>
        <source>no backup to date</source>
        <translation>aucune sauvegarde à dater</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s); newest %1 from %2 (%3 days old)</source>
        <translation>
            <numerusform>%n fichier de sauvegarde&#xa0;; le plus récent, %1, du %2 (%3 jours)</numerusform>
            <numerusform>%n fichiers de sauvegarde&#xa0;; le plus récent, %1, du %2 (%3 jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>no cron entry or timer mentions a backup</source>
        <translation>aucune entrée cron ni aucun timer ne mentionne une sauvegarde</translation>
    </message>
    <message>
        <source>only commented-out entries:</source>
        <translation>uniquement des entrées commentées&#xa0;:</translation>
    </message>
    <message>
        <source>the backup folders, crontabs and systemd timers the collector listed</source>
        <translation>les dossiers de sauvegarde, crontabs et timers systemd listés par le script de collecte</translation>
    </message>
    <message>
        <source>backup not located: a backup job exists (%1) but no output was found in the folders the collector lists%2</source>
        <translation>sauvegarde introuvable&#xa0;: une tâche de sauvegarde existe (%1) mais aucune sortie n&apos;a été trouvée dans les dossiers listés par le script de collecte%2</translation>
    </message>
    <message>
        <source>; it writes to %1</source>
        <translation>&#xa0;; elle écrit dans %1</translation>
    </message>
    <message>
        <source>the backups&apos; age is unknown (not located)</source>
        <translation>l&apos;âge des sauvegardes est inconnu (introuvables)</translation>
    </message>
</context>
<context>
    <name>CallTimeChecks</name>
    <message>
        <source>International calls are possible at any hour</source>
        <translation>Les appels internationaux sont possibles à toute heure</translation>
    </message>
    <message>
        <source>Toll fraud happens at night, on weekends and holidays, when nobody watches.</source>
        <translation>La fraude téléphonique a lieu la nuit, le week-end et les jours fériés, quand personne ne surveille.</translation>
    </message>
    <message>
        <source>Put GotoIfTime() (FreePBX: a time condition on the outbound route) in front of international routes so they work only in working hours.</source>
        <translation>Placez GotoIfTime() (FreePBX&#xa0;: une condition horaire sur la route sortante) devant les routes internationales pour qu&apos;elles ne fonctionnent qu&apos;aux heures de travail.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>aucune route internationale n&apos;est atteignable</translation>
    </message>
    <message>
        <source>every international route checks the time first</source>
        <translation>chaque route internationale vérifie d&apos;abord l&apos;heure</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>stopped: the time limit for this host ran out</source>
        <translation>arrêté&#xa0;: le délai imparti pour cet hôte est écoulé</translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>The change script is missing from this build.</source>
        <translation>Le script de modification est absent de cette version.</translation>
    </message>
    <message>
        <source>The change script did not start on the PBX (exit status %1): %2</source>
        <translation>Le script de modification n&apos;a pas démarré sur le PBX (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file on the PBX (a link or a directory); it is not changed through a link. Change the file it points to instead.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire sur le PBX (un lien ou un dossier)&#xa0;; aucune modification ne passe par un lien. Modifiez plutôt le fichier vers lequel il pointe.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist on the PBX.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;existe pas sur le PBX.</translation>
    </message>
    <message>
        <source>The PBX side stopped: %1.</source>
        <translation>Le côté PBX s&apos;est arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every file is as the plan expects.</source>
        <translation>Chaque fichier est tel que le plan le prévoit.</translation>
    </message>
    <message>
        <source>A file changed on the PBX since the plan was made; make the plan again.</source>
        <translation>Un fichier a changé sur le PBX depuis l&apos;établissement du plan&#xa0;; refaites le plan.</translation>
    </message>
    <message>
        <source>The files are backed up in the journal on the PBX.</source>
        <translation>Les fichiers sont sauvegardés dans le journal sur le PBX.</translation>
    </message>
    <message>
        <source>The validators accept the new content.</source>
        <translation>Les validateurs acceptent le nouveau contenu.</translation>
    </message>
    <message>
        <source>Validator %1 rejected the new content (exit status %2); nothing was changed.</source>
        <translation>Le validateur %1 a rejeté le nouveau contenu (code de sortie %2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX (%1) undoes the change in %2 s unless cancelled.</source>
        <translation>La minuterie de sécurité du PBX (%1) annule la modification dans %2 s si elle n&apos;est pas désactivée.</translation>
    </message>
    <message>
        <source>The dead-man switch could not be armed (%1); nothing was changed.</source>
        <translation>La minuterie de sécurité n&apos;a pas pu être armée (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new files are in place.</source>
        <translation>Les nouveaux fichiers sont en place.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed.</source>
        <translation>L&apos;écriture de «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>The configuration in place passes its checks.</source>
        <translation>La configuration en place passe ses contrôles.</translation>
    </message>
    <message>
        <source>Check %1 failed on the configuration in place (exit status %2).</source>
        <translation>Le contrôle %1 a échoué sur la configuration en place (code de sortie %2).</translation>
    </message>
    <message>
        <source>The services are reloaded.</source>
        <translation>Les services sont rechargés.</translation>
    </message>
    <message>
        <source>Reload %1 failed (exit status %2).</source>
        <translation>Le rechargement %1 a échoué (code de sortie %2).</translation>
    </message>
    <message>
        <source>Every file has its old content again (hash checked).</source>
        <translation>Chaque fichier a retrouvé son ancien contenu (hash vérifié).</translation>
    </message>
    <message>
        <source>Some files could not be put back; the PBX needs attention.</source>
        <translation>Certains fichiers n&apos;ont pas pu être remis en place&#xa0;; le PBX nécessite une intervention.</translation>
    </message>
    <message>
        <source>The old files are back and the services reloaded.</source>
        <translation>Les anciens fichiers sont revenus et les services rechargés.</translation>
    </message>
    <message>
        <source>The old files are back but a reload failed.</source>
        <translation>Les anciens fichiers sont revenus mais un rechargement a échoué.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself within %1 s (dead-man switch).</source>
        <translation>Le PBX remet lui-même les anciens fichiers en place d&apos;ici %1 s (minuterie de sécurité).</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the change: %2. The journal on the PBX records where it stopped; it is offered at the next connection.</source>
        <translation>La connexion à %1 a échoué pendant la modification&#xa0;: %2. Le journal sur le PBX indique où elle s&apos;est arrêtée&#xa0;; elle est proposée à la prochaine connexion.</translation>
    </message>
    <message>
        <source>If the dead-man switch was armed, the PBX puts the old files back within %1 s.</source>
        <translation>Si la minuterie de sécurité était armée, le PBX remet les anciens fichiers en place d&apos;ici %1 s.</translation>
    </message>
    <message>
        <source>The change reached the PBX.</source>
        <translation>La modification a atteint le PBX.</translation>
    </message>
    <message>
        <source>Refused, nothing changed: a file on the PBX is not what the plan was made from.</source>
        <translation>Refusée, rien n&apos;a changé&#xa0;: un fichier sur le PBX ne correspond pas à celui d&apos;après lequel le plan a été établi.</translation>
    </message>
    <message>
        <source>Rejected before anything was written; the PBX is unchanged.</source>
        <translation>Rejetée avant toute écriture&#xa0;; le PBX est inchangé.</translation>
    </message>
    <message>
        <source>A step failed after the files were written; the old files were put back.</source>
        <translation>Une étape a échoué après l&apos;écriture des fichiers&#xa0;; les anciens fichiers ont été remis en place.</translation>
    </message>
    <message>
        <source>The PBX side stopped before changing anything.</source>
        <translation>Le côté PBX s&apos;est arrêté avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>The change stopped on the PBX in state &quot;%1&quot;; it is offered to finish or roll back at the next connection.</source>
        <translation>La modification s&apos;est arrêtée sur le PBX dans l&apos;état «&#xa0;%1&#xa0;»&#xa0;; il sera proposé de la terminer ou de la restaurer à la prochaine connexion.</translation>
    </message>
    <message>
        <source>no way to open a new connection was given</source>
        <translation>aucun moyen d&apos;ouvrir une nouvelle connexion n&apos;a été fourni</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <source>A new login to the PBX failed: %1</source>
        <translation>Une nouvelle connexion au PBX a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The console could not log in again after the change.</source>
        <translation>La console n&apos;a pas pu se reconnecter après la modification.</translation>
    </message>
    <message>
        <source>A new connection logged in.</source>
        <translation>Une nouvelle connexion s&apos;est authentifiée.</translation>
    </message>
    <message>
        <source>An access check failed after the change.</source>
        <translation>Un contrôle d&apos;accès a échoué après la modification.</translation>
    </message>
    <message>
        <source>The change did not have the intended effect.</source>
        <translation>La modification n&apos;a pas eu l&apos;effet voulu.</translation>
    </message>
    <message>
        <source>The change is in place and verified, but committing it failed: %1.</source>
        <translation>La modification est en place et vérifiée, mais sa confirmation a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Committed; the dead-man switch is off.</source>
        <translation>Confirmée&#xa0;; la minuterie de sécurité est désactivée.</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Appliquée et vérifiée.</translation>
    </message>
    <message>
        <source>The journal is in state &quot;%1&quot;.</source>
        <translation>Le journal est dans l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX put the old files back before the console could cancel it.</source>
        <translation>La minuterie de sécurité du PBX a remis les anciens fichiers en place avant que la console ne puisse la désactiver.</translation>
    </message>
    <message>
        <source>The change could not be committed (journal state &quot;%1&quot;).</source>
        <translation>La modification n&apos;a pas pu être confirmée (état du journal «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Rolling back over SSH failed: %1.</source>
        <translation>La restauration via SSH a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself when its dead-man switch fires.</source>
        <translation>Le PBX remet lui-même les anciens fichiers en place lorsque sa minuterie de sécurité se déclenche.</translation>
    </message>
    <message>
        <source>The PBX had already put the old files back.</source>
        <translation>Le PBX avait déjà remis les anciens fichiers en place.</translation>
    </message>
    <message>
        <source>This change is closed (journal state &quot;%1&quot;); there is nothing to roll back.</source>
        <translation>Cette modification est close (état du journal «&#xa0;%1&#xa0;»)&#xa0;; il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>The old files are back (hash checked) and the services reloaded.</source>
        <translation>Les anciens fichiers sont revenus (hash vérifié) et les services rechargés.</translation>
    </message>
    <message>
        <source>The rollback did not complete (journal state &quot;%1&quot;); the PBX needs attention.</source>
        <translation>La restauration ne s&apos;est pas terminée (état du journal «&#xa0;%1&#xa0;»)&#xa0;; le PBX nécessite une intervention.</translation>
    </message>
    <message>
        <source>The PBX did not list its change journals.</source>
        <translation>Le PBX n&apos;a pas listé ses journaux de modifications.</translation>
    </message>
    <message>
        <source>The change has no valid id.</source>
        <translation>La modification n&apos;a pas d&apos;identifiant valide.</translation>
    </message>
    <message>
        <source>Finishing failed; the old files were put back.</source>
        <translation>La finalisation a échoué&#xa0;; les anciens fichiers ont été remis en place.</translation>
    </message>
    <message>
        <source>A file is neither the old nor the new version; it was changed by someone else. Nothing was written.</source>
        <translation>Un fichier n&apos;est ni l&apos;ancienne ni la nouvelle version&#xa0;; quelqu&apos;un d&apos;autre l&apos;a modifié. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Rejected by a validator; nothing was written.</source>
        <translation>Rejetée par un validateur&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This change cannot be finished (journal state &quot;%1&quot;).</source>
        <translation>Cette modification ne peut pas être terminée (état du journal «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>Restaurée à la demande.</translation>
    </message>
    <message>
        <source>Undone: the old files are back and the services reloaded.</source>
        <translation>Annulée&#xa0;: les anciens fichiers sont revenus et les services rechargés.</translation>
    </message>
    <message>
        <source>Undo did not complete; the PBX needs attention.</source>
        <translation>L&apos;annulation ne s&apos;est pas terminée&#xa0;; le PBX nécessite une intervention.</translation>
    </message>
    <message>
        <source>Not undone: a file changed since this change wrote it. Both versions are shown.</source>
        <translation>Non annulée&#xa0;: un fichier a changé depuis que cette modification l&apos;a écrit. Les deux versions sont affichées.</translation>
    </message>
    <message>
        <source>Only a committed change can be undone (journal state &quot;%1&quot;).</source>
        <translation>Seule une modification confirmée peut être annulée (état du journal «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The PBX did not say which address the console connects from (SSH_CONNECTION is &quot;%1&quot;).</source>
        <translation>Le PBX n&apos;a pas indiqué depuis quelle adresse la console se connecte (SSH_CONNECTION vaut «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>The change has no valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only).</source>
        <translation>La modification n&apos;a pas d&apos;identifiant valide (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; uniquement).</translation>
    </message>
    <message>
        <source>The change does nothing: it has no file and no command.</source>
        <translation>La modification ne fait rien&#xa0;: elle n&apos;a ni fichier ni commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path; a change names every file by its full path.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin de fichier absolu&#xa0;; une modification désigne chaque fichier par son chemin complet.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a control character (a newline?); such a file cannot be changed safely. Rename it on the PBX first.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» contient un caractère de contrôle (un saut de ligne&#xa0;?)&#xa0;; un tel fichier ne peut pas être modifié sans risque. Renommez-le d&apos;abord sur le PBX.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not in its plain form (&quot;.&quot;, &quot;..&quot; or &quot;//&quot;).</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» n&apos;est pas sous sa forme simple («&#xa0;.&#xa0;», «&#xa0;..&#xa0;» ou «&#xa0;//&#xa0;»).</translation>
    </message>
    <message>
        <source>The change names &quot;%1&quot; twice; one edit per file.</source>
        <translation>La modification désigne «&#xa0;%1&#xa0;» deux fois&#xa0;; une seule édition par fichier.</translation>
    </message>
    <message>
        <source>The expected SHA-256 of &quot;%1&quot; is not a lower-case hex digest.</source>
        <translation>Le SHA-256 attendu de «&#xa0;%1&#xa0;» n&apos;est pas une empreinte hexadécimale en minuscules.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; or owner &quot;%2&quot; for the new file &quot;%3&quot; is not valid.</source>
        <translation>Le mode «&#xa0;%1&#xa0;» ou le propriétaire «&#xa0;%2&#xa0;» du nouveau fichier «&#xa0;%3&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The dead-man switch must be between 5 and 3600 seconds, not %1.</source>
        <translation>La minuterie de sécurité doit être comprise entre 5 et 3600 secondes, et non %1.</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>Send the change</source>
        <translation>Envoyer la modification</translation>
    </message>
    <message>
        <source>Check the files are unchanged</source>
        <translation>Vérifier que les fichiers sont inchangés</translation>
    </message>
    <message>
        <source>Back up the files</source>
        <translation>Sauvegarder les fichiers</translation>
    </message>
    <message>
        <source>Validate the new content</source>
        <translation>Valider le nouveau contenu</translation>
    </message>
    <message>
        <source>Arm the dead-man switch</source>
        <translation>Armer la minuterie de sécurité</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>Écrire les fichiers</translation>
    </message>
    <message>
        <source>Check the configuration in place</source>
        <translation>Contrôler la configuration en place</translation>
    </message>
    <message>
        <source>Reload the services</source>
        <translation>Recharger les services</translation>
    </message>
    <message>
        <source>Log in again over a new connection</source>
        <translation>Se reconnecter via une nouvelle connexion</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Contrôler l&apos;accès</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>Vérifier le résultat</translation>
    </message>
    <message>
        <source>Cancel the dead-man switch and commit</source>
        <translation>Désactiver la minuterie de sécurité et confirmer</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Check the old files are back</source>
        <translation>Vérifier que les anciens fichiers sont revenus</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>refusée, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>rejected by a validator, nothing changed</source>
        <translation>rejetée par un validateur, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>échec de la restauration</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 endpoint: calls from anyone without a password</source>
        <translation>endpoint %1&#xa0;: appels de n&apos;importe qui sans mot de passe</translation>
    </message>
    <message>
        <source>%1: calls matched by address (%2), no password</source>
        <translation>%1&#xa0;: appels identifiés par adresse (%2), sans mot de passe</translation>
    </message>
    <message>
        <source>sip.conf: allowguest lets unauthenticated chan_sip calls in</source>
        <translation>sip.conf&#xa0;: allowguest laisse entrer des appels chan_sip non authentifiés</translation>
    </message>
    <message>
        <source>the default context: where unmatched calls land</source>
        <translation>le contexte «&#xa0;default&#xa0;»&#xa0;: où arrivent les appels non attribués</translation>
    </message>
    <message>
        <source>%1: insecure = %2, INVITEs are not challenged</source>
        <translation>%1&#xa0;: insecure = %2, les INVITE ne sont pas authentifiés</translation>
    </message>
    <message>
        <source>%1 enabled = %2, bindaddr = %3, port %4</source>
        <translation>%1 enabled = %2, bindaddr = %3, port %4</translation>
    </message>
    <message>
        <source>numbering plan assumed: %1 (no country in indications.conf or chan_dahdi.conf)</source>
        <translation>plan de numérotation supposé&#xa0;: %1 (aucun pays dans indications.conf ni chan_dahdi.conf)</translation>
    </message>
    <message>
        <source>numbering plan: %1 (%2)</source>
        <translation>plan de numérotation&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n passed: %1</source>
        <translation>
            <numerusform>%n réussi&#xa0;: %1</numerusform>
            <numerusform>les %n réussis&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The collector script is missing from this build.</source>
        <translation>Le script de collecte est absent de cette version.</translation>
    </message>
    <message>
        <source>The collector did not start on the PBX.</source>
        <translation>Le script de collecte n&apos;a pas démarré sur le PBX.</translation>
    </message>
    <message>
        <source>The collector printed nothing (exit status %1): %2</source>
        <translation>Le script de collecte n&apos;a rien affiché (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>sudo is not installed on %1, so the audit cannot run as root. Install sudo there or log in as root.</source>
        <translation>sudo n&apos;est pas installé sur %1, l&apos;audit ne peut donc pas s&apos;exécuter en root. Installez-y sudo ou connectez-vous en root.</translation>
    </message>
    <message>
        <source>The collector ran without root on %1 (%2): sudo did not make it root. Check the sudoers rule for %3.</source>
        <translation>Le script de collecte s&apos;est exécuté sans droits root sur %1 (%2)&#xa0;: sudo ne l&apos;a pas rendu root. Vérifiez la règle sudoers de %3.</translation>
    </message>
    <message>
        <source>The audit needs root and did not run: %1.</source>
        <translation>L’audit a besoin de root et n’a pas été exécuté : %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>sondage</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai</translation>
    </message>
    <message>
        <source>unknown host key %1 (not trusted yet)</source>
        <translation>clé d&apos;hôte inconnue %1 (pas encore approuvée)</translation>
    </message>
    <message>
        <source>the host key has CHANGED: it is now %1</source>
        <translation>la clé d&apos;hôte a CHANGÉ&#xa0;: c&apos;est maintenant %1</translation>
    </message>
    <message>
        <source>the host key has CHANGED: pinned %1, now %2</source>
        <translation>la clé d&apos;hôte a CHANGÉ&#xa0;: épinglée %1, maintenant %2</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>connexion refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer in time: %1</source>
        <translation>pas de réponse dans le délai&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot reach the PBX: %1</source>
        <translation>PBX injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>logged in; the probe failed: %1</source>
        <translation>session ouverte&#xa0;; la sonde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>no Asterisk</source>
        <translation>pas d&apos;Asterisk</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in, but the probe failed: %1</source>
        <translation>Session ouverte, mais la sonde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>En service depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Asterisk:</source>
        <translation>Asterisk&#xa0;:</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clé d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2; cannot become root</source>
        <translation>%1, %2 ; ne peut pas devenir root</translation>
    </message>
    <message>
        <source>Root:</source>
        <translation>Root :</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted value.</source>
        <translation>Ligne %1&#xa0;: guillemet dans une valeur non entourée de guillemets.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Ligne %1&#xa0;: texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed.</source>
        <translation>Ligne %1&#xa0;: une valeur entre guillemets n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;» dans l&apos;en-tête. Colonnes connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Has %1 values where the header has %2.</source>
        <translation>Contient %1 valeurs alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>ssh_auth must be agent, key or password, not &quot;%1&quot;.</source>
        <translation>ssh_auth doit valoir agent, key ou password, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ami_tls must be yes or no, not &quot;%1&quot;.</source>
        <translation>ami_tls doit valoir yes ou no, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>host_key_sha256 must look like SHA256:… as ssh-keygen -lf prints it.</source>
        <translation>host_key_sha256 doit avoir la forme SHA256:…, telle qu&apos;affichée par ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: the customer is missing.</source>
        <translation>Un site appartient à un client&#xa0;: le client est manquant.</translation>
    </message>
    <message>
        <source>The same name is already used on line %1 of this file.</source>
        <translation>Le même nom est déjà utilisé à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>host_key_sha256 differs from the key pinned for this PBX; check the key on the PBX and re-pin it with &quot;pbxwarden-cli pin&quot; (or in the PBX dialog), not through a file.</source>
        <translation>host_key_sha256 diffère de la clé épinglée pour ce PBX ; vérifiez la clé sur le PBX et réépinglez-la avec « pbxwarden-cli pin » (ou dans la boîte de dialogue du PBX), pas par un fichier.</translation>
    </message>
    <message>
        <source>A PBX with this name is already in the inventory (import with update to change it).</source>
        <translation>Un PBX de ce nom est déjà dans l’inventaire (importez avec mise à jour pour le modifier).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Impossible de démarrer la mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgrading the inventory to version %1 failed: %2</source>
        <translation>La mise à niveau de l&apos;inventaire vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>Le dossier %1 n&apos;existe pas et n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the inventory cannot be created there.</source>
        <translation>Le dossier %1 est en lecture seule&#xa0;; l&apos;inventaire ne peut donc pas y être créé.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only. PBX Warden needs to write to it; make it writable or choose another file with --db.</source>
        <translation>L&apos;inventaire %1 est en lecture seule. PBX Warden doit pouvoir y écrire&#xa0;; rendez-le accessible en écriture ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal next to the file.</source>
        <translation>Le dossier de %1 est en lecture seule&#xa0;; SQLite doit écrire son journal à côté du fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, or its first page is damaged. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 n&apos;est pas une base de données SQLite, ou sa première page est endommagée. Il n&apos;a pas été modifié&#xa0;; restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 est endommagé et illisible (%2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched.</source>
        <translation>%1 est endommagé et illisible. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a PBX Warden inventory. It was left untouched.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas un inventaire PBX Warden. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PBX Warden (inventory version %2; this one knows up to %3). Update PBX Warden; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de PBX Warden (version d&apos;inventaire %2&#xa0;; celle-ci connaît jusqu&apos;à la %3). Mettez PBX Warden à jour&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 failed SQLite&apos;s integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 n&apos;a pas passé le contrôle d&apos;intégrité de SQLite (%2). Il n&apos;a pas été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2). Close it and try again.</source>
        <translation>%1 est verrouillé par un autre programme (%2). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>Impossible de copier %1 vers %2 avant sa mise à niveau (%3)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DestinationChecks</name>
    <message>
        <source>International calls can be placed without a password</source>
        <translation>Des appels internationaux peuvent être passés sans mot de passe</translation>
    </message>
    <message>
        <source>A context reachable by anonymous, guest or inbound-trunk calls leads to a trunk with numbers of the caller&apos;s choice: anyone on the Internet can pump calls to premium numbers (IRSF).</source>
        <translation>Un contexte atteignable par des appels anonymes, d&apos;invités ou de trunks entrants mène à un trunk avec des numéros au choix de l&apos;appelant&#xa0;: n&apos;importe qui sur Internet peut générer des appels vers des numéros surtaxés (IRSF).</translation>
    </message>
    <message>
        <source>Give anonymous and inbound calls a context holding only your DIDs (no include of internal contexts), never put outbound routes in &apos;default&apos;, and keep international routes in their own protected context.</source>
        <translation>Donnez aux appels anonymes et entrants un contexte ne contenant que vos SDA (aucun include de contextes internes), ne mettez jamais de routes sortantes dans &apos;default&apos;, et gardez les routes internationales dans leur propre contexte protégé.</translation>
    </message>
    <message>
        <source>Every phone can dial international numbers</source>
        <translation>Tous les téléphones peuvent composer des numéros internationaux</translation>
    </message>
    <message>
        <source>International dialing should be given only to the users who need it; every other cracked phone then costs nothing.</source>
        <translation>La numérotation internationale ne devrait être accordée qu&apos;aux utilisateurs qui en ont besoin&#xa0;; tout autre téléphone cassé ne coûte alors rien.</translation>
    </message>
    <message>
        <source>Move international patterns to a separate context included only by the contexts of the phones that need them.</source>
        <translation>Déplacez les motifs internationaux dans un contexte séparé, inclus uniquement par les contextes des téléphones qui en ont besoin.</translation>
    </message>
    <message>
        <source>${EXTEN} from a loose pattern goes unfiltered into Dial()</source>
        <translation>${EXTEN} issu d&apos;un motif trop large passe sans filtre dans Dial()</translation>
    </message>
    <message>
        <source>Patterns with &apos;.&apos; or &apos;!&apos; match any characters, so a caller can dial &apos;0044...&amp;Local/...&apos; and add devices or options to the Dial() string (dialplan injection).</source>
        <translation>Les motifs avec &apos;.&apos; ou &apos;!&apos; correspondent à n&apos;importe quels caractères&#xa0;: un appelant peut composer &apos;0044...&amp;Local/...&apos; et ajouter des équipements ou des options à la chaîne Dial() (injection dans le plan de numérotation).</translation>
    </message>
    <message>
        <source>Use strict patterns (_00[1-9]XXXXX.) and pass ${FILTER(0123456789,${EXTEN})} to Dial().</source>
        <translation>Utilisez des motifs stricts (_00[1-9]XXXXX.) et passez ${FILTER(0123456789,${EXTEN})} à Dial().</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>all %1 phones reach an international route: %2</source>
        <translation>les %1 téléphones atteignent une route internationale&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: pattern %2 -&gt; Dial(%3)</source>
        <translation>%1&#xa0;: motif %2 -&gt; Dial(%3)</translation>
    </message>
    <message>
        <source>Anonymous SIP calls are accepted</source>
        <translation>Les appels SIP anonymes sont acceptés</translation>
    </message>
    <message>
        <source>The &apos;anonymous&apos; endpoint lets anyone on the Internet place calls into the dialplan without a password: every destination its context reaches is open to them.</source>
        <translation>L&apos;endpoint «&#xa0;anonymous&#xa0;» permet à n&apos;importe qui sur Internet de passer des appels dans le plan de numérotation sans mot de passe&#xa0;: chaque destination qu&apos;atteint son contexte lui est ouverte.</translation>
    </message>
    <message>
        <source>Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) unless a DID really needs it, and give it a context with only those DIDs.</source>
        <translation>Supprimez l&apos;endpoint [anonymous] (FreePBX&#xa0;: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) sauf si une SDA en a vraiment besoin, et donnez-lui un contexte ne contenant que ces SDA.</translation>
    </message>
    <message>
        <source>chan_sip accepts guest calls</source>
        <translation>chan_sip accepte les appels d&apos;invités</translation>
    </message>
    <message>
        <source>allowguest (on by default) sends unauthenticated INVITEs into the general context: an entry into the dialplan without a password.</source>
        <translation>allowguest (activé par défaut) envoie les INVITE non authentifiés dans le contexte general&#xa0;: une entrée dans le plan de numérotation sans mot de passe.</translation>
    </message>
    <message>
        <source>Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).</source>
        <translation>Définissez allowguest = no dans sip.conf [general], ou déchargez chan_sip (supprimé depuis Asterisk 21).</translation>
    </message>
    <message>
        <source>Premium-rate, mobile or national calls can be placed without a password</source>
        <translation>Des appels surtaxés, mobiles ou nationaux peuvent être passés sans mot de passe</translation>
    </message>
    <message>
        <source>An entry reachable without a password (guest, anonymous, inbound trunk, default) leads to a trunk with a number of the caller&apos;s choice: premium-rate numbers are pumped like international ones, and mobile or national calls still cost money.</source>
        <translation>Une entrée atteignable sans mot de passe (invité, anonyme, trunk entrant, default) mène à un trunk avec un numéro au choix de l&apos;appelant&#xa0;: les numéros surtaxés sont exploités comme les internationaux, et les appels mobiles ou nationaux coûtent toujours de l&apos;argent.</translation>
    </message>
    <message>
        <source>Give unauthenticated entries a context holding only your DIDs; keep every outbound route in contexts only authenticated phones reach.</source>
        <translation>Donnez aux entrées non authentifiées un contexte ne contenant que vos SDA&#xa0;; gardez chaque route sortante dans des contextes que seuls des téléphones authentifiés atteignent.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>aucune configuration Asterisk n&apos;a été collectée</translation>
    </message>
    <message>
        <source>%1: context %2</source>
        <translation>%1&#xa0;: contexte %2</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP endpoint(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n endpoint PJSIP dans pjsip.conf</numerusform>
            <numerusform>%n endpoints PJSIP dans pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>no [anonymous] endpoint</source>
        <translation>aucun endpoint [anonymous]</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf est absent</translation>
    </message>
    <message>
        <source>sip.conf: allowguest not set (default yes)</source>
        <translation>sip.conf&#xa0;: allowguest non défini (yes par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan</source>
        <translation>
            <numerusform>%n contexte d&apos;entrée non authentifié (anonymous, guest, trunk, default) parcouru dans le plan de numérotation</numerusform>
            <numerusform>%n contextes d&apos;entrée non authentifiés (anonymous, guest, trunk, default) parcourus dans le plan de numérotation</numerusform>
        </translation>
    </message>
    <message>
        <source>no context is reachable without a password</source>
        <translation>aucun contexte n&apos;est atteignable sans mot de passe</translation>
    </message>
    <message>
        <source>no international route from: %1</source>
        <translation>aucune route internationale depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>surtaxés</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiles</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nationaux</translation>
    </message>
    <message>
        <source>%1 numbers from %2 (%3): %4 -&gt; Dial(%5) at %6</source>
        <translation>numéros %1 depuis %2 (%3)&#xa0;: %4 -&gt; Dial(%5) à %6</translation>
    </message>
    <message>
        <source>no trunk dial of the caller&apos;s number from an unauthenticated entry</source>
        <translation>aucune numérotation par trunk du numéro de l&apos;appelant depuis une entrée non authentifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) and the contexts they dial from</source>
        <translation>
            <numerusform>%n téléphone et les contextes depuis lesquels il compose</numerusform>
            <numerusform>%n téléphones et les contextes depuis lesquels ils composent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): too few to tell every phone from some</source>
        <translation>
            <numerusform>%n téléphone&#xa0;: trop peu pour distinguer tous les téléphones de quelques-uns</numerusform>
            <numerusform>%n téléphones&#xa0;: trop peu pour distinguer tous les téléphones de quelques-uns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 phones reach an international route without both a PIN and a time check</source>
        <translation>%1 téléphones sur %2 atteignent une route internationale sans code PIN ni contrôle horaire à la fois</translation>
    </message>
    <message numerus="yes">
        <source>%n Dial() application(s) reached from %1 context(s)</source>
        <translation>
            <numerusform>%n application Dial() atteinte depuis %1 contexte(s)</numerusform>
            <numerusform>%n applications Dial() atteintes depuis %1 contexte(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan has no Dial()</source>
        <translation>le plan de numérotation ne contient pas de Dial()</translation>
    </message>
    <message>
        <source>no ${EXTEN} from a loose pattern reaches Dial()</source>
        <translation>aucun ${EXTEN} issu d&apos;un motif permissif n&apos;atteint Dial()</translation>
    </message>
</context>
<context>
    <name>DialplanChecks</name>
    <message>
        <source>from %1 (%2): %3 -&gt; Dial(%4) at %5</source>
        <translation>depuis %1 (%2)&#xa0;: %3 -&gt; Dial(%4) à %5</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>téléphone %1</translation>
    </message>
    <message numerus="yes">
        <source>%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)</source>
        <translation>
            <numerusform>%n route internationale trouvée depuis %1 contexte(s) d&apos;entrée (entrées non authentifiées et téléphones)</numerusform>
            <numerusform>%n routes internationales trouvées depuis %1 contexte(s) d&apos;entrée (entrées non authentifiées et téléphones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactBundle</name>
    <message>
        <source>The stored facts are damaged (not a compressed fact bundle, or cut short): audit the PBX again to collect them anew.</source>
        <translation>Les données stockées sont endommagées (pas un lot de données compressé, ou tronqué)&#xa0;: auditez de nouveau le PBX pour les collecter à nouveau.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n de plus</numerusform>
            <numerusform>... et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>rien à évaluer</translation>
    </message>
</context>
<context>
    <name>FirewallChecks</name>
    <message>
        <source>No host firewall filters incoming connections</source>
        <translation>Aucun pare-feu local ne filtre les connexions entrantes</translation>
    </message>
    <message>
        <source>Without a firewall every service of the PBX (SIP, AMI, SSH, the web interface) answers the whole Internet; scanners find a new PBX within minutes.</source>
        <translation>Sans pare-feu, chaque service du PBX (SIP, AMI, SSH, l&apos;interface web) répond à tout Internet&#xa0;; les scanners trouvent un nouveau PBX en quelques minutes.</translation>
    </message>
    <message>
        <source>Set the INPUT policy to DROP and accept only loopback, established connections, SSH and the web interface from the administrators&apos; addresses and SIP/RTP from the phones&apos; and the provider&apos;s networks (or put the PBX behind a firewall that does this).</source>
        <translation>Réglez la politique INPUT sur DROP et n&apos;acceptez que le loopback, les connexions établies, SSH et l&apos;interface web depuis les adresses des administrateurs, et SIP/RTP depuis les réseaux des téléphones et de l&apos;opérateur (ou placez le PBX derrière un pare-feu qui le fait).</translation>
    </message>
    <message>
        <source>PBX services listen on every address with no rule in front</source>
        <translation>Des services du PBX écoutent sur toutes les adresses sans aucune règle devant</translation>
    </message>
    <message>
        <source>A service bound to all addresses and accepted by the firewall can be brute-forced or exploited from anywhere: SIP registration cracking, AMI logins, SSH password guessing.</source>
        <translation>Un service lié à toutes les adresses et accepté par le pare-feu peut être attaqué par force brute ou exploité depuis n&apos;importe où&#xa0;: cassage des enregistrements SIP, connexions AMI, devinette des mots de passe SSH.</translation>
    </message>
    <message>
        <source>Bind services to the addresses that need them and add firewall rules that accept SIP, SSH, AMI and web ports only from known networks.</source>
        <translation>Liez les services aux adresses qui en ont besoin et ajoutez des règles de pare-feu qui n&apos;acceptent les ports SIP, SSH, AMI et web que depuis des réseaux connus.</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface is open to the Internet</source>
        <translation>L&apos;Asterisk Manager Interface est ouverte sur Internet</translation>
    </message>
    <message>
        <source>AMI can originate calls, read and change the configuration and, with write=system or originate, run commands on the PBX (GHSA-c4cg-9275-6w44).</source>
        <translation>L&apos;AMI peut émettre des appels, lire et modifier la configuration et, avec write=system ou originate, exécuter des commandes sur le PBX (GHSA-c4cg-9275-6w44).</translation>
    </message>
    <message>
        <source>Set bindaddr = 127.0.0.1 in manager.conf (reach AMI through SSH), or accept TCP 5038 only from the management host in the firewall.</source>
        <translation>Définissez bindaddr = 127.0.0.1 dans manager.conf (accédez à l&apos;AMI via SSH), ou n&apos;acceptez dans le pare-feu TCP 5038 que depuis le poste d&apos;administration.</translation>
    </message>
    <message>
        <source>iptables-save: INPUT policy %1, no rule drops or rejects; nftables: no input chain drops</source>
        <translation>iptables-save&#xa0;: politique INPUT %1, aucune règle ne rejette ni ne bloque&#xa0;; nftables&#xa0;: aucune chaîne input ne bloque</translation>
    </message>
    <message>
        <source>%1 - %2/%3 accepted from any address</source>
        <translation>%1 - %2/%3 accepté depuis n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>AMI is disabled</source>
        <translation>L&apos;AMI est désactivée</translation>
    </message>
    <message>
        <source>%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address</source>
        <translation>%1 bindaddr = %2, port %3, et le pare-feu accepte TCP %3 depuis n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <source>iptables-save and nft list ruleset (%1 iptables, %2 nftables rules)</source>
        <translation>iptables-save et nft list ruleset (%1 règles iptables, %2 règles nftables)</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): reachable from every network that reaches them, not directly from the Internet</source>
        <translation>ip addr&#xa0;: l&apos;hôte n&apos;a que des adresses privées (%1)&#xa0;: atteignable depuis tout réseau qui les atteint, pas directement depuis Internet</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</source>
        <translation>
            <numerusform>%n service PBX à l&apos;écoute sur toutes les adresses (ss -tulpn et la configuration Asterisk), comparé aux règles du pare-feu</numerusform>
            <numerusform>%n services PBX à l&apos;écoute sur toutes les adresses (ss -tulpn et la configuration Asterisk), comparés aux règles du pare-feu</numerusform>
        </translation>
    </message>
    <message>
        <source>no PBX service listens on every address</source>
        <translation>aucun service PBX n&apos;écoute sur toutes les adresses</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): open to every network that reaches them, not directly to the Internet</source>
        <translation>ip addr&#xa0;: l&apos;hôte n&apos;a que des adresses privées (%1)&#xa0;: ouvert à tout réseau qui les atteint, pas directement à Internet</translation>
    </message>
</context>
<context>
    <name>HardeningAnswers</name>
    <message>
        <source>Trusted network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>Le réseau de confiance «&#xa0;%1&#xa0;» n&apos;est pas une adresse ni un réseau d&apos;au plus /8 (IPv6&#xa0;: /16). Écrivez-le sous la forme 192.0.2.0/24, 2001:db8::/32 ou une seule adresse.</translation>
    </message>
    <message>
        <source>Trunk address &quot;%1&quot; is not an address or network. Write the ITSP&apos;s address as 198.51.100.10 or 198.51.100.0/24 (names are not accepted: fail2ban needs addresses).</source>
        <translation>L&apos;adresse de trunk «&#xa0;%1&#xa0;» n&apos;est pas une adresse ni un réseau. Écrivez l&apos;adresse de l&apos;opérateur (ITSP) sous la forme 198.51.100.10 ou 198.51.100.0/24 (les noms ne sont pas acceptés&#xa0;: fail2ban a besoin d&apos;adresses).</translation>
    </message>
    <message>
        <source>The console&apos;s address &quot;%1&quot; is not an IP address. Leave it empty to read it from the SSH connection.</source>
        <translation>L&apos;adresse de la console «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP. Laissez-la vide pour la lire depuis la connexion SSH.</translation>
    </message>
    <message>
        <source>The admin account &quot;%1&quot; is not a login name (lower-case letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, at most 32 characters).</source>
        <translation>Le compte d&apos;administration «&#xa0;%1&#xa0;» n&apos;est pas un nom de connexion (lettres minuscules, chiffres, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, 32 caractères au plus).</translation>
    </message>
    <message>
        <source>The AMI user &quot;%1&quot; is not a manager.conf user name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</source>
        <translation>L&apos;utilisateur AMI «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur manager.conf (lettres, chiffres, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;. Known answers: %2.</source>
        <translation>Réponse inconnue «&#xa0;%1&#xa0;». Réponses connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Phone network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>Le réseau des téléphones « %1 » n’est ni une adresse ni un réseau d’au plus /8 (IPv6 : /16). Écrivez-le sous la forme 192.0.2.0/24, 2001:db8::/32 ou une seule adresse.</translation>
    </message>
    <message>
        <source>trusted_networks, trunk_addresses, phone_networks and ami_privileged_users must be lists of strings.</source>
        <translation>trusted_networks, trunk_addresses, phone_networks et ami_privileged_users doivent être des listes de chaînes.</translation>
    </message>
</context>
<context>
    <name>HardeningFixes</name>
    <message>
        <source>%1 was not collected by the audit; audit the PBX again as root.</source>
        <translation>%1 n&apos;a pas été collecté par l&apos;audit&#xa0;; auditez de nouveau le PBX en root.</translation>
    </message>
    <message>
        <source>%1 comes from a stored audit with its secrets removed; plan from a fresh collection.</source>
        <translation>%1 provient d&apos;un audit stocké dont les secrets ont été retirés&#xa0;; établissez le plan à partir d&apos;une nouvelle collecte.</translation>
    </message>
    <message>
        <source>%1: no section where the audit read one</source>
        <translation>%1&#xa0;: aucune section là où l&apos;audit en a lu une</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose GUI regenerates Asterisk&apos;s files: an edit would be overwritten at its next reload. Make this change in %1&apos;s own settings; PBX Warden does not edit them yet.</source>
        <translation>Ce PBX exécute %1, dont l&apos;interface graphique régénère les fichiers d&apos;Asterisk&#xa0;: une modification serait écrasée à son prochain rechargement. Effectuez ce changement dans les réglages propres à %1&#xa0;; PBX Warden ne les modifie pas encore.</translation>
    </message>
    <message>
        <source>AMI on loopback, with ACLs and least privilege</source>
        <translation>AMI sur le loopback, avec ACL et moindre privilège</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls</source>
        <translation>Aucun appel SIP d&apos;invité ou anonyme</translation>
    </message>
    <message>
        <source>SSH: no root login, keys only, trusted networks only</source>
        <translation>SSH&#xa0;: pas de connexion root, clés uniquement, réseaux de confiance uniquement</translation>
    </message>
    <message>
        <source>fail2ban jails for SSH and Asterisk</source>
        <translation>Jails fail2ban pour SSH et Asterisk</translation>
    </message>
    <message>
        <source>manager.conf was not collected by the audit.</source>
        <translation>manager.conf n&apos;a pas été collecté par l&apos;audit.</translation>
    </message>
    <message>
        <source>Asterisk cannot read manager.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk ne peut pas lire manager.conf en l&apos;état (%1)&#xa0;; réparez-le d&apos;abord à la main.</translation>
    </message>
    <message>
        <source>manager.conf has no [general] section to edit.</source>
        <translation>manager.conf n&apos;a pas de section [general] à modifier.</translation>
    </message>
    <message>
        <source>AMI user %1 inherits write = %2 from a template (%3); change the template by hand.</source>
        <translation>L&apos;utilisateur AMI %1 hérite de write = %2 d&apos;un modèle (%3)&#xa0;; modifiez le modèle à la main.</translation>
    </message>
    <message>
        <source>AMI user %1 has more than two write lines; merge them by hand first.</source>
        <translation>L&apos;utilisateur AMI %1 a plus de deux lignes write&#xa0;; fusionnez-les d&apos;abord à la main.</translation>
    </message>
    <message>
        <source>manager.conf already has these settings.</source>
        <translation>manager.conf contient déjà ces réglages.</translation>
    </message>
    <message>
        <source>AMI will listen on 127.0.0.1 only: applications on other hosts (CTI, wallboards, FOP2) lose their AMI connection; the console reaches AMI through its SSH connection.</source>
        <translation>AMI n&apos;écoutera que sur 127.0.0.1&#xa0;: les applications sur d&apos;autres hôtes (CTI, wallboards, FOP2) perdent leur connexion AMI&#xa0;; la console atteint AMI via sa connexion SSH.</translation>
    </message>
    <message>
        <source>AMI users %1 can no longer run commands, originate calls or change the configuration.</source>
        <translation>Les utilisateurs AMI %1 ne peuvent plus exécuter de commandes, lancer d&apos;appels ni modifier la configuration.</translation>
    </message>
    <message>
        <source>AMI users %1 keep their dangerous write classes, as answered.</source>
        <translation>Les utilisateurs AMI %1 gardent leurs classes write dangereuses, conformément à la réponse.</translation>
    </message>
    <message>
        <source>Asterisk cannot read sip.conf as it is; repair it first.</source>
        <translation>Asterisk ne peut pas lire sip.conf en l&apos;état&#xa0;; réparez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The anonymous endpoint comes from %1 (the configuration wizard); remove it there by hand.</source>
        <translation>L&apos;endpoint anonymous provient de %1 (l&apos;assistant de configuration)&#xa0;; supprimez-le là-bas à la main.</translation>
    </message>
    <message>
        <source>The [anonymous] section at %1 includes other files; remove it by hand.</source>
        <translation>La section [anonymous] en %1 inclut d&apos;autres fichiers&#xa0;; supprimez-la à la main.</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls are accepted already.</source>
        <translation>Aucun appel SIP d&apos;invité ou anonyme n&apos;est déjà accepté.</translation>
    </message>
    <message>
        <source>Calls that arrive without authentication and match no endpoint are refused: an ITSP must be matched by an identify section (PJSIP) or host= (chan_sip), or its calls stop.</source>
        <translation>Les appels qui arrivent sans authentification et ne correspondent à aucun endpoint sont refusés&#xa0;: un opérateur (ITSP) doit être identifié par une section identify (PJSIP) ou host= (chan_sip), sinon ses appels cessent.</translation>
    </message>
    <message>
        <source>reload sshd</source>
        <translation>recharger sshd</translation>
    </message>
    <message>
        <source>Name the admin account that must keep SSH access (the one the console logs in with).</source>
        <translation>Indiquez le compte d&apos;administration qui doit garder l&apos;accès SSH (celui avec lequel la console se connecte).</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so PBX Warden cannot make sure it stays allowed in.</source>
        <translation>L&apos;adresse de la console telle que le PBX la voit est inconnue, PBX Warden ne peut donc pas garantir qu&apos;elle reste autorisée.</translation>
    </message>
    <message>
        <source>There is no account %1 on this PBX: allowing only it would lock every administrator out.</source>
        <translation>Il n&apos;y a pas de compte %1 sur ce PBX&#xa0;: n&apos;autoriser que lui exclurait tous les administrateurs.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyUsers %1 shuts %2 out, so restricting SSH to %2 would lock every administrator out; remove that DenyUsers entry first.</source>
        <translation>La directive DenyUsers %1 de sshd exclut %2, donc restreindre SSH à %2 exclurait tous les administrateurs&#xa0;; supprimez d&apos;abord cette entrée DenyUsers.</translation>
    </message>
    <message>
        <source>root may still log in: PermitRootLogin no needs a kept admin account other than root that can use sudo.</source>
        <translation>root peut encore se connecter&#xa0;: PermitRootLogin no nécessite de conserver un compte d&apos;administration autre que root pouvant utiliser sudo.</translation>
    </message>
    <message>
        <source>Passwords stay accepted: PasswordAuthentication no is only offered after the console has logged in as %1 with its key.</source>
        <translation>Les mots de passe restent acceptés&#xa0;: PasswordAuthentication no n&apos;est proposé qu&apos;une fois que la console s&apos;est connectée en tant que %1 avec sa clé.</translation>
    </message>
    <message>
        <source>%1 sets %2 and is read before PBX Warden&apos;s drop-in, so the change would not take effect; remove it there first.</source>
        <translation>%1 définit %2 et est lu avant le fichier drop-in de PBX Warden, la modification ne prendrait donc pas effet&#xa0;; supprimez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>sshd_config already has these settings.</source>
        <translation>sshd_config contient déjà ces réglages.</translation>
    </message>
    <message>
        <source>sshd -t on the new file</source>
        <translation>sshd -t sur le nouveau fichier</translation>
    </message>
    <message>
        <source>sshd -t on the whole configuration</source>
        <translation>sshd -t sur l&apos;ensemble de la configuration</translation>
    </message>
    <message>
        <source>Only %1 may log in over SSH, and only from %2; every other account loses SSH access. A dead-man switch on the PBX restores the old configuration unless the console logs in again.</source>
        <translation>Seul %1 pourra se connecter via SSH, et uniquement depuis %2&#xa0;; tous les autres comptes perdent l&apos;accès SSH. Une minuterie de sécurité sur le PBX restaure l&apos;ancienne configuration si la console ne se reconnecte pas.</translation>
    </message>
    <message>
        <source>None of the SSH findings this fix resolves fails.</source>
        <translation>Aucun des constats SSH que ce correctif résout n&apos;échoue.</translation>
    </message>
    <message>
        <source>None of the log files logger.conf names (%1) exists, so an asterisk jail would watch nothing; enable a security or notice log in logger.conf and run &apos;logger reload&apos; first.</source>
        <translation>Aucun des fichiers journaux nommés par logger.conf (%1) n&apos;existe, une jail asterisk ne surveillerait donc rien&#xa0;; activez d&apos;abord un journal security ou notice dans logger.conf et exécutez &apos;logger reload&apos;.</translation>
    </message>
    <message>
        <source>Whether fail2ban is installed is unknown: %1</source>
        <translation>On ne sait pas si fail2ban est installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>fail2ban is not installed; install the fail2ban package first, then audit again.</source>
        <translation>fail2ban n&apos;est pas installé&#xa0;; installez d&apos;abord le paquet fail2ban, puis auditez de nouveau.</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so fail2ban could ban the console itself.</source>
        <translation>L&apos;adresse de la console telle que le PBX la voit est inconnue, fail2ban pourrait donc bannir la console elle-même.</translation>
    </message>
    <message>
        <source>%1 already holds these jails.</source>
        <translation>%1 contient déjà ces jails.</translation>
    </message>
    <message>
        <source>fail2ban-client -t on the whole configuration</source>
        <translation>fail2ban-client -t sur l&apos;ensemble de la configuration</translation>
    </message>
    <message>
        <source>reload fail2ban (start it when stopped)</source>
        <translation>recharger fail2ban (le démarrer s&apos;il est arrêté)</translation>
    </message>
    <message>
        <source>Addresses that fail to log in repeatedly are banned; never banned: %1.</source>
        <translation>Les adresses qui échouent à se connecter à répétition sont bannies&#xa0;; jamais bannies&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Trunks not listed in the answers can be banned if they fail to authenticate.</source>
        <translation>Les trunks absents des réponses peuvent être bannis s&apos;ils échouent à s&apos;authentifier.</translation>
    </message>
    <message>
        <source>None of the fail2ban findings this fix resolves fails.</source>
        <translation>Aucun des constats fail2ban que ce correctif résout n&apos;échoue.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;. Known fixes: %2.</source>
        <translation>Correctif inconnu «&#xa0;%1&#xa0;». Correctifs connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose own firewall (FreePBX: the Firewall module, fwconsole firewall) owns the host&apos;s rules; a second firewall beside it would fight it. Trust the console and the administrators&apos; networks in %1&apos;s firewall instead.</source>
        <translation>Ce PBX exécute %1, dont le pare-feu (FreePBX : le module Firewall, fwconsole firewall) gère les règles de l’hôte ; un second pare-feu à côté le contrarierait. Faites plutôt confiance à la console et aux réseaux des administrateurs dans le pare-feu de %1.</translation>
    </message>
    <message>
        <source>ufw or firewalld manages this host&apos;s firewall; PBX Warden does not add rules beside it. Open SSH and SIP only to the known networks there.</source>
        <translation>ufw ou firewalld gère le pare-feu de cet hôte ; PBX Warden n’ajoute pas de règles à côté. Ouvrez-y SSH et SIP aux seuls réseaux connus.</translation>
    </message>
    <message>
        <source>nft is not installed on the PBX (package nftables); this fix writes nftables rules. Install it, audit again, then plan. (Hosts with iptables only are not handled yet.)</source>
        <translation>nft n’est pas installé sur le PBX (paquet nftables) ; ce correctif écrit des règles nftables. Installez-le, auditez à nouveau, puis planifiez. (Les hôtes avec iptables seul ne sont pas encore pris en charge.)</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so the new rules could shut the console out. Connect over SSH (it is read from the connection) or give console_address.</source>
        <translation>L’adresse de la console vue par le PBX est inconnue : les nouvelles règles pourraient l’exclure. Connectez-vous en SSH (elle est lue sur la connexion) ou indiquez console_address.</translation>
    </message>
    <message>
        <source>Say which networks the phones register from and which addresses the SIP provider uses (phone_networks, trunk_addresses): a default-drop firewall would cut off everything else, and with it every call.</source>
        <translation>Indiquez les réseaux depuis lesquels les téléphones s’enregistrent et les adresses du fournisseur SIP (phone_networks, trunk_addresses) : un pare-feu qui rejette par défaut couperait tout le reste, et avec lui chaque appel.</translation>
    </message>
    <message>
        <source>%1 already holds these rules.</source>
        <translation>%1 contient déjà ces règles.</translation>
    </message>
    <message>
        <source>After a reboot the rules come back only if nftables.service is enabled (systemctl enable nftables).</source>
        <translation>Après un redémarrage, les règles ne reviennent que si nftables.service est activé (systemctl enable nftables).</translation>
    </message>
    <message>
        <source>There is no /etc/nftables.conf: the rules hold until the next reboot. Install nftables&apos; service, or load %1 at boot.</source>
        <translation>Il n’y a pas de /etc/nftables.conf : les règles tiennent jusqu’au prochain redémarrage. Installez le service nftables ou chargez %1 au démarrage.</translation>
    </message>
    <message>
        <source>nft -c -f on the new rules (check only)</source>
        <translation>nft -c -f sur les nouvelles règles (vérification seule)</translation>
    </message>
    <message>
        <source>nft -f %1 (one transaction)</source>
        <translation>nft -f %1 (une transaction)</translation>
    </message>
    <message>
        <source>Incoming connections are dropped unless listed: SSH%1 and the web interfaces from %2; SIP from %3; RTP %4-%5/udp from anywhere.</source>
        <translation>Les connexions entrantes sont rejetées sauf celles listées : SSH%1 et les interfaces web depuis %2 ; SIP depuis %3 ; RTP %4-%5/udp depuis partout.</translation>
    </message>
    <message>
        <source>No longer reachable from other hosts: %1.</source>
        <translation>Plus joignable depuis d’autres hôtes : %1.</translation>
    </message>
    <message>
        <source>Kept as they are: the host&apos;s other rules (%1 iptables, %2 nftables); a packet must pass them and these.</source>
        <translation>Conservées telles quelles : les autres règles de l’hôte (%1 iptables, %2 nftables) ; un paquet doit passer celles-ci et les nouvelles.</translation>
    </message>
    <message>
        <source>None of the firewall findings this fix resolves fails.</source>
        <translation>Aucun des constats de pare-feu que ce correctif résout n’échoue.</translation>
    </message>
    <message>
        <source>Host firewall: drop by default, SSH and SIP from known networks only</source>
        <translation>Pare-feu de l’hôte : rejet par défaut, SSH et SIP depuis les réseaux connus seulement</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server on loopback only</source>
        <translation>Serveur HTTP d’Asterisk sur loopback uniquement</translation>
    </message>
    <message>
        <source>http.conf was not collected by the audit.</source>
        <translation>L’audit n’a pas collecté http.conf.</translation>
    </message>
    <message>
        <source>Asterisk cannot read http.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk ne peut pas lire http.conf en l’état (%1) ; réparez-le d’abord à la main.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is off.</source>
        <translation>Le serveur HTTP d’Asterisk est désactivé.</translation>
    </message>
    <message>
        <source>http.conf already binds to 127.0.0.1.</source>
        <translation>http.conf écoute déjà sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server will answer on 127.0.0.1 only: WebRTC phones, ARI applications and AMI-over-HTTP clients on other hosts lose it (put a TLS reverse proxy in front if they need it).</source>
        <translation>Le serveur HTTP d’Asterisk ne répondra que sur 127.0.0.1 : les téléphones WebRTC, les applications ARI et les clients AMI sur HTTP d’autres hôtes le perdent (placez devant un proxy inverse TLS s’ils en ont besoin).</translation>
    </message>
    <message>
        <source>None of the web findings this fix resolves fails.</source>
        <translation>Aucun des constats web que ce correctif résout n’échoue.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>%1 gave an unexpected answer to the probe: %2</source>
        <translation>%1 a répondu de façon inattendue à la sonde&#xa0;: %2</translation>
    </message>
    <message>
        <source>installed; its console did not answer %1 (%2)</source>
        <translation>installé&#xa0;; sa console n&apos;a pas répondu à %1 (%2)</translation>
    </message>
    <message>
        <source>whether sudo works could not be asked: %1</source>
        <translation>impossible de vérifier si sudo fonctionne : %1</translation>
    </message>
</context>
<context>
    <name>InactiveUserChecks</name>
    <message>
        <source>Login accounts unused for 180 days</source>
        <translation>Comptes de connexion inutilisés depuis 180 jours</translation>
    </message>
    <message>
        <source>Accounts of former staff keep working passwords and keys nobody watches.</source>
        <translation>Les comptes d&apos;anciens employés conservent des mots de passe et des clés valides que personne ne surveille.</translation>
    </message>
    <message>
        <source>Lock or remove accounts nobody uses (usermod -L / userdel) and their authorized_keys.</source>
        <translation>Verrouillez ou supprimez les comptes que personne n&apos;utilise (usermod -L / userdel) ainsi que leurs authorized_keys.</translation>
    </message>
    <message>
        <source>Extensions with no registered phone and no call records</source>
        <translation>Postes sans téléphone enregistré ni historique d&apos;appels</translation>
    </message>
    <message>
        <source>Extensions of former employees are rarely watched; their passwords are often weak and their calls go unnoticed.</source>
        <translation>Les postes d&apos;anciens employés sont rarement surveillés&#xa0;; leurs mots de passe sont souvent faibles et leurs appels passent inaperçus.</translation>
    </message>
    <message>
        <source>Check with the customer and remove the extensions nobody uses (endpoint, auth, aor and voicemail box).</source>
        <translation>Vérifiez avec le client et supprimez les postes que personne n&apos;utilise (endpoint, auth, aor et boîte vocale).</translation>
    </message>
    <message>
        <source>%1: can log in, never did</source>
        <translation>%1&#xa0;: peut se connecter, ne l&apos;a jamais fait</translation>
    </message>
    <message>
        <source>%1: last login %2</source>
        <translation>%1&#xa0;: dernière connexion %2</translation>
    </message>
    <message>
        <source>the PJSIP endpoints are unknown (neither the live list nor pjsip.conf)</source>
        <translation>les endpoints PJSIP sont inconnus (ni la liste en direct ni pjsip.conf)</translation>
    </message>
    <message>
        <source>no endpoint has a registered contact</source>
        <translation>aucun endpoint n’a de contact enregistré</translation>
    </message>
    <message>
        <source>no call records</source>
        <translation>aucun enregistrement d’appels</translation>
    </message>
    <message>
        <source>needs the registered contacts or the call records (CDR): %1; %2</source>
        <translation>nécessite les contacts enregistrés ou les enregistrements d’appels (CDR)&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>registration unknown</source>
        <translation>enregistrement inconnu</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2, last call %3</source>
        <translation>%1&#xa0;: %2, dernier appel %3</translation>
    </message>
    <message>
        <source>%1: %2, no call since %3</source>
        <translation>%1&#xa0;: %2, aucun appel depuis %3</translation>
    </message>
    <message>
        <source>%1: %2, no call recorded</source>
        <translation>%1&#xa0;: %2, aucun appel enregistré</translation>
    </message>
    <message>
        <source>no call records; only the current registration was checked</source>
        <translation>aucun enregistrement d’appels&#xa0;; seul l’enregistrement actuel a été vérifié</translation>
    </message>
    <message>
        <source>the registered contacts could not be read; only the call records were checked</source>
        <translation>les contacts enregistrés n’ont pas pu être lus&#xa0;; seuls les enregistrements d’appels ont été vérifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s), against the registered contacts and the call records</source>
        <translation>
            <numerusform>%n poste, comparé aux contacts enregistrés et à l&apos;historique des appels</numerusform>
            <numerusform>%n postes, comparés aux contacts enregistrés et à l&apos;historique des appels</numerusform>
        </translation>
    </message>
    <message>
        <source>no phone extension is configured</source>
        <translation>aucun poste téléphonique n&apos;est configuré</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that can log in (password or SSH key), from %1</source>
        <translation>
            <numerusform>%n compte pouvant se connecter (mot de passe ou clé SSH), d&apos;après %1</numerusform>
            <numerusform>%n comptes pouvant se connecter (mot de passe ou clé SSH), d&apos;après %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no account can log in</source>
        <translation>aucun compte ne peut se connecter</translation>
    </message>
</context>
<context>
    <name>InspectionChecks</name>
    <message>
        <source>No inspection in the last six months</source>
        <translation>Aucune inspection ces six derniers mois</translation>
    </message>
    <message>
        <source>The seed practice: inspect each PBX twice a year and verify its configuration.</source>
        <translation>La pratique de référence&#xa0;: inspecter chaque PBX deux fois par an et vérifier sa configuration.</translation>
    </message>
    <message>
        <source>Audit this PBX with PBX Warden at least every six months (this audit counts from now on).</source>
        <translation>Auditez ce PBX avec PBX Warden au moins tous les six mois (cet audit compte à partir de maintenant).</translation>
    </message>
    <message>
        <source>Asterisk does not log security events</source>
        <translation>Asterisk ne journalise pas les événements de sécurité</translation>
    </message>
    <message>
        <source>Without a security log failed registrations, ACL rejections and AMI logins leave no trace to inspect, and fail2ban sees less.</source>
        <translation>Sans journal de sécurité, les enregistrements échoués, les rejets d&apos;ACL et les connexions AMI ne laissent aucune trace à examiner, et fail2ban en voit moins.</translation>
    </message>
    <message>
        <source>Add &apos;security.log =&gt; security&apos; to logger.conf [logfiles] and run &apos;logger reload&apos;.</source>
        <translation>Ajoutez &apos;security.log =&gt; security&apos; dans logger.conf [logfiles] et exécutez &apos;logger reload&apos;.</translation>
    </message>
    <message>
        <source>previous audit %1 (%2 days before this one)</source>
        <translation>audit précédent %1 (%2 jours avant celui-ci)</translation>
    </message>
    <message>
        <source>previous audit %1</source>
        <translation>audit précédent %1</translation>
    </message>
    <message>
        <source>logger.conf was not collected</source>
        <translation>logger.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>logger.conf [logfiles]: no channel logs the security level</source>
        <translation>logger.conf [logfiles]&#xa0;: aucun canal ne journalise le niveau security</translation>
    </message>
    <message>
        <source>PBX Warden&apos;s record of this PBX&apos;s audits</source>
        <translation>L&apos;historique des audits de ce PBX tenu par PBX Warden</translation>
    </message>
    <message>
        <source>first audit by PBX Warden: the next one is due within six months</source>
        <translation>premier audit par PBX Warden&#xa0;: le prochain est dû dans les six mois</translation>
    </message>
</context>
<context>
    <name>IntlPasscodeChecks</name>
    <message>
        <source>International calls need no passcode</source>
        <translation>Les appels internationaux ne demandent aucun code</translation>
    </message>
    <message>
        <source>A per-user PIN on each international call alone can prevent toll fraud, even when an intruder is in the system.</source>
        <translation>Un code PIN par utilisateur sur chaque appel international peut à lui seul empêcher la fraude téléphonique, même lorsqu&apos;un intrus est dans le système.</translation>
    </message>
    <message>
        <source>Add Authenticate() (FreePBX: a route password or PIN set) before every Dial() to an international number.</source>
        <translation>Ajoutez Authenticate() (FreePBX&#xa0;: un mot de passe de route ou un jeu de codes PIN) avant chaque Dial() vers un numéro international.</translation>
    </message>
    <message>
        <source>Dialplan PINs are weak</source>
        <translation>Les codes PIN du plan de numérotation sont faibles</translation>
    </message>
    <message>
        <source>A guessable PIN protects nothing.</source>
        <translation>Un code PIN devinable ne protège rien.</translation>
    </message>
    <message>
        <source>Use PINs of 6+ random digits, one per user.</source>
        <translation>Utilisez des codes PIN d&apos;au moins 6 chiffres aléatoires, un par utilisateur.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>aucune route internationale n&apos;est atteignable</translation>
    </message>
    <message>
        <source>every international route asks for a PIN</source>
        <translation>chaque route internationale demande un code PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n PIN(s) in extensions.conf [globals]</source>
        <translation>
            <numerusform>%n code PIN dans extensions.conf [globals]</numerusform>
            <numerusform>%n codes PIN dans extensions.conf [globals]</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions.conf [globals] holds no PIN</source>
        <translation>extensions.conf [globals] ne contient aucun code PIN</translation>
    </message>
</context>
<context>
    <name>IntrusionPreventionChecks</name>
    <message>
        <source>No intrusion prevention (fail2ban) is installed</source>
        <translation>Aucune prévention des intrusions (fail2ban) n&apos;est installée</translation>
    </message>
    <message>
        <source>Password guessing against SIP and SSH goes on for as long as the attacker likes.</source>
        <translation>La devinette de mots de passe contre SIP et SSH continue aussi longtemps que l&apos;attaquant le souhaite.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its sshd and asterisk jails (keep the default settings).</source>
        <translation>Installez fail2ban et activez ses jails sshd et asterisk (gardez les réglages par défaut).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running, with SIP or SSH open to any address</source>
        <translation>fail2ban est installé mais ne tourne pas, alors que SIP ou SSH est ouvert à n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <source>A configured but stopped fail2ban bans nobody while services face the Internet.</source>
        <translation>Un fail2ban configuré mais arrêté ne bannit personne pendant que les services sont exposés à Internet.</translation>
    </message>
    <message>
        <source>Start fail2ban and enable it at boot (systemctl enable --now fail2ban).</source>
        <translation>Démarrez fail2ban et activez-le au démarrage (systemctl enable --now fail2ban).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running (the firewall limits SIP and SSH)</source>
        <translation>fail2ban est installé mais ne tourne pas (le pare-feu limite SIP et SSH)</translation>
    </message>
    <message>
        <source>The firewall admits only listed sources, but a compromised host there can still guess passwords unhindered.</source>
        <translation>Le pare-feu n&apos;admet que les sources listées, mais un hôte compromis parmi elles peut toujours deviner des mots de passe sans entrave.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects Asterisk</source>
        <translation>Aucune jail fail2ban ne protège Asterisk</translation>
    </message>
    <message>
        <source>SIP password cracking (svcrack) is never banned.</source>
        <translation>Le cassage des mots de passe SIP (svcrack) n&apos;est jamais banni.</translation>
    </message>
    <message>
        <source>Enable the asterisk jail in jail.local (enabled = true) with logpath pointing at the log Asterisk really writes.</source>
        <translation>Activez la jail asterisk dans jail.local (enabled = true) avec un logpath pointant vers le journal que Asterisk écrit réellement.</translation>
    </message>
    <message>
        <source>The asterisk jail watches a log file that does not exist</source>
        <translation>La jail asterisk surveille un fichier journal qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>A jail on /var/log/asterisk/messages while Asterisk writes messages.log runs but can match nothing.</source>
        <translation>Une jail sur /var/log/asterisk/messages alors qu&apos;Asterisk écrit messages.log tourne mais ne peut rien détecter.</translation>
    </message>
    <message>
        <source>Point logpath at the files logger.conf really writes (messages.log, security.log) and reload fail2ban.</source>
        <translation>Faites pointer logpath vers les fichiers que logger.conf écrit réellement (messages.log, security.log) et rechargez fail2ban.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects SSH</source>
        <translation>Aucune jail fail2ban ne protège SSH</translation>
    </message>
    <message>
        <source>SSH password guessing is never banned.</source>
        <translation>La devinette des mots de passe SSH n&apos;est jamais bannie.</translation>
    </message>
    <message>
        <source>Enable the sshd jail (on Debian 12 with backend = systemd).</source>
        <translation>Activez la jail sshd (sous Debian 12 avec backend = systemd).</translation>
    </message>
    <message>
        <source>fail2ban-client: not installed</source>
        <translation>fail2ban-client&#xa0;: non installé</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban n&apos;est pas installé</translation>
    </message>
    <message>
        <source>running, jails: %1</source>
        <translation>en cours, jails&#xa0;: %1</translation>
    </message>
    <message>
        <source>fail2ban-client status: %1</source>
        <translation>fail2ban-client status&#xa0;: %1</translation>
    </message>
    <message>
        <source>the firewall limits SIP and SSH to listed sources</source>
        <translation>le pare-feu limite SIP et SSH aux sources listées</translation>
    </message>
    <message>
        <source>neither the running jails nor jail.conf/jail.local could be read</source>
        <translation>ni les jails actives ni jail.conf/jail.local n&apos;ont pu être lues</translation>
    </message>
    <message>
        <source>%1: [asterisk] enabled = false</source>
        <translation>%1&#xa0;: [asterisk] enabled = false</translation>
    </message>
    <message>
        <source>no enabled jail uses the asterisk filter</source>
        <translation>aucune jail activée n&apos;utilise le filtre asterisk</translation>
    </message>
    <message>
        <source>no enabled asterisk jail to check</source>
        <translation>aucune jail asterisk activée à vérifier</translation>
    </message>
    <message>
        <source>[%1] logpath %2: no such file (%3)</source>
        <translation>[%1] logpath %2&#xa0;: fichier inexistant (%3)</translation>
    </message>
    <message>
        <source>no enabled sshd jail</source>
        <translation>aucune jail sshd activée</translation>
    </message>
    <message>
        <source>fail2ban-client status, the jail configuration and /var/log</source>
        <translation>fail2ban-client status, la configuration des jails et /var/log</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The audit history could not be read or written: %1</source>
        <translation>Impossible de lire ou d&apos;écrire l&apos;historique des audits&#xa0;: %1</translation>
    </message>
    <message>
        <source>A PBX with this name already exists.</source>
        <translation>Un PBX portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>A customer with this name already exists.</source>
        <translation>Un client portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>This customer already has a site with this name.</source>
        <translation>Ce client a déjà un site portant ce nom.</translation>
    </message>
    <message>
        <source>This is still in use by other entries of the inventory.</source>
        <translation>Cet élément est encore utilisé par d&apos;autres entrées de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>Une valeur est hors de sa plage autorisée (%1).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Le disque est plein&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The inventory is locked by another program; nothing was changed.</source>
        <translation>L&apos;inventaire est verrouillé par un autre programme&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The inventory could not be changed: %1</source>
        <translation>Impossible de modifier l&apos;inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory is busy: %1</source>
        <translation>L&apos;inventaire est occupé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no PBX with id %1.</source>
        <translation>Aucun PBX n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>Aucun PBX ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Un site appartient à un client&#xa0;: choisissez aussi le client.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Le nom du client est obligatoire.</translation>
    </message>
    <message>
        <source>A site needs a customer and a name.</source>
        <translation>Un site nécessite un client et un nom.</translation>
    </message>
    <message>
        <source>The customer %1 still has PBXs; move or remove them first.</source>
        <translation>Le client %1 a encore des PBX&#xa0;; déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;.</source>
        <translation>Aucun client ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The change history could not be read or written: %1</source>
        <translation>L&apos;historique des modifications n&apos;a pas pu être lu ou écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory has no identity.</source>
        <translation>L&apos;inventaire n&apos;a pas d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>LeastPrivilegeChecks</name>
    <message>
        <source>AMI users may run commands or originate calls</source>
        <translation>Des utilisateurs AMI peuvent exécuter des commandes ou émettre des appels</translation>
    </message>
    <message>
        <source>Give each AMI user only the classes its application needs (a wallboard: read = call,agent, write = empty).</source>
        <translation>Donnez à chaque utilisateur AMI uniquement les classes dont son application a besoin (un tableau mural&#xa0;: read = call,agent, write = vide).</translation>
    </message>
    <message>
        <source>An account may run anything as root without a password</source>
        <translation>Un compte peut tout exécuter en root sans mot de passe</translation>
    </message>
    <message>
        <source>NOPASSWD: ALL turns any flaw in that account (for &apos;asterisk&apos;: any dialplan or AMI command injection) into root.</source>
        <translation>NOPASSWD: ALL transforme toute faille de ce compte (pour &apos;asterisk&apos;&#xa0;: toute injection de commande via le plan de numérotation ou l&apos;AMI) en accès root.</translation>
    </message>
    <message>
        <source>Remove the rule, or limit it to the exact commands needed (e.g. /usr/sbin/fwconsole reload) with full paths.</source>
        <translation>Supprimez la règle, ou limitez-la aux commandes exactes nécessaires, avec leurs chemins complets (par ex. /usr/sbin/fwconsole reload).</translation>
    </message>
    <message>
        <source>Asterisk runs with live_dangerously = yes</source>
        <translation>Asterisk tourne avec live_dangerously = yes</translation>
    </message>
    <message>
        <source>Functions like SHELL() and FILE() become callable from external sources such as AMI and ARI.</source>
        <translation>Des fonctions comme SHELL() et FILE() deviennent appelables depuis des sources externes telles que l&apos;AMI et l&apos;ARI.</translation>
    </message>
    <message>
        <source>Set live_dangerously = no in asterisk.conf [options].</source>
        <translation>Définissez live_dangerously = no dans asterisk.conf [options].</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>asterisk.conf was not collected</source>
        <translation>asterisk.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>write = system, command, originate, config or all lets an AMI login run shell commands (originate led to code execution: GHSA-c4cg-9275-6w44) or place calls anywhere.</source>
        <translation>write = system, command, originate, config ou all permet à un identifiant AMI d&apos;exécuter des commandes shell (originate a mené à une exécution de code&#xa0;: GHSA-c4cg-9275-6w44) ou de passer des appels n&apos;importe où.</translation>
    </message>
    <message>
        <source>AMI users without permit/deny</source>
        <translation>Utilisateurs AMI sans permit/deny</translation>
    </message>
    <message>
        <source>An AMI user without an ACL can log in from any address that reaches port 5038: its secret is the only thing between the Internet and the classes it may use.</source>
        <translation>Un utilisateur AMI sans ACL peut se connecter depuis toute adresse qui atteint le port 5038&#xa0;: son secret est la seule barrière entre Internet et les classes qu&apos;il peut utiliser.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the application&apos;s address&gt;/32 to every manager.conf user.</source>
        <translation>Ajoutez deny = 0.0.0.0/0.0.0.0 et permit = &lt;adresse de l&apos;application&gt;/32 à chaque utilisateur de manager.conf.</translation>
    </message>
    <message>
        <source>Caller-controlled data reaches a shell (System, TrySystem, SHELL)</source>
        <translation>Des données contrôlées par l&apos;appelant atteignent un shell (System, TrySystem, SHELL)</translation>
    </message>
    <message>
        <source>The caller chooses the caller ID, the dialled digits and SIP headers: passed to System(), TrySystem() or SHELL() they run commands on the PBX as Asterisk (command injection).</source>
        <translation>L&apos;appelant choisit le numéro d&apos;appelant, les chiffres composés et les en-têtes SIP&#xa0;: transmis à System(), TrySystem() ou SHELL(), ils exécutent des commandes sur le PBX en tant qu&apos;Asterisk (injection de commandes).</translation>
    </message>
    <message>
        <source>Pass only ${FILTER(0123456789,...)} of caller data to a shell, or replace the call with an AGI script that takes the value as an argument, never through a shell.</source>
        <translation>Ne transmettez à un shell que ${FILTER(0123456789,...)} des données de l&apos;appelant, ou remplacez l&apos;appel par un script AGI qui reçoit la valeur en argument, jamais via un shell.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf n&apos;a pas été collecté</translation>
    </message>
    <message numerus="yes">
        <source>%n System()/TrySystem()/SHELL() call(s) in extensions.conf</source>
        <translation>
            <numerusform>%n appel System()/TrySystem()/SHELL() dans extensions.conf</numerusform>
            <numerusform>%n appels System()/TrySystem()/SHELL() dans extensions.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan runs no shell command</source>
        <translation>le plan de numérotation n&apos;exécute aucune commande shell</translation>
    </message>
    <message>
        <source>no caller-controlled value reaches a shell</source>
        <translation>aucune valeur contrôlée par l&apos;appelant n&apos;atteint un shell</translation>
    </message>
    <message>
        <source>manager.conf is not present</source>
        <translation>manager.conf est absent</translation>
    </message>
    <message>
        <source>AMI is disabled: %1</source>
        <translation>AMI est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>AMI listens on loopback only</source>
        <translation>AMI n&apos;écoute que sur le loopback</translation>
    </message>
    <message>
        <source>AMI listens on %1 and no firewall rule limits TCP %2</source>
        <translation>AMI écoute sur %1 et aucune règle de pare-feu ne limite TCP %2</translation>
    </message>
    <message>
        <source>AMI listens on %1, the firewall limits TCP %2</source>
        <translation>AMI écoute sur %1, le pare-feu limite TCP %2</translation>
    </message>
    <message>
        <source>the user has an ACL</source>
        <translation>l&apos;utilisateur a une ACL</translation>
    </message>
    <message>
        <source>the user has no ACL</source>
        <translation>l&apos;utilisateur n&apos;a pas d&apos;ACL</translation>
    </message>
    <message>
        <source>%1: AMI user without permit, deny or acl</source>
        <translation>%1&#xa0;: utilisateur AMI sans permit, deny ni acl</translation>
    </message>
    <message numerus="yes">
        <source>%n AMI user(s) in manager.conf</source>
        <translation>
            <numerusform>%n utilisateur AMI dans manager.conf</numerusform>
            <numerusform>%n utilisateurs AMI dans manager.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>manager.conf defines no AMI user</source>
        <translation>manager.conf ne définit aucun utilisateur AMI</translation>
    </message>
    <message>
        <source>/etc/sudoers and asterisk.conf</source>
        <translation>/etc/sudoers et asterisk.conf</translation>
    </message>
</context>
<context>
    <name>LineConfigDocument</name>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>Ce fichier ne contient pas de ligne %1.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>Une ligne de configuration ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sshd keyword that can be set here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mot-clé sshd modifiable ici.</translation>
    </message>
    <message>
        <source>The value for %1 is empty or has control characters.</source>
        <translation>La valeur de %1 est vide ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name fail2ban can read back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;option que fail2ban peut relire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name fail2ban can read back.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de section que fail2ban peut relire.</translation>
    </message>
</context>
<context>
    <name>NftRuleset</name>
    <message>
        <source>not nft JSON: %1</source>
        <translation>ce n&apos;est pas du JSON nft&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordChecks</name>
    <message>
        <source>Weak PJSIP passwords</source>
        <translation>Mots de passe PJSIP faibles</translation>
    </message>
    <message>
        <source>svcrack guesses extension-equal, short and common SIP passwords in minutes; a cracked phone account places calls at your expense (toll fraud).</source>
        <translation>svcrack devine en quelques minutes les mots de passe SIP identiques au numéro de poste, courts ou courants&#xa0;; un compte de téléphone cassé passe des appels à vos frais (fraude téléphonique).</translation>
    </message>
    <message>
        <source>Give every auth section a random password of 16+ characters, different from the user name, and update the phones.</source>
        <translation>Attribuez à chaque section auth un mot de passe aléatoire d&apos;au moins 16 caractères, différent du nom d&apos;utilisateur, et mettez à jour les téléphones.</translation>
    </message>
    <message>
        <source>Weak chan_sip secrets</source>
        <translation>Secrets chan_sip faibles</translation>
    </message>
    <message>
        <source>chan_sip peers with guessable secrets are cracked with the same tools as PJSIP ones.</source>
        <translation>Les peers chan_sip aux secrets devinables sont cassés avec les mêmes outils que ceux de PJSIP.</translation>
    </message>
    <message>
        <source>Set random secrets of 16+ characters on every peer, or better, move them to PJSIP and unload chan_sip.</source>
        <translation>Définissez sur chaque peer un secret aléatoire d&apos;au moins 16 caractères, ou mieux, migrez-les vers PJSIP et déchargez chan_sip.</translation>
    </message>
    <message>
        <source>Weak or default AMI secrets</source>
        <translation>Secrets AMI faibles ou par défaut</translation>
    </message>
    <message>
        <source>An AMI login controls the whole PBX; FreePBX&apos;s &apos;amp111&apos; and user-name secrets are the first ones tried.</source>
        <translation>Une connexion AMI contrôle tout le PBX&#xa0;; le secret &apos;amp111&apos; de FreePBX et les secrets égaux au nom d&apos;utilisateur sont les premiers essayés.</translation>
    </message>
    <message>
        <source>Set a random secret of 20+ characters for every manager.conf user and update the applications using it.</source>
        <translation>Définissez un secret aléatoire d&apos;au moins 20 caractères pour chaque utilisateur de manager.conf et mettez à jour les applications qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Weak voicemail PINs</source>
        <translation>Codes PIN de messagerie vocale faibles</translation>
    </message>
    <message>
        <source>Voicemail PINs equal to the mailbox or like 1234 let intruders listen to messages and, through call-back options, place calls.</source>
        <translation>Des codes PIN de messagerie identiques au numéro de boîte ou du type 1234 permettent aux intrus d&apos;écouter les messages et, via les options de rappel, de passer des appels.</translation>
    </message>
    <message>
        <source>Require 6+ digit PINs (minpassword = 6), set random ones, and let users change them on first login.</source>
        <translation>Exigez des codes PIN d&apos;au moins 6 chiffres (minpassword = 6), attribuez-en d&apos;aléatoires et laissez les utilisateurs les changer à la première connexion.</translation>
    </message>
    <message>
        <source>root has a default or common password</source>
        <translation>root a un mot de passe par défaut ou courant</translation>
    </message>
    <message>
        <source>Appliance images ship with known root passwords; anyone reaching SSH or the console owns the PBX.</source>
        <translation>Les images d&apos;appliance sont livrées avec des mots de passe root connus&#xa0;; quiconque atteint SSH ou la console prend le contrôle du PBX.</translation>
    </message>
    <message>
        <source>Set a long random root password (passwd root) and keep it in a password manager.</source>
        <translation>Définissez un mot de passe root long et aléatoire (passwd root) et conservez-le dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>The same secret is used by several accounts</source>
        <translation>Le même secret est utilisé par plusieurs comptes</translation>
    </message>
    <message>
        <source>One leaked secret opens every account that shares it, and nobody can tell which one was used.</source>
        <translation>Un seul secret divulgué ouvre tous les comptes qui le partagent, et personne ne peut dire lequel a été utilisé.</translation>
    </message>
    <message>
        <source>Give each SIP, IAX and AMI account its own random secret.</source>
        <translation>Attribuez à chaque compte SIP, IAX et AMI son propre secret aléatoire.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>aucune configuration d&apos;Asterisk n&apos;a été collectée</translation>
    </message>
    <message>
        <source>%1 is not present</source>
        <translation>%1 n&apos;est pas présent</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>/etc/shadow: root&apos;s password is a vendor default or in the common-password list</source>
        <translation>/etc/shadow&#xa0;: le mot de passe de root est une valeur par défaut du fabricant ou figure dans la liste des mots de passe courants</translation>
    </message>
    <message>
        <source>/etc/shadow: root has an empty password</source>
        <translation>/etc/shadow&#xa0;: root a un mot de passe vide</translation>
    </message>
    <message>
        <source>one secret shared by: %1</source>
        <translation>un secret partagé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no %2 secret</source>
        <translation>%1 ne contient aucun secret %2</translation>
    </message>
    <message numerus="yes">
        <source>%n auth password(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n mot de passe auth dans pjsip.conf</numerusform>
            <numerusform>%n mots de passe auth dans pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer secret(s) in sip.conf</source>
        <translation>
            <numerusform>%n secret de peer dans sip.conf</numerusform>
            <numerusform>%n secrets de peer dans sip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI secret(s) in manager.conf</source>
        <translation>
            <numerusform>%n secret AMI dans manager.conf</numerusform>
            <numerusform>%n secrets AMI dans manager.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox PIN(s) in voicemail.conf</source>
        <translation>
            <numerusform>%n code PIN de boîte vocale dans voicemail.conf</numerusform>
            <numerusform>%n codes PIN de boîte vocale dans voicemail.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>root&apos;s password hash in /etc/shadow</source>
        <translation>le hash du mot de passe root dans /etc/shadow</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP, IAX and AMI secret(s)</source>
        <translation>
            <numerusform>%n secret SIP, IAX et AMI</numerusform>
            <numerusform>%n secrets SIP, IAX et AMI</numerusform>
        </translation>
    </message>
    <message>
        <source>no SIP, IAX or AMI secret found</source>
        <translation>aucun secret SIP, IAX ou AMI trouvé</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>Mots de passe robustes</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>Accès SSH</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Interface web</translation>
    </message>
    <message>
        <source>SIP and AMI address limits</source>
        <translation>Restrictions d&apos;adresses SIP et AMI</translation>
    </message>
    <message>
        <source>Inactive users</source>
        <translation>Utilisateurs inactifs</translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation>Inspection régulière</translation>
    </message>
    <message>
        <source>Intrusion prevention</source>
        <translation>Prévention des intrusions</translation>
    </message>
    <message>
        <source>Least privilege</source>
        <translation>Moindre privilège</translation>
    </message>
    <message>
        <source>Call destinations</source>
        <translation>Destinations d&apos;appel</translation>
    </message>
    <message>
        <source>Call times</source>
        <translation>Horaires d&apos;appel</translation>
    </message>
    <message>
        <source>International passcode</source>
        <translation>Code pour les appels internationaux</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>no program to run</source>
        <translation>aucun programme à exécuter</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>rien à évaluer</translation>
    </message>
    <message>
        <source>? (nothing could be assessed)</source>
        <translation>? (rien n&apos;a pu être évalué)</translation>
    </message>
    <message>
        <source>%1 (partial — %2 of %3 not assessed)</source>
        <extracomment>%1 is the grade letter; &quot;15 of 52 not assessed&quot;</extracomment>
        <translation>%1 (partielle — %2 sur %3 non évalués)</translation>
    </message>
    <message>
        <source>pass, %1 of %2 assessed</source>
        <translation>réussi, %1 sur %2 évalués</translation>
    </message>
    <message>
        <source>%1, %2 of %3 assessed</source>
        <translation>%1, %2 sur %3 évalués</translation>
    </message>
    <message>
        <source>Score = points earned / points possible x 100. Each assessed check is worth its severity (critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that could not be assessed count in neither. Grade A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, else F. A grade with checks not assessed is marked partial.</source>
        <translation>Score = points obtenus / points possibles x 100. Chaque contrôle évalué vaut sa gravité (critique 10, élevée 6, moyenne 3, faible 1, info 0)&#xa0;: une réussite la rapporte, un échec ne rapporte rien&#xa0;; les contrôles qui n&apos;ont pas pu être évalués ne comptent ni d&apos;un côté ni de l&apos;autre. Note A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, sinon F. Une note avec des contrôles non évalués est marquée partielle.</translation>
    </message>
    <message>
        <source>all %1 assessed</source>
        <translation>les %1 évalués</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
</context>
<context>
    <name>SecretVerdict</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>equal to the user name</source>
        <translation>identique au nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>contient le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>a vendor default</source>
        <translation>une valeur par défaut du fabricant</translation>
    </message>
    <message>
        <source>a common password</source>
        <translation>un mot de passe courant</translation>
    </message>
    <message>
        <source>too short or too guessable</source>
        <translation>trop court ou trop facile à deviner</translation>
    </message>
    <message>
        <source>stored as a hash, strength unknown</source>
        <translation>stocké sous forme de hachage, robustesse inconnue</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>SSH password</source>
        <translation>mot de passe SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>phrase secrète de la clé SSH</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>secret AMI</translation>
    </message>
    <message>
        <source>this session only (in memory, forgotten at exit)</source>
        <translation>cette session uniquement (en mémoire, oubliés à la fermeture)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1).</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked (%1).</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;; il est peut-être verrouillé (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet answers on D-Bus).</source>
        <translation>Aucun service de trousseau n&apos;est actif (aucun Secret Service tel que GNOME Keyring ou KWallet ne répond sur D-Bus).</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Cette plateforme n&apos;a aucun trousseau pris en charge.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>trousseau du système (service «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back; it is probably locked. Unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>Le trousseau a accepté un secret mais ne l&apos;a pas restitué&#xa0;; il est probablement verrouillé. Déverrouillez-le (par exemple en ouvrant une session sur le bureau) et réessayez.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the old entry could not be read (%1); it is kept</source>
        <translation>l&apos;ancienne entrée n&apos;a pas pu être lue (%1)&#xa0;; elle est conservée</translation>
    </message>
    <message>
        <source>the entry could not be written under its new name (%1); the old one is kept</source>
        <translation>l&apos;entrée n&apos;a pas pu être écrite sous son nouveau nom (%1)&#xa0;; l&apos;ancienne est conservée</translation>
    </message>
    <message>
        <source>copied to its new name, but the old entry could not be removed (%1); it will be tried again</source>
        <translation>copiée sous son nouveau nom, mais l&apos;ancienne entrée n&apos;a pas pu être supprimée (%1)&#xa0;; une nouvelle tentative aura lieu</translation>
    </message>
    <message>
        <source>This PBX has no identity in the inventory, so its secrets cannot be named; open it from the inventory and try again.</source>
        <translation>Ce PBX n&apos;a pas d&apos;identité dans l&apos;inventaire, ses secrets ne peuvent donc pas être nommés&#xa0;; ouvrez-le depuis l&apos;inventaire et réessayez.</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>mot de passe sudo</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>no medium</source>
        <translation>aucun support</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>le serveur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>the server reported a failure</source>
        <translation>le serveur a signalé un échec</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>could not start SFTP</source>
        <translation>impossible de démarrer SFTP</translation>
    </message>
    <message>
        <source>%1 has no SFTP service (Subsystem sftp in sshd_config)</source>
        <translation>%1 n&apos;a pas de service SFTP (Subsystem sftp dans sshd_config)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute file path</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin de fichier absolu</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>la lecture de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes and was not read</source>
        <translation>%1 dépasse %2 octets et n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>impossible de lister %1</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1</source>
        <translation>impossible de supprimer le résidu %1</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>impossible de lire les attributs de %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not replaced</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; il n&apos;a pas été remplacé</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to %1</source>
        <translation>impossible de créer un fichier temporaire à côté de %1</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>l&apos;écriture de %1 a échoué</translation>
    </message>
    <message>
        <source>flushing %1 to disk failed</source>
        <translation>l&apos;écriture de %1 sur le disque a échoué</translation>
    </message>
    <message>
        <source>closing %1 failed</source>
        <translation>la fermeture de %1 a échoué</translation>
    </message>
    <message>
        <source>cannot give %1 the owner of the file it replaces</source>
        <translation>impossible de donner à %1 le propriétaire du fichier qu&apos;il remplace</translation>
    </message>
    <message>
        <source>cannot give %1 the mode of the file it replaces</source>
        <translation>impossible de donner à %1 les droits du fichier qu&apos;il remplace</translation>
    </message>
    <message>
        <source>cannot set the mode of %1</source>
        <translation>impossible de définir les droits de %1</translation>
    </message>
    <message>
        <source>cannot move the new file to %1</source>
        <translation>impossible de déplacer le nouveau fichier vers %1</translation>
    </message>
    <message>
        <source>%1 cannot replace files atomically (no posix-rename@openssh.com); %2 was not changed</source>
        <translation>%1 ne peut pas remplacer de fichiers de façon atomique (pas de posix-rename@openssh.com)&#xa0;; %2 n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>cannot move the new file over %1</source>
        <translation>impossible de déplacer le nouveau fichier par-dessus %1</translation>
    </message>
    <message>
        <source>cannot move the new file over %1: %2</source>
        <translation>impossible de déplacer le nouveau fichier par-dessus %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>text contains a NUL character and cannot be passed to a remote command</source>
        <translation>le texte contient un caractère NUL et ne peut pas être transmis à une commande distante</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 and was not passed to a remote command</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide et n&apos;a pas été transmis à une commande distante</translation>
    </message>
    <message>
        <source>text is not valid Unicode and was not passed to a remote command</source>
        <translation>le texte n&apos;est pas de l&apos;Unicode valide et n&apos;a pas été transmis à une commande distante</translation>
    </message>
</context>
<context>
    <name>SipAclChecks</name>
    <message>
        <source>PJSIP phones accept registrations from any address</source>
        <translation>Les téléphones PJSIP acceptent les enregistrements depuis n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <source>Without permit/deny a cracked or leaked phone password works from anywhere in the world.</source>
        <translation>Sans permit/deny, un mot de passe de téléphone cassé ou divulgué fonctionne depuis n&apos;importe où dans le monde.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the phones&apos; networks&gt; (or acl = &lt;named ACL&gt;) to every endpoint, e.g. through a template.</source>
        <translation>Ajoutez deny = 0.0.0.0/0.0.0.0 et permit = &lt;réseaux des téléphones&gt; (ou acl = &lt;ACL nommée&gt;) à chaque endpoint, par exemple via un modèle.</translation>
    </message>
    <message>
        <source>chan_sip peers without permit/deny</source>
        <translation>Peers chan_sip sans permit/deny</translation>
    </message>
    <message>
        <source>The peer&apos;s secret is the only protection, from any address.</source>
        <translation>Le secret du peer est la seule protection, depuis n&apos;importe quelle adresse.</translation>
    </message>
    <message>
        <source>Add deny/permit to every peer, or migrate it to PJSIP with an ACL.</source>
        <translation>Ajoutez deny/permit à chaque peer, ou migrez-le vers PJSIP avec une ACL.</translation>
    </message>
    <message>
        <source>chan_sip tells scanners which extensions exist</source>
        <translation>chan_sip indique aux scanners quels postes existent</translation>
    </message>
    <message>
        <source>With alwaysauthreject = no, svwar enumerates valid extensions from the different answers.</source>
        <translation>Avec alwaysauthreject = no, svwar énumère les postes valides à partir des réponses différentes.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject = yes in sip.conf [general].</source>
        <translation>Définissez alwaysauthreject = yes dans sip.conf [general].</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>aucune configuration d&apos;Asterisk n&apos;a été collectée</translation>
    </message>
    <message>
        <source>%1: no permit, deny or acl</source>
        <translation>%1&#xa0;: ni permit, ni deny, ni acl</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf n&apos;est pas présent</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP phone(s) (endpoints with auth) in pjsip.conf</source>
        <translation>
            <numerusform>%n téléphone PJSIP (endpoints avec auth) dans pjsip.conf</numerusform>
            <numerusform>%n téléphones PJSIP (endpoints avec auth) dans pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>pjsip.conf defines no endpoint with inbound auth</source>
        <translation>pjsip.conf ne définit aucun endpoint avec authentification entrante</translation>
    </message>
    <message numerus="yes">
        <source>%n chan_sip peer(s) in sip.conf</source>
        <translation>
            <numerusform>%n peer chan_sip dans sip.conf</numerusform>
            <numerusform>%n peers chan_sip dans sip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>sip.conf defines no peer</source>
        <translation>sip.conf ne définit aucun peer</translation>
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
        <translation>root peut se connecter en SSH avec un mot de passe</translation>
    </message>
    <message>
        <source>root is the one account name every scanner knows; a guessed password gives the whole PBX.</source>
        <translation>root est le nom de compte que tous les scanners connaissent&#xa0;; un mot de passe deviné livre le PBX tout entier.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no, log in as a named administrator and use sudo.</source>
        <translation>Définissez PermitRootLogin no, connectez-vous avec un compte d&apos;administrateur nominatif et utilisez sudo.</translation>
    </message>
    <message>
        <source>root may log in over SSH with a key</source>
        <translation>root peut se connecter en SSH avec une clé</translation>
    </message>
    <message>
        <source>Direct root logins leave no trace of which person acted.</source>
        <translation>Les connexions directes en root ne laissent aucune trace de la personne qui a agi.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no and give each administrator a named account with sudo.</source>
        <translation>Définissez PermitRootLogin no et donnez à chaque administrateur un compte nominatif avec sudo.</translation>
    </message>
    <message>
        <source>SSH accepts passwords from any address</source>
        <translation>SSH accepte les mots de passe depuis n&apos;importe quelle adresse</translation>
    </message>
    <message>
        <source>Password logins can be guessed; keys cannot.</source>
        <translation>Les connexions par mot de passe peuvent être devinées&#xa0;; les clés, non.</translation>
    </message>
    <message>
        <source>Set PasswordAuthentication no (allow it only in a Match Address block for the administrators&apos; network) and use keys.</source>
        <translation>Définissez PasswordAuthentication no (ne l&apos;autorisez que dans un bloc Match Address pour le réseau des administrateurs) et utilisez des clés.</translation>
    </message>
    <message>
        <source>SSH is not limited to specific addresses</source>
        <translation>SSH n&apos;est pas limité à des adresses précises</translation>
    </message>
    <message>
        <source>The seed practice: SSH only from specific addresses.</source>
        <translation>La pratique de référence&#xa0;: SSH uniquement depuis des adresses précises.</translation>
    </message>
    <message>
        <source>Use AllowUsers user@address (or Match Address blocks) and accept TCP 22 only from the administrators&apos; addresses in the firewall.</source>
        <translation>Utilisez AllowUsers user@address (ou des blocs Match Address) et n&apos;acceptez dans le pare-feu TCP 22 que depuis les adresses des administrateurs.</translation>
    </message>
    <message>
        <source>SSH accepts empty passwords</source>
        <translation>SSH accepte les mots de passe vides</translation>
    </message>
    <message>
        <source>Any account without a password can log in.</source>
        <translation>Tout compte sans mot de passe peut se connecter.</translation>
    </message>
    <message>
        <source>Set PermitEmptyPasswords no.</source>
        <translation>Définissez PermitEmptyPasswords no.</translation>
    </message>
    <message>
        <source>sshd -T for a client from the Internet</source>
        <translation>sshd -T pour un client venant d&apos;Internet</translation>
    </message>
    <message>
        <source>sshd_config</source>
        <translation>sshd_config</translation>
    </message>
    <message>
        <source>the firewall accepts SSH only from listed sources</source>
        <translation>le pare-feu n&apos;accepte SSH que depuis les sources listées</translation>
    </message>
    <message>
        <source>%1: no AllowUsers user@address, no Match Address; the firewall accepts TCP %2 from any address</source>
        <translation>%1&#xa0;: ni AllowUsers user@address ni Match Address&#xa0;; le pare-feu accepte TCP %2 depuis n&apos;importe quelle adresse</translation>
    </message>
</context>
<context>
    <name>SshForwardChannel</name>
    <message>
        <source>%1:%2 through %3</source>
        <translation>%1:%2 via %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>aucune session ouverte sur %1</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 n&apos;est pas un port valide</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>impossible de créer un canal</translation>
    </message>
    <message>
        <source>opening a channel to %1:%2 on %3 failed</source>
        <translation>l&apos;ouverture d&apos;un canal vers %1:%2 sur %3 a échoué</translation>
    </message>
    <message>
        <source>the SSH server %1 does not allow forwarding to %2:%3 (sshd_config AllowTcpForwarding or PermitOpen), so it cannot be reached through SSH (%4)</source>
        <translation>le serveur SSH %1 n&apos;autorise pas la redirection vers %2:%3 (sshd_config AllowTcpForwarding ou PermitOpen)&#xa0;; il est donc injoignable via SSH (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 could not connect to %2:%3: nothing listens there, or a firewall on the server refuses it (%4)</source>
        <translation>le serveur SSH %1 n&apos;a pas pu se connecter à %2:%3&#xa0;: rien n&apos;y écoute, ou un pare-feu du serveur la refuse (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 refused a channel to %2:%3: %4</source>
        <translation>le serveur SSH %1 a refusé un canal vers %2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the channel to %1 is not open</source>
        <translation>le canal vers %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>l&apos;envoi vers %1 a échoué</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost</source>
        <translation>la connexion SSH vers %1 a été perdue</translation>
    </message>
    <message>
        <source>waiting for data from %1 failed: %2</source>
        <translation>l&apos;attente de données de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte ou une adresse valide</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 n&apos;est pas un port valide</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>aucun nom d&apos;utilisateur indiqué</translation>
    </message>
    <message>
        <source>the pinned host key &apos;%1&apos; is not a SHA-256 fingerprint (SHA256:...)</source>
        <translation>la clé d&apos;hôte épinglée «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (SHA256:...)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 tentatives)</translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory?)</source>
        <translation>impossible de créer une session SSH (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <source>could not set the SSH option %1</source>
        <translation>impossible de définir l&apos;option SSH %1</translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but did not complete the SSH handshake within %3 s (is it an SSH server, and is the network dropping packets?)</source>
        <translation>%1:%2 a accepté la connexion mais n&apos;a pas terminé la négociation SSH en %3 s (est-ce un serveur SSH, et le réseau perd-il des paquets&#xa0;?)</translation>
    </message>
    <message>
        <source>SSH handshake with %1:%2 failed</source>
        <translation>la négociation SSH avec %1:%2 a échoué</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connecting to %1: %2</source>
        <translation>connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (host down, wrong address, or a firewall drops the packets)</source>
        <translation>aucune réponse de %1 en %2 s (hôte arrêté, mauvaise adresse ou pare-feu qui rejette les paquets)</translation>
    </message>
    <message>
        <source>%1 refused the connection (is SSH running on that port?)</source>
        <translation>%1 a refusé la connexion (SSH tourne-t-il sur ce port&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not hand the socket to libssh</source>
        <translation>impossible de confier le socket à libssh</translation>
    </message>
    <message>
        <source>the server sent no usable host key</source>
        <translation>le serveur n&apos;a envoyé aucune clé d&apos;hôte utilisable</translation>
    </message>
    <message>
        <source>could not compute the fingerprint of the host key</source>
        <translation>impossible de calculer l&apos;empreinte de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: pinned %2, but the server now shows %3 (%4). This can be a reinstall or a machine in the middle; the connection was refused. Check the key on the PBX console and re-pin it deliberately if the change is expected.</source>
        <translation>CLÉ D&apos;HÔTE MODIFIÉE pour %1&#xa0;: %2 est épinglée, mais le serveur présente maintenant %3 (%4). Il peut s&apos;agir d&apos;une réinstallation ou d&apos;une machine intermédiaire (attaque de l&apos;homme du milieu)&#xa0;; la connexion a été refusée. Vérifiez la clé sur la console du PBX et réépinglez-la délibérément si le changement est attendu.</translation>
    </message>
    <message>
        <source>UnknownHostKey: the host key of %1 is not pinned yet: %2 (%3). Compare it with &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; on the PBX, then accept it.</source>
        <translation>UnknownHostKey&#xa0;: la clé d&apos;hôte de %1 n&apos;est pas encore épinglée&#xa0;: %2 (%3). Comparez-la avec «&#xa0;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&#xa0;» sur le PBX, puis acceptez-la.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>authentication with %1 failed</source>
        <translation>l&apos;authentification auprès de %1 a échoué</translation>
    </message>
    <message>
        <source>(the server accepts: %1)</source>
        <translation>(le serveur accepte&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 does not accept keys, so the SSH agent cannot be used</source>
        <translation>%1 n&apos;accepte pas les clés&#xa0;; l&apos;agent SSH ne peut donc pas être utilisé</translation>
    </message>
    <message>
        <source>could not use the SSH agent at %1</source>
        <translation>impossible d&apos;utiliser l&apos;agent SSH à %1</translation>
    </message>
    <message>
        <source>no SSH agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>aucun agent SSH n&apos;est actif (SSH_AUTH_SOCK n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>SSH agent authentication with %1 failed</source>
        <translation>l&apos;authentification par agent SSH auprès de %1 a échoué</translation>
    </message>
    <message>
        <source>none of the SSH agent&apos;s keys was accepted by %1</source>
        <translation>%1 n&apos;a accepté aucune des clés de l&apos;agent SSH</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>aucun fichier de clé indiqué</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 n&apos;accepte pas les clés</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>impossible de lire le fichier de clé %1</translation>
    </message>
    <message>
        <source>cannot load the key %1: it is protected by a passphrase, or is not a private key</source>
        <translation>impossible de charger la clé %1&#xa0;: elle est protégée par une phrase secrète, ou ce n&apos;est pas une clé privée</translation>
    </message>
    <message>
        <source>cannot load the key %1: wrong passphrase, or not a private key</source>
        <translation>impossible de charger la clé %1&#xa0;: phrase secrète incorrecte, ou ce n&apos;est pas une clé privée</translation>
    </message>
    <message>
        <source>key authentication with %1 failed</source>
        <translation>l&apos;authentification par clé auprès de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 accepted the key but requires a second factor, which is not supported</source>
        <translation>%1 a accepté la clé mais exige un second facteur, ce qui n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>%1 refused the key %2</source>
        <translation>%1 a refusé la clé %2</translation>
    </message>
    <message>
        <source>password authentication with %1 failed</source>
        <translation>l&apos;authentification par mot de passe auprès de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 does not accept passwords</source>
        <translation>%1 n&apos;accepte pas les mots de passe</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>mot de passe incorrect pour %1</translation>
    </message>
    <message>
        <source>keyboard-interactive authentication with %1 failed</source>
        <translation>l&apos;authentification keyboard-interactive auprès de %1 a échoué</translation>
    </message>
    <message>
        <source>sudo on %1 refused: %2</source>
        <translation>sudo refusé sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>impossible de créer un canal</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel</source>
        <translation>%1 a refusé d&apos;ouvrir un canal de session</translation>
    </message>
    <message>
        <source>%1 refused to run a command</source>
        <translation>%1 a refusé d&apos;exécuter une commande</translation>
    </message>
    <message>
        <source>sending input to the command on %1 failed</source>
        <translation>l&apos;envoi de l&apos;entrée à la commande sur %1 a échoué</translation>
    </message>
    <message>
        <source>command on %1 stopped: %2</source>
        <translation>commande sur %1 arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s and was stopped</source>
        <translation>la commande sur %1 ne s&apos;est pas terminée en %2 s et a été arrêtée</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command was running</source>
        <translation>la connexion à %1 s&apos;est rompue pendant l&apos;exécution de la commande</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while the command was running</source>
        <translation>la connexion à %1 a été perdue pendant l&apos;exécution de la commande</translation>
    </message>
    <message>
        <source>the connection to %1 was lost before the command ended</source>
        <translation>la connexion à %1 a été perdue avant la fin de la commande</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>connecté en root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo without a password (NOPASSWD)</source>
        <translation>%1 devient root avec sudo sans mot de passe (NOPASSWD)</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo; the sudo password was accepted</source>
        <translation>%1 devient root avec sudo ; le mot de passe sudo a été accepté</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for %2: store the right sudo password for this PBX (or the login password, if it is the same), or log in as root</source>
        <translation>sudo sur %1 a refusé le mot de passe de %2 : enregistrez le bon mot de passe sudo pour ce PBX (ou celui de connexion, s’il est identique), ou connectez-vous en root</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2 and none is stored: store the sudo password for this PBX, allow %2 to use sudo without one, or log in as root</source>
        <translation>sudo sur %1 demande un mot de passe pour %2 et aucun n’est enregistré : enregistrez le mot de passe sudo pour ce PBX, autorisez %2 à utiliser sudo sans mot de passe, ou connectez-vous en root</translation>
    </message>
    <message>
        <source>%1 may not use sudo on %2: add it to the sudoers (the sudo group), or log in as root</source>
        <translation>%1 n’a pas le droit d’utiliser sudo sur %2 : ajoutez-le aux sudoers (groupe sudo), ou connectez-vous en root</translation>
    </message>
    <message>
        <source>sudo is not installed on %1: install sudo there, or log in as root</source>
        <translation>sudo n’est pas installé sur %1 : installez-le, ou connectez-vous en root</translation>
    </message>
</context>
<context>
    <name>UpdateChecks</name>
    <message>
        <source>Asterisk version past its end of life</source>
        <translation>Version d&apos;Asterisk en fin de vie</translation>
    </message>
    <message>
        <source>An end-of-life Asterisk series gets no security fixes: every advisory published since stays open.</source>
        <translation>Une série d&apos;Asterisk en fin de vie ne reçoit plus de correctifs de sécurité&#xa0;: chaque avis publié depuis reste ouvert.</translation>
    </message>
    <message>
        <source>Upgrade to a supported LTS series (22 LTS until 2029-10-16, 20 LTS until 2027-10-19).</source>
        <translation>Passez à une série LTS prise en charge (22 LTS jusqu&apos;au 2029-10-16, 20 LTS jusqu&apos;au 2027-10-19).</translation>
    </message>
    <message>
        <source>Published Asterisk security advisories affect the running version</source>
        <translation>Des avis de sécurité Asterisk publiés concernent la version en service</translation>
    </message>
    <message>
        <source>These flaws are public; exploit code for several of them is too.</source>
        <translation>Ces failles sont publiques&#xa0;; le code d&apos;exploitation de plusieurs d&apos;entre elles l&apos;est aussi.</translation>
    </message>
    <message>
        <source>Update to at least the first fixed release of the running branch, or to a newer supported branch.</source>
        <translation>Mettez à jour au moins vers la première version corrigée de la branche en service, ou vers une branche plus récente prise en charge.</translation>
    </message>
    <message>
        <source>Asterisk series receives security fixes only</source>
        <translation>La série d&apos;Asterisk ne reçoit plus que des correctifs de sécurité</translation>
    </message>
    <message>
        <source>The series is close to its end of life; bugs are no longer fixed.</source>
        <translation>La série approche de sa fin de vie&#xa0;; les bogues ne sont plus corrigés.</translation>
    </message>
    <message>
        <source>Plan the move to the current LTS series before the end-of-life date.</source>
        <translation>Planifiez le passage à la série LTS actuelle avant la date de fin de vie.</translation>
    </message>
    <message>
        <source>Operating system security updates are pending</source>
        <translation>Des mises à jour de sécurité du système d&apos;exploitation sont en attente</translation>
    </message>
    <message>
        <source>Known vulnerabilities of the installed packages are fixed but not installed.</source>
        <translation>Des vulnérabilités connues des paquets installés sont corrigées, mais les correctifs ne sont pas installés.</translation>
    </message>
    <message>
        <source>Install them (apt-get upgrade / dnf upgrade --security) in the next maintenance window, and consider unattended security updates.</source>
        <translation>Installez-les (apt-get upgrade / dnf upgrade --security) lors de la prochaine fenêtre de maintenance, et envisagez les mises à jour de sécurité automatiques.</translation>
    </message>
    <message>
        <source>Operating system updates are pending</source>
        <translation>Des mises à jour du système d&apos;exploitation sont en attente</translation>
    </message>
    <message>
        <source>Bug-fix updates pile up and make the next upgrade riskier.</source>
        <translation>Les mises à jour correctives s&apos;accumulent et rendent la prochaine mise à niveau plus risquée.</translation>
    </message>
    <message>
        <source>Install pending updates at least twice a year.</source>
        <translation>Installez les mises à jour en attente au moins deux fois par an.</translation>
    </message>
    <message>
        <source>No update was installed in the last six months</source>
        <translation>Aucune mise à jour n&apos;a été installée ces six derniers mois</translation>
    </message>
    <message>
        <source>The seed practice asks for OS and PBX updates at least twice a year.</source>
        <translation>La pratique de référence demande des mises à jour du système et du PBX au moins deux fois par an.</translation>
    </message>
    <message>
        <source>Update the operating system and the PBX now and schedule it twice a year.</source>
        <translation>Mettez à jour le système d&apos;exploitation et le PBX maintenant, et planifiez-le deux fois par an.</translation>
    </message>
    <message>
        <source>the Asterisk version is unknown (%1)</source>
        <translation>la version d&apos;Asterisk est inconnue (%1)</translation>
    </message>
    <message>
        <source>%1: series %2 reached its end of life on %3</source>
        <translation>%1&#xa0;: la série %2 a atteint sa fin de vie le %3</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>une date antérieure</translation>
    </message>
    <message>
        <source>%1: supported until %2</source>
        <translation>%1&#xa0;: pris en charge jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>no fix on branch %1</source>
        <translation>aucun correctif sur la branche %1</translation>
    </message>
    <message>
        <source>fixed in %1</source>
        <translation>corrigé dans %1</translation>
    </message>
    <message>
        <source>%1: security fixes only since %2, end of life %3</source>
        <translation>%1&#xa0;: correctifs de sécurité uniquement depuis le %2, fin de vie le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): %1</source>
        <translation>
            <numerusform>%n paquet&#xa0;: %1</numerusform>
            <numerusform>%n paquets&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no update history or package database time was found</source>
        <translation>aucun historique de mises à jour ni date de la base de paquets n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>%1: last change %2 (%3 days ago)</source>
        <translation>%1&#xa0;: dernière modification le %2 (il y a %3 jours)</translation>
    </message>
    <message>
        <source>The operating system release is past its end of life</source>
        <translation>La version du système d&apos;exploitation a dépassé sa fin de vie</translation>
    </message>
    <message>
        <source>A release past its end of security support gets no fixes for OpenSSH, OpenSSL or the kernel: every new flaw stays open for good.</source>
        <translation>Une version dont le support de sécurité a pris fin ne reçoit plus de correctifs pour OpenSSH, OpenSSL ou le noyau&#xa0;: chaque nouvelle faille reste ouverte définitivement.</translation>
    </message>
    <message>
        <source>Upgrade to a supported release (FreePBX: SNG7 to FreePBX 17 on Debian 12), or buy extended support until you can.</source>
        <translation>Passez à une version prise en charge (FreePBX&#xa0;: de SNG7 à FreePBX 17 sur Debian 12), ou achetez un support étendu en attendant de pouvoir le faire.</translation>
    </message>
    <message>
        <source>%1 (ID=%2, VERSION_ID=%3) is not in the end-of-life table (os-eol.json)</source>
        <translation>%1 (ID=%2, VERSION_ID=%3) ne figure pas dans la table des fins de vie (os-eol.json)</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; %2 reached its end of life on %3</source>
        <translation>/etc/os-release&#xa0;: %1&#xa0;; %2 a atteint sa fin de vie le %3</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; supported until %2</source>
        <translation>/etc/os-release&#xa0;: %1&#xa0;; pris en charge jusqu&apos;au %2</translation>
    </message>
    <message numerus="yes">
        <source>dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</source>
        <translation>
            <numerusform>dnf/yum liste %n mise à jour en attente mais sans classification de sécurité (pas d&apos;updateinfo&#xa0;: %1)&#xa0;: on ne sait pas si elle corrige des problèmes de sécurité</numerusform>
            <numerusform>dnf/yum liste %n mises à jour en attente mais sans classification de sécurité (pas d&apos;updateinfo&#xa0;: %1)&#xa0;: on ne sait pas si elles corrigent des problèmes de sécurité</numerusform>
        </translation>
    </message>
    <message>
        <source>asterisk -V, the package manager (apt-get -s upgrade / dnf check-update) and the package history</source>
        <translation>asterisk -V, le gestionnaire de paquets (apt-get -s upgrade / dnf check-update) et l&apos;historique des paquets</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Le nom dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The host is required.</source>
        <translation>L&apos;hôte est obligatoire.</translation>
    </message>
    <message>
        <source>The host is neither a host name nor an IP address.</source>
        <translation>L&apos;hôte n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>Le port SSH doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>Le port AMI doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The SSH user is required.</source>
        <translation>L&apos;utilisateur SSH est obligatoire.</translation>
    </message>
    <message>
        <source>Key file authentication needs the path of a private key.</source>
        <translation>L&apos;authentification par fichier de clé nécessite le chemin d&apos;une clé privée.</translation>
    </message>
    <message>
        <source>Tags may not be empty, contain commas or start or end with spaces.</source>
        <translation>Les étiquettes ne peuvent pas être vides, contenir de virgules, ni commencer ou finir par une espace.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>L&apos;hôte</translation>
    </message>
    <message>
        <source>The SSH user</source>
        <translation>L&apos;utilisateur SSH</translation>
    </message>
    <message>
        <source>The key file path</source>
        <translation>Le chemin du fichier de clé</translation>
    </message>
    <message>
        <source>The AMI user</source>
        <translation>L&apos;utilisateur AMI</translation>
    </message>
    <message>
        <source>The host key fingerprint</source>
        <translation>L&apos;empreinte de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break); remove it: it could split an AMI message or disturb a terminal.</source>
        <translation>%1 contient un caractère de contrôle (%2, par ex. un saut de ligne)&#xa0;; supprimez-le&#xa0;: il pourrait scinder un message AMI ou perturber un terminal.</translation>
    </message>
    <message>
        <source>A tag contains a control character (e.g. a line break); remove it.</source>
        <translation>Une étiquette contient un caractère de contrôle (par ex. un saut de ligne)&#xa0;; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>%1: could not run the check: %2</source>
        <translation>%1&#xa0;: impossible d&apos;exécuter le contrôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the check exited with status %2.</source>
        <translation>%1&#xa0;: le contrôle s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <source>%1: the check did not print &quot;%2&quot;.</source>
        <translation>%1&#xa0;: le contrôle n&apos;a pas affiché «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WebChecks</name>
    <message>
        <source>Asterisk&apos;s HTTP server serves other hosts without TLS</source>
        <translation>Le serveur HTTP d&apos;Asterisk sert d&apos;autres hôtes sans TLS</translation>
    </message>
    <message>
        <source>ARI, AMI-over-HTTP and WebSocket credentials cross the network in clear text.</source>
        <translation>Les identifiants ARI, AMI sur HTTP et WebSocket transitent en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Bind http.conf to 127.0.0.1, or set tlsenable = yes with a certificate and reach it only over HTTPS.</source>
        <translation>Liez http.conf à 127.0.0.1, ou définissez tlsenable = yes avec un certificat et n&apos;y accédez qu&apos;en HTTPS.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is on its default port on every address</source>
        <translation>Le serveur HTTP d&apos;Asterisk est sur son port par défaut sur toutes les adresses</translation>
    </message>
    <message>
        <source>Scanners probe 8088/8089 for Asterisk; the seed practice asks for limited access and non-standard ports.</source>
        <translation>Les scanners sondent 8088/8089 à la recherche d&apos;Asterisk&#xa0;; la pratique de référence demande un accès limité et des ports non standard.</translation>
    </message>
    <message>
        <source>Bind it to loopback or a management address, move it off 8088/8089, and filter it in the firewall.</source>
        <translation>Liez-le au loopback ou à une adresse d&apos;administration, déplacez-le hors de 8088/8089 et filtrez-le dans le pare-feu.</translation>
    </message>
    <message>
        <source>The web administration is served over plain HTTP</source>
        <translation>L&apos;administration web est servie en HTTP non chiffré</translation>
    </message>
    <message>
        <source>Administrator passwords for the PBX GUI are sent in clear text.</source>
        <translation>Les mots de passe d&apos;administrateur de l&apos;interface du PBX sont envoyés en clair.</translation>
    </message>
    <message>
        <source>Enable HTTPS, redirect HTTP to it, and limit the GUI to the administrators&apos; addresses.</source>
        <translation>Activez HTTPS, redirigez HTTP vers celui-ci et limitez l&apos;interface aux adresses des administrateurs.</translation>
    </message>
    <message>
        <source>AMI is reachable over Asterisk&apos;s HTTP server without TLS</source>
        <translation>L&apos;AMI est accessible via le serveur HTTP d&apos;Asterisk sans TLS</translation>
    </message>
    <message>
        <source>manager.conf webenabled puts AMI logins on the HTTP port, in clear text.</source>
        <translation>webenabled dans manager.conf expose les connexions AMI sur le port HTTP, en clair.</translation>
    </message>
    <message>
        <source>Set webenabled = no in manager.conf, or serve http.conf only over TLS on loopback.</source>
        <translation>Définissez webenabled = no dans manager.conf, ou ne servez http.conf qu&apos;en TLS sur le loopback.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>aucune configuration d&apos;Asterisk n&apos;a été collectée</translation>
    </message>
    <message>
        <source>http.conf: the HTTP server is disabled</source>
        <translation>http.conf&#xa0;: le serveur HTTP est désactivé</translation>
    </message>
    <message>
        <source>nothing listens on 443</source>
        <translation>rien n&apos;écoute sur le port 443</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf n&apos;a pas été collecté</translation>
    </message>
    <message>
        <source>http.conf, manager.conf and the listening sockets (ss -tulpn)</source>
        <translation>http.conf, manager.conf et les sockets à l&apos;écoute (ss -tulpn)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PBX Warden cannot open its inventory</source>
        <translation>PBX Warden ne peut pas ouvrir son inventaire</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiClient</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>%1 refused by Asterisk: %2</source>
        <translation>%1 refusé par Asterisk&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PBX closed the connection</source>
        <translation>le PBX a fermé la connexion</translation>
    </message>
    <message>
        <source>no AMI session with %1 within %2 s</source>
        <translation>aucune session AMI avec %1 en %2 s</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent bad data: %2</source>
        <translation>%1 a envoyé des données invalides&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk Manager Interface (it said &quot;%2&quot;)</source>
        <translation>%1 n&apos;est pas un Asterisk Manager Interface (il a répondu «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>MD5 challenge refused by %1: %2</source>
        <translation>défi MD5 refusé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>login as %1 on %2 refused: %3</source>
        <translation>connexion en tant que %1 sur %2 refusée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not connected to the PBX (%2)</source>
        <translation>%1&#xa0;: non connecté au PBX (%2)</translation>
    </message>
    <message>
        <source>%1: too many actions waiting for an answer</source>
        <translation>%1&#xa0;: trop d&apos;actions en attente de réponse</translation>
    </message>
    <message>
        <source>no answer to %1 from %2</source>
        <translation>aucune réponse de %2 à %1</translation>
    </message>
    <message>
        <source>%1: no answer from %2 in time</source>
        <translation>%1&#xa0;: pas de réponse de %2 à temps</translation>
    </message>
    <message>
        <source>%1 did not answer Ping within %2 s (dead peer)</source>
        <translation>%1 n&apos;a pas répondu au Ping en %2 s (pair injoignable)</translation>
    </message>
    <message>
        <source>%1 sent a list larger than %2 events or %3 MiB</source>
        <translation>%1 a envoyé une liste de plus de %2 événements ou %3 Mio</translation>
    </message>
    <message>
        <source>%1: the field %2 contains a control character (0x%3); not sent, as it would split the AMI message. Remove line breaks from the value.</source>
        <translation>%1&#xa0;: le champ %2 contient un caractère de contrôle (0x%3)&#xa0;; non envoyé, car il scinderait le message AMI. Supprimez les sauts de ligne de la valeur.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiSocketTransport</name>
    <message>
        <source>the TLS certificate of %1 does not match the pinned fingerprint</source>
        <translation>le certificat TLS de %1 ne correspond pas à l&apos;empreinte épinglée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>le certificat TLS de %1 n&apos;est pas approuvé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::fleet::FleetRunner</name>
    <message>
        <source>internal error: %1</source>
        <translation>erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erreur interne</translation>
    </message>
</context>
<context>
    <name>pbxwarden::secrets::CredentialService</name>
    <message>
        <source>no SSH password: type it in, or keep it in the keychain</source>
        <translation>pas de mot de passe SSH&#xa0;: saisissez-le, ou conservez-le dans le trousseau</translation>
    </message>
    <message>
        <source>the SSH password cannot be read from the keychain: %1</source>
        <translation>le mot de passe SSH ne peut pas être lu depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>no SSH password in the keychain: edit the PBX and type it in</source>
        <translation>pas de mot de passe SSH dans le trousseau&#xa0;: modifiez le PBX et saisissez-le</translation>
    </message>
    <message>
        <source>no AMI user set</source>
        <translation>aucun utilisateur AMI défini</translation>
    </message>
    <message>
        <source>no AMI secret: no keychain</source>
        <translation>pas de secret AMI&#xa0;: aucun trousseau</translation>
    </message>
    <message>
        <source>the AMI secret cannot be read from the keychain: %1</source>
        <translation>le secret AMI ne peut pas être lu depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>no AMI secret in the keychain: edit the PBX and type it in</source>
        <translation>pas de secret AMI dans le trousseau&#xa0;: modifiez le PBX et saisissez-le</translation>
    </message>
    <message>
        <source>no keychain to keep it in</source>
        <translation>aucun trousseau où le conserver</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>pas de trousseau</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ssh::SshTunnel</name>
    <message>
        <source>%1: cannot create an event descriptor: %2</source>
        <translation>%1&#xa0;: impossible de créer un descripteur d&apos;événements&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 KiB are waiting to be sent; the far end stopped reading</source>
        <translation>%1&#xa0;: plus de %2 Kio sont en attente d&apos;envoi&#xa0;; l&apos;extrémité distante a cessé de lire</translation>
    </message>
    <message>
        <source>SSH to %1 for %2:%3: %4</source>
        <translation>SSH vers %1 pour %2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 closed by PBX Warden</source>
        <translation>%1 fermé par PBX Warden</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection (through %3)</source>
        <translation>%1:%2 a fermé la connexion (via %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiController</name>
    <message>
        <source>Connect &amp;AMI</source>
        <translation>Connecter &amp;AMI</translation>
    </message>
    <message>
        <source>&amp;Disconnect AMI</source>
        <translation>&amp;Déconnecter AMI</translation>
    </message>
    <message>
        <source>AMI protocol &amp;log…</source>
        <translation>&amp;Journal du protocole AMI…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogModel</name>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogWindow</name>
    <message>
        <source>AMI protocol log: %1</source>
        <translation>Journal du protocole AMI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter frames, e.g. Action: Login or Event: FailedACL</source>
        <translation>Filtrer les trames, par ex. Action: Login ou Event: FailedACL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected frames, or all frames shown</source>
        <translation>Copier les trames sélectionnées, ou toutes les trames affichées</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the frames shown to a text file</source>
        <translation>Enregistrer les trames affichées dans un fichier texte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>Sélectionnez une trame pour la voir en entier</translation>
    </message>
    <message>
        <source>Save the AMI protocol log</source>
        <translation>Enregistrer le journal du protocole AMI</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Affichées&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditController</name>
    <message>
        <source>A&amp;udit all</source>
        <translation>A&amp;uditer tout</translation>
    </message>
    <message>
        <source>Audit the selected PBXs (or all shown) against the 14 practices: collect their facts over SSH, check them and store the score</source>
        <translation>Auditer les PBX sélectionnés (ou tous ceux affichés) selon les 14 pratiques&#xa0;: collecter leurs données via SSH, les contrôler et enregistrer le score</translation>
    </message>
    <message>
        <source>PBX &amp;security…</source>
        <translation>&amp;Sécurité du PBX…</translation>
    </message>
    <message>
        <source>The selected PBX&apos;s score, practices, findings and score history</source>
        <translation>Score, pratiques, constats et historique des scores du PBX sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;udit %n selected</source>
        <translation>
            <numerusform>A&amp;uditer %n sélectionné</numerusform>
            <numerusform>A&amp;uditer %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No PBX to audit: the table shows none.</source>
        <translation>Aucun PBX à auditer&#xa0;: le tableau n&apos;en affiche aucun.</translation>
    </message>
    <message>
        <source>Audit finished</source>
        <translation>Audit terminé</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The audit of %1 could not be stored: %2</source>
        <translation>L&apos;audit de %1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Overdue: %1&lt;/b&gt; (not audited for six months; the seed asks for an inspection twice a year).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;En retard&#xa0;: %1&lt;/b&gt; (non audités depuis six mois&#xa0;; la pratique de référence demande une inspection deux fois par an).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Tout le parc</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Customer %1, site %2</source>
        <translation>Client %1, site %2</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, filtré par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no PBX shown.</source>
        <translation>%1&#xa0;: aucun PBX affiché.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: no score yet&lt;/b&gt; — no PBX shown has been audited. Select PBXs and use Fleet ▸ Audit (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;%1&#xa0;: pas encore de score&lt;/b&gt; — aucun PBX affiché n&apos;a été audité. Sélectionnez des PBX et utilisez Parc ▸ Auditer (Ctrl+Shift+U).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 of %n audited PBX(s) at grade %3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&#xa0;: %2 sur %n PBX audité avec la note %3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&#xa0;: %2 sur %n PBX audités avec la note %3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(lowest: %1, %2 / 100).</source>
        <translation>(le plus bas&#xa0;: %1, %2 / 100).</translation>
    </message>
    <message>
        <source>Mean score %1 / 100 (grade %2) over the audited PBXs shown (%3 of %4).</source>
        <translation>Score moyen %1 / 100 (note %2) des PBX audités affichés (%3 sur %4).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partiel&#xa0;: %n&lt;/b&gt; (contrôles non évalués&#xa0;: la note ne couvre que ce qui a pu être vu).&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partiels&#xa0;: %n&lt;/b&gt; (contrôles non évalués&#xa0;: les notes ne couvrent que ce qui a pu être vu).&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</source>
        <translation>
            <numerusform>&lt;b&gt;Sans score&#xa0;: %n&lt;/b&gt; (rien n&apos;a pu être évalué).</numerusform>
            <numerusform>&lt;b&gt;Sans score&#xa0;: %n&lt;/b&gt; (rien n&apos;a pu être évalué).</numerusform>
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
        <translation>Annuler l&apos;audit</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Lecture des identifiants depuis le trousseau…</translation>
    </message>
    <message numerus="yes">
        <source>%n audited</source>
        <translation>
            <numerusform>%n audité</numerusform>
            <numerusform>%n audités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing: %1 of %2 done.</source>
        <translation>Audit en cours&#xa0;: %1 sur %2 terminés.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n at grade D or F</source>
        <translation>
            <numerusform>%n avec la note D ou F</numerusform>
            <numerusform>%n avec la note D ou F</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade C, partial or ungraded</source>
        <translation>
            <numerusform>%n avec la note C, partiel ou sans note</numerusform>
            <numerusform>%n avec la note C, partiels ou sans note</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditResultProxy</name>
    <message>
        <source>score %1, grade %2</source>
        <translation>score %1, note %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>audited: %1</source>
        <translation>audité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check connections</source>
        <translation>Vérifier les connexions</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message numerus="yes">
        <source>Reading the credentials of %n PBX(s) from the keychain…</source>
        <translation>
            <numerusform>Lecture des identifiants de %n PBX depuis le trousseau…</numerusform>
            <numerusform>Lecture des identifiants de %n PBX depuis le trousseau…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your answer about %n new host key(s)…</source>
        <translation>
            <numerusform>En attente de votre réponse concernant %n nouvelle clé d&apos;hôte…</numerusform>
            <numerusform>En attente de votre réponse concernant %n nouvelles clés d&apos;hôte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust new host keys?</source>
        <translation>Faire confiance aux nouvelles clés d&apos;hôte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>PBX Warden has never seen the SSH host keys of these %n PBX(s):

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</source>
        <translation>
            <numerusform>PBX Warden n&apos;a jamais vu la clé d&apos;hôte SSH de ce PBX (%n)&#xa0;:

%1

Comparez l&apos;empreinte avec celle du PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Lui faire confiance&#xa0;? Elle sera épinglée après une connexion réussie.</numerusform>
            <numerusform>PBX Warden n&apos;a jamais vu les clés d&apos;hôte SSH de ces %n PBX&#xa0;:

%1

Comparez chaque empreinte avec celle du PBX concerné (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Leur faire confiance&#xa0;? Elles seront épinglées après une connexion réussie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
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
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n PBX(s)…</source>
        <translation>
            <numerusform>Vérification de %n PBX…</numerusform>
            <numerusform>Vérification de %n PBX…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message>
        <source>Import PBXs from %1</source>
        <translation>Importer des PBX depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>Les %n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 have problems and will be skipped.</source>
        <translation>Importables&#xa0;: %1&#xa0;; ignorées car elles posent problème&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>Importer %n PBX</numerusform>
            <numerusform>Importer %n PBX</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message>
        <source>Customers and sites</source>
        <translation>Clients et sites</translation>
    </message>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>Tous les PBX (%n)</numerusform>
            <numerusform>Tous les PBX (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>To complete the audit: %1</source>
        <translation>Pour compléter l&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetController</name>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;Vérifier les connexions</translation>
    </message>
    <message>
        <source>Connect to the selected PBXs (or all shown) over SSH, check their host keys and log in</source>
        <translation>Se connecter aux PBX sélectionnés (ou à tous ceux affichés) via SSH, vérifier leurs clés d&apos;hôte et s&apos;authentifier</translation>
    </message>
    <message>
        <source>No PBX to check: the table shows none.</source>
        <translation>Aucun PBX à vérifier&#xa0;: le tableau n&apos;en affiche aucun.</translation>
    </message>
    <message>
        <source>%1: the host key could not be pinned: %2</source>
        <translation>%1&#xa0;: la clé d&apos;hôte n&apos;a pas pu être épinglée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection check finished</source>
        <translation>Vérification des connexions terminée</translation>
    </message>
    <message>
        <source>%1: the check result could not be saved: %2</source>
        <translation>%1&#xa0;: le résultat de la vérification n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetRunDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetSecurityModel</name>
    <message>
        <source>&lt; 1 d</source>
        <translation>&lt; 1 j</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>months</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>years</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>jamais audité</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n élevé</numerusform>
            <numerusform>%n élevés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n moyen</numerusform>
            <numerusform>%n moyens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n faible</numerusform>
            <numerusform>%n faibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago, overdue</source>
        <translation>il y a %1, en retard</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>security fixes</source>
        <translation>correctifs de sécurité uniquement</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>fin de vie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>vieille de %1</translation>
    </message>
    <message>
        <source>Audit it: the seed asks for an inspection at least twice a year.</source>
        <translation>Auditez-le&#xa0;: la pratique de référence demande une inspection au moins deux fois par an.</translation>
    </message>
    <message>
        <source>The newest backup the audit of %1 found was made %2.</source>
        <translation>La sauvegarde la plus récente trouvée par l&apos;audit du %1 a été faite le %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Dernier audit</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Asterisk</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>%1. Open the PBX&apos;s security page for what could not be assessed and how to complete the audit.</source>
        <translation>%1. Ouvrez la page sécurité du PBX pour voir ce qui n&apos;a pas pu être évalué et comment compléter l&apos;audit.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetTableModel</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>SSH as %1 on port %2, authentication: %3</source>
        <translation>SSH en tant que %1 sur le port %2, authentification&#xa0;: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>up</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>AMI state</source>
        <translation>État AMI</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>connecté (%1)</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::InventoryController</name>
    <message>
        <source>&amp;New PBX…</source>
        <translation>&amp;Nouveau PBX…</translation>
    </message>
    <message>
        <source>&amp;Edit PBX…</source>
        <translation>&amp;Modifier le PBX…</translation>
    </message>
    <message>
        <source>D&amp;uplicate PBX…</source>
        <translation>D&amp;upliquer le PBX…</translation>
    </message>
    <message>
        <source>&amp;Delete PBX…</source>
        <translation>&amp;Supprimer le PBX…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Saving the PBX failed</source>
        <translation>L&apos;enregistrement du PBX a échoué</translation>
    </message>
    <message>
        <source>Adding the PBX failed</source>
        <translation>L&apos;ajout du PBX a échoué</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Secrets of %1 could not be stored: %2</source>
        <translation>Les secrets de %1 n&apos;ont pas pu être enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</source>
        <translation>Supprimer %1 de l&apos;inventaire&#xa0;?

Ses mots de passe enregistrés sont retirés du trousseau. Le PBX lui-même n&apos;est pas modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>Supprimer %n PBX de l&apos;inventaire&#xa0;?

Ses mots de passe enregistrés sont retirés du trousseau. Le PBX lui-même n&apos;est pas modifié.</numerusform>
            <numerusform>Supprimer %n PBX de l&apos;inventaire&#xa0;?

Leurs mots de passe enregistrés sont retirés du trousseau. Les PBX eux-mêmes ne sont pas modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 was deleted, but these secrets are still in the keychain: %2</source>
        <translation>%1 a été supprimé, mais ces secrets sont toujours dans le trousseau&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>%n PBX supprimé</numerusform>
            <numerusform>%n PBX supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import PBXs</source>
        <translation>Importer des PBX</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not an inventory.</source>
        <translation>%1 dépasse 64 Mio&#xa0;; ce n&apos;est pas un inventaire.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>%n PBX importé</numerusform>
            <numerusform>%n PBX importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PBXs</source>
        <translation>Exporter des PBX</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>%n PBX exporté vers %1</numerusform>
            <numerusform>%n PBX exportés vers %1</numerusform>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About PBX Warden</source>
        <translation>À &amp;propos de PBX Warden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Filter by name, customer, site, host, tag or note</source>
        <translation>Filtrer par nom, client, site, hôte, étiquette ou note</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>Conserver les identifiants pour cette session uniquement</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Réessayer le trousseau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
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
        <translation>Affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>Identifiants&#xa0;: trousseau du système</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>Identifiants&#xa0;: cette session uniquement</translation>
    </message>
    <message>
        <source>Secrets: no keychain</source>
        <translation>Identifiants&#xa0;: aucun trousseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable keychain.&lt;/b&gt; %1&lt;br&gt;PBX Warden keeps passwords only in the system keychain and never writes them to disk in plain text. You can keep the secrets you type for this session only: they are forgotten when PBX Warden closes.</source>
        <translation>&lt;b&gt;Aucun trousseau utilisable.&lt;/b&gt; %1&lt;br&gt;PBX Warden conserve les mots de passe uniquement dans le trousseau du système et ne les écrit jamais en clair sur le disque. Vous pouvez conserver les identifiants saisis pour cette session uniquement&#xa0;: ils seront oubliés à la fermeture de PBX Warden.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>nowhere: no keychain</source>
        <translation>nulle part&#xa0;: aucun trousseau</translation>
    </message>
    <message>
        <source>About PBX Warden</source>
        <translation>À propos de PBX Warden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Audit, harden and watch a fleet of Asterisk-based IP PBXs from one console.&lt;/p&gt;&lt;p&gt;Inventory: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, libssh and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Auditez, sécurisez et surveillez un parc de PBX IP basés sur Asterisk depuis une seule console.&lt;/p&gt;&lt;p&gt;Inventaire&#xa0;: %2&lt;/p&gt;&lt;p&gt;Conçu avec Qt %3, libssh et QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>&amp;Parc</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>In&amp;ventaire</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>No PBXs yet.
Add one with New PBX… (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Aucun PBX pour l’instant.
Ajoutez-en un avec Nouveau PBX… (Ctrl+N), ou importez un fichier CSV (Ctrl+I).</translation>
    </message>
    <message>
        <source>Some saved passwords could not be moved to their PBX&apos;s new keychain name; they are kept under the old name and tried again at the next start:
%1</source>
        <translation>Certains mots de passe enregistrés n&apos;ont pas pu être déplacés vers le nouveau nom de trousseau de leur PBX&#xa0;; ils sont conservés sous l&apos;ancien nom et une nouvelle tentative aura lieu au prochain démarrage&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDashboard</name>
    <message>
        <source>%1: security</source>
        <translation>%1&#xa0;: sécurité</translation>
    </message>
    <message>
        <source>Also show checks that could &amp;not be assessed</source>
        <translation>Afficher aussi les contrôles qui &amp;n&apos;ont pas pu être évalués</translation>
    </message>
    <message>
        <source>Select a finding to read its evidence and fix.</source>
        <translation>Sélectionnez un constat pour lire ses preuves et sa correction.</translation>
    </message>
    <message>
        <source>Never audited. Select the PBX and use Fleet ▸ Audit.</source>
        <translation>Jamais audité. Sélectionnez le PBX et utilisez Parc ▸ Auditer.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Audited %1 (%2 ago)</source>
        <translation>Audité le %1 (il y a %2)</translation>
    </message>
    <message>
        <source>— overdue: audit it again, at least twice a year.</source>
        <translation>— en retard&#xa0;: auditez-le de nouveau, au moins deux fois par an.</translation>
    </message>
    <message>
        <source>No check could be assessed, so there is no score: the audit lacked the facts (log in as root or with sudo to collect them).</source>
        <translation>Aucun contrôle n&apos;a pu être évalué, il n&apos;y a donc pas de score&#xa0;: l&apos;audit manquait de données (connectez-vous en root ou avec sudo pour les collecter).</translation>
    </message>
    <message>
        <source>Score %1 of 100: this PBX earned %2 of the %3 points its assessed checks are worth.</source>
        <translation>Score %1 sur 100&#xa0;: ce PBX a obtenu %2 des %3 points que valent ses contrôles évalués.</translation>
    </message>
    <message>
        <source>%1 (worth %2 each): %3 passed, %4 failed, %5 of %6 points</source>
        <translation>%1 (%2 points chacun)&#xa0;: %3 réussis, %4 en échec, %5 sur %6 points</translation>
    </message>
    <message>
        <source>Not assessed (the facts were out of reach), so counted in neither sum: %1.</source>
        <translation>Non évalués (les données étaient hors d&apos;atteinte), donc comptés dans aucun des deux totaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Not assessed; to complete the audit:</source>
        <translation>Non évalués&#xa0;; pour compléter l&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>To complete the audit</source>
        <translation>Pour compléter l&apos;audit</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>Ajouter un PBX</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>Modifier le PBX %1</translation>
    </message>
    <message>
        <source>Duplicate PBX %1</source>
        <translation>Dupliquer le PBX %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>e.g. freepbx, production</source>
        <translation>p. ex. freepbx, production</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>no keychain: see the notice in the main window</source>
        <translation>aucun trousseau&#xa0;: voir l&apos;avertissement dans la fenêtre principale</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the pinned host key; the next connection asks again</source>
        <translation>Oublier la clé d&apos;hôte épinglée&#xa0;; la prochaine connexion demandera à nouveau</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clé d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation>Asterisk Manager Interface (AMI)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Choisir une clé privée</translation>
    </message>
    <message>
        <source>Another PBX is already named &quot;%1&quot;.</source>
        <translation>Un autre PBX s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>Un site appartient à un client&#xa0;: choisissez aussi le client.</translation>
    </message>
    <message>
        <source>Password authentication needs the password.</source>
        <translation>L&apos;authentification par mot de passe nécessite le mot de passe.</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Phrase secrète &amp;de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>not pinned yet: the first connection asks</source>
        <translation>pas encore épinglée&#xa0;: la première connexion demandera</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Connect with the values in this form, check the host key, log in and look at the system; nothing on the PBX is changed</source>
        <translation>Se connecter avec les valeurs de ce formulaire, vérifier la clé d&apos;hôte, ouvrir une session et examiner le système&#xa0;; rien n&apos;est modifié sur le PBX</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>%1 (trusted: pinned when you save)</source>
        <translation>%1 (approuvée&#xa0;: épinglée à l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>reading credentials</source>
        <translation>lecture des identifiants</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected and logged in as %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecté, session ouverte en tant que %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New host key.&lt;/b&gt; %1 presents a key PBX Warden has never seen:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Nouvelle clé d&apos;hôte.&lt;/b&gt; %1 présente une clé que PBX Warden n&apos;a jamais vue&#xa0;:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust this host key?</source>
        <translation>Faire confiance à cette clé d&apos;hôte&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2) presents this SSH host key:

%3 %4

Compare it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). If they match, trust it: PBX Warden connects again and pins the key when you save.</source>
        <translation>%1 (%2) présente cette clé d&apos;hôte SSH&#xa0;:

%3 %4

Comparez-la avec la clé présente sur le PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Si elles correspondent, faites-lui confiance&#xa0;: PBX Warden se reconnecte et épingle la clé à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; the host key %1 was not trusted.</source>
        <translation>&lt;b&gt;Non connecté&#xa0;:&lt;/b&gt; la clé d&apos;hôte %1 n&apos;a pas été approuvée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trust the new key…</source>
        <translation>Approuver la nouvelle clé…</translation>
    </message>
    <message>
        <source>Re-pin after the PBX&apos;s host key changed on purpose (reinstall, new keys), keeping the PBX and its secrets</source>
        <translation>Réépingler après un changement volontaire de la clé d&apos;hôte du PBX (réinstallation, nouvelles clés), en conservant le PBX et ses secrets</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key has CHANGED — not connected.&lt;/b&gt;&lt;br&gt;Pinned: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Now: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Someone may be intercepting the connection, or the PBX was reinstalled. Only if you know why, press &quot;Trust the new key&quot; and confirm both keys.</source>
        <translation>&lt;b&gt;La clé d&apos;hôte a CHANGÉ — non connecté.&lt;/b&gt;&lt;br&gt;Épinglée&#xa0;: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Actuelle&#xa0;: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Quelqu&apos;un intercepte peut-être la connexion, ou le PBX a été réinstallé. Seulement si vous en connaissez la raison, cliquez sur «&#xa0;Approuver la nouvelle clé&#xa0;» et confirmez les deux clés.</translation>
    </message>
    <message>
        <source>Trust the new host key?</source>
        <translation>Approuver la nouvelle clé d&apos;hôte&#xa0;?</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.

Pinned until now: %2
Presented now: %3

Trust the new key only if you know why it changed and have compared it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden then connects again and pins it when you save.</source>
        <translation>La clé d&apos;hôte de %1 a changé.

Épinglée jusqu&apos;à présent&#xa0;: %2
Présentée maintenant&#xa0;: %3

N&apos;approuvez la nouvelle clé que si vous savez pourquoi elle a changé et l&apos;avez comparée à la clé sur le PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden se reconnecte alors et l&apos;épingle lorsque vous enregistrez.</translation>
    </message>
    <message>
        <source>I know why the pinned key %1 is no longer valid</source>
        <translation>Je sais pourquoi la clé épinglée %1 n&apos;est plus valide</translation>
    </message>
    <message>
        <source>The new key %1 matches the one on the PBX</source>
        <translation>La nouvelle clé %1 correspond à celle du PBX</translation>
    </message>
    <message>
        <source>Su&amp;do password:</source>
        <translation>Mot de passe su&amp;do :</translation>
    </message>
    <message>
        <source>The audit and every change need root. Give sudo&apos;s password here when it is not the login password; leave it empty when sudo needs none (NOPASSWD) or takes the login password. Test connection says which.</source>
        <translation>L’audit et chaque modification ont besoin de root. Indiquez ici le mot de passe sudo s’il diffère de celui de connexion ; laissez vide si sudo n’en demande pas (NOPASSWD) ou accepte celui de connexion. « Tester la connexion » indique le cas.</translation>
    </message>
    <message>
        <source>only if sudo asks for another</source>
        <translation>seulement si sudo en demande un autre</translation>
    </message>
    <message>
        <source>Password authentication needs the password: none is stored for this PBX.</source>
        <translation>L’authentification par mot de passe exige le mot de passe : aucun n’est enregistré pour ce PBX.</translation>
    </message>
    <message>
        <source>unchanged (the keychain could not say whether one is stored)</source>
        <translation>inchangé (le trousseau n’a pas pu dire s’il en contient un)</translation>
    </message>
    <message>
        <source>stored - leave empty to keep</source>
        <translation>enregistré – laisser vide pour le garder</translation>
    </message>
    <message>
        <source>not stored - type it</source>
        <translation>non enregistré – saisissez-le</translation>
    </message>
    <message>
        <source>not stored - only if sudo asks for another</source>
        <translation>non enregistré – seulement si sudo en demande un autre</translation>
    </message>
    <message>
        <source>A copy starts without the original&apos;s secrets and pinned host key: type the passwords; the first connection asks about the key.</source>
        <translation>Une copie démarre sans les secrets ni la clé d’hôte épinglée de l’original : saisissez les mots de passe ; la première connexion demandera pour la clé.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory on this host and port.</source>
        <translation>%1 est déjà dans l’inventaire sur cet hôte et ce port.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ScoreHistoryChart</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Aucun audit pour l&apos;instant</translation>
    </message>
    <message>
        <source>@yPoint partial</source>
        <extracomment>a point of the score chart: the score, then the word</extracomment>
        <translation>@yPoint partiel</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>How many PBXs are contacted at the same time</source>
        <translation>Nombre de PBX contactés simultanément</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language takes effect when PBX Warden starts again.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Une nouvelle langue prend effet au prochain démarrage de PBX Warden.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>PBXs contacted &amp;at once:</source>
        <translation>PBX contactés &amp;simultanément&#xa0;:</translation>
    </message>
    <message>
        <source>SSH &amp;time-out:</source>
        <translation>&amp;Délai d&apos;attente SSH&#xa0;:</translation>
    </message>
    <message>
        <source>Inventory file:</source>
        <translation>Fichier d&apos;inventaire&#xa0;:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Identifiants conservés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Allow AMI over plain &amp;TCP when no SSH tunnel or TLS is possible</source>
        <translation>Autoriser AMI en &amp;TCP non chiffré lorsque ni tunnel SSH ni TLS n&apos;est possible</translation>
    </message>
    <message>
        <source>Logs in with the MD5 challenge, but every action and answer crosses the network unencrypted</source>
        <translation>S&apos;authentifie par le défi MD5, mais chaque action et réponse traverse le réseau sans chiffrement</translation>
    </message>
    <message>
        <source>AMI:</source>
        <translation>AMI&#xa0;:</translation>
    </message>
</context>
</TS>
