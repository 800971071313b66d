#pragma once

#include "pbxconf/PortExposure.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace pbxwarden::pbxconf {

// `nft -j list ruleset`: base chains hooked on input, their policies and rules, and what they do
// to a new IPv4 packet from anywhere to a port.
class NftRuleset
{
public:
    struct Chain
    {
        QString family;
        QString table;
        QString name;
        QString hook; // "input", ... or empty for a regular chain
        QString policy; // "accept" / "drop"
        QList<QJsonArray> rules; // each rule's "expr"
    };

    // False (and error set) when the text is not nft's JSON.
    static NftRuleset parse(const QByteArray& json, QString* error = nullptr);

    bool isEmpty() const { return m_chains.isEmpty(); }
    QList<Chain> chains() const { return m_chains.values(); }
    int ruleCount() const;
    // Any input base chain with policy drop, or any drop/reject verdict in a table with one.
    bool hasInputFiltering() const;
    // Unknown when no input base chain exists (nftables filters nothing).
    PortExposure exposure(const QString& protocol, int port) const;

private:
    PortExposure walk(const Chain& chain, const QString& protocol, int port, int depth, bool* decided) const;

    QHash<QString, Chain> m_chains; // "family/table/name"
};

} // namespace pbxwarden::pbxconf
