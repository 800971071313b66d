#pragma once

#include "core/PbxRecord.h"

#include <QList>
#include <QString>

namespace pbxwarden::secrets {

enum class SecretPurpose
{
    SshPassword,
    SshKeyPassphrase,
    AmiSecret,
    // For sudo when the login is not root; none kept: sudo gets the login password (or needs none).
    SudoPassword
};

QList<SecretPurpose> allPurposes();

// Keys name the inventory and the PBX by their random identities, and the purpose:
// "inv/<inventory uuid>/pbx/<pbx uuid>/ssh-password". Row ids and names are never used: SQLite reuses
// a deleted PBX's row id and every inventory file starts at 1, so such keys reached the wrong PBX.
// Empty when the record has no identities (not read from an inventory): stores refuse empty keys.
QString secretKey(const PbxRecord& pbx, SecretPurpose purpose);
// The name entries had before schema version 4 ("pbx/42/ssh-password"): only to move them.
QString legacySecretKey(qint64 pbxRowId, SecretPurpose purpose);
QString purposeName(SecretPurpose purpose);
// Why an empty key is refused, in words.
QString noIdentityError();

} // namespace pbxwarden::secrets
