#pragma once

#include "secrets/CredentialService.h"
#include "secrets/KeychainSecretStore.h"

namespace pbxwarden::cli {

// The command line's way to the one credentials service: the keychain, and one event loop run to
// the answer (the CLI has nothing else to do meanwhile; the GUI never waits like this).
QList<secrets::PbxCredentials> fetchCredentials(const QList<PbxRecord>& pbxs, int what);
secrets::SecretWrite storeSecrets(const PbxRecord& pbx, const secrets::GivenSecrets& given);
secrets::SecretRemoval removeSecrets(const PbxRecord& pbx);
secrets::SecretRemoval removeSecrets(const PbxRecord& pbx, const QList<secrets::SecretPurpose>& purposes);
// The SSH login of one inventory PBX, ready to use, or why not (a missing password is an error here:
// a command that changes a PBX never tries a login it knows to be incomplete).
Result<ssh::Credentials> sshCredentialsFor(const PbxRecord& pbx);

// The credentials service over the keychain, for a command that hands it to an engine service.
struct KeychainCredentials
{
    secrets::KeychainSecretStore keychain;
    secrets::CredentialService service { &keychain };
};

} // namespace pbxwarden::cli
