#pragma once

#include "core/PbxRecord.h"
#include "ssh/Credentials.h"
#include "ssh/SshTarget.h"

namespace pbxwarden::fleet {

// One PBX of a fleet run, with the credentials the caller fetched for it beforehand.
struct FleetTarget
{
    PbxRecord pbx;
    ssh::Credentials credentials;

    ssh::SshTarget sshTarget(int connectTimeoutMs = 10000) const
    {
        ssh::SshTarget t;
        t.host = pbx.host;
        t.port = pbx.sshPort;
        t.user = pbx.sshUser;
        t.pinnedFingerprint = pbx.hostKeyFingerprint;
        t.connectTimeoutMs = connectTimeoutMs;
        return t;
    }
};

} // namespace pbxwarden::fleet
