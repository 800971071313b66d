// The AMI column and the protocol log window, against the PBX simulator on loopback.
#include "SimProcess.h"
#include "WindowFixture.h"
#include "ami/AmiLogModel.h"
#include "ami/AmiLogWindow.h"
#include "ami/AmiSessions.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

using namespace pbxwarden;
using namespace pbxwarden::ui;

namespace {

const QString kCaptures = QStringLiteral(AMI_CAPTURES_DIR);

QString adminSecret()
{
    QFile file(kCaptures + QStringLiteral("/etc-asterisk/manager.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression re(QStringLiteral("\\[admin\\][^\\[]*?secret\\s*=\\s*(\\S+)"));
    return re.match(QString::fromUtf8(file.readAll())).captured(1);
}

} // namespace

class TestAmiGui : public QObject
{
    Q_OBJECT
    WindowFixture f;
    SimProcess m_sim;

    qint64 addSimPbx(const QString& name, const QString& secret)
    {
        PbxRecord p;
        p.name = name;
        p.host = QStringLiteral("127.0.0.1");
        p.amiPort = m_sim.port;
        p.amiUser = QStringLiteral("admin");
        return f.addPbx(p, secrets::SecretPurpose::AmiSecret, secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!adminSecret().isEmpty());
        QVERIFY(m_sim.start(kCaptures + QStringLiteral("/etc-asterisk")));
    }

    void init() { QVERIFY(f.open()); }

    void connectShowsUpAndTheLogMasksTheSecret()
    {
        const QString secret = adminSecret();
        const qint64 id = addSimPbx(QStringLiteral("sim-pbx"), secret);
        QVERIFY(id > 0);
        f.window->reload();
        QAbstractItemModelTester tester(
            f.window->fleetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            f.cell(QStringLiteral("sim-pbx"), FleetTableModel::AmiState), QStringLiteral("not connected"));
        f.select({ QStringLiteral("sim-pbx") });
        // The log window may be open before connecting: it shows what comes.
        f.action("amiLog")->trigger();
        AmiLogWindow* log = f.window->amiLogWindow(id);
        QVERIFY(log);
        QVERIFY(log->isVisible());
        QAbstractItemModelTester logTester(
            log->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The simulator has no SSH: plain TCP, which the user must allow, and which the column says.
        f.settings->setAmiPlainTcpAllowed(true);
        f.action("connectAmi")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.cell(QStringLiteral("sim-pbx"), FleetTableModel::AmiState),
            QStringLiteral("up (plain TCP)"), 15000);
        const auto activity = f.repo->activity(20);
        QVERIFY(activity.ok());
        QVERIFY(std::any_of(activity->begin(), activity->end(), [](const auto& e) {
            return e.action == u"ami.state" && e.args.value(QStringLiteral("transport")).toString() == u"tcp"
                && inventory::describeActivity(e).contains(QLatin1String("plain TCP"));
        }));

        QTRY_VERIFY(log->proxy()->rowCount() >= 3); // banner, Login, its response
        bool sawLogin = false;
        for (int r = 0; r < log->proxy()->rowCount(); ++r) {
            const QModelIndex i = log->proxy()->index(r, AmiLogModel::Frame);
            const QString text = i.data(AmiLogModel::FullTextRole).toString();
            QVERIFY2(!text.contains(secret), qPrintable(text));
            if (text.contains(QLatin1String("Action: Login"))) {
                sawLogin = true;
                QCOMPARE(
                    log->proxy()->index(r, AmiLogModel::Direction).data().toString(), QStringLiteral("sent"));
                QVERIFY(text.contains(QLatin1String("Username: admin")));
                // Plain TCP logs in with the MD5 challenge: a key, never the secret, crosses the wire.
                QVERIFY2(text.contains(QLatin1String("Key:")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("Secret:")), qPrintable(text));
            }
        }
        QVERIFY(sawLogin);
        // The filter narrows to the Login frame.
        QTest::keyClicks(log->filterEdit(), QStringLiteral("action: login"));
        QCOMPARE(log->proxy()->rowCount(), 1);

        // Save what the filter shows.
        const QString saved = f.dir.filePath(QStringLiteral("ami.log"));
        Prompt::setNextFileName(saved);
        log->saveFrames();
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("Action: Login"));
        QVERIFY(!content.contains(secret.toUtf8()));

        // One window per PBX.
        f.action("amiLog")->trigger();
        QCOMPARE(f.window->amiLogWindow(id), log);

        f.action("disconnectAmi")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.cell(QStringLiteral("sim-pbx"), FleetTableModel::AmiState),
            QStringLiteral("not connected"), 15000);
        log->close();
    }

    void noSilentFallbackToPlainTcp()
    {
        // Host key not pinned, plain TCP not allowed: nothing may reach the AMI port (the old code
        // went to plain TCP with the secret in clear).
        f.settings->setAmiPlainTcpAllowed(false);
        const qint64 id = addSimPbx(QStringLiteral("sim-unpinned"), adminSecret());
        QVERIFY(id > 0);
        f.window->reload();
        f.select({ QStringLiteral("sim-unpinned") });
        f.action("connectAmi")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.cell(QStringLiteral("sim-unpinned"), FleetTableModel::AmiState)
                                     .startsWith(QLatin1String("failed: ")),
            15000);
        const QString state = f.cell(QStringLiteral("sim-unpinned"), FleetTableModel::AmiState);
        QVERIFY2(state.contains(QLatin1String("not pinned")), qPrintable(state));
        QVERIFY2(state.contains(QLatin1String("TLS")), qPrintable(state));
        QVERIFY(!f.window->amiSessions()->client(id));
        QCOMPARE(f.window->amiSessions()->logModel(id)->rowCount(), 0);
    }

    void wrongSecretAndMissingSecretFailInWords()
    {
        f.settings->setAmiPlainTcpAllowed(true);
        const qint64 wrong = addSimPbx(QStringLiteral("sim-wrong"), QStringLiteral("not-the-secret"));
        PbxRecord bare;
        bare.name = QStringLiteral("sim-no-secret");
        bare.host = QStringLiteral("127.0.0.1");
        bare.amiPort = m_sim.port;
        bare.amiUser = QStringLiteral("admin");
        QVERIFY(wrong > 0 && f.addPbx(bare) > 0);
        f.window->reload();
        f.select({ QStringLiteral("sim-wrong"), QStringLiteral("sim-no-secret") });
        f.action("connectAmi")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.cell(QStringLiteral("sim-wrong"), FleetTableModel::AmiState)
                                     .startsWith(QLatin1String("failed: ")),
            15000);
        QTRY_VERIFY(f.cell(QStringLiteral("sim-no-secret"), FleetTableModel::AmiState)
                        .contains(QLatin1String("no AMI secret")));
        // Each outcome is in the activity log.
        const auto log = f.repo->activity(20);
        QVERIFY(log.ok());
        QVERIFY(
            std::any_of(log->begin(), log->end(), [](const auto& e) { return e.action == u"ami.state"; }));
    }

    void logModelIsCapped()
    {
        AmiLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxFrames(100);
        for (int i = 0; i < 250; ++i)
            model.append(ami::AmiClient::Direction::Received,
                QByteArray("Event: Test\r\nN: ") + QByteArray::number(i) + "\r\n\r\n");
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.index(0, AmiLogModel::Frame)
                    .data(AmiLogModel::FullTextRole)
                    .toString()
                    .endsWith(QLatin1String("N: 150")));
    }
};

QTEST_MAIN(TestAmiGui)
#include "tst_amigui.moc"
