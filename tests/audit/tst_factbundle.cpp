#include "audit/FactBundle.h"
#include "audit/PasswordStrength.h"
#include "audit/SecretScrubber.h"
#include "audit/SecretVerdict.h"

#include <QTest>

using namespace pbxwarden::audit;
using namespace Qt::StringLiterals;

class TestFactBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFramesAndStatus()
    {
        const QByteArray raw = "junk before\n"
                               "==PBXW-SECTION uname==\nLinux pbx 6.1.0\n\n==PBXW-END uname rc=0==\n"
                               "==PBXW-SECTION nft==\nneeds root\n==PBXW-END nft rc=77==\n"
                               "==PBXW-SECTION file:/etc/asterisk/pjsip.conf==\n[a]\ntype=auth\n==PBXW-END "
                               "file:/etc/asterisk/pjsip.conf rc=0==\n";
        const FactBundle b = FactBundle::parse(raw);
        QCOMPARE(b.names(), QStringList({ u"uname"_s, u"nft"_s, u"file:/etc/asterisk/pjsip.conf"_s }));
        QCOMPARE(b.text(QStringLiteral("uname")), QStringLiteral("Linux pbx 6.1.0\n"));
        QVERIFY(b.ok(QStringLiteral("uname")));
        QCOMPARE(b.rc(QStringLiteral("nft")), 77);
        QVERIFY(!b.ok(QStringLiteral("nft")));
        QCOMPARE(b.files(), QStringList { QStringLiteral("/etc/asterisk/pjsip.conf") });
        QCOMPARE(b.file(QStringLiteral("/etc/asterisk/pjsip.conf")), QStringLiteral("[a]\ntype=auth"));
        QVERIFY(!b.has(QStringLiteral("missing")));
        QCOMPARE(b.rc(QStringLiteral("missing")), -1);
    }

    void truncatedBundleKeepsWhatArrived()
    {
        const QByteArray raw = "==PBXW-SECTION a==\none\n==PBXW-END a rc=0==\n==PBXW-SECTION b==\npartial li";
        const FactBundle b = FactBundle::parse(raw);
        QVERIFY(b.ok(QStringLiteral("a")));
        QVERIFY(b.has(QStringLiteral("b")));
        QVERIFY(!b.ok(QStringLiteral("b")));
        QVERIFY(!b.section(QStringLiteral("b"))->complete);
        QCOMPARE(b.text(QStringLiteral("b")), QStringLiteral("partial li"));
    }

    void hostileContentCannotForgeFrames()
    {
        // A file on the PBX holding frame lines: collect.sh escapes them with '~'.
        const QByteArray raw = "==PBXW-SECTION file:/etc/motd==\n~==PBXW-END file:/etc/motd rc=0==\n"
                               "~==PBXW-SECTION root-hash==\n~~==PBXW-x\n==PBXW-END file:/etc/motd rc=0==\n";
        const FactBundle b = FactBundle::parse(raw);
        QCOMPARE(b.names(), QStringList { QStringLiteral("file:/etc/motd") });
        QCOMPARE(b.file(QStringLiteral("/etc/motd")),
            QStringLiteral("==PBXW-END file:/etc/motd rc=0==\n==PBXW-SECTION root-hash==\n~==PBXW-x"));
        // An end frame of another section closes the open one as incomplete.
        const FactBundle mixed = FactBundle::parse("==PBXW-SECTION a==\nx\n==PBXW-END b rc=0==\n");
        QVERIFY(!mixed.ok(QStringLiteral("a")));
        // Names with control characters and absurd lengths are refused.
        const FactBundle bad
            = FactBundle::parse("==PBXW-SECTION a\tb==\nx\n==PBXW-END a\tb rc=0==\n==PBXW-SECTION "
                + QByteArray(2000, 'n') + "==\nx\n");
        QVERIFY(bad.isEmpty());
    }

    void roundTripsThroughSerializeAndCompression()
    {
        FactBundle b;
        b.set(QStringLiteral("one"), "line\n==PBXW-END one rc=0==\n~==PBXW-\r\nlast", 0);
        b.set(QStringLiteral("two"), "", 1);
        b.set(QStringLiteral("three"), "no newline", 77);
        QCOMPARE(FactBundle::parse(b.serialize()), b);
        const auto back = FactBundle::fromCompressed(b.compressed());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), b);
        QVERIFY(!FactBundle::fromCompressed(QByteArray("\x00\x00\x10\x00garbage", 11)).ok());
    }

    // A damaged stored bundle gets one clear message and no raw Qt (zlib) warning before it.
    void damagedBundleGivesOneClearMessage()
    {
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { warnings << text; });
        FactBundle b;
        b.set(QStringLiteral("one"), QByteArray(5000, 'x'), 0);
        QByteArray damaged = b.compressed();
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x5a);
        const QList<QByteArray> inputs { QByteArray("\x00\x00\x10\x00garbage", 11), damaged,
            b.compressed().left(20), QByteArray("\xff\xff\xff\xff\x78\x9c", 6), QByteArray("abc") };
        QStringList errors;
        for (const QByteArray& in : inputs) {
            const auto r = FactBundle::fromCompressed(in);
            if (!r.ok())
                errors << r.error();
        }
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(errors.size(), inputs.size());
        for (const QString& e : errors)
            QVERIFY2(
                e.contains(QStringLiteral("damaged")) && e.contains(QStringLiteral("audit the PBX again")),
                qPrintable(e));
        QVERIFY(FactBundle::fromCompressed(b.compressed()).ok());
    }

    void strengthVerdicts_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("pin");
        QTest::addColumn<QString>("words");
        QTest::newRow("equal") << u"1001"_s << u"1001"_s << false << u"equal-user+weak"_s;
        QTest::newRow("contains") << u"1003pass"_s << u"1003"_s << false << u"contains-user+weak"_s;
        QTest::newRow("amp111") << u"amp111"_s << u"admin"_s << false << u"common+default+weak"_s;
        QTest::newRow("123456") << u"123456"_s << u"1002"_s << false << u"common+weak"_s;
        QTest::newRow("long but guessable") << u"passwordpassword"_s << u"x"_s << false << u"weak"_s;
        QTest::newRow("random") << u"q7V!rT9z#Lm2Wx4p"_s << u"1001"_s << false << u"strong"_s;
        QTest::newRow("empty") << u""_s << u"a"_s << false << u"empty"_s;
        QTest::newRow("pin equal") << u"1099"_s << u"1099"_s << true << u"equal-user+weak"_s;
        QTest::newRow("pin run") << u"123456"_s << u"1002"_s << true << u"common+weak"_s;
        QTest::newRow("pin repeat") << u"777777"_s << u"1002"_s << true << u"common+weak"_s;
        QTest::newRow("pin short") << u"4821"_s << u"1002"_s << true << u"weak"_s;
        QTest::newRow("pin good") << u"58203917"_s << u"1002"_s << true << u"strong"_s;
    }

    void strengthVerdicts()
    {
        QFETCH(QString, secret);
        QFETCH(QString, user);
        QFETCH(bool, pin);
        QFETCH(QString, words);
        const SecretVerdict v = PasswordStrength::instance().assess(
            secret, user, pin ? PasswordStrength::Kind::Pin : PasswordStrength::Kind::Secret);
        QCOMPARE(v.flagWords(), words);
        QCOMPARE(v.isWeak(), words != u"strong");
    }

    void markerRoundTrip()
    {
        SecretVerdict v { SecretVerdict::Weak | SecretVerdict::EqualsUser, QStringLiteral("0123456789ab") };
        const auto back = SecretVerdict::fromMarker(v.toMarker());
        QVERIFY(back);
        QCOMPARE(back->flags, v.flags);
        QCOMPARE(back->hash, v.hash);
        QVERIFY(!SecretVerdict::fromMarker(QStringLiteral("PBXW-SECRET:bogus:00")));
        QVERIFY(!SecretVerdict::fromMarker(QStringLiteral("secret")));
        QVERIFY(v.describe().startsWith(QLatin1String("******")));
    }

    void rootHashAgainstKnownPasswords()
    {
        // SHA-512 crypt of "password" (the insecure lab's root) and of a random 24-character secret.
        const QByteArray known
            = "$6$JO99nHE5n/"
              "TvG3s.$ko1pPsgDknpnB7iNLYvTUEY6wJJAGcZQDKm9qwHwMhO42AUdDMf6UgpOEkKHnrrJuR1Tw1gMHw1xTjVY5lwPl.";
        const QByteArray unknown = "$6$saltsalt$6GzBWWc9tT.Sb7xScf1q5NmN34WmBdjNBXiJaRi6."
                                   "bhdAeNK84r72mQDJ63xPqWKej9d/0ibsIL7e7bUjeENN1";
        QVERIFY(PasswordStrength::instance().isVendorDefaultHash(known));
        QVERIFY(!PasswordStrength::instance().isVendorDefaultHash(unknown));
        QVERIFY(!PasswordStrength::instance().isVendorDefaultHash("!"));
    }

    void scrubsEverySecretKeepingVerdicts()
    {
        FactBundle raw;
        raw.set(QStringLiteral("file:/etc/asterisk/pjsip.conf"),
            "[1001-auth]\ntype = auth\npassword = 1001 ; was: password = OldSecret99\nusername = 1001\n"
            "[trunk-auth]\ntype=auth\nusername=4930\npassword=q7V!rT9z#Lm2Wx4p\n"
            "[md5]\ntype=auth\nmd5_cred=0123abcd\n;--\npassword = hidden1\n--;\n");
        raw.set(QStringLiteral("file:/etc/asterisk/manager.conf"),
            "[general]\nenabled=yes\n[admin]\nsecret = amp111\n[other]\nsecret=1001\n");
        raw.set(QStringLiteral("file:/etc/asterisk/voicemail.conf"),
            "[general]\nminpassword=6\n[default]\n1001 => 1001,Reception,r@example.com\n1002 => "
            "-58203917,Sales\n");
        raw.set(QStringLiteral("file:/etc/asterisk/sip.conf"), "[2001]\ntype=friend\nsecret=2001\n");
        raw.set(QStringLiteral("file:/etc/asterisk/extensions.conf"),
            "[globals]\nINTL_PIN = 482913\nTRUNK = trunk\n[ctx]\nexten => 1,1,Authenticate(${INTL_PIN})\n");
        raw.set(QStringLiteral("root-hash"),
            "$6$JO99nHE5n/"
            "TvG3s.$ko1pPsgDknpnB7iNLYvTUEY6wJJAGcZQDKm9qwHwMhO42AUdDMf6UgpOEkKHnrrJuR1Tw1gMHw1xTjVY5lwPl."
            "\n");
        raw.set(QStringLiteral("uname"), "Linux 1001\n");

        const FactBundle s = SecretScrubber::scrub(raw, PasswordStrength::instance(), "fixed-salt");
        const QByteArray all = s.serialize();
        for (const char* secret : { "OldSecret99", "q7V!rT9z#Lm2Wx4p", "amp111", "hidden1", "0123abcd",
                 "58203917", "482913", "$6$" }) {
            QVERIFY2(!all.contains(secret), secret);
        }
        const QString pjsip = s.file(QStringLiteral("/etc/asterisk/pjsip.conf"));
        QVERIFY(pjsip.contains(QLatin1String("password = PBXW-SECRET:equal-user+weak:")));
        QVERIFY(pjsip.contains(QLatin1String("was: password = ******")));
        QVERIFY(pjsip.contains(QLatin1String("password=PBXW-SECRET:strong:")));
        QVERIFY(pjsip.contains(QLatin1String("md5_cred=PBXW-SECRET:hashed:")));
        QVERIFY(s.file(QStringLiteral("/etc/asterisk/manager.conf"))
                    .contains(QLatin1String("secret = PBXW-SECRET:common+default+weak:")));
        const QString vm = s.file(QStringLiteral("/etc/asterisk/voicemail.conf"));
        QVERIFY(vm.contains(QLatin1String("1001 => PBXW-SECRET:equal-user+weak:")));
        QVERIFY(vm.contains(QLatin1String(",Reception,r@example.com")));
        QVERIFY(vm.contains(QLatin1String("1002 => PBXW-SECRET:strong:")));
        QVERIFY(
            s.file(QStringLiteral("/etc/asterisk/extensions.conf")).contains(QLatin1String("TRUNK = trunk")));
        QCOMPARE(s.text(QStringLiteral("root-hash")), QStringLiteral("verdict=known"));
        QCOMPARE(s.text(QStringLiteral("uname")), QStringLiteral("Linux 1001\n"));
        // Same secret, same salt: same hash (reuse shows); another salt: another hash.
        const QString m1
            = s.file(QStringLiteral("/etc/asterisk/manager.conf")).section(QLatin1Char('\n'), 5, 5);
        QVERIFY(pjsip.contains(m1.section(QLatin1Char(':'), 2, 2).left(12)));
        const FactBundle other = SecretScrubber::scrub(raw, PasswordStrength::instance(), "another-salt");
        QVERIFY(other.file(QStringLiteral("/etc/asterisk/pjsip.conf")) != pjsip);
        // Scrubbing twice changes nothing more.
        QCOMPARE(SecretScrubber::scrub(s, PasswordStrength::instance(), "fixed-salt")
                     .text(QStringLiteral("root-hash")),
            QStringLiteral("verdict=known"));
        QCOMPARE(SecretScrubber::scrub(s, PasswordStrength::instance(), "fixed-salt")
                     .file(QStringLiteral("/etc/asterisk/pjsip.conf")),
            pjsip);
    }

    // The scrubber finds comments where config.c does: a ";-----" separator hides nothing, a nested
    // block hides everything to its last "--;".
    void scrubberReadsCommentsAsAsterisk()
    {
        FactBundle raw;
        raw.set(QStringLiteral("file:/etc/asterisk/pjsip.conf"),
            ";----------------------------------------\n[1003]\ntype=auth\nusername=1003\npassword=1003\n"
            ";-- old\n;-- older --;\n[gone]\npassword = hidden2\n--;\n[1004]\ntype=auth\nusername=1004\n"
            "password=1004\n");
        const FactBundle s = SecretScrubber::scrub(raw, PasswordStrength::instance(), "fixed-salt");
        const QString pjsip = s.file(QStringLiteral("/etc/asterisk/pjsip.conf"));
        QVERIFY(!s.serialize().contains("hidden2"));
        QCOMPARE(pjsip.count(QLatin1String("password=PBXW-SECRET:equal-user")), 2);
        QVERIFY(pjsip.contains(QLatin1String("password = ******")));
    }

    // Only what the checks read is kept: a file a PBX user pointed an #include or a symlink at, or any
    // section the console does not know, is withheld by name and size (issue 11.1).
    void unknownFilesAreWithheldByNameAndSize()
    {
        FactBundle raw;
        raw.set(u"file:/etc/asterisk/pjsip.conf"_s, "#include custom/*.conf\n[t]\ntype=endpoint\n");
        raw.set(
            u"file:/etc/asterisk/custom/trunk.conf"_s, "[trunk-auth]\ntype=auth\npassword=Cn4ry-Trunk-91\n");
        raw.set(u"file:/etc/asterisk/keys/asterisk.key"_s, "-----BEGIN PRIVATE KEY-----\nCn4ry-Key-12\n");
        raw.set(u"file:/etc/shadow"_s, "root:Cn4ry-Shadow-33:19000::::::\n");
        raw.set(
            u"file:/etc/ssh/ssh_host_ed25519_key"_s, "-----BEGIN OPENSSH PRIVATE KEY-----\nCn4ry-Host-44\n");
        raw.set(u"file:/root/.ssh/authorized_keys"_s,
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv0 admin@desk\nroot:Cn4ry-Shadow-55:19000::::::\n");
        raw.set(u"a-new-section"_s, "Cn4ry-Section-66\n");
        raw.set(u"uname"_s, "Linux pbx\n");
        const FactBundle s = SecretScrubber::scrub(raw, PasswordStrength::instance(), "fixed-salt");
        const QByteArray all = s.serialize();
        for (const char* canary : { "Cn4ry-Trunk-91", "Cn4ry-Key-12", "Cn4ry-Shadow-33", "Cn4ry-Host-44",
                 "Cn4ry-Shadow-55", "Cn4ry-Section-66", "PRIVATE KEY" })
            QVERIFY2(!all.contains(canary), canary);
        // The included file keeps its includer's rules: kept, its secret judged.
        QVERIFY(s.file(u"/etc/asterisk/custom/trunk.conf"_s).contains(u"password=PBXW-SECRET:strong:"_s));
        for (const QString& name : { u"file:/etc/shadow"_s, u"file:/etc/asterisk/keys/asterisk.key"_s,
                 u"file:/etc/ssh/ssh_host_ed25519_key"_s, u"a-new-section"_s }) {
            QCOMPARE(s.rc(name), SecretScrubber::kWithheldRc);
            QVERIFY2(s.text(name).startsWith(
                         u"withheld: "_s + QString::number(raw.section(name)->content.size()) + u" bytes"_s),
                qPrintable(name));
        }
        QCOMPARE(s.file(u"/root/.ssh/authorized_keys"_s),
            u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv0 admin@desk"_s);
        QCOMPARE(s.text(u"uname"_s), u"Linux pbx\n"_s);
        // Scrubbing a stored bundle again keeps the same record.
        QCOMPARE(SecretScrubber::scrub(s, PasswordStrength::instance(), "fixed-salt"), s);
    }

    // A canary in every known credential position never reaches the stored facts, and each one is
    // still judged (issue 11.3).
    void canaryInEveryCredentialPositionIsScrubbed()
    {
        FactBundle raw;
        raw.set(u"file:/etc/asterisk/pjsip.conf"_s,
            "#include pjsip_custom.conf\n[a1]\ntype=auth\nusername=a1\npassword=Cnry01-strongQ7!x\n"
            "[a2]\ntype=auth\nmd5_cred=Cnry02\n[a3]\ntype=auth\npassword_digest=SHA-256:Cnry03\n"
            "[a4]\ntype=auth\nauth_type=google_oauth\nrefresh_token=Cnry04\noauth_clientid=Cnry05\n"
            "oauth_secret=Cnry06\n[r]\ntype=registration\nserver_uri=sip:u:Cnry07@prov.example\n"
            "[1001]\ntype=aor\ncontact=sip:1001@192.0.2.1:5060\n;password=Cnry08\n");
        raw.set(u"file:/etc/asterisk/pjsip_custom.conf"_s, "[a5]\ntype=auth\npassword=Cnry09\n");
        raw.set(u"file:/etc/asterisk/pjsip_wizard.conf"_s,
            "[trunk]\ntype=wizard\ninbound_auth/username=trunk\ninbound_auth/password=Cnry10\n"
            "outbound_auth/password=Cnry11\n");
        raw.set(u"file:/etc/asterisk/sip.conf"_s,
            "[general]\nregister => 2001:2001@prov.example/2001\nregister => tls://u:Cnry12:auth@h:5061/100\n"
            "#include sip_additional.conf\n[p]\ntype=peer\nsecret=Cnry13\nremotesecret=Cnry14\n"
            "md5secret=Cnry15\n;register => u:Cnry16@h\n");
        raw.set(u"file:/etc/asterisk/sip_additional.conf"_s, "[7001]\nsecret=Cnry17\n");
        raw.set(u"file:/etc/asterisk/iax.conf"_s,
            "[general]\nregister => u:Cnry18@iax.example\n[peer]\nsecret=Cnry19\ndbsecret=Cnry20\n");
        raw.set(u"file:/etc/asterisk/manager.conf"_s,
            "[admin]\nsecret=Cnry21\n#include manager_additional.conf\n");
        raw.set(u"file:/etc/asterisk/manager_additional.conf"_s, "[fop]\nsecret=Cnry22\n");
        raw.set(u"file:/etc/asterisk/ari.conf"_s,
            "[general]\nenabled=yes\n#include ari_additional.conf\n[asterisk]\ntype=user\npassword=Cnry23\n"
            "[hashed]\ntype=user\npassword_format=crypt\npassword=$6$Cnry24\n");
        raw.set(u"file:/etc/asterisk/ari_additional.conf"_s, "[freepbxuser]\ntype=user\npassword=Cnry25\n");
        raw.set(u"file:/etc/asterisk/res_odbc_additional.conf"_s,
            "[asteriskcdrdb]\nusername=cdr\npassword=Cnry26\n");
        raw.set(u"file:/etc/asterisk/http.conf"_s,
            "[general]\nenabled=yes\n;--\nsecret=Cnry27\n;-- nested --;\n"
            "pass=Cnry28\n--;\n");
        raw.set(u"file:/etc/asterisk/voicemail.conf"_s,
            "[general]\nimappassword=Cnry29\n[default]\n1001 => 58203917,Reception\n");
        raw.set(u"file:/etc/asterisk/extensions.conf"_s,
            "[globals]\nDB_PASS=Cnry30\nTRUNK=IAX2/u:Cnry31@iax.example\n#include "
            "extensions_additional.conf\n"
            "[out]\nexten => _X.,1,Authenticate(Cnry32,,4)\nsame => n,VMAuthenticate(Cnry33@default)\n"
            "same => n,DISA(Cnry34,from-internal)\nsame => n,Dial(IAX2/user:Cnry35@peer/${EXTEN:1})\n"
            "same => n,Dial(SIP/${EXTEN:1}@trunk)\nsame => n,Set(API_TOKEN=Cnry36)\n"
            "; exten => 2,1,Dial(IAX2/u:Cnry37@h)\n");
        raw.set(u"file:/etc/asterisk/extensions_additional.conf"_s,
            "[from-internal-additional]\nexten => 9,1,Authenticate(Cnry38)\n");
        raw.set(u"file:/etc/cron.d/backup"_s,
            "0 2 * * * root mysqldump -uroot -pCnry39 asterisk > /backup/db.sql\n"
            "0 3 * * * root /usr/local/bin/backup --password=Cnry40 --db-password 'Cnry41'\n"
            "0 4 * * * root sshpass -p Cnry42 rsync -a /backup host:\n"
            "0 5 * * * root MYSQL_PWD=Cnry43 mysql -e 'select 1'\n"
            "0 6 * * * root curl -u u:Cnry44 ftp://u:Cnry45@ftp.example/up/\n");
        raw.set(u"file:/var/spool/cron/crontabs/root"_s, "@daily mysql -u root -p'Cnry46' -e 'flush logs'\n");

        const FactBundle s = SecretScrubber::scrub(raw, PasswordStrength::instance(), "fixed-salt");
        const QByteArray all = s.serialize();
        for (int i = 1; i <= 46; ++i) {
            const QByteArray canary = "Cnry" + QByteArray::number(i).rightJustified(2, '0');
            if (i == 24)
                continue; // a crypt hash: only marked as hashed, the test string below
            QVERIFY2(!all.contains(canary), canary.constData());
        }
        QVERIFY(!all.contains("$6$Cnry24"));
        // Verdicts are computed before the values go.
        const QString sip = s.file(u"/etc/asterisk/sip.conf"_s);
        QVERIFY2(sip.contains(u"register => 2001:PBXW-SECRET:equal-user+weak:"_s), qPrintable(sip));
        QVERIFY(sip.contains(u"md5secret=PBXW-SECRET:hashed:"_s));
        QVERIFY(s.file(u"/etc/asterisk/pjsip.conf"_s).contains(u"password=PBXW-SECRET:strong:"_s));
        QVERIFY(s.file(u"/etc/asterisk/pjsip.conf"_s).contains(u"password_digest=PBXW-SECRET:hashed:"_s));
        QVERIFY(s.file(u"/etc/asterisk/pjsip.conf"_s).contains(u"auth_type=google_oauth"_s));
        // A SIP URI's scheme is no user name: contacts are kept as written.
        QVERIFY(s.file(u"/etc/asterisk/pjsip.conf"_s).contains(u"contact=sip:1001@192.0.2.1:5060"_s));
        QVERIFY(s.file(u"/etc/asterisk/ari.conf"_s).contains(u"password=PBXW-SECRET:hashed:"_s));
        QVERIFY(s.file(u"/etc/asterisk/ari.conf"_s).contains(u"password_format=crypt"_s));
        QVERIFY(s.file(u"/etc/asterisk/voicemail.conf"_s).contains(u"1001 => PBXW-SECRET:strong:"_s));
        QVERIFY(s.file(u"/etc/cron.d/backup"_s).contains(u"mysqldump -uroot -pPBXW-SECRET:"_s));
        const QString ext = s.file(u"/etc/asterisk/extensions.conf"_s);
        QVERIFY2(ext.contains(u"Dial(SIP/${EXTEN:1}@trunk)"_s), qPrintable(ext));
        QVERIFY(ext.contains(u"Authenticate(PBXW-SECRET:"_s));
        QVERIFY(ext.contains(u"Dial(IAX2/user:PBXW-SECRET:"_s));
        // Idempotent: a stored bundle scrubbed again is unchanged.
        QCOMPARE(SecretScrubber::scrub(s, PasswordStrength::instance(), "fixed-salt"), s);
    }

    // Comments are cut the way Asterisk cuts them: ";-----" is a line comment (the next line is
    // code and its secret judged), ";--" blocks nest and hide secrets that are masked, not judged.
    void commentsFollowAsterisksRules()
    {
        const QString out = SecretScrubber::scrubFile(u"/etc/asterisk/manager.conf"_s,
            u";------------------------------\n[admin]\nsecret = Zq8!vT3#pLm2Wx9k\n;-- a ;-- nested --; "
            u"block\n"
            "secret = Hidden-Cnry01\n--;\n[b]\nsecret=1234 ;-- inline --; ; secret=Hidden-Cnry02\n"_s,
            PasswordStrength::instance(), "fixed-salt");
        QVERIFY2(out.contains(u"secret = PBXW-SECRET:strong:"_s), qPrintable(out));
        QVERIFY(!out.contains(u"Hidden-Cnry"_s));
        QVERIFY(out.contains(u"secret=PBXW-SECRET:common+weak"_s)
            || out.contains(u"secret=PBXW-SECRET:weak"_s) || out.contains(u"secret=PBXW-SECRET:common"_s));
        QVERIFY(out.contains(u";-- a ;-- nested --; block\nsecret = ******\n--;"_s));
    }
};

QTEST_GUILESS_MAIN(TestFactBundle)
#include "tst_factbundle.moc"
