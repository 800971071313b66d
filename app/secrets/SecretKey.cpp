#include "secrets/SecretKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pbxwarden::secrets {

namespace {

const char* suffixOf(SecretPurpose purpose)
{
    const char* suffix = "ssh-password";
    switch (purpose) {
    case SecretPurpose::SshPassword:
        suffix = "ssh-password";
        break;
    case SecretPurpose::SshKeyPassphrase:
        suffix = "ssh-key-passphrase";
        break;
    case SecretPurpose::AmiSecret:
        suffix = "ami-secret";
        break;
    case SecretPurpose::SudoPassword:
        suffix = "sudo-password";
        break;
    }
    return suffix;
}

// A UUID as QUuid writes it without braces: nothing else may shape a key.
bool isUuid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace

QList<SecretPurpose> allPurposes()
{
    return { SecretPurpose::SshPassword, SecretPurpose::SshKeyPassphrase, SecretPurpose::AmiSecret,
        SecretPurpose::SudoPassword };
}

QString secretKey(const PbxRecord& pbx, SecretPurpose purpose)
{
    if (!isUuid(pbx.inventoryUuid) || !isUuid(pbx.uuid))
        return {};
    return QStringLiteral("inv/%1/pbx/%2/%3")
        .arg(pbx.inventoryUuid, pbx.uuid, QLatin1String(suffixOf(purpose)));
}

QString legacySecretKey(qint64 pbxRowId, SecretPurpose purpose)
{
    return QStringLiteral("pbx/%1/%2").arg(pbxRowId).arg(QLatin1String(suffixOf(purpose)));
}

QString noIdentityError()
{
    return QCoreApplication::translate("Secrets",
        "This PBX has no identity in the inventory, so its secrets cannot be named; open it from the "
        "inventory and try again.");
}

QString purposeName(SecretPurpose purpose)
{
    switch (purpose) {
    case SecretPurpose::SshPassword:
        return QCoreApplication::translate("Secrets", "SSH password");
    case SecretPurpose::SshKeyPassphrase:
        return QCoreApplication::translate("Secrets", "SSH key passphrase");
    case SecretPurpose::AmiSecret:
        return QCoreApplication::translate("Secrets", "AMI secret");
    case SecretPurpose::SudoPassword:
        return QCoreApplication::translate("Secrets", "sudo password");
    }
    return {};
}

} // namespace pbxwarden::secrets
