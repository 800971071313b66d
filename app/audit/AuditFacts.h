#pragma once

#include "audit/AsteriskVersion.h"
#include "audit/FactBundle.h"
#include "audit/SecretVerdict.h"
#include "pbxconf/AsteriskConfig.h"
#include "pbxconf/Dialplan.h"
#include "pbxconf/Fail2banConfig.h"
#include "pbxconf/Fail2banStatus.h"
#include "pbxconf/IptablesRules.h"
#include "pbxconf/NftRuleset.h"
#include "pbxconf/PjsipShow.h"
#include "pbxconf/SocketList.h"
#include "pbxconf/SshdConfig.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace pbxwarden::audit {

// The audit reads through the configuration room's readers; their names are the audit's words too.
using namespace pbxwarden::pbxconf;

// A scrubbed bundle, parsed once, with the time of the audit and the previous audit's time: all a
// check may look at. Checks are pure functions of this.
class AuditFacts
{
public:
    AuditFacts(
        FactBundle bundle, QDateTime assessedAt, std::optional<QDateTime> previousAudit = std::nullopt);

    const FactBundle& bundle() const { return m_bundle; }
    QDateTime assessedAt() const { return m_assessedAt; }
    std::optional<QDateTime> previousAudit() const { return m_previousAudit; }

    // Why a section is unusable, in words ("needs root", "not installed", "missing", "cut off"),
    // or empty when it is there with exit status 0.
    QString missing(const QString& section) const;

    // Asterisk configuration by base name ("pjsip.conf"), includes resolved; nullptr if the file was
    // not collected.
    const AsteriskConfig* asterisk(const QString& baseName) const;
    bool asteriskConfigCollected() const;
    // Why no Asterisk file may be judged when one hit the reader's limits, else otherwise.
    QString asteriskProblemOr(const QString& otherwise) const;
    std::optional<AsteriskVersion> asteriskVersion() const { return m_version; }
    // chan_sip is loaded (module list), or nullopt when the list is unknown.
    std::optional<bool> chanSipLoaded() const { return m_chanSip; }
    const Dialplan& dialplan() const { return m_dialplan; }

    // Live PJSIP state (`pjsip show endpoints` / `pjsip show contacts`, as AMI's
    // PJSIPShowEndpoints / PJSIPShowContacts give it); nullopt when the section is missing, failed or
    // is not Asterisk's list (res_pjsip not loaded). Contacts come from ast-pjsip-contacts, else
    // asterisk-contacts (bundles of older collectors), else the endpoints list.
    const std::optional<PjsipShow>& pjsipEndpoints() const { return m_pjsipEndpoints; }
    const std::optional<QList<PjsipContact>>& pjsipContacts() const { return m_pjsipContacts; }
    // Why the contacts are unknown (see missing()), empty when they are known.
    QString pjsipContactsMissing() const;

    // Effective sshd settings for a client from the Internet (sshd -T -C ...), else sshd -T, else the
    // files; empty when none could be read.
    const SshdConfig& sshd() const { return m_sshd; }

    bool hasFirewallFacts() const { return m_hasIptables || m_hasNft; }
    const IptablesRules& iptables() const { return m_iptables; }
    const NftRuleset& nft() const { return m_nft; }
    // Combined: filtered when either rule set filters, open when one accepts and none filters.
    PortExposure exposure(const QString& protocol, int port) const;
    bool hasInputFiltering() const { return m_iptables.hasInputFiltering() || m_nft.hasInputFiltering(); }
    // firewalld or ufw said it is active.
    bool frontendFirewallActive() const;

    bool hasSockets() const { return m_hasSockets; }
    const SocketList& sockets() const { return m_sockets; }

    // nullopt when it is not known whether fail2ban is installed.
    std::optional<bool> fail2banInstalled() const;
    const Fail2banStatus& fail2banStatus() const { return m_f2bStatus; }
    const Fail2banConfig& fail2banConfig() const { return m_f2bConfig; }

    // The PBX's country code ("us", "gb") and where it came from ("indications.conf country=us"), from
    // the collector's "country" section (indications.conf country, chan_dahdi.conf zones); empty
    // when not known.
    QPair<QString, QString> country() const;

    // The host's addresses (ip -j addr: every family, loopback excluded), nullopt when not collected.
    std::optional<QStringList> hostAddresses() const;
    // Whether one of them is globally routable (not RFC 1918, CGNAT, link-local, benchmark, ULA,
    // documentation); nullopt when the addresses are unknown.
    std::optional<bool> hasPublicAddress() const;
    static bool isPublicAddress(const QString& address);

    // Files under /var/log the collector listed (asterisk-logs section): path -> size.
    QHash<QString, qint64> logFiles() const { return m_logFiles; }
    bool hasLogListing() const { return m_bundle.has(QStringLiteral("asterisk-logs")); }

    static std::optional<SecretVerdict> verdict(const QString& value)
    {
        return SecretVerdict::fromMarker(value);
    }

private:
    FactBundle m_bundle;
    QDateTime m_assessedAt;
    std::optional<QDateTime> m_previousAudit;
    QHash<QString, AsteriskConfig> m_asterisk;
    QString m_asteriskProblem;
    std::optional<AsteriskVersion> m_version;
    std::optional<bool> m_chanSip;
    Dialplan m_dialplan;
    std::optional<PjsipShow> m_pjsipEndpoints;
    std::optional<QList<PjsipContact>> m_pjsipContacts;
    SshdConfig m_sshd;
    IptablesRules m_iptables;
    NftRuleset m_nft;
    bool m_hasIptables = false;
    bool m_hasNft = false;
    SocketList m_sockets;
    bool m_hasSockets = false;
    Fail2banStatus m_f2bStatus;
    Fail2banConfig m_f2bConfig;
    QHash<QString, qint64> m_logFiles;
};

} // namespace pbxwarden::audit
