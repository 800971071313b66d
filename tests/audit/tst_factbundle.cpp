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
};

QTEST_GUILESS_MAIN(TestFactBundle)
#include "tst_factbundle.moc"
