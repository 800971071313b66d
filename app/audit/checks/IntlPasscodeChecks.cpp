#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"
#include "audit/checks/DialplanFindings.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check noPin()
{
    return { QStringLiteral("intl-passcode.intl-no-pin"), Practice::IntlPasscode, Severity::High,
        QCoreApplication::translate("IntlPasscodeChecks", "International calls need no passcode"),
        QCoreApplication::translate("IntlPasscodeChecks",
            "A per-user PIN on each international call alone can prevent toll fraud, even when an intruder "
            "is in the system."),
        QCoreApplication::translate("IntlPasscodeChecks",
            "Add Authenticate() (FreePBX: a route password or PIN set) before every Dial() to an "
            "international number.") };
}

Check weakPin()
{
    return { QStringLiteral("intl-passcode.pin-weak"), Practice::IntlPasscode, Severity::Medium,
        QCoreApplication::translate("IntlPasscodeChecks", "Dialplan PINs are weak"),
        QCoreApplication::translate("IntlPasscodeChecks", "A guessable PIN protects nothing."),
        QCoreApplication::translate("IntlPasscodeChecks", "Use PINs of 6+ random digits, one per user.") };
}

} // namespace

QList<Finding> intlPasscode(const AuditFacts& facts)
{
    QList<Finding> out;
    if (!facts.asterisk(QStringLiteral("extensions.conf"))) {
        const QString why = facts.asteriskProblemOr(
            QCoreApplication::translate("IntlPasscodeChecks", "extensions.conf was not collected"));
        return { Finding::notAssessed(noPin(), why), Finding::notAssessed(weakPin(), why) };
    }
    QList<Judged> open;
    const QList<IntlRoute> routes = internationalRoutes(facts);
    for (const IntlRoute& r : routes) {
        if (!r.reach.authenticated)
            open << Judged { r.subject(), true, { r.describe() } };
    }
    const QString examined = routesExamined(facts, int(routes.size()));
    if (routes.isEmpty())
        out << Finding::nothingToAssess(
            noPin(), QCoreApplication::translate("IntlPasscodeChecks", "no international route is reachable"))
                   .lookedAt(0, examined);
    else if (open.isEmpty())
        out << Finding::pass(noPin(),
            { QCoreApplication::translate("IntlPasscodeChecks", "every international route asks for a PIN") })
                   .lookedAt(int(routes.size()), examined);
    else
        out << judgeEach(noPin(), open, examined, {}, int(routes.size()));
    QList<Judged> pins;
    for (const SecretRef& s : secrets(facts)) {
        if (s.kind == u"dialplan global")
            pins << Judged {
                s.account.toUpper(), s.verdict.isWeak(),
                { QStringLiteral("%1 %2: %3").arg(where(s.where), s.account.toUpper(), s.verdict.describe()) }
            };
    }
    out << judgeEach(weakPin(), pins,
        QCoreApplication::translate(
            "IntlPasscodeChecks", "%n PIN(s) in extensions.conf [globals]", nullptr, int(pins.size())),
        QCoreApplication::translate("IntlPasscodeChecks", "extensions.conf [globals] holds no PIN"));
    return out;
}

} // namespace pbxwarden::audit::checks
