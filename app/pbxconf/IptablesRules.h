#pragma once

#include "pbxconf/PortExposure.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace pbxwarden::pbxconf {

struct IptablesRule
{
    QString table;
    QString chain;
    QString protocol; // "tcp", "udp", "icmp", or empty for any
    QString source; // -s, empty for any
    QString inInterface; // -i
    QString target; // -j / -g
    QList<QPair<int, int>> ports; // --dport / --dports ranges; empty for any
    bool onlyEstablished = false; // conntrack/state without NEW
    bool negated = false; // a "!" somewhere: treated as not matching everything
    bool unknownMatch = false; // a match module we do not model (recent, limit, mark, ...)
    int line = 0;
    QString text;
};

// iptables-save output: tables, chain policies, rules in order.
class IptablesRules
{
public:
    static IptablesRules parse(const QString& text);

    bool isEmpty() const { return m_policies.isEmpty() && m_rules.isEmpty(); }
    // "ACCEPT", "DROP", or empty for user chains / unknown.
    QString policy(const QString& table, const QString& chain) const
    {
        return m_policies.value(table + u'/' + chain);
    }
    QList<IptablesRule> rules(const QString& table, const QString& chain) const;
    int ruleCount() const { return int(m_rules.size()); }
    // Whether any rule of filter/INPUT (or a chain it jumps to) drops or rejects.
    bool hasInputFiltering() const;
    // What filter/INPUT does to a new packet from anywhere (not loopback) to proto/port.
    PortExposure exposure(const QString& protocol, int port) const;

private:
    PortExposure walk(
        const QString& chain, const QString& protocol, int port, int depth, bool* decided) const;

    QHash<QString, QString> m_policies;
    QList<IptablesRule> m_rules;
};

} // namespace pbxwarden::pbxconf
