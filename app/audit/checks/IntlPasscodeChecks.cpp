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
        const QString why
            = QCoreApplication::translate("IntlPasscodeChecks", "extensions.conf was not collected");
        return { Finding::notAssessed(noPin(), why), Finding::notAssessed(weakPin(), why) };
    }
    QStringList open;
    int routes = 0;
    for (const IntlRoute& r : internationalRoutes(facts)) {
        ++routes;
        if (!r.reach.authenticated)
            open << r.describe();
    }
    if (!open.isEmpty())
        out << Finding::fail(noPin(), open);
    else
        out << Finding::pass(noPin(),
            { routes == 0
                    ? QCoreApplication::translate("IntlPasscodeChecks", "no international route is reachable")
                    : QCoreApplication::translate(
                        "IntlPasscodeChecks", "every international route asks for a PIN") });
    QStringList weak;
    for (const SecretRef& s : secrets(facts)) {
        if (s.kind == u"dialplan global" && s.verdict.isWeak())
            weak
                << QStringLiteral("%1 %2: %3").arg(where(s.where), s.account.toUpper(), s.verdict.describe());
    }
    out << (weak.isEmpty() ? Finding::pass(weakPin()) : Finding::fail(weakPin(), weak));
    return out;
}

} // namespace pbxwarden::audit::checks
