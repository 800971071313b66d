#pragma once

#include "audit/AuditFacts.h"
#include "pbxconf/Dialplan.h"

#include <QList>
#include <QString>

// The reachability analysis the destinations, call-times and intl-passcode checks share.
namespace pbxwarden::audit::checks {

struct IntlRoute
{
    QString startWhy; // why a caller lands in the start context
    bool unauthenticatedStart = false;
    Dialplan::Reach reach;

    // "from public (anonymous endpoint): public,_00X. -> from-internal,_00X. -> Dial(PJSIP/${EXTEN}@trunk) at
    // extensions.conf:19"
    QString describe() const;
    // The route as an object of its own: "public -> extensions.conf:19".
    QString subject() const;
};

// Every reachable Dial() to a trunk with an international number, from unauthenticated entry
// points and from phones' contexts.
QList<IntlRoute> internationalRoutes(const AuditFacts& facts);
// "%n international route(s) from %1 entry context(s)", for a finding's examined line.
QString routesExamined(const AuditFacts& facts, int routes);

} // namespace pbxwarden::audit::checks
