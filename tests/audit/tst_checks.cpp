#include "audit/AuditFacts.h"
#include "audit/AuditService.h"
#include "audit/PasswordStrength.h"
#include "audit/SecretScrubber.h"
#include "audit/checks/Checks.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <functional>

using namespace pbxwarden::audit;
using namespace Qt::StringLiterals;

namespace {

using Outcome = Finding::Outcome;
using Edit = std::function<void(FactBundle&)>;

// The facts are the lab's: collect.sh's real output on an insecure and a hardened pbxlab host
// (tests/audit/data/lab-*.bundle), then edited per case.
FactBundle lab(const char* profile)
{
    QFile f(qEnvironmentVariable("PBXWARDEN_SOURCE_DIR") + u"/tests/audit/data/lab-"_s
        + QLatin1String(profile) + u".bundle"_s);
    return f.open(QIODevice::ReadOnly) ? FactBundle::parse(f.readAll()) : FactBundle {};
}

void setFile(FactBundle& b, const QString& path, const QString& text)
{
    b.set(u"file:"_s + path, text.toUtf8(), 0);
}

void replaceIn(FactBundle& b, const QString& section, const QString& from, const QString& to)
{
    QString t = b.text(section);
    QVERIFY2(t.contains(from), qPrintable(section + u": "_s + from));
    t.replace(from, to);
    b.set(section, t.toUtf8(), b.rc(section));
}

const QDateTime kAuditTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC);
const QDateTime kRecentAudit(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);

struct Case
{
    const char* check;
    const char* profile; // "insecure", "hardened", "none"
    Outcome expected;
    Edit edit = {};
    std::optional<QDateTime> previous = kRecentAudit;
};

QByteArray cliData(const char* name)
{
    QFile f(
        qEnvironmentVariable("PBXWARDEN_SOURCE_DIR") + u"/tests/audit/data/ami-cli/"_s + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The collector's live sections from the recorded CLI output, and cdr-last-seen (rc 3 when empty:
// no Master.csv).
Edit liveFacts(const char* contacts, const QByteArray& cdr)
{
    return [contacts, cdr](FactBundle& b) {
        b.remove(u"asterisk-contacts"_s);
        b.set(u"ast-pjsip-endpoints"_s, cliData("pjsip_show_endpoints.txt"), 0);
        b.set(u"ast-pjsip-contacts"_s, cliData(contacts), 0);
        if (cdr.isEmpty())
            b.set(u"cdr-last-seen"_s, "no /var/log/asterisk/cdr-csv/Master.csv", 3);
        else
            b.set(u"cdr-last-seen"_s, cdr, 0);
    };
}

QList<Case> cases()
{
    QList<Case> c;
    // Checks whose insecure lab host fails and hardened host passes, as the lab describes them.
    for (const char* id :
        { "firewall.none", "firewall.exposed-services", "firewall.ami-exposed", "passwords.pjsip-weak",
            "passwords.sip-weak", "passwords.ami-weak", "passwords.voicemail-pin-weak",
            "passwords.root-default", "updates.asterisk-eol", "updates.asterisk-advisories", "ssh.root-login",
            "ssh.password-auth", "ssh.no-source-limit", "web.http-no-tls", "web.http-public-default-port",
            "web.ami-over-http", "sip-acl.endpoint-no-acl", "least-privilege.ami-user-no-acl",
            "destinations.anonymous-endpoint", "destinations.chan-sip-allowguest",
            "sip-acl.chan-sip-peer-no-acl", "sip-acl.chan-sip-alwaysauthreject", "inspection.security-log",
            "intrusion-prevention.fail2ban-stopped", "intrusion-prevention.no-asterisk-jail",
            "intrusion-prevention.no-sshd-jail", "least-privilege.ami-dangerous-write",
            "least-privilege.sudo-nopasswd-all", "destinations.intl-unauthenticated",
            "destinations.intl-every-phone", "destinations.exten-injection", "call-times.intl-any-time",
            "intl-passcode.intl-no-pin", "backups.stale", "backups.no-schedule" }) {
        // The hardened host has no sip.conf: its chan_sip checks find nothing to judge, never "pass".
        const bool chanSip = QByteArray(id) == "passwords.sip-weak" || QByteArray(id).contains("chan-sip");
        c << Case { id, "insecure", Outcome::Fail }
          << Case { id, "hardened", chanSip ? Outcome::NothingToAssess : Outcome::Pass };
    }
    // A chan_sip configuration done right: strong secret, ACL, no guests, uniform rejections.
    const Edit goodSip = [](FactBundle& b) {
        setFile(b, u"/etc/asterisk/sip.conf"_s,
            u"[general]\nallowguest = no\nalwaysauthreject = yes\n[2001]\ntype = friend\nhost = dynamic\n"
            "secret = vR8#qLz2!mW9xKp4Tn6s\ndeny = 0.0.0.0/0.0.0.0\npermit = 198.18.2.0/255.255.255.0\n"
            "context = from-internal\n"_s);
        b.set(u"asterisk-sip-peers"_s, "Name/username Host\n2001 (Unspecified)\n1 sip peers\n", 0);
    };
    for (const char* id : { "passwords.sip-weak", "sip-acl.chan-sip-peer-no-acl",
             "sip-acl.chan-sip-alwaysauthreject", "destinations.chan-sip-allowguest" })
        c << Case { id, "hardened", Outcome::Pass, goodSip };

    // The others, with facts edited to make them fail or pass.
    c << Case { "passwords.reused", "hardened", Outcome::Pass }
      << Case { "passwords.reused", "hardened", Outcome::Fail, [](FactBundle& b) {
                   setFile(b, u"/etc/asterisk/manager.conf"_s,
                       u"[general]\nenabled = yes\nbindaddr = 127.0.0.1\n[a]\nsecret = "
                       u"Kq7!vR2#pLx9Wz4m\npermit=127.0.0.1\n"
                       "[b]\nsecret = Kq7!vR2#pLx9Wz4m\npermit=127.0.0.1\n"_s);
               } };
    c << Case { "updates.asterisk-security-only", "hardened", Outcome::Pass }
      << Case { "updates.asterisk-security-only", "hardened", Outcome::Fail, [](FactBundle& b) {
                   b.set(u"asterisk-version"_s,
                       "Asterisk 20.15.2 built by root @ pbx on a x86_64 running Linux", 0);
               } };
    const Edit noPending = [](FactBundle& b) {
        b.set(u"updates-apt"_s,
            "Reading package lists...\nCalculating upgrade...\n0 upgraded, 0 newly installed, 0 to remove.\n",
            0);
    };
    c << Case { "updates.os-security-pending", "hardened", Outcome::Fail }
      << Case { "updates.os-security-pending", "hardened", Outcome::Pass, noPending }
      << Case { "updates.os-pending", "insecure", Outcome::Fail }
      << Case { "updates.os-pending", "insecure", Outcome::Pass, noPending }
      << Case { "updates.os-pending", "insecure", Outcome::NotAssessed, [](FactBundle& b) {
                   b.set(u"updates-apt"_s, "needs root", 77);
               } };
    // dnf: check-update exits 100 with pending updates; updateinfo names the security ones.
    const Edit dnf = [](FactBundle& b) {
        b.remove(u"updates-apt"_s);
        b.set(u"updates-dnf"_s,
            "\nopenssl.x86_64    1:3.0.7-25.el9_3    baseos\nvim-minimal.x86_64  2:8.2.2637-20.el9_1  "
            "baseos\n",
            100);
        b.set(
            u"updates-dnf-security"_s, "RLSA-2024:1234 Important/Sec. openssl-1:3.0.7-25.el9_3.x86_64\n", 0);
    };
    c << Case { "updates.os-security-pending", "hardened", Outcome::Fail, dnf }
      << Case { "updates.os-pending", "hardened", Outcome::Fail, dnf }
      // Without updateinfo, dnf cannot say which updates are security fixes: unknown, not "none".
      << Case { "updates.os-security-pending", "hardened", Outcome::NotAssessed,
             [dnf](FactBundle& b) {
                 dnf(b);
                 b.remove(u"updates-dnf-security"_s);
             } }
      << Case { "updates.os-security-pending", "hardened", Outcome::Pass, [](FactBundle& b) {
                   b.remove(u"updates-apt"_s);
                   b.set(u"updates-dnf"_s, "", 0);
                   b.set(u"updates-dnf-security"_s, "", 0);
               } };
    // Operating-system end of life from os-release (Debian 12: supported; Debian 10, SNG7, CentOS 7:
    // past it; an unknown release is not assessed).
    const auto osRelease = [](const char* text) {
        return Edit([text](FactBundle& b) { b.set(u"os-release"_s, text, 0); });
    };
    c << Case { "updates.os-eol", "hardened", Outcome::Pass }
      << Case { "updates.os-eol", "hardened", Outcome::Fail,
             osRelease("PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"\nID=debian\nVERSION_ID=\"10\"\n") }
      << Case { "updates.os-eol", "hardened", Outcome::Fail,
             osRelease("NAME=\"Sangoma Linux\"\nVERSION=\"7 (Core)\"\nID=\"sangoma\"\nID_LIKE=\"centos rhel "
                       "fedora\"\nVERSION_ID=\"7\"\n") }
      << Case { "updates.os-eol", "hardened", Outcome::Fail,
             osRelease(
                 "NAME=\"Rocky Linux\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"7.9\"\n") }
      << Case { "updates.os-eol", "hardened", Outcome::Pass,
             osRelease("NAME=\"AlmaLinux\"\nID=\"almalinux\"\nID_LIKE=\"rhel centos "
                       "fedora\"\nVERSION_ID=\"9.4\"\n") }
      << Case { "updates.os-eol", "hardened", Outcome::NotAssessed,
             osRelease("NAME=\"Gentoo\"\nID=gentoo\nVERSION_ID=2.15\n") };
    c << Case { "updates.os-stale", "hardened", Outcome::Pass }
      << Case { "updates.os-stale", "hardened", Outcome::Fail,
             [](FactBundle& b) {
                 b.set(u"update-history"_s,
                     "### /var/log/apt/history.log\nStart-Date: 2025-12-01  10:00:00\nUpgrade: bash:amd64 "
                     "(5.2.15-2, 5.2.15-2+b2)\n### stamps\n",
                     0);
             } }
      << Case { "updates.os-stale", "hardened", Outcome::NotAssessed, [](FactBundle& b) {
                   b.set(u"update-history"_s, "### stamps\n", 0);
               } };
    c << Case { "ssh.root-login-key", "hardened", Outcome::Pass }
      << Case { "ssh.root-login-key", "hardened", Outcome::Fail, [](FactBundle& b) {
                   replaceIn(b, u"sshd-T-external"_s, u"permitrootlogin no"_s,
                       u"permitrootlogin without-password"_s);
               } };
    c << Case { "ssh.empty-passwords", "hardened", Outcome::Pass }
      << Case { "ssh.empty-passwords", "hardened", Outcome::Fail, [](FactBundle& b) {
                   replaceIn(
                       b, u"sshd-T-external"_s, u"permitemptypasswords no"_s, u"permitemptypasswords yes"_s);
               } };
    for (const char* id : { "ssh.root-login", "ssh.password-auth", "ssh.empty-passwords" }) {
        c << Case { id, "insecure", Outcome::NotAssessed, [](FactBundle& b) {
                       b.set(u"sshd-T"_s, "needs root", 77);
                       b.set(u"sshd-T-external"_s, "needs root", 77);
                       b.remove(u"file:/etc/ssh/sshd_config"_s);
                   } };
    }
    // Without sshd -T the files are read: the same verdict.
    c << Case { "ssh.root-login", "insecure", Outcome::Fail, [](FactBundle& b) {
                   b.set(u"sshd-T"_s, "needs root", 77);
                   b.set(u"sshd-T-external"_s, "needs root", 77);
               } };
    const Edit nginx = [](FactBundle& b) {
        b.set(u"ss"_s, "tcp LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:((\"nginx\",pid=9,fd=6))\n", 0);
    };
    c << Case { "web.admin-no-https", "hardened", Outcome::Pass }
      << Case { "web.admin-no-https", "hardened", Outcome::Fail, nginx }
      << Case { "web.admin-no-https", "hardened", Outcome::Pass, [](FactBundle& b) {
                   b.set(u"ss"_s,
                       "tcp LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:((\"nginx\",pid=9,fd=6))\ntcp LISTEN 0 "
                       "511 0.0.0.0:443 0.0.0.0:* users:((\"nginx\",pid=9,fd=7))\n",
                       0);
               } };
    const auto lastlog = [](const char* latest) {
        return Edit([latest](FactBundle& b) {
            b.set(u"lastlog"_s,
                QByteArray("Username         Port     From             Latest\nroot                          "
                           "             **Never logged in**\n"
                           "admin            pts/0    198.18.0.1       ")
                    + latest + "\n",
                0);
            b.set(u"shadow-status"_s, "root:password\nadmin:password\ndaemon:locked\n", 0);
            b.remove(u"file:/root/.ssh/authorized_keys"_s);
        });
    };
    c << Case { "inactive-users.local-accounts", "insecure", Outcome::NotAssessed } // no lastlog on the lab
      << Case { "inactive-users.local-accounts", "insecure", Outcome::Fail,
             lastlog("Mon Jan  6 10:00:00 +0000 2025") };
    c << Case { "inactive-users.local-accounts", "insecure", Outcome::Fail, [lastlog](FactBundle& b) {
                   lastlog("Wed Nov 25 10:00:00 +0100 2026")(b);
                   b.set(u"shadow-status"_s, "root:password\nadmin:password\n", 0); // root: never logged in
               } };
    c << Case { "inactive-users.local-accounts", "insecure", Outcome::Pass, [lastlog](FactBundle& b) {
                   lastlog("Wed Nov 25 10:00:00 +0100 2026")(b);
                   b.set(u"shadow-status"_s, "root:locked\nadmin:password\n", 0);
               } };
    // An account used only through forced-command keys (a backup pull) leaves no login record.
    const auto forcedKey = [](const char* keyLine) {
        return Edit([keyLine](FactBundle& b) {
            b.set(u"lastlog"_s,
                "Username         Port     From             Latest\n"
                "backup                                     **Never logged in**\n"
                "admin            pts/0    198.18.0.1       Wed Nov 25 10:00:00 +0100 2026\n",
                0);
            b.set(u"shadow-status"_s, "root:locked\nadmin:password\nbackup:locked\n", 0);
            b.remove(u"file:/root/.ssh/authorized_keys"_s);
            setFile(b, u"/etc/passwd"_s,
                b.file(u"/etc/passwd"_s) + u"backup:x:990:990::/var/lib/backup:/bin/sh\n"_s);
            setFile(b, u"/var/lib/backup/.ssh/authorized_keys"_s, QString::fromLatin1(keyLine));
        });
    };
    c << Case { "inactive-users.local-accounts", "insecure", Outcome::Pass,
        forcedKey("command=\"/usr/local/bin/backup-pull\",no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv0 "
                  "backup@nas\n") }
      << Case { "inactive-users.local-accounts", "insecure", Outcome::Fail,
             forcedKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv0 backup@nas\n") };
    // lastlog2 only (no lastlog): the same judgement from its listing.
    c << Case { "inactive-users.local-accounts", "insecure", Outcome::Fail, [](FactBundle& b) {
                   b.set(u"lastlog"_s, "lastlog: not installed", 127);
                   b.set(u"lastlog2"_s,
                       "Username         Port     From             Latest\n"
                       "admin            pts/0    198.18.0.1       Mon Jan  6 10:00:00 +0000 2025\n",
                       0);
                   b.set(u"shadow-status"_s, "root:locked\nadmin:password\n", 0);
                   b.remove(u"file:/root/.ssh/authorized_keys"_s);
               } };
    c << Case { "inactive-users.extensions", "hardened", Outcome::Fail }
      << Case { "inactive-users.extensions", "insecure", Outcome::Fail }
      << Case { "inactive-users.extensions", "hardened", Outcome::Pass,
             [](FactBundle& b) {
                 b.set(u"asterisk-contacts"_s,
                     "  Contact:  <Aor/ContactUri..> <Hash....> <Status>\n"
                     "  Contact:  phone-1001/sip:phone-1001@198.18.2.50:5060  1c19ac2955 Avail 12.1\n"
                     "  Contact:  phone-1002/sip:phone-1002@198.18.2.51:5060  1c19ac2956 Avail 11.0\n",
                     0);
                 b.set(u"cdr-last-seen"_s,
                     "first 2026-01-02 08:00:00\nphone-1003 2026-11-20 17:01:02\nphone-1002 2025-01-01 "
                     "09:00:00\n",
                     0);
             } }
      << Case { "inactive-users.extensions", "hardened", Outcome::Fail,
             [](FactBundle& b) {
                 b.set(u"cdr-last-seen"_s, "first 2025-01-02 08:00:00\nphone-1003 2025-03-20 17:01:02\n", 0);
             } } // No CDR folder: the contacts alone (some endpoint has one), with a note in the evidence.
      << Case { "inactive-users.extensions", "hardened", Outcome::Fail,
             [](FactBundle& b) {
                 b.set(u"cdr-last-seen"_s, "no /var/log/asterisk/cdr-csv", 4);
             } }
      << Case { "inactive-users.extensions", "hardened", Outcome::NotAssessed,
             [](FactBundle& b) {
                 b.set(u"cdr-last-seen"_s, "no /var/log/asterisk/cdr-csv", 4);
                 b.set(u"asterisk-contacts"_s, "needs root: the collector ran as uid 1000", 77);
             } } // An empty contact list and no CDR file: nothing to go on.
      << Case { "inactive-users.extensions", "hardened", Outcome::NotAssessed,
             [](FactBundle& b) {
                 b.set(u"asterisk-contacts"_s, "No objects found.\n", 0);
             } } // The live facts of the recorded Asterisk (tests/audit/data/ami-cli): 1001 registered, 1002
                 // and 1003 called within 90 days.
      << Case { "inactive-users.extensions", "hardened", Outcome::Pass,
             liveFacts("pjsip_show_contacts.txt",
                 "first 2026-08-01 10:00:00\n1002 2026-11-20 17:01:02\n"
                 "1003 2026-09-01 08:00:00\ntrunk-itsp 2026-11-20 17:01:02\n") }
      // 1003's last call is older than 90 days.
      << Case { "inactive-users.extensions", "hardened", Outcome::Fail,
             liveFacts("pjsip_show_contacts.txt",
                 "first 2026-01-01 10:00:00\n1002 2026-11-20 17:01:02\n1003 2026-08-01 08:00:00\n") };
    c << Case { "inspection.overdue", "hardened", Outcome::Pass }
      // The first audit is the first inspection: nothing is overdue yet.
      << Case { "inspection.overdue", "hardened", Outcome::NothingToAssess, {}, std::nullopt }
      << Case { "inspection.overdue", "hardened", Outcome::Fail, {},
             QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC) };
    c << Case { "intrusion-prevention.fail2ban-missing", "insecure", Outcome::Pass }
      << Case { "intrusion-prevention.fail2ban-missing", "insecure", Outcome::Fail,
             [](FactBundle& b) {
                 b.set(u"fail2ban-status"_s, "fail2ban-client: not installed", 127);
             } }
      << Case { "intrusion-prevention.fail2ban-missing", "insecure", Outcome::NotAssessed, [](FactBundle& b) {
                   b.set(u"fail2ban-status"_s, "needs root", 77);
               } };
    const Edit running = [](FactBundle& b) {
        b.set(u"fail2ban-status"_s, "Status\n|- Number of jail:\t2\n`- Jail list:\tasterisk, sshd\n", 0);
        b.set(u"fail2ban-jails"_s,
            "### asterisk\n|  `- File list:\t/var/log/asterisk/messages.log\n### sshd\n|  `- File "
            "list:\t/var/log/auth.log\n",
            0);
    };
    c << Case { "intrusion-prevention.fail2ban-stopped-filtered", "hardened", Outcome::Fail }
      << Case { "intrusion-prevention.fail2ban-stopped-filtered", "hardened", Outcome::Pass, running }
      << Case { "intrusion-prevention.fail2ban-stopped-filtered", "insecure", Outcome::Pass }
      << Case { "intrusion-prevention.fail2ban-stopped", "insecure", Outcome::Pass, running };
    c << Case { "intrusion-prevention.jail-log-missing", "hardened", Outcome::Pass }
      << Case { "intrusion-prevention.jail-log-missing", "hardened", Outcome::Fail,
             [](FactBundle& b) {
                 replaceIn(b, u"file:/etc/fail2ban/jail.local"_s,
                     u"logpath = /var/log/asterisk/messages.log\n          /var/log/asterisk/security.log"_s,
                     u"logpath = /var/log/asterisk/messages"_s);
             } };
    c << Case { "least-privilege.live-dangerously", "hardened", Outcome::Pass }
      << Case { "least-privilege.live-dangerously", "hardened", Outcome::Fail, [](FactBundle& b) {
                   replaceIn(b, u"file:/etc/asterisk/asterisk.conf"_s, u"[options]\n"_s,
                       u"[options]\nlive_dangerously = yes\n"_s);
               } };
    c << Case { "intl-passcode.pin-weak", "hardened", Outcome::Pass }
      << Case { "intl-passcode.pin-weak", "hardened", Outcome::Fail, [](FactBundle& b) {
                   QString t = b.file(u"/etc/asterisk/extensions.conf"_s);
                   t.replace(QRegularExpression(u"INTL_PIN = \\d+"_s), u"INTL_PIN = 1234"_s);
                   setFile(b, u"/etc/asterisk/extensions.conf"_s, t);
               } };
    c << Case { "backups.none", "hardened", Outcome::Pass }
      << Case { "backups.none", "hardened", Outcome::Fail,
             [](FactBundle& b) {
                 b.set(u"backups"_s, "", 0);
                 b.remove(u"file:/etc/cron.d/pbx-backup"_s);
                 b.set(u"cron-dirs"_s, "", 0);
             } }
      // A job exists but writes elsewhere (here a restic repository): "not located", never "no backup".
      << Case { "backups.none", "hardened", Outcome::NotAssessed, [](FactBundle& b) {
                   b.set(u"backups"_s, "", 0);
                   setFile(b, u"/etc/cron.d/pbx-backup"_s,
                       u"30 2 * * * root restic -r sftp:nas:/srv/restic/pbx backup /etc/asterisk\n"_s);
               } };
    // Without root, root-only facts are not assessed rather than passed.
    c << Case { "passwords.root-default", "insecure", Outcome::NotAssessed,
        [](FactBundle& b) {
            b.set(u"root-hash"_s, "needs root", 77);
        } }
      << Case { "firewall.none", "insecure", Outcome::NotAssessed,
             [](FactBundle& b) {
                 b.set(u"iptables-save"_s, "needs root", 77);
                 b.set(u"nft"_s, "needs root", 77);
             } }
      << Case { "least-privilege.sudo-nopasswd-all", "insecure", Outcome::NotAssessed, [](FactBundle& b) {
                   b.remove(u"file:/etc/sudoers"_s);
                   b.remove(u"file:/etc/sudoers.d/README"_s);
                   b.remove(u"file:/etc/sudoers.d/asterisk"_s);
                   b.set(u"sudoers"_s, "needs root", 77);
               } };
    // A dialplan PIN in front of international calls from a context every phone uses still leaves
    // them all with international dialling; a timed include counts as a time restriction.
    c << Case { "call-times.intl-any-time", "insecure", Outcome::Pass,
        [](FactBundle& b) {
            setFile(b, u"/etc/asterisk/extensions.conf"_s,
                u"[globals]\nTRUNK = trunk-itsp\n[from-internal]\ninclude => intl,08:00-18:00,mon-fri,*,*\n"
                "[intl]\nexten => _00Z.,1,Authenticate(/etc/asterisk/pins)\n same => "
                "n,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@${TRUNK})\n"
                "[public]\nexten => 4930123456,1,Dial(PJSIP/1001)\n[default]\nexten => _X.,1,Hangup()\n"_s);
        } };
    // A chan_sip trunk with insecure=invite is an unauthenticated entry point too (when chan_sip runs);
    // a PIN on the way protects the route.
    const auto carrierInto = [](const QString& context) {
        return Edit([context](FactBundle& b) {
            setFile(b, u"/etc/asterisk/sip.conf"_s,
                u"[general]\nallowguest = no\n[carrier]\ntype = peer\nhost = 203.0.113.8\ninsecure = port,invite\ncontext = "_s
                    + context + u"\n"_s);
            b.set(u"asterisk-sip-peers"_s,
                "Name/username Host\ncarrier 203.0.113.8\n1 sip peers [Monitored: 0 online]\n", 0);
            setFile(b, u"/etc/asterisk/extensions.conf"_s,
                b.file(u"/etc/asterisk/extensions.conf"_s)
                    + u"\n[open-intl]\nexten => _00Z.,1,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@trunk-itsp)\n"_s);
        });
    };
    c << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Fail, carrierInto(u"open-intl"_s) }
      << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Pass,
             carrierInto(u"intl-protected"_s) }
      << Case { "sip-acl.chan-sip-peer-no-acl", "hardened", Outcome::Fail, carrierInto(u"open-intl"_s) };

    // Not only international numbers cost money: national, mobile and premium-rate ones from an
    // unauthenticated entry, judged by the PBX's numbering plan.
    const auto carrierWith = [carrierInto](const QString& dialplan, const QByteArray& country) {
        return Edit([carrierInto, dialplan, country](FactBundle& b) {
            carrierInto(u"open-toll"_s)(b);
            setFile(b, u"/etc/asterisk/extensions.conf"_s,
                b.file(u"/etc/asterisk/extensions.conf"_s) + u"\n[open-toll]\n"_s + dialplan);
            if (!country.isEmpty())
                b.set(u"country"_s, country, 0);
        });
    };
    const QString national
        = u"exten => _0[1-9]XXXXXXXX,1,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@trunk-itsp)\n"_s;
    const QString nanpPremium
        = u"exten => _1900NXXXXXX,1,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@trunk-itsp)\n"_s;
    const QString internal = u"exten => _10XX,1,Dial(PJSIP/${EXTEN})\n"_s;
    c << Case { "destinations.toll-unauthenticated", "hardened", Outcome::Pass }
      // UK: 0 + 9 digits is a national (or mobile) number, not international...
      << Case { "destinations.toll-unauthenticated", "hardened", Outcome::Fail,
             carrierWith(national, "indications.conf:country=uk\n") }
      << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Pass,
             carrierWith(national, "indications.conf:country=uk\n") }
      // ... but with the country unknown, 0[1-9]... may start 011: taken as international.
      << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Fail, carrierWith(national, {}) }
      << Case { "destinations.toll-unauthenticated", "hardened", Outcome::Pass, carrierWith(internal, {}) }
      << Case { "destinations.toll-unauthenticated", "hardened", Outcome::Fail,
             carrierWith(nanpPremium, "indications.conf:country=us\n") }
      // 1900... is not an international number anywhere.
      << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Pass,
             carrierWith(nanpPremium, "indications.conf:country=us\n") }
      // Under NANP, 011 is the international prefix.
      << Case { "destinations.intl-unauthenticated", "hardened", Outcome::Fail,
             carrierWith(u"exten => _011X.,1,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@trunk-itsp)\n"_s,
                 "indications.conf:country=us\n") };

    // Caller-controlled data into a shell: caller ID directly, or through a variable; FILTER() cleans it.
    const auto withDialplan = [](const QString& text) {
        return Edit([text](FactBundle& b) {
            setFile(b, u"/etc/asterisk/extensions.conf"_s, b.file(u"/etc/asterisk/extensions.conf"_s) + text);
        });
    };
    c << Case { "least-privilege.dialplan-shell-injection", "hardened", Outcome::Fail,
        withDialplan(u"\n[notify]\nexten => 555,1,System(echo ${CALLERID(num)} >> /tmp/calls)\n"_s) }
      << Case { "least-privilege.dialplan-shell-injection", "hardened", Outcome::Fail,
             withDialplan(u"\n[lookup]\nexten => _X.,1,Set(WHO=${CALLERID(name)})\n"
                          " same => n,Set(R=${SHELL(/usr/local/bin/crm ${WHO})})\n"_s) }
      << Case { "least-privilege.dialplan-shell-injection", "hardened", Outcome::Pass,
             withDialplan(u"\n[notify]\nexten => 555,1,System(/usr/local/bin/notify "
                          "${FILTER(0123456789,${CALLERID(num)})})\n"_s) };
    return c;
}

QString profileOf(const Case& c)
{
    return QLatin1String(c.profile);
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private:
    Finding run(const Case& c)
    {
        FactBundle b = profileOf(c) == u"none" ? FactBundle {} : lab(c.profile);
        if (c.edit)
            c.edit(b);
        const FactBundle scrubbed = SecretScrubber::scrub(b, PasswordStrength::instance(), "test-salt");
        return outcomeOf(AuditService::evaluate(u"test"_s, scrubbed, kAuditTime, c.previous), c.check);
    }

    // A per-object check's findings folded into one: failed when one object failed, with every failing
    // object's evidence.
    static Finding outcomeOf(const AuditReport& r, const char* check)
    {
        Finding out;
        bool found = false;
        for (const Finding& f : r.findings) {
            if (f.check.id != QLatin1String(check))
                continue;
            if (!found || (f.failed() && !out.failed())) {
                out = f;
            } else if (f.failed()) {
                out.evidence << f.evidence;
            }
            found = true;
        }
        return out;
    }

    static AuditReport evaluate(const FactBundle& b, std::optional<QDateTime> previous = kRecentAudit)
    {
        return AuditService::evaluate(u"test"_s,
            SecretScrubber::scrub(b, PasswordStrength::instance(), "test-salt"), kAuditTime, previous);
    }

    static QList<Finding> all(const AuditReport& r, const QString& check)
    {
        QList<Finding> out;
        for (const Finding& f : r.findings) {
            if (f.check.id == check)
                out << f;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!lab("insecure").isEmpty());
        QVERIFY(!lab("hardened").isEmpty());
    }

    void eachCheck_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%s %s %s #%d", all.at(i).check, all.at(i).profile,
                qPrintable(Finding::outcomeId(all.at(i).expected)), i)
                << i;
    }

    void eachCheck()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const Finding f = run(c);
        QCOMPARE(f.check.id, QString::fromLatin1(c.check));
        QVERIFY2(f.outcome == c.expected,
            qPrintable(u"got "_s + Finding::outcomeId(f.outcome) + u": "_s + f.evidence.join(u" | "_s)));
        if (f.outcome == Outcome::Fail)
            QVERIFY2(!f.evidence.isEmpty(), "a failure without evidence");
        QVERIFY(!f.check.title.isEmpty() && !f.check.why.isEmpty() && !f.check.fix.isEmpty());
    }

    // Every check of the catalogue is tested failing and passing above.
    void everyCheckFailsAndPassesSomewhere()
    {
        QSet<QString> failing, passing;
        for (const Case& c : cases()) {
            // "Not assessed" is neither: a check that can only fail or give up has never been seen to pass.
            if (c.expected == Outcome::Fail)
                failing.insert(QString::fromLatin1(c.check));
            else if (c.expected == Outcome::Pass)
                passing.insert(QString::fromLatin1(c.check));
        }
        const QList<Check> catalogue = checks::catalogue();
        QVERIFY(catalogue.size() >= 50);
        QSet<Practice> practices;
        QSet<QString> ids;
        for (const Check& k : catalogue) {
            QVERIFY2(failing.contains(k.id), qPrintable(k.id + u" has no failing case"_s));
            QVERIFY2(passing.contains(k.id), qPrintable(k.id + u" has no passing case"_s));
            QVERIFY2(k.id.startsWith(practiceId(k.practice) + u'.'), qPrintable(k.id));
            QVERIFY2(!ids.contains(k.id), qPrintable(k.id + u" twice"_s));
            ids.insert(k.id);
            practices.insert(k.practice);
        }
        QCOMPARE(practices.size(), 14);
    }

    void noFactsMeansNotAssessed()
    {
        const AuditReport r = AuditService::evaluate(u"empty"_s, FactBundle {}, kAuditTime, kRecentAudit);
        for (const Finding& f : r.findings) {
            if (f.check.id == u"inspection.overdue")
                QCOMPARE(f.outcome, Outcome::Pass); // the console's own record is a fact
            else
                QVERIFY2(f.outcome == Outcome::NotAssessed, qPrintable(f.check.id));
        }
        QCOMPARE(r.score.grade, u"A"_s); // 1 of 1 point: only that check counted
        // ... but the grade says how little it rests on, and the report lists every gap by id.
        QVERIFY(!r.complete());
        QCOMPARE(r.score.gradeText(),
            u"A (partial — %1 of %2 not assessed)"_s.arg(r.score.checks - 1).arg(r.score.checks));
        QCOMPARE(r.toJson().value(u"complete"_s).toBool(true), false);
        QCOMPARE(r.toJson().value(u"not_assessed_checks"_s).toArray().size(), r.score.checks - 1);
    }

    // Every assessed result says what it looked at; nothing passes on an empty list.
    void everyResultSaysWhatItExamined()
    {
        for (const char* profile : { "insecure", "hardened" }) {
            const AuditReport r = evaluate(lab(profile), std::nullopt);
            for (const Finding& f : r.findings) {
                if (f.assessed())
                    QVERIFY2(
                        !f.examined.isEmpty(), qPrintable(QLatin1String(profile) + u": "_s + f.check.id));
                if (f.outcome == Outcome::Pass && f.examinedCount >= 0)
                    QVERIFY2(f.examinedCount > 0, qPrintable(f.check.id + u" passed on nothing"_s));
            }
        }
        // An AMI with no user has nothing to judge: not a pass.
        FactBundle b = lab("hardened");
        setFile(b, u"/etc/asterisk/manager.conf"_s, u"[general]\nenabled = yes\nbindaddr = 127.0.0.1\n"_s);
        const AuditReport r = evaluate(b);
        for (const char* id : { "least-privilege.ami-dangerous-write", "least-privilege.ami-user-no-acl",
                 "passwords.ami-weak" }) {
            const Finding f = outcomeOf(r, id);
            QVERIFY2(f.outcome == Outcome::NothingToAssess, id);
            QCOMPARE(f.examinedCount, 0);
        }
        QCOMPARE(r.toJson().value(u"nothing_to_assess"_s).toArray().size() >= 3, true);
    }

    // Issue 11 item 5: a pjsip.conf whose templates double at every level hits the reader's limit; the
    // audit then judges none of the Asterisk configuration (it was read only in part) and says why.
    void configurationOverTheReadersLimitIsNotAssessed()
    {
        QString hostile = u"[t0](!)\ndeny=0.0.0.0/0\npermit=10.0.0.0/8\n"_s;
        for (int i = 1; i <= 23; ++i)
            hostile += u"[t%1](!,t%2,t%2)\n"_s.arg(i).arg(i - 1);
        hostile += u"[victim](t23)\ntype=endpoint\n"_s;
        FactBundle b = lab("hardened");
        setFile(b, u"/etc/asterisk/pjsip.conf"_s, hostile);
        const AuditReport r = evaluate(b);
        for (const char* id : { "sip-acl.endpoint-no-acl", "passwords.pjsip-weak", "web.http-no-tls",
                 "intl-passcode.intl-no-pin", "call-times.intl-any-time" }) {
            const Finding f = outcomeOf(r, id);
            QVERIFY2(f.outcome == Outcome::NotAssessed, id);
            QVERIFY2(f.evidence.join(u' ').contains(u"not assessed"_s), qPrintable(f.evidence.join(u' ')));
        }
        QVERIFY(!r.complete());
    }

    void backupJobWithoutOutputIsNotLocated()
    {
        FactBundle b = lab("hardened");
        b.set(u"backups"_s, "", 0);
        setFile(b, u"/etc/cron.d/pbx-backup"_s,
            u"30 2 * * * root rclone sync /var/spool/asterisk/backup remote:pbx-backups\n"_s);
        const Finding f = outcomeOf(evaluate(b), "backups.none");
        QCOMPARE(f.outcome, Outcome::NotAssessed);
        QVERIFY2(f.evidence.join(u' ').contains(u"not located"_s), qPrintable(f.evidence.join(u' ')));
        QVERIFY2(f.evidence.join(u' ').contains(u"remote:pbx-backups"_s), qPrintable(f.evidence.join(u' ')));
        QCOMPARE(outcomeOf(evaluate(b), "backups.no-schedule").outcome, Outcome::Pass);
    }

    // A listener on every address of a host with private addresses only is not "open to the Internet".
    void privateOnlyHostIsNotInternetFacing()
    {
        FactBundle b = lab("insecure");
        b.set(u"ip-addr"_s,
            R"([{"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1"}]},
                {"ifname":"eth0","addr_info":[{"family":"inet","local":"10.20.0.5"},
                                              {"family":"inet6","local":"fe80::1"}]}])",
            0);
        Finding f = outcomeOf(evaluate(b), "firewall.ami-exposed");
        QCOMPARE(f.outcome, Outcome::Fail);
        QCOMPARE(f.check.severity, Severity::High);
        QVERIFY2(f.evidence.join(u' ').contains(u"private addresses only (10.20.0.5, fe80::1)"_s),
            qPrintable(f.evidence.join(u' ')));
        b.set(u"ip-addr"_s,
            R"([{"ifname":"eth0","addr_info":[{"family":"inet","local":"10.20.0.5"},{"family":"inet","local":"8.8.4.4"}]}])",
            0);
        QCOMPARE(outcomeOf(evaluate(b), "firewall.ami-exposed").check.severity, Severity::Critical);
        QVERIFY(AuditFacts::isPublicAddress(u"2a00:1450:4001::1"_s));
        QVERIFY(!AuditFacts::isPublicAddress(u"192.168.1.1"_s));
        QVERIFY(!AuditFacts::isPublicAddress(u"100.64.1.1"_s));
    }

    // One finding per object: each weak secret, each phone without an ACL, each AMI user.
    void oneFindingPerObject()
    {
        const AuditReport r = evaluate(lab("insecure"), std::nullopt);
        QStringList users;
        for (const Finding& f : all(r, u"passwords.ami-weak"_s)) {
            QCOMPARE(f.outcome, Outcome::Fail);
            users << f.subject;
            QCOMPARE(f.evidence.size(), 1);
            QVERIFY2(f.evidence.first().startsWith(u"manager.conf:"_s), qPrintable(f.evidence.first()));
        }
        users.sort();
        QCOMPARE(users, QStringList({ u"admin"_s, u"monitor"_s }));
        const QList<Finding> phones = all(r, u"sip-acl.endpoint-no-acl"_s);
        QVERIFY(phones.size() >= 2);
        QSet<QString> subjects;
        for (const Finding& f : phones)
            subjects.insert(f.subject);
        QCOMPARE(subjects.size(), phones.size());
        // A per-object check counts once in the score, whatever the number of objects.
        QList<Finding> once;
        for (const Finding& f : r.findings) {
            if (f.check.id == u"passwords.ami-weak")
                continue;
            once << f;
        }
        once << all(r, u"passwords.ami-weak"_s).first();
        QCOMPARE(Score::compute(once).possible, r.score.possible);
    }

    // A partial audit (no root): the report says so, per PBX, and no practice passes on what it did not see.
    void partialAuditIsMarkedPartial()
    {
        FactBundle b = lab("hardened");
        for (const char* section : { "iptables-save", "nft", "root-hash", "fail2ban-status", "sudoers" })
            b.set(QLatin1String(section), "needs root", 77);
        b.remove(u"file:/etc/sudoers"_s);
        for (const QString& f : b.files()) {
            if (f.startsWith(u"/etc/sudoers.d/"_s))
                b.remove(u"file:"_s + f);
        }
        const AuditReport r = evaluate(b);
        QVERIFY(!r.complete());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"complete"_s).toBool(true), false);
        QVERIFY2(json.value(u"grade_text"_s).toString().contains(u"(partial — "_s),
            qPrintable(json.value(u"grade_text"_s).toString()));
        QSet<QString> gaps;
        for (const QJsonValue& v : json.value(u"not_assessed_checks"_s).toArray()) {
            QVERIFY(!v.toObject().value(u"reason"_s).toString().isEmpty());
            gaps.insert(v.toObject().value(u"check"_s).toString());
        }
        QCOMPARE(json.value(u"not_assessed"_s).toInt(), int(gaps.size()));
        for (const char* id : { "firewall.none", "passwords.root-default",
                 "intrusion-prevention.fail2ban-missing", "least-privilege.sudo-nopasswd-all" })
            QVERIFY2(gaps.contains(QLatin1String(id)), id);
        QVERIFY(r.notAssessed().first().evidence.first().contains(u"root"_s));
        // Firewall: nothing assessed. Passwords: the rest passed, root's is unknown: partial, not pass.
        QCOMPARE(r.score.practices.value(Practice::Firewall), Score::Status::NotAssessed);
        QCOMPARE(r.score.practices.value(Practice::Passwords), Score::Status::Partial);
        const Score::Coverage c = r.score.coverage.value(Practice::Passwords);
        QCOMPARE(r.score.practiceText(Practice::Passwords),
            u"pass, %1 of %2 assessed"_s.arg(c.assessed).arg(c.total));
        QCOMPARE(json.value(u"practice_details"_s)
                     .toObject()
                     .value(u"passwords"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
            u"partial"_s);
        // The complete audit of the same host is not partial.
        const AuditReport full = evaluate(lab("hardened"));
        QCOMPARE(full.score.practices.value(Practice::Passwords), Score::Status::Pass);
    }

    // Severity as DOMAIN.md weighs it: dangerous AMI write classes by who can reach the login.
    void amiWriteWeighsByReachability()
    {
        const AuditReport open = evaluate(lab("insecure"));
        for (const Finding& f : all(open, u"least-privilege.ami-dangerous-write"_s)) {
            QCOMPARE(f.outcome, Outcome::Fail);
            QCOMPARE(f.check.severity, Severity::Critical); // 0.0.0.0, no firewall, no ACL
        }
        FactBundle b = lab("insecure");
        replaceIn(
            b, u"file:/etc/asterisk/manager.conf"_s, u"bindaddr = 0.0.0.0"_s, u"bindaddr = 127.0.0.1"_s);
        const AuditReport local = evaluate(b);
        const QList<Finding> writes = all(local, u"least-privilege.ami-dangerous-write"_s);
        QCOMPARE(writes.size(), 2);
        for (const Finding& f : writes)
            QCOMPARE(f.check.severity, Severity::Medium);
        for (const Finding& f : all(local, u"least-privilege.ami-user-no-acl"_s))
            QCOMPARE(f.check.severity, Severity::Low);
        // write = config rewrites any configuration file: as dangerous as system.
        FactBundle c = lab("hardened");
        replaceIn(c, u"file:/etc/asterisk/manager.conf"_s, u"write = call,agent"_s, u"write = call,config"_s);
        QCOMPARE(outcomeOf(evaluate(c), "least-privilege.ami-dangerous-write").outcome, Outcome::Fail);
        // A missing security log is low; guest calls and the anonymous endpoint are destinations.
        QCOMPARE(outcomeOf(open, "inspection.security-log").check.severity, Severity::Low);
        QCOMPARE(outcomeOf(open, "destinations.anonymous-endpoint").check.practice, Practice::Destinations);
        QCOMPARE(outcomeOf(open, "destinations.chan-sip-allowguest").check.practice, Practice::Destinations);
        QCOMPARE(outcomeOf(open, "least-privilege.ami-user-no-acl").check.practice, Practice::LeastPrivilege);
    }

    // The first audit does not fail "regular inspection" for being the first.
    void firstAuditIsNotOverdue()
    {
        const AuditReport r = evaluate(lab("hardened"), std::nullopt);
        QCOMPARE(outcomeOf(r, "inspection.overdue").outcome, Outcome::NothingToAssess);
        QVERIFY(r.score.practices.value(Practice::Inspection) != Score::Status::Fail);
        QVERIFY(r.score.practices.value(Practice::Inspection) != Score::Status::Warn);
    }

    void evidenceNeverHoldsSecrets()
    {
        const FactBundle raw = lab("insecure");
        const AuditReport r
            = AuditService::evaluate(u"x"_s, SecretScrubber::scrub(raw), kAuditTime, std::nullopt);
        QByteArray json = r.facts.serialize();
        for (const Finding& f : r.findings)
            json += f.evidence.join(u'\n').toUtf8();
        for (const char* secret : { "amp111", "$6$", "password = 1001", "secret = monitor", "1002 => 1234" })
            QVERIFY2(!json.contains(secret), secret);
    }

    // Extensions from the live endpoint list: phones only (not anonymous, not the trunk), each named
    // with why it counts as unused.
    void idleExtensionsEvidence()
    {
        Case c { "inactive-users.extensions", "hardened", Outcome::Fail,
            liveFacts("pjsip_show_contacts.txt", {}) };
        Finding f = run(c);
        QCOMPARE(f.outcome, Outcome::Fail);
        QCOMPARE(f.evidence,
            QStringList({ u"no call records; only the current registration was checked"_s,
                u"1002: not registered"_s, u"1003: not registered"_s }));

        c.edit = liveFacts("pjsip_show_contacts.txt",
            "first 2026-06-01 10:00:00\n1001 2026-11-20 17:01:02\n1003 2026-07-01 08:00:00\n");
        f = run(c);
        QCOMPARE(f.outcome, Outcome::Fail);
        QCOMPARE(f.evidence,
            QStringList({ u"1002: not registered, no call since 2026-06-01"_s,
                u"1003: not registered, last call 2026-07-01"_s }));

        // After svcrack registered 1002 and 1003, every phone has a contact.
        c.edit = liveFacts("pjsip_show_contacts.after-svcrack.txt", {});
        QCOMPARE(run(c).outcome, Outcome::Pass);
    }

    void reevaluationIsStable()
    {
        // The stored (scrubbed, compressed) facts give the same findings again.
        const FactBundle scrubbed = SecretScrubber::scrub(lab("insecure"));
        const AuditReport first = AuditService::evaluate(u"x"_s, scrubbed, kAuditTime, std::nullopt);
        const auto stored = FactBundle::fromCompressed(first.facts.compressed());
        QVERIFY(stored.ok());
        const AuditReport again = AuditService::evaluate(u"x"_s, stored.value(), kAuditTime, std::nullopt);
        QCOMPARE(again.findingsJson(), first.findingsJson());
        QCOMPARE(again.score.value, first.score.value);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
