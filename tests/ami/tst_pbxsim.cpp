// The simulator against the real Asterisk: every scenario's requests replayed, answers compared.
#include "SimProcess.h"
#include "ami/AmiParser.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace pbxwarden::ami;

namespace {

const QString kCaptures = QStringLiteral(AMI_CAPTURES_DIR);

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<AmiFrame> parse(const QByteArray& bytes, AmiParser::Mode mode)
{
    AmiParser parser(mode);
    parser.feed(bytes);
    return parser.takeFrames();
}

// Values that differ between two runs of the same scenario: clocks, session handles, random challenges.
const QList<QByteArray> kVolatileKeys = { "Timestamp", "EventTV", "SessionID", "SessionTV", "Challenge",
    "Uptime", "LastReload", "CoreStartupDate", "CoreStartupTime", "CoreReloadDate", "CoreReloadTime" };
// Addresses keep their protocol, transport and host; the port is the ephemeral one of this run.
const QList<QByteArray> kAddressKeys = { "LocalAddress", "RemoteAddress" };

QByteArray withoutPort(const QByteArray& address)
{
    return address.left(address.lastIndexOf('/'));
}

QString secretOf(const QString& user)
{
    const QString text
        = QString::fromUtf8(readFile(kCaptures + QStringLiteral("/etc-asterisk/manager.conf")));
    const QRegularExpression re(QStringLiteral("\\[%1\\][^\\[]*?secret\\s*=\\s*(\\S+)").arg(user));
    return re.match(text).captured(1);
}

} // namespace

class TestPbxSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("source");
        for (const char* name : { "01-banner-login-success", "02-login-wrong-secret",
                 "03-challenge-md5-login", "04-ping-coresettings-corestatus", "05-command-action",
                 "06-pjsip-show-endpoints", "06b-pjsip-show-misc", "07-getconfig-listcategories",
                 "07b-monitor-getconfig-manager-conf", "08-updateconfig-reload", "09a-ami-unknown-user",
                 "09b-ami-wrong-secret", "09d-ami-md5-wrong-key", "09e-ami-unauthenticated-actions",
                 "09f-ami-monitor-weak-login", "12-logoff" }) {
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("127.0.0.1");
        }
        QTest::newRow("09c-ami-acl-from-127.0.0.2")
            << QStringLiteral("09c-ami-acl-from-127.0.0.2") << QStringLiteral("127.0.0.2");
    }

    void replay()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, source);
        SimProcess sim;
        QVERIFY(sim.start(kCaptures + QStringLiteral("/etc-asterisk"),
            { QStringLiteral("--auth-fail-delay-ms"), QStringLiteral("200") }));

        const QList<AmiFrame> expected
            = parse(readFile(kCaptures + QLatin1Char('/') + scenario + QStringLiteral(".rx.txt")),
                AmiParser::Mode::Client);
        const QList<AmiFrame> requests
            = parse(readFile(kCaptures + QLatin1Char('/') + scenario + QStringLiteral(".tx.txt")),
                AmiParser::Mode::Server);
        QVERIFY(!expected.isEmpty());
        QVERIFY(!requests.isEmpty());
        QString capturedChallenge;
        for (const AmiFrame& frame : expected) {
            if (frame.has("Challenge"))
                capturedChallenge = frame.value("Challenge");
        }

        QTcpSocket socket;
        QVERIFY(socket.bind(QHostAddress(source)));
        socket.connectToHost(QHostAddress::LocalHost, sim.port);
        QVERIFY(socket.waitForConnected(3000));
        AmiParser parser(AmiParser::Mode::Client);
        QList<AmiFrame> received;
        const auto pump = [&](int ms) {
            if (socket.waitForReadyRead(ms) || socket.bytesAvailable()) {
                QVERIFY(parser.feed(socket.readAll()));
                received += parser.takeFrames();
            }
        };
        const auto responses = [&] {
            int n = 0;
            for (const AmiFrame& f : received)
                n += f.kind() == AmiFrame::Kind::Response;
            return n;
        };
        const auto listOpen = [&] {
            bool open = false;
            for (const AmiFrame& f : received) {
                if (f.isEventListStart())
                    open = true;
                else if (f.isEventListComplete())
                    open = false;
            }
            return open;
        };

        QString challenge;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            AmiFrame request = requests.at(i);
            // A Key that was right for the recorded challenge is recomputed for this run's challenge.
            if (request.actionName() == u"Login" && request.has("Key")) {
                const QString secret = secretOf(request.value("Username"));
                const QByteArray recorded
                    = QCryptographicHash::hash((capturedChallenge + secret).toUtf8(), QCryptographicHash::Md5)
                          .toHex();
                if (recorded == request.rawValue("Key"))
                    request.set("Key",
                        QString::fromLatin1(
                            QCryptographicHash::hash((challenge + secret).toUtf8(), QCryptographicHash::Md5)
                                .toHex()));
            }
            socket.write(request.toWire());
            QElapsedTimer clock;
            clock.start();
            while ((responses() < i + 1 || listOpen()) && clock.elapsed() < 5000
                && socket.state() == QAbstractSocket::ConnectedState)
                pump(100);
            for (const AmiFrame& f : received) {
                if (f.has("Challenge") && f.kind() == AmiFrame::Kind::Response)
                    challenge = f.value("Challenge");
            }
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        // Events that follow the last answer, then the server's hang-up.
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 3000)
            pump(100);
        pump(10);

        QCOMPARE(received.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const AmiFrame& want = expected.at(i);
            const AmiFrame& got = received.at(i);
            const QByteArray where
                = QByteArray::number(i) + ' ' + want.rawValue("ActionID") + want.rawValue("Event");
            QVERIFY2(got.kind() == want.kind(), where.constData());
            QCOMPARE(got.bannerLine(), want.bannerLine());
            QVERIFY2(got.fieldCount() == want.fieldCount(), where.constData());
            for (qsizetype f = 0; f < want.fieldCount(); ++f) {
                const AmiField& w = want.fields().at(f);
                const AmiField& g = got.fields().at(f);
                QCOMPARE(g.key, w.key);
                if (kVolatileKeys.contains(w.key))
                    continue;
                if (kAddressKeys.contains(w.key))
                    QCOMPARE(withoutPort(g.value), withoutPort(w.value));
                else
                    QVERIFY2(g.value == w.value,
                        QByteArray(where + ' ' + w.key + ": got \"" + g.value + "\" want \"" + w.value + '"')
                            .constData());
            }
        }

        if (scenario.startsWith(QLatin1String("08-"))) {
            // UpdateConfig wrote pjsip.conf as Asterisk did, apart from its own path and the date.
            const auto stable = [](const QByteArray& text) {
                QList<QByteArray> lines = text.split('\n');
                lines.removeIf([](const QByteArray& l) {
                    return l.startsWith(";! Filename:") || l.startsWith(";! Creation Date:");
                });
                return lines;
            };
            QCOMPARE(stable(readFile(sim.configDir() + QStringLiteral("/pjsip.conf"))),
                stable(readFile(kCaptures + QStringLiteral("/08-pjsip.conf.after-updateconfig.txt"))));
        }
    }

    void rx_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        // Recorded with nothing registered; pjsip_show_endpoints/contacts/registrations and the uptime
        // were recorded with live SIP state that the simulator does not have.
        const QStringList commands = { QStringLiteral("core show version"), QStringLiteral("dialplan show"),
            QStringLiteral("manager show connected"), QStringLiteral("manager show settings"),
            QStringLiteral("manager show user admin"), QStringLiteral("manager show user monitor"),
            QStringLiteral("manager show users"), QStringLiteral("module show like chan_"),
            QStringLiteral("module show like res_pjsip"), QStringLiteral("module show like res_security"),
            QStringLiteral("pjsip show auths"), QStringLiteral("pjsip show identifies"),
            QStringLiteral("pjsip show transports"), QStringLiteral("sip show peers"),
            QStringLiteral("pjsip show endpoint 1002") };
        for (const QString& command : commands) {
            const QString file = QString(command).replace(QLatin1Char(' '), QLatin1Char('_'));
            QTest::newRow(qPrintable(file)) << file << command;
        }
    }

    void rx()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        QProcess process;
        process.start(QStringLiteral(PBXSIM_PATH),
            { QStringLiteral("--rx"), command, QStringLiteral("--config-dir"),
                kCaptures + QStringLiteral("/etc-asterisk") });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(readFile(kCaptures + QStringLiteral("/cli/") + file + QStringLiteral(".txt"))));
    }

    void templatesAndAcls()
    {
        QTemporaryDir dir;
        const auto write = [&](const char* name, const QByteArray& text) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write("pjsip.conf",
            "[phone](!)\ntype = endpoint\ncontext = from-office\ndisallow = all\nallow = g722\n\n"
            "[2001](phone)\ncallerid = \"Desk\" <2001>\n\n[2001](+)\ndeny = 0.0.0.0/0\npermit = "
            "10.1.0.0/16\n");
        write("manager.conf",
            "[general]\nenabled = yes\n[ops]\nsecret = s3cret-ops-pw\ndeny = 0.0.0.0/0.0.0.0\n"
            "permit = 10.0.0.0/255.0.0.0\nread = system\nwrite = system\n");
        QProcess process;
        process.start(QStringLiteral(PBXSIM_PATH),
            { QStringLiteral("--rx"), QStringLiteral("pjsip show endpoint 2001"),
                QStringLiteral("--config-dir"), dir.path() });
        QVERIFY(process.waitForFinished(10000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String(" Endpoint:  2001/2001 ")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String(" context                            : from-office\n")));
        QVERIFY(out.contains(QLatin1String(" allow                              : (g722)\n")));
        QVERIFY(out.contains(QLatin1String(" acl                                : deny/permit\n")));
        process.start(QStringLiteral(PBXSIM_PATH),
            { QStringLiteral("--rx"), QStringLiteral("pjsip show endpoints"), QStringLiteral("--config-dir"),
                dir.path() });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().endsWith(
            "\nObjects found: 1\n\n")); // the template is no endpoint

        // ops may log in only from 10/8: from loopback it is FailedACL, answered after about a second.
        SimProcess sim;
        QVERIFY(sim.start(dir.path()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim.port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("Action: Login\r\nUsername: ops\r\nSecret: s3cret-ops-pw\r\n\r\n");
        QElapsedTimer clock;
        clock.start();
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && clock.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        QVERIFY2(clock.elapsed() >= 900, "a failed login is answered after about a second");
        QVERIFY(answer.contains("Message: Authentication failed"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void olderVersion()
    {
        QProcess process;
        process.start(QStringLiteral(PBXSIM_PATH),
            { QStringLiteral("--rx"), QStringLiteral("core show version"), QStringLiteral("--config-dir"),
                kCaptures + QStringLiteral("/etc-asterisk"), QStringLiteral("--asterisk-version"),
                QStringLiteral("16.30.1") });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().startsWith("Asterisk 16.30.1 built by"));

        SimProcess sim;
        QVERIFY(sim.start(kCaptures + QStringLiteral("/etc-asterisk"),
            { QStringLiteral("--asterisk-version"), QStringLiteral("16.30.1") }));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim.port);
        QVERIFY(socket.waitForConnected(3000));
        QTRY_VERIFY(socket.canReadLine());
        QCOMPARE(socket.readLine(), QByteArray("Asterisk Call Manager/5.0.4\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestPbxSim)
#include "tst_pbxsim.moc"
