#pragma once

#include <QString>

namespace pbxwarden::secrets {

enum class SecretPurpose
{
    SshPassword,
    SshKeyPassphrase,
    AmiSecret
};

// Keys are namespaced per PBX (by its stable id, not its name, which can change) and purpose:
// "pbx/42/ssh-password".
QString secretKey(qint64 pbxId, SecretPurpose purpose);
QString purposeName(SecretPurpose purpose);

} // namespace pbxwarden::secrets
