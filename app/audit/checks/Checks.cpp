#include "audit/checks/Checks.h"

#include <QSet>

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
    QSet<QString> ids;
    for (const Finding& f : runAll(none)) {
        if (!ids.contains(f.check.id))
            out << f.check;
        ids.insert(f.check.id);
    }
    return out;
}

} // namespace pbxwarden::audit::checks
