#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "tst_labhosts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using labtest::LabHosts;

// pbxwarden-cli connect against a lab host: exit status by cause, one-line reasons, JSON.
class TestConnectCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return pbxwardenCli(QStringList { QStringLiteral("connect") } + args, input);
    }
    static Run pbxwardenCli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        // No controlling terminal, as under cron or CI: nothing can be confirmed interactively.
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(
            qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + QStringLiteral("/app/entry/pbxwarden-cli"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }
    QStringList base() const
    {
        const labtest::LabHost h = LabHosts::instance().first();
        return { QStringLiteral("--host"), h.address, QStringLiteral("--port"), QString::number(h.port) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
    }

    void unknownKeyThenAcceptedThenPinned()
    {
        const labtest::LabHost h = LabHosts::instance().first();
        const QString key = LabHosts::instance().rootKeyAccount(h).keyPath;
        Run r = cli(base() + QStringList { QStringLiteral("--key"), key });
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(h.fingerprint.toUtf8()), r.err.constData());

        // Without a terminal, a key login needs --yes to trust a new key; nothing is pinned otherwise.
        r = cli(
            base() + QStringList { QStringLiteral("--key"), key, QStringLiteral("--accept-new-host-key") });
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("no terminal to confirm") && r.err.contains(h.fingerprint.toUtf8()),
            r.err.constData());

        r = cli(base()
            + QStringList { QStringLiteral("--key"), key, QStringLiteral("--accept-new-host-key"),
                QStringLiteral("--yes"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        // Phase one printed the key before any login.
        QVERIFY2(r.err.contains(QByteArray("new host key " + h.fingerprint.toUtf8())), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), h.fingerprint);
        QVERIFY(!o.value(QStringLiteral("probe"))
                     .toObject()
                     .value(QStringLiteral("hostname"))
                     .toString()
                     .isEmpty());
        QVERIFY(
            !o.value(QStringLiteral("probe")).toObject().value(QStringLiteral("os")).toString().isEmpty());

        r = cli(base()
            + QStringList { QStringLiteral("--key"), key, QStringLiteral("--fingerprint"), h.fingerprint });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("connected and authenticated"));
    }

    void firstContactNeverSendsAPassword()
    {
        // Issue 11 item 13: --accept-new-host-key with a password and no --fingerprint must not log in
        // on the connection that met the unknown key (a first-contact MITM would get the password),
        // and --yes does not change that for passwords.
        const labtest::LabHost h = LabHosts::instance().first();
        const auto account = LabHosts::instance().passwordAccount(h);
        if (!account)
            QSKIP("no account with a known password");
        for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("--yes") } }) {
            const Run r = cli(base()
                    + QStringList { QStringLiteral("--user"), account->user,
                        QStringLiteral("--password-stdin"), QStringLiteral("--accept-new-host-key") }
                    + extra,
                (account->password + QStringLiteral("\n")).toUtf8());
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains("refusing --accept-new-host-key for a password login")
                    && r.err.contains(QByteArray("--fingerprint " + h.fingerprint.toUtf8())),
                r.err.constData());
            QVERIFY(!r.out.contains("connected and authenticated"));
        }
        // A wrong password gives the same refusal, not "authentication failed": it was never sent.
        const Run wrong = cli(base()
                + QStringList { QStringLiteral("--user"), account->user, QStringLiteral("--password-stdin"),
                    QStringLiteral("--accept-new-host-key"), QStringLiteral("--yes") },
            QByteArray("definitely-wrong\n"));
        QCOMPARE(wrong.status, 2);
        // With the fingerprint checked beforehand, the same login goes through, pinned.
        const Run pinned = cli(base()
                + QStringList { QStringLiteral("--user"), account->user, QStringLiteral("--password-stdin"),
                    QStringLiteral("--accept-new-host-key"), QStringLiteral("--fingerprint"), h.fingerprint },
            (account->password + QStringLiteral("\n")).toUtf8());
        QCOMPARE(pinned.status, 0);
    }

    void repinAfterTheKeyChanged()
    {
        // Issue 11 item 14: a changed key is re-pinned with `pin NAME --fingerprint`, which checks that
        // the host presents that key and logs old -> new, instead of removing the PBX and its secrets.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("inv.sqlite"));
        labtest::LabHost h = LabHosts::instance().hosts().last();
        const QString key = LabHosts::instance().rootKeyAccount(h).keyPath;
        const QStringList inDb { QStringLiteral("--db"), db };
        Run r = pbxwardenCli(inDb
            + QStringList { QStringLiteral("inventory"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("rekeyed"), QStringLiteral("--host"), h.address, QStringLiteral("--ssh-port"),
                QString::number(h.port), QStringLiteral("--ssh-auth"), QStringLiteral("key"),
                QStringLiteral("--ssh-key"), key });
        QVERIFY2(r.status == 0, r.err.constData());
        const QStringList connectIt
            = inDb + QStringList { QStringLiteral("connect"), QStringLiteral("rekeyed") };
        r = pbxwardenCli(
            connectIt + QStringList { QStringLiteral("--accept-new-host-key"), QStringLiteral("--yes") });
        QVERIFY2(r.status == 0, r.err.constData());
        const QString oldFp = h.fingerprint;
        const QString newFp = LabHosts::instance().rekey(h);
        QVERIFY(!newFp.isEmpty() && newFp != oldFp);
        r = pbxwardenCli(connectIt);
        QCOMPARE(r.status, 3);

        const QStringList pinIt = inDb + QStringList { QStringLiteral("pin"), QStringLiteral("rekeyed") };
        // A fingerprint the host does not present changes nothing.
        r = pbxwardenCli(pinIt + QStringList { QStringLiteral("--fingerprint"), oldFp });
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(newFp.toUtf8()) && r.err.contains("nothing was changed"), r.err.constData());
        r = pbxwardenCli(connectIt);
        QCOMPARE(r.status, 3);

        r = pbxwardenCli(pinIt + QStringList { QStringLiteral("--fingerprint"), newFp });
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray(oldFp.toUtf8() + " -> " + newFp.toUtf8())), r.out.constData());
        r = pbxwardenCli(connectIt);
        QVERIFY2(r.status == 0, r.err.constData());

        auto opened = pbxwarden::inventory::Database::open(db);
        QVERIFY(opened.ok());
        pbxwarden::inventory::InventoryRepository repo(*opened.value());
        const auto log = repo.activity();
        QVERIFY(log.ok());
        bool logged = false;
        for (const auto& entry : log.value()) {
            logged = logged
                || (entry.action == u"hostkey.pin"
                    && entry.args.value(QStringLiteral("old")).toString() == oldFp
                    && entry.args.value(QStringLiteral("new")).toString() == newFp);
        }
        QVERIFY(logged);
    }

    void changedKeyIsRefused()
    {
        const labtest::LabHost h = LabHosts::instance().first();
        const Run r = cli(base()
            + QStringList { QStringLiteral("--key"), LabHosts::instance().rootKeyAccount(h).keyPath,
                QStringLiteral("--fingerprint"), QStringLiteral("SHA256:") + QString(43, QLatin1Char('A')) });
        QCOMPARE(r.status, 3);
        QVERIFY2(
            r.err.contains("HOST KEY CHANGED") && r.err.contains(h.fingerprint.toUtf8()), r.err.constData());
    }

    void wrongPasswordFromStdin()
    {
        const labtest::LabHost h = LabHosts::instance().first();
        const auto account = LabHosts::instance().passwordAccount(h);
        if (!account)
            QSKIP("no account with a known password");
        Run r = cli(base()
                + QStringList { QStringLiteral("--user"), account->user, QStringLiteral("--password-stdin"),
                    QStringLiteral("--fingerprint"), h.fingerprint },
            (account->password + QStringLiteral("x\n")).toUtf8());
        QCOMPARE(r.status, 4);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains(QByteArray(account->password.toUtf8() + 'x')));
        r = cli(base()
                + QStringList { QStringLiteral("--user"), account->user, QStringLiteral("--password-stdin"),
                    QStringLiteral("--fingerprint"), h.fingerprint },
            (account->password + QStringLiteral("\n")).toUtf8());
        QCOMPARE(r.status, 0);
    }

    void unreachableAndUsage()
    {
        Run r = cli({ QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("1") });
        QCOMPARE(r.status, 5);
        QVERIFY(r.err.contains("refused"));
        r = cli({ QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--password"),
            QStringLiteral("secret") });
        QCOMPARE(r.status, 64);
        r = cli({ QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--fingerprint"),
            QStringLiteral("MD5:00") });
        QCOMPARE(r.status, 64);
    }
};

QTEST_GUILESS_MAIN(TestConnectCli)
#include "tst_connectcli.moc"
