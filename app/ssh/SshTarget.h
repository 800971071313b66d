#pragma once

#include <QString>

namespace pbxwarden::ssh {

// Where to connect and which host key to expect.
struct SshTarget
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    // "SHA256:..." as OpenSSH prints it; empty when the key was never pinned.
    QString pinnedFingerprint;
    // Only for a deliberate first contact (CLI --accept-new-host-key, or the user said yes in the GUI).
    bool acceptNewHostKey = false;
    // Per attempt. A time-out before the host key was seen is retried up to connectAttempts times
    // (a dropped SYN or a black-holed connection), anything else is not.
    int connectTimeoutMs = 10000;
    int connectAttempts = 2;

    QString displayName() const
    {
        return user + QLatin1Char('@') + host + QLatin1Char(':') + QString::number(port);
    }
};

} // namespace pbxwarden::ssh
