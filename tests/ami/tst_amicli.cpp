// pbxwarden-cli ami-parse and ami, run as a user would.
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

const QString kCaptures = QStringLiteral(AMI_CAPTURES_DIR);

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PBXWARDEN_DB"), home.filePath(QStringLiteral("inventory.db")));
    env.insert(QStringLiteral("HOME"), home.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PBXWARDEN_CLI_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace

class TestAmiCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseJson()
    {
        const QString file = kCaptures + QStringLiteral("/06b-pjsip-show-misc.rx.txt");
        const Run run = cli({ QStringLiteral("ami-parse"), file, QStringLiteral("--json") });
        QCOMPARE(run.status, 0);
        QFile capture(file);
        QVERIFY(capture.open(QIODevice::ReadOnly));
        const QByteArray bytes = capture.readAll();
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        // One line per frame: the banner plus one per message, counted by their "Response:"/"Event:" heads.
        QCOMPARE(lines.size(), 1 + bytes.count("\r\nResponse: ") + bytes.count("\r\nEvent: "));
        const QJsonObject banner = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(banner.value(QStringLiteral("kind")).toString(), QStringLiteral("banner"));
        const QJsonObject list = QJsonDocument::fromJson(lines.at(3)).object();
        QCOMPARE(list.value(QStringLiteral("kind")).toString(), QStringLiteral("event"));
        const QJsonArray first = list.value(QStringLiteral("fields")).toArray().first().toArray();
        QCOMPARE(first.at(0).toString(), QStringLiteral("Event"));
        QCOMPARE(first.at(1).toString(), QStringLiteral("AorList"));
    }

    void parseError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.ami"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\n\x01\x02\x03\r\n\r\n");
        out.close();
        const Run run = cli({ QStringLiteral("ami-parse"), file });
        QCOMPARE(run.status, 65);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("protocol error"), run.err.constData());
    }

    void liveAction()
    {
        SimProcess sim;
        QVERIFY(sim.start(kCaptures + QStringLiteral("/etc-asterisk"),
            { QStringLiteral("--auth-fail-delay-ms"), QStringLiteral("100") }));
        const QStringList base = { QStringLiteral("ami"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(sim.port),
            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--secret-stdin") };

        // AMI in clear is never chosen for the user: without --plain-tcp (or --tls, --via-ssh) nothing is
        // sent, and the error says what to choose.
        Run run = cli(base + QStringList { QStringLiteral("Ping") }, "Adm1n-Lab-Secret\n");
        QCOMPARE(run.status, 69);
        QVERIFY2(run.err.contains("--plain-tcp"), run.err.constData());
        QVERIFY2(run.err.contains("not pinned"), run.err.constData());

        const QStringList plain = base + QStringList { QStringLiteral("--plain-tcp") };
        run = cli(
            plain + QStringList { QStringLiteral("Command"), QStringLiteral("Command: core show version") },
            "Adm1n-Lab-Secret\n");
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("Output: Asterisk 22.10.1 built by"));

        run = cli(plain
                + QStringList { QStringLiteral("--json"), QStringLiteral("--md5"),
                    QStringLiteral("PJSIPShowEndpoints") },
            "Adm1n-Lab-Secret\n");
        QCOMPARE(run.status, 0);
        const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(answer.value(QStringLiteral("events")).toArray().size(), 5);

        run = cli(
            plain + QStringList { QStringLiteral("GetConfig"), QStringLiteral("Filename: /etc/passwd") },
            "Adm1n-Lab-Secret\n");
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.contains("File requires escalated privileges"));

        run = cli(plain + QStringList { QStringLiteral("Ping") }, "wrong\n");
        QCOMPARE(run.status, 69);
        QVERIFY(run.err.contains("Authentication failed"));
        QVERIFY(!run.err.contains("wrong"));
    }

    void inventoryPbxNeverFallsBackToPlainTcp()
    {
        // An inventory PBX with no pinned host key: the CLI chooses the route as the GUI does, and
        // sends nothing in clear unless told to.
        SimProcess sim;
        QVERIFY(sim.start(kCaptures + QStringLiteral("/etc-asterisk")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("inventory.db"));
        const Run added = cli(
            { QStringLiteral("--db"), db, QStringLiteral("inventory"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("sim-cli"), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--ami-port"), QString::number(sim.port),
                QStringLiteral("--ami-user"), QStringLiteral("admin"), QStringLiteral("--ami-secret-stdin") },
            "Adm1n-Lab-Secret\n");
        QVERIFY2(added.status == 0, added.err.constData());

        Run run = cli({ QStringLiteral("--db"), db, QStringLiteral("ami"), QStringLiteral("sim-cli"),
            QStringLiteral("Ping") });
        QCOMPARE(run.status, 69);
        QVERIFY2(run.err.contains("not pinned"), run.err.constData());

        run = cli({ QStringLiteral("--db"), db, QStringLiteral("ami"), QStringLiteral("sim-cli"),
            QStringLiteral("--plain-tcp"), QStringLiteral("Ping") });
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY2(run.out.contains("Pong"), run.out.constData());

        const Run removed = cli({ QStringLiteral("--db"), db, QStringLiteral("inventory"),
            QStringLiteral("remove"), QStringLiteral("sim-cli") });
        QVERIFY2(removed.status == 0, removed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAmiCli)
#include "tst_amicli.moc"
