#include "ssh/LibsshHandles.h"

#include "core/Logging.h"

#include <libssh/callbacks.h>
#include <mutex>

namespace pbxwarden::ssh::detail {
namespace {

// libssh logs routine events at its lowest level too, so all of it is debug output here; what a
// person needs to know comes back as the Error of the failing call.
void logToQt(int, const char* function, const char* message, void*)
{
    qCDebug(lcSsh, "libssh: %s (%s)", message, function);
}

} // namespace

void ensureLibsshInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
    // libssh keeps its log callback and level per thread: set them on every thread that uses it.
    thread_local bool routed = false;
    if (!routed) {
        ssh_set_log_callback(&logToQt);
        ssh_set_log_level(lcSsh().isDebugEnabled() ? SSH_LOG_PROTOCOL : SSH_LOG_WARN);
        routed = true;
    }
}

} // namespace pbxwarden::ssh::detail
