#include "audit/FactBundle.h"
#include "pbxconf/AsteriskConfig.h"
#include "pbxconf/Fail2banConfig.h"
#include "pbxconf/Fail2banStatus.h"
#include "pbxconf/IptablesRules.h"
#include "pbxconf/NftRuleset.h"
#include "pbxconf/PjsipShow.h"
#include "pbxconf/SocketList.h"
#include "pbxconf/SshdConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pbxwarden::audit;
using namespace pbxwarden::pbxconf;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("PBXWARDEN_SOURCE_DIR") + u"/tests/audit/data"_s;
}

QByteArray readData(const QString& name)
{
    QFile f(dataDir() + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Serves tests/audit/data/etc-asterisk as /etc/asterisk.
AsteriskConfig::Resolver dataResolver()
{
    return [](const QString& pattern) {
        QList<QPair<QString, QString>> out;
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern));
        QDirIterator it(dataDir() + u"/etc-asterisk"_s, QDir::Files, QDirIterator::Subdirectories);
        QStringList hits;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString virt = u"/etc/asterisk"_s + path.mid(dataDir().size() + 13);
            if (glob.match(virt).hasMatch())
                hits << virt;
        }
        hits.sort();
        for (const QString& h : hits)
            out << qMakePair(h, QString::fromUtf8(readData(u"etc-asterisk"_s + h.mid(13))));
        return out;
    };
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asteriskConfigNastySyntax()
    {
        const auto c = AsteriskConfig::parse(
            u"pjsip.conf"_s, QString::fromUtf8(readData(u"etc-asterisk/pjsip.conf"_s)), dataResolver());
        // Templates are not objects; inheritance copies (template of template too).
        QVERIFY(c.named(u"phone-tpl"_s).isEmpty());
        const ConfigSection* e1001 = c.first(u"1001"_s);
        QVERIFY(e1001);
        QCOMPARE(e1001->value(u"type"_s), u"endpoint"_s);
        QCOMPARE(e1001->values(u"deny"_s), QStringList { u"0.0.0.0/0.0.0.0"_s });
        QVERIFY(e1001->last(u"deny"_s)->inherited);
        QCOMPARE(e1001->templates, QStringList { u"phone-tpl"_s });
        // (+) appended, \; unescaped, trailing comment removed, key case folded.
        QCOMPARE(
            e1001->values(u"permit"_s), QStringList({ u"198.51.100.0/255.255.255.0"_s, u"203.0.113.5"_s }));
        QCOMPARE(e1001->last(u"permit"_s)->where.line, 35);
        QCOMPARE(e1001->value(u"callerid"_s), u"\"Semi;Colon\" <1001>"_s);
        QCOMPARE(c.first(u"global"_s)->value(u"endpoint_identifier_order"_s), u"ip,username,anonymous"_s);
        // The block comment hid [ghost]; the text after --; on the same line is read.
        QVERIFY(!c.first(u"ghost"_s));
        QCOMPARE(c.first(u"after-block"_s)->value(u"context"_s), u"after"_s);
        // #include is spliced in place: its first line belongs to [1002].
        QCOMPARE(c.first(u"1002"_s)->value(u"context"_s), u"custom-ctx"_s);
        QCOMPARE(c.first(u"1002"_s)->last(u"context"_s)->where.file, u"/etc/asterisk/pjsip_custom.conf"_s);
        QVERIFY(c.first(u"from-include"_s));
        QVERIFY(c.first(u"glob-a"_s)); // #tryinclude with a glob
        QVERIFY(c.files().contains(u"/etc/asterisk/pjsip.d/a.conf"_s));
        QCOMPARE(c.warnings().size(), 1);
        QVERIFY(c.warnings().first().contains(u"missing.conf"_s));
    }

    void asteriskConfigArrowsAndDuplicates()
    {
        const auto c = AsteriskConfig::parse(u"/etc/asterisk/extensions.conf"_s,
            u"[ctx]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@t\\;x)\n same => n,Hangup()\ninclude=>other\n"
            "[1001]\ntype=endpoint\n[1001]\ntype=aor\n#include \"self.conf\"\n[x](+)\na=b\n"_s,
            [](const QString& p) {
                // An include loop: self.conf includes itself.
                return QList<QPair<QString, QString>> { qMakePair(p, u"#include self.conf\n"_s) };
            });
        const ConfigSection* ctx = c.first(u"ctx"_s);
        QCOMPARE(ctx->entries.size(), 3);
        QVERIFY(ctx->entries.at(0).arrow);
        QCOMPARE(ctx->entries.at(0).value, u"_X.,1,Dial(PJSIP/${EXTEN}@t;x)"_s);
        QCOMPARE(ctx->entries.at(2).key, u"include"_s);
        QCOMPARE(c.named(u"1001"_s).size(), 2);
        QVERIFY(c.warnings().join(u'\n').contains(u"loop"_s));
        QVERIFY(c.warnings().join(u'\n').contains(u"adds to no earlier section"_s));
    }

    void sshdEffectiveAndFiles()
    {
        const FactBundle hard = FactBundle::parse(readData(u"lab-hardened.bundle"_s));
        const auto t = SshdConfig::fromEffective(hard.text(u"sshd-T-external"_s));
        QVERIFY(t.isEffective());
        QCOMPARE(t.value(u"permitrootlogin"_s), u"no"_s);
        QCOMPARE(t.value(u"passwordauthentication"_s), u"no"_s);
        QCOMPARE(t.all(u"allowusers"_s).size(), 1);
        QVERIFY(t.all(u"allowusers"_s).first().startsWith(u"admin@"_s));

        QHash<QString, QString> files;
        files.insert(u"/etc/ssh/sshd_config"_s,
            u"Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\nPasswordAuthentication=yes\n"
            "Match Address 10.0.0.0/8\n  PermitRootLogin no\n"_s);
        files.insert(u"/etc/ssh/sshd_config.d/10-local.conf"_s,
            u"# drop-in: read first, so it wins\nPermitRootLogin prohibit-password\n"_s);
        const auto f = SshdConfig::fromFiles(u"/etc/ssh/sshd_config"_s, files);
        QCOMPARE(f.value(u"permitrootlogin"_s), u"prohibit-password"_s);
        QCOMPARE(f.origin(u"permitrootlogin"_s), u"/etc/ssh/sshd_config.d/10-local.conf:2"_s);
        QCOMPARE(f.value(u"passwordauthentication"_s), u"yes"_s);
        QCOMPARE(f.matchBlocks(), QStringList { u"Match Address 10.0.0.0/8"_s });
    }

    void iptablesHardenedAndOpen()
    {
        const FactBundle hard = FactBundle::parse(readData(u"lab-hardened.bundle"_s));
        const auto h = IptablesRules::parse(hard.text(u"iptables-save"_s));
        QCOMPARE(h.policy(u"filter"_s, u"INPUT"_s), u"DROP"_s);
        QVERIFY(h.hasInputFiltering());
        QCOMPARE(h.exposure(u"tcp"_s, 22), PortExposure::Filtered); // only from the admin address
        QCOMPARE(h.exposure(u"udp"_s, 5060), PortExposure::Filtered);
        QCOMPARE(h.exposure(u"tcp"_s, 5038), PortExposure::Filtered);

        const FactBundle insecure = FactBundle::parse(readData(u"lab-insecure.bundle"_s));
        const auto i = IptablesRules::parse(insecure.text(u"iptables-save"_s));
        QVERIFY(!i.hasInputFiltering());
        QCOMPARE(i.exposure(u"tcp"_s, 5038), PortExposure::Open);

        const auto mixed = IptablesRules::parse(
            u"*filter\n:INPUT ACCEPT [0:0]\n:f2b-asterisk - [0:0]\n-A INPUT -p udp -m multiport --dports "
            u"5060,5061 -j f2b-asterisk\n"
            "-A INPUT -p tcp -m tcp --dport 5038 -m comment --comment \"AMI -j ACCEPT\" -j DROP\n"
            "-A INPUT -p tcp -m recent --rcheck -j DROP\n"
            "-A INPUT ! -s 10.0.0.0/8 -p tcp --dport 8088 -j DROP\n"
            "-A f2b-asterisk -s 203.0.113.9/32 -j REJECT\n-A f2b-asterisk -j RETURN\nCOMMIT\n"_s);
        QCOMPARE(mixed.exposure(u"tcp"_s, 5038), PortExposure::Filtered);
        QCOMPARE(mixed.exposure(u"udp"_s, 5060), PortExposure::Open); // fail2ban bans one address only
        QCOMPARE(
            mixed.exposure(u"tcp"_s, 22), PortExposure::Open); // "recent" drop not modelled: not relied on
        QCOMPARE(mixed.exposure(u"tcp"_s, 8088), PortExposure::Open); // negated match not relied on
        QCOMPARE(IptablesRules::parse(QString()).exposure(u"tcp"_s, 22), PortExposure::Unknown);
    }

    void nftRulesets()
    {
        const auto open = NftRuleset::parse(readData(u"nft-insecure.json"_s));
        QVERIFY(!open.isEmpty());
        QVERIFY(!open.hasInputFiltering());
        QCOMPARE(open.exposure(u"udp"_s, 5060), PortExposure::Open);

        const auto native = NftRuleset::parse(readData(u"nft-native.json"_s));
        QVERIFY(native.hasInputFiltering());
        QCOMPARE(native.exposure(u"tcp"_s, 443), PortExposure::Open);
        QCOMPARE(native.exposure(u"tcp"_s, 8088), PortExposure::Open); // in the range
        QCOMPARE(native.exposure(u"udp"_s, 5060), PortExposure::Filtered); // sip chain accepts one net only
        QCOMPARE(native.exposure(u"tcp"_s, 5038), PortExposure::Filtered);
        QCOMPARE(native.exposure(u"tcp"_s, 22), PortExposure::Open);

        QString error;
        const auto bad = NftRuleset::parse("{\"nftables\": 3", &error);
        QVERIFY(bad.isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(NftRuleset::parse("{}").exposure(u"tcp"_s, 22), PortExposure::Unknown);
    }

    void fail2ban()
    {
        const auto stopped = Fail2banStatus::parse(
            u"2026-11-26 05:54:47,261 fail2ban [21111]: ERROR   Failed to access socket path: "
            "/var/run/fail2ban/fail2ban.sock. Is fail2ban running?\n"_s);
        QVERIFY(!stopped.running());
        const auto running = Fail2banStatus::parse(
            u"Status\n|- Number of jail:\t2\n`- Jail list:\tasterisk, sshd\n"_s,
            u"### asterisk\nStatus for the jail: asterisk\n|- Filter\n|  |- Currently failed:\t3\n|  |- "
            u"Total failed:\t41\n"
            "|  `- File list:\t/var/log/asterisk/messages /var/log/asterisk/security\n`- Actions\n   |- "
            "Currently banned:\t1\n"
            "   |- Total banned:\t2\n   `- Banned IP list:\t203.0.113.7\n### sshd\n|  `- Journal matches:\t_SYSTEMD_UNIT=sshd.service + _COMM=sshd\n"_s);
        QVERIFY(running.running());
        QCOMPARE(running.jailNames(), QStringList({ u"asterisk"_s, u"sshd"_s }));
        QCOMPARE(running.jail(u"asterisk"_s).files.size(), 2);
        QCOMPARE(running.jail(u"asterisk"_s).totalFailed, 41);
        QCOMPARE(running.jail(u"asterisk"_s).currentlyBanned, 1);
        QVERIFY(running.jail(u"sshd"_s).journal);

        const auto config = Fail2banConfig::parse({
            qMakePair(u"/etc/fail2ban/jail.local"_s,
                u"[DEFAULT]\nmaxretry = 5\n[asterisk]\nenabled = true\nlogpath = "
                u"/var/log/asterisk/messages.log\n"
                "          /var/log/asterisk/security.log\n[sshd]\nenabled = false\n"_s),
            qMakePair(u"/etc/fail2ban/jail.conf"_s,
                u"[DEFAULT]\nmaxretry = 3\nbackend = auto\n[asterisk]\nport = 5060,5061\nlogpath = "
                u"/var/log/asterisk/messages\n"
                "maxretry = 10\n[sshd]\nenabled = true\n"_s),
            qMakePair(u"/etc/fail2ban/jail.d/defaults-debian.conf"_s,
                u"[sshd]\nenabled = true\nbackend = systemd\n"_s),
        });
        // jail.local is read last and wins key by key.
        QVERIFY(config.jail(u"asterisk"_s).enabled);
        QCOMPARE(config.jail(u"asterisk"_s).logpaths,
            QStringList({ u"/var/log/asterisk/messages.log"_s, u"/var/log/asterisk/security.log"_s }));
        QCOMPARE(config.jail(u"asterisk"_s).maxretry, 10);
        QCOMPARE(config.jail(u"asterisk"_s).port, u"5060,5061"_s);
        QVERIFY(!config.jail(u"sshd"_s).enabled);
        QCOMPARE(config.jail(u"sshd"_s).backend, u"systemd"_s);
        QCOMPARE(config.enabledJails().size(), 1);
    }

    // Recorded `asterisk -rx` output of Asterisk 22.10.1 (data/ami-cli, from shared/ami/cli).
    void pjsipShowEndpoints()
    {
        const PjsipShow p
            = PjsipShow::parse(QString::fromUtf8(readData(u"ami-cli/pjsip_show_endpoints.txt"_s)));
        QVERIFY(p.recognized);
        QStringList names;
        for (const PjsipEndpoint& e : p.endpoints)
            names << e.name;
        QCOMPARE(names, QStringList({ u"1001"_s, u"1002"_s, u"1003"_s, u"anonymous"_s, u"trunk-itsp"_s }));
        const PjsipEndpoint* e1001 = p.endpoint(u"1001"_s);
        QVERIFY(e1001);
        QCOMPARE(e1001->callerId, u"1001"_s);
        QCOMPARE(e1001->state, u"Not in use"_s);
        QCOMPARE(e1001->channels, 0);
        QCOMPARE(e1001->inAuths, QStringList { u"1001-auth"_s });
        QCOMPARE(e1001->aors, QStringList { u"1001"_s });
        QCOMPARE(e1001->contacts.size(), 1);
        QCOMPARE(e1001->contacts.first().uri, u"sip:1001@127.0.0.1:5086"_s);
        QCOMPARE(e1001->contacts.first().status, u"NonQual"_s);
        QVERIFY(!e1001->contacts.first().rttMs);
        QVERIFY(e1001->isPhone());
        QCOMPARE(p.endpoint(u"1002"_s)->state, u"Unavailable"_s);
        QVERIFY(p.endpoint(u"1002"_s)->contacts.isEmpty());
        QVERIFY(p.endpoint(u"1003"_s)->isPhone());
        QVERIFY(!p.endpoint(u"anonymous"_s)->isPhone());
        QVERIFY(p.endpoint(u"anonymous"_s)->callerId.isEmpty());
        const PjsipEndpoint* trunk = p.endpoint(u"trunk-itsp"_s);
        QCOMPARE(trunk->outAuths, QStringList { u"trunk-itsp-auth"_s });
        QCOMPARE(trunk->identifies, QStringList { u"trunk-itsp-identify"_s });
        QVERIFY(!trunk->isPhone());
        QCOMPARE(p.contacts.size(), 2);
    }

    void pjsipShowContacts()
    {
        const PjsipShow before
            = PjsipShow::parse(QString::fromUtf8(readData(u"ami-cli/pjsip_show_contacts.txt"_s)));
        QVERIFY(before.recognized);
        QVERIFY(before.endpoints.isEmpty());
        QCOMPARE(before.contacts.size(), 2);
        QCOMPARE(before.contacts.at(1).aor, u"trunk-itsp"_s);
        QCOMPARE(before.contacts.at(1).uri, u"sip:127.0.0.2:5060"_s);
        QCOMPARE(before.contacts.at(1).hash, u"067c650437"_s);
        const PjsipShow after = PjsipShow::parse(
            QString::fromUtf8(readData(u"ami-cli/pjsip_show_contacts.after-svcrack.txt"_s)));
        QStringList aors;
        for (const PjsipContact& c : after.contacts)
            aors << c.aor + u'=' + c.uri;
        QCOMPARE(aors,
            QStringList({ u"1001=sip:1001@127.0.0.1:5086"_s, u"1002=sip:123@1.1.1.1"_s,
                u"1003=sip:123@1.1.1.1"_s, u"trunk-itsp=sip:127.0.0.2:5060"_s }));

        // A qualified contact has its round trip; no list at all is not recognized.
        const PjsipShow rtt = PjsipShow::parse(
            u"  Contact:  1001/sip:1001@198.51.100.7:5060   1c19ac2955 Avail        12.345\nObjects found: 1\n"_s);
        QVERIFY(rtt.recognized);
        QCOMPARE(rtt.contacts.first().status, u"Avail"_s);
        QCOMPARE(*rtt.contacts.first().rttMs, 12.345);
        QVERIFY(PjsipShow::parse(u"No objects found.\n"_s).recognized);
        QVERIFY(!PjsipShow::parse(u"No such command 'pjsip show contacts'\n"_s).recognized);
        QVERIFY(!PjsipShow::parse(u"Unable to connect to remote asterisk\n"_s).recognized);
    }

    void sockets()
    {
        const auto s = SocketList::parse(
            u"udp   UNCONN 0      0          0.0.0.0:5060       0.0.0.0:*    "
            u"users:((\"asterisk\",pid=812,fd=21))\n"
            "tcp   LISTEN 0      128        127.0.0.1:5038     0.0.0.0:*    "
            "users:((\"asterisk\",pid=812,fd=9))\n"
            "tcp   LISTEN 0      511             [::]:80          [::]:*    users:((\"nginx\",pid=1,fd=7))\n"
            "udp   UNCONN 0      0      127.0.0.53%lo:53       0.0.0.0:*\n"
            "tcp   LISTEN 0      4096               *:8088           *:*\n"
            "tcp   LISTEN 0      5   [::ffff:198.18.0.10]:443      *:*\n"
            "garbage line\n"_s);
        QCOMPARE(s.sockets().size(), 6);
        QVERIFY(s.onPort(5060).first().onAllAddresses());
        QCOMPARE(s.onPort(5060).first().process, u"asterisk"_s);
        QVERIFY(s.onPort(5038).first().loopback());
        QVERIFY(s.onPort(80).first().onAllAddresses());
        QCOMPARE(s.onPort(53).first().address, u"127.0.0.53"_s);
        QVERIFY(s.onPort(8088).first().onAllAddresses());
        QCOMPARE(s.onPort(443).first().address, u"198.18.0.10"_s);
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
