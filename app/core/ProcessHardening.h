#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace pbxwarden {

// Called first thing in both mains: no core dumps (a dump of this process holds fleet secrets),
// not ptrace-able or dumpable by other processes of the same user, and files created private
// (0600 files, 0700 folders) from the start.
void hardenProcess();

// For the file's lifetime, new files and folders are created 0600/0700, whatever the process umask:
// the inventory and its -wal/-shm/.bak, exports, logs, facts. There is no window in which they are
// world-readable, as there would be with a chmod after creation.
class PrivateFileScope
{
public:
    PrivateFileScope();
    ~PrivateFileScope();
    PrivateFileScope(const PrivateFileScope&) = delete;
    PrivateFileScope& operator=(const PrivateFileScope&) = delete;

private:
    mode_t m_previous;
};

// Overwrites a secret's characters in place, then empties it. Only an unshared buffer is
// overwritten (writing to a shared one would detach and wipe a fresh copy): the last holder wipes.
void wipeSecret(QString& secret);
void wipeSecret(QByteArray& secret);

} // namespace pbxwarden
