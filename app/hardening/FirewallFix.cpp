#include "audit/checks/CheckSupport.h"
#include "hardening/FixSupport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

#include <algorithm>

// The host firewall: a default-drop input chain in PBX Warden's own nftables table (MECHANICS.md
// §1(g)). Never "flush ruleset": that would also remove fail2ban's table and the host's own rules,
// which stay as they are (a packet must pass every input chain, so theirs still apply).
namespace pbxwarden::hardening::fixes {

using namespace support;

namespace {

using change::ChangePlan;
using change::FileEdit;
using change::PlanCommand;

const QString kTable = QStringLiteral("inet pbxwarden");

QString rulesFile()
{
    return QStringLiteral("/etc/pbxwarden-firewall.nft");
}

QString nftablesConf()
{
    return QStringLiteral("/etc/nftables.conf");
}

bool isIpv6(const QString& network)
{
    return network.contains(QLatin1Char(':'));
}

// "10.77.0.11/24" as nft wants it, "10.77.0.0/24" (answers may keep host bits, as sshd and fail2ban allow).
QString canonical(const QString& network)
{
    if (!network.contains(QLatin1Char('/')))
        return network;
    const auto [address, prefix] = QHostAddress::parseSubnet(network);
    return address.isNull() ? network : QStringLiteral("%1/%2").arg(address.toString()).arg(prefix);
}

// "set mgmt4 { ... }" with the IPv4 or IPv6 networks of the list (none: an empty set, matches nothing).
QByteArray setBlock(const QString& name, const QStringList& networks, bool v6)
{
    QStringList elements;
    for (const QString& n : networks) {
        if (isIpv6(n) == v6 && !elements.contains(canonical(n)))
            elements << canonical(n);
    }
    QByteArray out = "\tset " + name.toUtf8() + " {\n\t\ttype " + (v6 ? "ipv6_addr" : "ipv4_addr")
        + "\n\t\t# overlapping networks (a console inside a trusted range) are merged, not an error\n"
          "\t\tflags interval\n\t\tauto-merge\n";
    if (!elements.isEmpty())
        out += "\t\telements = { " + elements.join(QStringLiteral(", ")).toUtf8() + " }\n";
    return out + "\t}\n";
}

QByteArray ports(const QList<int>& list)
{
    QStringList words;
    for (int p : list)
        words << QString::number(p);
    return list.size() == 1 ? words.first().toUtf8()
                            : "{ " + words.join(QStringLiteral(", ")).toUtf8() + " }";
}

void addPort(QList<int>& list, int port)
{
    if (port > 0 && port < 65536 && !list.contains(port))
        list << port;
}

// The SIP ports Asterisk is told to use (pjsip transports, chan_sip), 5060/5061 when none is named.
void sipPorts(const audit::AuditFacts& facts, QList<int>& udp, QList<int>& tcp)
{
    for (const pbxconf::ConfigSection* t : audit::checks::pjsipOfType(facts, QStringLiteral("transport"))) {
        const QString proto = t->value(QStringLiteral("protocol"), QStringLiteral("udp"));
        const int port
            = audit::checks::portOf(t->value(QStringLiteral("bind")), proto == u"tls" ? 5061 : 5060);
        addPort(proto == u"udp" ? udp : tcp, port);
    }
    if (const pbxconf::AsteriskConfig* sip = facts.asterisk(QStringLiteral("sip.conf"))) {
        if (const pbxconf::ConfigSection* g = sip->first(QStringLiteral("general"))) {
            const int port = g->value(QStringLiteral("bindport"), QStringLiteral("5060")).toInt();
            addPort(udp, port);
            addPort(tcp, port);
        }
    }
    if (udp.isEmpty())
        addPort(udp, 5060);
    if (tcp.isEmpty()) {
        addPort(tcp, 5060);
        addPort(tcp, 5061);
    }
}

// rtp.conf's range (Asterisk's default when it says nothing).
QPair<int, int> rtpRange(const audit::AuditFacts& facts)
{
    int start = 10000, end = 20000;
    if (const pbxconf::AsteriskConfig* rtp = facts.asterisk(QStringLiteral("rtp.conf"))) {
        if (const pbxconf::ConfigSection* g = rtp->first(QStringLiteral("general"))) {
            bool ok1 = false, ok2 = false;
            const int s = g->value(QStringLiteral("rtpstart")).toInt(&ok1);
            const int e = g->value(QStringLiteral("rtpend")).toInt(&ok2);
            if (ok1 && ok2 && s > 0 && e >= s && e < 65536) {
                start = s;
                end = e;
            }
        }
    }
    return { start, end };
}

} // namespace

FixPlan firewall(const FixInput& in)
{
    FixPlan p = start(QStringLiteral("firewall"));
    const HardeningAnswers& a = in.answers;
    if (const Status s = a.validate(); !s)
        return refuse(p, RefusalKind::BadAnswers, s.error());
    if (const QString f = flavor(in.facts); !f.isEmpty())
        return refuse(p, RefusalKind::HeldBack,
            QCoreApplication::translate("HardeningFixes",
                "This PBX runs %1, whose own firewall (FreePBX: the Firewall module, fwconsole firewall) "
                "owns the host's rules; a second firewall beside it would fight it. Trust the console and "
                "the administrators' networks in %1's firewall instead.")
                .arg(f));
    if (in.facts.frontendFirewallActive())
        return refuse(p, RefusalKind::HeldBack,
            QCoreApplication::translate("HardeningFixes",
                "ufw or firewalld manages this host's firewall; PBX Warden does not add rules beside it. "
                "Open SSH and SIP only to the known networks there."));
    if (!in.facts.hasFirewallFacts())
        return refuse(p, RefusalKind::MissingFacts, in.facts.missing(QStringLiteral("nft")));
    const audit::FactSection* nft = in.facts.bundle().section(QStringLiteral("nft"));
    if (!nft || nft->rc == 127)
        return refuse(p, RefusalKind::MissingFacts,
            QCoreApplication::translate("HardeningFixes",
                "nft is not installed on the PBX (package nftables); this fix writes nftables rules. Install "
                "it, audit again, then plan. (Hosts with iptables only are not handled yet.)"));
    if (a.consoleAddress.isEmpty())
        return refuse(p, RefusalKind::BadAnswers,
            QCoreApplication::translate("HardeningFixes",
                "The console's address as the PBX sees it is unknown, so the new rules could shut the "
                "console out. Connect over SSH (it is read from the connection) or give console_address."));
    const QStringList sipSources = a.phoneNetworks + a.trunkAddresses;
    if (sipSources.isEmpty())
        return refuse(p, RefusalKind::BadAnswers,
            QCoreApplication::translate("HardeningFixes",
                "Say which networks the phones register from and which addresses the SIP provider uses "
                "(phone_networks, trunk_addresses): a default-drop firewall would cut off everything "
                "else, and with it every call."));

    // Management: the console first (never shut out), then the administrators' networks.
    QStringList mgmt { a.consoleAddress };
    for (const QString& n : a.trustedNetworks) {
        if (!mgmt.contains(n))
            mgmt << n;
    }
    QList<int> sshPorts;
    for (const QString& word :
        in.facts.sshd().value(QStringLiteral("port"), QStringLiteral("22")).split(u' ')) {
        bool ok = false;
        const int port = word.toInt(&ok);
        if (ok)
            addPort(sshPorts, port);
    }
    if (sshPorts.isEmpty())
        addPort(sshPorts, 22);
    QList<int> adminTcp { 80, 443 };
    if (const pbxconf::AsteriskConfig* http = in.facts.asterisk(QStringLiteral("http.conf"))) {
        if (const pbxconf::ConfigSection* g = http->first(QStringLiteral("general"))) {
            addPort(adminTcp, g->value(QStringLiteral("bindport"), QStringLiteral("8088")).toInt());
            if (g->value(QStringLiteral("tlsenable"), QStringLiteral("no")) == u"yes")
                addPort(adminTcp, audit::checks::portOf(g->value(QStringLiteral("tlsbindaddr")), 8089));
        }
    }
    if (a.amiFromTrustedNetworks)
        addPort(adminTcp, 5038);
    QList<int> sipUdp, sipTcp;
    sipPorts(in.facts, sipUdp, sipTcp);
    const auto [rtpStart, rtpEnd] = rtpRange(in.facts);

    QByteArray text
        = "#!/usr/sbin/nft -f\n"
          "# PBX Warden: this PBX's host firewall, in its own table. Other tables (fail2ban's, the "
          "host's own)\n"
          "# are left as they are. Rewritten by PBX Warden: change the answers there, not this "
          "file.\n"
          "# Recreated in one transaction: declare, delete, define (the rest of the ruleset is never "
          "flushed).\n"
          "table "
        + kTable.toUtf8() + "\ndelete table " + kTable.toUtf8() + "\n\ntable " + kTable.toUtf8() + " {\n";
    text += setBlock(QStringLiteral("mgmt4"), mgmt, false) + setBlock(QStringLiteral("mgmt6"), mgmt, true)
        + setBlock(QStringLiteral("sip4"), sipSources, false)
        + setBlock(QStringLiteral("sip6"), sipSources, true);
    text += "\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n"
            "\t\tct state established,related accept\n\t\tct state invalid drop\n\t\tiif \"lo\" accept\n"
            "\t\tmeta l4proto icmp accept\n\t\tmeta l4proto ipv6-icmp accept\n";
    for (const char* family : { "ip", "ip6" }) {
        const QByteArray f(family);
        const QByteArray v = f == "ip" ? "4" : "6";
        text += "\t\t" + f + " saddr @mgmt" + v + " tcp dport " + ports(sshPorts) + " accept\n";
        text += "\t\t" + f + " saddr @mgmt" + v + " tcp dport " + ports(adminTcp) + " accept\n";
        text += "\t\t" + f + " saddr @sip" + v + " udp dport " + ports(sipUdp) + " accept\n";
        text += "\t\t" + f + " saddr @sip" + v + " tcp dport " + ports(sipTcp) + " accept\n";
    }
    // Media comes from wherever the far end's media server is (often not its signalling address);
    // Asterisk's strictrtp takes only the stream of a call it set up.
    text += "\t\tudp dport " + QByteArray::number(rtpStart) + "-" + QByteArray::number(rtpEnd) + " accept\n";
    text += "\t}\n}\n";

    FileEdit rules;
    rules.path = rulesFile();
    rules.newContent = text;
    rules.newFileMode = QStringLiteral("0600");
    if (in.facts.bundle().has(QStringLiteral("file:") + rulesFile())) {
        const Result<QByteArray> old = collected(in.facts, rulesFile());
        if (!old)
            return refuse(p, RefusalKind::MissingFacts, old.error());
        rules.expectedSha256 = FileEdit::sha256Hex(old.value());
        if (old.value() == text)
            return refuse(p, RefusalKind::NothingToDo,
                QCoreApplication::translate("HardeningFixes", "%1 already holds these rules.")
                    .arg(rulesFile()));
    }

    ChangePlan plan = newPlan(in, p.title);
    plan.files << rules;
    // At boot nftables.service loads /etc/nftables.conf: one include line keeps the rules after a reboot.
    const QByteArray include = "include \"" + rulesFile().toUtf8() + "\"";
    if (in.facts.bundle().has(QStringLiteral("file:") + nftablesConf())) {
        const Result<QByteArray> conf = collected(in.facts, nftablesConf());
        if (!conf)
            return refuse(p, RefusalKind::MissingFacts, conf.error());
        if (!conf.value().contains(include)) {
            FileEdit boot;
            boot.path = nftablesConf();
            boot.expectedSha256 = FileEdit::sha256Hex(conf.value());
            boot.newContent = conf.value();
            if (!boot.newContent.isEmpty() && !boot.newContent.endsWith('\n'))
                boot.newContent += '\n';
            boot.newContent += "# PBX Warden's host firewall (its own table, loaded after the rules above)\n"
                + include + "\n";
            plan.files << boot;
        }
        p.risks << QCoreApplication::translate("HardeningFixes",
            "After a reboot the rules come back only if nftables.service is enabled (systemctl enable "
            "nftables).");
    } else {
        p.risks << QCoreApplication::translate("HardeningFixes",
            "There is no /etc/nftables.conf: the rules hold until the next reboot. Install nftables' "
            "service, or load %1 at boot.")
                       .arg(rulesFile());
    }
    plan.validate << PlanCommand(ssh::RemoteCommand::program({ QStringLiteral("nft"), QStringLiteral("-c"),
                                                                 QStringLiteral("-f"), plan.stagedPath(0) })
                                     .value(),
        QCoreApplication::translate("HardeningFixes", "nft -c -f on the new rules (check only)"));
    // Loaded atomically; after a rollback the old file is loaded again, or the table goes when there was
    // none.
    plan.reload << PlanCommand(
        ssh::RemoteCommand::script(
            "if [ -f \"$1\" ]; then nft -f \"$1\"; else nft delete table inet pbxwarden "
            "2>/dev/null; true; fi",
            { rulesFile() })
            .value(),
        QCoreApplication::translate("HardeningFixes", "nft -f %1 (one transaction)").arg(rulesFile()));
    plan.accessCouldBeLost = true;

    p.risks << QCoreApplication::translate("HardeningFixes",
        "Incoming connections are dropped unless listed: SSH%1 and the web interfaces from %2; SIP from "
        "%3; RTP %4-%5/udp from anywhere.")
                   .arg(sshPorts.size() == 1 && sshPorts.first() == 22
                           ? QString()
                           : QStringLiteral(" (%1)").arg(QString::fromUtf8(ports(sshPorts))),
                       mgmt.join(QStringLiteral(", ")), sipSources.join(QStringLiteral(", ")))
                   .arg(rtpStart)
                   .arg(rtpEnd);
    // Whatever else listens on every address stops being reachable from outside: say what.
    QStringList cut;
    QList<int> kept = sshPorts + adminTcp + sipTcp;
    for (const auto& s : in.facts.sockets().sockets()) {
        if (!s.onAllAddresses())
            continue;
        const bool covered = s.protocol == u"udp"
            ? (sipUdp.contains(s.port) || (s.port >= rtpStart && s.port <= rtpEnd))
            : kept.contains(s.port);
        const QString word
            = QStringLiteral("%1/%2%3")
                  .arg(s.protocol)
                  .arg(s.port)
                  .arg(s.process.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.process));
        if (!covered && !cut.contains(word))
            cut << word;
    }
    if (!cut.isEmpty())
        p.risks << QCoreApplication::translate("HardeningFixes", "No longer reachable from other hosts: %1.")
                       .arg(cut.join(QStringLiteral(", ")));
    if (in.facts.iptables().ruleCount() + in.facts.nft().ruleCount() > 0)
        p.risks << QCoreApplication::translate("HardeningFixes",
            "Kept as they are: the host's other rules (%1 iptables, %2 nftables); a packet must pass "
            "them and these.")
                       .arg(in.facts.iptables().ruleCount())
                       .arg(in.facts.nft().ruleCount());

    const QStringList resolves = failing(in.findings, checksOf(p.fixId));
    if (resolves.isEmpty())
        return refuse(p, RefusalKind::NothingToDo,
            QCoreApplication::translate(
                "HardeningFixes", "None of the firewall findings this fix resolves fails."));
    return finish(p, in, std::move(plan), resolves);
}

} // namespace pbxwarden::hardening::fixes
