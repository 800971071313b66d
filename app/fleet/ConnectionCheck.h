#pragma once

#include "fleet/FleetTarget.h"
#include "fleet/HostOutcome.h"
#include "ssh/CancelToken.h"
#include "ssh/SshSession.h"

namespace pbxwarden::fleet {

class ProgressReporter;

// The first contact with a PBX, shared by `pbxwarden-cli connect` and the GUI: connect, check the
// host key against the pinned one, log in, run HostProbe. Runs on a FleetRunner worker.
//
// The outcome's data holds "failure" (failureName()) on failure, "fingerprint" and "key_type" once
// the handshake got that far, "newly_accepted" when no key was pinned before, and "probe" (the
// HostFacts as JSON) or "probe_error" on success.
struct ConnectionCheck
{
    bool acceptNewHostKey = false;
    int timeoutMs = 15000;

    HostOutcome run(
        const FleetTarget& target, const ssh::CancelTokenPtr& cancel, const ProgressReporter& progress) const;

    // Stable names for SshSession::Failure ("UnknownHostKey"...), as scripts and the GUI match them.
    static QString failureName(ssh::SshSession::Failure failure);
};

} // namespace pbxwarden::fleet
