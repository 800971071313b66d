#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::secrets;

// Registered with a D-Bus address that leads nowhere: the keychain must fail in plain words.
class TestNoKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeSaysWhy()
    {
        KeychainSecretStore store(QStringLiteral("pbxwarden-nokeyring-test"));
        bool done = false;
        KeychainProbe probe;
        store.probe([&](KeychainProbe p) {
            probe = p;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!probe.usable);
        QVERIFY(!probe.message.isEmpty());
        QVERIFY2(probe.message.contains(QLatin1String("keychain"), Qt::CaseInsensitive),
            qPrintable(probe.message));
    }

    void writeFailsAndReadDoesNotPretend()
    {
        KeychainSecretStore store(QStringLiteral("pbxwarden-nokeyring-test"));
        const Status written = writeAndWait(store, QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!written.ok());
        const auto read = readAndWait(store, QStringLiteral("k"));
        QVERIFY(!read.ok() || !read->found);
    }
};

QTEST_GUILESS_MAIN(TestNoKeyring)
#include "tst_nokeyring.moc"
