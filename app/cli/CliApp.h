#pragma once

namespace pbxwarden::cli {

// The whole of pbxwarden-cli; main() only forwards to it. Needs a QCoreApplication to exist.
int runCli(int argc, char** argv);

} // namespace pbxwarden::cli
