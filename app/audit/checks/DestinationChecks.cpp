#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"
#include "audit/checks/DialplanFindings.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

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

Check anonymous()
{
    return { QStringLiteral("destinations.anonymous-endpoint"), Practice::Destinations, Severity::High,
        QCoreApplication::translate("DestinationChecks", "Anonymous SIP calls are accepted"),
        QCoreApplication::translate("DestinationChecks",
            "The 'anonymous' endpoint lets anyone on the Internet place calls into the dialplan without a "
            "password: every destination its context reaches is open to them."),
        QCoreApplication::translate("DestinationChecks",
            "Remove the [anonymous] endpoint (FreePBX: Allow Anonymous Inbound SIP Calls = No, Allow SIP "
            "Guests = No) unless a DID really needs it, and give it a context with only those DIDs.") };
}

Check allowGuest()
{
    return { QStringLiteral("destinations.chan-sip-allowguest"), Practice::Destinations, Severity::High,
        QCoreApplication::translate("DestinationChecks", "chan_sip accepts guest calls"),
        QCoreApplication::translate("DestinationChecks",
            "allowguest (on by default) sends unauthenticated INVITEs into the general context: an entry "
            "into the dialplan without a password."),
        QCoreApplication::translate("DestinationChecks",
            "Set allowguest = no in sip.conf [general], or unload chan_sip (removed from Asterisk 21).") };
}

Check tollUnauthenticated()
{
    return { QStringLiteral("destinations.toll-unauthenticated"), Practice::Destinations, Severity::High,
        QCoreApplication::translate(
            "DestinationChecks", "Premium-rate, mobile or national calls can be placed without a password"),
        QCoreApplication::translate("DestinationChecks",
            "An entry reachable without a password (guest, anonymous, inbound trunk, default) leads to a "
            "trunk "
            "with a number of the caller's choice: premium-rate numbers are pumped like international ones, "
            "and mobile or national calls still cost money."),
        QCoreApplication::translate("DestinationChecks",
            "Give unauthenticated entries a context holding only your DIDs; keep every outbound route in "
            "contexts only authenticated phones reach.") };
}

// The unauthenticated SIP entries themselves: the anonymous endpoint and chan_sip guests.
QList<Finding> guestEntries(const AuditFacts& facts)
{
    QList<Finding> out;
    if (!facts.asteriskConfigCollected()) {
        const QString why = facts.asteriskProblemOr(
            QCoreApplication::translate("DestinationChecks", "no Asterisk configuration was collected"));
        return { Finding::notAssessed(anonymous(), why), Finding::notAssessed(allowGuest(), why) };
    }
    const QList<const ConfigSection*> endpoints = pjsipOfType(facts, QStringLiteral("endpoint"));
    QStringList anon;
    for (const ConfigSection* e : endpoints) {
        if (e->name == u"anonymous")
            anon << QCoreApplication::translate("DestinationChecks", "%1: context %2")
                        .arg(where(*e), e->value(QStringLiteral("context"), QStringLiteral("default")));
    }
    const QString examined = QCoreApplication::translate(
        "DestinationChecks", "%n PJSIP endpoint(s) in pjsip.conf", nullptr, int(endpoints.size()));
    out << (anon.isEmpty() ? Finding::pass(
                anonymous(), { QCoreApplication::translate("DestinationChecks", "no [anonymous] endpoint") })
                           : Finding::fail(anonymous(), anon).about(QStringLiteral("anonymous")))
               .lookedAt(int(endpoints.size()), examined);

    if (!chanSipActive(facts)) {
        const QString why = facts.asterisk(QStringLiteral("sip.conf"))
            ? QCoreApplication::translate("DestinationChecks", "chan_sip is not loaded")
            : QCoreApplication::translate("DestinationChecks", "sip.conf is not present");
        out << Finding::nothingToAssess(allowGuest(), why).lookedAt(0, QStringLiteral("sip.conf"));
        return out;
    }
    const ConfigSection* general
        = facts.asterisk(QStringLiteral("sip.conf"))->first(QStringLiteral("general"));
    const QString guest = general ? general->value(QStringLiteral("allowguest"), QStringLiteral("yes"))
                                  : QStringLiteral("yes");
    const QString gev = general && general->has(QStringLiteral("allowguest"))
        ? QStringLiteral("%1 allowguest = %2")
              .arg(where(general->last(QStringLiteral("allowguest"))->where), guest)
        : QCoreApplication::translate("DestinationChecks", "sip.conf: allowguest not set (default yes)");
    out << (guest == u"no" ? Finding::pass(allowGuest(), { gev }) : Finding::fail(allowGuest(), { gev }))
               .lookedAt(-1, QStringLiteral("sip.conf [general]"));
    return out;
}

} // namespace

QList<Finding> destinations(const AuditFacts& facts)
{
    QList<Finding> out = guestEntries(facts);
    if (!facts.asterisk(QStringLiteral("extensions.conf"))) {
        const QString why = facts.asteriskProblemOr(
            QCoreApplication::translate("DestinationChecks", "extensions.conf was not collected"));
        out << Finding::notAssessed(unauthenticated(), why)
            << Finding::notAssessed(tollUnauthenticated(), why) << Finding::notAssessed(everyPhone(), why)
            << Finding::notAssessed(injection(), why);
        return out;
    }
    const QList<IntlRoute> routes = internationalRoutes(facts);
    const QList<EntryContext> entries = unauthenticatedContexts(facts);
    // One finding per open route (entry, path, Dial): each is closed on its own.
    QList<Judged> open;
    QSet<QString> intlContexts;
    for (const IntlRoute& r : routes) {
        if (r.unauthenticatedStart && !r.reach.authenticated)
            open << Judged { r.subject(), true, { r.describe() } };
        // A route behind both a PIN and a time check is not one every phone can simply dial.
        else if (!(r.reach.authenticated && r.reach.timeRestricted))
            intlContexts.insert(r.reach.start);
    }
    const QString entryWords = QCoreApplication::translate("DestinationChecks",
        "%n unauthenticated entry context(s) (anonymous, guest, trunk, default) walked through the dialplan",
        nullptr, int(entries.size()));
    const QString intlWords = entryWords + QStringLiteral("; ") + numberingPlan(facts).assumed;
    if (entries.isEmpty())
        out << Finding::nothingToAssess(unauthenticated(),
            QCoreApplication::translate("DestinationChecks", "no context is reachable without a password"))
                   .lookedAt(0, intlWords);
    else if (open.isEmpty())
        out << Finding::pass(unauthenticated(),
            { QCoreApplication::translate("DestinationChecks", "no international route from: %1")
                    .arg([&entries] {
                        QStringList names;
                        for (const EntryContext& e : entries)
                            names << e.context;
                        names.removeDuplicates();
                        return names.join(QStringLiteral(", "));
                    }()) })
                   .lookedAt(int(entries.size()), intlWords);
    else
        out << judgeEach(unauthenticated(), open, intlWords, {}, int(entries.size()));

    // What else costs money from the same entries: premium-rate, mobile and national numbers.
    const PlanInUse plan = numberingPlan(facts);
    QList<Judged> toll;
    QSet<QString> tollSeen;
    for (const EntryContext& e : entries) {
        for (const Dialplan::Reach& r : reachFrom(facts, e.context)) {
            if (!r.toTrunk || r.authenticated || r.international)
                continue;
            const QString cls = costClass(r, plan.plan);
            if (cls.isEmpty() || cls == u"international")
                continue;
            const QString key = r.start + where(r.where);
            if (tollSeen.contains(key))
                continue;
            tollSeen.insert(key);
            const QString what = cls == u"premium"
                ? QCoreApplication::translate("DestinationChecks", "premium-rate")
                : cls == u"mobile" ? QCoreApplication::translate("DestinationChecks", "mobile")
                                   : QCoreApplication::translate("DestinationChecks", "national");
            toll << Judged { QStringLiteral("%1 -> %2").arg(r.start, where(r.where)), true,
                { QCoreApplication::translate(
                      "DestinationChecks", "%1 numbers from %2 (%3): %4 -> Dial(%5) at %6")
                        .arg(what, r.start, e.why, r.path.join(QStringLiteral(" -> ")), r.dialString,
                            where(r.where)),
                    plan.assumed },
                cls == u"premium" ? Severity::High : Severity::Medium };
        }
    }
    const QString tollWords = entryWords + QStringLiteral("; ") + plan.assumed;
    if (entries.isEmpty())
        out << Finding::nothingToAssess(tollUnauthenticated(),
            QCoreApplication::translate("DestinationChecks", "no context is reachable without a password"))
                   .lookedAt(0, tollWords);
    else if (toll.isEmpty())
        out << Finding::pass(tollUnauthenticated(),
            { QCoreApplication::translate(
                  "DestinationChecks", "no trunk dial of the caller's number from an unauthenticated entry"),
                plan.assumed })
                   .lookedAt(int(entries.size()), tollWords);
    else
        out << judgeEach(tollUnauthenticated(), toll, tollWords, {}, int(entries.size()));

    const QList<EntryContext> phones = phoneContexts(facts);
    int phonesWithIntl = 0;
    for (const EntryContext& p : phones)
        phonesWithIntl += intlContexts.contains(p.context) ? 1 : 0;
    const QString phoneWords = QCoreApplication::translate(
        "DestinationChecks", "%n phone(s) and the contexts they dial from", nullptr, int(phones.size()));
    if (phones.size() < 2) {
        out << Finding::nothingToAssess(everyPhone(),
            QCoreApplication::translate("DestinationChecks",
                "%n phone(s): too few to tell every phone from some", nullptr, int(phones.size())))
                   .lookedAt(int(phones.size()), phoneWords);
    } else if (phonesWithIntl == phones.size()) {
        QStringList names;
        for (const EntryContext& p : phones)
            names << QStringLiteral("%1 (%2)").arg(p.why, p.context);
        out << Finding::fail(everyPhone(),
            { QCoreApplication::translate(
                "DestinationChecks", "all %1 phones reach an international route: %2")
                    .arg(phones.size())
                    .arg(names.join(QStringLiteral(", "))) })
                   .lookedAt(int(phones.size()), phoneWords);
    } else {
        out << Finding::pass(everyPhone(),
            { QCoreApplication::translate("DestinationChecks",
                "%1 of %2 phones reach an international route "
                "without both a PIN and a time check")
                    .arg(phonesWithIntl)
                    .arg(phones.size()) })
                   .lookedAt(int(phones.size()), phoneWords);
    }

    // Injection: any reachable Dial(), trunk or not, from any entry point, plus every context; one
    // finding per Dial() (the place to fix).
    QList<Judged> injected;
    QSet<QString> seen;
    int dials = 0;
    QSet<QString> dialsSeen;
    for (const QString& ctx : facts.dialplan().contextNames()) {
        for (const Dialplan::Reach& r : reachFrom(facts, ctx)) {
            const QString at = where(r.where);
            if (!dialsSeen.contains(at)) {
                dialsSeen.insert(at);
                ++dials;
            }
            if (!r.unfilteredExten)
                continue;
            const QString key = at + r.entryPattern;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            injected << Judged { at, true,
                { QCoreApplication::translate("DestinationChecks", "%1: pattern %2 -> Dial(%3)")
                        .arg(at, r.entryPattern, r.dialString) } };
        }
    }
    std::sort(injected.begin(), injected.end(),
        [](const Judged& a, const Judged& b) { return a.evidence.value(0) < b.evidence.value(0); });
    const QString dialWords = QCoreApplication::translate(
        "DestinationChecks", "%n Dial() application(s) reached from %1 context(s)", nullptr, dials)
                                  .arg(facts.dialplan().contextNames().size());
    if (dials == 0)
        out << Finding::nothingToAssess(
            injection(), QCoreApplication::translate("DestinationChecks", "the dialplan has no Dial()"))
                   .lookedAt(0, dialWords);
    else if (injected.isEmpty())
        out << Finding::pass(injection(),
            { QCoreApplication::translate(
                "DestinationChecks", "no ${EXTEN} from a loose pattern reaches Dial()") })
                   .lookedAt(dials, dialWords);
    else
        out << judgeEach(injection(), injected, dialWords, {}, dials);
    return out;
}

} // namespace pbxwarden::audit::checks
