#pragma once

#include "audit/AuditFacts.h"
#include "audit/Finding.h"

#include <QList>

// The checks, a file per practice. Each function returns exactly one Finding per check it owns,
// whatever the facts (NotAssessed when they are missing), so the catalogue is stable.
namespace pbxwarden::audit::checks {

QList<Finding> firewall(const AuditFacts& facts);
QList<Finding> passwords(const AuditFacts& facts);
QList<Finding> updates(const AuditFacts& facts);
QList<Finding> ssh(const AuditFacts& facts);
QList<Finding> web(const AuditFacts& facts);
QList<Finding> sipAcl(const AuditFacts& facts);
QList<Finding> inactiveUsers(const AuditFacts& facts);
QList<Finding> inspection(const AuditFacts& facts);
QList<Finding> intrusionPrevention(const AuditFacts& facts);
QList<Finding> leastPrivilege(const AuditFacts& facts);
QList<Finding> destinations(const AuditFacts& facts);
QList<Finding> callTimes(const AuditFacts& facts);
QList<Finding> intlPasscode(const AuditFacts& facts);
QList<Finding> backups(const AuditFacts& facts);

// Every check, in practice order.
QList<Finding> runAll(const AuditFacts& facts);
// Every check's definition (what runAll returns on a bundle with no facts).
QList<Check> catalogue();

} // namespace pbxwarden::audit::checks
