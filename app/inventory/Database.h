#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pbxwarden::inventory {

// The inventory file: opened with the pragmas every connection needs, checked before anything is
// written, migrated forward (after a copy of the file is taken). A file that is corrupt, locked,
// read-only, not ours, or from a newer version is refused and left exactly as it was.
class Database
{
public:
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    static Result<std::unique_ptr<Database>> open(const QString& path);

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The copy taken before the last migration, if one ran during open().
    QString preMigrationBackup() const { return m_backupPath; }

private:
    Database() = default;

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QSqlDatabase m_db;
};

} // namespace pbxwarden::inventory
