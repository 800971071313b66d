#include "hardening/HardeningAnswers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace pbxwarden::hardening {
namespace {

QStringList strings(const QJsonValue& v, bool* ok)
{
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isString())
            *ok = false;
        out << x.toString();
    }
    return out;
}

} // namespace

bool HardeningAnswers::isAddress(const QString& text)
{
    // Only the characters an address is written with: QHostAddress also takes scope ids and spaces.
    static const QRegularExpression chars(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    if (!chars.match(text).hasMatch())
        return false;
    QHostAddress a;
    return a.setAddress(text);
}

bool HardeningAnswers::isNetwork(const QString& text)
{
    static const QRegularExpression chars(QStringLiteral("^[0-9A-Fa-f:.]{2,45}(/[0-9]{1,3})?$"));
    if (!chars.match(text).hasMatch())
        return false;
    if (!text.contains(QLatin1Char('/')))
        return isAddress(text);
    const auto subnet = QHostAddress::parseSubnet(text);
    // "Trusted" networks wider than a /8 (or an IPv6 /16) trust most of the Internet: 0.0.0.0/0 is no limit.
    const int widest = subnet.first.protocol() == QAbstractSocket::IPv6Protocol ? 16 : 8;
    return !subnet.first.isNull() && subnet.second >= widest;
}

bool HardeningAnswers::isAccountName(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    return name.match(text).hasMatch();
}

bool HardeningAnswers::isAmiUserName(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.@-]{1,64}$"));
    return name.match(text).hasMatch();
}

Status HardeningAnswers::validate() const
{
    auto shown = [](const QString& s) {
        return QString(s).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    };
    for (const QString& n : trustedNetworks) {
        if (!isNetwork(n))
            return Error { QCoreApplication::translate("HardeningAnswers",
                "Trusted network \"%1\" is not an address or network of at most a /8 (IPv6: /16). Write it "
                "as 192.0.2.0/24, 2001:db8::/32 or one address.")
                               .arg(shown(n)) };
    }
    for (const QString& n : trunkAddresses) {
        if (!isNetwork(n))
            return Error { QCoreApplication::translate("HardeningAnswers",
                "Trunk address \"%1\" is not an address or network. Write the ITSP's address as "
                "198.51.100.10 or 198.51.100.0/24 (names are not accepted: fail2ban needs addresses).")
                               .arg(shown(n)) };
    }
    for (const QString& n : phoneNetworks) {
        if (!isNetwork(n))
            return Error { QCoreApplication::translate("HardeningAnswers",
                "Phone network \"%1\" is not an address or network of at most a /8 (IPv6: /16). Write it "
                "as 192.0.2.0/24, 2001:db8::/32 or one address.")
                               .arg(shown(n)) };
    }
    if (!consoleAddress.isEmpty() && !isAddress(consoleAddress))
        return Error { QCoreApplication::translate("HardeningAnswers",
            "The console's address \"%1\" is not an IP address. Leave it empty to read it from the "
            "SSH connection.")
                           .arg(shown(consoleAddress)) };
    if (!adminAccount.isEmpty() && !isAccountName(adminAccount))
        return Error { QCoreApplication::translate("HardeningAnswers",
            "The admin account \"%1\" is not a login name (lower-case letters, digits, '_', '-', '.', at "
            "most 32 characters).")
                           .arg(shown(adminAccount)) };
    for (const QString& u : amiPrivilegedUsers) {
        if (!isAmiUserName(u))
            return Error { QCoreApplication::translate("HardeningAnswers",
                "The AMI user \"%1\" is not a manager.conf user name (letters, digits, '_', '-', '.', "
                "'@').")
                               .arg(shown(u)) };
    }
    return {};
}

QJsonObject HardeningAnswers::toJson() const
{
    return { { QStringLiteral("trusted_networks"), QJsonArray::fromStringList(trustedNetworks) },
        { QStringLiteral("console_address"), consoleAddress },
        { QStringLiteral("admin_account"), adminAccount }, { QStringLiteral("admin_can_sudo"), adminCanSudo },
        { QStringLiteral("admin_key_login_proved"), adminKeyLoginProved },
        { QStringLiteral("trunk_addresses"), QJsonArray::fromStringList(trunkAddresses) },
        { QStringLiteral("phone_networks"), QJsonArray::fromStringList(phoneNetworks) },
        { QStringLiteral("ami_from_trusted_networks"), amiFromTrustedNetworks },
        { QStringLiteral("ami_privileged_users"), QJsonArray::fromStringList(amiPrivilegedUsers) } };
}

Result<HardeningAnswers> HardeningAnswers::fromJson(const QJsonObject& o)
{
    static const QStringList known { QStringLiteral("trusted_networks"), QStringLiteral("console_address"),
        QStringLiteral("admin_account"), QStringLiteral("admin_can_sudo"),
        QStringLiteral("admin_key_login_proved"), QStringLiteral("trunk_addresses"),
        QStringLiteral("phone_networks"), QStringLiteral("ami_from_trusted_networks"),
        QStringLiteral("ami_privileged_users") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Error { QCoreApplication::translate(
                "HardeningAnswers", "Unknown answer \"%1\". Known answers: %2.")
                               .arg(it.key(), known.join(QStringLiteral(", "))) };
    }
    bool ok = true;
    HardeningAnswers a;
    a.trustedNetworks = strings(o.value(QStringLiteral("trusted_networks")), &ok);
    a.trunkAddresses = strings(o.value(QStringLiteral("trunk_addresses")), &ok);
    a.phoneNetworks = strings(o.value(QStringLiteral("phone_networks")), &ok);
    a.amiPrivilegedUsers = strings(o.value(QStringLiteral("ami_privileged_users")), &ok);
    a.consoleAddress = o.value(QStringLiteral("console_address")).toString();
    a.adminAccount = o.value(QStringLiteral("admin_account")).toString();
    a.adminCanSudo = o.value(QStringLiteral("admin_can_sudo")).toBool();
    a.adminKeyLoginProved = o.value(QStringLiteral("admin_key_login_proved")).toBool();
    a.amiFromTrustedNetworks = o.value(QStringLiteral("ami_from_trusted_networks")).toBool();
    if (!ok)
        return Error { QCoreApplication::translate("HardeningAnswers",
            "trusted_networks, trunk_addresses, phone_networks and ami_privileged_users must be lists of "
            "strings.") };
    if (const Status s = a.validate(); !s)
        return Error { s.error() };
    return a;
}

} // namespace pbxwarden::hardening
