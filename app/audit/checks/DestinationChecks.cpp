#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"
#include "audit/checks/DialplanFindings.h"

#include <QCoreApplication>
#include <QSet>

namespace pbxwarden::audit::checks {
namespace {

Check unauthenticated()
{
    return { QStringLiteral("destinations.intl-unauthenticated"), Practice::Destinations, Severity::Critical,
        QCoreApplication::translate(
            "DestinationChecks", "International calls can be placed without a password"),
        QCoreApplication::translate("DestinationChecks",
            "A context reachable by anonymous, guest or inbound-trunk calls leads to a trunk with numbers of "
            "the caller's "
            "choice: anyone on the Internet can pump calls to premium numbers (IRSF)."),
        QCoreApplication::translate("DestinationChecks",
            "Give anonymous and inbound calls a context holding only your DIDs (no include of internal "
            "contexts), never "
            "put outbound routes in 'default', and keep international routes in their own protected "
            "context.") };
}

Check everyPhone()
{
    return { QStringLiteral("destinations.intl-every-phone"), Practice::Destinations, Severity::High,
        QCoreApplication::translate("DestinationChecks", "Every phone can dial international numbers"),
        QCoreApplication::translate("DestinationChecks",
            "International dialing should be given only to the users who need it; every other cracked phone "
            "then costs nothing."),
        QCoreApplication::translate("DestinationChecks",
            "Move international patterns to a separate context included only by the contexts of the phones "
            "that need them.") };
}

Check injection()
{
    return { QStringLiteral("destinations.exten-injection"), Practice::Destinations, Severity::High,
        QCoreApplication::translate(
            "DestinationChecks", "${EXTEN} from a loose pattern goes unfiltered into Dial()"),
        QCoreApplication::translate("DestinationChecks",
            "Patterns with '.' or '!' match any characters, so a caller can dial '0044...&Local/...' and add "
            "devices or "
            "options to the Dial() string (dialplan injection)."),
        QCoreApplication::translate("DestinationChecks",
            "Use strict patterns (_00[1-9]XXXXX.) and pass ${FILTER(0123456789,${EXTEN})} to Dial().") };
}

} // namespace

QList<Finding> destinations(const AuditFacts& facts)
{
    QList<Finding> out;
    if (!facts.asterisk(QStringLiteral("extensions.conf"))) {
        const QString why
            = QCoreApplication::translate("DestinationChecks", "extensions.conf was not collected");
        out << Finding::notAssessed(unauthenticated(), why) << Finding::notAssessed(everyPhone(), why)
            << Finding::notAssessed(injection(), why);
        return out;
    }
    const QList<IntlRoute> routes = internationalRoutes(facts);
    QStringList open;
    QSet<QString> intlContexts;
    for (const IntlRoute& r : routes) {
        if (r.unauthenticatedStart && !r.reach.authenticated)
            open << r.describe();
        else
            intlContexts.insert(r.reach.start);
    }
    out << (open.isEmpty() ? Finding::pass(unauthenticated()) : Finding::fail(unauthenticated(), open));

    const QList<EntryContext> phones = phoneContexts(facts);
    int phonesWithIntl = 0;
    for (const EntryContext& p : phones)
        phonesWithIntl += intlContexts.contains(p.context) ? 1 : 0;
    if (phones.size() >= 2 && phonesWithIntl == phones.size()) {
        QStringList names;
        for (const EntryContext& p : phones)
            names << QStringLiteral("%1 (%2)").arg(p.why, p.context);
        out << Finding::fail(everyPhone(),
            { QCoreApplication::translate(
                "DestinationChecks", "all %1 phones reach an international route: %2")
                    .arg(phones.size())
                    .arg(names.join(QStringLiteral(", "))) });
    } else {
        out << Finding::pass(everyPhone(),
            { QCoreApplication::translate("DestinationChecks", "%1 of %2 phones reach an international route")
                    .arg(phonesWithIntl)
                    .arg(phones.size()) });
    }

    // Injection: any reachable Dial(), trunk or not, from any entry point, plus every context.
    QStringList injected;
    QSet<QString> seen;
    for (const QString& ctx : facts.dialplan().contextNames()) {
        for (const Dialplan::Reach& r : reachFrom(facts, ctx)) {
            if (!r.unfilteredExten)
                continue;
            const QString key = where(r.where) + r.entryPattern;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            injected << QCoreApplication::translate("DestinationChecks", "%1: pattern %2 -> Dial(%3)")
                            .arg(where(r.where), r.entryPattern, r.dialString);
        }
    }
    injected.sort();
    out << (injected.isEmpty() ? Finding::pass(injection()) : Finding::fail(injection(), injected));
    return out;
}

} // namespace pbxwarden::audit::checks
