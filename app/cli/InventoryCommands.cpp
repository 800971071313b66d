#include "cli/InventoryCommands.h"

#include "cli/CliContext.h"

namespace pbxwarden::cli {

int runInventory(CliContext& ctx, const QStringList&)
{
    return ctx.fail(QStringLiteral("inventory: not built yet"));
}

} // namespace pbxwarden::cli
