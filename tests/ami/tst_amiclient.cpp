// The AMI client against pbxsim (and against hostile servers made up in the test).
#include "SimProcess.h"
#include "ami/AmiClient.h"
#include "ami/AmiParser.h"
#include "ami/AmiSocketTransport.h"
#include "ami/AmiTransport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace pbxwarden;
using namespace pbxwarden::ami;

namespace {

const QString kConfig = QStringLiteral(AMI_CAPTURES_DIR "/etc-asterisk");
const QString kAdminSecret = QStringLiteral("Adm1n-Lab-Secret");

AmiClientOptions adminOptions()
{
    AmiClientOptions options;
    options.username = QStringLiteral("admin");
    options.secret = pbxwarden::Secret::fromText(kAdminSecret);
    options.pingIntervalMs = 0;
    return options;
}

AmiClient* makeClient(quint16 port, AmiClientOptions options, QObject* parent, AmiTlsOptions tls = {})
{
    return new AmiClient(
        new AmiSocketTransport(QStringLiteral("127.0.0.1"), port, tls), std::move(options), parent);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

template<typename T>
struct Answer
{
    std::optional<Result<T>> result;
    bool done() const { return result.has_value(); }
    auto callback()
    {
        return [this](const Result<T>& r) {
            result = r;
        };
    }
};

// A transport with no socket, as the SSH channel will be: it answers from the captures and hands the
// client its bytes one at a time.
class ScriptedTransport : public AmiTransport
{
public:
    using AmiTransport::AmiTransport;

    void open() override
    {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT opened();
            queue("Asterisk Call Manager/11.0.0\r\n");
        });
    }
    void close() override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
    }
    qint64 write(const QByteArray& bytes) override
    {
        m_requests.feed(bytes);
        for (const AmiFrame& action : m_requests.takeFrames())
            answer(action);
        return bytes.size();
    }
    QByteArray read(qint64) override
    {
        ++reads;
        const QByteArray one = m_pending.left(1);
        m_pending.remove(0, 1);
        return one;
    }
    qint64 bytesAvailable() const override { return m_pending.size(); }
    QString describe() const override { return QStringLiteral("scripted"); }

    int reads = 0;

private:
    void queue(const QByteArray& bytes)
    {
        m_pending += bytes;
        QTimer::singleShot(0, this, [this] { Q_EMIT readyRead(); });
    }

    // The recorded answer to the same action, with this session's ActionID.
    void answer(const AmiFrame& action)
    {
        static const QList<AmiFrame> recorded = [] {
            QFile file(QStringLiteral(AMI_CAPTURES_DIR "/06-pjsip-show-endpoints.rx.txt"));
            file.open(QIODevice::ReadOnly);
            AmiParser parser;
            parser.feed(file.readAll());
            return parser.takeFrames();
        }();
        const QByteArray wanted
            = action.actionName() == u"Login" ? "06-pjsip-show-endpoints-1" : "06-pjsip-show-endpoints-2";
        QByteArray out;
        for (AmiFrame frame : recorded) {
            if (frame.rawValue("ActionID") != wanted)
                continue;
            frame.set("ActionID", action.actionId());
            out += frame.toWire();
        }
        queue(out);
    }

    AmiParser m_requests { AmiParser::Mode::Server };
    QByteArray m_pending;
};

} // namespace

class TestAmiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginAndTypedHelpers()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClient* client = makeClient(sim.port, adminOptions(), &owner);
        QList<AmiClient::State> states;
        connect(client, &AmiClient::stateChanged, &owner,
            [&](AmiClient::State s, const QString&) { states << s; });
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QCOMPARE(states,
            (QList<AmiClient::State> {
                AmiClient::State::Connecting, AmiClient::State::Authenticating, AmiClient::State::Up }));
        QCOMPARE(client->banner(), QStringLiteral("Asterisk Call Manager/11.0.0"));

        Answer<QStringList> version;
        client->command(QStringLiteral("core show version"), &owner, version.callback());
        QTRY_VERIFY(version.done());
        QVERIFY(version.result->ok());
        QCOMPARE(version.result->value().size(), 1);
        QVERIFY(version.result->value().first().startsWith(QLatin1String("Asterisk 22.10.1 built by")));

        Answer<QStringList> unknown;
        client->command(QStringLiteral("core show nonexistentthing"), &owner, unknown.callback());
        QTRY_VERIFY(unknown.done());
        QVERIFY(!unknown.result->ok());
        QVERIFY2(unknown.result->error().contains(QLatin1String("No such command")),
            qPrintable(unknown.result->error()));

        Answer<AmiFrame> settings;
        client->coreSettings(&owner, settings.callback());
        QTRY_VERIFY(settings.done());
        QCOMPARE(settings.result->value().value("AsteriskVersion"), QStringLiteral("22.10.1"));

        Answer<QList<AmiFrame>> endpoints;
        client->pjsipShowEndpoints(&owner, endpoints.callback());
        QTRY_VERIFY(endpoints.done());
        QStringList names;
        for (const AmiFrame& frame : endpoints.result->value())
            names << frame.value("ObjectName");
        QCOMPARE(names,
            (QStringList { QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                QStringLiteral("anonymous"), QStringLiteral("trunk-itsp") }));

        Answer<QList<AmiFrame>> detail;
        client->pjsipShowEndpoint(QStringLiteral("1002"), &owner, detail.callback());
        QTRY_VERIFY(detail.done());
        QCOMPARE(detail.result->value().size(), 3);
        QCOMPARE(detail.result->value().at(1).value("Password"), QStringLiteral("1002"));

        Answer<QList<AmiFrame>> missing;
        client->pjsipShowEndpoint(QStringLiteral("nosuchendpoint"), &owner, missing.callback());
        QTRY_VERIFY(missing.done());
        QVERIFY(!missing.result->ok());

        Answer<QList<AmiFrame>> contacts;
        client->pjsipShowContacts(&owner, contacts.callback());
        QTRY_VERIFY(contacts.done());
        QVERIFY(contacts.result->ok());
        QVERIFY(contacts.result->value().isEmpty());

        Answer<QList<AmiFrame>> peers;
        client->sipPeers(&owner, peers.callback());
        QTRY_VERIFY(peers.done());
        QVERIFY(!peers.result->ok()); // chan_sip is gone in Asterisk 21+
        QVERIFY(peers.result->error().contains(QLatin1String("Invalid/unknown command")));

        Answer<QList<AmiConfigSection>> config;
        client->getConfig(QStringLiteral("pjsip.conf"), QStringLiteral("1002"),
            QStringLiteral("type=endpoint"), &owner, config.callback());
        QTRY_VERIFY(config.done());
        QCOMPARE(config.result->value().size(), 1);
        QCOMPARE(
            config.result->value().first().value(QStringLiteral("context")), QStringLiteral("from-internal"));

        Answer<QString> json;
        client->getConfigJson(QStringLiteral("manager.conf"), {}, {}, &owner, json.callback());
        QTRY_VERIFY(json.done());
        QVERIFY(json.result->value().startsWith(QLatin1String("{\"general\":")));

        Answer<void> update;
        client->updateConfig(QStringLiteral("pjsip.conf"), QStringLiteral("pjsip.conf"),
            { { QStringLiteral("Append"), QStringLiteral("1002"), QStringLiteral("permit"),
                QStringLiteral("10.0.0.0/8"), {}, QStringLiteral("catfilter=\"type=endpoint\"") } },
            QStringLiteral("res_pjsip.so"), &owner, update.callback());
        QTRY_VERIFY(update.done());
        QVERIFY2(update.result->ok(), qPrintable(update.result->error()));
        Answer<QList<AmiConfigSection>> after;
        client->getConfig(QStringLiteral("pjsip.conf"), QStringLiteral("1002"),
            QStringLiteral("type=endpoint"), &owner, after.callback());
        QTRY_VERIFY(after.done());
        QCOMPARE(after.result->value().first().lines.last(),
            qMakePair(QStringLiteral("permit"), QStringLiteral("10.0.0.0/8")));

        Answer<void> badReload;
        client->reload(QStringLiteral("no_such_module.so"), &owner, badReload.callback());
        QTRY_VERIFY(badReload.done());
        QVERIFY(badReload.result->error().contains(QLatin1String("No such module")));

        Answer<void> hangup;
        client->hangup(QStringLiteral("PJSIP/1001-00000001"), &owner, hangup.callback());
        QTRY_VERIFY(hangup.done());
        QVERIFY(!hangup.result->ok());

        Answer<QList<AmiConfigSection>> outside;
        client->getConfig(QStringLiteral("/etc/passwd"), {}, {}, &owner, outside.callback());
        QTRY_VERIFY(outside.done());
        QVERIFY(outside.result->error().contains(QLatin1String("escalated privileges")));

        client->disconnectFromPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Disconnected);
    }

    void anyTransportOneByteAtATime()
    {
        QObject owner;
        auto* transport = new ScriptedTransport;
        AmiClient client(transport, adminOptions());
        client.connectToPbx();
        QTRY_COMPARE(client.state(), AmiClient::State::Up);
        Answer<QList<AmiFrame>> endpoints;
        client.pjsipShowEndpoints(&owner, endpoints.callback());
        QTRY_VERIFY(endpoints.done());
        QVERIFY(endpoints.result->ok());
        QCOMPARE(endpoints.result->value().size(), 5);
        QCOMPARE(endpoints.result->value().last().value("ObjectName"), QStringLiteral("trunk-itsp"));
        QVERIFY(transport->reads > 1000); // it really came byte by byte
    }

    void md5LoginAndMaskedLog()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.md5Challenge = true;
        AmiClient* client = makeClient(sim.port, options, &owner);
        QByteArray log;
        connect(client, &AmiClient::protocolLog, &owner,
            [&](AmiClient::Direction, const QByteArray& frame) { log += frame; });
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QVERIFY(log.contains("Action: Challenge"));
        QVERIFY(log.contains("Key: ********"));
        QVERIFY(!log.contains(kAdminSecret.toUtf8()));

        AmiClientOptions plain = adminOptions();
        AmiClient* second = makeClient(sim.port, plain, &owner);
        QByteArray plainLog;
        connect(second, &AmiClient::protocolLog, &owner,
            [&](AmiClient::Direction, const QByteArray& frame) { plainLog += frame; });
        second->connectToPbx();
        QTRY_COMPARE(second->state(), AmiClient::State::Up);
        QVERIFY(plainLog.contains("Secret: ********"));
        QVERIFY(!plainLog.contains(kAdminSecret.toUtf8()));
    }

    void loginFailures_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("md5");
        QTest::newRow("wrong secret") << QStringLiteral("admin") << QStringLiteral("wrong-secret")
                                      << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("wrong md5 key") << QStringLiteral("admin") << QStringLiteral("wrong-secret")
                                       << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("unknown user")
            << QStringLiteral("hacker") << QStringLiteral("letmein") << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("outside the ACL")
            << QStringLiteral("admin") << kAdminSecret << QStringLiteral("127.0.0.2") << false;
    }

    void loginFailures()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, source);
        QFETCH(bool, md5);
        SimProcess sim;
        QVERIFY(sim.start(kConfig, { QStringLiteral("--auth-fail-delay-ms"), QStringLiteral("300") }));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.username = user;
        options.secret = pbxwarden::Secret::fromText(secret);
        options.md5Challenge = md5;
        options.autoReconnect = true; // a refused login must not be retried all the same
        auto* transport = new AmiSocketTransport(QStringLiteral("127.0.0.1"), sim.port);
        transport->setLocalAddress(QHostAddress(source));
        auto* client = new AmiClient(transport, options, &owner);
        QSignalSpy reconnects(client, &AmiClient::reconnectScheduled);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Failed);
        QVERIFY2(client->stateReason().contains(QLatin1String("Authentication failed")),
            qPrintable(client->stateReason()));
        QVERIFY(client->stateReason().contains(user));
        QTest::qWait(500);
        QCOMPARE(reconnects.count(), 0);
        QCOMPARE(client->state(), AmiClient::State::Failed);
    }

    void manyActionsInFlight()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClient* client = makeClient(sim.port, adminOptions(), &owner);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        int pings = 0, lists = 0, commands = 0, wrongList = 0;
        for (int i = 0; i < 300; ++i) {
            client->ping(&owner, [&](const Status& s) { pings += s.ok(); });
            if (i % 5 == 0) {
                client->pjsipShowEndpoints(&owner, [&](const Result<QList<AmiFrame>>& r) {
                    if (r.ok() && r.value().size() == 5)
                        ++lists;
                    else
                        ++wrongList;
                });
            }
            if (i % 7 == 0) {
                client->command(
                    QStringLiteral("manager show users"), &owner, [&](const Result<QStringList>& r) {
                        commands += r.ok() && r.value().contains(QStringLiteral("monitor"));
                    });
            }
        }
        QVERIFY(client->pendingActionCount() > 100);
        QTRY_COMPARE_WITH_TIMEOUT(pings, 300, 20000);
        QTRY_COMPARE(lists, 60);
        QTRY_COMPARE(commands, 43);
        QCOMPARE(wrongList, 0);
        QCOMPARE(client->pendingActionCount(), 0);
    }

    void listInterruptedByDisconnect()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClient* client = makeClient(sim.port, adminOptions(), &owner);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QCOMPARE(sim.control(QStringLiteral("cut-lists on")), QStringLiteral("OK cut-lists on"));
        Answer<QList<AmiFrame>> list;
        Answer<void> ping;
        client->pjsipShowEndpoints(&owner, list.callback());
        client->ping(&owner, ping.callback());
        QTRY_VERIFY(list.done());
        QVERIFY(!list.result->ok());
        QVERIFY2(list.result->error().contains(QLatin1String("closed")), qPrintable(list.result->error()));
        QTRY_VERIFY(ping.done());
        QVERIFY(!ping.result->ok());
        QCOMPARE(client->state(), AmiClient::State::Disconnected);
        QCOMPARE(client->pendingActionCount(), 0);
    }

    void reconnectWithBackoff()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        const quint16 port = sim.port;
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.autoReconnect = true;
        options.reconnectInitialMs = 100;
        options.reconnectMaxMs = 800;
        options.connectTimeoutMs = 2000;
        AmiClient* client = makeClient(port, options, &owner);
        QList<int> delays;
        connect(client, &AmiClient::reconnectScheduled, &owner, [&](int ms) { delays << ms; });
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);

        // The PBX drops the session: back up after the first delay.
        QVERIFY(sim.control(QStringLiteral("kill")).startsWith(QLatin1String("OK")));
        QTRY_COMPARE(delays.size(), 1);
        QTRY_COMPARE(client->state(), AmiClient::State::Up);

        // The PBX is gone: delays double up to the ceiling, then it comes back on the same port.
        sim.stop();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, 10000);
        const QList<int> seen = delays.mid(1, 5);
        const int expected[] = { 100, 200, 400, 800, 800 };
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(seen[i] >= expected[i] && seen[i] <= expected[i] * 11 / 10 + 1,
                qPrintable(QStringLiteral("delay %1 was %2 ms").arg(i).arg(seen[i])));
        }
        QVERIFY(client->state() != AmiClient::State::Up);
        SimProcess again;
        QVERIFY(again.start(kConfig, {}, QStringLiteral("127.0.0.1:%1").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), AmiClient::State::Up, 5000);
    }

    void actionTimeoutKeepsTheSession()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.actionTimeoutMs = 300;
        AmiClient* client = makeClient(sim.port, options, &owner);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QCOMPARE(sim.control(QStringLiteral("stall on")), QStringLiteral("OK stall on"));
        Answer<void> lost;
        client->ping(&owner, lost.callback());
        QTRY_VERIFY(lost.done());
        QVERIFY2(lost.result->error().contains(QLatin1String("no answer")), qPrintable(lost.result->error()));
        QCOMPARE(client->state(), AmiClient::State::Up);
        QCOMPARE(sim.control(QStringLiteral("stall off")), QStringLiteral("OK stall off"));
        Answer<void> ping;
        client->ping(&owner, ping.callback());
        QTRY_VERIFY(ping.done());
        QVERIFY(ping.result->ok());

        // A handler whose context is gone is not called.
        bool called = false;
        {
            QObject shortLived;
            client->ping(&shortLived, [&](const Status&) { called = true; });
        }
        Answer<void> after;
        client->ping(&owner, after.callback());
        QTRY_VERIFY(after.done());
        QVERIFY(!called);
    }

    void deadPeer()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.pingIntervalMs = 200;
        options.pingTimeoutMs = 300;
        AmiClient* client = makeClient(sim.port, options, &owner);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QTest::qWait(600); // pings answered: still up
        QCOMPARE(client->state(), AmiClient::State::Up);
        QCOMPARE(sim.control(QStringLiteral("stall on")), QStringLiteral("OK stall on"));
        QTRY_VERIFY_WITH_TIMEOUT(client->state() != AmiClient::State::Up, 3000);
        QVERIFY2(
            client->stateReason().contains(QLatin1String("dead peer")), qPrintable(client->stateReason()));
    }

    void tls()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=lab-pbx"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
        if (!openssl.waitForStarted(5000))
            QSKIP("openssl is not installed");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        SimProcess sim;
        QVERIFY(sim.start(kConfig,
            { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:0") }));
        QVERIFY(sim.tlsPort != 0);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
        QCOMPARE(certs.size(), 1);
        QObject owner;

        AmiTlsOptions pinned;
        pinned.enabled = true;
        pinned.pinnedSha256 = AmiSocketTransport::fingerprint(certs.first()).toUpper();
        AmiClient* good = makeClient(sim.tlsPort, adminOptions(), &owner, pinned);
        good->connectToPbx();
        QTRY_COMPARE_WITH_TIMEOUT(good->state(), AmiClient::State::Up, 10000);
        Answer<QStringList> version;
        good->command(QStringLiteral("core show version"), &owner, version.callback());
        QTRY_VERIFY(version.done());
        QVERIFY(version.result->ok());

        AmiTlsOptions trusted;
        trusted.enabled = true;
        trusted.caCertificates = certs;
        AmiClient* withCa = makeClient(sim.tlsPort, adminOptions(), &owner, trusted);
        withCa->connectToPbx();
        QTRY_COMPARE_WITH_TIMEOUT(withCa->state(), AmiClient::State::Up, 10000);

        AmiTlsOptions wrongPin = pinned;
        wrongPin.pinnedSha256 = QByteArray(64, 'a');
        AmiClient* bad = makeClient(sim.tlsPort, adminOptions(), &owner, wrongPin);
        bad->connectToPbx();
        QTRY_VERIFY_WITH_TIMEOUT(
            bad->state() == AmiClient::State::Disconnected || bad->state() == AmiClient::State::Failed,
            10000);
        QVERIFY2(bad->stateReason().contains(QLatin1String("not trusted"))
                || bad->stateReason().contains(QLatin1String("pinned")),
            qPrintable(bad->stateReason()));

        AmiTlsOptions untrusted;
        untrusted.enabled = true;
        AmiClient* unknown = makeClient(sim.tlsPort, adminOptions(), &owner, untrusted);
        unknown->connectToPbx();
        QTRY_VERIFY_WITH_TIMEOUT(unknown->state() != AmiClient::State::Connecting, 10000);
        QVERIFY(unknown->state() != AmiClient::State::Up);
        QVERIFY2(unknown->stateReason().contains(QLatin1String("not trusted")),
            qPrintable(unknown->stateReason()));
    }

    void securityEvents()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig, { QStringLiteral("--auth-fail-delay-ms"), QStringLiteral("50") }));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.events = QStringLiteral("security");
        AmiClient* watcher = makeClient(sim.port, options, &owner);
        QList<SecurityEvent> security;
        int events = 0;
        connect(watcher, &AmiClient::securityEventReceived, &owner,
            [&](const SecurityEvent& e) { security << e; });
        connect(watcher, &AmiClient::eventReceived, &owner, [&](const AmiEvent&) { ++events; });
        watcher->connectToPbx();
        QTRY_COMPARE(watcher->state(), AmiClient::State::Up);
        QTRY_COMPARE(security.size(), 1); // its own SuccessfulAuth
        QCOMPARE(security.first().type, SecurityEvent::Type::SuccessfulAuth);

        // An attacker with the wrong secret.
        AmiClientOptions attacker = adminOptions();
        attacker.secret = pbxwarden::Secret::fromText(QStringLiteral("admin"));
        AmiClient* intruder = makeClient(sim.port, attacker, &owner);
        intruder->connectToPbx();
        QTRY_COMPARE(security.size(), 2);
        QCOMPARE(security.last().type, SecurityEvent::Type::InvalidPassword);
        QCOMPARE(security.last().service, QStringLiteral("AMI"));
        QCOMPARE(security.last().accountId, QStringLiteral("admin"));
        QCOMPARE(security.last().eventVersion, 2);
        QCOMPARE(security.last().remoteAddress.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(security.last().remoteAddress.transport, QStringLiteral("TCP"));
        QVERIFY(security.last().remoteAddress.port > 0);

        // The recorded attack replayed: every security event, nothing of other classes.
        QFile capture(QStringLiteral(AMI_CAPTURES_DIR "/09-security-events.rx.txt"));
        QVERIFY(capture.open(QIODevice::ReadOnly));
        const int recorded = int(capture.readAll().count("Privilege: security,all\r\n"));
        security.clear();
        events = 0;
        QVERIFY(sim.control(QStringLiteral("replay " AMI_CAPTURES_DIR "/09-security-events.rx.txt"))
                    .startsWith(QLatin1String("OK replayed")));
        QTRY_COMPARE(security.size(), recorded);
        QCOMPARE(events, recorded);
        int failedAcl = 0;
        for (const SecurityEvent& e : std::as_const(security)) {
            if (e.type == SecurityEvent::Type::FailedACL && e.service == u"AMI") {
                ++failedAcl;
                QCOMPARE(e.remoteAddress.address, QStringLiteral("127.0.0.2"));
            }
        }
        QCOMPARE(failedAcl, 1);
    }

    void floodKeepsMemoryFlat()
    {
        SimProcess sim;
        QVERIFY(sim.start(kConfig));
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.events = QStringLiteral("security");
        AmiClient* client = makeClient(sim.port, options, &owner);
        qint64 received = 0;
        qsizetype maxBuffered = 0;
        connect(client, &AmiClient::securityEventReceived, &owner, [&](const SecurityEvent& e) {
            received += e.type == SecurityEvent::Type::ChallengeResponseFailed;
            maxBuffered = qMax(maxBuffered, client->bufferedBytes());
        });
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        QTRY_VERIFY(received == 0 && client->pendingActionCount() == 0);
        const qint64 rssBefore = residentKiB();
        QElapsedTimer clock;
        clock.start();
        const QString answer = sim.control(
            QStringLiteral("flood 50000 50000 ChallengeResponseFailed 203.0.113.5,198.51.100.9"), 60000);
        QVERIFY2(answer.startsWith(QLatin1String("OK sent 50000 dropped ")), qPrintable(answer));
        // pbxsim drops what a reader leaves queued past 16 MiB; on a loaded machine that may happen.
        const qint64 dropped = answer.section(QLatin1Char(' '), 4, 4).toLongLong();
        QVERIFY(dropped < 50000);
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(50000) - dropped, 30000);
        const qint64 rssAfter = residentKiB();
        qInfo("50,000 events in %lld ms; client buffer peak %lld bytes; RSS %lld -> %lld KiB",
            clock.elapsed(), qint64(maxBuffered), rssBefore, rssAfter);
        QVERIFY(
            maxBuffered <= client->options().limits.maxFrameBytes + client->options().limits.maxLineLength);
        QVERIFY2(rssAfter - rssBefore < 16 * 1024, "the client kept what it received");
        QCOMPARE(client->state(), AmiClient::State::Up);
    }

    void hostileServers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not AMI") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                                 << QStringLiteral("not an Asterisk Manager Interface");
        QTest::newRow("binary after banner")
            << QByteArray("Asterisk Call Manager/11.0.0\r\n\x16\x03\x01\x00\xa5\x01", 36)
            << QStringLiteral("protocol error");
        QTest::newRow("endless line")
            << QByteArray("Asterisk Call Manager/11.0.0\r\nResponse: ") + QByteArray(200 * 1024, 'A')
            << QStringLiteral("longer than");
        QByteArray endless = "Asterisk Call Manager/11.0.0\r\nEvent: X\r\n";
        for (int i = 0; i < 120000; ++i)
            endless += "Key: value\r\n";
        QTest::newRow("endless message") << endless << QStringLiteral("protocol error");
    }

    void hostileServers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> peers;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* peer = server.nextPendingConnection();
            peers << peer;
            peer->write(bytes);
        });
        QObject owner;
        AmiClientOptions options = adminOptions();
        options.autoReconnect = true;
        AmiClient* client = makeClient(server.serverPort(), options, &owner);
        client->connectToPbx();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), AmiClient::State::Failed, 10000);
        QVERIFY2(client->stateReason().contains(reason), qPrintable(client->stateReason()));
        QVERIFY(client->bufferedBytes() == 0);
    }

    void controlCharactersAreNeverSent()
    {
        // Issue 11 item 10: a CR/LF in a value must not split the action into a second, forged one.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        AmiParser requests(AmiParser::Mode::Server);
        QList<AmiFrame> received;
        QObject owner;
        connect(&server, &QTcpServer::newConnection, &owner, [&] {
            QTcpSocket* peer = server.nextPendingConnection();
            peer->write("Asterisk Call Manager/11.0.0\r\n");
            connect(peer, &QTcpSocket::readyRead, &owner, [&, peer] {
                requests.feed(peer->readAll());
                for (const AmiFrame& frame : requests.takeFrames()) {
                    received << frame;
                    peer->write("Response: Success\r\nActionID: " + frame.rawValue("ActionID") + "\r\n\r\n");
                }
            });
        });
        AmiClient* client = makeClient(server.serverPort(), adminOptions(), &owner);
        client->connectToPbx();
        QTRY_COMPARE(client->state(), AmiClient::State::Up);
        for (const QString& value : { QStringLiteral("x\r\nAction: Originate\r\nChannel: PJSIP/trunk"),
                 QStringLiteral("x\nAction: Originate"), QStringLiteral("x\x1b[2J") }) {
            AmiFrame action = AmiFrame::action(QStringLiteral("UserEvent"));
            action.append("UserEvent", value);
            Answer<AmiResponse> answer;
            client->sendAction(action, &owner, answer.callback());
            QTRY_VERIFY(answer.done());
            QVERIFY(!answer.result->ok());
            QVERIFY2(answer.result->error().contains(QLatin1String("control character")),
                qPrintable(answer.result->error()));
        }
        Answer<AmiResponse> ping;
        client->sendAction(AmiFrame::action(QStringLiteral("Ping")), &owner, ping.callback());
        QTRY_VERIFY(ping.done());
        QVERIFY(ping.result->ok());
        QStringList actions;
        for (const AmiFrame& frame : std::as_const(received))
            actions << frame.actionName();
        QCOMPARE(actions, (QStringList { QStringLiteral("Login"), QStringLiteral("Ping") }));

        // A user name with a line break ends the login attempt with the reason, nothing sent.
        received.clear();
        AmiClientOptions options = adminOptions();
        options.username = QStringLiteral("admin\r\nAction: Originate");
        AmiClient* bad = makeClient(server.serverPort(), options, &owner);
        bad->connectToPbx();
        QTRY_COMPARE(bad->state(), AmiClient::State::Failed);
        QVERIFY2(
            bad->stateReason().contains(QLatin1String("control character")), qPrintable(bad->stateReason()));
        QVERIFY(received.isEmpty());
    }

    void followsThenEndlessEmptyLines()
    {
        // Issue 11 item 4: a server answers "Response: Follows" and then streams 100 MB of empty
        // lines before any login; the client must drop it at the frame limits, holding little.
        const qint64 total = 100 * 1024 * 1024;
        const QByteArray chunk = QByteArray("\r\n").repeated(512 * 1024);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket* peer = nullptr;
        qint64 sent = 0;
        qsizetype maxBuffered = 0;
        QObject owner;
        AmiClientOptions options = adminOptions();
        AmiClient* client = makeClient(server.serverPort(), options, &owner);
        const qint64 rssBefore = residentKiB();
        bool grew = false;
        auto more = [&] {
            maxBuffered = qMax(maxBuffered, client->bufferedBytes());
            // The defect held every line: stop feeding it long before the machine runs out of memory.
            grew = grew || residentKiB() - rssBefore > 256 * 1024;
            if (peer->state() != QAbstractSocket::ConnectedState || sent >= total || grew)
                return;
            if (peer->bytesToWrite() < 4 * chunk.size()) {
                peer->write(chunk);
                sent += chunk.size();
            }
        };
        connect(&server, &QTcpServer::newConnection, &owner, [&] {
            peer = server.nextPendingConnection();
            peer->write("Asterisk Call Manager/11.0.0\r\nResponse: Follows\r\n");
            connect(peer, &QTcpSocket::bytesWritten, &owner, more);
            more();
        });
        client->connectToPbx();
        // Either the client gives up, or the server has sent everything (the defect).
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == AmiClient::State::Failed || grew
                || (peer && sent >= total && peer->bytesToWrite() == 0),
            120000);
        QVERIFY2(!grew, "the client's memory grew by more than 256 MiB");
        QCOMPARE(client->state(), AmiClient::State::Failed);
        QVERIFY2(client->stateReason().contains(QLatin1String("protocol error")),
            qPrintable(client->stateReason()));
        QVERIFY2(client->stateReason().contains(QLatin1String("more than"))
                || client->stateReason().contains(QLatin1String("larger than")),
            qPrintable(client->stateReason()));
        QVERIFY(maxBuffered <= options.limits.maxFrameBytes + options.limits.maxLineLength + 2);
        QCOMPARE(client->bufferedBytes(), 0);
        QVERIFY2(sent < total, "the client read all 100 MB");
        QVERIFY2(residentKiB() - rssBefore < 64 * 1024, "the client kept what it received");
    }
};

QTEST_GUILESS_MAIN(TestAmiClient)
#include "tst_amiclient.moc"
