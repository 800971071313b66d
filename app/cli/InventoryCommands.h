#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

int runInventory(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
