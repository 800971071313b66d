#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check noFirewall()
{
    return { QStringLiteral("firewall.none"), Practice::Firewall, Severity::High,
        QCoreApplication::translate("FirewallChecks", "No host firewall filters incoming connections"),
        QCoreApplication::translate("FirewallChecks",
            "Without a firewall every service of the PBX (SIP, AMI, SSH, the web interface) answers the "
            "whole "
            "Internet; scanners find a new PBX within minutes."),
        QCoreApplication::translate("FirewallChecks",
            "Set the INPUT policy to DROP and accept only loopback, established connections, SSH and the web "
            "interface from the administrators' addresses and SIP/RTP from the phones' and the provider's "
            "networks (or put the PBX behind a firewall that does this).") };
}

Check exposedServices()
{
    return { QStringLiteral("firewall.exposed-services"), Practice::Firewall, Severity::High,
        QCoreApplication::translate(
            "FirewallChecks", "PBX services listen on every address with no rule in front"),
        QCoreApplication::translate("FirewallChecks",
            "A service bound to all addresses and accepted by the firewall can be brute-forced or exploited "
            "from "
            "anywhere: SIP registration cracking, AMI logins, SSH password guessing."),
        QCoreApplication::translate("FirewallChecks",
            "Bind services to the addresses that need them and add firewall rules that accept SIP, SSH, AMI "
            "and "
            "web ports only from known networks.") };
}

Check amiExposed()
{
    return { QStringLiteral("firewall.ami-exposed"), Practice::Firewall, Severity::Critical,
        QCoreApplication::translate(
            "FirewallChecks", "The Asterisk Manager Interface is open to the Internet"),
        QCoreApplication::translate("FirewallChecks",
            "AMI can originate calls, read and change the configuration and, with write=system or originate, "
            "run commands on the PBX (GHSA-c4cg-9275-6w44)."),
        QCoreApplication::translate("FirewallChecks",
            "Set bindaddr = 127.0.0.1 in manager.conf (reach AMI through SSH), or accept TCP 5038 only from "
            "the "
            "management host in the firewall.") };
}

struct Listener
{
    QString protocol;
    int port = 0;
    QString what;
};

QList<Listener> allAddressListeners(const AuditFacts& facts)
{
    QList<Listener> out;
    static const QList<int> interesting { 22, 80, 443, 4569, 5038, 5060, 5061, 8080, 8088, 8089 };
    for (const auto& s : facts.sockets().sockets()) {
        if (s.onAllAddresses() && interesting.contains(s.port))
            out << Listener { s.protocol, s.port,
                QStringLiteral("ss: %1 %2:%3%4")
                    .arg(s.protocol, s.address)
                    .arg(s.port)
                    .arg(s.process.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.process)) };
    }
    for (const ConfigSection* t : pjsipOfType(facts, QStringLiteral("transport"))) {
        const QString bind = t->value(QStringLiteral("bind"));
        if (!isAllAddresses(hostOf(bind)))
            continue;
        const QString proto = t->value(QStringLiteral("protocol"), QStringLiteral("udp"));
        const int port = portOf(bind, proto == u"tls" ? 5061 : 5060);
        out << Listener { proto == u"udp" ? QStringLiteral("udp") : QStringLiteral("tcp"), port,
            QStringLiteral("%1 bind = %2").arg(where(*t), bind) };
    }
    if (const AsteriskConfig* m = facts.asterisk(QStringLiteral("manager.conf"))) {
        const ConfigSection* g = m->first(QStringLiteral("general"));
        if (g && g->value(QStringLiteral("enabled"), QStringLiteral("no")) == u"yes"
            && isAllAddresses(g->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"))))
            out << Listener { QStringLiteral("tcp"),
                g->value(QStringLiteral("port"), QStringLiteral("5038")).toInt(),
                QStringLiteral("%1 bindaddr = %2")
                    .arg(where(*g), g->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"))) };
    }
    if (const AsteriskConfig* h = facts.asterisk(QStringLiteral("http.conf"))) {
        const ConfigSection* g = h->first(QStringLiteral("general"));
        if (g && g->value(QStringLiteral("enabled"), QStringLiteral("no")) == u"yes"
            && isAllAddresses(g->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"))))
            out << Listener { QStringLiteral("tcp"),
                g->value(QStringLiteral("bindport"), QStringLiteral("8088")).toInt(),
                QStringLiteral("%1 bindaddr = %2")
                    .arg(where(*g), g->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"))) };
    }
    return out;
}

} // namespace

QList<Finding> firewall(const AuditFacts& facts)
{
    QList<Finding> out;
    if (!facts.hasFirewallFacts()) {
        const QString why = facts.missing(QStringLiteral("iptables-save"));
        out << Finding::notAssessed(noFirewall(), why) << Finding::notAssessed(exposedServices(), why)
            << Finding::notAssessed(amiExposed(), why);
        return out;
    }

    const QString rules = QCoreApplication::translate(
        "FirewallChecks", "iptables-save and nft list ruleset (%1 iptables, %2 nftables rules)")
                              .arg(facts.iptables().ruleCount())
                              .arg(facts.nft().ruleCount());
    if (facts.hasInputFiltering() || facts.frontendFirewallActive()) {
        out << Finding::pass(noFirewall(),
            { QStringLiteral("iptables INPUT policy %1, %2 rules; nftables %3 rules")
                    .arg(facts.iptables().policy(QStringLiteral("filter"), QStringLiteral("INPUT")))
                    .arg(facts.iptables().ruleCount())
                    .arg(facts.nft().ruleCount()) });
    } else {
        out << Finding::fail(noFirewall(),
            { QCoreApplication::translate("FirewallChecks",
                "iptables-save: INPUT policy %1, no rule drops or rejects; nftables: no input chain drops")
                    .arg(facts.iptables().policy(QStringLiteral("filter"), QStringLiteral("INPUT")).isEmpty()
                            ? QStringLiteral("ACCEPT")
                            : facts.iptables().policy(QStringLiteral("filter"), QStringLiteral("INPUT"))) });
    }

    if (!facts.hasSockets() && !facts.asteriskConfigCollected()) {
        out << Finding::notAssessed(exposedServices(), facts.missing(QStringLiteral("ss")));
    } else {
        QStringList open;
        const QList<Listener> listeners = allAddressListeners(facts);
        for (const Listener& l : listeners) {
            if (facts.exposure(l.protocol, l.port) == PortExposure::Open)
                open << QCoreApplication::translate("FirewallChecks", "%1 - %2/%3 accepted from any address")
                            .arg(l.what, l.protocol)
                            .arg(l.port);
        }
        open.removeDuplicates();
        const std::optional<bool> publicHost = facts.hasPublicAddress();
        if (!open.isEmpty() && publicHost && !*publicHost)
            open << QCoreApplication::translate("FirewallChecks",
                "ip addr: the host has private addresses only (%1): reachable from every network that "
                "reaches them, not directly from the Internet")
                        .arg(facts.hostAddresses()->join(QStringLiteral(", ")));
        const QString examined = QCoreApplication::translate("FirewallChecks",
            "%n PBX service(s) listening on every address (ss -tulpn and the Asterisk configuration), "
            "against the firewall rules",
            nullptr, int(listeners.size()));
        if (listeners.isEmpty())
            out << Finding::nothingToAssess(exposedServices(),
                QCoreApplication::translate("FirewallChecks", "no PBX service listens on every address"))
                       .lookedAt(0, examined);
        else
            out << (open.isEmpty() ? Finding::pass(exposedServices())
                                   : Finding::fail(exposedServices(), open))
                       .lookedAt(int(listeners.size()), examined);
    }

    const AsteriskConfig* manager = facts.asterisk(QStringLiteral("manager.conf"));
    const ConfigSection* general = manager ? manager->first(QStringLiteral("general")) : nullptr;
    if (!manager) {
        out << Finding::notAssessed(
            amiExposed(), QCoreApplication::translate("FirewallChecks", "manager.conf was not collected"));
    } else if (!general || general->value(QStringLiteral("enabled"), QStringLiteral("no")) != u"yes") {
        out << Finding::pass(
            amiExposed(), { QCoreApplication::translate("FirewallChecks", "AMI is disabled") });
    } else {
        const QString bind = general->value(QStringLiteral("bindaddr"), QStringLiteral("0.0.0.0"));
        const int port = general->value(QStringLiteral("port"), QStringLiteral("5038")).toInt();
        const std::optional<bool> publicHost = facts.hasPublicAddress();
        if (isLoopback(bind) || !isAllAddresses(bind)
            || facts.exposure(QStringLiteral("tcp"), port) != PortExposure::Open)
            out << Finding::pass(
                amiExposed(), { QStringLiteral("%1 bindaddr = %2").arg(where(*general), bind) });
        else if (publicHost && !*publicHost) {
            // Every address of the host is private: AMI is open to every network that reaches it
            // (a port forward would make that the Internet), not to the Internet itself.
            Finding f = Finding::fail(amiExposed(),
                { QCoreApplication::translate("FirewallChecks",
                      "%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address")
                        .arg(where(*general), bind)
                        .arg(port),
                    QCoreApplication::translate("FirewallChecks",
                        "ip addr: the host has private addresses only (%1): open to every network that "
                        "reaches them, not directly to the Internet")
                        .arg(facts.hostAddresses()->join(QStringLiteral(", "))) });
            f.check.severity = Severity::High;
            out << f;
        } else
            out << Finding::fail(amiExposed(),
                { QCoreApplication::translate("FirewallChecks",
                    "%1 bindaddr = %2, port %3, and the firewall accepts TCP %3 from any address")
                        .arg(where(*general), bind)
                        .arg(port) });
    }
    examinedBy(out, rules);
    return out;
}

} // namespace pbxwarden::audit::checks
