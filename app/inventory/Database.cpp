#include "inventory/Database.h"

#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "inventory/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

namespace pbxwarden::inventory {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("pbxwarden-inventory-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Decides from the bytes on disk alone, before SQLite touches the file.
Status checkFileBeforeOpening(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(dir.absoluteFilePath()))
            return Error { QCoreApplication::translate(
                "Database", "The folder %1 does not exist and could not be created.")
                               .arg(dir.absoluteFilePath()) };
        if (::access(QFile::encodeName(dir.absoluteFilePath()).constData(), W_OK) != 0)
            return Error { QCoreApplication::translate(
                "Database", "The folder %1 is read-only, so the inventory cannot be created there.")
                               .arg(dir.absoluteFilePath()) };
        return {};
    }
    if (!info.isFile())
        return Error { QCoreApplication::translate("Database", "%1 is not a file.").arg(path) };

    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return Error { QCoreApplication::translate("Database", "Cannot read %1.").arg(path) };
    // No write bit at all is a deliberate "read-only", even for root, who could write anyway.
    if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(native.constData(), W_OK) != 0)
        return Error { QCoreApplication::translate("Database",
            "The inventory %1 is read-only. PBX Warden needs to write to it; "
            "make it writable or choose another file with --db.")
                           .arg(path) };
    if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)
        return Error { QCoreApplication::translate(
            "Database", "The folder of %1 is read-only; SQLite needs to write its journal next to the file.")
                           .arg(path) };

    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString())
        };
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error { QCoreApplication::translate("Database",
            "%1 is not an SQLite database, or its first page is damaged. "
            "It was left untouched; restore it from a backup or choose another file.")
                           .arg(path) };
    return {};
}

Result<qint64> pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return Error { query.lastError().text() };
    return query.value(0).toLongLong();
}

} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    const Result<qint64> version = pragmaValue(db, QStringLiteral("user_version"));
    return version ? int(version.value()) : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    // The folder, the file, its -wal/-shm (SQLite gives them the file's mode) and the pre-migration
    // copy hold the fleet's hosts and fingerprints: private from their first byte.
    const PrivateFileScope privateFiles;
    if (const Status pre = checkFileBeforeOpening(path); !pre)
        return Error { pre.error() };

    std::unique_ptr<Database> self(new Database);
    self->m_path = QFileInfo(path).absoluteFilePath();
    self->m_connectionName = nextConnectionName();
    self->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    if (!self->m_db.isValid())
        return Error { QCoreApplication::translate(
            "Database", "The SQLite driver for Qt is missing (package libqt6sql6-sqlite).") };
    self->m_db.setDatabaseName(self->m_path);
    self->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!self->m_db.open())
        return Error { QCoreApplication::translate("Database", "Cannot open %1: %2")
                           .arg(path, self->m_db.lastError().text()) };

    QSqlDatabase& db = self->m_db;
    // Read-only questions first: nothing is written until the file is known to be ours and sound.
    const Result<qint64> appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId)
        return Error { QCoreApplication::translate(
            "Database", "%1 is damaged and cannot be read (%2). It was left untouched.")
                           .arg(path, appId.error()) };
    const Result<qint64> version = pragmaValue(db, QStringLiteral("user_version"));
    const Result<qint64> tables = [&]() -> Result<qint64> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error { q.lastError().text() };
        return q.value(0).toLongLong();
    }();
    if (!version || !tables)
        return Error { QCoreApplication::translate(
            "Database", "%1 is damaged and cannot be read. It was left untouched.")
                           .arg(path) };
    const bool empty = tables.value() == 0 && version.value() == 0;
    if (!empty && appId.value() != kApplicationId)
        return Error { QCoreApplication::translate("Database",
            "%1 is an SQLite database of another program, not a PBX Warden inventory. "
            "It was left untouched.")
                           .arg(path) };
    if (version.value() > kSchemaVersion)
        return Error { QCoreApplication::translate("Database",
            "%1 was written by a newer PBX Warden (inventory version %2; this one knows up to %3). "
            "Update PBX Warden; the file was left untouched.")
                           .arg(path)
                           .arg(version.value())
                           .arg(kSchemaVersion) };
    if (!empty) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != u"ok")
            return Error { QCoreApplication::translate("Database",
                "%1 failed SQLite's integrity check (%2). It was left untouched; "
                "restore it from a backup.")
                               .arg(path,
                                   check.lastError().isValid() ? check.lastError().text()
                                                               : check.value(0).toString()) };
    }

    // A lock held by another program shows up here, before any change is made.
    {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error { QCoreApplication::translate(
                "Database", "%1 is locked by another program (%2). Close it and try again.")
                               .arg(path, lock.lastError().text()) };
        lock.exec(QStringLiteral("ROLLBACK"));
    }

    // The copy is taken before anything changes, even the journal mode. VACUUM INTO reads a
    // consistent snapshot, including pages still in a WAL file, and leaves the source as it is.
    if (!empty && version.value() < kSchemaVersion) {
        self->m_backupPath
            = QStringLiteral("%1.v%2-%3.bak")
                  .arg(self->m_path)
                  .arg(version.value())
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
        QSqlQuery copy(db);
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(self->m_backupPath);
        if (QFile::exists(self->m_backupPath) || !copy.exec())
            return Error { QCoreApplication::translate(
                "Database", "Cannot copy %1 to %2 before upgrading it (%3); nothing was changed.")
                               .arg(path, self->m_backupPath, copy.lastError().text()) };
        qCInfo(lcInventory) << "copied inventory to" << self->m_backupPath << "before migrating";
    }

    QSqlQuery pragmas(db);
    for (const char* pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON" }) {
        if (!pragmas.exec(QLatin1String(pragma)))
            return Error { QCoreApplication::translate("Database", "Cannot prepare %1: %2")
                               .arg(path, pragmas.lastError().text()) };
    }

    if (version.value() < kSchemaVersion) {
        if (const Status migrated = migrate(db, int(version.value())); !migrated)
            return Error { migrated.error() };
    }
    return self;
}

} // namespace pbxwarden::inventory
