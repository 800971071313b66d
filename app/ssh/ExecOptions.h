#pragma once

#include <QByteArray>

namespace pbxwarden::ssh {

struct ExecOptions
{
    int timeoutMs = 60000;
    qint64 maxOutputBytes = 16 * 1024 * 1024;
    // Written to the command's standard input, then EOF.
    QByteArray stdinData;
};

} // namespace pbxwarden::ssh
