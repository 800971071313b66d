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
};

// Every reachable Dial() to a trunk with an international number, from unauthenticated entry
// points and from phones' contexts.
QList<IntlRoute> internationalRoutes(const AuditFacts& facts);

} // namespace pbxwarden::audit::checks
