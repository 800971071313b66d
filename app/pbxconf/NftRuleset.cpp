#include "pbxconf/NftRuleset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbxwarden::pbxconf {
namespace {

enum class Match
{
    Yes,
    No,
    Unknown
};

bool portIn(const QJsonValue& right, int port)
{
    if (right.isDouble())
        return right.toInt() == port;
    if (right.isObject()) {
        const QJsonObject o = right.toObject();
        if (o.contains(QLatin1String("range"))) {
            const QJsonArray r = o.value(QLatin1String("range")).toArray();
            return port >= r.at(0).toInt() && port <= r.at(1).toInt();
        }
        if (o.contains(QLatin1String("set"))) {
            for (const QJsonValue& v : o.value(QLatin1String("set")).toArray()) {
                if (portIn(v, port))
                    return true;
            }
        }
    }
    if (right.isArray()) {
        for (const QJsonValue& v : right.toArray()) {
            if (portIn(v, port))
                return true;
        }
    }
    return false;
}

QStringList words(const QJsonValue& v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    const QJsonArray a = v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("set")).toArray();
    for (const QJsonValue& x : a)
        out << x.toString();
    return out;
}

// Whether one match expression can hold for a new packet from anywhere to protocol/port.
Match evaluate(const QJsonObject& match, const QString& protocol, int port)
{
    const QString op = match.value(QLatin1String("op")).toString(QStringLiteral("=="));
    const QJsonObject left = match.value(QLatin1String("left")).toObject();
    const QJsonValue right = match.value(QLatin1String("right"));
    const bool equal = op == u"==" || op == u"in";
    if (op != u"==" && op != u"!=" && op != u"in")
        return Match::Unknown;
    Match m = Match::Unknown;
    if (left.contains(QLatin1String("payload"))) {
        const QJsonObject p = left.value(QLatin1String("payload")).toObject();
        const QString field = p.value(QLatin1String("field")).toString();
        const QString proto = p.value(QLatin1String("protocol")).toString();
        if (field == u"dport" && (proto == u"tcp" || proto == u"udp" || proto == u"th"))
            m = (proto == u"th" || proto == protocol) && portIn(right, port) ? Match::Yes : Match::No;
        else if (field == u"saddr")
            // Any given source list excludes "an arbitrary Internet address".
            m = Match::No;
        else if (field == u"daddr" || field == u"sport")
            m = Match::Yes;
        else if (field == u"protocol" || field == u"nexthdr")
            m = words(right).contains(protocol) ? Match::Yes : Match::No;
    } else if (left.contains(QLatin1String("meta"))) {
        const QString key
            = left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString();
        if (key == u"iifname" || key == u"iif")
            m = words(right).contains(QStringLiteral("lo")) ? Match::No : Match::Yes;
        else if (key == u"l4proto")
            m = words(right).contains(protocol) ? Match::Yes : Match::No;
        else if (key == u"nfproto")
            m = words(right).contains(QStringLiteral("ipv4")) ? Match::Yes : Match::No;
    } else if (left.contains(QLatin1String("ct"))) {
        const QString key = left.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString();
        if (key == u"state")
            m = words(right).contains(QStringLiteral("new")) ? Match::Yes : Match::No;
    }
    if (m == Match::Unknown || equal)
        return m;
    return m == Match::Yes ? Match::No : Match::Yes;
}

} // namespace

NftRuleset NftRuleset::parse(const QByteArray& json, QString* error)
{
    NftRuleset set;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.object().value(QLatin1String("nftables")).isArray()) {
        if (error)
            *error = QCoreApplication::translate("NftRuleset", "not nft JSON: %1").arg(pe.errorString());
        return set;
    }
    for (const QJsonValue& item : doc.object().value(QLatin1String("nftables")).toArray()) {
        const QJsonObject o = item.toObject();
        if (o.contains(QLatin1String("chain"))) {
            const QJsonObject c = o.value(QLatin1String("chain")).toObject();
            Chain chain;
            chain.family = c.value(QLatin1String("family")).toString();
            chain.table = c.value(QLatin1String("table")).toString();
            chain.name = c.value(QLatin1String("name")).toString();
            chain.hook = c.value(QLatin1String("hook")).toString();
            chain.policy = c.value(QLatin1String("policy")).toString(QStringLiteral("accept"));
            set.m_chains.insert(chain.family + u'/' + chain.table + u'/' + chain.name, chain);
        } else if (o.contains(QLatin1String("rule"))) {
            const QJsonObject r = o.value(QLatin1String("rule")).toObject();
            const QString key = r.value(QLatin1String("family")).toString() + u'/'
                + r.value(QLatin1String("table")).toString() + u'/'
                + r.value(QLatin1String("chain")).toString();
            auto it = set.m_chains.find(key);
            if (it != set.m_chains.end())
                it->rules << r.value(QLatin1String("expr")).toArray();
        }
    }
    return set;
}

int NftRuleset::ruleCount() const
{
    int n = 0;
    for (const Chain& c : m_chains)
        n += int(c.rules.size());
    return n;
}

bool NftRuleset::hasInputFiltering() const
{
    for (const Chain& c : m_chains) {
        if (c.hook == u"input" && c.policy == u"drop")
            return true;
        for (const QJsonArray& rule : c.rules) {
            for (const QJsonValue& e : rule) {
                const QJsonObject o = e.toObject();
                if (o.contains(QLatin1String("drop")) || o.contains(QLatin1String("reject")))
                    return true;
            }
        }
    }
    return false;
}

PortExposure NftRuleset::exposure(const QString& protocol, int port) const
{
    bool anyInput = false;
    bool anyOpen = false;
    for (const Chain& c : m_chains) {
        if (c.hook != u"input" || (c.family != u"ip" && c.family != u"inet"))
            continue;
        anyInput = true;
        bool decided = false;
        PortExposure e = walk(c, protocol, port, 0, &decided);
        if (!decided)
            e = c.policy == u"drop" ? PortExposure::Filtered : PortExposure::Open;
        // A packet must pass every input base chain.
        if (e == PortExposure::Filtered)
            return PortExposure::Filtered;
        anyOpen = anyOpen || e == PortExposure::Open;
    }
    if (!anyInput)
        return PortExposure::Unknown;
    return anyOpen ? PortExposure::Open : PortExposure::Unknown;
}

PortExposure NftRuleset::walk(
    const Chain& chain, const QString& protocol, int port, int depth, bool* decided) const
{
    if (depth > 16)
        return PortExposure::Unknown;
    for (const QJsonArray& rule : chain.rules) {
        bool matches = true;
        bool unknown = false;
        for (const QJsonValue& e : rule) {
            const QJsonObject o = e.toObject();
            if (o.contains(QLatin1String("match"))) {
                const Match m = evaluate(o.value(QLatin1String("match")).toObject(), protocol, port);
                if (m == Match::No)
                    matches = false;
                else if (m == Match::Unknown)
                    unknown = true;
                continue;
            }
            if (!matches)
                break;
            if (o.contains(QLatin1String("accept"))) {
                *decided = true;
                return PortExposure::Open;
            }
            if ((o.contains(QLatin1String("drop")) || o.contains(QLatin1String("reject"))) && !unknown) {
                *decided = true;
                return PortExposure::Filtered;
            }
            if (o.contains(QLatin1String("return")))
                return PortExposure::Unknown;
            const QJsonObject jump = o.value(QLatin1String("jump")).toObject().isEmpty()
                ? o.value(QLatin1String("goto")).toObject()
                : o.value(QLatin1String("jump")).toObject();
            if (!jump.isEmpty()) {
                const auto it = m_chains.constFind(chain.family + u'/' + chain.table + u'/'
                    + jump.value(QLatin1String("target")).toString());
                if (it != m_chains.cend()) {
                    const PortExposure r = walk(*it, protocol, port, depth + 1, decided);
                    if (*decided)
                        return r;
                }
            }
            // counter, log, xt (an iptables match nft cannot show): no verdict, or one we cannot judge.
            if (o.contains(QLatin1String("xt")))
                unknown = true;
        }
    }
    return PortExposure::Unknown;
}

} // namespace pbxwarden::pbxconf
