#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace pbxwarden;
using namespace pbxwarden::secrets;

// Runs against a real gnome-keyring in a private D-Bus session (tests/run-suite.sh starts it).
class TestKeychain : public QObject
{
    Q_OBJECT
    QString m_service
        = QStringLiteral("pbxwarden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test through tests/run-suite.sh, which starts gnome-keyring.");
        KeychainSecretStore store(m_service);
        bool done = false;
        KeychainProbe probe;
        store.probe([&](KeychainProbe p) {
            probe = p;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(probe.usable, qPrintable(probe.message));
    }

    void writeReadDelete()
    {
        KeychainSecretStore store(m_service);
        const QString key = secretKey(7, SecretPurpose::AmiSecret);
        QCOMPARE(key, QStringLiteral("pbx/7/ami-secret"));
        const QString value = QStringLiteral("Tr0ub4dor&3 ünïcødé");
        QVERIFY(writeAndWait(store, key, value).ok());
        auto read = readAndWait(store, key);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read->found);
        QCOMPARE(read->value, value);

        // Keys are per PBX and per purpose: the neighbour is not found.
        auto other = readAndWait(store, secretKey(7, SecretPurpose::SshPassword));
        QVERIFY(other.ok());
        QVERIFY(!other->found);
        auto otherPbx = readAndWait(store, secretKey(8, SecretPurpose::AmiSecret));
        QVERIFY(!otherPbx->found);

        QVERIFY(writeAndWait(store, key, QStringLiteral("second")).ok());
        QCOMPARE(readAndWait(store, key)->value, QStringLiteral("second"));

        QVERIFY(removeAndWait(store, key).ok());
        QVERIFY(!readAndWait(store, key)->found);
        QVERIFY(removeAndWait(store, key).ok()); // removing twice is fine
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore a(m_service);
        KeychainSecretStore b(m_service + QStringLiteral("-other"));
        const QString key = secretKey(1, SecretPurpose::SshPassword);
        QVERIFY(writeAndWait(a, key, QStringLiteral("only-in-a")).ok());
        QVERIFY(!readAndWait(b, key)->found);
        QVERIFY(removeAndWait(a, key).ok());
    }

    void sessionStoreForgets()
    {
        auto* store = new SessionSecretStore;
        QVERIFY(!store->persistent());
        QVERIFY(writeAndWait(*store, QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(readAndWait(*store, QStringLiteral("k"))->value, QStringLiteral("v"));
        QVERIFY(removeAndWait(*store, QStringLiteral("k")).ok());
        QVERIFY(!readAndWait(*store, QStringLiteral("k"))->found);
        delete store;
        SessionSecretStore fresh;
        QVERIFY(!readAndWait(fresh, QStringLiteral("k"))->found);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
