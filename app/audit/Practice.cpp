#include "audit/Practice.h"

#include <QCoreApplication>

namespace pbxwarden::audit {

QList<Practice> allPractices()
{
    return { Practice::Firewall, Practice::Passwords, Practice::Updates, Practice::Ssh, Practice::Web,
        Practice::SipAcl, Practice::InactiveUsers, Practice::Inspection, Practice::IntrusionPrevention,
        Practice::LeastPrivilege, Practice::Destinations, Practice::CallTimes, Practice::IntlPasscode,
        Practice::Backups };
}

QString practiceId(Practice practice)
{
    switch (practice) {
    case Practice::Firewall:
        return QStringLiteral("firewall");
    case Practice::Passwords:
        return QStringLiteral("passwords");
    case Practice::Updates:
        return QStringLiteral("updates");
    case Practice::Ssh:
        return QStringLiteral("ssh");
    case Practice::Web:
        return QStringLiteral("web");
    case Practice::SipAcl:
        return QStringLiteral("sip-acl");
    case Practice::InactiveUsers:
        return QStringLiteral("inactive-users");
    case Practice::Inspection:
        return QStringLiteral("inspection");
    case Practice::IntrusionPrevention:
        return QStringLiteral("intrusion-prevention");
    case Practice::LeastPrivilege:
        return QStringLiteral("least-privilege");
    case Practice::Destinations:
        return QStringLiteral("destinations");
    case Practice::CallTimes:
        return QStringLiteral("call-times");
    case Practice::IntlPasscode:
        return QStringLiteral("intl-passcode");
    case Practice::Backups:
        return QStringLiteral("backups");
    }
    return {};
}

std::optional<Practice> practiceFromId(const QString& id)
{
    for (Practice p : allPractices()) {
        if (practiceId(p) == id)
            return p;
    }
    return std::nullopt;
}

QString practiceTitle(Practice practice)
{
    switch (practice) {
    case Practice::Firewall:
        return QCoreApplication::translate("Practice", "Firewall");
    case Practice::Passwords:
        return QCoreApplication::translate("Practice", "Strong passwords");
    case Practice::Updates:
        return QCoreApplication::translate("Practice", "Updates");
    case Practice::Ssh:
        return QCoreApplication::translate("Practice", "SSH access");
    case Practice::Web:
        return QCoreApplication::translate("Practice", "Web interface");
    case Practice::SipAcl:
        return QCoreApplication::translate("Practice", "SIP and AMI address limits");
    case Practice::InactiveUsers:
        return QCoreApplication::translate("Practice", "Inactive users");
    case Practice::Inspection:
        return QCoreApplication::translate("Practice", "Regular inspection");
    case Practice::IntrusionPrevention:
        return QCoreApplication::translate("Practice", "Intrusion prevention");
    case Practice::LeastPrivilege:
        return QCoreApplication::translate("Practice", "Least privilege");
    case Practice::Destinations:
        return QCoreApplication::translate("Practice", "Call destinations");
    case Practice::CallTimes:
        return QCoreApplication::translate("Practice", "Call times");
    case Practice::IntlPasscode:
        return QCoreApplication::translate("Practice", "International passcode");
    case Practice::Backups:
        return QCoreApplication::translate("Practice", "Backups");
    }
    return {};
}

} // namespace pbxwarden::audit
