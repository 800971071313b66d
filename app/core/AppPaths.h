#pragma once

#include <QString>
#include <QStringList>

namespace pbxwarden {

// Where the inventory lives: --db PATH wins, then PBXWARDEN_DB, then the platform's data folder.
QString defaultDatabasePath();
QString resolveDatabasePath(const QString& commandLineValue);

} // namespace pbxwarden
