#include "ssh/SftpClient.h"
#include "ssh/SshSession.h"
#include "tst_labhosts.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::ssh;
using labtest::LabHosts;

class TestSftp : public QObject
{
    Q_OBJECT

private:
    labtest::LabHost host() const { return LabHosts::instance().first(); }
    QString dir() const { return LabHosts::instance().scratchDir(); }

    bool openRoot(SshSession& session, CancelTokenPtr token = {})
    {
        const labtest::LabHost h = host();
        SshTarget t;
        t.host = h.address;
        t.port = h.port;
        t.user = QStringLiteral("root");
        t.pinnedFingerprint = h.fingerprint;
        Credentials c;
        c.method = SshAuth::KeyFile;
        c.keyPath = LabHosts::instance().rootKeyAccount(h).keyPath;
        session.setCancelToken(std::move(token));
        const Status st = session.open(t, c);
        if (!st)
            qWarning("%s", qPrintable(st.error()));
        return st.ok();
    }
    QByteArray shell(const QString& script)
    {
        QByteArray out;
        LabHosts::instance().hostShell(host(), script, &out);
        return out;
    }
    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LabHosts::instance().ready())
            QFAIL(qPrintable(LabHosts::instance().error()));
        shell(QStringLiteral("rm -rf '%1' && mkdir -p '%1'").arg(dir()));
    }

    void readMissingFileIsReadable()
    {
        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        Result<QByteArray> r = sftp.readFile(dir() + QStringLiteral("/does-not-exist.conf"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("no such file")), qPrintable(r.error()));
        QVERIFY(!sftp.readFile(QStringLiteral("relative/path")));
    }

    void readIsCapped()
    {
        shell(QStringLiteral("head -c 100000 /dev/zero > '%1/big'").arg(dir()));
        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        QVERIFY(!sftp.readFile(dir() + QStringLiteral("/big"), 1000));
        Result<QByteArray> r = sftp.readFile(dir() + QStringLiteral("/big"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 100000);
    }

    void newFileRoundTrip()
    {
        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        const QString path = dir() + QStringLiteral("/new.conf");
        const QByteArray data = randomBytes(3 * 1024 * 1024);
        const Status st = sftp.writeFileAtomic(path, data, 0640);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Result<QByteArray> back = sftp.readFile(path);
        QVERIFY(back.ok());
        QVERIFY(back.value() == data);
        QCOMPARE(shell(QStringLiteral("stat -c '%a' '%1'").arg(path)).trimmed(), QByteArray("640"));
        const QByteArray remoteSum = shell(QStringLiteral("sha256sum '%1'").arg(path)).left(64);
        QCOMPARE(remoteSum, QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    void replacementKeepsOwnerGroupAndMode()
    {
        const QString path = dir() + QStringLiteral("/pjsip.conf");
        shell(QStringLiteral("printf 'old\\n' > '%1' && chown nobody:nogroup '%1' && chmod 0604 '%1'")
                  .arg(path));
        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        const Status st = sftp.writeFileAtomic(path, QByteArray("[transport-udp]\ntype=transport\n"));
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(shell(QStringLiteral("stat -c '%a %U %G' '%1'").arg(path)).trimmed(),
            QByteArray("604 nobody nogroup"));
        QCOMPARE(
            shell(QStringLiteral("cat '%1'").arg(path)), QByteArray("[transport-udp]\ntype=transport\n"));
        QCOMPARE(shell(QStringLiteral("ls -a '%1' | grep -c pbxwarden-tmp").arg(dir())).trimmed(),
            QByteArray("0"));
    }

    void droppedConnectionLeavesOriginalIntact()
    {
        const QString path = dir() + QStringLiteral("/extensions.conf");
        const QByteArray original("[default]\nexten => s,1,Hangup()\n");
        shell(QStringLiteral("printf '[default]\\nexten => s,1,Hangup()\\n' > '%1' && chmod 0640 '%1'")
                  .arg(path));
        {
            auto token = std::make_shared<CancelToken>();
            SshSession session;
            QVERIFY(openRoot(session, token));
            SftpClient sftp(session);
            // The connection is cut (socket shut down) after the first MiB went out.
            const Status st = sftp.writeFileAtomic(
                path, randomBytes(16 * 1024 * 1024), 0644, [token](qint64 done, qint64) {
                    if (done >= 1024 * 1024)
                        token->cancel();
                });
            QVERIFY(!st);
            QVERIFY2(st.error().contains(QLatin1String("cancelled")), qPrintable(st.error()));
        }
        QCOMPARE(shell(QStringLiteral("cat '%1'").arg(path)), original);
        const QByteArray leftovers
            = shell(QStringLiteral("ls -a '%1' | grep -c '^.extensions.conf.pbxwarden-tmp-'").arg(dir()))
                  .trimmed();
        QCOMPARE(leftovers, QByteArray("1"));

        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        const QByteArray replacement("[default]\nexten => s,1,Answer()\n");
        const Status st = sftp.writeFileAtomic(path, replacement);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(shell(QStringLiteral("cat '%1'").arg(path)), replacement);
        QCOMPARE(shell(QStringLiteral("stat -c '%a' '%1'").arg(path)).trimmed(), QByteArray("640"));
        QCOMPARE(shell(QStringLiteral("ls -a '%1' | grep -c pbxwarden-tmp").arg(dir())).trimmed(),
            QByteArray("0"));
    }

    void refusesToReplaceAFolder()
    {
        shell(QStringLiteral("mkdir -p '%1/folder'").arg(dir()));
        SshSession session;
        QVERIFY(openRoot(session));
        SftpClient sftp(session);
        const Status st = sftp.writeFileAtomic(dir() + QStringLiteral("/folder"), QByteArray("x"));
        QVERIFY(!st);
        QVERIFY2(st.error().contains(QLatin1String("not a regular file")), qPrintable(st.error()));
    }

    void cleanupTestCase() { shell(QStringLiteral("rm -rf '%1'").arg(dir())); }
};

QTEST_GUILESS_MAIN(TestSftp)
#include "tst_sftp.moc"
