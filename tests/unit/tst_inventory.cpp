#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden;
using namespace pbxwarden::inventory;

namespace {

PbxRecord sample(const QString& name)
{
    PbxRecord p;
    p.name = name;
    p.customer = QStringLiteral("Acme Dental");
    p.site = QStringLiteral("Main office");
    p.tags = { QStringLiteral("freepbx"), QStringLiteral("prod") };
    p.host = QStringLiteral("pbx1.acme.example");
    p.sshPort = 2222;
    p.sshUser = QStringLiteral("admin");
    p.sshAuth = SshAuth::KeyFile;
    p.sshKeyPath = QStringLiteral("/home/me/.ssh/id_ed25519");
    p.amiPort = 5039;
    p.amiUser = QStringLiteral("warden");
    p.amiTls = true;
    p.notes = QStringLiteral("Front desk; ask for Dana");
    return p;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryRepository> m_repo;

private Q_SLOTS:
    void init()
    {
        m_repo.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("inv.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("inv.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db.value());
        m_repo = std::make_unique<InventoryRepository>(*m_db);
    }

    void addReadBack()
    {
        const auto id = m_repo->addPbx(sample(QStringLiteral("acme-main")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto read = m_repo->pbx(id.value());
        QVERIFY(read.ok());
        PbxRecord expected = sample(QStringLiteral("acme-main"));
        expected.id = id.value();
        QCOMPARE(read.value(), expected);
        QVERIFY(read->createdAt.isValid());
        QCOMPARE(m_repo->customers().value(), QStringList { QStringLiteral("Acme Dental") });
        QCOMPARE(m_repo->sites().value().size(), 1);
    }

    // Each PBX gets its own random identity when added (a duplicated record too); an edit keeps it,
    // and a PBX added after a removal never gets the removed one's, even with its row id (issue 11.2).
    void everyPbxGetsItsOwnIdentity()
    {
        const auto first = m_repo->addPbx(sample(QStringLiteral("acme-main")));
        QVERIFY(first.ok());
        PbxRecord stored = m_repo->pbx(first.value()).value();
        QCOMPARE(stored.uuid.size(), 36);
        QCOMPARE(stored.inventoryUuid, m_repo->inventoryUuid().value());
        PbxRecord copy = stored;
        copy.name = QStringLiteral("acme-copy");
        const auto second = m_repo->addPbx(copy);
        QVERIFY(second.ok());
        const QString secondUuid = m_repo->pbx(second.value())->uuid;
        QVERIFY(secondUuid != stored.uuid);
        stored.notes = QStringLiteral("edited");
        QVERIFY(m_repo->updatePbx(stored).ok());
        QCOMPARE(m_repo->pbx(stored.id)->uuid, stored.uuid);
        QVERIFY(m_repo->removePbx(second.value()).ok());
        const auto third = m_repo->addPbx(sample(QStringLiteral("acme-third")));
        QVERIFY(third.ok());
        QCOMPARE(third.value(), second.value());
        QVERIFY(m_repo->pbx(third.value())->uuid != secondUuid);
    }

    void constraintErrorsBecomeMessages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate name (other case)")
            << QStringLiteral("dup") << QStringLiteral("already exists");
        QTest::newRow("empty name") << QStringLiteral("name") << QStringLiteral("name is required");
        QTest::newRow("bad host") << QStringLiteral("host") << QStringLiteral("neither a host name");
        QTest::newRow("port zero") << QStringLiteral("port") << QStringLiteral("SSH port");
        QTest::newRow("site without customer") << QStringLiteral("site") << QStringLiteral("customer");
        QTest::newRow("key auth without key") << QStringLiteral("key") << QStringLiteral("private key");
    }
    void constraintErrorsBecomeMessages()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        QVERIFY(m_repo->addPbx(sample(QStringLiteral("acme-main"))).ok());
        PbxRecord p = sample(QStringLiteral("other"));
        if (field == u"dup")
            p.name = QStringLiteral("ACME-MAIN");
        else if (field == u"name")
            p.name = QStringLiteral("   ");
        else if (field == u"host")
            p.host = QStringLiteral("bad host!");
        else if (field == u"port")
            p.sshPort = 0;
        else if (field == u"site")
            p.customer.clear();
        else if (field == u"key")
            p.sshKeyPath.clear();
        const auto id = m_repo->addPbx(p);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(message), qPrintable(id.error()));
        QCOMPARE(m_repo->pbxs().value().size(), 1);
    }

    void updateLogsWhatChanged()
    {
        const qint64 id = m_repo->addPbx(sample(QStringLiteral("acme-main"))).value();
        PbxRecord p = m_repo->pbx(id).value();
        p.host = QStringLiteral("192.0.2.10");
        p.tags = { QStringLiteral("prod") };
        p.site = QStringLiteral("Branch");
        QVERIFY(m_repo->updatePbx(p).ok());
        const PbxRecord after = m_repo->pbx(id).value();
        QCOMPARE(after.host, QStringLiteral("192.0.2.10"));
        QCOMPARE(after.tags, QStringList { QStringLiteral("prod") });
        QCOMPARE(after.site, QStringLiteral("Branch"));
        const auto log = m_repo->activity(10, id).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.first().action, QStringLiteral("pbx.edit"));
        const QString said = describeActivity(log.first());
        QVERIFY2(said.contains(QLatin1String("address")), qPrintable(said));
        QVERIFY(said.contains(QLatin1String("tags")));
        QVERIFY(said.contains(QLatin1String("customer/site")));
        QVERIFY(!said.contains(QLatin1String("notes")));
    }

    void renameToTakenNameRefused()
    {
        QVERIFY(m_repo->addPbx(sample(QStringLiteral("one"))).ok());
        const qint64 two = m_repo->addPbx(sample(QStringLiteral("two"))).value();
        PbxRecord p = m_repo->pbx(two).value();
        p.name = QStringLiteral("One");
        const Status s = m_repo->updatePbx(p);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("already exists")), qPrintable(s.error()));
        QCOMPARE(m_repo->pbx(two)->name, QStringLiteral("two"));
    }

    void removeCascadesTagsAndKeepsLog()
    {
        const qint64 id = m_repo->addPbx(sample(QStringLiteral("gone"))).value();
        QVERIFY(m_repo->removePbx(id).ok());
        QVERIFY(!m_repo->pbx(id).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pbx_tags")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto log = m_repo->activity(10, id).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.first().action, QStringLiteral("pbx.remove"));
        QVERIFY(!m_repo->removePbx(id).ok());
    }

    void customerWithPbxsCannotBeRemoved()
    {
        QVERIFY(m_repo->addPbx(sample(QStringLiteral("x"))).ok());
        const Status s = m_repo->removeCustomer(QStringLiteral("acme dental"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QLatin1String("still has PBXs")));
        QVERIFY(m_repo->addCustomer(QStringLiteral("Empty Co")).ok());
        QVERIFY(!m_repo->addCustomer(QStringLiteral("EMPTY CO")).ok());
        QVERIFY(m_repo->removeCustomer(QStringLiteral("Empty Co")).ok());
    }

    void batchIsAllOrNothing()
    {
        QList<PbxRecord> list { sample(QStringLiteral("b1")), sample(QStringLiteral("b2")),
            sample(QStringLiteral("b1")) };
        const auto ids = m_repo->addPbxs(list, QStringLiteral("pbx.import"));
        QVERIFY(!ids.ok());
        QVERIFY(m_repo->pbxs().value().isEmpty());
        list.removeLast();
        QCOMPARE(m_repo->addPbxs(list, QStringLiteral("pbx.import")).value().size(), 2);
    }

    void activityIsPutIntoWordsWhenShown()
    {
        QVERIFY(m_repo
                    ->logActivity(0, QStringLiteral("x"), QStringLiteral("check.connection"),
                        { { QStringLiteral("state"), QStringLiteral("failed") },
                            { QStringLiteral("detail"), QStringLiteral("timed out") } })
                    .ok());
        // A line written by a newer build, or by hand, keeps its own words.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO activity_log(action, detail) VALUES ('future.thing', 'plain words')")));
        const auto log = m_repo->activity(2).value();
        QCOMPARE(describeActivity(log.at(0)), QStringLiteral("plain words"));
        QCOMPARE(describeActivity(log.at(1)), QStringLiteral("Connection check failed: timed out"));
    }

    void pinHostKeyIsLogged()
    {
        const qint64 id = m_repo->addPbx(sample(QStringLiteral("k"))).value();
        QVERIFY(m_repo->pinHostKey(id, QStringLiteral("SHA256:aaaa")).ok());
        QVERIFY(m_repo->pinHostKey(id, QStringLiteral("SHA256:bbbb")).ok());
        QCOMPARE(m_repo->pbx(id)->hostKeyFingerprint, QStringLiteral("SHA256:bbbb"));
        const auto log = m_repo->activity(2, id).value();
        QVERIFY(describeActivity(log.first()).contains(QLatin1String("from SHA256:aaaa to SHA256:bbbb")));
        QVERIFY(describeActivity(log.at(1)).startsWith(QLatin1String("Pinned SSH host key SHA256:aaaa")));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
