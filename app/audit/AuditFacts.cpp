#include "audit/AuditFacts.h"

#include "audit/SecretScrubber.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace pbxwarden::audit {

AuditFacts::AuditFacts(FactBundle bundle, QDateTime assessedAt, std::optional<QDateTime> previousAudit)
    : m_bundle(std::move(bundle))
    , m_assessedAt(std::move(assessedAt))
    , m_previousAudit(std::move(previousAudit))
{
    const QStringList files = m_bundle.files();
    const AsteriskConfig::Resolver resolver = [this, files](const QString& pattern) {
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern));
        QList<QPair<QString, QString>> out;
        for (const QString& f : files) {
            if (glob.match(f).hasMatch() && m_bundle.hasFile(f))
                out << qMakePair(f, m_bundle.file(f));
        }
        return out;
    };
    for (const QString& main : { QStringLiteral("pjsip.conf"), QStringLiteral("sip.conf"),
             QStringLiteral("iax.conf"), QStringLiteral("manager.conf"), QStringLiteral("extensions.conf"),
             QStringLiteral("http.conf"), QStringLiteral("voicemail.conf"), QStringLiteral("logger.conf"),
             QStringLiteral("acl.conf"), QStringLiteral("modules.conf"), QStringLiteral("asterisk.conf") }) {
        const QString path = QStringLiteral("/etc/asterisk/") + main;
        if (m_bundle.hasFile(path))
            m_asterisk.insert(main, AsteriskConfig::parse(path, m_bundle.file(path), resolver));
    }
    // A file that hit the reader's limits (issue 11: exponential templates) was read only in part:
    // judging any of the configuration from it could pass what it never saw, so none is judged.
    for (auto it = m_asterisk.cbegin(); it != m_asterisk.cend(); ++it) {
        if (it->limitError()) {
            m_asteriskProblem = it->limitError()->message;
            break;
        }
    }
    if (!m_asteriskProblem.isEmpty())
        m_asterisk.clear();
    if (const AsteriskConfig* ext = asterisk(QStringLiteral("extensions.conf")))
        m_dialplan = Dialplan::build(*ext);

    for (const QString& s : { QStringLiteral("asterisk-version"), QStringLiteral("asterisk-V") }) {
        if (m_bundle.ok(s) && !m_version)
            m_version = AsteriskVersion::parse(m_bundle.text(s));
    }
    if (m_bundle.ok(QStringLiteral("asterisk-chan-modules"))) {
        const QString mods = m_bundle.text(QStringLiteral("asterisk-chan-modules"));
        if (mods.contains(QLatin1String("modules loaded")))
            m_chanSip = mods.contains(QLatin1String("chan_sip.so"));
    }
    // A chan_sip CLI command that answers proves the module is loaded, whatever the list said.
    if (m_bundle.ok(QStringLiteral("asterisk-sip-peers"))) {
        const QString peers = m_bundle.text(QStringLiteral("asterisk-sip-peers"));
        if (peers.contains(QLatin1String("sip peers")) && !peers.contains(QLatin1String("No such command")))
            m_chanSip = true;
        else if (peers.contains(QLatin1String("No such command")) && !m_chanSip)
            m_chanSip = false;
    }

    if (m_bundle.ok(QStringLiteral("ast-pjsip-endpoints"))) {
        PjsipShow endpoints = PjsipShow::parse(m_bundle.text(QStringLiteral("ast-pjsip-endpoints")));
        if (endpoints.recognized)
            m_pjsipEndpoints = std::move(endpoints);
    }
    for (const QString& s : { QStringLiteral("ast-pjsip-contacts"), QStringLiteral("asterisk-contacts") }) {
        if (!m_bundle.ok(s) || m_pjsipContacts)
            continue;
        const PjsipShow contacts = PjsipShow::parse(m_bundle.text(s));
        if (contacts.recognized)
            m_pjsipContacts = contacts.contacts;
    }
    if (!m_pjsipContacts && m_pjsipEndpoints)
        m_pjsipContacts = m_pjsipEndpoints->contacts;

    if (m_bundle.ok(QStringLiteral("sshd-T-external")))
        m_sshd = SshdConfig::fromEffective(m_bundle.text(QStringLiteral("sshd-T-external")));
    else if (m_bundle.ok(QStringLiteral("sshd-T")))
        m_sshd = SshdConfig::fromEffective(m_bundle.text(QStringLiteral("sshd-T")));
    else if (m_bundle.hasFile(QStringLiteral("/etc/ssh/sshd_config"))) {
        QHash<QString, QString> sshFiles;
        for (const QString& f : files) {
            if (f.startsWith(QLatin1String("/etc/ssh/")))
                sshFiles.insert(f, m_bundle.file(f));
        }
        m_sshd = SshdConfig::fromFiles(QStringLiteral("/etc/ssh/sshd_config"), sshFiles);
    }

    m_hasIptables = m_bundle.ok(QStringLiteral("iptables-save"));
    if (m_hasIptables)
        m_iptables = IptablesRules::parse(m_bundle.text(QStringLiteral("iptables-save")));
    if (m_bundle.ok(QStringLiteral("nft"))) {
        QString error;
        m_nft = NftRuleset::parse(m_bundle.section(QStringLiteral("nft"))->content, &error);
        m_hasNft = error.isEmpty();
    }
    m_hasSockets = m_bundle.ok(QStringLiteral("ss"));
    if (m_hasSockets)
        m_sockets = SocketList::parse(m_bundle.text(QStringLiteral("ss")));

    m_f2bStatus = Fail2banStatus::parse(
        m_bundle.text(QStringLiteral("fail2ban-status")), m_bundle.text(QStringLiteral("fail2ban-jails")));
    QList<QPair<QString, QString>> jailFiles;
    for (const QString& f : files) {
        if (f.startsWith(QLatin1String("/etc/fail2ban/")))
            jailFiles << qMakePair(f, m_bundle.file(f));
    }
    m_f2bConfig = Fail2banConfig::parse(jailFiles);

    // ls -ln --time-style=+%s: mode links uid gid size mtime path
    static const QRegularExpression lsLine(
        QStringLiteral("^[-dlrwxsStT]{10}\\S*\\s+\\d+\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+\\d+\\s+(\\S+)$"));
    QString dir;
    for (const QString& line : m_bundle.text(QStringLiteral("asterisk-logs")).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char(':')) && line.startsWith(QLatin1Char('/'))) {
            dir = line.chopped(1);
            continue;
        }
        const auto m = lsLine.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        QString path = m.captured(2);
        if (!path.startsWith(QLatin1Char('/')))
            path = (dir.endsWith(QLatin1Char('/')) ? dir : dir + u'/') + path;
        m_logFiles.insert(path, m.captured(1).toLongLong());
    }
}

QString AuditFacts::missing(const QString& section) const
{
    const FactSection* s = m_bundle.section(section);
    if (!s)
        return QCoreApplication::translate("AuditFacts", "the collector did not report %1").arg(section);
    if (!s->complete)
        return QCoreApplication::translate(
            "AuditFacts", "%1 was cut off: audit again (the link or the time limit ended the collection)")
            .arg(section);
    if (s->rc == 77)
        return QCoreApplication::translate("AuditFacts",
            "%1 needs root (the audit account is not root): audit as root, or give the sudo password")
            .arg(section);
    if (s->rc == 127)
        return QCoreApplication::translate(
            "AuditFacts", "%1: the tool is not installed on the PBX: install it and audit again")
            .arg(section);
    if (s->rc == SecretScrubber::kWithheldRc)
        return QCoreApplication::translate(
            "AuditFacts", "%1 was not kept: the console stores only the files and sections its checks read")
            .arg(section);
    if (s->rc != 0)
        return QCoreApplication::translate("AuditFacts", "%1 failed (exit status %2)")
            .arg(section)
            .arg(s->rc);
    return {};
}

QString AuditFacts::pjsipContactsMissing() const
{
    if (m_pjsipContacts)
        return {};
    for (const QString& s : { QStringLiteral("ast-pjsip-contacts"), QStringLiteral("asterisk-contacts") }) {
        if (!m_bundle.has(s))
            continue;
        const QString why = missing(s);
        return why.isEmpty()
            ? QCoreApplication::translate("AuditFacts", "%1 is not a list of PJSIP contacts").arg(s)
            : why;
    }
    return missing(QStringLiteral("ast-pjsip-contacts"));
}

const AsteriskConfig* AuditFacts::asterisk(const QString& baseName) const
{
    const auto it = m_asterisk.constFind(baseName);
    return it == m_asterisk.cend() ? nullptr : &*it;
}

QString AuditFacts::asteriskProblemOr(const QString& otherwise) const
{
    return m_asteriskProblem.isEmpty() ? otherwise : m_asteriskProblem;
}

bool AuditFacts::asteriskConfigCollected() const
{
    return !m_asterisk.isEmpty();
}

PortExposure AuditFacts::exposure(const QString& protocol, int port) const
{
    const PortExposure a = m_hasIptables ? m_iptables.exposure(protocol, port) : PortExposure::Unknown;
    const PortExposure b = m_hasNft ? m_nft.exposure(protocol, port) : PortExposure::Unknown;
    if (a == PortExposure::Filtered || b == PortExposure::Filtered || frontendFirewallActive())
        return PortExposure::Filtered;
    if (a == PortExposure::Open || b == PortExposure::Open)
        return PortExposure::Open;
    // Rule sets were read but have no input chain at all: nothing filters.
    if (hasFirewallFacts())
        return PortExposure::Open;
    return PortExposure::Unknown;
}

bool AuditFacts::frontendFirewallActive() const
{
    if (m_bundle.ok(QStringLiteral("firewalld"))
        && m_bundle.text(QStringLiteral("firewalld")).trimmed() == u"running")
        return true;
    return m_bundle.ok(QStringLiteral("ufw"))
        && m_bundle.text(QStringLiteral("ufw")).contains(QLatin1String("Status: active"));
}

std::optional<bool> AuditFacts::fail2banInstalled() const
{
    const FactSection* s = m_bundle.section(QStringLiteral("fail2ban-status"));
    if (!s || !s->complete || s->rc == 77)
        return std::nullopt;
    return s->rc != 127;
}

QPair<QString, QString> AuditFacts::country() const
{
    // "file:key=value" lines; indications.conf's country first, then chan_dahdi.conf's zones.
    const QStringList lines = m_bundle.text(QStringLiteral("country")).split(QLatin1Char('\n'));
    for (const char* wanted : { "country", "defaultzone", "loadzone", "tonezone" }) {
        for (const QString& line : lines) {
            const QString kv = line.section(QLatin1Char(':'), 1).trimmed();
            if (kv.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String(wanted)) {
                const QString value = kv.section(QLatin1Char('='), 1).trimmed().toLower();
                if (!value.isEmpty())
                    return { value, line.trimmed() };
            }
        }
    }
    return {};
}

std::optional<QStringList> AuditFacts::hostAddresses() const
{
    if (!m_bundle.ok(QStringLiteral("ip-addr")))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(m_bundle.section(QStringLiteral("ip-addr"))->content);
    if (!doc.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue& link : doc.array()) {
        for (const QJsonValue& a : link.toObject().value(QLatin1String("addr_info")).toArray()) {
            const QString local = a.toObject().value(QLatin1String("local")).toString();
            const QHostAddress h(local);
            if (!local.isEmpty() && !h.isLoopback())
                out << local;
        }
    }
    return out;
}

bool AuditFacts::isPublicAddress(const QString& address)
{
    const QHostAddress a(address);
    if (a.isNull() || a.isLoopback() || a.isLinkLocal() || a.isSiteLocal() || a.isUniqueLocalUnicast()
        || a.isMulticast() || a.isBroadcast())
        return false;
    // Private (RFC 1918), shared (RFC 6598), benchmarking (RFC 2544) and documentation ranges.
    for (const char* net : { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
             "198.18.0.0/15", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32" }) {
        if (a.isInSubnet(QHostAddress::parseSubnet(QLatin1String(net))))
            return false;
    }
    return true;
}

std::optional<bool> AuditFacts::hasPublicAddress() const
{
    const auto addresses = hostAddresses();
    if (!addresses)
        return std::nullopt;
    return std::any_of(addresses->cbegin(), addresses->cend(), &AuditFacts::isPublicAddress);
}

} // namespace pbxwarden::audit
