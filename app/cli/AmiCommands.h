#pragma once

#include <QStringList>

namespace pbxwarden::cli {
class CliContext;

// ami-parse FILE [--json]: the frames of a saved AMI byte stream.
int runAmiParse(CliContext& ctx, const QStringList& args);
// ami --host H | NAME ... ACTION [Key: Value]...: one action on a live AMI session.
int runAmi(CliContext& ctx, const QStringList& args);

} // namespace pbxwarden::cli
