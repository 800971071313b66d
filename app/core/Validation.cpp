#include "core/Validation.h"

#include "core/ControlChars.h"

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
    // CR/LF in a value sent to the PBX would split an AMI frame into a second, forged action; other
    // control characters would reach terminals. Notes are the one multi-line field.
    const struct
    {
        const QString& value;
        const char* label;
        QStringView allowed;
    } texts[] = {
        { pbx.name, QT_TRANSLATE_NOOP("Validation", "The name"), {} },
        { pbx.customer, QT_TRANSLATE_NOOP("Validation", "The customer"), {} },
        { pbx.site, QT_TRANSLATE_NOOP("Validation", "The site"), {} },
        { pbx.host, QT_TRANSLATE_NOOP("Validation", "The host"), {} },
        { pbx.sshUser, QT_TRANSLATE_NOOP("Validation", "The SSH user"), {} },
        { pbx.sshKeyPath, QT_TRANSLATE_NOOP("Validation", "The key file path"), {} },
        { pbx.amiUser, QT_TRANSLATE_NOOP("Validation", "The AMI user"), {} },
        { pbx.hostKeyFingerprint, QT_TRANSLATE_NOOP("Validation", "The host key fingerprint"), {} },
        { pbx.notes, QT_TRANSLATE_NOOP("Validation", "The notes"), u"\r\n\t" },
    };
    for (const auto& text : texts) {
        if (const qsizetype at = firstControlChar(text.value, text.allowed); at >= 0) {
            problems << QCoreApplication::translate("Validation",
                "%1 contains a control character (%2, e.g. a line break); remove it: it could split an AMI "
                "message or disturb a terminal.")
                            .arg(QCoreApplication::translate("Validation", text.label),
                                controlCharName(text.value.at(at)));
        }
    }
    for (const QString& tag : pbx.tags) {
        if (firstControlChar(tag) >= 0) {
            problems << QCoreApplication::translate(
                "Validation", "A tag contains a control character (e.g. a line break); remove it.");
            break;
        }
    }
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
