#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pbxwarden::hardening {

// What the user told the wizard about one PBX (or the whole fleet): the facts a fix cannot read from
// the audit. Every value ends up in a configuration file, so validate() refuses anything that is not
// exactly an address, a network or an account name.
struct HardeningAnswers
{
    // Networks the administrators work from: "192.0.2.0/24", "2001:db8::/32" or one address.
    QStringList trustedNetworks;
    // The console's own address as the PBX sees it (ChangeEngine::consoleAddress).
    QString consoleAddress;
    // The login account that must keep SSH access (the one the console uses).
    QString adminAccount;
    // The kept account can become root with sudo (so root's own login may go).
    bool adminCanSudo = false;
    // The console has logged in as the kept account with its key (so passwords may go).
    bool adminKeyLoginProved = false;
    // ITSP / trunk addresses or networks fail2ban must never ban (and the firewall lets send SIP).
    QStringList trunkAddresses;
    // Networks the phones register from (the office LAN, a VPN): the firewall lets them send SIP.
    QStringList phoneNetworks;
    // AMI users may also log in from the trusted networks (default: loopback only, through SSH).
    bool amiFromTrustedNetworks = false;
    // AMI users that keep their write classes (an application that really originates calls).
    QStringList amiPrivilegedUsers;

    // Refuses shell or configuration syntax, newlines, quotes, and anything that is not an address,
    // network or name; says which answer is wrong and what it must look like.
    Status validate() const;

    QJsonObject toJson() const;
    // Reads the keys toJson() writes; unknown keys are refused so a typo does not go unnoticed.
    static Result<HardeningAnswers> fromJson(const QJsonObject& object);

    // "192.0.2.7" or "192.0.2.0/24" (host bits allowed, as sshd and fail2ban accept them).
    static bool isNetwork(const QString& text);
    static bool isAddress(const QString& text);
    // A POSIX login name (the portable set useradd accepts).
    static bool isAccountName(const QString& text);
    // An Asterisk section name as written between [ and ] for an AMI user.
    static bool isAmiUserName(const QString& text);
};

} // namespace pbxwarden::hardening
