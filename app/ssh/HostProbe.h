#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace pbxwarden::ssh {

class SshSession;

// The read-only first look at a PBX: who it is, what it runs, whether Asterisk answers.
struct HostFacts
{
    QString hostname;
    QString osName;
    qint64 uptimeSeconds = -1;
    bool asteriskInstalled = false;
    // First line of "core show version", or why it could not be read.
    QString asteriskVersion;

    QJsonObject toJson() const;
};

class HostProbe
{
public:
    static Result<HostFacts> run(SshSession& session, int timeoutMs = 20000);
};

} // namespace pbxwarden::ssh
