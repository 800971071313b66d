#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"
#include "audit/checks/DialplanFindings.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check anyTime()
{
    return { QStringLiteral("call-times.intl-any-time"), Practice::CallTimes, Severity::Medium,
        QCoreApplication::translate("CallTimeChecks", "International calls are possible at any hour"),
        QCoreApplication::translate(
            "CallTimeChecks", "Toll fraud happens at night, on weekends and holidays, when nobody watches."),
        QCoreApplication::translate("CallTimeChecks",
            "Put GotoIfTime() (FreePBX: a time condition on the outbound route) in front of international "
            "routes so they work only in working hours.") };
}

} // namespace

QList<Finding> callTimes(const AuditFacts& facts)
{
    if (!facts.asterisk(QStringLiteral("extensions.conf")))
        return { Finding::notAssessed(anyTime(),
            facts.asteriskProblemOr(
                QCoreApplication::translate("CallTimeChecks", "extensions.conf was not collected"))) };
    QList<Judged> anytime;
    const QList<IntlRoute> routes = internationalRoutes(facts);
    for (const IntlRoute& r : routes) {
        if (!r.reach.timeRestricted)
            anytime << Judged { r.subject(), true, { r.describe() } };
    }
    const QString examined = routesExamined(facts, int(routes.size()));
    if (routes.isEmpty())
        return { Finding::nothingToAssess(
            anyTime(), QCoreApplication::translate("CallTimeChecks", "no international route is reachable"))
                     .lookedAt(0, examined) };
    if (anytime.isEmpty())
        return { Finding::pass(anyTime(),
            { QCoreApplication::translate(
                "CallTimeChecks", "every international route checks the time first") })
                     .lookedAt(int(routes.size()), examined) };
    return judgeEach(anyTime(), anytime, examined, {}, int(routes.size()));
}

} // namespace pbxwarden::audit::checks
