#pragma once

#include <QJsonObject>
#include <QString>

namespace pbxwarden::ssh {

// What the first probe learnt about a PBX: who it is, what it runs, whether Asterisk answers.
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

} // namespace pbxwarden::ssh
