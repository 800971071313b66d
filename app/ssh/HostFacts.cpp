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
    };
}

} // namespace pbxwarden::ssh
