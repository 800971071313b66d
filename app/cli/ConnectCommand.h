#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// pbxwarden-cli connect: log in to one PBX (or inventory PBXs) and run the read-only first probe.
int runConnect(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
