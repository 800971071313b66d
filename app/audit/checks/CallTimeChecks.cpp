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
        return { Finding::notAssessed(
            anyTime(), QCoreApplication::translate("CallTimeChecks", "extensions.conf was not collected")) };
    QStringList anytime;
    int routes = 0;
    for (const IntlRoute& r : internationalRoutes(facts)) {
        ++routes;
        if (!r.reach.timeRestricted)
            anytime << r.describe();
    }
    if (!anytime.isEmpty())
        return { Finding::fail(anyTime(), anytime) };
    return { Finding::pass(anyTime(),
        { routes == 0 ? QCoreApplication::translate("CallTimeChecks", "no international route is reachable")
                      : QCoreApplication::translate(
                          "CallTimeChecks", "every international route checks the time first") }) };
}

} // namespace pbxwarden::audit::checks
