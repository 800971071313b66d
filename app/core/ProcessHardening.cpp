#include "core/ProcessHardening.h"

#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace pbxwarden {
namespace {

// A write the compiler may not drop as dead, unlike a memset before free.
void scrub(void* data, size_t size)
{
    if (size > 0)
        explicit_bzero(data, size);
}

} // namespace

void hardenProcess()
{
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    // Also keeps other processes of the same user from reading this one's memory via ptrace or /proc.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    umask(077);
}

PrivateFileScope::PrivateFileScope()
    : m_previous(umask(077))
{
}

PrivateFileScope::~PrivateFileScope()
{
    umask(m_previous);
}

void wipeSecret(QString& secret)
{
    if (secret.isDetached())
        scrub(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

void wipeSecret(QByteArray& secret)
{
    if (secret.isDetached())
        scrub(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace pbxwarden
