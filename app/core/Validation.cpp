#include "core/Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace pbxwarden {

bool isValidHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return true;
    // RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens.
    static const QRegularExpression label(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    // A name made only of digits and dots is a mistyped address, not a host name.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return !numeric.match(host).hasMatch();
}

bool isValidPort(int port)
{
    return port >= 1 && port <= 65535;
}

QStringList validatePbx(const PbxRecord& pbx)
{
    QStringList problems;
    if (pbx.name.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "The name is required.");
    else if (pbx.name.size() > 100)
        problems << QCoreApplication::translate("Validation", "The name is longer than 100 characters.");
    if (pbx.host.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "The host is required.");
    else if (!isValidHost(pbx.host.trimmed()))
        problems << QCoreApplication::translate(
            "Validation", "The host is neither a host name nor an IP address.");
    if (!isValidPort(pbx.sshPort))
        problems << QCoreApplication::translate("Validation", "The SSH port must be between 1 and 65535.");
    if (!isValidPort(pbx.amiPort))
        problems << QCoreApplication::translate("Validation", "The AMI port must be between 1 and 65535.");
    if (pbx.sshUser.trimmed().isEmpty())
        problems << QCoreApplication::translate("Validation", "The SSH user is required.");
    if (pbx.sshAuth == SshAuth::KeyFile && pbx.sshKeyPath.trimmed().isEmpty())
        problems << QCoreApplication::translate(
            "Validation", "Key file authentication needs the path of a private key.");
    for (const QString& tag : pbx.tags) {
        if (tag.contains(QLatin1Char(',')) || tag.trimmed() != tag || tag.isEmpty()) {
            problems << QCoreApplication::translate(
                "Validation", "Tags may not be empty, contain commas or start or end with spaces.");
            break;
        }
    }
    return problems;
}

} // namespace pbxwarden
