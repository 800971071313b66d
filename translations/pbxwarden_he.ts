<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>Activity</name>
    <message>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>customer/site</source>
        <translation>לקוח/אתר</translation>
    </message>
    <message>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>התחברות SSH</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>pinned host key</source>
        <translation>מפתח מארח מוצמד</translation>
    </message>
    <message>
        <source>Added PBX %1 (%2)</source>
        <translation>נוספה המרכזייה %1 (%2)</translation>
    </message>
    <message>
        <source>Imported PBX %1 (%2)</source>
        <translation>יובאה המרכזייה %1 (%2)</translation>
    </message>
    <message>
        <source>Removed PBX %1 (%2)</source>
        <translation>הוסרה המרכזייה %1 (%2)</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>נשמר ללא שינויים</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>שונו: %1</translation>
    </message>
    <message>
        <source>Pinned SSH host key %1</source>
        <translation>מפתח מארח SSH %1 הוצמד</translation>
    </message>
    <message>
        <source>Re-pinned SSH host key from %1 to %2</source>
        <translation>מפתח מארח SSH הוצמד מחדש מ-%1 ל-%2</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>נוסף הלקוח %1</translation>
    </message>
    <message>
        <source>Removed customer %1</source>
        <translation>הוסר הלקוח %1</translation>
    </message>
    <message>
        <source>Added site %1 of %2</source>
        <translation>נוסף האתר %1 של %2</translation>
    </message>
    <message>
        <source>Connection check OK: %1</source>
        <translation>בדיקת החיבור תקינה: %1</translation>
    </message>
    <message>
        <source>Connection check failed: %1</source>
        <translation>בדיקת החיבור נכשלה: %1</translation>
    </message>
    <message>
        <source>AMI session up as %1 (%2)</source>
        <translation>הפעלת AMI פעילה בתור %1 (%2)</translation>
    </message>
    <message>
        <source>AMI connection failed: %1</source>
        <translation>חיבור AMI נכשל: %1</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2</source>
        <translation>עברה ביקורת: ציון %1 מתוך 100, דירוג %2</translation>
    </message>
    <message>
        <source>Audit failed: %1</source>
        <translation>הביקורת נכשלה: %1</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>מנהרת SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP לא מוצפן</translation>
    </message>
    <message>
        <source>AMI session up as %1 over %2 (%3)</source>
        <translation>הפעלת AMI פעילה בתור %1 דרך %2 (%3)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>הוחל</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>נדחה, דבר לא שונה</translation>
    </message>
    <message>
        <source>rejected by a validator</source>
        <translation>נדחה על ידי בודק תקינות</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>הוחזר לאחור</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>ההחזרה לאחור נכשלה</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>נקטע</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>שינוי %1 (%2): %3</translation>
    </message>
    <message>
        <source>Audited: score %1 of 100, grade %2 (partial — %3 of %4 not assessed)</source>
        <translation>עברה ביקורת: ציון %1 מתוך 100, דירוג %2 (חלקי — %3 מתוך %4 לא הוערכו)</translation>
    </message>
</context>
<context>
    <name>AmiConnector</name>
    <message>
        <source>no SSH tunnel for AMI: the host key of %1 is not pinned yet. Pin it first (Check connections), turn on AMI over TLS for this PBX, or allow plain TCP for AMI explicitly</source>
        <translation>אין מנהרת SSH עבור AMI: מפתח המארח של %1 טרם הוצמד. הצמידו אותו תחילה (בדיקת חיבורים), הפעילו AMI דרך TLS עבור מרכזייה זו, או התירו במפורש TCP לא מוצפן עבור AMI</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 has no SSH user. Set one, turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>אין מנהרת SSH עבור AMI: ל-%1 אין משתמש SSH. הגדירו משתמש, הפעילו AMI דרך TLS, או התירו במפורש TCP לא מוצפן עבור AMI</translation>
    </message>
    <message>
        <source>no SSH tunnel for AMI: %1 (%2). Store the SSH password (edit the PBX), turn on AMI over TLS, or allow plain TCP for AMI explicitly</source>
        <translation>אין מנהרת SSH עבור AMI: %1 (%2). שמרו את סיסמת ה-SSH (ערכו את המרכזייה), הפעילו AMI דרך TLS, או התירו במפורש TCP לא מוצפן עבור AMI</translation>
    </message>
    <message>
        <source>no SSH credentials</source>
        <translation>אין פרטי גישה ל-SSH</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>מנהרת SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain TCP</source>
        <translation>TCP לא מוצפן</translation>
    </message>
</context>
<context>
    <name>AsteriskConfig</name>
    <message>
        <source>%1: reading stopped: through template inheritance this configuration would hold more than %2 options, a file built to exhaust memory or a broken one. What needs this file is not assessed; look at the templates named in the section headers up to this line.</source>
        <translation>%1: הקריאה הופסקה: בשל ירושת תבניות, תצורה זו הייתה מכילה יותר מ-%2 אפשרויות — קובץ שנבנה כדי למצות את הזיכרון, או קובץ פגום. מה שתלוי בקובץ זה לא הוערך; בדקו את התבניות ששמן מופיע בכותרות המקטעים עד שורה זו.</translation>
    </message>
    <message>
        <source>%1: reading stopped: &quot;+=&quot; lines grow %2 beyond %3 characters, a file built to exhaust memory or a broken one. What needs this file is not assessed.</source>
        <translation>%1: הקריאה הופסקה: שורות &quot;+=&quot; מגדילות את %2 מעבר ל-%3 תווים — קובץ שנבנה כדי למצות את הזיכרון, או קובץ פגום. מה שתלוי בקובץ זה לא הוערך.</translation>
    </message>
    <message>
        <source>%1: reading stopped: this configuration holds more than %2 options. What needs this file is not assessed.</source>
        <translation>%1: הקריאה הופסקה: תצורה זו מכילה יותר מ-%2 אפשרויות. מה שתלוי בקובץ זה לא הוערך.</translation>
    </message>
</context>
<context>
    <name>AsteriskConfigDocument</name>
    <message>
        <source>longer than Asterisk&apos;s %1-byte line buffer; Asterisk skips it</source>
        <translation>ארוכה ממאגר השורה של Asterisk בגודל %1 בתים; Asterisk מדלג עליה</translation>
    </message>
    <message>
        <source>section header without a closing &apos;]&apos;</source>
        <translation>כותרת מקטע ללא &apos;]&apos; סוגר</translation>
    </message>
    <message>
        <source>section options without a closing &apos;)&apos;</source>
        <translation>אפשרויות מקטע ללא &apos;)&apos; סוגר</translation>
    </message>
    <message>
        <source>invalid escape at the start of the line</source>
        <translation>תו escape לא תקין בתחילת השורה</translation>
    </message>
    <message>
        <source>no &apos;=&apos; on the line; Asterisk ignores it</source>
        <translation>אין &apos;=&apos; בשורה; Asterisk מתעלם ממנה</translation>
    </message>
    <message>
        <source>no option name before &apos;=&apos;; Asterisk ignores the line</source>
        <translation>אין שם אפשרות לפני &apos;=&apos;; Asterisk מתעלם מהשורה</translation>
    </message>
    <message>
        <source>There is no section %1 in this file.</source>
        <translation>אין מקטע %1 בקובץ זה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name Asterisk can read back.</source>
        <translation>&quot;%1&quot; אינו שם אפשרות ש-Asterisk יכול לקרוא בחזרה.</translation>
    </message>
    <message>
        <source>The value for %1 has line breaks, control characters or blanks at its ends, which Asterisk would not read back.</source>
        <translation>הערך של %1 מכיל מעברי שורה, תווי בקרה או רווחים בקצותיו, ש-Asterisk לא היה קורא בחזרה.</translation>
    </message>
    <message>
        <source>Line %1 mixes %2 with a block comment or an escape; change it by hand.</source>
        <translation>שורה %1 משלבת את %2 עם הערת בלוק או תו escape; שנו אותה ידנית.</translation>
    </message>
    <message>
        <source>Line %1 would not read back as %2 = %3; nothing was changed.</source>
        <translation>שורה %1 לא הייתה נקראת בחזרה כ-%2 = %3; דבר לא שונה.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>שורת תצורה אינה יכולה להכיל מעבר שורה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name Asterisk can read back.</source>
        <translation>&quot;%1&quot; אינו שם מקטע ש-Asterisk יכול לקרוא בחזרה.</translation>
    </message>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>אין שורה %1 בקובץ זה.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>the collector did not report %1</source>
        <translation>סקריפט האיסוף לא דיווח על %1</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2)</source>
        <translation>%1 נכשל (קוד יציאה %2)</translation>
    </message>
    <message>
        <source>%1 is not a list of PJSIP contacts</source>
        <translation>%1 אינו רשימה של אנשי קשר PJSIP</translation>
    </message>
    <message>
        <source>%1 was not kept: the console stores only the files and sections its checks read</source>
        <translation>%1 לא נשמר: המסוף שומר רק את הקבצים והמקטעים שהבדיקות שלו קוראות</translation>
    </message>
    <message>
        <source>%1 was cut off: audit again (the link or the time limit ended the collection)</source>
        <translation>%1 נקטע: הריצו ביקורת שוב (החיבור או מגבלת הזמן סיימו את האיסוף)</translation>
    </message>
    <message>
        <source>%1 needs root (the audit account is not root): audit as root, or give the sudo password</source>
        <translation>%1 דורש root (חשבון הביקורת אינו root): הריצו ביקורת כ-root, או ספקו את סיסמת sudo</translation>
    </message>
    <message>
        <source>%1: the tool is not installed on the PBX: install it and audit again</source>
        <translation>%1: הכלי אינו מותקן במרכזייה: התקינו אותו והריצו ביקורת שוב</translation>
    </message>
</context>
<context>
    <name>AuditRun</name>
    <message>
        <source>the host key is not pinned yet: run Check connections (or pbxwarden-cli connect) and trust it first</source>
        <translation>מפתח המארח טרם הוצמד: הריצו בדיקת חיבורים (או pbxwarden-cli connect) ואשרו אותו תחילה</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The collector&apos;s output held no facts.</source>
        <translation>הפלט של סקריפט האיסוף לא הכיל נתונים.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>מתחבר</translation>
    </message>
    <message>
        <source>Collecting facts</source>
        <translation>אוסף נתונים</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>בודק</translation>
    </message>
    <message>
        <source>score %1, grade %2</source>
        <translation>ציון %1, דירוג %2</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>audit again: %1 no longer fail</source>
        <translation>ביקורת חוזרת: %1 כבר אינם נכשלים</translation>
    </message>
    <message>
        <source>%1 still fails: %2</source>
        <translation>%1 עדיין נכשל: %2</translation>
    </message>
    <message>
        <source>%1 could not be assessed: %2</source>
        <translation>לא ניתן היה להעריך את %1: %2</translation>
    </message>
    <message>
        <source>new finding %1 (%2): %3</source>
        <translation>ממצא חדש %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 was not in the new audit</source>
        <translation>%1 לא הופיע בביקורת החדשה</translation>
    </message>
    <message>
        <source>audited again: %1 pass, no new finding</source>
        <translation>ביקורת חוזרת: %1 תקינים, אין ממצא חדש</translation>
    </message>
    <message>
        <source>could not audit again: %1</source>
        <translation>לא ניתן היה לבצע ביקורת חוזרת: %1</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>No backup found on the PBX</source>
        <translation>לא נמצא גיבוי במרכזייה</translation>
    </message>
    <message>
        <source>After a disk failure, a break-in or a bad change there is nothing to restore.</source>
        <translation>לאחר כשל בדיסק, פריצה או שינוי שגוי, אין ממה לשחזר.</translation>
    </message>
    <message>
        <source>Back up /etc/asterisk, the astdb and (FreePBX) the database daily, keep copies off the PBX, and test a restore.</source>
        <translation>גבו מדי יום את /etc/asterisk, את ה-astdb ו(ב-FreePBX) את מסד הנתונים, שמרו עותקים מחוץ למרכזייה, ובדקו שחזור.</translation>
    </message>
    <message>
        <source>The newest backup is older than 7 days</source>
        <translation>הגיבוי העדכני ביותר ישן מ-7 ימים</translation>
    </message>
    <message>
        <source>A stale backup loses every change since; it usually means the schedule broke silently.</source>
        <translation>גיבוי ישן מאבד כל שינוי שנעשה מאז; בדרך כלל זה אומר שהתזמון נשבר בשקט.</translation>
    </message>
    <message>
        <source>Find out why backups stopped, run one now and watch the schedule.</source>
        <translation>בררו מדוע הגיבויים נעצרו, הריצו גיבוי עכשיו ועקבו אחר התזמון.</translation>
    </message>
    <message>
        <source>No scheduled backup</source>
        <translation>אין גיבוי מתוזמן</translation>
    </message>
    <message>
        <source>Backups made by hand stop being made.</source>
        <translation>גיבויים ידניים מפסיקים להתבצע.</translation>
    </message>
    <message>
        <source>Schedule a daily backup (cron, a systemd timer, or the PBX GUI&apos;s backup module).</source>
        <translation>תזמנו גיבוי יומי (cron, טיימר של systemd, או מודול הגיבוי בממשק המרכזייה).</translation>
    </message>
    <message>
        <source>no file in /var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</source>
        <translation>אין קבצים ב-/var/spool/asterisk/backup, /var/lib/asterisk/backups, /backup, /backups, /var/backups/asterisk</translation>
    </message>
    <message>
        <source>no backup to date</source>
        <translation>אין גיבוי שאפשר לתארך</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s); newest %1 from %2 (%3 days old)</source>
        <translation>
            <numerusform>%n קובץ גיבוי; העדכני ביותר %1 מ-%2 (בן %3 ימים)</numerusform>
            <numerusform>%n קובצי גיבוי; העדכני ביותר %1 מ-%2 (בן %3 ימים)</numerusform>
        </translation>
    </message>
    <message>
        <source>no cron entry or timer mentions a backup</source>
        <translation>אף רשומת cron או טיימר אינם מזכירים גיבוי</translation>
    </message>
    <message>
        <source>only commented-out entries:</source>
        <translation>רק רשומות שהוכנסו להערה:</translation>
    </message>
    <message>
        <source>the backup folders, crontabs and systemd timers the collector listed</source>
        <translation>תיקיות הגיבוי, קובצי crontab וטיימרים של systemd שסקריפט האיסוף פירט</translation>
    </message>
    <message>
        <source>backup not located: a backup job exists (%1) but no output was found in the folders the collector lists%2</source>
        <translation>הגיבוי לא אותר: קיימת משימת גיבוי (%1) אך לא נמצא פלט בתיקיות שסקריפט האיסוף מפרט%2</translation>
    </message>
    <message>
        <source>; it writes to %1</source>
        <translation>; היא כותבת אל %1</translation>
    </message>
    <message>
        <source>the backups&apos; age is unknown (not located)</source>
        <translation>גיל הגיבויים אינו ידוע (לא אותרו)</translation>
    </message>
</context>
<context>
    <name>CallTimeChecks</name>
    <message>
        <source>International calls are possible at any hour</source>
        <translation>שיחות בינלאומיות אפשריות בכל שעה</translation>
    </message>
    <message>
        <source>Toll fraud happens at night, on weekends and holidays, when nobody watches.</source>
        <translation>הונאות שיחות מתרחשות בלילה, בסופי שבוע ובחגים, כשאיש אינו משגיח.</translation>
    </message>
    <message>
        <source>Put GotoIfTime() (FreePBX: a time condition on the outbound route) in front of international routes so they work only in working hours.</source>
        <translation>הציבו GotoIfTime() (ב-FreePBX: תנאי זמן על המסלול היוצא) לפני המסלולים הבינלאומיים, כדי שיפעלו רק בשעות העבודה.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf לא נאסף</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>אין מסלול בינלאומי נגיש</translation>
    </message>
    <message>
        <source>every international route checks the time first</source>
        <translation>כל מסלול בינלאומי בודק קודם את השעה</translation>
    </message>
</context>
<context>
    <name>CancelToken</name>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>stopped: the time limit for this host ran out</source>
        <translation>נעצר: מגבלת הזמן עבור מארח זה הסתיימה</translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>The change script is missing from this build.</source>
        <translation>סקריפט השינוי חסר בגרסה זו.</translation>
    </message>
    <message>
        <source>The change script did not start on the PBX (exit status %1): %2</source>
        <translation>סקריפט השינוי לא הופעל במרכזייה (קוד יציאה %1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file on the PBX (a link or a directory); it is not changed through a link. Change the file it points to instead.</source>
        <translation>&quot;%1&quot; אינו קובץ רגיל במרכזייה (קישור או תיקייה); שינויים אינם מתבצעים דרך קישור. שנו במקום זאת את הקובץ שאליו הוא מצביע.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist on the PBX.</source>
        <translation>התיקייה של &quot;%1&quot; אינה קיימת במרכזייה.</translation>
    </message>
    <message>
        <source>The PBX side stopped: %1.</source>
        <translation>הצד של המרכזייה נעצר: %1.</translation>
    </message>
    <message>
        <source>Every file is as the plan expects.</source>
        <translation>כל קובץ הוא כפי שהתוכנית מצפה.</translation>
    </message>
    <message>
        <source>A file changed on the PBX since the plan was made; make the plan again.</source>
        <translation>קובץ במרכזייה השתנה מאז שהתוכנית נוצרה; צרו את התוכנית מחדש.</translation>
    </message>
    <message>
        <source>The files are backed up in the journal on the PBX.</source>
        <translation>הקבצים גובו ביומן השינויים שבמרכזייה.</translation>
    </message>
    <message>
        <source>The validators accept the new content.</source>
        <translation>בודקי התקינות מקבלים את התוכן החדש.</translation>
    </message>
    <message>
        <source>Validator %1 rejected the new content (exit status %2); nothing was changed.</source>
        <translation>בודק התקינות %1 דחה את התוכן החדש (קוד יציאה %2); דבר לא שונה.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX (%1) undoes the change in %2 s unless cancelled.</source>
        <translation>מתג ה-dead-man במרכזייה (%1) יבטל את השינוי בעוד %2 שנ׳ אלא אם יבוטל.</translation>
    </message>
    <message>
        <source>The dead-man switch could not be armed (%1); nothing was changed.</source>
        <translation>לא ניתן היה להפעיל את מתג ה-dead-man (%1); דבר לא שונה.</translation>
    </message>
    <message>
        <source>The new files are in place.</source>
        <translation>הקבצים החדשים במקומם.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed.</source>
        <translation>הכתיבה של &quot;%1&quot; נכשלה.</translation>
    </message>
    <message>
        <source>The configuration in place passes its checks.</source>
        <translation>התצורה הנוכחית עוברת את הבדיקות שלה.</translation>
    </message>
    <message>
        <source>Check %1 failed on the configuration in place (exit status %2).</source>
        <translation>הבדיקה %1 נכשלה על התצורה הנוכחית (קוד יציאה %2).</translation>
    </message>
    <message>
        <source>The services are reloaded.</source>
        <translation>השירותים נטענו מחדש.</translation>
    </message>
    <message>
        <source>Reload %1 failed (exit status %2).</source>
        <translation>הטעינה מחדש של %1 נכשלה (קוד יציאה %2).</translation>
    </message>
    <message>
        <source>Every file has its old content again (hash checked).</source>
        <translation>לכל קובץ חזר התוכן הישן שלו (הגיבוב נבדק).</translation>
    </message>
    <message>
        <source>Some files could not be put back; the PBX needs attention.</source>
        <translation>לא ניתן היה להחזיר חלק מהקבצים; המרכזייה דורשת טיפול.</translation>
    </message>
    <message>
        <source>The old files are back and the services reloaded.</source>
        <translation>הקבצים הישנים הוחזרו והשירותים נטענו מחדש.</translation>
    </message>
    <message>
        <source>The old files are back but a reload failed.</source>
        <translation>הקבצים הישנים הוחזרו, אך טעינה מחדש נכשלה.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself within %1 s (dead-man switch).</source>
        <translation>המרכזייה תחזיר את הקבצים הישנים בעצמה תוך %1 שנ׳ (מתג dead-man).</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the change: %2. The journal on the PBX records where it stopped; it is offered at the next connection.</source>
        <translation>החיבור אל %1 נכשל במהלך השינוי: %2. יומן השינויים שבמרכזייה מתעד היכן הוא נעצר; הדבר יוצע בחיבור הבא.</translation>
    </message>
    <message>
        <source>If the dead-man switch was armed, the PBX puts the old files back within %1 s.</source>
        <translation>אם מתג ה-dead-man הופעל, המרכזייה תחזיר את הקבצים הישנים תוך %1 שנ׳.</translation>
    </message>
    <message>
        <source>The change reached the PBX.</source>
        <translation>השינוי הגיע למרכזייה.</translation>
    </message>
    <message>
        <source>Refused, nothing changed: a file on the PBX is not what the plan was made from.</source>
        <translation>נדחה, דבר לא שונה: קובץ במרכזייה אינו זה שממנו נוצרה התוכנית.</translation>
    </message>
    <message>
        <source>Rejected before anything was written; the PBX is unchanged.</source>
        <translation>נדחה לפני שנכתב דבר; המרכזייה לא שונתה.</translation>
    </message>
    <message>
        <source>A step failed after the files were written; the old files were put back.</source>
        <translation>שלב נכשל לאחר שהקבצים נכתבו; הקבצים הישנים הוחזרו.</translation>
    </message>
    <message>
        <source>The PBX side stopped before changing anything.</source>
        <translation>הצד של המרכזייה נעצר לפני ששינה דבר.</translation>
    </message>
    <message>
        <source>The change stopped on the PBX in state &quot;%1&quot;; it is offered to finish or roll back at the next connection.</source>
        <translation>השינוי נעצר במרכזייה במצב &quot;%1&quot;; בחיבור הבא יוצע להשלים אותו או להחזיר אותו לאחור.</translation>
    </message>
    <message>
        <source>no way to open a new connection was given</source>
        <translation>לא סופקה דרך לפתוח חיבור חדש</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>אין הפעלה</translation>
    </message>
    <message>
        <source>A new login to the PBX failed: %1</source>
        <translation>התחברות חדשה למרכזייה נכשלה: %1</translation>
    </message>
    <message>
        <source>The console could not log in again after the change.</source>
        <translation>המסוף לא הצליח להתחבר שוב לאחר השינוי.</translation>
    </message>
    <message>
        <source>A new connection logged in.</source>
        <translation>חיבור חדש התחבר בהצלחה.</translation>
    </message>
    <message>
        <source>An access check failed after the change.</source>
        <translation>בדיקת גישה נכשלה לאחר השינוי.</translation>
    </message>
    <message>
        <source>The change did not have the intended effect.</source>
        <translation>לשינוי לא הייתה ההשפעה המיועדת.</translation>
    </message>
    <message>
        <source>The change is in place and verified, but committing it failed: %1.</source>
        <translation>השינוי במקומו ואומת, אך אישורו הסופי נכשל: %1.</translation>
    </message>
    <message>
        <source>Committed; the dead-man switch is off.</source>
        <translation>אושר סופית; מתג ה-dead-man כבוי.</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>הוחל ואומת.</translation>
    </message>
    <message>
        <source>The journal is in state &quot;%1&quot;.</source>
        <translation>יומן השינויים במצב &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dead-man switch on the PBX put the old files back before the console could cancel it.</source>
        <translation>מתג ה-dead-man במרכזייה החזיר את הקבצים הישנים לפני שהמסוף הספיק לבטל אותו.</translation>
    </message>
    <message>
        <source>The change could not be committed (journal state &quot;%1&quot;).</source>
        <translation>לא ניתן היה לאשר סופית את השינוי (מצב היומן &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Rolling back over SSH failed: %1.</source>
        <translation>ההחזרה לאחור דרך SSH נכשלה: %1.</translation>
    </message>
    <message>
        <source>The PBX puts the old files back by itself when its dead-man switch fires.</source>
        <translation>המרכזייה תחזיר את הקבצים הישנים בעצמה כשמתג ה-dead-man שלה יופעל.</translation>
    </message>
    <message>
        <source>The PBX had already put the old files back.</source>
        <translation>המרכזייה כבר החזירה את הקבצים הישנים.</translation>
    </message>
    <message>
        <source>This change is closed (journal state &quot;%1&quot;); there is nothing to roll back.</source>
        <translation>שינוי זה סגור (מצב היומן &quot;%1&quot;); אין מה להחזיר לאחור.</translation>
    </message>
    <message>
        <source>The old files are back (hash checked) and the services reloaded.</source>
        <translation>הקבצים הישנים הוחזרו (הגיבוב נבדק) והשירותים נטענו מחדש.</translation>
    </message>
    <message>
        <source>The rollback did not complete (journal state &quot;%1&quot;); the PBX needs attention.</source>
        <translation>ההחזרה לאחור לא הושלמה (מצב היומן &quot;%1&quot;); המרכזייה דורשת טיפול.</translation>
    </message>
    <message>
        <source>The PBX did not list its change journals.</source>
        <translation>המרכזייה לא פירטה את יומני השינויים שלה.</translation>
    </message>
    <message>
        <source>The change has no valid id.</source>
        <translation>לשינוי אין מזהה תקין.</translation>
    </message>
    <message>
        <source>Finishing failed; the old files were put back.</source>
        <translation>ההשלמה נכשלה; הקבצים הישנים הוחזרו.</translation>
    </message>
    <message>
        <source>A file is neither the old nor the new version; it was changed by someone else. Nothing was written.</source>
        <translation>קובץ אינו הגרסה הישנה וגם לא החדשה; מישהו אחר שינה אותו. דבר לא נכתב.</translation>
    </message>
    <message>
        <source>Rejected by a validator; nothing was written.</source>
        <translation>נדחה על ידי בודק תקינות; דבר לא נכתב.</translation>
    </message>
    <message>
        <source>This change cannot be finished (journal state &quot;%1&quot;).</source>
        <translation>לא ניתן להשלים שינוי זה (מצב היומן &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>הוחזר לאחור לפי בקשה.</translation>
    </message>
    <message>
        <source>Undone: the old files are back and the services reloaded.</source>
        <translation>בוטל: הקבצים הישנים הוחזרו והשירותים נטענו מחדש.</translation>
    </message>
    <message>
        <source>Undo did not complete; the PBX needs attention.</source>
        <translation>הביטול לא הושלם; המרכזייה דורשת טיפול.</translation>
    </message>
    <message>
        <source>Not undone: a file changed since this change wrote it. Both versions are shown.</source>
        <translation>לא בוטל: קובץ השתנה מאז ששינוי זה כתב אותו. שתי הגרסאות מוצגות.</translation>
    </message>
    <message>
        <source>Only a committed change can be undone (journal state &quot;%1&quot;).</source>
        <translation>ניתן לבטל רק שינוי שאושר סופית (מצב היומן &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The PBX did not say which address the console connects from (SSH_CONNECTION is &quot;%1&quot;).</source>
        <translation>המרכזייה לא ציינה מאיזו כתובת המסוף מתחבר (SSH_CONNECTION הוא &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>The change has no valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only).</source>
        <translation>לשינוי אין מזהה תקין (אותיות, ספרות, &apos;.&apos;, &apos;_&apos; ו-&apos;-&apos; בלבד).</translation>
    </message>
    <message>
        <source>The change does nothing: it has no file and no command.</source>
        <translation>השינוי אינו עושה דבר: אין בו קובץ ואין בו פקודה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute file path; a change names every file by its full path.</source>
        <translation>&quot;%1&quot; אינו נתיב קובץ מוחלט; שינוי מציין כל קובץ בנתיב המלא שלו.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; contains a control character (a newline?); such a file cannot be changed safely. Rename it on the PBX first.</source>
        <translation>הנתיב &quot;%1&quot; מכיל תו בקרה (מעבר שורה?); לא ניתן לשנות קובץ כזה בבטחה. שנו את שמו במרכזייה תחילה.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not in its plain form (&quot;.&quot;, &quot;..&quot; or &quot;//&quot;).</source>
        <translation>הנתיב &quot;%1&quot; אינו בצורתו הפשוטה (&quot;.&quot;, &quot;..&quot; או &quot;//&quot;).</translation>
    </message>
    <message>
        <source>The change names &quot;%1&quot; twice; one edit per file.</source>
        <translation>השינוי מציין את &quot;%1&quot; פעמיים; עריכה אחת לכל קובץ.</translation>
    </message>
    <message>
        <source>The expected SHA-256 of &quot;%1&quot; is not a lower-case hex digest.</source>
        <translation>ה-SHA-256 הצפוי של &quot;%1&quot; אינו תקציר הקסדצימלי באותיות קטנות.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; or owner &quot;%2&quot; for the new file &quot;%3&quot; is not valid.</source>
        <translation>ההרשאות &quot;%1&quot; או הבעלים &quot;%2&quot; של הקובץ החדש &quot;%3&quot; אינם תקינים.</translation>
    </message>
    <message>
        <source>The dead-man switch must be between 5 and 3600 seconds, not %1.</source>
        <translation>מתג ה-dead-man חייב להיות בין 5 ל-3600 שניות, ולא %1.</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>Send the change</source>
        <translation>שליחת השינוי</translation>
    </message>
    <message>
        <source>Check the files are unchanged</source>
        <translation>בדיקה שהקבצים לא שונו</translation>
    </message>
    <message>
        <source>Back up the files</source>
        <translation>גיבוי הקבצים</translation>
    </message>
    <message>
        <source>Validate the new content</source>
        <translation>בדיקת תקינות התוכן החדש</translation>
    </message>
    <message>
        <source>Arm the dead-man switch</source>
        <translation>הפעלת מתג ה-dead-man</translation>
    </message>
    <message>
        <source>Write the files</source>
        <translation>כתיבת הקבצים</translation>
    </message>
    <message>
        <source>Check the configuration in place</source>
        <translation>בדיקת התצורה הנוכחית</translation>
    </message>
    <message>
        <source>Reload the services</source>
        <translation>טעינה מחדש של השירותים</translation>
    </message>
    <message>
        <source>Log in again over a new connection</source>
        <translation>התחברות מחדש דרך חיבור חדש</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>בדיקת גישה</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>אימות התוצאה</translation>
    </message>
    <message>
        <source>Cancel the dead-man switch and commit</source>
        <translation>ביטול מתג ה-dead-man ואישור סופי</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>החזרה לאחור</translation>
    </message>
    <message>
        <source>Check the old files are back</source>
        <translation>בדיקה שהקבצים הישנים הוחזרו</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>הוחל</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>נדחה, דבר לא שונה</translation>
    </message>
    <message>
        <source>rejected by a validator, nothing changed</source>
        <translation>נדחה על ידי בודק תקינות, דבר לא שונה</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>הוחזר לאחור</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>ההחזרה לאחור נכשלה</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>נקטע</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>בוטל</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 endpoint: calls from anyone without a password</source>
        <translation>endpoint %1: שיחות מכל אחד ללא סיסמה</translation>
    </message>
    <message>
        <source>%1: calls matched by address (%2), no password</source>
        <translation>%1: שיחות מזוהות לפי כתובת (%2), ללא סיסמה</translation>
    </message>
    <message>
        <source>sip.conf: allowguest lets unauthenticated chan_sip calls in</source>
        <translation>sip.conf: allowguest מכניס שיחות chan_sip ללא אימות</translation>
    </message>
    <message>
        <source>the default context: where unmatched calls land</source>
        <translation>ההקשר default: לשם מגיעות שיחות שלא הותאמו</translation>
    </message>
    <message>
        <source>%1: insecure = %2, INVITEs are not challenged</source>
        <translation>%1: insecure = %2, בקשות INVITE אינן נדרשות לאימות</translation>
    </message>
    <message>
        <source>%1 enabled = %2, bindaddr = %3, port %4</source>
        <translation>%1 enabled = %2, bindaddr = %3, פורט %4</translation>
    </message>
    <message>
        <source>numbering plan assumed: %1 (no country in indications.conf or chan_dahdi.conf)</source>
        <translation>תוכנית מספור משוערת: %1 (אין מדינה ב-indications.conf או ב-chan_dahdi.conf)</translation>
    </message>
    <message>
        <source>numbering plan: %1 (%2)</source>
        <translation>תוכנית מספור: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n passed: %1</source>
        <translation>
            <numerusform>%n בדיקה עברה: %1</numerusform>
            <numerusform>כל %n הבדיקות עברו: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>The collector script is missing from this build.</source>
        <translation>סקריפט האיסוף חסר בגרסה זו.</translation>
    </message>
    <message>
        <source>The collector did not start on the PBX.</source>
        <translation>סקריפט האיסוף לא הופעל במרכזייה.</translation>
    </message>
    <message>
        <source>The collector printed nothing (exit status %1): %2</source>
        <translation>סקריפט האיסוף לא הדפיס דבר (קוד יציאה %1): %2</translation>
    </message>
    <message>
        <source>sudo is not installed on %1, so the audit cannot run as root. Install sudo there or log in as root.</source>
        <translation>sudo אינו מותקן ב-%1, ולכן הביקורת אינה יכולה לפעול כ-root. התקינו שם את sudo או התחברו כ-root.</translation>
    </message>
    <message>
        <source>The collector ran without root on %1 (%2): sudo did not make it root. Check the sudoers rule for %3.</source>
        <translation>סקריפט האיסוף פעל ללא הרשאות root ב-%1 (%2): sudo לא העניק הרשאות root. בדקו את כלל ה-sudoers עבור %3.</translation>
    </message>
    <message>
        <source>The audit needs root and did not run: %1.</source>
        <translation>הביקורת דורשת הרשאות root ולא רצה: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>connecting</source>
        <translation>מתחבר</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>מאמת</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>בודק</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>לא התקבלה תשובה בזמן</translation>
    </message>
    <message>
        <source>unknown host key %1 (not trusted yet)</source>
        <translation>מפתח מארח לא מוכר %1 (עדיין לא אושר)</translation>
    </message>
    <message>
        <source>the host key has CHANGED: it is now %1</source>
        <translation>מפתח המארח השתנה: כעת הוא %1</translation>
    </message>
    <message>
        <source>the host key has CHANGED: pinned %1, now %2</source>
        <translation>מפתח המארח השתנה: מוצמד %1, כעת %2</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>הכניסה נדחתה: %1</translation>
    </message>
    <message>
        <source>no answer in time: %1</source>
        <translation>לא התקבלה תשובה בזמן: %1</translation>
    </message>
    <message>
        <source>cannot reach the PBX: %1</source>
        <translation>לא ניתן להגיע למרכזייה: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>תקין: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>logged in; the probe failed: %1</source>
        <translation>הכניסה הצליחה; הבדיקה נכשלה: %1</translation>
    </message>
    <message>
        <source>no Asterisk</source>
        <translation>אין Asterisk</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n שעה</numerusform>
            <numerusform>%n שעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n דקה</numerusform>
            <numerusform>%n דקות</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged in, but the probe failed: %1</source>
        <translation>הכניסה הצליחה, אך הבדיקה נכשלה: %1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>שם מארח:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>מערכת:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>פועל כבר:</translation>
    </message>
    <message>
        <source>Asterisk:</source>
        <translation>Asterisk:</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>לא מותקן</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>מפתח מארח:</translation>
    </message>
    <message>
        <source>%1, %2; cannot become root</source>
        <translation>%1, %2; לא ניתן לקבל הרשאות root</translation>
    </message>
    <message>
        <source>Root:</source>
        <translation>root:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted value.</source>
        <translation>שורה %1: מירכאה בתוך ערך שאינו מוקף במירכאות.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>שורה %1: טקסט אחרי מירכאה סוגרת.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed.</source>
        <translation>שורה %1: ערך במירכאות אינו נסגר.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>נקודה-פסיק</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>טאב</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>פסיק</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header. Known columns: %2.</source>
        <translation>עמודה לא מוכרת &quot;%1&quot; בשורת הכותרת. עמודות מוכרות: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>העמודה &quot;%1&quot; מופיעה פעמיים בשורת הכותרת.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column.</source>
        <translation>בשורת הכותרת אין עמודה &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Has %1 values where the header has %2.</source>
        <translation>יש בה %1 ערכים, בעוד שבשורת הכותרת יש %2.</translation>
    </message>
    <message>
        <source>ssh_auth must be agent, key or password, not &quot;%1&quot;.</source>
        <translation>ssh_auth חייב להיות agent, key או password, ולא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ami_tls must be yes or no, not &quot;%1&quot;.</source>
        <translation>ami_tls חייב להיות yes או no, ולא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>host_key_sha256 must look like SHA256:… as ssh-keygen -lf prints it.</source>
        <translation>host_key_sha256 חייב להיראות כמו SHA256:…, כפי ש-ssh-keygen -lf מציג אותו.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: the customer is missing.</source>
        <translation>אתר שייך ללקוח: הלקוח חסר.</translation>
    </message>
    <message>
        <source>The same name is already used on line %1 of this file.</source>
        <translation>אותו שם כבר מופיע בשורה %1 של קובץ זה.</translation>
    </message>
    <message>
        <source>host_key_sha256 differs from the key pinned for this PBX; check the key on the PBX and re-pin it with &quot;pbxwarden-cli pin&quot; (or in the PBX dialog), not through a file.</source>
        <translation>host_key_sha256 שונה מהמפתח המוצמד למרכזייה זו; בדקו את המפתח במרכזייה והצמידו אותו מחדש עם „pbxwarden-cli pin” (או בחלון המרכזייה), לא דרך קובץ.</translation>
    </message>
    <message>
        <source>A PBX with this name is already in the inventory (import with update to change it).</source>
        <translation>מרכזייה בשם זה כבר נמצאת במלאי (ייבאו עם עדכון כדי לשנות אותה).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>לא ניתן להתחיל את השדרוג: %1</translation>
    </message>
    <message>
        <source>Upgrading the inventory to version %1 failed: %2</source>
        <translation>שדרוג המצאי לגרסה %1 נכשל: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>התיקייה %1 אינה קיימת ולא ניתן היה ליצור אותה.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the inventory cannot be created there.</source>
        <translation>התיקייה %1 מוגנת מפני כתיבה, ולכן לא ניתן ליצור בה את המצאי.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 אינו קובץ.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>לא ניתן לקרוא את %1.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only. PBX Warden needs to write to it; make it writable or choose another file with --db.</source>
        <translation>המצאי %1 מוגן מפני כתיבה. PBX Warden צריך לכתוב אליו; אפשרו כתיבה אליו או בחרו קובץ אחר עם --db.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; SQLite needs to write its journal next to the file.</source>
        <translation>התיקייה של %1 מוגנת מפני כתיבה; SQLite צריך לכתוב את קובץ היומן שלו ליד הקובץ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, or its first page is damaged. It was left untouched; restore it from a backup or choose another file.</source>
        <translation>%1 אינו מסד נתונים של SQLite, או שהעמוד הראשון שלו פגום. הקובץ לא שונה; שחזרו אותו מגיבוי או בחרו קובץ אחר.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>מנהל ההתקן של SQLite עבור Qt חסר (חבילה libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 פגום ולא ניתן לקרוא אותו (%2). הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. It was left untouched.</source>
        <translation>%1 פגום ולא ניתן לקרוא אותו. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a PBX Warden inventory. It was left untouched.</source>
        <translation>%1 הוא מסד נתונים של SQLite השייך לתוכנה אחרת, ולא מצאי של PBX Warden. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PBX Warden (inventory version %2; this one knows up to %3). Update PBX Warden; the file was left untouched.</source>
        <translation>%1 נכתב על ידי גרסה חדשה יותר של PBX Warden (גרסת מצאי %2; גרסה זו מכירה עד %3). עדכנו את PBX Warden; הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>%1 failed SQLite&apos;s integrity check (%2). It was left untouched; restore it from a backup.</source>
        <translation>%1 נכשל בבדיקת התקינות של SQLite (%2). הקובץ לא שונה; שחזרו אותו מגיבוי.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2). Close it and try again.</source>
        <translation>%1 נעול על ידי תוכנה אחרת (%2). סגרו אותה ונסו שוב.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>לא ניתן להעתיק את %1 אל %2 לפני השדרוג (%3); דבר לא שונה.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>לא ניתן להכין את %1: %2</translation>
    </message>
</context>
<context>
    <name>DestinationChecks</name>
    <message>
        <source>International calls can be placed without a password</source>
        <translation>אפשר לבצע שיחות בינלאומיות ללא סיסמה</translation>
    </message>
    <message>
        <source>A context reachable by anonymous, guest or inbound-trunk calls leads to a trunk with numbers of the caller&apos;s choice: anyone on the Internet can pump calls to premium numbers (IRSF).</source>
        <translation>הקשר שנגיש לשיחות אנונימיות, שיחות אורח או שיחות מטראנק נכנס מוביל לטראנק עם מספרים לבחירת המתקשר: כל אחד באינטרנט יכול להזרים שיחות למספרי פרימיום (IRSF).</translation>
    </message>
    <message>
        <source>Give anonymous and inbound calls a context holding only your DIDs (no include of internal contexts), never put outbound routes in &apos;default&apos;, and keep international routes in their own protected context.</source>
        <translation>תנו לשיחות אנונימיות ונכנסות הקשר שמכיל רק את ה-DIDs שלכם (ללא include של הקשרים פנימיים), לעולם אל תשימו מסלולים יוצאים ב-&apos;default&apos;, והחזיקו את המסלולים הבינלאומיים בהקשר מוגן משלהם.</translation>
    </message>
    <message>
        <source>Every phone can dial international numbers</source>
        <translation>כל טלפון יכול לחייג למספרים בינלאומיים</translation>
    </message>
    <message>
        <source>International dialing should be given only to the users who need it; every other cracked phone then costs nothing.</source>
        <translation>יש לתת חיוג בינלאומי רק למשתמשים שזקוקים לו; כך כל טלפון אחר שייפרץ לא יעלה דבר.</translation>
    </message>
    <message>
        <source>Move international patterns to a separate context included only by the contexts of the phones that need them.</source>
        <translation>העבירו את התבניות הבינלאומיות להקשר נפרד, שנכלל רק בהקשרים של הטלפונים שזקוקים להן.</translation>
    </message>
    <message>
        <source>${EXTEN} from a loose pattern goes unfiltered into Dial()</source>
        <translation>${EXTEN} מתבנית רופפת מגיע ל-Dial() ללא סינון</translation>
    </message>
    <message>
        <source>Patterns with &apos;.&apos; or &apos;!&apos; match any characters, so a caller can dial &apos;0044...&amp;Local/...&apos; and add devices or options to the Dial() string (dialplan injection).</source>
        <translation>תבניות עם &apos;.&apos; או &apos;!&apos; מתאימות לכל תו, כך שמתקשר יכול לחייג &apos;0044...&amp;Local/...&apos; ולהוסיף התקנים או אפשרויות למחרוזת ה-Dial() (הזרקה לתוכנית החיוג).</translation>
    </message>
    <message>
        <source>Use strict patterns (_00[1-9]XXXXX.) and pass ${FILTER(0123456789,${EXTEN})} to Dial().</source>
        <translation>השתמשו בתבניות מדויקות (_00[1-9]XXXXX.) והעבירו ל-Dial() את ${FILTER(0123456789,${EXTEN})}.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf לא נאסף</translation>
    </message>
    <message>
        <source>all %1 phones reach an international route: %2</source>
        <translation>כל %1 הטלפונים מגיעים למסלול בינלאומי: %2</translation>
    </message>
    <message>
        <source>%1: pattern %2 -&gt; Dial(%3)</source>
        <translation>%1: תבנית %2 -&gt; Dial(%3)</translation>
    </message>
    <message>
        <source>Anonymous SIP calls are accepted</source>
        <translation>שיחות SIP אנונימיות מתקבלות</translation>
    </message>
    <message>
        <source>The &apos;anonymous&apos; endpoint lets anyone on the Internet place calls into the dialplan without a password: every destination its context reaches is open to them.</source>
        <translation>ה-endpoint &apos;anonymous&apos; מאפשר לכל אחד באינטרנט לבצע שיחות לתוך תוכנית החיוג ללא סיסמה: כל יעד שההקשר שלו מגיע אליו פתוח בפניו.</translation>
    </message>
    <message>
        <source>Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) unless a DID really needs it, and give it a context with only those DIDs.</source>
        <translation>הסירו את ה-endpoint [anonymous] (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP Guests = No) אלא אם DID באמת זקוק לו, ותנו לו הקשר שמכיל רק את ה-DIDs האלה.</translation>
    </message>
    <message>
        <source>chan_sip accepts guest calls</source>
        <translation>chan_sip מקבל שיחות אורח</translation>
    </message>
    <message>
        <source>allowguest (on by default) sends unauthenticated INVITEs into the general context: an entry into the dialplan without a password.</source>
        <translation>allowguest (מופעל כברירת מחדל) שולח הודעות INVITE לא מאומתות אל ההקשר general: כניסה לתוכנית החיוג ללא סיסמה.</translation>
    </message>
    <message>
        <source>Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).</source>
        <translation>הגדירו allowguest = no בקובץ sip.conf [general], או פרקו את chan_sip (הוסר החל מ-Asterisk 21).</translation>
    </message>
    <message>
        <source>Premium-rate, mobile or national calls can be placed without a password</source>
        <translation>ניתן לבצע שיחות לקווי פרימיום, לניידים או שיחות ארציות ללא סיסמה</translation>
    </message>
    <message>
        <source>An entry reachable without a password (guest, anonymous, inbound trunk, default) leads to a trunk with a number of the caller&apos;s choice: premium-rate numbers are pumped like international ones, and mobile or national calls still cost money.</source>
        <translation>כניסה הנגישה ללא סיסמה (guest, anonymous, טראנק נכנס, default) מובילה לטראנק עם מספר לבחירת המתקשר: מספרי פרימיום מנוצלים להונאה בדיוק כמו מספרים בינלאומיים, ושיחות לניידים או שיחות ארציות עדיין עולות כסף.</translation>
    </message>
    <message>
        <source>Give unauthenticated entries a context holding only your DIDs; keep every outbound route in contexts only authenticated phones reach.</source>
        <translation>תנו לכניסות לא מאומתות הקשר שמכיל רק את ה-DIDs שלכם; השאירו כל מסלול יוצא בהקשרים שרק טלפונים מאומתים מגיעים אליהם.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>לא נאספה תצורת Asterisk</translation>
    </message>
    <message>
        <source>%1: context %2</source>
        <translation>%1: הקשר %2</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP endpoint(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n endpoint של PJSIP ב-pjsip.conf</numerusform>
            <numerusform>%n נקודות קצה של PJSIP ב-pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>no [anonymous] endpoint</source>
        <translation>אין endpoint [anonymous]</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip אינו טעון</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf אינו קיים</translation>
    </message>
    <message>
        <source>sip.conf: allowguest not set (default yes)</source>
        <translation>sip.conf: allowguest לא הוגדר (ברירת מחדל yes)</translation>
    </message>
    <message numerus="yes">
        <source>%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan</source>
        <translation>
            <numerusform>%n הקשר כניסה לא מאומת (anonymous, guest, טראנק, default) נסרק בתוכנית החיוג</numerusform>
            <numerusform>%n הקשרי כניסה לא מאומתים (anonymous, guest, טראנק, default) נסרקו בתוכנית החיוג</numerusform>
        </translation>
    </message>
    <message>
        <source>no context is reachable without a password</source>
        <translation>אף הקשר אינו נגיש ללא סיסמה</translation>
    </message>
    <message>
        <source>no international route from: %1</source>
        <translation>אין מסלול בינלאומי מ: %1</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>פרימיום</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>national</source>
        <translation>ארצי</translation>
    </message>
    <message>
        <source>%1 numbers from %2 (%3): %4 -&gt; Dial(%5) at %6</source>
        <translation>מספרי %1 מ-%2 (%3): %4 -&gt; Dial(%5) ב-%6</translation>
    </message>
    <message>
        <source>no trunk dial of the caller&apos;s number from an unauthenticated entry</source>
        <translation>אין חיוג בטראנק למספר שבחר המתקשר מכניסה לא מאומתת</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) and the contexts they dial from</source>
        <translation>
            <numerusform>%n טלפון וההקשרים שממנו הוא מחייג</numerusform>
            <numerusform>%n טלפונים וההקשרים שמהם הם מחייגים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): too few to tell every phone from some</source>
        <translation>
            <numerusform>%n טלפון: מעט מדי כדי להבחין בין כל הטלפונים לחלקם</numerusform>
            <numerusform>%n טלפונים: מעט מדי כדי להבחין בין כל הטלפונים לחלקם</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 phones reach an international route without both a PIN and a time check</source>
        <translation>%1 מתוך %2 טלפונים מגיעים למסלול בינלאומי ללא קוד PIN וגם בדיקת שעה</translation>
    </message>
    <message numerus="yes">
        <source>%n Dial() application(s) reached from %1 context(s)</source>
        <translation>
            <numerusform>%n יישום Dial() שמגיעים אליו מ-%1 הקשרים</numerusform>
            <numerusform>%n יישומי Dial() שמגיעים אליהם מ-%1 הקשרים</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan has no Dial()</source>
        <translation>בתוכנית החיוג אין Dial()</translation>
    </message>
    <message>
        <source>no ${EXTEN} from a loose pattern reaches Dial()</source>
        <translation>אף ${EXTEN} מתבנית רופפת אינו מגיע ל-Dial()</translation>
    </message>
</context>
<context>
    <name>DialplanChecks</name>
    <message>
        <source>from %1 (%2): %3 -&gt; Dial(%4) at %5</source>
        <translation>מ-%1 (%2): %3 -&gt; Dial(%4) ב-%5</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>טלפון %1</translation>
    </message>
    <message numerus="yes">
        <source>%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)</source>
        <translation>
            <numerusform>%n מסלול בינלאומי נמצא מ-%1 הקשרי כניסה (כניסות לא מאומתות וטלפונים)</numerusform>
            <numerusform>%n מסלולים בינלאומיים נמצאו מ-%1 הקשרי כניסה (כניסות לא מאומתות וטלפונים)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactBundle</name>
    <message>
        <source>The stored facts are damaged (not a compressed fact bundle, or cut short): audit the PBX again to collect them anew.</source>
        <translation>הנתונים השמורים פגומים (אינם חבילת נתונים דחוסה, או שנקטעו): בצעו ביקורת חוזרת למרכזייה כדי לאסוף אותם מחדש.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... ועוד %n</numerusform>
            <numerusform>... ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pass</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>כשל</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>לא הוערך</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>אין מה להעריך</translation>
    </message>
</context>
<context>
    <name>FirewallChecks</name>
    <message>
        <source>No host firewall filters incoming connections</source>
        <translation>אין חומת אש במארח שמסננת חיבורים נכנסים</translation>
    </message>
    <message>
        <source>Without a firewall every service of the PBX (SIP, AMI, SSH, the web interface) answers the whole Internet; scanners find a new PBX within minutes.</source>
        <translation>ללא חומת אש, כל שירות של המרכזייה (SIP, AMI, SSH, ממשק האינטרנט) עונה לכל האינטרנט; סורקים מוצאים מרכזייה חדשה תוך דקות.</translation>
    </message>
    <message>
        <source>Set the INPUT policy to DROP and accept only loopback, established connections, SSH and the web interface from the administrators&apos; addresses and SIP/RTP from the phones&apos; and the provider&apos;s networks (or put the PBX behind a firewall that does this).</source>
        <translation>הגדירו את מדיניות INPUT ל-DROP וקבלו רק loopback, חיבורים קיימים, SSH וממשק האינטרנט מכתובות המנהלים, ו-SIP/RTP מרשתות הטלפונים והספק (או הציבו את המרכזייה מאחורי חומת אש שעושה זאת).</translation>
    </message>
    <message>
        <source>PBX services listen on every address with no rule in front</source>
        <translation>שירותי המרכזייה מאזינים בכל הכתובות ללא כלל שמגן עליהם</translation>
    </message>
    <message>
        <source>A service bound to all addresses and accepted by the firewall can be brute-forced or exploited from anywhere: SIP registration cracking, AMI logins, SSH password guessing.</source>
        <translation>שירות שמאזין בכל הכתובות ומתקבל בחומת האש חשוף להתקפות כוח גס או לניצול מכל מקום: פיצוח רישומי SIP, כניסות AMI, ניחוש סיסמאות SSH.</translation>
    </message>
    <message>
        <source>Bind services to the addresses that need them and add firewall rules that accept SIP, SSH, AMI and web ports only from known networks.</source>
        <translation>קשרו את השירותים רק לכתובות שזקוקות להם, והוסיפו כללי חומת אש שמקבלים את פורטי ה-SIP, SSH, AMI והאינטרנט רק מרשתות מוכרות.</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface is open to the Internet</source>
        <translation>ממשק Asterisk Manager Interface פתוח לאינטרנט</translation>
    </message>
    <message>
        <source>AMI can originate calls, read and change the configuration and, with write=system or originate, run commands on the PBX (GHSA-c4cg-9275-6w44).</source>
        <translation>AMI יכול ליזום שיחות, לקרוא ולשנות את התצורה, ועם write=system או originate גם להריץ פקודות במרכזייה (GHSA-c4cg-9275-6w44).</translation>
    </message>
    <message>
        <source>Set bindaddr = 127.0.0.1 in manager.conf (reach AMI through SSH), or accept TCP 5038 only from the management host in the firewall.</source>
        <translation>הגדירו bindaddr = 127.0.0.1 בקובץ manager.conf (וגשו ל-AMI דרך SSH), או קבלו בחומת האש את TCP 5038 רק ממארח הניהול.</translation>
    </message>
    <message>
        <source>iptables-save: INPUT policy %1, no rule drops or rejects; nftables: no input chain drops</source>
        <translation>iptables-save: מדיניות INPUT %1, אף כלל אינו משמיט או דוחה; nftables: אף שרשרת input אינה משמיטה</translation>
    </message>
    <message>
        <source>%1 - %2/%3 accepted from any address</source>
        <translation>%1 - %2/%3 מתקבל מכל כתובת</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf לא נאסף</translation>
    </message>
    <message>
        <source>AMI is disabled</source>
        <translation>AMI מושבת</translation>
    </message>
    <message>
        <source>%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address</source>
        <translation>%1 bindaddr = %2, פורט %3, וחומת האש מקבלת TCP %3 מכל כתובת</translation>
    </message>
    <message>
        <source>iptables-save and nft list ruleset (%1 iptables, %2 nftables rules)</source>
        <translation>iptables-save ו-nft list ruleset (%1 כללי iptables, %2 כללי nftables)</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): reachable from every network that reaches them, not directly from the Internet</source>
        <translation>ip addr: למארח יש כתובות פרטיות בלבד (%1): נגיש מכל רשת שמגיעה אליהן, לא ישירות מהאינטרנט</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</source>
        <translation>
            <numerusform>%n שירות מרכזייה מאזין בכל הכתובות (ss -tulpn ותצורת Asterisk), מול כללי חומת האש</numerusform>
            <numerusform>%n שירותי מרכזייה מאזינים בכל הכתובות (ss -tulpn ותצורת Asterisk), מול כללי חומת האש</numerusform>
        </translation>
    </message>
    <message>
        <source>no PBX service listens on every address</source>
        <translation>אף שירות מרכזייה אינו מאזין בכל הכתובות</translation>
    </message>
    <message>
        <source>ip addr: the host has private addresses only (%1): open to every network that reaches them, not directly to the Internet</source>
        <translation>ip addr: למארח יש כתובות פרטיות בלבד (%1): פתוח לכל רשת שמגיעה אליהן, לא ישירות לאינטרנט</translation>
    </message>
</context>
<context>
    <name>HardeningAnswers</name>
    <message>
        <source>Trusted network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>הרשת המהימנה &quot;%1&quot; אינה כתובת או רשת של ‎/8 לכל היותר (IPv6: ‎/16). כתבו אותה כ-192.0.2.0/24, ‏2001:db8::/32 או ככתובת אחת.</translation>
    </message>
    <message>
        <source>Trunk address &quot;%1&quot; is not an address or network. Write the ITSP&apos;s address as 198.51.100.10 or 198.51.100.0/24 (names are not accepted: fail2ban needs addresses).</source>
        <translation>כתובת הטראנק &quot;%1&quot; אינה כתובת או רשת. כתבו את כתובת ה-ITSP כ-198.51.100.10 או 198.51.100.0/24 (שמות אינם מתקבלים: fail2ban זקוק לכתובות).</translation>
    </message>
    <message>
        <source>The console&apos;s address &quot;%1&quot; is not an IP address. Leave it empty to read it from the SSH connection.</source>
        <translation>כתובת המסוף &quot;%1&quot; אינה כתובת IP. השאירו אותה ריקה כדי לקרוא אותה מחיבור ה-SSH.</translation>
    </message>
    <message>
        <source>The admin account &quot;%1&quot; is not a login name (lower-case letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, at most 32 characters).</source>
        <translation>חשבון המנהל &quot;%1&quot; אינו שם התחברות (אותיות קטנות, ספרות, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, עד 32 תווים).</translation>
    </message>
    <message>
        <source>The AMI user &quot;%1&quot; is not a manager.conf user name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</source>
        <translation>משתמש ה-AMI &quot;%1&quot; אינו שם משתמש של manager.conf (אותיות, ספרות, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;@&apos;).</translation>
    </message>
    <message>
        <source>Unknown answer &quot;%1&quot;. Known answers: %2.</source>
        <translation>תשובה לא ידועה &quot;%1&quot;. תשובות מוכרות: %2.</translation>
    </message>
    <message>
        <source>Phone network &quot;%1&quot; is not an address or network of at most a /8 (IPv6: /16). Write it as 192.0.2.0/24, 2001:db8::/32 or one address.</source>
        <translation>רשת הטלפונים „%1” אינה כתובת ואינה רשת של ‎/8 לכל היותר (IPv6: ‎/16). כתבו אותה כ-192.0.2.0/24, ‏2001:db8::/32 או ככתובת אחת.</translation>
    </message>
    <message>
        <source>trusted_networks, trunk_addresses, phone_networks and ami_privileged_users must be lists of strings.</source>
        <translation>trusted_networks, ‏trunk_addresses, ‏phone_networks ו-ami_privileged_users חייבים להיות רשימות של מחרוזות.</translation>
    </message>
</context>
<context>
    <name>HardeningFixes</name>
    <message>
        <source>%1 was not collected by the audit; audit the PBX again as root.</source>
        <translation>%1 לא נאסף בביקורת; בצעו ביקורת חוזרת למרכזייה כ-root.</translation>
    </message>
    <message>
        <source>%1 comes from a stored audit with its secrets removed; plan from a fresh collection.</source>
        <translation>%1 מגיע מביקורת שמורה שהסודות שלה הוסרו; תכננו מאיסוף חדש.</translation>
    </message>
    <message>
        <source>%1: no section where the audit read one</source>
        <translation>%1: אין מקטע במקום שבו הביקורת קראה מקטע</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose GUI regenerates Asterisk&apos;s files: an edit would be overwritten at its next reload. Make this change in %1&apos;s own settings; PBX Warden does not edit them yet.</source>
        <translation>מרכזייה זו מריצה את %1, שהממשק הגרפי שלה מייצר מחדש את קובצי Asterisk: עריכה תידרס בטעינה מחדש הבאה. בצעו שינוי זה בהגדרות של %1 עצמו; PBX Warden עדיין אינו עורך אותן.</translation>
    </message>
    <message>
        <source>AMI on loopback, with ACLs and least privilege</source>
        <translation>AMI על loopback, עם ACLs והרשאות מינימליות</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls</source>
        <translation>ללא שיחות SIP של אורחים או אנונימיות</translation>
    </message>
    <message>
        <source>SSH: no root login, keys only, trusted networks only</source>
        <translation>SSH: ללא התחברות root, מפתחות בלבד, רשתות מהימנות בלבד</translation>
    </message>
    <message>
        <source>fail2ban jails for SSH and Asterisk</source>
        <translation>jails של fail2ban עבור SSH ו-Asterisk</translation>
    </message>
    <message>
        <source>manager.conf was not collected by the audit.</source>
        <translation>manager.conf לא נאסף בביקורת.</translation>
    </message>
    <message>
        <source>Asterisk cannot read manager.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk אינו יכול לקרוא את manager.conf במצבו הנוכחי (%1); תקנו אותו ידנית תחילה.</translation>
    </message>
    <message>
        <source>manager.conf has no [general] section to edit.</source>
        <translation>ב-manager.conf אין מקטע [general] לעריכה.</translation>
    </message>
    <message>
        <source>AMI user %1 inherits write = %2 from a template (%3); change the template by hand.</source>
        <translation>משתמש ה-AMI %1 יורש write = %2 מתבנית (%3); שנו את התבנית ידנית.</translation>
    </message>
    <message>
        <source>AMI user %1 has more than two write lines; merge them by hand first.</source>
        <translation>למשתמש ה-AMI %1 יש יותר משתי שורות write; מזגו אותן ידנית תחילה.</translation>
    </message>
    <message>
        <source>manager.conf already has these settings.</source>
        <translation>ב-manager.conf כבר קיימות הגדרות אלה.</translation>
    </message>
    <message>
        <source>AMI will listen on 127.0.0.1 only: applications on other hosts (CTI, wallboards, FOP2) lose their AMI connection; the console reaches AMI through its SSH connection.</source>
        <translation>AMI יאזין ב-127.0.0.1 בלבד: יישומים במארחים אחרים (CTI, לוחות תצוגה, FOP2) יאבדו את חיבור ה-AMI שלהם; המסוף מגיע ל-AMI דרך חיבור ה-SSH שלו.</translation>
    </message>
    <message>
        <source>AMI users %1 can no longer run commands, originate calls or change the configuration.</source>
        <translation>משתמשי ה-AMI %1 לא יוכלו עוד להריץ פקודות, ליזום שיחות או לשנות את התצורה.</translation>
    </message>
    <message>
        <source>AMI users %1 keep their dangerous write classes, as answered.</source>
        <translation>משתמשי ה-AMI %1 שומרים על מחלקות ה-write המסוכנות שלהם, כפי שנענה.</translation>
    </message>
    <message>
        <source>Asterisk cannot read sip.conf as it is; repair it first.</source>
        <translation>Asterisk אינו יכול לקרוא את sip.conf במצבו הנוכחי; תקנו אותו תחילה.</translation>
    </message>
    <message>
        <source>The anonymous endpoint comes from %1 (the configuration wizard); remove it there by hand.</source>
        <translation>ה-endpoint האנונימי מגיע מ-%1 (אשף התצורה); הסירו אותו שם ידנית.</translation>
    </message>
    <message>
        <source>The [anonymous] section at %1 includes other files; remove it by hand.</source>
        <translation>המקטע [anonymous] ב-%1 כולל קבצים אחרים; הסירו אותו ידנית.</translation>
    </message>
    <message>
        <source>No guest or anonymous SIP calls are accepted already.</source>
        <translation>כבר אין קבלה של שיחות SIP של אורחים או אנונימיות.</translation>
    </message>
    <message>
        <source>Calls that arrive without authentication and match no endpoint are refused: an ITSP must be matched by an identify section (PJSIP) or host= (chan_sip), or its calls stop.</source>
        <translation>שיחות שמגיעות ללא אימות ואינן תואמות אף endpoint נדחות: ITSP חייב להיות מזוהה באמצעות מקטע identify ‏(PJSIP) או host= ‏(chan_sip), אחרת השיחות שלו ייפסקו.</translation>
    </message>
    <message>
        <source>reload sshd</source>
        <translation>טעינה מחדש של sshd</translation>
    </message>
    <message>
        <source>Name the admin account that must keep SSH access (the one the console logs in with).</source>
        <translation>ציינו את חשבון המנהל שחייב לשמור על גישת SSH (זה שהמסוף מתחבר איתו).</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so PBX Warden cannot make sure it stays allowed in.</source>
        <translation>כתובת המסוף כפי שהמרכזייה רואה אותה אינה ידועה, ולכן PBX Warden אינו יכול לוודא שהיא תישאר מורשית.</translation>
    </message>
    <message>
        <source>There is no account %1 on this PBX: allowing only it would lock every administrator out.</source>
        <translation>אין חשבון %1 במרכזייה זו: התרת הגישה רק לו הייתה נועלת בחוץ כל מנהל.</translation>
    </message>
    <message>
        <source>sshd&apos;s DenyUsers %1 shuts %2 out, so restricting SSH to %2 would lock every administrator out; remove that DenyUsers entry first.</source>
        <translation>ההגדרה DenyUsers %1 של sshd חוסמת את %2, ולכן הגבלת SSH ל-%2 הייתה נועלת בחוץ כל מנהל; הסירו תחילה את רשומת DenyUsers זו.</translation>
    </message>
    <message>
        <source>root may still log in: PermitRootLogin no needs a kept admin account other than root that can use sudo.</source>
        <translation>root עדיין עשוי להתחבר: PermitRootLogin no דורש חשבון מנהל שנשמר, שאינו root ויכול להשתמש ב-sudo.</translation>
    </message>
    <message>
        <source>Passwords stay accepted: PasswordAuthentication no is only offered after the console has logged in as %1 with its key.</source>
        <translation>סיסמאות ממשיכות להתקבל: PasswordAuthentication no מוצע רק לאחר שהמסוף התחבר כ-%1 עם המפתח שלו.</translation>
    </message>
    <message>
        <source>%1 sets %2 and is read before PBX Warden&apos;s drop-in, so the change would not take effect; remove it there first.</source>
        <translation>%1 מגדיר את %2 ונקרא לפני קובץ ה-drop-in של PBX Warden, ולכן השינוי לא ייכנס לתוקף; הסירו אותו שם תחילה.</translation>
    </message>
    <message>
        <source>sshd_config already has these settings.</source>
        <translation>ב-sshd_config כבר קיימות הגדרות אלה.</translation>
    </message>
    <message>
        <source>sshd -t on the new file</source>
        <translation>sshd -t על הקובץ החדש</translation>
    </message>
    <message>
        <source>sshd -t on the whole configuration</source>
        <translation>sshd -t על כל התצורה</translation>
    </message>
    <message>
        <source>Only %1 may log in over SSH, and only from %2; every other account loses SSH access. A dead-man switch on the PBX restores the old configuration unless the console logs in again.</source>
        <translation>רק %1 יוכל להתחבר ב-SSH, ורק מ-%2; כל חשבון אחר יאבד את גישת ה-SSH. מתג dead-man במרכזייה ישחזר את התצורה הישנה אלא אם המסוף יתחבר שוב.</translation>
    </message>
    <message>
        <source>None of the SSH findings this fix resolves fails.</source>
        <translation>אף אחד מממצאי ה-SSH שתיקון זה פותר אינו נכשל.</translation>
    </message>
    <message>
        <source>None of the log files logger.conf names (%1) exists, so an asterisk jail would watch nothing; enable a security or notice log in logger.conf and run &apos;logger reload&apos; first.</source>
        <translation>אף אחד מקובצי היומן ש-logger.conf מציין (%1) אינו קיים, ולכן jail של asterisk לא היה מנטר דבר; הפעילו יומן security או notice ב-logger.conf והריצו &apos;logger reload&apos; תחילה.</translation>
    </message>
    <message>
        <source>Whether fail2ban is installed is unknown: %1</source>
        <translation>לא ידוע אם fail2ban מותקן: %1</translation>
    </message>
    <message>
        <source>fail2ban is not installed; install the fail2ban package first, then audit again.</source>
        <translation>fail2ban אינו מותקן; התקינו תחילה את החבילה fail2ban, ולאחר מכן בצעו ביקורת חוזרת.</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so fail2ban could ban the console itself.</source>
        <translation>כתובת המסוף כפי שהמרכזייה רואה אותה אינה ידועה, ולכן fail2ban עלול לחסום את המסוף עצמו.</translation>
    </message>
    <message>
        <source>%1 already holds these jails.</source>
        <translation>%1 כבר מכיל jails אלה.</translation>
    </message>
    <message>
        <source>fail2ban-client -t on the whole configuration</source>
        <translation>fail2ban-client -t על כל התצורה</translation>
    </message>
    <message>
        <source>reload fail2ban (start it when stopped)</source>
        <translation>טעינה מחדש של fail2ban (הפעלתו אם הוא עצור)</translation>
    </message>
    <message>
        <source>Addresses that fail to log in repeatedly are banned; never banned: %1.</source>
        <translation>כתובות שנכשלות שוב ושוב בהתחברות נחסמות; לעולם לא נחסמות: %1.</translation>
    </message>
    <message>
        <source>Trunks not listed in the answers can be banned if they fail to authenticate.</source>
        <translation>טראנקים שאינם מופיעים בתשובות עלולים להיחסם אם ייכשלו באימות.</translation>
    </message>
    <message>
        <source>None of the fail2ban findings this fix resolves fails.</source>
        <translation>אף אחד מממצאי fail2ban שתיקון זה פותר אינו נכשל.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;. Known fixes: %2.</source>
        <translation>תיקון לא ידוע &quot;%1&quot;. תיקונים מוכרים: %2.</translation>
    </message>
    <message>
        <source>This PBX runs %1, whose own firewall (FreePBX: the Firewall module, fwconsole firewall) owns the host&apos;s rules; a second firewall beside it would fight it. Trust the console and the administrators&apos; networks in %1&apos;s firewall instead.</source>
        <translation>במרכזייה זו פועלת %1, וחומת האש שלה (FreePBX: מודול Firewall,‏ fwconsole firewall) מנהלת את חוקי המארח; חומת אש שנייה לצידה תתנגש בה. הגדירו במקום זאת אמון במסוף וברשתות המנהלים בחומת האש של %1.</translation>
    </message>
    <message>
        <source>ufw or firewalld manages this host&apos;s firewall; PBX Warden does not add rules beside it. Open SSH and SIP only to the known networks there.</source>
        <translation>ufw או firewalld מנהלים את חומת האש של מארח זה; PBX Warden אינו מוסיף חוקים לצידם. פתחו שם SSH ו-SIP רק לרשתות המוכרות.</translation>
    </message>
    <message>
        <source>nft is not installed on the PBX (package nftables); this fix writes nftables rules. Install it, audit again, then plan. (Hosts with iptables only are not handled yet.)</source>
        <translation>nft אינו מותקן במרכזייה (החבילה nftables); תיקון זה כותב חוקי nftables. התקינו אותו, בצעו ביקורת שוב ואז תכננו. (מארחים עם iptables בלבד עדיין אינם נתמכים.)</translation>
    </message>
    <message>
        <source>The console&apos;s address as the PBX sees it is unknown, so the new rules could shut the console out. Connect over SSH (it is read from the connection) or give console_address.</source>
        <translation>כתובת המסוף כפי שהמרכזייה רואה אותה אינה ידועה, ולכן החוקים החדשים עלולים לנעול את המסוף בחוץ. התחברו ב-SSH (היא נקראת מהחיבור) או ציינו console_address.</translation>
    </message>
    <message>
        <source>Say which networks the phones register from and which addresses the SIP provider uses (phone_networks, trunk_addresses): a default-drop firewall would cut off everything else, and with it every call.</source>
        <translation>ציינו מאילו רשתות הטלפונים נרשמים ובאילו כתובות ספק ה-SIP משתמש (phone_networks, ‏trunk_addresses): חומת אש שחוסמת כברירת מחדל תנתק את כל השאר, ואיתו כל שיחה.</translation>
    </message>
    <message>
        <source>%1 already holds these rules.</source>
        <translation>%1 כבר מכיל את החוקים האלה.</translation>
    </message>
    <message>
        <source>After a reboot the rules come back only if nftables.service is enabled (systemctl enable nftables).</source>
        <translation>לאחר הפעלה מחדש החוקים חוזרים רק אם nftables.service מופעל (systemctl enable nftables).</translation>
    </message>
    <message>
        <source>There is no /etc/nftables.conf: the rules hold until the next reboot. Install nftables&apos; service, or load %1 at boot.</source>
        <translation>אין ‎/etc/nftables.conf: החוקים תקפים עד ההפעלה מחדש הבאה. התקינו את שירות nftables, או טענו את %1 בעת האתחול.</translation>
    </message>
    <message>
        <source>nft -c -f on the new rules (check only)</source>
        <translation>nft -c -f על החוקים החדשים (בדיקה בלבד)</translation>
    </message>
    <message>
        <source>nft -f %1 (one transaction)</source>
        <translation>nft -f %1 (טרנזקציה אחת)</translation>
    </message>
    <message>
        <source>Incoming connections are dropped unless listed: SSH%1 and the web interfaces from %2; SIP from %3; RTP %4-%5/udp from anywhere.</source>
        <translation>חיבורים נכנסים נחסמים אלא אם צוינו: SSH%1 וממשקי הרשת מ-%2; ‏SIP מ-%3; ‏RTP ‏%4-%5/udp מכל מקום.</translation>
    </message>
    <message>
        <source>No longer reachable from other hosts: %1.</source>
        <translation>לא נגיש עוד ממארחים אחרים: %1.</translation>
    </message>
    <message>
        <source>Kept as they are: the host&apos;s other rules (%1 iptables, %2 nftables); a packet must pass them and these.</source>
        <translation>נשמרים כפי שהם: שאר חוקי המארח (%1 iptables,‏ %2 nftables); חבילה צריכה לעבור גם אותם וגם את אלה.</translation>
    </message>
    <message>
        <source>None of the firewall findings this fix resolves fails.</source>
        <translation>אף אחד מממצאי חומת האש שתיקון זה פותר אינו נכשל.</translation>
    </message>
    <message>
        <source>Host firewall: drop by default, SSH and SIP from known networks only</source>
        <translation>חומת אש למארח: חסימה כברירת מחדל, SSH ו-SIP מרשתות מוכרות בלבד</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server on loopback only</source>
        <translation>שרת ה-HTTP של Asterisk על loopback בלבד</translation>
    </message>
    <message>
        <source>http.conf was not collected by the audit.</source>
        <translation>http.conf לא נאסף בביקורת.</translation>
    </message>
    <message>
        <source>Asterisk cannot read http.conf as it is (%1); repair it by hand first.</source>
        <translation>Asterisk אינו יכול לקרוא את http.conf כפי שהוא (%1); תקנו אותו ידנית קודם.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is off.</source>
        <translation>שרת ה-HTTP של Asterisk כבוי.</translation>
    </message>
    <message>
        <source>http.conf already binds to 127.0.0.1.</source>
        <translation>http.conf כבר מאזין ל-127.0.0.1.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server will answer on 127.0.0.1 only: WebRTC phones, ARI applications and AMI-over-HTTP clients on other hosts lose it (put a TLS reverse proxy in front if they need it).</source>
        <translation>שרת ה-HTTP של Asterisk יענה רק ב-127.0.0.1: טלפוני WebRTC, יישומי ARI ולקוחות AMI דרך HTTP במארחים אחרים יאבדו אותו (הציבו לפניו reverse proxy עם TLS אם הם זקוקים לו).</translation>
    </message>
    <message>
        <source>None of the web findings this fix resolves fails.</source>
        <translation>אף אחד מממצאי הרשת שתיקון זה פותר אינו נכשל.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>%1 gave an unexpected answer to the probe: %2</source>
        <translation>%1 החזיר תשובה לא צפויה לבדיקה: %2</translation>
    </message>
    <message>
        <source>installed; its console did not answer %1 (%2)</source>
        <translation>מותקן; המסוף שלו לא ענה ל-%1 (%2)</translation>
    </message>
    <message>
        <source>whether sudo works could not be asked: %1</source>
        <translation>לא ניתן היה לבדוק אם sudo עובד: %1</translation>
    </message>
</context>
<context>
    <name>InactiveUserChecks</name>
    <message>
        <source>Login accounts unused for 180 days</source>
        <translation>חשבונות כניסה שלא נעשה בהם שימוש 180 יום</translation>
    </message>
    <message>
        <source>Accounts of former staff keep working passwords and keys nobody watches.</source>
        <translation>חשבונות של עובדים לשעבר שומרים על סיסמאות ומפתחות תקפים שאיש אינו מנטר.</translation>
    </message>
    <message>
        <source>Lock or remove accounts nobody uses (usermod -L / userdel) and their authorized_keys.</source>
        <translation>נעלו או הסירו חשבונות שאיש אינו משתמש בהם (usermod -L / userdel) ואת קובצי ה-authorized_keys שלהם.</translation>
    </message>
    <message>
        <source>Extensions with no registered phone and no call records</source>
        <translation>שלוחות ללא טלפון רשום וללא רשומות שיחה</translation>
    </message>
    <message>
        <source>Extensions of former employees are rarely watched; their passwords are often weak and their calls go unnoticed.</source>
        <translation>שלוחות של עובדים לשעבר כמעט אינן מנוטרות; הסיסמאות שלהן לרוב חלשות והשיחות מהן עוברות בלי שישימו לב.</translation>
    </message>
    <message>
        <source>Check with the customer and remove the extensions nobody uses (endpoint, auth, aor and voicemail box).</source>
        <translation>בררו עם הלקוח והסירו את השלוחות שאיש אינו משתמש בהן (endpoint, auth, aor ותא קולי).</translation>
    </message>
    <message>
        <source>%1: can log in, never did</source>
        <translation>%1: יכול להתחבר, מעולם לא התחבר</translation>
    </message>
    <message>
        <source>%1: last login %2</source>
        <translation>%1: כניסה אחרונה %2</translation>
    </message>
    <message>
        <source>the PJSIP endpoints are unknown (neither the live list nor pjsip.conf)</source>
        <translation>נקודות הקצה של PJSIP אינן ידועות (לא הרשימה החיה ולא pjsip.conf)</translation>
    </message>
    <message>
        <source>no endpoint has a registered contact</source>
        <translation>לאף נקודת קצה אין איש קשר רשום</translation>
    </message>
    <message>
        <source>no call records</source>
        <translation>אין רישומי שיחות</translation>
    </message>
    <message>
        <source>needs the registered contacts or the call records (CDR): %1; %2</source>
        <translation>נדרשים אנשי הקשר הרשומים או רישומי השיחות (CDR): %1; %2</translation>
    </message>
    <message>
        <source>registration unknown</source>
        <translation>הרישום אינו ידוע</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>לא רשומה</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, last call %3</source>
        <translation>%1: %2, שיחה אחרונה %3</translation>
    </message>
    <message>
        <source>%1: %2, no call since %3</source>
        <translation>%1: %2, אין שיחה מאז %3</translation>
    </message>
    <message>
        <source>%1: %2, no call recorded</source>
        <translation>%1: %2, לא נרשמה שיחה</translation>
    </message>
    <message>
        <source>no call records; only the current registration was checked</source>
        <translation>אין רישומי שיחות; נבדק רק הרישום הנוכחי</translation>
    </message>
    <message>
        <source>the registered contacts could not be read; only the call records were checked</source>
        <translation>לא ניתן היה לקרוא את אנשי הקשר הרשומים; נבדקו רק רישומי השיחות</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s), against the registered contacts and the call records</source>
        <translation>
            <numerusform>%n שלוחה, מול אנשי הקשר הרשומים ורשומות השיחות</numerusform>
            <numerusform>%n שלוחות, מול אנשי הקשר הרשומים ורשומות השיחות</numerusform>
        </translation>
    </message>
    <message>
        <source>no phone extension is configured</source>
        <translation>לא הוגדרה אף שלוחת טלפון</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that can log in (password or SSH key), from %1</source>
        <translation>
            <numerusform>%n חשבון שיכול להתחבר (סיסמה או מפתח SSH), מתוך %1</numerusform>
            <numerusform>%n חשבונות שיכולים להתחבר (סיסמה או מפתח SSH), מתוך %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no account can log in</source>
        <translation>אף חשבון אינו יכול להתחבר</translation>
    </message>
</context>
<context>
    <name>InspectionChecks</name>
    <message>
        <source>No inspection in the last six months</source>
        <translation>לא בוצעה בדיקה בששת החודשים האחרונים</translation>
    </message>
    <message>
        <source>The seed practice: inspect each PBX twice a year and verify its configuration.</source>
        <translation>נוהל הבסיס: לבדוק כל מרכזייה פעמיים בשנה ולאמת את תצורתה.</translation>
    </message>
    <message>
        <source>Audit this PBX with PBX Warden at least every six months (this audit counts from now on).</source>
        <translation>בצעו ביקורת למרכזייה זו עם PBX Warden לפחות אחת לשישה חודשים (ביקורת זו נספרת מעתה).</translation>
    </message>
    <message>
        <source>Asterisk does not log security events</source>
        <translation>Asterisk אינו רושם אירועי אבטחה ביומן</translation>
    </message>
    <message>
        <source>Without a security log failed registrations, ACL rejections and AMI logins leave no trace to inspect, and fail2ban sees less.</source>
        <translation>ללא יומן אבטחה, רישומים שנכשלו, דחיות ACL וכניסות AMI אינם משאירים עקבות לבדיקה, ו-fail2ban רואה פחות.</translation>
    </message>
    <message>
        <source>Add &apos;security.log =&gt; security&apos; to logger.conf [logfiles] and run &apos;logger reload&apos;.</source>
        <translation>הוסיפו &apos;security.log =&gt; security&apos; ל-logger.conf [logfiles] והריצו &apos;logger reload&apos;.</translation>
    </message>
    <message>
        <source>previous audit %1 (%2 days before this one)</source>
        <translation>ביקורת קודמת %1 (%2 ימים לפני זו)</translation>
    </message>
    <message>
        <source>previous audit %1</source>
        <translation>ביקורת קודמת %1</translation>
    </message>
    <message>
        <source>logger.conf was not collected</source>
        <translation>logger.conf לא נאסף</translation>
    </message>
    <message>
        <source>logger.conf [logfiles]: no channel logs the security level</source>
        <translation>logger.conf [logfiles]: אף ערוץ אינו רושם את רמת security</translation>
    </message>
    <message>
        <source>PBX Warden&apos;s record of this PBX&apos;s audits</source>
        <translation>הרישום של PBX Warden לגבי הביקורות של מרכזייה זו</translation>
    </message>
    <message>
        <source>first audit by PBX Warden: the next one is due within six months</source>
        <translation>ביקורת ראשונה של PBX Warden: הביקורת הבאה צריכה להתבצע בתוך שישה חודשים</translation>
    </message>
</context>
<context>
    <name>IntlPasscodeChecks</name>
    <message>
        <source>International calls need no passcode</source>
        <translation>שיחות בינלאומיות אינן דורשות קוד</translation>
    </message>
    <message>
        <source>A per-user PIN on each international call alone can prevent toll fraud, even when an intruder is in the system.</source>
        <translation>קוד PIN אישי בכל שיחה בינלאומית יכול לבדו למנוע הונאת שיחות, גם כשפורץ נמצא במערכת.</translation>
    </message>
    <message>
        <source>Add Authenticate() (FreePBX: a route password or PIN set) before every Dial() to an international number.</source>
        <translation>הוסיפו Authenticate() (ב-FreePBX: סיסמת מסלול או ערכת קודי PIN) לפני כל Dial() למספר בינלאומי.</translation>
    </message>
    <message>
        <source>Dialplan PINs are weak</source>
        <translation>קודי ה-PIN בתוכנית החיוג חלשים</translation>
    </message>
    <message>
        <source>A guessable PIN protects nothing.</source>
        <translation>קוד PIN שאפשר לנחש אינו מגן על דבר.</translation>
    </message>
    <message>
        <source>Use PINs of 6+ random digits, one per user.</source>
        <translation>השתמשו בקודי PIN של 6 ספרות אקראיות לפחות, אחד לכל משתמש.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf לא נאסף</translation>
    </message>
    <message>
        <source>no international route is reachable</source>
        <translation>אין מסלול בינלאומי נגיש</translation>
    </message>
    <message>
        <source>every international route asks for a PIN</source>
        <translation>כל מסלול בינלאומי מבקש קוד PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n PIN(s) in extensions.conf [globals]</source>
        <translation>
            <numerusform>%n קוד PIN ב-extensions.conf [globals]</numerusform>
            <numerusform>%n קודי PIN ב-extensions.conf [globals]</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions.conf [globals] holds no PIN</source>
        <translation>extensions.conf [globals] אינו מכיל קוד PIN</translation>
    </message>
</context>
<context>
    <name>IntrusionPreventionChecks</name>
    <message>
        <source>No intrusion prevention (fail2ban) is installed</source>
        <translation>לא מותקנת מניעת חדירות (fail2ban)</translation>
    </message>
    <message>
        <source>Password guessing against SIP and SSH goes on for as long as the attacker likes.</source>
        <translation>ניחוש סיסמאות נגד SIP ו-SSH נמשך כל עוד התוקף רוצה.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its sshd and asterisk jails (keep the default settings).</source>
        <translation>התקינו את fail2ban והפעילו את ה-jails sshd ו-asterisk שלו (השאירו את הגדרות ברירת המחדל).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running, with SIP or SSH open to any address</source>
        <translation>fail2ban מותקן אך אינו פועל, ו-SIP או SSH פתוחים לכל כתובת</translation>
    </message>
    <message>
        <source>A configured but stopped fail2ban bans nobody while services face the Internet.</source>
        <translation>fail2ban מוגדר אך עצור אינו חוסם איש בזמן שהשירותים חשופים לאינטרנט.</translation>
    </message>
    <message>
        <source>Start fail2ban and enable it at boot (systemctl enable --now fail2ban).</source>
        <translation>הפעילו את fail2ban והגדירו אותו לעלות באתחול (systemctl enable --now fail2ban).</translation>
    </message>
    <message>
        <source>fail2ban is installed but not running (the firewall limits SIP and SSH)</source>
        <translation>fail2ban מותקן אך אינו פועל (חומת האש מגבילה SIP ו-SSH)</translation>
    </message>
    <message>
        <source>The firewall admits only listed sources, but a compromised host there can still guess passwords unhindered.</source>
        <translation>חומת האש מאפשרת רק מקורות שצוינו, אך מארח פרוץ ביניהם עדיין יכול לנחש סיסמאות ללא הפרעה.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects Asterisk</source>
        <translation>אף jail של fail2ban אינו מגן על Asterisk</translation>
    </message>
    <message>
        <source>SIP password cracking (svcrack) is never banned.</source>
        <translation>פיצוח סיסמאות SIP (svcrack) לעולם אינו נחסם.</translation>
    </message>
    <message>
        <source>Enable the asterisk jail in jail.local (enabled = true) with logpath pointing at the log Asterisk really writes.</source>
        <translation>הפעילו את ה-jail asterisk בקובץ jail.local (enabled = true) עם logpath שמצביע על היומן ש-Asterisk באמת כותב.</translation>
    </message>
    <message>
        <source>The asterisk jail watches a log file that does not exist</source>
        <translation>ה-jail של asterisk מנטר קובץ יומן שאינו קיים</translation>
    </message>
    <message>
        <source>A jail on /var/log/asterisk/messages while Asterisk writes messages.log runs but can match nothing.</source>
        <translation>jail על /var/log/asterisk/messages בזמן ש-Asterisk כותב ל-messages.log פועל, אך אינו יכול לזהות דבר.</translation>
    </message>
    <message>
        <source>Point logpath at the files logger.conf really writes (messages.log, security.log) and reload fail2ban.</source>
        <translation>כוונו את logpath לקבצים ש-logger.conf באמת כותב (messages.log, security.log) וטענו מחדש את fail2ban.</translation>
    </message>
    <message>
        <source>No fail2ban jail protects SSH</source>
        <translation>אף jail של fail2ban אינו מגן על SSH</translation>
    </message>
    <message>
        <source>SSH password guessing is never banned.</source>
        <translation>ניחוש סיסמאות SSH לעולם אינו נחסם.</translation>
    </message>
    <message>
        <source>Enable the sshd jail (on Debian 12 with backend = systemd).</source>
        <translation>הפעילו את ה-jail של sshd (ב-Debian 12 עם backend = systemd).</translation>
    </message>
    <message>
        <source>fail2ban-client: not installed</source>
        <translation>fail2ban-client: לא מותקן</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban אינו מותקן</translation>
    </message>
    <message>
        <source>running, jails: %1</source>
        <translation>פועל, jails: %1</translation>
    </message>
    <message>
        <source>fail2ban-client status: %1</source>
        <translation>fail2ban-client status: %1</translation>
    </message>
    <message>
        <source>the firewall limits SIP and SSH to listed sources</source>
        <translation>חומת האש מגבילה SIP ו-SSH למקורות שצוינו</translation>
    </message>
    <message>
        <source>neither the running jails nor jail.conf/jail.local could be read</source>
        <translation>לא ניתן היה לקרוא לא את ה-jails הפועלים ולא את jail.conf/jail.local</translation>
    </message>
    <message>
        <source>%1: [asterisk] enabled = false</source>
        <translation>%1: [asterisk] enabled = false</translation>
    </message>
    <message>
        <source>no enabled jail uses the asterisk filter</source>
        <translation>אף jail מופעל אינו משתמש במסנן asterisk</translation>
    </message>
    <message>
        <source>no enabled asterisk jail to check</source>
        <translation>אין jail מופעל של asterisk לבדיקה</translation>
    </message>
    <message>
        <source>[%1] logpath %2: no such file (%3)</source>
        <translation>[%1] logpath %2: אין קובץ כזה (%3)</translation>
    </message>
    <message>
        <source>no enabled sshd jail</source>
        <translation>אין jail מופעל של sshd</translation>
    </message>
    <message>
        <source>fail2ban-client status, the jail configuration and /var/log</source>
        <translation>fail2ban-client status, תצורת ה-jails ו-/var/log</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The audit history could not be read or written: %1</source>
        <translation>לא ניתן היה לקרוא או לכתוב את היסטוריית הביקורות: %1</translation>
    </message>
    <message>
        <source>A PBX with this name already exists.</source>
        <translation>כבר קיימת מרכזייה בשם זה.</translation>
    </message>
    <message>
        <source>A customer with this name already exists.</source>
        <translation>כבר קיים לקוח בשם זה.</translation>
    </message>
    <message>
        <source>This customer already has a site with this name.</source>
        <translation>ללקוח זה כבר יש אתר בשם זה.</translation>
    </message>
    <message>
        <source>This is still in use by other entries of the inventory.</source>
        <translation>פריט זה עדיין בשימוש ברשומות אחרות במצאי.</translation>
    </message>
    <message>
        <source>A value is out of its allowed range (%1).</source>
        <translation>ערך נמצא מחוץ לטווח המותר (%1).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>הדיסק מלא; דבר לא שונה.</translation>
    </message>
    <message>
        <source>The inventory is locked by another program; nothing was changed.</source>
        <translation>המצאי נעול על ידי תוכנה אחרת; דבר לא שונה.</translation>
    </message>
    <message>
        <source>The inventory could not be changed: %1</source>
        <translation>לא ניתן היה לשנות את המצאי: %1</translation>
    </message>
    <message>
        <source>The inventory is busy: %1</source>
        <translation>המצאי תפוס: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>לא ניתן היה לשמור את השינוי: %1</translation>
    </message>
    <message>
        <source>There is no PBX with id %1.</source>
        <translation>אין מרכזייה עם המזהה %1.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>אין מרכזייה בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>אתר שייך ללקוח: בחרו גם את הלקוח.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>שם הלקוח הוא שדה חובה.</translation>
    </message>
    <message>
        <source>A site needs a customer and a name.</source>
        <translation>לאתר נדרשים לקוח ושם.</translation>
    </message>
    <message>
        <source>The customer %1 still has PBXs; move or remove them first.</source>
        <translation>ללקוח %1 עדיין יש מרכזיות; העבירו או הסירו אותן קודם.</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;.</source>
        <translation>אין לקוח בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The change history could not be read or written: %1</source>
        <translation>לא ניתן היה לקרוא או לכתוב את היסטוריית השינויים: %1</translation>
    </message>
    <message>
        <source>The inventory has no identity.</source>
        <translation>למצאי אין זהות.</translation>
    </message>
</context>
<context>
    <name>LeastPrivilegeChecks</name>
    <message>
        <source>AMI users may run commands or originate calls</source>
        <translation>משתמשי AMI יכולים להריץ פקודות או ליזום שיחות</translation>
    </message>
    <message>
        <source>Give each AMI user only the classes its application needs (a wallboard: read = call,agent, write = empty).</source>
        <translation>תנו לכל משתמש AMI רק את המחלקות שהיישום שלו צריך (ללוח תצוגה: read = call,agent, write = ריק).</translation>
    </message>
    <message>
        <source>An account may run anything as root without a password</source>
        <translation>חשבון יכול להריץ כל דבר כ-root ללא סיסמה</translation>
    </message>
    <message>
        <source>NOPASSWD: ALL turns any flaw in that account (for &apos;asterisk&apos;: any dialplan or AMI command injection) into root.</source>
        <translation>NOPASSWD: ALL הופך כל פרצה בחשבון זה (עבור &apos;asterisk&apos;: כל הזרקת פקודה דרך תוכנית החיוג או AMI) לגישת root.</translation>
    </message>
    <message>
        <source>Remove the rule, or limit it to the exact commands needed (e.g. /usr/sbin/fwconsole reload) with full paths.</source>
        <translation>הסירו את הכלל, או הגבילו אותו לפקודות המדויקות הנדרשות עם נתיבים מלאים (למשל /usr/sbin/fwconsole reload).</translation>
    </message>
    <message>
        <source>Asterisk runs with live_dangerously = yes</source>
        <translation>Asterisk פועל עם live_dangerously = yes</translation>
    </message>
    <message>
        <source>Functions like SHELL() and FILE() become callable from external sources such as AMI and ARI.</source>
        <translation>פונקציות כמו SHELL() ו-FILE() הופכות לזמינות לקריאה ממקורות חיצוניים כמו AMI ו-ARI.</translation>
    </message>
    <message>
        <source>Set live_dangerously = no in asterisk.conf [options].</source>
        <translation>הגדירו live_dangerously = no בקובץ asterisk.conf [options].</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf לא נאסף</translation>
    </message>
    <message>
        <source>asterisk.conf was not collected</source>
        <translation>asterisk.conf לא נאסף</translation>
    </message>
    <message>
        <source>write = system, command, originate, config or all lets an AMI login run shell commands (originate led to code execution: GHSA-c4cg-9275-6w44) or place calls anywhere.</source>
        <translation>write = system, command, originate, config או all מאפשר להתחברות AMI להריץ פקודות מעטפת (originate הוביל להרצת קוד: GHSA-c4cg-9275-6w44) או לבצע שיחות לכל מקום.</translation>
    </message>
    <message>
        <source>AMI users without permit/deny</source>
        <translation>משתמשי AMI ללא permit/deny</translation>
    </message>
    <message>
        <source>An AMI user without an ACL can log in from any address that reaches port 5038: its secret is the only thing between the Internet and the classes it may use.</source>
        <translation>משתמש AMI ללא ACL יכול להתחבר מכל כתובת שמגיעה לפורט 5038: הסוד שלו הוא הדבר היחיד שמפריד בין האינטרנט לבין המחלקות שמותר לו להשתמש בהן.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the application&apos;s address&gt;/32 to every manager.conf user.</source>
        <translation>הוסיפו deny = 0.0.0.0/0.0.0.0 ו-permit = &lt;כתובת היישום&gt;/32 לכל משתמש ב-manager.conf.</translation>
    </message>
    <message>
        <source>Caller-controlled data reaches a shell (System, TrySystem, SHELL)</source>
        <translation>נתונים שבשליטת המתקשר מגיעים למעטפת (System, TrySystem, SHELL)</translation>
    </message>
    <message>
        <source>The caller chooses the caller ID, the dialled digits and SIP headers: passed to System(), TrySystem() or SHELL() they run commands on the PBX as Asterisk (command injection).</source>
        <translation>המתקשר בוחר את מזהה המתקשר, את הספרות המחויגות ואת כותרות ה-SIP: כשהם מועברים ל-System(), TrySystem() או SHELL() הם מריצים פקודות במרכזייה בתור Asterisk (הזרקת פקודות).</translation>
    </message>
    <message>
        <source>Pass only ${FILTER(0123456789,...)} of caller data to a shell, or replace the call with an AGI script that takes the value as an argument, never through a shell.</source>
        <translation>העבירו למעטפת רק ${FILTER(0123456789,...)} מנתוני המתקשר, או החליפו את הקריאה בסקריפט AGI שמקבל את הערך כארגומנט, לעולם לא דרך מעטפת.</translation>
    </message>
    <message>
        <source>extensions.conf was not collected</source>
        <translation>extensions.conf לא נאסף</translation>
    </message>
    <message numerus="yes">
        <source>%n System()/TrySystem()/SHELL() call(s) in extensions.conf</source>
        <translation>
            <numerusform>%n קריאה ל-System()/TrySystem()/SHELL() ב-extensions.conf</numerusform>
            <numerusform>%n קריאות ל-System()/TrySystem()/SHELL() ב-extensions.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>the dialplan runs no shell command</source>
        <translation>תוכנית החיוג אינה מריצה פקודות מעטפת</translation>
    </message>
    <message>
        <source>no caller-controlled value reaches a shell</source>
        <translation>אף ערך שבשליטת המתקשר אינו מגיע למעטפת</translation>
    </message>
    <message>
        <source>manager.conf is not present</source>
        <translation>manager.conf אינו קיים</translation>
    </message>
    <message>
        <source>AMI is disabled: %1</source>
        <translation>AMI מושבת: %1</translation>
    </message>
    <message>
        <source>AMI listens on loopback only</source>
        <translation>AMI מאזין ב-loopback בלבד</translation>
    </message>
    <message>
        <source>AMI listens on %1 and no firewall rule limits TCP %2</source>
        <translation>AMI מאזין ב-%1 ואף כלל בחומת האש אינו מגביל את TCP %2</translation>
    </message>
    <message>
        <source>AMI listens on %1, the firewall limits TCP %2</source>
        <translation>AMI מאזין ב-%1, חומת האש מגבילה את TCP %2</translation>
    </message>
    <message>
        <source>the user has an ACL</source>
        <translation>למשתמש יש ACL</translation>
    </message>
    <message>
        <source>the user has no ACL</source>
        <translation>למשתמש אין ACL</translation>
    </message>
    <message>
        <source>%1: AMI user without permit, deny or acl</source>
        <translation>%1: משתמש AMI ללא permit, deny או acl</translation>
    </message>
    <message numerus="yes">
        <source>%n AMI user(s) in manager.conf</source>
        <translation>
            <numerusform>%n משתמש AMI ב-manager.conf</numerusform>
            <numerusform>%n משתמשי AMI ב-manager.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>manager.conf defines no AMI user</source>
        <translation>manager.conf אינו מגדיר אף משתמש AMI</translation>
    </message>
    <message>
        <source>/etc/sudoers and asterisk.conf</source>
        <translation>/etc/sudoers ו-asterisk.conf</translation>
    </message>
</context>
<context>
    <name>LineConfigDocument</name>
    <message>
        <source>There is no line %1 in this file.</source>
        <translation>אין שורה %1 בקובץ זה.</translation>
    </message>
    <message>
        <source>A configuration line cannot contain a line break.</source>
        <translation>שורת תצורה אינה יכולה להכיל מעבר שורה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sshd keyword that can be set here.</source>
        <translation>&quot;%1&quot; אינה מילת מפתח של sshd שניתן להגדיר כאן.</translation>
    </message>
    <message>
        <source>The value for %1 is empty or has control characters.</source>
        <translation>הערך של %1 ריק או מכיל תווי בקרה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option name fail2ban can read back.</source>
        <translation>&quot;%1&quot; אינו שם אפשרות ש-fail2ban יכול לקרוא בחזרה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section name fail2ban can read back.</source>
        <translation>&quot;%1&quot; אינו שם מקטע ש-fail2ban יכול לקרוא בחזרה.</translation>
    </message>
</context>
<context>
    <name>NftRuleset</name>
    <message>
        <source>not nft JSON: %1</source>
        <translation>אינו JSON של nft: %1</translation>
    </message>
</context>
<context>
    <name>PasswordChecks</name>
    <message>
        <source>Weak PJSIP passwords</source>
        <translation>סיסמאות PJSIP חלשות</translation>
    </message>
    <message>
        <source>svcrack guesses extension-equal, short and common SIP passwords in minutes; a cracked phone account places calls at your expense (toll fraud).</source>
        <translation>svcrack מנחש תוך דקות סיסמאות SIP הזהות למספר השלוחה, קצרות או נפוצות; חשבון טלפון שפוצח מבצע שיחות על חשבונכם (הונאת שיחות).</translation>
    </message>
    <message>
        <source>Give every auth section a random password of 16+ characters, different from the user name, and update the phones.</source>
        <translation>הגדירו לכל מקטע auth סיסמה אקראית של 16 תווים לפחות, שונה משם המשתמש, ועדכנו את הטלפונים.</translation>
    </message>
    <message>
        <source>Weak chan_sip secrets</source>
        <translation>סודות chan_sip חלשים</translation>
    </message>
    <message>
        <source>chan_sip peers with guessable secrets are cracked with the same tools as PJSIP ones.</source>
        <translation>עמיתי chan_sip עם סודות שניתן לנחש מפוצחים באותם כלים כמו חשבונות PJSIP.</translation>
    </message>
    <message>
        <source>Set random secrets of 16+ characters on every peer, or better, move them to PJSIP and unload chan_sip.</source>
        <translation>הגדירו לכל עמית סוד אקראי של 16 תווים לפחות, או עדיף: העבירו אותם ל-PJSIP ופרקו את chan_sip.</translation>
    </message>
    <message>
        <source>Weak or default AMI secrets</source>
        <translation>סודות AMI חלשים או ברירת מחדל</translation>
    </message>
    <message>
        <source>An AMI login controls the whole PBX; FreePBX&apos;s &apos;amp111&apos; and user-name secrets are the first ones tried.</source>
        <translation>כניסת AMI שולטת במרכזייה כולה; &apos;amp111&apos; של FreePBX וסודות הזהים לשם המשתמש הם הראשונים שמנסים.</translation>
    </message>
    <message>
        <source>Set a random secret of 20+ characters for every manager.conf user and update the applications using it.</source>
        <translation>הגדירו סוד אקראי של 20 תווים לפחות לכל משתמש ב-manager.conf ועדכנו את היישומים שמשתמשים בו.</translation>
    </message>
    <message>
        <source>Weak voicemail PINs</source>
        <translation>קודי PIN חלשים לתא קולי</translation>
    </message>
    <message>
        <source>Voicemail PINs equal to the mailbox or like 1234 let intruders listen to messages and, through call-back options, place calls.</source>
        <translation>קודי PIN לתא קולי הזהים למספר התא או בסגנון 1234 מאפשרים לפורצים להאזין להודעות ולבצע שיחות דרך אפשרויות החיוג החוזר.</translation>
    </message>
    <message>
        <source>Require 6+ digit PINs (minpassword = 6), set random ones, and let users change them on first login.</source>
        <translation>דרשו קודי PIN של 6 ספרות לפחות (minpassword = 6), הגדירו קודים אקראיים, ואפשרו למשתמשים לשנות אותם בכניסה הראשונה.</translation>
    </message>
    <message>
        <source>root has a default or common password</source>
        <translation>ל-root יש סיסמת ברירת מחדל או סיסמה נפוצה</translation>
    </message>
    <message>
        <source>Appliance images ship with known root passwords; anyone reaching SSH or the console owns the PBX.</source>
        <translation>תמונות appliance מגיעות עם סיסמאות root ידועות; כל מי שמגיע ל-SSH או למסוף משתלט על המרכזייה.</translation>
    </message>
    <message>
        <source>Set a long random root password (passwd root) and keep it in a password manager.</source>
        <translation>הגדירו סיסמת root ארוכה ואקראית (passwd root) ושמרו אותה במנהל סיסמאות.</translation>
    </message>
    <message>
        <source>The same secret is used by several accounts</source>
        <translation>אותו סוד משמש כמה חשבונות</translation>
    </message>
    <message>
        <source>One leaked secret opens every account that shares it, and nobody can tell which one was used.</source>
        <translation>סוד אחד שדלף פותח כל חשבון שחולק אותו, ואיש אינו יכול לדעת באיזה מהם נעשה שימוש.</translation>
    </message>
    <message>
        <source>Give each SIP, IAX and AMI account its own random secret.</source>
        <translation>הגדירו לכל חשבון SIP, IAX ו-AMI סוד אקראי משלו.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>לא נאספה תצורת Asterisk</translation>
    </message>
    <message>
        <source>%1 is not present</source>
        <translation>%1 אינו קיים</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip אינו טעון</translation>
    </message>
    <message>
        <source>/etc/shadow: root&apos;s password is a vendor default or in the common-password list</source>
        <translation>/etc/shadow: סיסמת root היא ברירת מחדל של היצרן או מופיעה ברשימת הסיסמאות הנפוצות</translation>
    </message>
    <message>
        <source>/etc/shadow: root has an empty password</source>
        <translation>/etc/shadow: ל-root יש סיסמה ריקה</translation>
    </message>
    <message>
        <source>one secret shared by: %1</source>
        <translation>סוד אחד משותף ל: %1</translation>
    </message>
    <message>
        <source>%1 holds no %2 secret</source>
        <translation>%1 אינו מכיל סוד %2</translation>
    </message>
    <message numerus="yes">
        <source>%n auth password(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n סיסמת auth ב-pjsip.conf</numerusform>
            <numerusform>%n סיסמאות auth ב-pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer secret(s) in sip.conf</source>
        <translation>
            <numerusform>%n סוד עמית ב-sip.conf</numerusform>
            <numerusform>%n סודות עמיתים ב-sip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI secret(s) in manager.conf</source>
        <translation>
            <numerusform>%n סוד AMI ב-manager.conf</numerusform>
            <numerusform>%n סודות AMI ב-manager.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox PIN(s) in voicemail.conf</source>
        <translation>
            <numerusform>%n קוד PIN של תא קולי ב-voicemail.conf</numerusform>
            <numerusform>%n קודי PIN של תאים קוליים ב-voicemail.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>root&apos;s password hash in /etc/shadow</source>
        <translation>גיבוב הסיסמה של root ב-/etc/shadow</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP, IAX and AMI secret(s)</source>
        <translation>
            <numerusform>%n סוד SIP, IAX ו-AMI</numerusform>
            <numerusform>%n סודות SIP, IAX ו-AMI</numerusform>
        </translation>
    </message>
    <message>
        <source>no SIP, IAX or AMI secret found</source>
        <translation>לא נמצא אף סוד SIP, IAX או AMI</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Firewall</source>
        <translation>חומת אש</translation>
    </message>
    <message>
        <source>Strong passwords</source>
        <translation>סיסמאות חזקות</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>עדכונים</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>גישת SSH</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>ממשק אינטרנט</translation>
    </message>
    <message>
        <source>SIP and AMI address limits</source>
        <translation>הגבלת כתובות ל-SIP ול-AMI</translation>
    </message>
    <message>
        <source>Inactive users</source>
        <translation>משתמשים לא פעילים</translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation>בדיקה סדירה</translation>
    </message>
    <message>
        <source>Intrusion prevention</source>
        <translation>מניעת חדירות</translation>
    </message>
    <message>
        <source>Least privilege</source>
        <translation>הרשאות מינימליות</translation>
    </message>
    <message>
        <source>Call destinations</source>
        <translation>יעדי שיחות</translation>
    </message>
    <message>
        <source>Call times</source>
        <translation>זמני שיחות</translation>
    </message>
    <message>
        <source>International passcode</source>
        <translation>קוד לשיחות בינלאומיות</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>no program to run</source>
        <translation>אין תוכנית להרצה</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>pass</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>כשל</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>לא הוערך</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>חלקי</translation>
    </message>
    <message>
        <source>nothing to assess</source>
        <translation>אין מה להעריך</translation>
    </message>
    <message>
        <source>? (nothing could be assessed)</source>
        <translation>? (לא ניתן היה להעריך דבר)</translation>
    </message>
    <message>
        <source>%1 (partial — %2 of %3 not assessed)</source>
        <extracomment>%1 is the grade letter; &quot;15 of 52 not assessed&quot;</extracomment>
        <translation>%1 (חלקי — %2 מתוך %3 לא הוערכו)</translation>
    </message>
    <message>
        <source>pass, %1 of %2 assessed</source>
        <translation>תקין, %1 מתוך %2 הוערכו</translation>
    </message>
    <message>
        <source>%1, %2 of %3 assessed</source>
        <translation>%1, %2 מתוך %3 הוערכו</translation>
    </message>
    <message>
        <source>Score = points earned / points possible x 100. Each assessed check is worth its severity (critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that could not be assessed count in neither. Grade A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, else F. A grade with checks not assessed is marked partial.</source>
        <translation>ציון = נקודות שהושגו / נקודות אפשריות x 100. כל בדיקה שהוערכה שווה לפי חומרתה (קריטית 10, גבוהה 6, בינונית 3, נמוכה 1, מידע 0): בדיקה תקינה מזכה בנקודות, כשל אינו מזכה בדבר; בדיקות שלא ניתן היה להעריך אינן נספרות באף צד. דירוג A &gt;= 90, B &gt;= 80, C &gt;= 65, D &gt;= 50, אחרת F. דירוג עם בדיקות שלא הוערכו מסומן כחלקי.</translation>
    </message>
    <message>
        <source>all %1 assessed</source>
        <translation>כל %1 הוערכו</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 מתוך %2 הוערכו</translation>
    </message>
</context>
<context>
    <name>SecretVerdict</name>
    <message>
        <source>empty</source>
        <translation>ריק</translation>
    </message>
    <message>
        <source>equal to the user name</source>
        <translation>זהה לשם המשתמש</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>מכיל את שם המשתמש</translation>
    </message>
    <message>
        <source>a vendor default</source>
        <translation>ברירת מחדל של היצרן</translation>
    </message>
    <message>
        <source>a common password</source>
        <translation>סיסמה נפוצה</translation>
    </message>
    <message>
        <source>too short or too guessable</source>
        <translation>קצר מדי או קל מדי לניחוש</translation>
    </message>
    <message>
        <source>stored as a hash, strength unknown</source>
        <translation>מאוחסן כגיבוב, חוזק לא ידוע</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>חזק</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>SSH password</source>
        <translation>סיסמת SSH</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>ביטוי הסיסמה של מפתח ה-SSH</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>סוד AMI</translation>
    </message>
    <message>
        <source>this session only (in memory, forgotten at exit)</source>
        <translation>הפעלה זו בלבד (בזיכרון, נשכחים ביציאה)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>אין רשומה כזו במחזיק המפתחות.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1).</source>
        <translation>מחזיק המפתחות לא הצליח למחוק את הרשומה (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>הגישה למחזיק המפתחות נדחתה.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked (%1).</source>
        <translation>מחזיק המפתחות סירב לגישה; ייתכן שהוא נעול (%1).</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet answers on D-Bus).</source>
        <translation>אין שירות מחזיק מפתחות פעיל (אף Secret Service, כגון GNOME Keyring או KWallet, אינו עונה ב-D-Bus).</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>לפלטפורמה זו אין מחזיק מפתחות נתמך.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>מחזיק המפתחות נכשל: %1</translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>מחזיק המפתחות של המערכת (שירות &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back; it is probably locked. Unlock it (for example by logging in to the desktop) and try again.</source>
        <translation>מחזיק המפתחות קיבל סוד אך לא החזיר אותו; כנראה שהוא נעול. בטלו את נעילתו (למשל על ידי התחברות לשולחן העבודה) ונסו שוב.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the old entry could not be read (%1); it is kept</source>
        <translation>לא ניתן היה לקרוא את הרשומה הישנה (%1); היא נשמרת</translation>
    </message>
    <message>
        <source>the entry could not be written under its new name (%1); the old one is kept</source>
        <translation>לא ניתן היה לכתוב את הרשומה תחת שמה החדש (%1); הרשומה הישנה נשמרת</translation>
    </message>
    <message>
        <source>copied to its new name, but the old entry could not be removed (%1); it will be tried again</source>
        <translation>הועתקה לשמה החדש, אך לא ניתן היה להסיר את הרשומה הישנה (%1); ייעשה ניסיון נוסף</translation>
    </message>
    <message>
        <source>This PBX has no identity in the inventory, so its secrets cannot be named; open it from the inventory and try again.</source>
        <translation>למרכזייה זו אין זהות במצאי, ולכן לא ניתן לתת שמות לסודות שלה; פתחו אותה מהמצאי ונסו שוב.</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>סיסמת sudo</translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>no such file or folder</source>
        <translation>אין קובץ או תיקייה כאלה</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ההרשאה נדחתה</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>הקובץ כבר קיים</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>מערכת הקבצים מוגנת מפני כתיבה</translation>
    </message>
    <message>
        <source>no medium</source>
        <translation>אין מדיה</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>החיבור אבד</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>השרת אינו תומך בפעולה זו</translation>
    </message>
    <message>
        <source>the server reported a failure</source>
        <translation>השרת דיווח על כשל</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>could not start SFTP</source>
        <translation>לא ניתן היה להפעיל SFTP</translation>
    </message>
    <message>
        <source>%1 has no SFTP service (Subsystem sftp in sshd_config)</source>
        <translation>ל-%1 אין שירות SFTP (Subsystem sftp ב-sshd_config)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute file path</source>
        <translation>&quot;%1&quot; אינו נתיב קובץ מוחלט</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>לא ניתן לפתוח את %1</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>הקריאה של %1 נכשלה</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes and was not read</source>
        <translation>%1 גדול מ-%2 בתים ולא נקרא</translation>
    </message>
    <message>
        <source>cannot list %1</source>
        <translation>לא ניתן להציג את תוכן %1</translation>
    </message>
    <message>
        <source>cannot remove the leftover %1</source>
        <translation>לא ניתן להסיר את השארית %1</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>לא ניתן לקרוא את המאפיינים של %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was not replaced</source>
        <translation>%1 אינו קובץ רגיל; הוא לא הוחלף</translation>
    </message>
    <message>
        <source>cannot create a temporary file next to %1</source>
        <translation>לא ניתן ליצור קובץ זמני ליד %1</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>הכתיבה של %1 נכשלה</translation>
    </message>
    <message>
        <source>flushing %1 to disk failed</source>
        <translation>כתיבת %1 לדיסק נכשלה</translation>
    </message>
    <message>
        <source>closing %1 failed</source>
        <translation>סגירת %1 נכשלה</translation>
    </message>
    <message>
        <source>cannot give %1 the owner of the file it replaces</source>
        <translation>לא ניתן להעניק ל-%1 את הבעלים של הקובץ שהוא מחליף</translation>
    </message>
    <message>
        <source>cannot give %1 the mode of the file it replaces</source>
        <translation>לא ניתן להעניק ל-%1 את ההרשאות של הקובץ שהוא מחליף</translation>
    </message>
    <message>
        <source>cannot set the mode of %1</source>
        <translation>לא ניתן להגדיר את ההרשאות של %1</translation>
    </message>
    <message>
        <source>cannot move the new file to %1</source>
        <translation>לא ניתן להעביר את הקובץ החדש אל %1</translation>
    </message>
    <message>
        <source>%1 cannot replace files atomically (no posix-rename@openssh.com); %2 was not changed</source>
        <translation>%1 אינו יכול להחליף קבצים באופן אטומי (אין posix-rename@openssh.com); %2 לא שונה</translation>
    </message>
    <message>
        <source>cannot move the new file over %1</source>
        <translation>לא ניתן להעביר את הקובץ החדש במקום %1</translation>
    </message>
    <message>
        <source>cannot move the new file over %1: %2</source>
        <translation>לא ניתן להעביר את הקובץ החדש במקום %1: %2</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>text contains a NUL character and cannot be passed to a remote command</source>
        <translation>הטקסט מכיל תו NUL ולא ניתן להעביר אותו לפקודה מרוחקת</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 and was not passed to a remote command</source>
        <translation>הטקסט אינו UTF-8 תקין ולא הועבר לפקודה מרוחקת</translation>
    </message>
    <message>
        <source>text is not valid Unicode and was not passed to a remote command</source>
        <translation>הטקסט אינו Unicode תקין ולא הועבר לפקודה מרוחקת</translation>
    </message>
</context>
<context>
    <name>SipAclChecks</name>
    <message>
        <source>PJSIP phones accept registrations from any address</source>
        <translation>טלפוני PJSIP מקבלים רישומים מכל כתובת</translation>
    </message>
    <message>
        <source>Without permit/deny a cracked or leaked phone password works from anywhere in the world.</source>
        <translation>ללא permit/deny, סיסמת טלפון שפוצחה או דלפה עובדת מכל מקום בעולם.</translation>
    </message>
    <message>
        <source>Add deny = 0.0.0.0/0.0.0.0 and permit = &lt;the phones&apos; networks&gt; (or acl = &lt;named ACL&gt;) to every endpoint, e.g. through a template.</source>
        <translation>הוסיפו deny = 0.0.0.0/0.0.0.0 ו-permit = &lt;רשתות הטלפונים&gt; (או acl = &lt;ACL בעל שם&gt;) לכל endpoint, למשל באמצעות תבנית.</translation>
    </message>
    <message>
        <source>chan_sip peers without permit/deny</source>
        <translation>עמיתי chan_sip ללא permit/deny</translation>
    </message>
    <message>
        <source>The peer&apos;s secret is the only protection, from any address.</source>
        <translation>הסוד של העמית הוא ההגנה היחידה, מכל כתובת.</translation>
    </message>
    <message>
        <source>Add deny/permit to every peer, or migrate it to PJSIP with an ACL.</source>
        <translation>הוסיפו deny/permit לכל עמית, או העבירו אותו ל-PJSIP עם ACL.</translation>
    </message>
    <message>
        <source>chan_sip tells scanners which extensions exist</source>
        <translation>chan_sip מגלה לסורקים אילו שלוחות קיימות</translation>
    </message>
    <message>
        <source>With alwaysauthreject = no, svwar enumerates valid extensions from the different answers.</source>
        <translation>עם alwaysauthreject = no, svwar מונה שלוחות תקפות לפי התשובות השונות.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject = yes in sip.conf [general].</source>
        <translation>הגדירו alwaysauthreject = yes בקובץ sip.conf [general].</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>לא נאספה תצורת Asterisk</translation>
    </message>
    <message>
        <source>%1: no permit, deny or acl</source>
        <translation>%1: אין permit, deny או acl</translation>
    </message>
    <message>
        <source>chan_sip is not loaded</source>
        <translation>chan_sip אינו טעון</translation>
    </message>
    <message>
        <source>sip.conf is not present</source>
        <translation>sip.conf אינו קיים</translation>
    </message>
    <message numerus="yes">
        <source>%n PJSIP phone(s) (endpoints with auth) in pjsip.conf</source>
        <translation>
            <numerusform>%n טלפון PJSIP (endpoint עם auth) ב-pjsip.conf</numerusform>
            <numerusform>%n טלפוני PJSIP (נקודות קצה עם auth) ב-pjsip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>pjsip.conf defines no endpoint with inbound auth</source>
        <translation>pjsip.conf אינו מגדיר אף endpoint עם אימות נכנס</translation>
    </message>
    <message numerus="yes">
        <source>%n chan_sip peer(s) in sip.conf</source>
        <translation>
            <numerusform>%n עמית chan_sip ב-sip.conf</numerusform>
            <numerusform>%n עמיתי chan_sip ב-sip.conf</numerusform>
        </translation>
    </message>
    <message>
        <source>sip.conf defines no peer</source>
        <translation>sip.conf אינו מגדיר אף עמית</translation>
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
        <translation>root יכול להתחבר ב-SSH עם סיסמה</translation>
    </message>
    <message>
        <source>root is the one account name every scanner knows; a guessed password gives the whole PBX.</source>
        <translation>root הוא שם החשבון שכל סורק מכיר; סיסמה שנוחשה מוסרת את המרכזייה כולה.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no, log in as a named administrator and use sudo.</source>
        <translation>הגדירו PermitRootLogin no, התחברו כמנהל בעל חשבון אישי והשתמשו ב-sudo.</translation>
    </message>
    <message>
        <source>root may log in over SSH with a key</source>
        <translation>root יכול להתחבר ב-SSH עם מפתח</translation>
    </message>
    <message>
        <source>Direct root logins leave no trace of which person acted.</source>
        <translation>כניסות ישירות כ-root אינן משאירות עקבות של מי שפעל.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no and give each administrator a named account with sudo.</source>
        <translation>הגדירו PermitRootLogin no ותנו לכל מנהל חשבון אישי עם sudo.</translation>
    </message>
    <message>
        <source>SSH accepts passwords from any address</source>
        <translation>SSH מקבל סיסמאות מכל כתובת</translation>
    </message>
    <message>
        <source>Password logins can be guessed; keys cannot.</source>
        <translation>סיסמאות אפשר לנחש; מפתחות — לא.</translation>
    </message>
    <message>
        <source>Set PasswordAuthentication no (allow it only in a Match Address block for the administrators&apos; network) and use keys.</source>
        <translation>הגדירו PasswordAuthentication no (התירו זאת רק בבלוק Match Address עבור רשת המנהלים) והשתמשו במפתחות.</translation>
    </message>
    <message>
        <source>SSH is not limited to specific addresses</source>
        <translation>SSH אינו מוגבל לכתובות מסוימות</translation>
    </message>
    <message>
        <source>The seed practice: SSH only from specific addresses.</source>
        <translation>נוהל הבסיס: SSH רק מכתובות מסוימות.</translation>
    </message>
    <message>
        <source>Use AllowUsers user@address (or Match Address blocks) and accept TCP 22 only from the administrators&apos; addresses in the firewall.</source>
        <translation>השתמשו ב-AllowUsers user@address (או בבלוקי Match Address) וקבלו בחומת האש את TCP 22 רק מכתובות המנהלים.</translation>
    </message>
    <message>
        <source>SSH accepts empty passwords</source>
        <translation>SSH מקבל סיסמאות ריקות</translation>
    </message>
    <message>
        <source>Any account without a password can log in.</source>
        <translation>כל חשבון ללא סיסמה יכול להתחבר.</translation>
    </message>
    <message>
        <source>Set PermitEmptyPasswords no.</source>
        <translation>הגדירו PermitEmptyPasswords no.</translation>
    </message>
    <message>
        <source>sshd -T for a client from the Internet</source>
        <translation>sshd -T עבור לקוח מהאינטרנט</translation>
    </message>
    <message>
        <source>sshd_config</source>
        <translation>sshd_config</translation>
    </message>
    <message>
        <source>the firewall accepts SSH only from listed sources</source>
        <translation>חומת האש מקבלת SSH רק ממקורות שצוינו</translation>
    </message>
    <message>
        <source>%1: no AllowUsers user@address, no Match Address; the firewall accepts TCP %2 from any address</source>
        <translation>%1: אין AllowUsers user@address ואין Match Address; חומת האש מקבלת TCP %2 מכל כתובת</translation>
    </message>
</context>
<context>
    <name>SshForwardChannel</name>
    <message>
        <source>%1:%2 through %3</source>
        <translation>%1:%2 דרך %3</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>החיבור נסגר</translation>
    </message>
    <message>
        <source>not logged in to %1</source>
        <translation>לא מחובר אל %1</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 אינו פורט תקין</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>לא ניתן היה ליצור ערוץ</translation>
    </message>
    <message>
        <source>opening a channel to %1:%2 on %3 failed</source>
        <translation>פתיחת ערוץ אל %1:%2 ב-%3 נכשלה</translation>
    </message>
    <message>
        <source>the SSH server %1 does not allow forwarding to %2:%3 (sshd_config AllowTcpForwarding or PermitOpen), so it cannot be reached through SSH (%4)</source>
        <translation>שרת ה-SSH %1 אינו מתיר העברה אל %2:%3 (sshd_config AllowTcpForwarding או PermitOpen), ולכן לא ניתן להגיע אליו דרך SSH (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 could not connect to %2:%3: nothing listens there, or a firewall on the server refuses it (%4)</source>
        <translation>שרת ה-SSH %1 לא הצליח להתחבר אל %2:%3: אין שם שירות מאזין, או שחומת אש בשרת דוחה את החיבור (%4)</translation>
    </message>
    <message>
        <source>the SSH server %1 refused a channel to %2:%3: %4</source>
        <translation>שרת ה-SSH %1 דחה ערוץ אל %2:%3: %4</translation>
    </message>
    <message>
        <source>the channel to %1 is not open</source>
        <translation>הערוץ אל %1 אינו פתוח</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>השליחה אל %1 נכשלה</translation>
    </message>
    <message>
        <source>the SSH connection to %1 was lost</source>
        <translation>חיבור ה-SSH אל %1 אבד</translation>
    </message>
    <message>
        <source>waiting for data from %1 failed: %2</source>
        <translation>ההמתנה לנתונים מ-%1 נכשלה: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>the connection was closed</source>
        <translation>החיבור נסגר</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&quot;%1&quot; אינו שם מארח או כתובת תקינים</translation>
    </message>
    <message>
        <source>%1 is not a valid port</source>
        <translation>%1 אינו פורט תקין</translation>
    </message>
    <message>
        <source>no user name given</source>
        <translation>לא צוין שם משתמש</translation>
    </message>
    <message>
        <source>the pinned host key &apos;%1&apos; is not a SHA-256 fingerprint (SHA256:...)</source>
        <translation>מפתח המארח המוצמד &quot;%1&quot; אינו טביעת אצבע SHA-256 (SHA256:...)</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 ניסיונות)</translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory?)</source>
        <translation>לא ניתן היה ליצור הפעלת SSH (אין די זיכרון?)</translation>
    </message>
    <message>
        <source>could not set the SSH option %1</source>
        <translation>לא ניתן היה להגדיר את אפשרות ה-SSH %1</translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but did not complete the SSH handshake within %3 s (is it an SSH server, and is the network dropping packets?)</source>
        <translation>%1:%2 קיבל את החיבור אך לא השלים את לחיצת היד של SSH תוך %3 שנ׳ (האם זה שרת SSH, והאם הרשת מאבדת מנות?)</translation>
    </message>
    <message>
        <source>SSH handshake with %1:%2 failed</source>
        <translation>לחיצת היד של SSH עם %1:%2 נכשלה</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>לא ניתן לפענח את הכתובת של %1: %2</translation>
    </message>
    <message>
        <source>connecting to %1: %2</source>
        <translation>התחברות אל %1: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (host down, wrong address, or a firewall drops the packets)</source>
        <translation>לא התקבלה תשובה מ-%1 תוך %2 שנ׳ (המארח כבוי, הכתובת שגויה או שחומת אש משליכה את המנות)</translation>
    </message>
    <message>
        <source>%1 refused the connection (is SSH running on that port?)</source>
        <translation>%1 דחה את החיבור (האם SSH פועל בפורט הזה?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>לא ניתן להתחבר אל %1: %2</translation>
    </message>
    <message>
        <source>could not hand the socket to libssh</source>
        <translation>לא ניתן היה להעביר את השקע ל-libssh</translation>
    </message>
    <message>
        <source>the server sent no usable host key</source>
        <translation>השרת לא שלח מפתח מארח שמיש</translation>
    </message>
    <message>
        <source>could not compute the fingerprint of the host key</source>
        <translation>לא ניתן היה לחשב את טביעת האצבע של מפתח המארח</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: pinned %2, but the server now shows %3 (%4). This can be a reinstall or a machine in the middle; the connection was refused. Check the key on the PBX console and re-pin it deliberately if the change is expected.</source>
        <translation>מפתח המארח השתנה עבור %1: המפתח המוצמד הוא %2, אך השרת מציג כעת %3 (%4). ייתכן שמדובר בהתקנה מחדש או במכונה באמצע (man-in-the-middle); החיבור נדחה. בדקו את המפתח במסוף המרכזייה והצמידו אותו מחדש במכוון אם השינוי צפוי.</translation>
    </message>
    <message>
        <source>UnknownHostKey: the host key of %1 is not pinned yet: %2 (%3). Compare it with &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; on the PBX, then accept it.</source>
        <translation>UnknownHostKey: מפתח המארח של %1 עדיין לא מוצמד: %2 (%3). השוו אותו לפלט של &apos;ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub&apos; במרכזייה, ואז אשרו אותו.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>authentication with %1 failed</source>
        <translation>האימות מול %1 נכשל</translation>
    </message>
    <message>
        <source>(the server accepts: %1)</source>
        <translation>(השרת מקבל: %1)</translation>
    </message>
    <message>
        <source>%1 does not accept keys, so the SSH agent cannot be used</source>
        <translation>%1 אינו מקבל מפתחות, ולכן לא ניתן להשתמש בסוכן ה-SSH</translation>
    </message>
    <message>
        <source>could not use the SSH agent at %1</source>
        <translation>לא ניתן היה להשתמש בסוכן ה-SSH שב-%1</translation>
    </message>
    <message>
        <source>no SSH agent is running (SSH_AUTH_SOCK is not set)</source>
        <translation>אין סוכן SSH פעיל (SSH_AUTH_SOCK אינו מוגדר)</translation>
    </message>
    <message>
        <source>SSH agent authentication with %1 failed</source>
        <translation>האימות באמצעות סוכן SSH מול %1 נכשל</translation>
    </message>
    <message>
        <source>none of the SSH agent&apos;s keys was accepted by %1</source>
        <translation>%1 לא קיבל אף אחד מהמפתחות של סוכן ה-SSH</translation>
    </message>
    <message>
        <source>no key file given</source>
        <translation>לא צוין קובץ מפתח</translation>
    </message>
    <message>
        <source>%1 does not accept keys</source>
        <translation>%1 אינו מקבל מפתחות</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>לא ניתן לקרוא את קובץ המפתח %1</translation>
    </message>
    <message>
        <source>cannot load the key %1: it is protected by a passphrase, or is not a private key</source>
        <translation>לא ניתן לטעון את המפתח %1: הוא מוגן בביטוי סיסמה, או שאינו מפתח פרטי</translation>
    </message>
    <message>
        <source>cannot load the key %1: wrong passphrase, or not a private key</source>
        <translation>לא ניתן לטעון את המפתח %1: ביטוי סיסמה שגוי, או שאינו מפתח פרטי</translation>
    </message>
    <message>
        <source>key authentication with %1 failed</source>
        <translation>האימות באמצעות מפתח מול %1 נכשל</translation>
    </message>
    <message>
        <source>%1 accepted the key but requires a second factor, which is not supported</source>
        <translation>%1 קיבל את המפתח אך דורש גורם אימות נוסף, שאינו נתמך</translation>
    </message>
    <message>
        <source>%1 refused the key %2</source>
        <translation>%1 דחה את המפתח %2</translation>
    </message>
    <message>
        <source>password authentication with %1 failed</source>
        <translation>האימות בסיסמה מול %1 נכשל</translation>
    </message>
    <message>
        <source>%1 does not accept passwords</source>
        <translation>%1 אינו מקבל סיסמאות</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>סיסמה שגויה עבור %1</translation>
    </message>
    <message>
        <source>keyboard-interactive authentication with %1 failed</source>
        <translation>אימות keyboard-interactive מול %1 נכשל</translation>
    </message>
    <message>
        <source>sudo on %1 refused: %2</source>
        <translation>sudo נדחה ב-%1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>אין חיבור אל %1</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation>לא ניתן היה ליצור ערוץ</translation>
    </message>
    <message>
        <source>%1 refused to open a session channel</source>
        <translation>%1 סירב לפתוח ערוץ הפעלה</translation>
    </message>
    <message>
        <source>%1 refused to run a command</source>
        <translation>%1 סירב להריץ פקודה</translation>
    </message>
    <message>
        <source>sending input to the command on %1 failed</source>
        <translation>שליחת הקלט לפקודה ב-%1 נכשלה</translation>
    </message>
    <message>
        <source>command on %1 stopped: %2</source>
        <translation>הפקודה ב-%1 נעצרה: %2</translation>
    </message>
    <message>
        <source>the command on %1 did not finish within %2 s and was stopped</source>
        <translation>הפקודה ב-%1 לא הסתיימה תוך %2 שנ׳ ונעצרה</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command was running</source>
        <translation>החיבור אל %1 נקטע בזמן שהפקודה רצה</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while the command was running</source>
        <translation>החיבור אל %1 אבד בזמן שהפקודה רצה</translation>
    </message>
    <message>
        <source>the connection to %1 was lost before the command ended</source>
        <translation>החיבור אל %1 אבד לפני שהפקודה הסתיימה</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>מחובר כ-root</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo without a password (NOPASSWD)</source>
        <translation>%1 מקבל הרשאות root עם sudo ללא סיסמה (NOPASSWD)</translation>
    </message>
    <message>
        <source>%1 becomes root with sudo; the sudo password was accepted</source>
        <translation>%1 מקבל הרשאות root עם sudo; סיסמת sudo התקבלה</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for %2: store the right sudo password for this PBX (or the login password, if it is the same), or log in as root</source>
        <translation>sudo ב-%1 דחה את הסיסמה של %2: שמרו את סיסמת ה-sudo הנכונה למרכזייה זו (או את סיסמת הכניסה, אם היא זהה), או התחברו כ-root</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2 and none is stored: store the sudo password for this PBX, allow %2 to use sudo without one, or log in as root</source>
        <translation>sudo ב-%1 דורש סיסמה עבור %2 ואין סיסמה שמורה: שמרו את סיסמת ה-sudo למרכזייה זו, אפשרו ל-%2 להשתמש ב-sudo בלי סיסמה, או התחברו כ-root</translation>
    </message>
    <message>
        <source>%1 may not use sudo on %2: add it to the sudoers (the sudo group), or log in as root</source>
        <translation>%1 אינו רשאי להשתמש ב-sudo ב-%2: הוסיפו אותו ל-sudoers (הקבוצה sudo), או התחברו כ-root</translation>
    </message>
    <message>
        <source>sudo is not installed on %1: install sudo there, or log in as root</source>
        <translation>sudo אינו מותקן ב-%1: התקינו שם sudo, או התחברו כ-root</translation>
    </message>
</context>
<context>
    <name>UpdateChecks</name>
    <message>
        <source>Asterisk version past its end of life</source>
        <translation>גרסת Asterisk שתמיכתה הסתיימה</translation>
    </message>
    <message>
        <source>An end-of-life Asterisk series gets no security fixes: every advisory published since stays open.</source>
        <translation>סדרת Asterisk שתמיכתה הסתיימה אינה מקבלת תיקוני אבטחה: כל התראה שפורסמה מאז נשארת פתוחה.</translation>
    </message>
    <message>
        <source>Upgrade to a supported LTS series (22 LTS until 2029-10-16, 20 LTS until 2027-10-19).</source>
        <translation>שדרגו לסדרת LTS נתמכת (22 LTS עד 2029-10-16, 20 LTS עד 2027-10-19).</translation>
    </message>
    <message>
        <source>Published Asterisk security advisories affect the running version</source>
        <translation>התראות אבטחה של Asterisk שפורסמו חלות על הגרסה הפועלת</translation>
    </message>
    <message>
        <source>These flaws are public; exploit code for several of them is too.</source>
        <translation>פרצות אלה ידועות לציבור; גם קוד ניצול לכמה מהן.</translation>
    </message>
    <message>
        <source>Update to at least the first fixed release of the running branch, or to a newer supported branch.</source>
        <translation>עדכנו לפחות לגרסה המתוקנת הראשונה של הענף הפועל, או לענף נתמך חדש יותר.</translation>
    </message>
    <message>
        <source>Asterisk series receives security fixes only</source>
        <translation>סדרת Asterisk מקבלת תיקוני אבטחה בלבד</translation>
    </message>
    <message>
        <source>The series is close to its end of life; bugs are no longer fixed.</source>
        <translation>הסדרה קרובה לסוף חייה; באגים כבר אינם מתוקנים.</translation>
    </message>
    <message>
        <source>Plan the move to the current LTS series before the end-of-life date.</source>
        <translation>תכננו את המעבר לסדרת ה-LTS הנוכחית לפני מועד סוף החיים.</translation>
    </message>
    <message>
        <source>Operating system security updates are pending</source>
        <translation>עדכוני אבטחה של מערכת ההפעלה ממתינים</translation>
    </message>
    <message>
        <source>Known vulnerabilities of the installed packages are fixed but not installed.</source>
        <translation>לפגיעויות ידועות בחבילות המותקנות יש תיקונים, אך הם לא הותקנו.</translation>
    </message>
    <message>
        <source>Install them (apt-get upgrade / dnf upgrade --security) in the next maintenance window, and consider unattended security updates.</source>
        <translation>התקינו אותם (apt-get upgrade / dnf upgrade --security) בחלון התחזוקה הבא, ושקלו עדכוני אבטחה אוטומטיים.</translation>
    </message>
    <message>
        <source>Operating system updates are pending</source>
        <translation>עדכוני מערכת ההפעלה ממתינים</translation>
    </message>
    <message>
        <source>Bug-fix updates pile up and make the next upgrade riskier.</source>
        <translation>עדכוני תיקוני באגים מצטברים והופכים את השדרוג הבא למסוכן יותר.</translation>
    </message>
    <message>
        <source>Install pending updates at least twice a year.</source>
        <translation>התקינו עדכונים ממתינים לפחות פעמיים בשנה.</translation>
    </message>
    <message>
        <source>No update was installed in the last six months</source>
        <translation>לא הותקן אף עדכון בששת החודשים האחרונים</translation>
    </message>
    <message>
        <source>The seed practice asks for OS and PBX updates at least twice a year.</source>
        <translation>נוהל הבסיס דורש עדכוני מערכת הפעלה ומרכזייה לפחות פעמיים בשנה.</translation>
    </message>
    <message>
        <source>Update the operating system and the PBX now and schedule it twice a year.</source>
        <translation>עדכנו עכשיו את מערכת ההפעלה ואת המרכזייה, ותזמנו זאת פעמיים בשנה.</translation>
    </message>
    <message>
        <source>the Asterisk version is unknown (%1)</source>
        <translation>גרסת Asterisk אינה ידועה (%1)</translation>
    </message>
    <message>
        <source>%1: series %2 reached its end of life on %3</source>
        <translation>%1: סדרה %2 הגיעה לסוף חייה ב-%3</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>מועד מוקדם יותר</translation>
    </message>
    <message>
        <source>%1: supported until %2</source>
        <translation>%1: נתמכת עד %2</translation>
    </message>
    <message>
        <source>no fix on branch %1</source>
        <translation>אין תיקון בענף %1</translation>
    </message>
    <message>
        <source>fixed in %1</source>
        <translation>תוקן ב-%1</translation>
    </message>
    <message>
        <source>%1: security fixes only since %2, end of life %3</source>
        <translation>%1: תיקוני אבטחה בלבד מאז %2, סוף חיים %3</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s): %1</source>
        <translation>
            <numerusform>%n חבילה: %1</numerusform>
            <numerusform>%n חבילות: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no update history or package database time was found</source>
        <translation>לא נמצאה היסטוריית עדכונים או חותמת זמן של מסד נתוני החבילות</translation>
    </message>
    <message>
        <source>%1: last change %2 (%3 days ago)</source>
        <translation>%1: שינוי אחרון %2 (לפני %3 ימים)</translation>
    </message>
    <message>
        <source>The operating system release is past its end of life</source>
        <translation>גרסת מערכת ההפעלה עברה את סוף חייה</translation>
    </message>
    <message>
        <source>A release past its end of security support gets no fixes for OpenSSH, OpenSSL or the kernel: every new flaw stays open for good.</source>
        <translation>גרסה שתמיכת האבטחה בה הסתיימה אינה מקבלת תיקונים ל-OpenSSH, ל-OpenSSL או לליבה: כל פרצה חדשה נשארת פתוחה לתמיד.</translation>
    </message>
    <message>
        <source>Upgrade to a supported release (FreePBX: SNG7 to FreePBX 17 on Debian 12), or buy extended support until you can.</source>
        <translation>שדרגו לגרסה נתמכת (FreePBX: מ-SNG7 ל-FreePBX 17 על Debian 12), או רכשו תמיכה מורחבת עד שתוכלו.</translation>
    </message>
    <message>
        <source>%1 (ID=%2, VERSION_ID=%3) is not in the end-of-life table (os-eol.json)</source>
        <translation>%1 (ID=%2, VERSION_ID=%3) אינו מופיע בטבלת סוף החיים (os-eol.json)</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; %2 reached its end of life on %3</source>
        <translation>/etc/os-release: %1; %2 הגיעה לסוף חייה ב-%3</translation>
    </message>
    <message>
        <source>/etc/os-release: %1; supported until %2</source>
        <translation>/etc/os-release: %1; נתמכת עד %2</translation>
    </message>
    <message numerus="yes">
        <source>dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</source>
        <translation>
            <numerusform>dnf/yum מפרטים %n עדכון ממתין אך ללא סיווג אבטחה (אין updateinfo: %1): לא ידוע אם הוא מתקן בעיות אבטחה</numerusform>
            <numerusform>dnf/yum מפרטים %n עדכונים ממתינים אך ללא סיווג אבטחה (אין updateinfo: %1): לא ידוע אם הם מתקנים בעיות אבטחה</numerusform>
        </translation>
    </message>
    <message>
        <source>asterisk -V, the package manager (apt-get -s upgrade / dnf check-update) and the package history</source>
        <translation>asterisk -V, מנהל החבילות (apt-get -s upgrade / dnf check-update) והיסטוריית החבילות</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation>השם הוא שדה חובה.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>השם ארוך מ-100 תווים.</translation>
    </message>
    <message>
        <source>The host is required.</source>
        <translation>המארח הוא שדה חובה.</translation>
    </message>
    <message>
        <source>The host is neither a host name nor an IP address.</source>
        <translation>המארח אינו שם מארח ואינו כתובת IP.</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>פורט ה-SSH חייב להיות בין 1 ל-65535.</translation>
    </message>
    <message>
        <source>The AMI port must be between 1 and 65535.</source>
        <translation>פורט ה-AMI חייב להיות בין 1 ל-65535.</translation>
    </message>
    <message>
        <source>The SSH user is required.</source>
        <translation>משתמש ה-SSH הוא שדה חובה.</translation>
    </message>
    <message>
        <source>Key file authentication needs the path of a private key.</source>
        <translation>אימות באמצעות קובץ מפתח דורש נתיב למפתח פרטי.</translation>
    </message>
    <message>
        <source>Tags may not be empty, contain commas or start or end with spaces.</source>
        <translation>תגיות אינן יכולות להיות ריקות, להכיל פסיקים או להתחיל או להסתיים ברווח.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>השם</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>הלקוח</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>האתר</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>המארח</translation>
    </message>
    <message>
        <source>The SSH user</source>
        <translation>משתמש ה-SSH</translation>
    </message>
    <message>
        <source>The key file path</source>
        <translation>נתיב קובץ המפתח</translation>
    </message>
    <message>
        <source>The AMI user</source>
        <translation>משתמש ה-AMI</translation>
    </message>
    <message>
        <source>The host key fingerprint</source>
        <translation>טביעת האצבע של מפתח המארח</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>ההערות</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break); remove it: it could split an AMI message or disturb a terminal.</source>
        <translation>%1 מכיל תו בקרה (%2, למשל מעבר שורה); הסירו אותו: הוא עלול לפצל הודעת AMI או לשבש מסוף.</translation>
    </message>
    <message>
        <source>A tag contains a control character (e.g. a line break); remove it.</source>
        <translation>תגית מכילה תו בקרה (למשל מעבר שורה); הסירו אותו.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>%1: could not run the check: %2</source>
        <translation>%1: לא ניתן היה להריץ את הבדיקה: %2</translation>
    </message>
    <message>
        <source>%1: the check exited with status %2.</source>
        <translation>%1: הבדיקה הסתיימה עם קוד יציאה %2.</translation>
    </message>
    <message>
        <source>%1: the check did not print &quot;%2&quot;.</source>
        <translation>%1: הבדיקה לא הדפיסה &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>WebChecks</name>
    <message>
        <source>Asterisk&apos;s HTTP server serves other hosts without TLS</source>
        <translation>שרת ה-HTTP של Asterisk משרת מארחים אחרים ללא TLS</translation>
    </message>
    <message>
        <source>ARI, AMI-over-HTTP and WebSocket credentials cross the network in clear text.</source>
        <translation>פרטי הגישה של ARI, AMI-over-HTTP ו-WebSocket עוברים ברשת כטקסט גלוי.</translation>
    </message>
    <message>
        <source>Bind http.conf to 127.0.0.1, or set tlsenable = yes with a certificate and reach it only over HTTPS.</source>
        <translation>קשרו את http.conf ל-127.0.0.1, או הגדירו tlsenable = yes עם תעודה וגשו אליו רק ב-HTTPS.</translation>
    </message>
    <message>
        <source>Asterisk&apos;s HTTP server is on its default port on every address</source>
        <translation>שרת ה-HTTP של Asterisk פועל בפורט ברירת המחדל שלו בכל הכתובות</translation>
    </message>
    <message>
        <source>Scanners probe 8088/8089 for Asterisk; the seed practice asks for limited access and non-standard ports.</source>
        <translation>סורקים בודקים את 8088/8089 בחיפוש אחר Asterisk; נוהל הבסיס דורש גישה מוגבלת ופורטים לא סטנדרטיים.</translation>
    </message>
    <message>
        <source>Bind it to loopback or a management address, move it off 8088/8089, and filter it in the firewall.</source>
        <translation>קשרו אותו ל-loopback או לכתובת ניהול, העבירו אותו מ-8088/8089 וסננו אותו בחומת האש.</translation>
    </message>
    <message>
        <source>The web administration is served over plain HTTP</source>
        <translation>ממשק הניהול באינטרנט מוגש ב-HTTP לא מוצפן</translation>
    </message>
    <message>
        <source>Administrator passwords for the PBX GUI are sent in clear text.</source>
        <translation>סיסמאות המנהל של ממשק המרכזייה נשלחות כטקסט גלוי.</translation>
    </message>
    <message>
        <source>Enable HTTPS, redirect HTTP to it, and limit the GUI to the administrators&apos; addresses.</source>
        <translation>הפעילו HTTPS, הפנו אליו את HTTP, והגבילו את הממשק לכתובות המנהלים.</translation>
    </message>
    <message>
        <source>AMI is reachable over Asterisk&apos;s HTTP server without TLS</source>
        <translation>AMI נגיש דרך שרת ה-HTTP של Asterisk ללא TLS</translation>
    </message>
    <message>
        <source>manager.conf webenabled puts AMI logins on the HTTP port, in clear text.</source>
        <translation>webenabled ב-manager.conf חושף את כניסות ה-AMI בפורט ה-HTTP, כטקסט גלוי.</translation>
    </message>
    <message>
        <source>Set webenabled = no in manager.conf, or serve http.conf only over TLS on loopback.</source>
        <translation>הגדירו webenabled = no ב-manager.conf, או הגישו את http.conf רק ב-TLS על loopback.</translation>
    </message>
    <message>
        <source>no Asterisk configuration was collected</source>
        <translation>לא נאספה תצורת Asterisk</translation>
    </message>
    <message>
        <source>http.conf: the HTTP server is disabled</source>
        <translation>http.conf: שרת ה-HTTP מושבת</translation>
    </message>
    <message>
        <source>nothing listens on 443</source>
        <translation>אין שירות שמאזין בפורט 443</translation>
    </message>
    <message>
        <source>manager.conf was not collected</source>
        <translation>manager.conf לא נאסף</translation>
    </message>
    <message>
        <source>http.conf, manager.conf and the listening sockets (ss -tulpn)</source>
        <translation>http.conf, manager.conf והשקעים המאזינים (ss -tulpn)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PBX Warden cannot open its inventory</source>
        <translation>PBX Warden אינו יכול לפתוח את המצאי שלו</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiClient</name>
    <message>
        <source>no reason given</source>
        <translation>לא צוינה סיבה</translation>
    </message>
    <message>
        <source>%1 refused by Asterisk: %2</source>
        <translation>%1 נדחה על ידי Asterisk: %2</translation>
    </message>
    <message>
        <source>the PBX closed the connection</source>
        <translation>המרכזייה סגרה את החיבור</translation>
    </message>
    <message>
        <source>no AMI session with %1 within %2 s</source>
        <translation>לא נוצרה הפעלת AMI עם %1 תוך %2 שנ׳</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent bad data: %2</source>
        <translation>%1 שלח נתונים שגויים: %2</translation>
    </message>
    <message>
        <source>%1 is not an Asterisk Manager Interface (it said &quot;%2&quot;)</source>
        <translation>%1 אינו Asterisk Manager Interface (הוא ענה &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>MD5 challenge refused by %1: %2</source>
        <translation>אתגר MD5 נדחה על ידי %1: %2</translation>
    </message>
    <message>
        <source>login as %1 on %2 refused: %3</source>
        <translation>ההתחברות בתור %1 אל %2 נדחתה: %3</translation>
    </message>
    <message>
        <source>%1: not connected to the PBX (%2)</source>
        <translation>%1: אין חיבור למרכזייה (%2)</translation>
    </message>
    <message>
        <source>%1: too many actions waiting for an answer</source>
        <translation>%1: יותר מדי פעולות ממתינות לתשובה</translation>
    </message>
    <message>
        <source>no answer to %1 from %2</source>
        <translation>לא התקבלה תשובה ל-%1 מ-%2</translation>
    </message>
    <message>
        <source>%1: no answer from %2 in time</source>
        <translation>%1: לא התקבלה תשובה מ-%2 בזמן</translation>
    </message>
    <message>
        <source>%1 did not answer Ping within %2 s (dead peer)</source>
        <translation>%1 לא ענה ל-Ping תוך %2 שנ׳ (הצד השני אינו מגיב)</translation>
    </message>
    <message>
        <source>%1 sent a list larger than %2 events or %3 MiB</source>
        <translation>%1 שלח רשימה גדולה מ-%2 אירועים או מ-%3 MiB</translation>
    </message>
    <message>
        <source>%1: the field %2 contains a control character (0x%3); not sent, as it would split the AMI message. Remove line breaks from the value.</source>
        <translation>%1: השדה %2 מכיל תו בקרה (0x%3); לא נשלח, כי הוא היה מפצל את הודעת ה-AMI. הסירו מעברי שורה מהערך.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ami::AmiSocketTransport</name>
    <message>
        <source>the TLS certificate of %1 does not match the pinned fingerprint</source>
        <translation>תעודת ה-TLS של %1 אינה תואמת את טביעת האצבע המוצמדת</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>תעודת ה-TLS של %1 אינה מהימנה: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::fleet::FleetRunner</name>
    <message>
        <source>internal error: %1</source>
        <translation>שגיאה פנימית: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>שגיאה פנימית</translation>
    </message>
</context>
<context>
    <name>pbxwarden::secrets::CredentialService</name>
    <message>
        <source>no SSH password: type it in, or keep it in the keychain</source>
        <translation>אין סיסמת SSH: הקלידו אותה או שמרו אותה במחזיק המפתחות</translation>
    </message>
    <message>
        <source>the SSH password cannot be read from the keychain: %1</source>
        <translation>לא ניתן לקרוא את סיסמת ה-SSH ממחזיק המפתחות: %1</translation>
    </message>
    <message>
        <source>no SSH password in the keychain: edit the PBX and type it in</source>
        <translation>אין סיסמת SSH במחזיק המפתחות: ערכו את המרכזייה והקלידו אותה</translation>
    </message>
    <message>
        <source>no AMI user set</source>
        <translation>לא הוגדר משתמש AMI</translation>
    </message>
    <message>
        <source>no AMI secret: no keychain</source>
        <translation>אין סוד AMI: אין מחזיק מפתחות</translation>
    </message>
    <message>
        <source>the AMI secret cannot be read from the keychain: %1</source>
        <translation>לא ניתן לקרוא את סוד ה-AMI ממחזיק המפתחות: %1</translation>
    </message>
    <message>
        <source>no AMI secret in the keychain: edit the PBX and type it in</source>
        <translation>אין סוד AMI במחזיק המפתחות: ערכו את המרכזייה והקלידו אותו</translation>
    </message>
    <message>
        <source>no keychain to keep it in</source>
        <translation>אין מחזיק מפתחות לשמור בו</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>אין מחזיק מפתחות</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ssh::SshTunnel</name>
    <message>
        <source>%1: cannot create an event descriptor: %2</source>
        <translation>%1: לא ניתן ליצור מתאר אירועים: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 KiB are waiting to be sent; the far end stopped reading</source>
        <translation>%1: יותר מ-%2 KiB ממתינים לשליחה; הצד השני הפסיק לקרוא</translation>
    </message>
    <message>
        <source>SSH to %1 for %2:%3: %4</source>
        <translation>SSH אל %1 עבור %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 closed by PBX Warden</source>
        <translation>%1 נסגר על ידי PBX Warden</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection (through %3)</source>
        <translation>%1:%2 סגר את החיבור (דרך %3)</translation>
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
        <translation>חיבור &amp;AMI</translation>
    </message>
    <message>
        <source>&amp;Disconnect AMI</source>
        <translation>&amp;ניתוק AMI</translation>
    </message>
    <message>
        <source>AMI protocol &amp;log…</source>
        <translation>&amp;יומן פרוטוקול AMI…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogModel</name>
    <message>
        <source>sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <source>received</source>
        <translation>התקבלה</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>מסגרת</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogWindow</name>
    <message>
        <source>AMI protocol log: %1</source>
        <translation>יומן פרוטוקול AMI: %1</translation>
    </message>
    <message>
        <source>Filter frames, e.g. Action: Login or Event: FailedACL</source>
        <translation>סינון מסגרות, למשל Action: Login או Event: FailedACL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;העתקה</translation>
    </message>
    <message>
        <source>Copy the selected frames, or all frames shown</source>
        <translation>העתקת המסגרות שנבחרו, או כל המסגרות המוצגות</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;שמירה…</translation>
    </message>
    <message>
        <source>Save the frames shown to a text file</source>
        <translation>שמירת המסגרות המוצגות לקובץ טקסט</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;ניקוי</translation>
    </message>
    <message>
        <source>received</source>
        <translation>התקבלה</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>בחרו מסגרת כדי לראות אותה במלואה</translation>
    </message>
    <message>
        <source>Save the AMI protocol log</source>
        <translation>שמירת יומן פרוטוקול AMI</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>קובצי יומן (*.log *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n מסגרת</numerusform>
            <numerusform>%n מסגרות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>מוצגות %1 מתוך %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditController</name>
    <message>
        <source>A&amp;udit all</source>
        <translation>ביקורת &amp;לכולן</translation>
    </message>
    <message>
        <source>Audit the selected PBXs (or all shown) against the 14 practices: collect their facts over SSH, check them and store the score</source>
        <translation>ביקורת למרכזיות שנבחרו (או לכל המוצגות) מול 14 הנהלים: איסוף הנתונים שלהן ב-SSH, בדיקתם ושמירת הציון</translation>
    </message>
    <message>
        <source>PBX &amp;security…</source>
        <translation>&amp;אבטחת מרכזייה…</translation>
    </message>
    <message>
        <source>The selected PBX&apos;s score, practices, findings and score history</source>
        <translation>הציון, הנהלים, הממצאים והיסטוריית הציונים של המרכזייה שנבחרה</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;udit %n selected</source>
        <translation>
            <numerusform>ביקורת &amp;ל-%n מרכזייה שנבחרה</numerusform>
            <numerusform>ביקורת &amp;ל-%n מרכזיות שנבחרו</numerusform>
        </translation>
    </message>
    <message>
        <source>No PBX to audit: the table shows none.</source>
        <translation>אין מרכזייה לביקורת: הטבלה אינה מציגה אף אחת.</translation>
    </message>
    <message>
        <source>Audit finished</source>
        <translation>הביקורת הסתיימה</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>The audit of %1 could not be stored: %2</source>
        <translation>לא ניתן היה לשמור את הביקורת של %1: %2</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;Overdue: %1&lt;/b&gt; (not audited for six months; the seed asks for an inspection twice a year).&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#8e0000&quot;&gt;&lt;b&gt;באיחור: %1&lt;/b&gt; (לא עברו ביקורת במשך שישה חודשים; נוהל הבסיס דורש בדיקה פעמיים בשנה).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>כל הצי</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>לקוח %1</translation>
    </message>
    <message>
        <source>Customer %1, site %2</source>
        <translation>לקוח %1, אתר %2</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, מסונן לפי „%2”</translation>
    </message>
    <message>
        <source>%1: no PBX shown.</source>
        <translation>%1: לא מוצגת אף מרכזייה.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: no score yet&lt;/b&gt; — no PBX shown has been audited. Select PBXs and use Fleet ▸ Audit (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;%1: אין ציון עדיין&lt;/b&gt; — אף מרכזייה מוצגת לא עברה ביקורת. בחרו מרכזיות והשתמשו ב-צי ▸ ביקורת (Ctrl+Shift+U).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 of %n audited PBX(s) at grade %3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 מתוך %n מרכזייה שעברה ביקורת בדירוג %3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 מתוך %n מרכזיות שעברו ביקורת בדירוג %3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(lowest: %1, %2 / 100).</source>
        <translation>(הנמוכה ביותר: %1, %2 / 100).</translation>
    </message>
    <message>
        <source>Mean score %1 / 100 (grade %2) over the audited PBXs shown (%3 of %4).</source>
        <translation>ציון ממוצע %1 / 100 (דירוג %2) של המרכזיות המוצגות שעברו ביקורת (%3 מתוך %4).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;חלקי: %n&lt;/b&gt; (בדיקות שלא הוערכו: הדירוג מכסה רק את מה שניתן היה לראות).&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;חלקיים: %n&lt;/b&gt; (בדיקות שלא הוערכו: הדירוגים מכסים רק את מה שניתן היה לראות).&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</source>
        <translation>
            <numerusform>&lt;b&gt;ללא ציון: %n&lt;/b&gt; (לא ניתן היה להעריך דבר).</numerusform>
            <numerusform>&lt;b&gt;ללא ציון: %n&lt;/b&gt; (לא ניתן היה להעריך דבר).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditDialog</name>
    <message>
        <source>Audit</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>ביטול הביקורת</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>קורא את פרטי הגישה ממחזיק המפתחות…</translation>
    </message>
    <message numerus="yes">
        <source>%n audited</source>
        <translation>
            <numerusform>%n עברה ביקורת</numerusform>
            <numerusform>%n עברו ביקורת</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n נכשלה</numerusform>
            <numerusform>%n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n בוטלה</numerusform>
            <numerusform>%n בוטלו</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing: %1 of %2 done.</source>
        <translation>מבצע ביקורת: %1 מתוך %2 הושלמו.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>הסתיים: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n at grade D or F</source>
        <translation>
            <numerusform>%n בדירוג D או F</numerusform>
            <numerusform>%n בדירוג D או F</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade C, partial or ungraded</source>
        <translation>
            <numerusform>%n בדירוג C, חלקי או ללא דירוג</numerusform>
            <numerusform>%n בדירוג C, חלקיים או ללא דירוג</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditResultProxy</name>
    <message>
        <source>score %1, grade %2</source>
        <translation>ציון %1, דירוג %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>תקין: %1</translation>
    </message>
    <message>
        <source>audited: %1</source>
        <translation>עברה ביקורת: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check connections</source>
        <translation>בדיקת חיבורים</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>ביטול הבדיקה</translation>
    </message>
    <message numerus="yes">
        <source>Reading the credentials of %n PBX(s) from the keychain…</source>
        <translation>
            <numerusform>קורא ממחזיק המפתחות את פרטי הגישה של %n מרכזייה…</numerusform>
            <numerusform>קורא ממחזיק המפתחות את פרטי הגישה של %n מרכזיות…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your answer about %n new host key(s)…</source>
        <translation>
            <numerusform>ממתין לתשובתכם לגבי %n מפתח מארח חדש…</numerusform>
            <numerusform>ממתין לתשובתכם לגבי %n מפתחות מארח חדשים…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust new host keys?</source>
        <translation>לסמוך על מפתחות המארח החדשים?</translation>
    </message>
    <message numerus="yes">
        <source>PBX Warden has never seen the SSH host keys of these %n PBX(s):

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</source>
        <translation>
            <numerusform>PBX Warden לא ראה מעולם את מפתח המארח SSH של מרכזייה זו (%n):

%1

השוו את טביעת האצבע לזו שבמרכזייה (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). לסמוך עליו? הוא יוצמד לאחר כניסה מוצלחת.</numerusform>
            <numerusform>PBX Warden לא ראה מעולם את מפתחות המארח SSH של %n המרכזיות האלה:

%1

השוו כל טביעת אצבע לזו שבמרכזייה (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). לסמוך עליהם? הם יוצמדו לאחר כניסה מוצלחת.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>לסמוך ולהתחבר</translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n תקינה</numerusform>
            <numerusform>%n תקינות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n נכשלה</numerusform>
            <numerusform>%n נכשלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n בוטלה</numerusform>
            <numerusform>%n בוטלו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n PBX(s)…</source>
        <translation>
            <numerusform>בודק %n מרכזייה…</numerusform>
            <numerusform>בודק %n מרכזיות…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>הסתיים: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckModel</name>
    <message>
        <source>waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>מתחבר</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>תקין: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>מרכזייה</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>מארח</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message>
        <source>Import PBXs from %1</source>
        <translation>ייבוא מרכזיות מ-%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>ניתן לייבא %n שורה.</numerusform>
            <numerusform>ניתן לייבא את כל %n השורות.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 have problems and will be skipped.</source>
        <translation>ניתן לייבא: %1; עם בעיות ויידלגו: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n שורה</numerusform>
            <numerusform>%n שורות</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>מארח</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>מוכנה</translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>ייבוא %n מרכזייה</numerusform>
            <numerusform>ייבוא %n מרכזיות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message>
        <source>Customers and sites</source>
        <translation>לקוחות ואתרים</translation>
    </message>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>כל המרכזיות (%n)</numerusform>
            <numerusform>כל המרכזיות (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>קריטית</translation>
    </message>
    <message>
        <source>High</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>מידע</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>ראיה: %1</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>למה זה חשוב: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>תיקון: %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>לא הוערכה</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ממצא</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>נוהל</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיות</translation>
    </message>
    <message>
        <source>To complete the audit: %1</source>
        <translation>כדי להשלים את הביקורת: %1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetController</name>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;בדיקת חיבורים</translation>
    </message>
    <message>
        <source>Connect to the selected PBXs (or all shown) over SSH, check their host keys and log in</source>
        <translation>התחברות ב-SSH למרכזיות שנבחרו (או לכל המוצגות), בדיקת מפתחות המארח שלהן והתחברות</translation>
    </message>
    <message>
        <source>No PBX to check: the table shows none.</source>
        <translation>אין מרכזייה לבדיקה: הטבלה אינה מציגה אף אחת.</translation>
    </message>
    <message>
        <source>%1: the host key could not be pinned: %2</source>
        <translation>%1: לא ניתן היה להצמיד את מפתח המארח: %2</translation>
    </message>
    <message>
        <source>Connection check finished</source>
        <translation>בדיקת החיבורים הסתיימה</translation>
    </message>
    <message>
        <source>%1: the check result could not be saved: %2</source>
        <translation>%1: לא ניתן היה לשמור את תוצאת הבדיקה: %2</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetRunDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetSecurityModel</name>
    <message>
        <source>&lt; 1 d</source>
        <translation>&lt; 1 יום</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>months</comment>
        <translation>
            <numerusform>%n חודש</numerusform>
            <numerusform>%n חודשים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>years</comment>
        <translation>
            <numerusform>%n שנה</numerusform>
            <numerusform>%n שנים</numerusform>
        </translation>
    </message>
    <message>
        <source>never audited</source>
        <translation>לא עברה ביקורת מעולם</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>לא זמין</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n קריטי</numerusform>
            <numerusform>%n קריטיים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n גבוה</numerusform>
            <numerusform>%n גבוהים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n בינוני</numerusform>
            <numerusform>%n בינוניים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n נמוך</numerusform>
            <numerusform>%n נמוכים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago, overdue</source>
        <translation>לפני %1, באיחור</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>לפני %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>נתמכת</translation>
    </message>
    <message>
        <source>security fixes</source>
        <translation>תיקוני אבטחה בלבד</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>סוף חיים</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>לא נמצא</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>בן %1</translation>
    </message>
    <message>
        <source>Audit it: the seed asks for an inspection at least twice a year.</source>
        <translation>בצעו לה ביקורת: נוהל הבסיס דורש בדיקה לפחות פעמיים בשנה.</translation>
    </message>
    <message>
        <source>The newest backup the audit of %1 found was made %2.</source>
        <translation>הגיבוי העדכני ביותר שנמצא בביקורת מ-%1 נוצר ב-%2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>הממצא החמור ביותר</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>ביקורת אחרונה</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Asterisk</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>גיבוי אחרון</translation>
    </message>
    <message>
        <source>%1. Open the PBX&apos;s security page for what could not be assessed and how to complete the audit.</source>
        <translation>%1. פתחו את דף האבטחה של המרכזייה כדי לראות מה לא ניתן היה להעריך וכיצד להשלים את הביקורת.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>הוערכו</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetTableModel</name>
    <message>
        <source>not set</source>
        <translation>לא הוגדר</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>לא נבדק</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>תקין, %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>SSH as %1 on port %2, authentication: %3</source>
        <translation>SSH בתור %1 בפורט %2, אימות: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>מארח</translation>
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
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>מתחבר</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>מאמת</translation>
    </message>
    <message>
        <source>up</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>AMI state</source>
        <translation>מצב AMI</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>פעיל (%1)</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::InventoryController</name>
    <message>
        <source>&amp;New PBX…</source>
        <translation>מרכזייה &amp;חדשה…</translation>
    </message>
    <message>
        <source>&amp;Edit PBX…</source>
        <translation>&amp;עריכת מרכזייה…</translation>
    </message>
    <message>
        <source>D&amp;uplicate PBX…</source>
        <translation>&amp;שכפול מרכזייה…</translation>
    </message>
    <message>
        <source>&amp;Delete PBX…</source>
        <translation>&amp;מחיקת מרכזייה…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ייבוא CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>יי&amp;צוא CSV…</translation>
    </message>
    <message>
        <source>Saving the PBX failed</source>
        <translation>שמירת המרכזייה נכשלה</translation>
    </message>
    <message>
        <source>Adding the PBX failed</source>
        <translation>הוספת המרכזייה נכשלה</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>מחזיק מפתחות</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 נשמרה</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 נוספה</translation>
    </message>
    <message>
        <source>Secrets of %1 could not be stored: %2</source>
        <translation>לא ניתן היה לשמור את הסודות של %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</source>
        <translation>למחוק את %1 מהמצאי?

הסיסמאות השמורות שלה יוסרו ממחזיק המפתחות. המרכזייה עצמה לא תשתנה.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>למחוק %n מרכזייה מהמצאי?

הסיסמאות השמורות שלה יוסרו ממחזיק המפתחות. המרכזייה עצמה לא תשתנה.</numerusform>
            <numerusform>למחוק %n מרכזיות מהמצאי?

הסיסמאות השמורות שלהן יוסרו ממחזיק המפתחות. המרכזיות עצמן לא ישתנו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>%1 was deleted, but these secrets are still in the keychain: %2</source>
        <translation>%1 נמחקה, אך הסודות האלה עדיין נמצאים במחזיק המפתחות: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>נמחקה %n מרכזייה</numerusform>
            <numerusform>נמחקו %n מרכזיות</numerusform>
        </translation>
    </message>
    <message>
        <source>Import PBXs</source>
        <translation>ייבוא מרכזיות</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>קובצי CSV (*.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not an inventory.</source>
        <translation>%1 גדול מ-64 MiB; זה אינו מצאי.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>לא ניתן לייבא את %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>דבר לא יובא: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>יובאה %n מרכזייה</numerusform>
            <numerusform>יובאו %n מרכזיות</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PBXs</source>
        <translation>ייצוא מרכזיות</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>יוצאה %n מרכזייה אל %1</numerusform>
            <numerusform>יוצאו %n מרכזיות אל %1</numerusform>
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
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>יצי&amp;אה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;העדפות…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;טעינה מחדש</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;About PBX Warden</source>
        <translation>&amp;אודות PBX Warden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>אודות &amp;Qt</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>צי</translation>
    </message>
    <message>
        <source>Filter by name, customer, site, host, tag or note</source>
        <translation>סינון לפי שם, לקוח, אתר, מארח, תגית או הערה</translation>
    </message>
    <message>
        <source>Keep secrets for this session only</source>
        <translation>שמירת פרטי הגישה להפעלה זו בלבד</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>ניסיון חוזר עם מחזיק המפתחות</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>מרכזייה</translation>
    </message>
    <message>
        <source>What</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>יומן פעילות</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>מצאי</translation>
    </message>
    <message numerus="yes">
        <source>%n PBX(s)</source>
        <translation>
            <numerusform>%n מרכזייה</numerusform>
            <numerusform>%n מרכזיות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>מוצגות %1 מתוך %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>בודק את מחזיק המפתחות…</translation>
    </message>
    <message>
        <source>Secrets: system keychain</source>
        <translation>פרטי גישה: מחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <source>Secrets: this session only</source>
        <translation>פרטי גישה: להפעלה זו בלבד</translation>
    </message>
    <message>
        <source>Secrets: no keychain</source>
        <translation>פרטי גישה: אין מחזיק מפתחות</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable keychain.&lt;/b&gt; %1&lt;br&gt;PBX Warden keeps passwords only in the system keychain and never writes them to disk in plain text. You can keep the secrets you type for this session only: they are forgotten when PBX Warden closes.</source>
        <translation>&lt;b&gt;אין מחזיק מפתחות זמין.&lt;/b&gt; %1&lt;br&gt;PBX Warden שומר סיסמאות רק במחזיק המפתחות של המערכת ולעולם אינו כותב אותן לדיסק כטקסט גלוי. ניתן לשמור את פרטי הגישה שתקלידו להפעלה זו בלבד: הם יישכחו עם סגירת PBX Warden.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>מחזיק מפתחות</translation>
    </message>
    <message>
        <source>nowhere: no keychain</source>
        <translation>בשום מקום: אין מחזיק מפתחות</translation>
    </message>
    <message>
        <source>About PBX Warden</source>
        <translation>אודות PBX Warden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;Audit, harden and watch a fleet of Asterisk-based IP PBXs from one console.&lt;/p&gt;&lt;p&gt;Inventory: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, libssh and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PBX Warden %1&lt;/h3&gt;&lt;p&gt;ביקורת, הקשחה וניטור של צי מרכזיות IP מבוססות Asterisk ממסוף אחד.&lt;/p&gt;&lt;p&gt;מצאי: %2&lt;/p&gt;&lt;p&gt;נבנה עם Qt %3, libssh ו-QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F&amp;leet</source>
        <translation>&amp;צי</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;מצאי</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;אבטחה</translation>
    </message>
    <message>
        <source>No PBXs yet.
Add one with New PBX… (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>אין עדיין מרכזיות.
הוסיפו אחת עם מרכזייה חדשה… (Ctrl+N), או ייבאו קובץ CSV ‏(Ctrl+I).</translation>
    </message>
    <message>
        <source>Some saved passwords could not be moved to their PBX&apos;s new keychain name; they are kept under the old name and tried again at the next start:
%1</source>
        <translation>לא ניתן היה להעביר חלק מהסיסמאות השמורות לשם החדש של המרכזייה שלהן במחזיק המפתחות; הן נשמרות תחת השם הישן וייעשה ניסיון נוסף בהפעלה הבאה:
%1</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDashboard</name>
    <message>
        <source>%1: security</source>
        <translation>%1: אבטחה</translation>
    </message>
    <message>
        <source>Also show checks that could &amp;not be assessed</source>
        <translation>הצגת גם בדיקות ש&amp;לא ניתן היה להעריך</translation>
    </message>
    <message>
        <source>Select a finding to read its evidence and fix.</source>
        <translation>בחרו ממצא כדי לקרוא את הראיות ואת התיקון שלו.</translation>
    </message>
    <message>
        <source>Never audited. Select the PBX and use Fleet ▸ Audit.</source>
        <translation>לא עברה ביקורת מעולם. בחרו את המרכזייה והשתמשו ב-צי ▸ ביקורת.</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Audited %1 (%2 ago)</source>
        <translation>עברה ביקורת ב-%1 (לפני %2)</translation>
    </message>
    <message>
        <source>— overdue: audit it again, at least twice a year.</source>
        <translation>— באיחור: בצעו לה ביקורת שוב, לפחות פעמיים בשנה.</translation>
    </message>
    <message>
        <source>No check could be assessed, so there is no score: the audit lacked the facts (log in as root or with sudo to collect them).</source>
        <translation>אף בדיקה לא הוערכה, ולכן אין ציון: לביקורת חסרו הנתונים (התחברו כ-root או עם sudo כדי לאסוף אותם).</translation>
    </message>
    <message>
        <source>Score %1 of 100: this PBX earned %2 of the %3 points its assessed checks are worth.</source>
        <translation>ציון %1 מתוך 100: מרכזייה זו השיגה %2 מתוך %3 הנקודות שהבדיקות שהוערכו בה שוות.</translation>
    </message>
    <message>
        <source>%1 (worth %2 each): %3 passed, %4 failed, %5 of %6 points</source>
        <translation>%1 (כל אחת שווה %2): %3 עברו, %4 נכשלו, %5 מתוך %6 נקודות</translation>
    </message>
    <message>
        <source>Not assessed (the facts were out of reach), so counted in neither sum: %1.</source>
        <translation>לא הוערכו (הנתונים לא היו נגישים), ולכן לא נספרו באף אחד מהסכומים: %1.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>לא הוערכה</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ראיות</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>למה זה חשוב</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>תיקון</translation>
    </message>
    <message>
        <source>Not assessed; to complete the audit:</source>
        <translation>לא הוערכו; כדי להשלים את הביקורת:</translation>
    </message>
    <message>
        <source>To complete the audit</source>
        <translation>כדי להשלים את הביקורת</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>הוספת מרכזייה</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>עריכת המרכזייה %1</translation>
    </message>
    <message>
        <source>Duplicate PBX %1</source>
        <translation>שכפול המרכזייה %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message>
        <source>e.g. freepbx, production</source>
        <translation>לדוגמה: freepbx, production</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>שם מארח או כתובת IP</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>סוכן SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>קובץ מפתח</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>שימוש ב-TLS</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <source>no keychain: see the notice in the main window</source>
        <translation>אין מחזיק מפתחות: ראו את ההודעה בחלון הראשי</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>מרכזייה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;לקוח:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;אתר:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>תג&amp;יות:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>מאר&amp;ח:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;משתמש:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>אימ&amp;ות:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;קובץ מפתח:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>שכח</translation>
    </message>
    <message>
        <source>Forget the pinned host key; the next connection asks again</source>
        <translation>שכח את מפתח המארח המוצמד; החיבור הבא ישאל שוב</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>מפתח מארח:</translation>
    </message>
    <message>
        <source>Asterisk Manager Interface (AMI)</source>
        <translation>Asterisk Manager Interface (AMI)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>פו&amp;רט:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>מש&amp;תמש:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>סו&amp;ד:</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>בחירת מפתח פרטי</translation>
    </message>
    <message>
        <source>Another PBX is already named &quot;%1&quot;.</source>
        <translation>כבר קיימת מרכזייה אחרת בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A site belongs to a customer: choose the customer too.</source>
        <translation>אתר שייך ללקוח: בחרו גם את הלקוח.</translation>
    </message>
    <message>
        <source>Password authentication needs the password.</source>
        <translation>אימות בסיסמה דורש את הסיסמה.</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;ביטוי סיסמה למפתח:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>not pinned yet: the first connection asks</source>
        <translation>טרם הוצמד: החיבור הראשון ישאל</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>בדיקת חיבור</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>חיבור &amp;ניסיון</translation>
    </message>
    <message>
        <source>Connect with the values in this form, check the host key, log in and look at the system; nothing on the PBX is changed</source>
        <translation>התחברות עם הערכים שבטופס זה, בדיקת מפתח המארח, כניסה ובחינת המערכת; דבר אינו משתנה במרכזייה</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>ביטול הבדיקה</translation>
    </message>
    <message>
        <source>%1 (trusted: pinned when you save)</source>
        <translation>%1 (מהימן: יוצמד בעת השמירה)</translation>
    </message>
    <message>
        <source>reading credentials</source>
        <translation>קריאת פרטי הגישה</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>בודק את %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected and logged in as %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;מחובר ונכנס בתור %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New host key.&lt;/b&gt; %1 presents a key PBX Warden has never seen:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>&lt;b&gt;מפתח מארח חדש.&lt;/b&gt; %1 מציג מפתח ש-PBX Warden לא ראה מעולם:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Trust this host key?</source>
        <translation>לסמוך על מפתח מארח זה?</translation>
    </message>
    <message>
        <source>%1 (%2) presents this SSH host key:

%3 %4

Compare it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). If they match, trust it: PBX Warden connects again and pins the key when you save.</source>
        <translation>%1 (%2) מציג את מפתח המארח SSH הזה:

%3 %4

השוו אותו למפתח שבמרכזייה (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). אם הם תואמים, סמכו עליו: PBX Warden יתחבר שוב ויצמיד את המפתח בעת השמירה.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>לסמוך ולהתחבר</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; the host key %1 was not trusted.</source>
        <translation>&lt;b&gt;לא מחובר:&lt;/b&gt; מפתח המארח %1 לא אושר כמהימן.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;נכשל:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trust the new key…</source>
        <translation>אישור המפתח החדש…</translation>
    </message>
    <message>
        <source>Re-pin after the PBX&apos;s host key changed on purpose (reinstall, new keys), keeping the PBX and its secrets</source>
        <translation>הצמדה מחדש לאחר שמפתח המארח של המרכזייה שונה בכוונה (התקנה מחדש, מפתחות חדשים), תוך שמירת המרכזייה והסודות שלה</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key has CHANGED — not connected.&lt;/b&gt;&lt;br&gt;Pinned: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Now: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Someone may be intercepting the connection, or the PBX was reinstalled. Only if you know why, press &quot;Trust the new key&quot; and confirm both keys.</source>
        <translation>&lt;b&gt;מפתח המארח השתנה — אין חיבור.&lt;/b&gt;&lt;br&gt;מוצמד: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;כעת: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;ייתכן שמישהו מיירט את החיבור, או שהמרכזייה הותקנה מחדש. רק אם ידועה לכם הסיבה, לחצו על &quot;אישור המפתח החדש&quot; ואשרו את שני המפתחות.</translation>
    </message>
    <message>
        <source>Trust the new host key?</source>
        <translation>לסמוך על מפתח המארח החדש?</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.

Pinned until now: %2
Presented now: %3

Trust the new key only if you know why it changed and have compared it with the key on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). PBX Warden then connects again and pins it when you save.</source>
        <translation>מפתח המארח של %1 השתנה.

מוצמד עד כה: %2
מוצג כעת: %3

סמכו על המפתח החדש רק אם ידוע לכם מדוע הוא השתנה והשוויתם אותו למפתח שבמרכזייה (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). לאחר מכן PBX Warden יתחבר שוב ויצמיד אותו כשתשמרו.</translation>
    </message>
    <message>
        <source>I know why the pinned key %1 is no longer valid</source>
        <translation>ידוע לי מדוע המפתח המוצמד %1 כבר אינו תקף</translation>
    </message>
    <message>
        <source>The new key %1 matches the one on the PBX</source>
        <translation>המפתח החדש %1 תואם למפתח שבמרכזייה</translation>
    </message>
    <message>
        <source>Su&amp;do password:</source>
        <translation>סיסמת su&amp;do:</translation>
    </message>
    <message>
        <source>The audit and every change need root. Give sudo&apos;s password here when it is not the login password; leave it empty when sudo needs none (NOPASSWD) or takes the login password. Test connection says which.</source>
        <translation>הביקורת וכל שינוי דורשים הרשאות root. הזינו כאן את סיסמת ה-sudo אם היא שונה מסיסמת הכניסה; השאירו ריק אם sudo אינו דורש סיסמה (NOPASSWD) או מקבל את סיסמת הכניסה. „בדיקת חיבור” מראה מה המצב.</translation>
    </message>
    <message>
        <source>only if sudo asks for another</source>
        <translation>רק אם sudo מבקש סיסמה אחרת</translation>
    </message>
    <message>
        <source>Password authentication needs the password: none is stored for this PBX.</source>
        <translation>אימות בסיסמה דורש את הסיסמה: לא שמורה סיסמה למרכזייה זו.</translation>
    </message>
    <message>
        <source>unchanged (the keychain could not say whether one is stored)</source>
        <translation>ללא שינוי (מחזיק המפתחות לא יכול היה לומר אם שמורה סיסמה)</translation>
    </message>
    <message>
        <source>stored - leave empty to keep</source>
        <translation>שמורה – השאירו ריק כדי לשמור</translation>
    </message>
    <message>
        <source>not stored - type it</source>
        <translation>לא שמורה – הקלידו אותה</translation>
    </message>
    <message>
        <source>not stored - only if sudo asks for another</source>
        <translation>לא שמורה – רק אם sudo מבקש סיסמה אחרת</translation>
    </message>
    <message>
        <source>A copy starts without the original&apos;s secrets and pinned host key: type the passwords; the first connection asks about the key.</source>
        <translation>עותק מתחיל בלי הסודות ומפתח המארח המוצמד של המקור: הקלידו את הסיסמאות; החיבור הראשון ישאל על המפתח.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory on this host and port.</source>
        <translation>%1 כבר נמצא במלאי עם מארח ופורט אלה.</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ScoreHistoryChart</name>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>אין עדיין ביקורת</translation>
    </message>
    <message>
        <source>@yPoint partial</source>
        <extracomment>a point of the score chart: the score, then the word</extracomment>
        <translation>@yPoint חלקי</translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>How many PBXs are contacted at the same time</source>
        <translation>כמה מרכזיות פונים אליהן בו-זמנית</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>&lt;small&gt;A new language takes effect when PBX Warden starts again.&lt;/small&gt;</source>
        <translation>&lt;small&gt;שפה חדשה תיכנס לתוקף בהפעלה הבאה של PBX Warden.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>PBXs contacted &amp;at once:</source>
        <translation>מרכזיות ב&amp;ו-זמנית:</translation>
    </message>
    <message>
        <source>SSH &amp;time-out:</source>
        <translation>&amp;זמן קצוב ל-SSH:</translation>
    </message>
    <message>
        <source>Inventory file:</source>
        <translation>קובץ המצאי:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>פרטי הגישה נשמרים ב:</translation>
    </message>
    <message>
        <source>Allow AMI over plain &amp;TCP when no SSH tunnel or TLS is possible</source>
        <translation>התרת AMI דרך &amp;TCP לא מוצפן כשאין אפשרות למנהרת SSH או ל-TLS</translation>
    </message>
    <message>
        <source>Logs in with the MD5 challenge, but every action and answer crosses the network unencrypted</source>
        <translation>ההתחברות מתבצעת עם אתגר MD5, אך כל פעולה ותשובה עוברות ברשת ללא הצפנה</translation>
    </message>
    <message>
        <source>AMI:</source>
        <translation>AMI:</translation>
    </message>
</context>
</TS>
