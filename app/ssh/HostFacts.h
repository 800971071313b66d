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
    // How the login becomes root (SshSession::sudoAccessCode: "root", "nopasswd", "password-missing"...),
    // empty when sudo could not be asked; sudoText says it in words with what to do.
    QString sudo;
    QString sudoText;
    // Whether the engine's root-only work (audit, changes) can run with these credentials.
    bool rootReady() const { return sudo == u"root" || sudo == u"nopasswd" || sudo == u"password-accepted"; }

    QJsonObject toJson() const;
};

} // namespace pbxwarden::ssh
