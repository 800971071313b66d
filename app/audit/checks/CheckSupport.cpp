#include "audit/checks/CheckSupport.h"

#include "audit/ReferenceData.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pbxwarden::audit::checks {

QString where(const ConfigLocation& location)
{
    return QStringLiteral("%1:%2").arg(QFileInfo(location.file).fileName()).arg(location.line);
}

QString where(const ConfigSection& section)
{
    return QStringLiteral("%1 [%2]").arg(where(section.where), section.name);
}

bool isAllAddresses(const QString& address)
{
    const QString a = address.trimmed();
    return a.isEmpty() || a == u"0.0.0.0" || a == u"::" || a == u"[::]" || a == u"*";
}

bool isLoopback(const QString& address)
{
    const QString a = address.trimmed();
    return a.startsWith(QLatin1String("127.")) || a == u"::1" || a == u"[::1]" || a == u"localhost";
}

QString hostOf(const QString& bind)
{
    const QString b = bind.trimmed();
    if (b.startsWith(QLatin1Char('['))) {
        const int close = b.indexOf(QLatin1Char(']'));
        return b.mid(1, close - 1);
    }
    if (b.count(QLatin1Char(':')) == 1)
        return b.section(QLatin1Char(':'), 0, 0);
    return b;
}

int portOf(const QString& bind, int fallback)
{
    const QString b = bind.trimmed();
    const int colon = b.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || (b.count(QLatin1Char(':')) > 1 && !b.contains(QLatin1Char(']'))))
        return fallback;
    bool ok = false;
    const int p = b.mid(colon + 1).toInt(&ok);
    return ok ? p : fallback;
}

QList<const ConfigSection*> pjsipOfType(const AuditFacts& facts, const QString& type)
{
    QList<const ConfigSection*> out;
    const AsteriskConfig* c = facts.asterisk(QStringLiteral("pjsip.conf"));
    if (!c)
        return out;
    for (const ConfigSection& s : c->sections()) {
        if (!s.isTemplate && s.value(QStringLiteral("type")) == type)
            out << &s;
    }
    return out;
}

bool chanSipActive(const AuditFacts& facts)
{
    return facts.asterisk(QStringLiteral("sip.conf")) && facts.chanSipLoaded().value_or(true);
}

QList<const ConfigSection*> sipPeers(const AuditFacts& facts)
{
    QList<const ConfigSection*> out;
    const AsteriskConfig* c = facts.asterisk(QStringLiteral("sip.conf"));
    if (!c)
        return out;
    for (const ConfigSection& s : c->sections()) {
        const QString type = s.value(QStringLiteral("type"));
        if (!s.isTemplate && s.name != u"general"
            && (type == u"friend" || type == u"peer" || type == u"user"))
            out << &s;
    }
    return out;
}

QList<const ConfigSection*> pjsipPhones(const AuditFacts& facts)
{
    QList<const ConfigSection*> out;
    for (const ConfigSection* e : pjsipOfType(facts, QStringLiteral("endpoint"))) {
        if (e->has(QStringLiteral("auth")))
            out << e;
    }
    return out;
}

bool hasAcl(const ConfigSection& s)
{
    return s.has(QStringLiteral("permit")) || s.has(QStringLiteral("deny")) || s.has(QStringLiteral("acl"));
}

Dialplan::TrunkTest trunkTest(const AuditFacts& facts)
{
    QSet<QString> trunks, devices;
    for (const ConfigSection* e : pjsipOfType(facts, QStringLiteral("endpoint"))) {
        devices.insert(e->name);
        if (e->has(QStringLiteral("outbound_auth")))
            trunks.insert(e->name);
        for (const QString& aor :
            e->value(QStringLiteral("aors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            for (const ConfigSection* a : pjsipOfType(facts, QStringLiteral("aor"))) {
                if (a->name == aor.trimmed() && a->has(QStringLiteral("contact")))
                    trunks.insert(e->name);
            }
        }
    }
    for (const ConfigSection* i : pjsipOfType(facts, QStringLiteral("identify")))
        trunks.insert(i->value(QStringLiteral("endpoint")));
    for (const ConfigSection* r : pjsipOfType(facts, QStringLiteral("registration")))
        trunks.insert(r->value(QStringLiteral("endpoint"), r->name));
    for (const ConfigSection* p : sipPeers(facts)) {
        devices.insert(p->name);
        const QString host = p->value(QStringLiteral("host"), QStringLiteral("dynamic"));
        if (host != u"dynamic")
            trunks.insert(p->name);
    }
    return [trunks, devices](const QString& tech, const QString& resource) {
        const QString t = tech.toUpper();
        if (t == u"DAHDI" || t == u"IAX2" || t == u"ZAP")
            return true;
        if (t != u"PJSIP" && t != u"SIP")
            return false;
        if (resource.contains(QLatin1String("${")))
            return false; // PJSIP/${EXTEN}: a phone named by the number dialled
        if (trunks.contains(resource))
            return true;
        return !devices.contains(resource) && !resource.isEmpty();
    };
}

QList<EntryContext> unauthenticatedContexts(const AuditFacts& facts)
{
    QList<EntryContext> out;
    for (const ConfigSection* e : pjsipOfType(facts, QStringLiteral("endpoint"))) {
        if (e->name == u"anonymous")
            out << EntryContext { e->value(QStringLiteral("context"), QStringLiteral("default")),
                QCoreApplication::translate("Checks", "%1 endpoint: calls from anyone without a password")
                    .arg(where(*e)) };
    }
    for (const ConfigSection* i : pjsipOfType(facts, QStringLiteral("identify"))) {
        const QString endpoint = i->value(QStringLiteral("endpoint"));
        for (const ConfigSection* e : pjsipOfType(facts, QStringLiteral("endpoint"))) {
            if (e->name == endpoint)
                out << EntryContext { e->value(QStringLiteral("context"), QStringLiteral("default")),
                    QCoreApplication::translate("Checks", "%1: calls matched by address (%2), no password")
                        .arg(where(*e), i->value(QStringLiteral("match"))) };
        }
    }
    if (chanSipActive(facts)) {
        // insecure = invite (or very): the peer's INVITEs are not challenged; anyone who can send
        // from (or spoof) its address lands in its context.
        for (const ConfigSection* p : sipPeers(facts)) {
            const QString insecure = p->value(QStringLiteral("insecure"));
            if (insecure.contains(QLatin1String("invite")) || insecure == u"very")
                out << EntryContext { p->value(QStringLiteral("context"), QStringLiteral("default")),
                    QCoreApplication::translate("Checks", "%1: insecure = %2, INVITEs are not challenged")
                        .arg(where(*p), insecure) };
        }
        const ConfigSection* general
            = facts.asterisk(QStringLiteral("sip.conf"))->first(QStringLiteral("general"));
        const QString guest = general ? general->value(QStringLiteral("allowguest"), QStringLiteral("yes"))
                                      : QStringLiteral("yes");
        if (guest != u"no" && guest != u"false")
            out << EntryContext { general
                    ? general->value(QStringLiteral("context"), QStringLiteral("default"))
                    : QStringLiteral("default"),
                QCoreApplication::translate(
                    "Checks", "sip.conf: allowguest lets unauthenticated chan_sip calls in") };
    }
    if (facts.dialplan().context(QStringLiteral("default")))
        out << EntryContext { QStringLiteral("default"),
            QCoreApplication::translate("Checks", "the default context: where unmatched calls land") };
    return out;
}

QList<EntryContext> phoneContexts(const AuditFacts& facts)
{
    QList<EntryContext> out;
    for (const ConfigSection* e : pjsipPhones(facts))
        out << EntryContext { e->value(QStringLiteral("context"), QStringLiteral("default")), e->name };
    if (chanSipActive(facts)) {
        for (const ConfigSection* p : sipPeers(facts)) {
            if (p->has(QStringLiteral("secret"))
                && p->value(QStringLiteral("host"), QStringLiteral("dynamic")) == u"dynamic")
                out << EntryContext { p->value(QStringLiteral("context"), QStringLiteral("default")),
                    p->name };
        }
    }
    return out;
}

std::optional<AmiListener> amiListener(const AuditFacts& facts)
{
    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    if (!manager)
        return std::nullopt;
    AmiListener l;
    const ConfigSection* general = manager->first(QStringLiteral("general"));
    const QString enabled
        = general ? general->value(QStringLiteral("enabled"), QStringLiteral("no")) : QStringLiteral("no");
    l.enabled = enabled == u"yes" || enabled == u"true" || enabled == u"on";
    l.bind = general ? general->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"))
                     : QStringLiteral("0.0.0.0");
    l.port = general ? general->value(QStringLiteral("port"), QStringLiteral("5038")).toInt() : 5038;
    if (l.port <= 0)
        l.port = 5038;
    l.loopbackOnly = isLoopback(l.bind);
    l.exposure = facts.exposure(QStringLiteral("tcp"), l.port);
    l.evidence = QCoreApplication::translate("Checks", "%1 enabled = %2, bindaddr = %3, port %4")
                     .arg(general ? where(*general) : QStringLiteral("manager.conf"), enabled, l.bind)
                     .arg(l.port);
    return l;
}

QList<const ConfigSection*> amiUsers(const AuditFacts& facts)
{
    QList<const ConfigSection*> out;
    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    if (!manager)
        return out;
    for (const ConfigSection& s : manager->sections()) {
        if (!s.isTemplate && s.name != u"general" && s.has(QStringLiteral("secret")))
            out << &s;
    }
    return out;
}

QList<Dialplan::Reach> reachFrom(const AuditFacts& facts, const QString& context)
{
    const ReferenceData& ref = ReferenceData::instance();
    return facts.dialplan().reach(context, trunkTest(facts),
        numberingPlan(facts).plan.prefixesOf(QStringLiteral("international")), ref.minDigitsAfterPrefix());
}

PlanInUse numberingPlan(const AuditFacts& facts)
{
    const auto [country, source] = facts.country();
    const ReferenceData::NumberingPlan plan = ReferenceData::instance().numberingPlan(country);
    if (country.isEmpty())
        return { plan,
            QCoreApplication::translate(
                "Checks", "numbering plan assumed: %1 (no country in indications.conf or chan_dahdi.conf)")
                .arg(plan.name) };
    return { plan, QCoreApplication::translate("Checks", "numbering plan: %1 (%2)").arg(plan.name, source) };
}

QString costClass(const Dialplan::Reach& r, const ReferenceData::NumberingPlan& plan)
{
    for (const char* cls : { "premium", "international", "mobile", "national" }) {
        for (const ReferenceData::NumberingPlan::Prefix& p : plan.prefixes) {
            if (p.costClass != QLatin1String(cls))
                continue;
            bool reachable = false;
            if (r.callerChoice) {
                // Every pattern the caller's digits passed must allow the prefix.
                reachable = !r.numberPatterns.isEmpty();
                for (const QString& pattern : r.numberPatterns)
                    reachable = reachable && Dialplan::canBeInternational(pattern, { p.prefix }, p.minDigits);
            } else {
                reachable = r.number.startsWith(p.prefix) && r.number.size() >= p.prefix.size() + p.minDigits;
            }
            if (reachable)
                return QLatin1String(cls);
        }
    }
    return {};
}

QList<SecretRef> secrets(const AuditFacts& facts)
{
    QList<SecretRef> out;
    const auto collect = [&out](const AsteriskConfig* c, const QString& key, const QString& kind,
                             const std::function<bool(const ConfigSection&)>& wanted) {
        if (!c)
            return;
        for (const ConfigSection& s : c->sections()) {
            if (s.isTemplate || !wanted(s))
                continue;
            for (const ConfigEntry& e : s.entries) {
                if (e.inherited || (!key.isEmpty() && e.key != key))
                    continue;
                const QString value
                    = kind == u"voicemail box" ? e.value.section(QLatin1Char(','), 0, 0) : e.value;
                if (const auto v = SecretVerdict::fromMarker(value))
                    out << SecretRef { kind == u"voicemail box" || kind == u"dialplan global" ? e.key
                                                                                              : s.name,
                        kind, *v, e.where };
            }
        }
    };
    collect(facts.asterisk(QStringLiteral("pjsip.conf")), QStringLiteral("password"),
        QStringLiteral("pjsip auth"),
        [](const ConfigSection& s) { return s.value(QStringLiteral("type")) == u"auth"; });
    collect(facts.asterisk(QStringLiteral("sip.conf")), QStringLiteral("secret"),
        QStringLiteral("chan_sip peer"), [](const ConfigSection& s) { return s.name != u"general"; });
    collect(facts.asterisk(QStringLiteral("iax.conf")), QStringLiteral("secret"), QStringLiteral("IAX2 peer"),
        [](const ConfigSection& s) { return s.name != u"general"; });
    collect(facts.asterisk(QStringLiteral("manager.conf")), QStringLiteral("secret"),
        QStringLiteral("AMI user"), [](const ConfigSection& s) { return s.name != u"general"; });
    collect(facts.asterisk(QStringLiteral("voicemail.conf")), {}, QStringLiteral("voicemail box"),
        [](const ConfigSection& s) { return s.name != u"general" && s.name != u"zonemessages"; });
    collect(facts.asterisk(QStringLiteral("extensions.conf")), {}, QStringLiteral("dialplan global"),
        [](const ConfigSection& s) { return s.name == u"globals"; });
    return out;
}

void examinedBy(QList<Finding>& out, const QString& what)
{
    for (Finding& f : out) {
        if (f.assessed() && f.examined.isEmpty())
            f.examined = what;
    }
}

QList<Finding> judgeEach(const Check& check, const QList<Judged>& objects, const QString& examined,
    const QString& nothingWhy, int examinedCount)
{
    const int n = examinedCount >= 0 ? examinedCount : int(objects.size());
    if (objects.isEmpty())
        return { Finding::nothingToAssess(check, nothingWhy).lookedAt(0, examined) };
    QList<Finding> out;
    for (const Judged& o : objects) {
        if (!o.failed)
            continue;
        Finding f = Finding::fail(check, o.evidence);
        if (o.severity)
            f.check.severity = *o.severity;
        out << f.about(o.subject).lookedAt(n, examined);
    }
    if (!out.isEmpty())
        return out;
    QStringList names;
    for (const Judged& o : objects)
        names << o.subject;
    if (names.size() > 20)
        names = names.mid(0, 20) << QStringLiteral("...");
    return { Finding::pass(check,
        { QCoreApplication::translate("Checks", "all %n passed: %1", nullptr, n)
                .arg(names.join(QStringLiteral(", "))) })
                 .lookedAt(n, examined) };
}

} // namespace pbxwarden::audit::checks
