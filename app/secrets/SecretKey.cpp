#include "secrets/SecretKey.h"

#include <QCoreApplication>

namespace pbxwarden::secrets {

QString secretKey(qint64 pbxId, SecretPurpose purpose)
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
    }
    return QStringLiteral("pbx/%1/%2").arg(pbxId).arg(QLatin1String(suffix));
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
    }
    return {};
}

} // namespace pbxwarden::secrets
