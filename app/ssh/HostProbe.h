#pragma once

#include "core/Result.h"
#include "ssh/HostFacts.h"

namespace pbxwarden::ssh {

class SshSession;

// The read-only first look at a PBX, in one round trip: hostname, os-release, uptime and
// `asterisk -rx "core show version"` as the login user.
class HostProbe
{
public:
    static Result<HostFacts> run(SshSession& session, int timeoutMs = 20000);
};

} // namespace pbxwarden::ssh
