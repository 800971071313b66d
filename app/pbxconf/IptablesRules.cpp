#include "pbxconf/IptablesRules.h"

#include <QStringList>

namespace pbxwarden::pbxconf {
namespace {

// Words of a rule line; "double quoted" words (comments, log prefixes) stay whole.
QStringList tokenize(const QString& line)
{
    QStringList out;
    QString word;
    bool quoted = false, have = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < line.size()) {
            word += line.at(++i);
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            have = true;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (have)
                out << word;
            word.clear();
            have = false;
            continue;
        }
        word += c;
        have = true;
    }
    if (have)
        out << word;
    return out;
}

QList<QPair<int, int>> parsePorts(const QString& text)
{
    QList<QPair<int, int>> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        const int a = range.value(0).toInt(&ok1);
        const int b = range.size() > 1 ? (range.at(1).isEmpty() ? 65535 : range.at(1).toInt(&ok2)) : a;
        if (range.size() == 1)
            ok2 = ok1;
        if (ok1 && ok2)
            out << qMakePair(a, b);
    }
    return out;
}

bool isAnySource(const QString& source)
{
    return source.isEmpty() || source == u"0.0.0.0/0" || source == u"0.0.0.0/0.0.0.0" || source == u"::/0";
}

bool matchesPacket(const IptablesRule& r, const QString& protocol, int port)
{
    if (r.negated || r.onlyEstablished)
        return false;
    if (!r.protocol.isEmpty() && r.protocol != u"all" && r.protocol != protocol)
        return false;
    if (!isAnySource(r.source))
        return false;
    if (r.inInterface == u"lo")
        return false;
    if (!r.ports.isEmpty()) {
        bool hit = false;
        for (const auto& [a, b] : r.ports)
            hit = hit || (port >= a && port <= b);
        if (!hit)
            return false;
    }
    return true;
}

} // namespace

IptablesRules IptablesRules::parse(const QString& text)
{
    IptablesRules rules;
    QString table;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.startsWith(QLatin1Char('*'))) {
            table = line.mid(1);
        } else if (line.startsWith(QLatin1Char(':'))) {
            const QStringList w = line.mid(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (w.size() >= 2)
                rules.m_policies.insert(table + u'/' + w.at(0), w.at(1) == u"-" ? QString() : w.at(1));
        } else if (line.startsWith(QLatin1String("-A "))) {
            const QStringList w = tokenize(line);
            IptablesRule r;
            r.table = table;
            r.chain = w.value(1);
            r.line = n + 1;
            r.text = line;
            for (int i = 2; i < w.size(); ++i) {
                const QString& o = w.at(i);
                const QString next = w.value(i + 1);
                if (o == u"!") {
                    r.negated = true;
                } else if (o == u"-p" || o == u"--protocol") {
                    r.protocol = next.toLower();
                    ++i;
                } else if (o == u"-s" || o == u"--source") {
                    r.source = next;
                    ++i;
                } else if (o == u"-i" || o == u"--in-interface") {
                    r.inInterface = next;
                    ++i;
                } else if (o == u"-j" || o == u"-g" || o == u"--jump" || o == u"--goto") {
                    r.target = next;
                    ++i;
                    break; // what follows are the target's options
                } else if (o == u"--dport" || o == u"--dports" || o == u"--destination-port"
                    || o == u"--destination-ports") {
                    r.ports = parsePorts(next);
                    ++i;
                } else if (o == u"--ctstate" || o == u"--state") {
                    r.onlyEstablished = !next.split(QLatin1Char(',')).contains(QStringLiteral("NEW"));
                    ++i;
                } else if (o == u"-m" || o == u"--match") {
                    static const QStringList known { QStringLiteral("tcp"), QStringLiteral("udp"),
                        QStringLiteral("multiport"), QStringLiteral("conntrack"), QStringLiteral("state"),
                        QStringLiteral("comment"), QStringLiteral("icmp"), QStringLiteral("icmp6") };
                    if (!known.contains(next))
                        r.unknownMatch = true;
                    ++i;
                } else if (o == u"--comment" || o == u"-d" || o == u"--destination" || o == u"-o"
                    || o == u"--icmp-type" || o == u"--sport" || o == u"--sports") {
                    ++i;
                }
            }
            rules.m_rules << r;
        }
    }
    return rules;
}

QList<IptablesRule> IptablesRules::rules(const QString& table, const QString& chain) const
{
    QList<IptablesRule> out;
    for (const IptablesRule& r : m_rules) {
        if (r.table == table && r.chain == chain)
            out << r;
    }
    return out;
}

bool IptablesRules::hasInputFiltering() const
{
    if (policy(QStringLiteral("filter"), QStringLiteral("INPUT")) == u"DROP")
        return true;
    for (const IptablesRule& r : m_rules) {
        if (r.table == u"filter" && (r.target == u"DROP" || r.target == u"REJECT"))
            return true;
    }
    return false;
}

PortExposure IptablesRules::exposure(const QString& protocol, int port) const
{
    const QString inputPolicy = policy(QStringLiteral("filter"), QStringLiteral("INPUT"));
    if (inputPolicy.isEmpty())
        return PortExposure::Unknown;
    bool decided = false;
    const PortExposure e = walk(QStringLiteral("INPUT"), protocol, port, 0, &decided);
    if (decided)
        return e;
    return inputPolicy == u"ACCEPT" ? PortExposure::Open : PortExposure::Filtered;
}

PortExposure IptablesRules::walk(
    const QString& chain, const QString& protocol, int port, int depth, bool* decided) const
{
    if (depth > 16)
        return PortExposure::Unknown;
    for (const IptablesRule& r : rules(QStringLiteral("filter"), chain)) {
        const bool dropping = r.target == u"DROP" || r.target == u"REJECT";
        // An accept we do not fully understand counts as open; a drop we do not understand as absent.
        if (!matchesPacket(r, protocol, port) || (dropping && r.unknownMatch))
            continue;
        if (r.target == u"ACCEPT") {
            *decided = true;
            return PortExposure::Open;
        }
        if (dropping) {
            *decided = true;
            return PortExposure::Filtered;
        }
        if (r.target == u"RETURN")
            return PortExposure::Unknown;
        if (m_policies.contains(QStringLiteral("filter/") + r.target)) {
            const PortExposure e = walk(r.target, protocol, port, depth + 1, decided);
            if (*decided)
                return e;
        }
    }
    return PortExposure::Unknown;
}

} // namespace pbxwarden::pbxconf
