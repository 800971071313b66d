#include "core/ControlChars.h"
#include "core/Validation.h"

#include <QTest>

#include <cstring>

using namespace pbxwarden;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("name") << QStringLiteral("pbx-1.customer.example") << true;
        QTest::newRow("single label") << QStringLiteral("pbx") << true;
        QTest::newRow("bad octet") << QStringLiteral("300.1.1.1") << false;
        QTest::newRow("space") << QStringLiteral("pbx one") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-pbx.example") << false;
        QTest::newRow("shell") << QStringLiteral("pbx;rm -rf /") << false;
        QTest::newRow("empty label") << QStringLiteral("pbx..example") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void hosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(isValidHost(host), valid);
    }

    void recordProblemsAreAllReported()
    {
        PbxRecord p;
        p.sshPort = 0;
        p.amiPort = 70000;
        p.sshUser.clear();
        const QStringList problems = validatePbx(p);
        QCOMPARE(problems.size(), 5);
        p.name = QStringLiteral("ok");
        p.host = QStringLiteral("192.0.2.1");
        p.sshPort = 22;
        p.amiPort = 5038;
        p.sshUser = QStringLiteral("root");
        QVERIFY(validatePbx(p).isEmpty());
    }

    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const char* field :
            { "name", "customer", "site", "host", "sshUser", "sshKeyPath", "amiUser", "tag", "notes" }) {
            if (std::strcmp(field, "notes") != 0) // notes are multi-line: CR LF is allowed there
                QTest::addRow("%s CR", field) << QString::fromLatin1(field) << QStringLiteral("a\rb");
            QTest::addRow("%s ESC", field) << QString::fromLatin1(field) << QStringLiteral("a\x1b[2Jb");
            QTest::addRow("%s C1 CSI", field) << QString::fromLatin1(field) << QStringLiteral("a\u009b2Jb");
            QTest::addRow("%s NUL", field) << QString::fromLatin1(field) << QString(QChar(0)) + u'x';
        }
        QTest::addRow("amiUser LF") << QStringLiteral("amiUser")
                                    << QStringLiteral("admin\nAction: Originate");
    }
    void controlCharactersAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        PbxRecord p;
        p.name = QStringLiteral("ok");
        p.host = QStringLiteral("192.0.2.1");
        p.sshAuth = SshAuth::KeyFile;
        p.sshKeyPath = QStringLiteral("/k");
        QVERIFY(validatePbx(p).isEmpty());
        if (field == u"name")
            p.name = value;
        else if (field == u"customer")
            p.customer = value;
        else if (field == u"site")
            p.site = value;
        else if (field == u"host")
            p.host = value;
        else if (field == u"sshUser")
            p.sshUser = value;
        else if (field == u"sshKeyPath")
            p.sshKeyPath = value;
        else if (field == u"amiUser")
            p.amiUser = value;
        else if (field == u"tag")
            p.tags = QStringList { value };
        else
            p.notes = value;
        const QString problems = validatePbx(p).join(u' ');
        QVERIFY2(problems.contains(QLatin1String("control character")), qPrintable(problems));
    }

    void terminalEscaping()
    {
        QCOMPARE(escapeForTerminal(u"a\x1b[2Jb"), QStringLiteral("a\\x1b[2Jb"));
        QCOMPARE(escapeForTerminal(u"fake\rSHA256:x"), QStringLiteral("fake\\x0dSHA256:x"));
        QCOMPARE(escapeForTerminal(u"line\r\nnext\tcol\n"), QStringLiteral("line\r\nnext\tcol\n"));
        QCOMPARE(escapeForTerminal(QString(QString(QChar(0x9b)) + u"31m" + QChar(0x7f))),
            QStringLiteral("\\u009b31m\\u007f"));
        QCOMPARE(escapeForTerminal(u"\u00e9\u05d0 plain"), QStringLiteral("\u00e9\u05d0 plain"));
        QCOMPARE(escapeForTerminal(u"a\nb", {}), QStringLiteral("a\\x0ab"));
    }

    void notesMayHaveLineBreaks()
    {
        PbxRecord p;
        p.name = QStringLiteral("ok");
        p.host = QStringLiteral("192.0.2.1");
        p.notes = QStringLiteral("line one\r\nline two\tindented\n");
        QVERIFY(validatePbx(p).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
