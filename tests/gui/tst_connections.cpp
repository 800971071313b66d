// "Test connection" in the PBX dialog and "Check connections" for the fleet, against the real sshd
// of the pbxlab hosts ($PBXLAB_JSON, set by the suite when run as root). Cancel needs no lab: it
// uses a local port that accepts and never answers.
#include "WindowFixture.h"
#include "fleet/ConnectionCheckDialog.h"
#include "fleet/ConnectionCheckModel.h"
#include "pbx/PbxDialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>

using namespace pbxwarden;
using namespace pbxwarden::ui;

namespace {

struct LabPbx
{
    QString name;
    QString address;
    int port = 22;
    QString fingerprint;
    QString rootPassword;
    QString amiUser;
    QString amiSecret;
};

QList<LabPbx> labHosts()
{
    QList<LabPbx> hosts;
    QFile file(qEnvironmentVariable("PBXLAB_JSON"));
    if (!file.open(QIODevice::ReadOnly))
        return hosts;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("running")).toBool(true)
            || o.value(QStringLiteral("profile")).toString() == u"hardened")
            continue;
        LabPbx h { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("address")).toString(),
            o.value(QStringLiteral("ssh_port")).toInt(22),
            o.value(QStringLiteral("host_key_sha256")).toString(), {} };
        for (const QJsonValue& a : o.value(QStringLiteral("accounts")).toArray()) {
            if (a.toObject().value(QStringLiteral("user")).toString() == u"root")
                h.rootPassword = a.toObject().value(QStringLiteral("password")).toString();
        }
        const QJsonObject ami = o.value(QStringLiteral("ami_accounts")).toArray().at(0).toObject();
        h.amiUser = ami.value(QStringLiteral("user")).toString();
        h.amiSecret = ami.value(QStringLiteral("secret")).toString();
        if (!h.rootPassword.isEmpty())
            hosts << h;
    }
    return hosts;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT
    WindowFixture f;
    QList<LabPbx> m_lab;

    bool needLab(int count)
    {
        if (m_lab.size() >= count)
            return true;
        return false;
    }

    PbxRecord record(const LabPbx& h, bool pinned)
    {
        PbxRecord p;
        p.name = h.name;
        p.host = h.address;
        p.sshPort = h.port;
        p.sshUser = QStringLiteral("root");
        p.sshAuth = SshAuth::Password;
        p.customer = QStringLiteral("Lab");
        if (pinned)
            p.hostKeyFingerprint = h.fingerprint;
        return p;
    }

    PbxDialog* editDialog(const QString& name)
    {
        f.select({ name });
        f.action("editPbx")->trigger();
        return qobject_cast<PbxDialog*>(f.lastDialog.data());
    }

private Q_SLOTS:
    void initTestCase() { m_lab = labHosts(); }

    void init() { QVERIFY(f.open(4, 8)); }

    void dialogTrustsUnknownKeyAndPinsOnSave()
    {
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        const qint64 id = f.addPbx(record(h, false), secrets::SecretPurpose::SshPassword, h.rootPassword);
        QVERIFY(id > 0);
        f.window->reload();
        PbxDialog* dialog = editDialog(h.name);
        QVERIFY(dialog);
        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testConnection"));
        QVERIFY(test && test->isVisible() && test->isEnabled());

        Prompt::setNextConfirm(true); // "Trust this host key?" → yes
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog->isTesting());
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("cancelTest"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("Connected")), 30000);
        QVERIFY2(Prompt::lastQuestion().contains(h.fingerprint), qPrintable(Prompt::lastQuestion()));
        const QString result = dialog->testResultText();
        QVERIFY2(result.contains(QLatin1String("Asterisk")), qPrintable(result));
        QVERIFY2(result.contains(h.fingerprint), qPrintable(result));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("fingerprint"))->text().contains(h.fingerprint));
        QCOMPARE(dialog->record().hostKeyFingerprint, h.fingerprint);
        // Not pinned before the user saves.
        QVERIFY(f.repo->pbx(id)->hostKeyFingerprint.isEmpty());
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(f.repo->pbx(id)->hostKeyFingerprint, h.fingerprint);
        QTRY_VERIFY(f.cell(h.name, FleetTableModel::Connection).startsWith(QLatin1String("OK")));
        QCOMPARE(f.repo->lastCheck(id)->state, QStringLiteral("ok"));
    }

    void dialogRefusesTheKeyWhenNotTrusted()
    {
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        QVERIFY(f.addPbx(record(h, false), secrets::SecretPurpose::SshPassword, h.rootPassword) > 0);
        f.window->reload();
        PbxDialog* dialog = editDialog(h.name);
        QVERIFY(dialog);
        Prompt::setNextConfirm(false);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("not trusted")), 30000);
        QVERIFY(dialog->record().hostKeyFingerprint.isEmpty());
        dialog->reject();
    }

    void dialogWrongPasswordSaysWhy()
    {
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        QVERIFY(f.addPbx(record(h, true), secrets::SecretPurpose::SshPassword, h.rootPassword) > 0);
        f.window->reload();
        PbxDialog* dialog = editDialog(h.name);
        QVERIFY(dialog);
        // The typed password wins over the keychain's.
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("sshSecret"));
        QTest::keyClicks(secret, QStringLiteral("wrong-password-42"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 60000);
        QVERIFY2(dialog->testResultText().contains(QLatin1String("login refused")),
            qPrintable(dialog->testResultText()));
        QTRY_VERIFY(f.cell(h.name, FleetTableModel::Connection).contains(QLatin1String("login refused")));
        dialog->reject();
    }

    void dialogChangedKeyRefusesAndForgetWorks()
    {
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        PbxRecord p = record(h, false);
        const QString bogus = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        p.hostKeyFingerprint = bogus;
        QVERIFY(f.addPbx(p, secrets::SecretPurpose::SshPassword, h.rootPassword) > 0);
        f.window->reload();
        PbxDialog* dialog = editDialog(h.name);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("CHANGED")), 30000);
        QVERIFY(dialog->testResultText().contains(bogus));
        QVERIFY(dialog->testResultText().contains(h.fingerprint));
        QCOMPARE(dialog->record().hostKeyFingerprint, bogus);
        // Forget, deliberately; the next test asks about the key again.
        Prompt::setNextConfirm(true); // trust the real key when asked
        auto* forget = dialog->findChild<QPushButton*>(QStringLiteral("forgetKey"));
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(dialog->record().hostKeyFingerprint.isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("Connected")), 30000);
        QCOMPARE(dialog->record().hostKeyFingerprint, h.fingerprint);
        dialog->reject();
    }

    void dialogChangedKeyCanBeRepinned()
    {
        // Issue 11 item 14: "Trust the new key" re-pins a changed key after both keys are confirmed,
        // without removing the PBX (and its secrets).
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        PbxRecord p = record(h, false);
        const QString old = QStringLiteral("SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        p.hostKeyFingerprint = old;
        const qint64 id = f.addPbx(p, secrets::SecretPurpose::SshPassword, h.rootPassword);
        QVERIFY(id > 0);
        f.window->reload();
        PbxDialog* dialog = editDialog(h.name);
        QVERIFY(dialog);
        auto* trust = dialog->findChild<QPushButton*>(QStringLiteral("trustNewKey"));
        QVERIFY(trust && !trust->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("CHANGED")), 30000);
        QVERIFY(trust->isVisible());
        // Declining changes nothing.
        Prompt::setNextConfirm(false);
        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY2(Prompt::lastQuestion().contains(old) && Prompt::lastQuestion().contains(h.fingerprint),
            qPrintable(Prompt::lastQuestion()));
        QTest::qWait(50);
        QCOMPARE(dialog->record().hostKeyFingerprint, old);
        QVERIFY(!dialog->isTesting());
        // Confirmed: it connects pinned to the new key, and saving pins it.
        Prompt::setNextConfirm(true);
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResultText().contains(QLatin1String("Connected")), 30000);
        QCOMPARE(dialog->record().hostKeyFingerprint, h.fingerprint);
        QVERIFY(!trust->isVisible());
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(f.repo->pbx(id)->hostKeyFingerprint, h.fingerprint);
    }

    void checkConnectionsOverTheFleet()
    {
        if (!needLab(3))
            QSKIP("needs 3 pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        QAbstractItemModelTester tester(
            f.window->fleetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two pinned, one never seen (trusted at the end), one with a wrong password.
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << f.addPbx(
                record(m_lab.at(i), i != 2), secrets::SecretPurpose::SshPassword, m_lab.at(i).rootPassword);
        PbxRecord wrong = record(m_lab.at(0), true);
        wrong.name = QStringLiteral("zz-wrong-password");
        ids << f.addPbx(wrong, secrets::SecretPurpose::SshPassword, QStringLiteral("not-the-password"));
        QVERIFY(!ids.contains(0));
        f.window->reload();
        f.select({});

        Prompt::setNextConfirm(true); // the one question at the end: trust the new key
        f.action("checkConnections")->trigger();
        auto* dialog = f.window->connectionCheckDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QAbstractItemModelTester rows(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 90000);

        const QString question = Prompt::lastQuestion();
        QVERIFY2(question.contains(m_lab.at(2).fingerprint) && question.contains(m_lab.at(2).name),
            qPrintable(question));
        for (int i = 0; i < 3; ++i) {
            const int row = dialog->model()->rowOf(ids.at(i));
            QCOMPARE(dialog->model()->state(row), ConnectionCheckModel::HostState::Ok);
            QVERIFY2(f.cell(m_lab.at(i).name, FleetTableModel::Connection).startsWith(QLatin1String("OK")),
                qPrintable(f.cell(m_lab.at(i).name, FleetTableModel::Connection)));
            QCOMPARE(f.repo->lastCheck(ids.at(i))->state, QStringLiteral("ok"));
        }
        const int wrongRow = dialog->model()->rowOf(ids.at(3));
        QCOMPARE(dialog->model()->state(wrongRow), ConnectionCheckModel::HostState::Failed);
        QVERIFY(dialog->model()
                    ->index(wrongRow, ConnectionCheckModel::State)
                    .data()
                    .toString()
                    .contains(QLatin1String("login refused")));
        QVERIFY(f.cell(wrong.name, FleetTableModel::Connection).startsWith(QLatin1String("Failed")));
        QCOMPARE(f.repo->lastCheck(ids.at(3))->state, QStringLiteral("failed"));
        // The trusted key is pinned, and the log says so.
        QCOMPARE(f.repo->pbx(ids.at(2))->hostKeyFingerprint, m_lab.at(2).fingerprint);
        const auto log = f.repo->activity(50);
        QVERIFY(log.ok());
        bool pinned = false, checked = false;
        for (const auto& e : log.value()) {
            pinned |= e.action == u"hostkey.pin"
                && inventory::describeActivity(e).contains(m_lab.at(2).fingerprint);
            checked |= e.action == u"check.connection";
        }
        QVERIFY(pinned);
        QVERIFY(checked);
        QVERIFY(f.window->findChild<QTableWidget*>(QStringLiteral("activity"))->rowCount() >= 5);
    }

    void checkConnectionsCancel()
    {
        // A port that accepts and never says a word: every check hangs until cancelled.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held << s;
        });
        f.settings->setSshTimeoutSeconds(60);
        for (int i = 0; i < 3; ++i) {
            PbxRecord p;
            p.name = QStringLiteral("silent-%1").arg(i);
            p.host = QStringLiteral("127.0.0.1");
            p.sshPort = silent.serverPort();
            p.sshAuth = SshAuth::Agent;
            QVERIFY(f.addPbx(p) > 0);
        }
        f.window->reload();
        f.select({ QStringLiteral("silent-0"), QStringLiteral("silent-1"), QStringLiteral("silent-2") });
        f.action("checkConnections")->trigger();
        auto* dialog = f.window->connectionCheckDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->model()->count(ConnectionCheckModel::HostState::Connecting) == 3, 15000);
        QTRY_COMPARE(held.size(), 3);
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancel"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 15000);
        QCOMPARE(dialog->model()->count(ConnectionCheckModel::HostState::Cancelled), 3);
        QVERIFY(!cancel->isEnabled());
        // A cancelled check says nothing about the PBX.
        QCOMPARE(
            f.cell(QStringLiteral("silent-0"), FleetTableModel::Connection), QStringLiteral("not checked"));
        qDeleteAll(held);
    }

    void amiThroughTheSshTunnel()
    {
        if (!needLab(1))
            QSKIP("needs the pbxlab hosts: run as root through tests/run-suite.sh (PBXLAB_JSON)");
        const LabPbx h = m_lab.first();
        if (h.amiUser.isEmpty())
            QSKIP("the lab lists no AMI account");
        PbxRecord p = record(h, true);
        p.amiUser = h.amiUser;
        const qint64 id = f.addPbx(p, secrets::SecretPurpose::SshPassword, h.rootPassword);
        QVERIFY(id > 0);
        QVERIFY(secrets::writeAndWait(*f.window->secretStore(),
            secrets::secretKey(f.repo->pbx(id).value(), secrets::SecretPurpose::AmiSecret), h.amiSecret));
        f.window->reload();
        f.select({ h.name });
        f.action("connectAmi")->trigger();
        // Pinned key and SSH password: the tunnel, and the column says so.
        QTRY_COMPARE_WITH_TIMEOUT(
            f.cell(h.name, FleetTableModel::AmiState), QStringLiteral("up (SSH tunnel)"), 30000);
        const auto log = f.repo->activity(10);
        QVERIFY(log.ok());
        QVERIFY(std::any_of(log->begin(), log->end(), [](const auto& e) {
            return e.action == u"ami.state"
                && inventory::describeActivity(e).contains(QLatin1String("ssh://"))
                && inventory::describeActivity(e).contains(QLatin1String("SSH tunnel"));
        }));
        f.action("disconnectAmi")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            f.cell(h.name, FleetTableModel::AmiState), QStringLiteral("not connected"), 15000);
    }

    void cleanup()
    {
        if (f.window && f.window->connectionCheckDialog())
            f.window->connectionCheckDialog()->close();
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
