#pragma once

#include "ssh/CancelToken.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshSession.h"

// Internal to the ssh room: what SftpClient shares with SshSession.
namespace pbxwarden::ssh {

struct SshSession::Private
{
    detail::SessionPtr session;
    // A duplicate of the session's socket, only for shutdown() from a cancelling thread: libssh may
    // close its own descriptor at any time, and its number could then belong to another connection.
    int interruptFd = -1;
    int interrupterId = 0;
    CancelTokenPtr token;

    bool cancelled() const { return token && token->isCancelled(); }
};

} // namespace pbxwarden::ssh
