#include "core/PbxRecord.h"

namespace pbxwarden {

QString sshAuthToString(SshAuth auth)
{
    switch (auth) {
    case SshAuth::Agent:
        return QStringLiteral("agent");
    case SshAuth::KeyFile:
        return QStringLiteral("key");
    case SshAuth::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("agent");
}

std::optional<SshAuth> sshAuthFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"agent" || t == u"ssh-agent")
        return SshAuth::Agent;
    if (t == u"key" || t == u"keyfile" || t == u"key-file")
        return SshAuth::KeyFile;
    if (t == u"password")
        return SshAuth::Password;
    return std::nullopt;
}

bool PbxRecord::operator==(const PbxRecord& o) const
{
    return id == o.id && name == o.name && customer == o.customer && site == o.site && tags == o.tags
        && host == o.host && sshPort == o.sshPort && sshUser == o.sshUser && sshAuth == o.sshAuth
        && sshKeyPath == o.sshKeyPath && amiPort == o.amiPort && amiUser == o.amiUser && amiTls == o.amiTls
        && notes == o.notes && hostKeyFingerprint == o.hostKeyFingerprint;
}

} // namespace pbxwarden
