#include "audit/checks/DialplanFindings.h"

#include "audit/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QSet>

namespace pbxwarden::audit::checks {

QString IntlRoute::describe() const
{
    QStringList hops;
    for (const QString& h : reach.path)
        hops << h;
    return QCoreApplication::translate("DialplanChecks", "from %1 (%2): %3 -> Dial(%4) at %5")
        .arg(reach.start, startWhy, hops.join(QStringLiteral(" -> ")), reach.dialString, where(reach.where));
}

QString IntlRoute::subject() const
{
    return QStringLiteral("%1 -> %2").arg(reach.start, where(reach.where));
}

QString routesExamined(const AuditFacts& facts, int routes)
{
    const int entries = int(unauthenticatedContexts(facts).size() + phoneContexts(facts).size());
    return QCoreApplication::translate("DialplanChecks",
        "%n international route(s) found from %1 entry context(s) (unauthenticated entries and phones)",
        nullptr, routes)
        .arg(entries);
}

QList<IntlRoute> internationalRoutes(const AuditFacts& facts)
{
    QList<IntlRoute> out;
    QSet<QString> seen;
    const auto add = [&](const EntryContext& entry, bool unauthenticated) {
        for (const Dialplan::Reach& r : reachFrom(facts, entry.context)) {
            if (!r.international)
                continue;
            const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                    .arg(r.start, where(r.where))
                                    .arg(r.authenticated)
                                    .arg(r.timeRestricted)
                                    .arg(unauthenticated);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out << IntlRoute { entry.why, unauthenticated, r };
        }
    };
    for (const EntryContext& e : unauthenticatedContexts(facts))
        add(e, true);
    for (const EntryContext& e : phoneContexts(facts))
        add(EntryContext { e.context, QCoreApplication::translate("DialplanChecks", "phone %1").arg(e.why) },
            false);
    return out;
}

} // namespace pbxwarden::audit::checks
