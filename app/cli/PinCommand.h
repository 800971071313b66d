#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// pbxwarden-cli pin NAME --fingerprint SHA256:...: re-pins an inventory PBX's host key after it was
// changed on purpose (reinstall, new keys), without removing the PBX and its secrets.
int runPin(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
