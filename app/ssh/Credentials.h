#pragma once

#include "core/PbxRecord.h"
#include "core/Secret.h"

#include <QString>

namespace pbxwarden::ssh {

// What the caller (CLI, GUI through the keychain) hands to a session to log in. Lives only as long as
// the job that needs it; nothing here is ever written to disk or logged.
struct Credentials
{
    SshAuth method = SshAuth::Agent;
    QString keyPath;
    Secret keyPassphrase;
    Secret password;
    // Empty: SSH_AUTH_SOCK of the process.
    QString agentSocket;
    // For sudo when the account is not root; empty: the login password is used.
    Secret sudoPassword;

    Secret effectiveSudoPassword() const { return sudoPassword.isEmpty() ? password : sudoPassword; }
};

} // namespace pbxwarden::ssh
