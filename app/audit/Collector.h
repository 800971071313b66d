#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace pbxwarden::ssh {
class SshSession;
}

namespace pbxwarden::audit {

// Runs resources/collector/collect.sh on a PBX: one SSH exec, the script piped to `sh -s`, as root
// (directly, or through sudo when the login user is not root). The bundle comes back unparsed.
class Collector
{
public:
    // The script embedded in the library (qt_add_resources).
    static QByteArray script();
    // What is written to the remote command's standard input: a marker line, then the script.
    // The remote side skips everything up to the marker, so a sudo password that sudo did not ask
    // for (NOPASSWD) is discarded instead of run as a command.
    static QByteArray standardInput();
    // The remote command line that skips to the marker and runs the script; with requireRoot the
    // script stops (exit 76) unless it runs as root.
    static QByteArray launcher(bool requireRoot);
    static Result<QByteArray> collect(ssh::SshSession& session, int timeoutMs = 180000);
};

} // namespace pbxwarden::audit
