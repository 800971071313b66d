#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// pbxwarden-cli harden: plans the hardening fixes for PBXs of the inventory from a fresh collection
// and prints them (diffs, commands, risks) with --plan, or applies them through the change engine with
// --apply; exit 0 when every plan was printed or applied, 2 when one was rolled back, 1 on error.
int runHarden(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
