#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pbxwarden::audit {

// The 14 practices of the seed article (DOMAIN.md), in its order.
enum class Practice
{
    Firewall,
    Passwords,
    Updates,
    Ssh,
    Web,
    SipAcl,
    InactiveUsers,
    Inspection,
    IntrusionPrevention,
    LeastPrivilege,
    Destinations,
    CallTimes,
    IntlPasscode,
    Backups
};

QList<Practice> allPractices();
// Stable identifier: "firewall", "passwords", ..., "intl-passcode", "backups".
QString practiceId(Practice practice);
std::optional<Practice> practiceFromId(const QString& id);
// Translated short name for people.
QString practiceTitle(Practice practice);

} // namespace pbxwarden::audit
