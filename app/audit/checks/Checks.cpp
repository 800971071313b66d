#include "audit/checks/Checks.h"

namespace pbxwarden::audit::checks {

QList<Finding> runAll(const AuditFacts& facts)
{
    QList<Finding> out;
    for (auto run : { &firewall, &passwords, &updates, &ssh, &web, &sipAcl, &inactiveUsers, &inspection,
             &intrusionPrevention, &leastPrivilege, &destinations, &callTimes, &intlPasscode, &backups })
        out << run(facts);
    return out;
}

QList<Check> catalogue()
{
    QList<Check> out;
    const AuditFacts none(FactBundle {}, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
    for (const Finding& f : runAll(none))
        out << f.check;
    return out;
}

} // namespace pbxwarden::audit::checks
