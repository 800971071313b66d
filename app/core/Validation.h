#pragma once

#include "core/PbxRecord.h"

#include <QString>
#include <QStringList>

namespace pbxwarden {

bool isValidHost(const QString& host);
bool isValidPort(int port);

// Every problem of a record that is knowable without the database, translated, one per entry.
// Empty when the record is fine.
QStringList validatePbx(const PbxRecord& pbx);

} // namespace pbxwarden
