#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// pbxwarden-cli audit: audit PBXs of the inventory (or one host, or a saved fact bundle) against
// the 14 practices; exit 0 when nothing worse than low was found, 2 when medium or worse, 1 on error.
int runAudit(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
