<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupChecks</name>
    <message numerus="yes">
        <source>%n backup file(s); newest %1 from %2 (%3 days old)</source>
        <translation>
            <numerusform>%n backup file; newest %1 from %2 (%3 days old)</numerusform>
            <numerusform>%n backup files; newest %1 from %2 (%3 days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>all %n passed: %1</source>
        <translation>
            <numerusform>all %n passed: %1</numerusform>
            <numerusform>all %n passed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationChecks</name>
    <message numerus="yes">
        <source>%n PJSIP endpoint(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n PJSIP endpoint in pjsip.conf</numerusform>
            <numerusform>%n PJSIP endpoints in pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan</source>
        <translation>
            <numerusform>%n unauthenticated entry context (anonymous, guest, trunk, default) walked through the dialplan</numerusform>
            <numerusform>%n unauthenticated entry contexts (anonymous, guest, trunk, default) walked through the dialplan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) and the contexts they dial from</source>
        <translation>
            <numerusform>%n phone and the contexts they dial from</numerusform>
            <numerusform>%n phones and the contexts they dial from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): too few to tell every phone from some</source>
        <translation>
            <numerusform>%n phone: too few to tell every phone from some</numerusform>
            <numerusform>%n phones: too few to tell every phone from some</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Dial() application(s) reached from %1 context(s)</source>
        <translation>
            <numerusform>%n Dial() application reached from %1 context</numerusform>
            <numerusform>%n Dial() applications reached from %1 contexts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialplanChecks</name>
    <message numerus="yes">
        <source>%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)</source>
        <translation>
            <numerusform>%n international route found from %1 entry context (unauthenticated entries and phones)</numerusform>
            <numerusform>%n international routes found from %1 entry contexts (unauthenticated entries and phones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallChecks</name>
    <message numerus="yes">
        <source>%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</source>
        <translation>
            <numerusform>%n PBX service listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</numerusform>
            <numerusform>%n PBX services listening on every address (ss -tulpn and the Asterisk configuration), against the firewall rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InactiveUserChecks</name>
    <message numerus="yes">
        <source>%n extension(s), against the registered contacts and the call records</source>
        <translation>
            <numerusform>%n extension, against the registered contacts and the call records</numerusform>
            <numerusform>%n extensions, against the registered contacts and the call records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that can log in (password or SSH key), from %1</source>
        <translation>
            <numerusform>%n account that can log in (password or SSH key), from %1</numerusform>
            <numerusform>%n accounts that can log in (password or SSH key), from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntlPasscodeChecks</name>
    <message numerus="yes">
        <source>%n PIN(s) in extensions.conf [globals]</source>
        <translation>
            <numerusform>%n PIN in extensions.conf [globals]</numerusform>
            <numerusform>%n PINs in extensions.conf [globals]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeastPrivilegeChecks</name>
    <message numerus="yes">
        <source>%n System()/TrySystem()/SHELL() call(s) in extensions.conf</source>
        <translation>
            <numerusform>%n System()/TrySystem()/SHELL() call in extensions.conf</numerusform>
            <numerusform>%n System()/TrySystem()/SHELL() calls in extensions.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI user(s) in manager.conf</source>
        <translation>
            <numerusform>%n AMI user in manager.conf</numerusform>
            <numerusform>%n AMI users in manager.conf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordChecks</name>
    <message numerus="yes">
        <source>%n auth password(s) in pjsip.conf</source>
        <translation>
            <numerusform>%n auth password in pjsip.conf</numerusform>
            <numerusform>%n auth passwords in pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer secret(s) in sip.conf</source>
        <translation>
            <numerusform>%n peer secret in sip.conf</numerusform>
            <numerusform>%n peer secrets in sip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AMI secret(s) in manager.conf</source>
        <translation>
            <numerusform>%n AMI secret in manager.conf</numerusform>
            <numerusform>%n AMI secrets in manager.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox PIN(s) in voicemail.conf</source>
        <translation>
            <numerusform>%n mailbox PIN in voicemail.conf</numerusform>
            <numerusform>%n mailbox PINs in voicemail.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIP, IAX and AMI secret(s)</source>
        <translation>
            <numerusform>%n SIP, IAX and AMI secret</numerusform>
            <numerusform>%n SIP, IAX and AMI secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipAclChecks</name>
    <message numerus="yes">
        <source>%n PJSIP phone(s) (endpoints with auth) in pjsip.conf</source>
        <translation>
            <numerusform>%n PJSIP phone (endpoints with auth) in pjsip.conf</numerusform>
            <numerusform>%n PJSIP phones (endpoints with auth) in pjsip.conf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chan_sip peer(s) in sip.conf</source>
        <translation>
            <numerusform>%n chan_sip peer in sip.conf</numerusform>
            <numerusform>%n chan_sip peers in sip.conf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateChecks</name>
    <message numerus="yes">
        <source>%n package(s): %1</source>
        <translation>
            <numerusform>%n package: %1</numerusform>
            <numerusform>%n packages: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dnf/yum list %n pending update(s) but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</source>
        <translation>
            <numerusform>dnf/yum list %n pending update but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</numerusform>
            <numerusform>dnf/yum list %n pending updates but gave no security classification (no updateinfo: %1): whether they fix security issues is unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AmiLogWindow</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditController</name>
    <message numerus="yes">
        <source>A&amp;udit %n selected</source>
        <translation>
            <numerusform>A&amp;udit %n selected</numerusform>
            <numerusform>A&amp;udit %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 of %n audited PBX(s) at grade %3&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 of %n audited PBX at grade %3&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 of %n audited PBXs at grade %3&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grade covers only what could be seen).&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#9a5b00&quot;&gt;&lt;b&gt;Partial: %n&lt;/b&gt; (checks not assessed: the grades cover only what could be seen).&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</source>
        <translation>
            <numerusform>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</numerusform>
            <numerusform>&lt;b&gt;No score: %n&lt;/b&gt; (nothing could be assessed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::AuditDialog</name>
    <message numerus="yes">
        <source>%n audited</source>
        <translation>
            <numerusform>%n audited</numerusform>
            <numerusform>%n audited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade D or F</source>
        <translation>
            <numerusform>%n at grade D or F</numerusform>
            <numerusform>%n at grade D or F</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at grade C, partial or ungraded</source>
        <translation>
            <numerusform>%n at grade C, partial or ungraded</numerusform>
            <numerusform>%n at grade C, partial or ungraded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::ConnectionCheckDialog</name>
    <message numerus="yes">
        <source>Reading the credentials of %n PBX(s) from the keychain…</source>
        <translation>
            <numerusform>Reading the credentials of %n PBX from the keychain…</numerusform>
            <numerusform>Reading the credentials of %n PBXs from the keychain…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your answer about %n new host key(s)…</source>
        <translation>
            <numerusform>Waiting for your answer about %n new host key…</numerusform>
            <numerusform>Waiting for your answer about %n new host keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PBX Warden has never seen the SSH host keys of these %n PBX(s):

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</source>
        <translation>
            <numerusform>PBX Warden has never seen the SSH host key of this PBX (%n):

%1

Compare its fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust it? It is pinned after a successful login.</numerusform>
            <numerusform>PBX Warden has never seen the SSH host keys of these %n PBXs:

%1

Compare each fingerprint with the one on the PBX (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Trust them? They are pinned after a successful login.</numerusform>
        </translation>
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
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n PBX(s)…</source>
        <translation>
            <numerusform>Checking %n PBX…</numerusform>
            <numerusform>Checking %n PBXs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>All %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>Import %n PBX</numerusform>
            <numerusform>Import %n PBXs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>All PBXs (%n)</numerusform>
            <numerusform>All PBXs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::FleetSecurityModel</name>
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
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>years</comment>
        <translation>
            <numerusform>%n y</numerusform>
            <numerusform>%n y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n high</numerusform>
            <numerusform>%n high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n medium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::InventoryController</name>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>Delete %n PBX from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</numerusform>
            <numerusform>Delete %n PBXs from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>Deleted %n PBX</numerusform>
            <numerusform>Deleted %n PBXs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>Imported %n PBX</numerusform>
            <numerusform>Imported %n PBXs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>Exported %n PBX to %1</numerusform>
            <numerusform>Exported %n PBXs to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n PBX(s)</source>
        <translation>
            <numerusform>%n PBX</numerusform>
            <numerusform>%n PBXs</numerusform>
        </translation>
    </message>
</context>
</TS>
