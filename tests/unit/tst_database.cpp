#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "inventory/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pbxwarden;
using namespace pbxwarden::inventory;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Builds a file the way an older build would have left it: only the migrations up to `version`.
void createAtVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(migrate(db, 0, version).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pbxs(name, host) VALUES ('legacy', '10.0.0.1')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/inv.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), kApplicationId);
        QVERIFY(db.value()->preMigrationBackup().isEmpty());
    }

    void filesArePrivateFromTheStart()
    {
        // Issue 11 item 9: the inventory holds the fleet; a usual umask 022 must not make it world-readable.
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-folder/inv.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            InventoryRepository repo(*db.value());
            PbxRecord pbx;
            pbx.name = QStringLiteral("p");
            pbx.host = QStringLiteral("192.0.2.1");
            QVERIFY(repo.addPbx(pbx).ok());
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("new-folder"))), mode_t(0700));
            for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
                QVERIFY2(QFile::exists(path + suffix), qPrintable(path + suffix));
                QCOMPARE(modeOf(path + suffix), mode_t(0600));
            }
        }
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        createAtVersion(old, 1);
        auto migrated = Database::open(old);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QVERIFY(!migrated.value()->preMigrationBackup().isEmpty());
        QCOMPARE(modeOf(migrated.value()->preMigrationBackup()), mode_t(0600));
        // The process keeps its own umask outside the inventory's creation.
        QCOMPARE(::umask(previous), mode_t(022));
    }

    void migratesOldFileAfterCopyingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        createAtVersion(path, 1);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), kSchemaVersion);
        const QString backup = db.value()->preMigrationBackup();
        QVERIFY(!backup.isEmpty());
        {
            // The copy is the old file as it was: version 1, with its row, without migration 2's columns.
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(backup);
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT host FROM pbxs WHERE name = 'legacy'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("10.0.0.1"));
            QVERIFY(!q.exec(QStringLiteral("SELECT last_check_state FROM pbxs")));
            q.finish();
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        InventoryRepository repo(*db.value());
        const auto legacy = repo.pbxByName(QStringLiteral("legacy"));
        QVERIFY2(legacy.ok(), qPrintable(legacy.error()));
        QCOMPARE(legacy->host, QStringLiteral("10.0.0.1"));
        // The column added by migration 2 is there and writable.
        QVERIFY(
            repo.recordCheck(legacy->id, { QStringLiteral("ok"), QDateTime::currentDateTimeUtc(), {} }).ok());
    }

    // Schema 4: the inventory and each existing PBX get random identities, and the PBXs are listed
    // for the keychain move (issue 11.2).
    void migrationGivesIdentities()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        createAtVersion(path, 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pbxs(name, host) VALUES ('second', '10.0.0.2')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        InventoryRepository repo(*db.value());
        const auto inventory = repo.inventoryUuid();
        QVERIFY2(inventory.ok(), qPrintable(inventory.error()));
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(inventory.value()).hasMatch(), qPrintable(inventory.value()));
        const auto pbxs = repo.pbxs();
        QVERIFY(pbxs.ok());
        QCOMPARE(pbxs->size(), 2);
        QVERIFY2(uuid.match(pbxs->at(0).uuid).hasMatch(), qPrintable(pbxs->at(0).uuid));
        QVERIFY(pbxs->at(0).uuid != pbxs->at(1).uuid);
        QCOMPARE(pbxs->at(0).inventoryUuid, inventory.value());
        const auto pending = repo.pbxsWithLegacySecrets();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        QVERIFY(repo.forgetLegacySecrets({ pending->at(0).id }).ok());
        QCOMPARE(repo.pbxsWithLegacySecrets()->size(), 1);

        // A new file has an identity of its own and nothing to move.
        auto fresh = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
        QVERIFY(fresh.ok());
        InventoryRepository freshRepo(*fresh.value());
        QVERIFY(uuid.match(freshRepo.inventoryUuid().value()).hasMatch());
        QVERIFY(freshRepo.inventoryUuid().value() != inventory.value());
        PbxRecord p;
        p.name = QStringLiteral("n");
        p.host = QStringLiteral("192.0.2.1");
        QVERIFY(freshRepo.addPbx(p).ok());
        QVERIFY(freshRepo.pbxsWithLegacySecrets()->isEmpty());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("this is not a database at all, just text\n").repeated(10)
                                 << QStringLiteral("not an SQLite database");
        QByteArray truncatedHeader("SQLite format 3");
        QTest::newRow("short") << truncatedHeader << QStringLiteral("not an SQLite database");
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
        QCOMPARE(digest(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesCorruptPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            InventoryRepository repo(*db.value());
            for (int i = 0; i < 200; ++i) {
                PbxRecord p;
                p.name = QStringLiteral("pbx-%1").arg(i);
                p.host = QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 1);
                p.notes = QString(300, QLatin1Char('n'));
                QVERIFY(repo.addPbx(p).ok());
            }
            QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        // Wipe whole pages in the middle of the file, where the PBX rows live.
        const qint64 pages = f.size() / 4096;
        f.seek((pages / 2) * 4096);
        f.write(QByteArray(2 * 4096, '\xA5'));
        f.close();
        const QByteArray damaged = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("untouched")), qPrintable(db.error()));
        QCOMPARE(digest(path), damaged);
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 5)));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
        QCOMPARE(digest(path), before);
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("another program")), qPrintable(db.error()));
        QCOMPARE(digest(path), before);
    }

    void refusesReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("read-only")), qPrintable(db.error()));
        QCOMPARE(digest(path), before);
    }

    void fullDiskLosesNothing()
    {
        // A real full file system: a 256 KiB tmpfs of our own (needs root; the suite runs as root).
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::mount("pbxwarden-full", mountPoint.constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP("cannot mount a tmpfs here");
        struct Unmount
        {
            QByteArray path;
            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount { mountPoint };

        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        int saved = 0;
        QString failure;
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            InventoryRepository repo(*db.value());
            for (int i = 0; i < 5000 && failure.isEmpty(); ++i) {
                PbxRecord p;
                p.name = QStringLiteral("pbx-%1").arg(i);
                p.host = QStringLiteral("192.0.2.1");
                p.notes = QString(2000, QLatin1Char('x'));
                const auto id = repo.addPbx(p);
                if (id.ok())
                    ++saved;
                else
                    failure = id.error();
            }
        }
        QVERIFY2(!failure.isEmpty(), "the disk never filled up");
        QVERIFY2(failure.contains(QLatin1String("disk is full")), qPrintable(failure));
        QVERIFY(saved > 0);
        // Everything that was reported saved is still there and the file is sound, once there is
        // room again (a remount keeps the contents).
        QVERIFY(::mount("pbxwarden-full", mountPoint.constData(), "tmpfs", MS_REMOUNT, "size=8m") == 0);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        InventoryRepository repo(*db.value());
        QCOMPARE(int(repo.pbxs().value().size()), saved);
        QCOMPARE(repo.pbxByName(QStringLiteral("pbx-%1").arg(saved - 1))->host, QStringLiteral("192.0.2.1"));
    }

    void refusesLockedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.sqlite"));
        auto first = Database::open(path);
        QVERIFY(first.ok());
        QSqlQuery hold(first.value()->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto second = Database::open(path);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QLatin1String("locked")), qPrintable(second.error()));
        hold.exec(QStringLiteral("ROLLBACK"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
