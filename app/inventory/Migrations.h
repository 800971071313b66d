#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace pbxwarden::inventory {

// Schema version this build writes. Bump it with a new entry in Migrations.cpp, never edit an old one.
inline constexpr int kSchemaVersion = 5;
// PRAGMA application_id of an inventory file: "PBXW".
inline constexpr qint64 kApplicationId = 0x50425857;

// Runs the migrations from `fromVersion` up to `toVersion` in one transaction.
Status migrate(QSqlDatabase& db, int fromVersion, int toVersion = kSchemaVersion);

} // namespace pbxwarden::inventory
