// HostProbe against a lab host: every fact it reports is checked against what the host itself says.
#include "ssh/HostProbe.h"
#include "ssh/SshSession.h"
#include "tst_labhosts.h"

#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::ssh;
using labtest::LabHosts;

class TestHostProbe : public QObject
{
    Q_OBJECT

    static bool open(SshSession& session, const labtest::LabHost& h, const labtest::LabAccount& account)
    {
        SshTarget t;
        t.host = h.address;
        t.port = h.port;
        t.user = account.user;
        t.pinnedFingerprint = h.fingerprint;
        t.connectTimeoutMs = 15000;
        Credentials c;
        if (!account.keyPath.isEmpty()) {
            c.method = SshAuth::KeyFile;
            c.keyPath = account.keyPath;
        } else {
            c.method = SshAuth::Password;
            c.password = pbxwarden::Secret::fromText(account.password);
        }
        const Status st = session.open(t, c);
        if (!st)
            qWarning("%s", qPrintable(st.error()));
        return st.ok();
    }

    static QString onHost(const labtest::LabHost& h, const QString& script)
    {
        QByteArray out;
        if (LabHosts::instance().hostShell(h, script, &out) != 0)
            return QStringLiteral("<failed: %1>").arg(script);
        return QString::fromUtf8(out).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
    }

    void factsMatchTheHost()
    {
        const labtest::LabHost h = LabHosts::instance().first();
        SshSession session;
        QVERIFY(open(session, h, LabHosts::instance().rootKeyAccount(h)));
        const Result<HostFacts> facts = HostProbe::run(session, 20000);
        QVERIFY2(facts.ok(), qPrintable(facts.error()));
        QCOMPARE(facts->hostname, onHost(h, QStringLiteral("hostname 2>/dev/null || uname -n")));
        // PRETTY_NAME without its quotes, as os-release defines it.
        const QString pretty = onHost(h, QStringLiteral(". /etc/os-release && printf '%s' \"$PRETTY_NAME\""));
        QVERIFY(!pretty.isEmpty());
        QCOMPARE(facts->osName, pretty);
        QVERIFY(!facts->osName.startsWith(QLatin1Char('"')));
        const qint64 uptime = onHost(h, QStringLiteral("cut -d. -f1 /proc/uptime")).toLongLong();
        QVERIFY2(facts->uptimeSeconds >= uptime - 60 && facts->uptimeSeconds <= uptime + 60,
            qPrintable(QString::number(facts->uptimeSeconds)));
        // The local sshd (PBXWARDEN_LAB=off) is this machine, which has no Asterisk: pbxlab hosts do.
        if (!LabHosts::instance().isPbxlab())
            QSKIP("Asterisk's version needs a pbxlab host (PBXLAB_JSON); the rest was checked above");
        const QString version = onHost(h, QStringLiteral("asterisk -rx 'core show version' | head -n 1"));
        QVERIFY(facts->asteriskInstalled);
        QCOMPARE(facts->asteriskVersion, version);
        QVERIFY(facts->asteriskVersion.startsWith(QLatin1String("Asterisk ")));
    }

    void asWhoeverLoggedIn()
    {
        // Runs as the login user, never through sudo: an account that is not root still gets an answer.
        const labtest::LabHost h = LabHosts::instance().first();
        const auto account = LabHosts::instance().sudoAccount(h);
        if (!account || account->user == u"root")
            QSKIP("no non-root account on this lab host");
        SshSession session;
        QVERIFY(open(session, h, *account));
        const Result<HostFacts> facts = HostProbe::run(session, 20000);
        QVERIFY2(facts.ok(), qPrintable(facts.error()));
        QCOMPARE(facts->hostname, onHost(h, QStringLiteral("hostname 2>/dev/null || uname -n")));
        if (!LabHosts::instance().isPbxlab())
            QSKIP("Asterisk's console needs a pbxlab host (PBXLAB_JSON)");
        QVERIFY(facts->asteriskInstalled);
        QVERIFY2(!facts->asteriskVersion.isEmpty(), "says what the console answered");
    }

    void notConnectedIsAnError()
    {
        SshSession session;
        const Result<HostFacts> facts = HostProbe::run(session, 5000);
        QVERIFY(!facts.ok());
        QVERIFY2(facts.error().contains(QLatin1String("not connected")), qPrintable(facts.error()));
    }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
