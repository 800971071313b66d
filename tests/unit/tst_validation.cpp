#include "core/Validation.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
