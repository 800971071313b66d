#include "ssh/HostFacts.h"

namespace pbxwarden::ssh {

QJsonObject HostFacts::toJson() const
{
    return QJsonObject {
        { QStringLiteral("hostname"), hostname },
        { QStringLiteral("os"), osName },
        { QStringLiteral("uptime_seconds"), uptimeSeconds },
        { QStringLiteral("asterisk_installed"), asteriskInstalled },
        { QStringLiteral("asterisk_version"), asteriskVersion },
        { QStringLiteral("sudo"), sudo },
        { QStringLiteral("sudo_text"), sudoText },
        { QStringLiteral("root_ready"), rootReady() },
    };
}

} // namespace pbxwarden::ssh
