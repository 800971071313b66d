#pragma once

#include <QByteArray>

namespace pbxwarden::ssh {

struct CommandResult
{
    QByteArray out;
    QByteArray err;
    // -1 when the command ended without one (killed by a signal, or output was capped).
    int exitStatus = -1;
    // Output went over ExecOptions::maxOutputBytes; the command was stopped there.
    bool truncated = false;

    bool succeeded() const { return exitStatus == 0 && !truncated; }
};

} // namespace pbxwarden::ssh
