#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "inventory/Migrations.h"
#include "secrets/BlockingSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LegacySecrets.h"
#include "secrets/SecretKey.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pbxwarden;
using namespace pbxwarden::secrets;

namespace {

// The keychain, except that writing one value fails (as a locked or full keyring would).
class FailingWrites : public SecretStore
{
public:
    FailingWrites(SecretStore& inner, QString refused)
        : m_inner(inner)
        , m_refused(std::move(refused))
    {
    }
    void write(const QString& key, const QString& secret, DoneCallback done) override
    {
        if (secret == m_refused)
            return done(Error { QStringLiteral("the keyring is full") });
        m_inner.write(key, secret, std::move(done));
    }
    void read(const QString& key, ReadCallback done) override { m_inner.read(key, std::move(done)); }
    void remove(const QString& key, DoneCallback done) override { m_inner.remove(key, std::move(done)); }
    bool persistent() const override { return true; }
    QString description() const override { return {}; }

private:
    SecretStore& m_inner;
    QString m_refused;
};

} // namespace

// Runs against a real gnome-keyring in a private D-Bus session (tests/run-suite.sh starts it).
class TestKeychain : public QObject
{
    Q_OBJECT
    QString m_service
        = QStringLiteral("pbxwarden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    static PbxRecord identified(qint64 id)
    {
        PbxRecord p;
        p.id = id;
        p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.inventoryUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return p;
    }

    static PbxRecord sample(const QString& name)
    {
        PbxRecord p;
        p.name = name;
        p.host = QStringLiteral("192.0.2.10");
        p.sshAuth = SshAuth::Password;
        return p;
    }

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
        const PbxRecord pbx = identified(7);
        const QString key = secretKey(pbx, SecretPurpose::AmiSecret);
        QCOMPARE(key, QStringLiteral("inv/%1/pbx/%2/ami-secret").arg(pbx.inventoryUuid, pbx.uuid));
        const QString value = QStringLiteral("Tr0ub4dor&3 ünïcødé");
        QVERIFY(writeAndWait(store, key, value).ok());
        auto read = readAndWait(store, key);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read->found);
        QCOMPARE(read->value, value);

        // Keys are per PBX and per purpose: the neighbour is not found.
        auto other = readAndWait(store, secretKey(pbx, SecretPurpose::SshPassword));
        QVERIFY(other.ok());
        QVERIFY(!other->found);
        PbxRecord otherPbx = identified(7);
        otherPbx.inventoryUuid = pbx.inventoryUuid;
        QVERIFY(!readAndWait(store, secretKey(otherPbx, SecretPurpose::AmiSecret))->found);

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
        const QString key = secretKey(identified(1), SecretPurpose::SshPassword);
        QVERIFY(writeAndWait(a, key, QStringLiteral("only-in-a")).ok());
        QVERIFY(!readAndWait(b, key)->found);
        QVERIFY(removeAndWait(a, key).ok());
    }

    // Two inventory files (--db) each have a PBX at row id 1: neither sees the other's secret.
    void twoInventoriesNeverShareSecrets()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(m_service);
        auto a = inventory::Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        auto b = inventory::Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(a.ok() && b.ok());
        inventory::InventoryRepository repoA(*a.value());
        inventory::InventoryRepository repoB(*b.value());
        const auto idA = repoA.addPbx(sample(QStringLiteral("customer-a")));
        const auto idB = repoB.addPbx(sample(QStringLiteral("customer-b")));
        QVERIFY(idA.ok() && idB.ok());
        QCOMPARE(idA.value(), idB.value()); // the same row id: the old keys were the same
        const PbxRecord pbxA = repoA.pbx(idA.value()).value();
        const PbxRecord pbxB = repoB.pbx(idB.value()).value();
        QVERIFY(
            writeAndWait(store, secretKey(pbxA, SecretPurpose::SshPassword), QStringLiteral("secret-of-a"))
                .ok());
        const auto seenByB = readAndWait(store, secretKey(pbxB, SecretPurpose::SshPassword));
        QVERIFY(seenByB.ok());
        QVERIFY(!seenByB->found);
        QCOMPARE(readAndWait(store, secretKey(pbxA, SecretPurpose::SshPassword))->value,
            QStringLiteral("secret-of-a"));
        QVERIFY(removeAndWait(store, secretKey(pbxA, SecretPurpose::SshPassword)).ok());
    }

    // A removed PBX whose secret could not be deleted: SQLite gives its row id to the next PBX, which
    // must not get that secret.
    void aNewPbxNeverGetsARemovedPbxsSecret()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(m_service);
        auto db = inventory::Database::open(dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY(db.ok());
        inventory::InventoryRepository repo(*db.value());
        const auto first = repo.addPbx(sample(QStringLiteral("old-customer")));
        QVERIFY(first.ok());
        const PbxRecord old = repo.pbx(first.value()).value();
        QVERIFY(
            writeAndWait(store, secretKey(old, SecretPurpose::SshPassword), QStringLiteral("old-password"))
                .ok());
        QVERIFY(repo.removePbx(old.id).ok()); // and the keychain delete "failed": the entry stays
        const auto second = repo.addPbx(sample(QStringLiteral("new-customer")));
        QVERIFY(second.ok());
        QCOMPARE(second.value(), old.id);
        const PbxRecord fresh = repo.pbx(second.value()).value();
        QVERIFY(fresh.uuid != old.uuid);
        QVERIFY(!readAndWait(store, secretKey(fresh, SecretPurpose::SshPassword))->found);
        QVERIFY(removeAndWait(store, secretKey(old, SecretPurpose::SshPassword)).ok());
        // A record without identities names nothing: refused, never one shared entry.
        QVERIFY(secretKey(sample(QStringLiteral("x")), SecretPurpose::SshPassword).isEmpty());
        QVERIFY(!writeAndWait(store, QString(), QStringLiteral("v")).ok());
    }

    // An inventory from before schema 4: its entries move to the identity names (read old, write new,
    // delete old); one that cannot be written is reported and its old entry kept.
    void migrationMovesLegacyEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QVERIFY(inventory::migrate(old, 0, 3).ok());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO pbxs(id, name, host, ssh_auth) VALUES (1, 'one', '10.0.0.1', 'password')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO pbxs(id, name, host, ssh_auth) VALUES (2, 'two', '10.0.0.2', 'password')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        KeychainSecretStore store(m_service);
        QVERIFY(writeAndWait(store, legacySecretKey(1, SecretPurpose::SshPassword), QStringLiteral("pw-one"))
                    .ok());
        QVERIFY(writeAndWait(store, legacySecretKey(1, SecretPurpose::AmiSecret), QStringLiteral("ami-one"))
                    .ok());
        QVERIFY(writeAndWait(store, legacySecretKey(2, SecretPurpose::SshPassword), QStringLiteral("pw-two"))
                    .ok());

        auto db = inventory::Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        inventory::InventoryRepository repo(*db.value());
        const auto pending = repo.pbxsWithLegacySecrets();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);

        // A store that cannot write PBX two's entry: reported, its old entry kept, tried again later.
        FailingWrites failing(store, QStringLiteral("pw-two"));
        const LegacyMoveOutcome first = moveLegacySecretsAndWait(failing, pending.value());
        QCOMPARE(first.moved, 2);
        QCOMPARE(first.finished, QList<qint64> { 1 });
        QCOMPARE(first.problems.size(), 1);
        QVERIFY2(first.problems.first().startsWith(QStringLiteral("two: SSH password: ")),
            qPrintable(first.problems.first()));
        QVERIFY(repo.forgetLegacySecrets(first.finished).ok());
        const PbxRecord one = repo.pbxByName(QStringLiteral("one")).value();
        const PbxRecord two = repo.pbxByName(QStringLiteral("two")).value();
        QCOMPARE(
            readAndWait(store, secretKey(one, SecretPurpose::SshPassword))->value, QStringLiteral("pw-one"));
        QCOMPARE(
            readAndWait(store, secretKey(one, SecretPurpose::AmiSecret))->value, QStringLiteral("ami-one"));
        QVERIFY(!readAndWait(store, legacySecretKey(1, SecretPurpose::SshPassword))->found);
        QVERIFY(!readAndWait(store, legacySecretKey(1, SecretPurpose::AmiSecret))->found);
        QCOMPARE(readAndWait(store, legacySecretKey(2, SecretPurpose::SshPassword))->value,
            QStringLiteral("pw-two"));
        QVERIFY(!readAndWait(store, secretKey(two, SecretPurpose::SshPassword))->found);

        // The next start moves what is left.
        const auto left = repo.pbxsWithLegacySecrets();
        QCOMPARE(left->size(), 1);
        const LegacyMoveOutcome second = moveLegacySecretsAndWait(store, left.value());
        QVERIFY(second.problems.isEmpty());
        QCOMPARE(second.finished, QList<qint64> { 2 });
        QVERIFY(repo.forgetLegacySecrets(second.finished).ok());
        QCOMPARE(
            readAndWait(store, secretKey(two, SecretPurpose::SshPassword))->value, QStringLiteral("pw-two"));
        QVERIFY(!readAndWait(store, legacySecretKey(2, SecretPurpose::SshPassword))->found);
        QVERIFY(repo.pbxsWithLegacySecrets()->isEmpty());
        for (const PbxRecord& p : { one, two }) {
            for (SecretPurpose purpose : allPurposes())
                QVERIFY(removeAndWait(store, secretKey(p, purpose)).ok());
        }
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
