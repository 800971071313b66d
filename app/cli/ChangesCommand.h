#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// pbxwarden-cli changes list|show|undo: the change history kept in the inventory, and undo of a
// committed change on its PBX.
int runChanges(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
