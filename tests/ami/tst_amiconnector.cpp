#include "ami/AmiConnector.h"
#include "ami/AmiTransport.h"

#include <QTest>

#include <memory>

using namespace pbxwarden;
using namespace pbxwarden::ami;

// The one choice of AMI route. The rule: the tunnel when it is safe, TLS when configured, plain TCP
// only when the user allowed it, and otherwise an error that says what to do; never a quiet
// downgrade (the old GUI fell back to plain TCP with the secret in clear).
class TestAmiConnector : public QObject
{
    Q_OBJECT

    static AmiRouteRequest request(bool pinned, bool sshReady, bool tls = false, bool plainAllowed = false)
    {
        AmiRouteRequest r;
        r.pbx.id = 1;
        r.pbx.name = QStringLiteral("acme");
        r.pbx.host = QStringLiteral("192.0.2.10");
        r.pbx.sshUser = QStringLiteral("admin");
        r.pbx.amiTls = tls;
        if (pinned)
            r.pbx.hostKeyFingerprint = QStringLiteral("SHA256:abc");
        if (sshReady)
            r.ssh = ssh::Credentials {};
        else
            r.sshProblem = QStringLiteral("no SSH password in the keychain");
        r.plainTcpAllowed = plainAllowed;
        return r;
    }

private Q_SLOTS:
    void tunnelWhenPinnedAndReady()
    {
        const auto choice = AmiConnector::choose(request(true, true));
        QVERIFY(choice.ok());
        QCOMPARE(*choice.route, AmiRoute::SshTunnel);
        std::unique_ptr<AmiTransport> transport(
            AmiConnector::makeTransport(*choice.route, request(true, true)));
        QVERIFY(transport->describe().contains(QLatin1String("ssh")));
    }

    void tlsWhenConfigured()
    {
        const auto choice = AmiConnector::choose(request(false, false, true));
        QVERIFY(choice.ok());
        QCOMPARE(*choice.route, AmiRoute::Tls);
        QVERIFY(!AmiConnector::options(
            AmiRoute::Tls, QStringLiteral("u"), pbxwarden::Secret::fromText(QStringLiteral("s")))
                     .md5Challenge);
    }

    void noSilentDowngrade_data()
    {
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<bool>("sshReady");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("advice");
        QTest::newRow("host key not pinned") << false << true << int(AmiRouteProblem::Kind::HostKeyNotPinned)
                                             << QStringLiteral("Pin it first");
        QTest::newRow("no SSH secret") << true << false << int(AmiRouteProblem::Kind::SshSecretMissing)
                                       << QStringLiteral("Store the SSH password");
    }

    void noSilentDowngrade()
    {
        QFETCH(bool, pinned);
        QFETCH(bool, sshReady);
        QFETCH(int, kind);
        QFETCH(QString, advice);
        const auto refused = AmiConnector::choose(request(pinned, sshReady));
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.problem.kind), kind);
        QVERIFY2(refused.problem.message.contains(advice), qPrintable(refused.problem.message));
        QVERIFY(refused.problem.message.contains(QLatin1String("TLS")));

        // Allowed explicitly: plain TCP, and then with the MD5 challenge.
        const auto allowed = AmiConnector::choose(request(pinned, sshReady, false, true));
        QVERIFY(allowed.ok());
        QCOMPARE(*allowed.route, AmiRoute::PlainTcp);
        QVERIFY(AmiConnector::options(
            AmiRoute::PlainTcp, QStringLiteral("u"), pbxwarden::Secret::fromText(QStringLiteral("s")))
                    .md5Challenge);
    }

    void routesHaveNames()
    {
        for (AmiRoute r : { AmiRoute::SshTunnel, AmiRoute::Tls, AmiRoute::PlainTcp }) {
            QVERIFY(!AmiConnector::routeName(r).isEmpty());
            QVERIFY(!AmiConnector::routeId(r).isEmpty());
        }
        QCOMPARE(AmiConnector::routeName(AmiRoute::PlainTcp), QStringLiteral("plain TCP"));
    }
};

QTEST_GUILESS_MAIN(TestAmiConnector)
#include "tst_amiconnector.moc"
